<?cs include:"macros.cs" ?><?cs # /people: the member directory (cgi/people/list.c).
  Reads Page.Filter.Q / .Field / .Lang / .Municipality / .Sort (the current
  filters and order; Field and Municipality are "0" for "all", Lang is ""
  for "all", Sort is name, new or municipality),
  Page.Fields.N.Id / .Name, Page.Languages.N.Code / .Name,
  Page.Municipalities.N.Id / .Name (the choices), Page.People.N.Id / .Name /
  .Position / .Municipality (this page of results), Page.Pager.Total (all
  results), Page.Pager.Page / .Pages / .Query (pager).
  The form is a GET form: a search can be bookmarked and shared. Thumbnails
  are decorative (alt=""): the name is the link text. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.People.Intro ?></p>

<div class="panel">
<h2 id="filter-title" class="vh"><?cs var:Lang.People.FilterTitle ?></h2>
<form class="filter-form" method="get" action="/people" role="search" aria-labelledby="filter-title">
<div class="field filter-q">
<label for="f-q"><?cs var:Lang.People.Q ?></label>
<p class="hint" id="h-q"><?cs var:Lang.People.QHint ?></p>
<input id="f-q" name="q" type="search" value="<?cs var:Page.Filter.Q ?>" aria-describedby="h-q">
</div>
<div class="field">
<label for="f-field"><?cs var:Lang.People.Field ?></label>
<select id="f-field" name="field">
<option value="0"><?cs var:Lang.People.AllFields ?></option><?cs
each:f = Page.Fields ?>
<option value="<?cs var:f.Id ?>"<?cs if:Page.Filter.Field == f.Id ?> selected<?cs /if ?>><?cs var:f.Name ?></option><?cs
/each ?>
</select>
</div>
<div class="field">
<label for="f-lang"><?cs var:Lang.People.Lang ?></label>
<select id="f-lang" name="lang">
<option value=""><?cs var:Lang.People.AllLanguages ?></option><?cs
each:l = Page.Languages ?>
<option value="<?cs var:l.Code ?>"<?cs if:Page.Filter.Lang == l.Code ?> selected<?cs /if ?>><?cs var:l.Name ?></option><?cs
/each ?>
</select>
</div>
<div class="field">
<label for="f-municipality"><?cs var:Lang.People.Municipality ?></label>
<select id="f-municipality" name="municipality">
<option value="0"><?cs var:Lang.People.AllMunicipalities ?></option><?cs
each:m = Page.Municipalities ?>
<option value="<?cs var:m.Id ?>"<?cs if:Page.Filter.Municipality == m.Id ?> selected<?cs /if ?>><?cs var:m.Name ?></option><?cs
/each ?>
</select>
</div>
<div class="field">
<label for="f-sort"><?cs var:Lang.People.Sort ?></label>
<select id="f-sort" name="sort">
<option value="name"<?cs if:Page.Filter.Sort == "name" ?> selected<?cs /if ?>><?cs var:Lang.People.SortName ?></option>
<option value="new"<?cs if:Page.Filter.Sort == "new" ?> selected<?cs /if ?>><?cs var:Lang.People.SortNew ?></option>
<option value="municipality"<?cs if:Page.Filter.Sort == "municipality" ?> selected<?cs /if ?>><?cs var:Lang.People.SortMunicipality ?></option>
</select>
</div>
<div class="actions filter-actions">
<button type="submit" class="button"><?cs var:Lang.People.Search ?></button><?cs
if:Page.Filter.Q || Page.Filter.Lang || Page.Filter.Field != "0" || Page.Filter.Municipality != "0" || Page.Filter.Sort != "name" ?>
<a href="/people"><?cs var:Lang.People.Reset ?></a><?cs
/if ?>
</div>
</form>
</div>

<section class="panel" aria-labelledby="results-title"><?cs
if:#Page.Pager.Total > #0 ?>
<h2 id="results-title"><?cs var:Page.Pager.Total ?> <?cs
  if:#Page.Pager.Total == #1 ?><?cs var:Lang.People.FoundOne ?><?cs
  else ?><?cs var:Lang.People.FoundMany ?><?cs /if ?><?cs
  if:#Page.Pager.Pages > #1 ?><span class="results-page"><span class="vh">, </span><?cs
  var:Lang.Pager.Page ?> <?cs var:Page.Pager.Page ?> <?cs var:Lang.People.Of ?> <?cs var:Page.Pager.Pages ?></span><?cs
  /if ?></h2>
<ul class="people-list"><?cs
each:p = Page.People ?>
<li class="person">
<img class="person-thumb" src="/people/<?cs var:p.Id ?>/thumb" alt="" width="48" height="48">
<div class="person-text">
<a class="person-name" href="/people/<?cs var:p.Id ?>"><?cs var:p.Name ?></a><?cs
if:string.length(p.Position) ?>
<p class="person-position"><?cs var:p.Position ?></p><?cs
/if ?><?cs
if:string.length(p.Municipality) ?>
<p class="person-place"><?cs var:p.Municipality ?></p><?cs
/if ?>
</div>
</li><?cs
/each ?>
</ul><?cs
else ?>
<h2 id="results-title"><?cs var:Lang.People.FoundNone ?></h2>
<p><?cs var:Lang.People.NoneHint ?></p><?cs
if:Page.Filter.Q || Page.Filter.Lang || Page.Filter.Field != "0" || Page.Filter.Municipality != "0" ?>
<p><a href="/people"><?cs var:Lang.People.ShowAll ?></a></p><?cs
/if ?><?cs
/if ?><?cs
call:pager("/people") ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
