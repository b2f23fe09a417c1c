<?cs include:"macros.cs" ?><?cs # /orgs/offers: the members' list of offers (cgi/people/offer_list.c).
  Reads Page.Filter.Q / .Field / .Target / .Municipality / .Type (ids, "0"
  for "all") / .Lang ("" for all) / .Outdated ("1" or "0") / .Sort ("title",
  "new", "checked"); the choices Page.Fields.N.Id / .Name,
  Page.TargetGroups.N.Id / .Name, Page.Municipalities.N.Id / .Name,
  Page.Languages.N.Code / .Name, Page.OrgTypes.N.Id / .Name; this page of
  results Page.Offers.N.Id / .OrgId / .Title / .Org / .Field /
  .Municipality / .Languages (names, joined) / .Outdated (1/0);
  Page.Pager.Total / .Page / .Pages / .Query.
  A GET form: a search can be bookmarked and shared. "Possibly outdated"
  is said in words, not by colour. ?><?cs

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

def:main() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Offers.List.Intro ?></p>

<div class="panel">
<h2 id="filter-title" class="vh"><?cs var:Lang.Offers.List.FilterTitle ?></h2>
<form class="filter-form" method="get" action="/orgs/offers" role="search" aria-labelledby="filter-title">
<div class="field filter-q">
<label for="f-q"><?cs var:Lang.Offers.List.Q ?></label>
<p class="hint" id="h-q"><?cs var:Lang.Offers.List.QHint ?></p>
<input id="f-q" name="q" type="search" value="<?cs var:Page.Filter.Q ?>" aria-describedby="h-q">
</div><?cs
call:filter_select("field", Lang.Offers.List.Field, Lang.Offers.List.AllFields, Page.Fields, "Id", Page.Filter.Field) ?><?cs
call:filter_select("target", Lang.Offers.List.Target, Lang.Offers.List.AllTargets, Page.TargetGroups, "Id", Page.Filter.Target) ?><?cs
call:filter_select("municipality", Lang.Offers.List.Municipality, Lang.Offers.List.AllMunicipalities, Page.Municipalities, "Id", Page.Filter.Municipality) ?><?cs
call:filter_select("lang", Lang.Offers.List.Lang, Lang.Offers.List.AllLanguages, Page.Languages, "Code", Page.Filter.Lang) ?><?cs
call:filter_select("type", Lang.Offers.List.Type, Lang.Offers.List.AllTypes, Page.OrgTypes, "Id", Page.Filter.Type) ?>
<div class="field">
<label for="f-sort"><?cs var:Lang.Offers.List.Sort ?></label>
<select id="f-sort" name="sort">
<option value="title"<?cs if:Page.Filter.Sort == "title" ?> selected<?cs /if ?>><?cs var:Lang.Offers.List.SortTitle ?></option>
<option value="new"<?cs if:Page.Filter.Sort == "new" ?> selected<?cs /if ?>><?cs var:Lang.Offers.List.SortNew ?></option>
<option value="checked"<?cs if:Page.Filter.Sort == "checked" ?> selected<?cs /if ?>><?cs var:Lang.Offers.List.SortChecked ?></option>
</select>
</div>
<div class="choice filter-q">
<input id="f-outdated" name="outdated" type="checkbox" value="1"<?cs if:Page.Filter.Outdated == "1" ?> checked<?cs /if ?>>
<label for="f-outdated"><?cs var:Lang.Offers.List.OutdatedOnly ?></label>
</div>
<div class="actions filter-actions">
<button type="submit" class="button"><?cs var:Lang.Offers.List.Search ?></button><?cs
if:Page.Pager.Query ?>
<a href="/orgs/offers"><?cs var:Lang.Offers.List.Reset ?></a><?cs
/if ?>
</div>
</form>
</div>

<section class="panel" aria-labelledby="results-title"><?cs
if:#Page.Pager.Total > #0 ?>
<h2 id="results-title"><?cs var:Page.Pager.Total ?> <?cs
  if:#Page.Pager.Total == #1 ?><?cs var:Lang.Offers.List.FoundOne ?><?cs
  else ?><?cs var:Lang.Offers.List.FoundMany ?><?cs /if ?><?cs
  if:#Page.Pager.Pages > #1 ?><span class="results-page"><span class="vh">, </span><?cs
  var:Lang.Pager.Page ?> <?cs var:Page.Pager.Page ?> <?cs var:Lang.Offers.List.Of ?> <?cs var:Page.Pager.Pages ?></span><?cs
  /if ?></h2>
<ul class="people-list offer-list"><?cs
each:o = Page.Offers ?>
<li class="person offer">
<div class="person-text">
<a class="person-name offer-title" href="/orgs/<?cs var:o.OrgId ?>/offers/<?cs var:o.Id ?>"><?cs var:o.Title ?></a>
<p class="offer-org"><?cs var:o.Org ?></p>
<p class="offer-field"><?cs var:o.Field ?><?cs
  if:string.length(o.Municipality) ?> · <span class="offer-place"><?cs var:o.Municipality ?></span><?cs /if ?></p><?cs
  if:string.length(o.Languages) ?>
<p class="offer-languages"><?cs var:Lang.Offers.List.Languages ?> <?cs var:o.Languages ?></p><?cs
  /if ?><?cs
  if:o.Outdated == 1 ?>
<p class="offer-outdated"><span class="badge"><?cs var:Lang.Offers.List.Outdated ?></span></p><?cs
  /if ?>
</div>
</li><?cs
/each ?>
</ul><?cs
else ?>
<h2 id="results-title"><?cs var:Lang.Offers.List.FoundNone ?></h2>
<p><?cs var:Lang.Offers.List.NoneHint ?></p><?cs
if:Page.Pager.Query ?>
<p><a href="/orgs/offers"><?cs var:Lang.Offers.List.ShowAll ?></a></p><?cs
/if ?><?cs
/if ?><?cs
call:pager("/orgs/offers") ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
