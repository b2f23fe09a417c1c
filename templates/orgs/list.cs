<?cs include:"macros.cs" ?><?cs # /orgs: the organisations of the network (cgi/people/org_list.c).
  Reads Page.Filter.Q / .Field / .Type / .Municipality / .Lang / .Sort (the
  current filters; Field, Type and Municipality are "0" for "all", Lang is
  "" for "all", Sort is name, new or updated), Page.Fields.N.Id / .Name,
  Page.Types.N.Id / .Name, Page.Municipalities.N.Id / .Name,
  Page.Languages.N.Code / .Name (the choices), Page.Orgs.N.Id / .Name /
  .Type / .City / .Municipality / .Verified (1/0) (this page of results),
  Page.Pager.Total / .Page / .Pages / .Query (pager).
  The form is a GET form: a search can be bookmarked and shared. "Not
  confirmed yet" is a word, not only a colour. ?><?cs

def:main() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Orgs.List.Intro ?></p>
<p><a class="button button-secondary" href="/orgs/new"><?cs var:Lang.Orgs.List.New ?></a></p>

<div class="panel">
<h2 id="filter-title" class="vh"><?cs var:Lang.Orgs.List.FilterTitle ?></h2>
<form class="filter-form" method="get" action="/orgs" role="search" aria-labelledby="filter-title">
<div class="field filter-q">
<label for="f-q"><?cs var:Lang.Orgs.List.Q ?></label>
<p class="hint" id="h-q"><?cs var:Lang.Orgs.List.QHint ?></p>
<input id="f-q" name="q" type="search" value="<?cs var:Page.Filter.Q ?>" aria-describedby="h-q">
</div>
<div class="field">
<label for="f-field"><?cs var:Lang.Orgs.List.Field ?></label>
<select id="f-field" name="field">
<option value="0"><?cs var:Lang.Orgs.List.AllFields ?></option><?cs
each:f = Page.Fields ?>
<option value="<?cs var:f.Id ?>"<?cs if:Page.Filter.Field == f.Id ?> selected<?cs /if ?>><?cs var:f.Name ?></option><?cs
/each ?>
</select>
</div>
<div class="field">
<label for="f-type"><?cs var:Lang.Orgs.List.Type ?></label>
<select id="f-type" name="type">
<option value="0"><?cs var:Lang.Orgs.List.AllTypes ?></option><?cs
each:t = Page.Types ?>
<option value="<?cs var:t.Id ?>"<?cs if:Page.Filter.Type == t.Id ?> selected<?cs /if ?>><?cs var:t.Name ?></option><?cs
/each ?>
</select>
</div>
<div class="field">
<label for="f-municipality"><?cs var:Lang.Orgs.List.Municipality ?></label>
<select id="f-municipality" name="municipality">
<option value="0"><?cs var:Lang.Orgs.List.AllMunicipalities ?></option><?cs
each:m = Page.Municipalities ?>
<option value="<?cs var:m.Id ?>"<?cs if:Page.Filter.Municipality == m.Id ?> selected<?cs /if ?>><?cs var:m.Name ?></option><?cs
/each ?>
</select>
</div>
<div class="field">
<label for="f-lang"><?cs var:Lang.Orgs.List.Lang ?></label>
<select id="f-lang" name="lang">
<option value=""><?cs var:Lang.Orgs.List.AllLanguages ?></option><?cs
each:l = Page.Languages ?>
<option value="<?cs var:l.Code ?>"<?cs if:Page.Filter.Lang == l.Code ?> selected<?cs /if ?>><?cs var:l.Name ?></option><?cs
/each ?>
</select>
</div>
<div class="field">
<label for="f-sort"><?cs var:Lang.Orgs.List.Sort ?></label>
<select id="f-sort" name="sort">
<option value="name"<?cs if:Page.Filter.Sort == "name" ?> selected<?cs /if ?>><?cs var:Lang.Orgs.List.SortName ?></option>
<option value="new"<?cs if:Page.Filter.Sort == "new" ?> selected<?cs /if ?>><?cs var:Lang.Orgs.List.SortNew ?></option>
<option value="updated"<?cs if:Page.Filter.Sort == "updated" ?> selected<?cs /if ?>><?cs var:Lang.Orgs.List.SortUpdated ?></option>
</select>
</div>
<div class="actions filter-actions">
<button type="submit" class="button"><?cs var:Lang.Orgs.List.Search ?></button><?cs
if:Page.Filter.Q || Page.Filter.Lang || Page.Filter.Field != "0" || Page.Filter.Type != "0" || Page.Filter.Municipality != "0" || Page.Filter.Sort != "name" ?>
<a href="/orgs"><?cs var:Lang.Orgs.List.Reset ?></a><?cs
/if ?>
</div>
</form>
</div>

<section class="panel" aria-labelledby="results-title"><?cs
if:#Page.Pager.Total > #0 ?>
<h2 id="results-title"><?cs var:Page.Pager.Total ?> <?cs
  if:#Page.Pager.Total == #1 ?><?cs var:Lang.Orgs.List.FoundOne ?><?cs
  else ?><?cs var:Lang.Orgs.List.FoundMany ?><?cs /if ?><?cs
  if:#Page.Pager.Pages > #1 ?><span class="results-page"><span class="vh">, </span><?cs
  var:Lang.Pager.Page ?> <?cs var:Page.Pager.Page ?> <?cs var:Lang.Orgs.List.Of ?> <?cs var:Page.Pager.Pages ?></span><?cs
  /if ?></h2>
<ul class="people-list org-list"><?cs
each:o = Page.Orgs ?>
<li class="person org">
<div class="person-text">
<a class="person-name" href="/orgs/<?cs var:o.Id ?>"><?cs var:o.Name ?></a><?cs
if:o.Verified != 1 ?> <span class="badge badge-unverified"><?cs var:Lang.Orgs.Unverified ?></span><?cs
/if ?>
<p class="org-type"><?cs var:o.Type ?></p><?cs
if:string.length(o.City) || string.length(o.Municipality) ?>
<p class="org-place"><?cs
  if:string.length(o.City) ?><?cs var:o.City ?><?cs /if ?><?cs
  if:string.length(o.City) && string.length(o.Municipality) && o.City != o.Municipality ?> · <?cs /if ?><?cs
  if:string.length(o.Municipality) && o.City != o.Municipality ?><?cs var:o.Municipality ?><?cs /if ?></p><?cs
/if ?>
</div>
</li><?cs
/each ?>
</ul><?cs
else ?>
<h2 id="results-title"><?cs var:Lang.Orgs.List.FoundNone ?></h2>
<p><?cs var:Lang.Orgs.List.NoneHint ?></p><?cs
if:Page.Filter.Q || Page.Filter.Lang || Page.Filter.Field != "0" || Page.Filter.Type != "0" || Page.Filter.Municipality != "0" ?>
<p><a href="/orgs"><?cs var:Lang.Orgs.List.ShowAll ?></a></p><?cs
/if ?><?cs
/if ?><?cs
call:pager("/orgs") ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
