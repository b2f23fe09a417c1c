<?cs # directory/parts.cs: the pieces the public directory's pages share
  (templates/directory/*.cs). Included once per page, right after
  macros.cs. ?><?cs

# dir_nav(current): the two lists of the directory, as tabs; current is
  "orgs" or "offers". ?><?cs
def:dir_nav(current) ?>
<nav class="dir-nav" aria-label="<?cs var:Lang.Directory.Nav.Label ?>">
<ul>
<li><a href="/directory"<?cs if:current == "orgs" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Directory.Nav.Orgs ?></a></li>
<li><a href="/directory/offers"<?cs if:current == "offers" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Directory.Nav.Offers ?></a></li>
</ul>
</nav><?cs /def ?><?cs

# filter_select(name, label, all, list, key, current): a choice of the
  filter form; key is "Id" (value "0" for all) or "Code" ("" for all). ?><?cs
def:filter_select(name, label, all, list, key, current) ?>
<div class="field">
<label for="f-<?cs var:name ?>"><?cs var:label ?></label>
<select id="f-<?cs var:name ?>" name="<?cs var:name ?>">
<option value="<?cs if:key == "Code" ?><?cs else ?>0<?cs /if ?>"><?cs var:all ?></option><?cs
each:o = list ?>
<option value="<?cs var:o[key] ?>"<?cs if:current == o[key] ?> selected<?cs /if ?>><?cs var:o.Name ?></option><?cs
/each ?>
</select>
</div><?cs /def ?><?cs

# filter_search(hint): the search text of the filter form. ?><?cs
def:filter_search(hint) ?>
<div class="field filter-q">
<label for="f-q"><?cs var:Lang.Directory.Filter.Q ?></label>
<p class="hint" id="h-q"><?cs var:hint ?></p>
<input id="f-q" name="q" type="search" value="<?cs var:Page.Filter.Q ?>" aria-describedby="h-q">
</div><?cs /def ?><?cs

# sort_option(value, text): one order of the list. ?><?cs
def:sort_option(value, text) ?>
<option value="<?cs var:value ?>"<?cs if:Page.Filter.Sort == value ?> selected<?cs /if ?>><?cs var:text ?></option><?cs /def ?><?cs

# export_links(): the CSV and JSON of the list's filter (Page.Export.Csv /
  .Json). ?><?cs
def:export_links() ?>
<section class="panel dir-export" aria-labelledby="export-title">
<h2 id="export-title"><?cs var:Lang.Directory.Export.Title ?></h2>
<p class="hint"><?cs var:Lang.Directory.Export.Hint ?></p>
<ul class="link-list">
<li><a class="export-csv" href="<?cs var:Page.Export.Csv ?>" type="text/csv"><?cs var:Lang.Directory.Export.Csv ?></a></li>
<li><a class="export-json" href="<?cs var:Page.Export.Json ?>" type="application/json"><?cs var:Lang.Directory.Export.Json ?></a></li>
</ul>
</section><?cs /def ?><?cs

# offer_stand(o): an offer's date of the last check ("Stand") and, after
  12 months, "possibly outdated" in words. o: Page.Offers.N or the like
  (.CheckedOn YYYY-MM-DD, .CheckedText, .Outdated 1/0). ?><?cs
def:offer_stand(o) ?>
<p class="offer-checked"><?cs
if:o.Outdated == 1 ?><span class="badge offer-outdated"><?cs var:Lang.Directory.Outdated ?></span> <?cs
/if ?><?cs var:Lang.Directory.Stand ?> <time datetime="<?cs var:o.CheckedOn ?>"><?cs var:o.CheckedText ?></time></p><?cs /def ?>