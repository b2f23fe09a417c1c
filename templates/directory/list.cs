<?cs include:"macros.cs" ?><?cs include:"directory/parts.cs" ?><?cs # /directory: the
  public list of organisations (cgi/people/directory.c), for everybody.
  Reads Page.Filter.Q / .Field / .Type / .Municipality / .Lang / .Sort
  (name, new, updated); the choices Page.Fields.N.Id / .Name,
  Page.Types.N.Id / .Name, Page.Municipalities.N.Id / .Name,
  Page.Languages.N.Code / .Name; this page of results Page.Orgs.N.Id /
  .Name / .Type / .City / .Municipality / .Fields (names, joined) /
  .Offers (how many in the directory) / .HasLogo; Page.Pager.Total /
  .Page / .Pages / .Query; Page.Export.Csv / .Json (the same filter).
  The same page for everybody (KP_ROUTE_ANONYMOUS): nothing personal, no
  forms that post. ?><?cs

def:main() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Directory.Intro ?></p><?cs
call:dir_nav("orgs") ?>

<div class="panel">
<h2 id="filter-title" class="vh"><?cs var:Lang.Directory.Filter.Title ?></h2>
<form class="filter-form" method="get" action="/directory" role="search" aria-labelledby="filter-title"><?cs
call:filter_search(Lang.Directory.Filter.QHintOrgs) ?><?cs
call:filter_select("field", Lang.Directory.Filter.Field, Lang.Directory.Filter.AllFields, Page.Fields, "Id", Page.Filter.Field) ?><?cs
call:filter_select("type", Lang.Directory.Filter.Type, Lang.Directory.Filter.AllTypes, Page.Types, "Id", Page.Filter.Type) ?><?cs
call:filter_select("municipality", Lang.Directory.Filter.Municipality, Lang.Directory.Filter.AllMunicipalities, Page.Municipalities, "Id", Page.Filter.Municipality) ?><?cs
call:filter_select("lang", Lang.Directory.Filter.Lang, Lang.Directory.Filter.AllLanguages, Page.Languages, "Code", Page.Filter.Lang) ?>
<div class="field">
<label for="f-sort"><?cs var:Lang.Directory.Filter.Sort ?></label>
<select id="f-sort" name="sort"><?cs
call:sort_option("name", Lang.Directory.Filter.SortName) ?><?cs
call:sort_option("new", Lang.Directory.Filter.SortNew) ?><?cs
call:sort_option("updated", Lang.Directory.Filter.SortUpdated) ?>
</select>
</div>
<div class="actions filter-actions">
<button type="submit" class="button"><?cs var:Lang.Directory.Filter.Search ?></button><?cs
if:Page.Pager.Query ?>
<a href="/directory"><?cs var:Lang.Directory.Filter.Reset ?></a><?cs
/if ?>
</div>
</form>
</div>

<section class="panel" aria-labelledby="results-title"><?cs
if:#Page.Pager.Total > #0 ?>
<h2 id="results-title"><?cs var:Page.Pager.Total ?> <?cs
  if:#Page.Pager.Total == #1 ?><?cs var:Lang.Directory.Results.OrgOne ?><?cs
  else ?><?cs var:Lang.Directory.Results.OrgMany ?><?cs /if ?><?cs
  if:#Page.Pager.Pages > #1 ?><span class="results-page"><span class="vh">, </span><?cs
  var:Lang.Pager.Page ?> <?cs var:Page.Pager.Page ?> <?cs var:Lang.Directory.Results.Of ?> <?cs var:Page.Pager.Pages ?></span><?cs
  /if ?></h2>
<ul class="people-list org-list dir-orgs"><?cs
each:o = Page.Orgs ?>
<li class="person org">
<div class="person-text">
<a class="person-name" href="/directory/orgs/<?cs var:o.Id ?>"><?cs var:o.Name ?></a>
<p class="org-type"><?cs var:o.Type ?></p><?cs
if:string.length(o.City) || string.length(o.Municipality) ?>
<p class="org-place"><?cs
  if:string.length(o.City) ?><?cs var:o.City ?><?cs /if ?><?cs
  if:string.length(o.City) && string.length(o.Municipality) && o.City != o.Municipality ?> · <?cs /if ?><?cs
  if:string.length(o.Municipality) && o.City != o.Municipality ?><?cs var:o.Municipality ?><?cs /if ?></p><?cs
/if ?><?cs
if:string.length(o.Fields) ?>
<p class="org-fields"><?cs var:Lang.Directory.Results.Fields ?> <?cs var:o.Fields ?></p><?cs
/if ?>
<p class="org-offers"><?cs var:Lang.Directory.Results.Offers ?> <?cs var:o.Offers ?></p>
</div>
</li><?cs
/each ?>
</ul><?cs
else ?>
<h2 id="results-title"><?cs var:Lang.Directory.Results.OrgNone ?></h2>
<p><?cs var:Lang.Directory.Results.NoneHint ?></p><?cs
if:Page.Pager.Query ?>
<p><a href="/directory"><?cs var:Lang.Directory.Results.ShowAllOrgs ?></a></p><?cs
/if ?><?cs
/if ?><?cs
call:pager("/directory") ?>
</section><?cs
call:export_links() ?><?cs
/def ?><?cs include:"layout.cs" ?>
