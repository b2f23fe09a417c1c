<?cs include:"macros.cs" ?><?cs include:"directory/parts.cs" ?><?cs # /directory/offers:
  the public list of offers (cgi/people/directory.c), for everybody.
  Reads Page.Filter.Q / .Field / .Type / .Municipality / .Lang / .Target /
  .Sort (title, new, checked); the choices Page.Fields, Page.Types,
  Page.Municipalities (.N.Id / .Name), Page.Languages (.N.Code / .Name),
  Page.TargetGroups (.N.Id / .Name); this page of results Page.Offers.N.Id
  / .Title / .OrgId / .Org / .Field / .Municipality / .LanguageText
  (names, joined) / .CheckedOn / .CheckedText / .Outdated (1/0);
  Page.Pager.*; Page.Export.Csv / .Json. "Possibly outdated" is said in
  words, not by colour. ?><?cs

def:main() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Directory.Intro ?></p><?cs
call:dir_nav("offers") ?>

<div class="panel">
<h2 id="filter-title" class="vh"><?cs var:Lang.Directory.Filter.Title ?></h2>
<form class="filter-form" method="get" action="/directory/offers" role="search" aria-labelledby="filter-title"><?cs
call:filter_search(Lang.Directory.Filter.QHintOffers) ?><?cs
call:filter_select("field", Lang.Directory.Filter.Field, Lang.Directory.Filter.AllFields, Page.Fields, "Id", Page.Filter.Field) ?><?cs
call:filter_select("target", Lang.Directory.Filter.Target, Lang.Directory.Filter.AllTargets, Page.TargetGroups, "Id", Page.Filter.Target) ?><?cs
call:filter_select("municipality", Lang.Directory.Filter.Municipality, Lang.Directory.Filter.AllMunicipalities, Page.Municipalities, "Id", Page.Filter.Municipality) ?><?cs
call:filter_select("lang", Lang.Directory.Filter.Lang, Lang.Directory.Filter.AllLanguages, Page.Languages, "Code", Page.Filter.Lang) ?><?cs
call:filter_select("type", Lang.Directory.Filter.Type, Lang.Directory.Filter.AllTypes, Page.Types, "Id", Page.Filter.Type) ?>
<div class="field">
<label for="f-sort"><?cs var:Lang.Directory.Filter.Sort ?></label>
<select id="f-sort" name="sort"><?cs
call:sort_option("title", Lang.Directory.Filter.SortTitle) ?><?cs
call:sort_option("new", Lang.Directory.Filter.SortNew) ?><?cs
call:sort_option("checked", Lang.Directory.Filter.SortChecked) ?>
</select>
</div>
<div class="actions filter-actions">
<button type="submit" class="button"><?cs var:Lang.Directory.Filter.Search ?></button><?cs
if:Page.Pager.Query ?>
<a href="/directory/offers"><?cs var:Lang.Directory.Filter.Reset ?></a><?cs
/if ?>
</div>
</form>
</div>

<section class="panel" aria-labelledby="results-title"><?cs
if:#Page.Pager.Total > #0 ?>
<h2 id="results-title"><?cs var:Page.Pager.Total ?> <?cs
  if:#Page.Pager.Total == #1 ?><?cs var:Lang.Directory.Results.OfferOne ?><?cs
  else ?><?cs var:Lang.Directory.Results.OfferMany ?><?cs /if ?><?cs
  if:#Page.Pager.Pages > #1 ?><span class="results-page"><span class="vh">, </span><?cs
  var:Lang.Pager.Page ?> <?cs var:Page.Pager.Page ?> <?cs var:Lang.Directory.Results.Of ?> <?cs var:Page.Pager.Pages ?></span><?cs
  /if ?></h2>
<ul class="people-list offer-list dir-offers"><?cs
each:o = Page.Offers ?>
<li class="person offer">
<div class="person-text">
<a class="person-name offer-title" href="/directory/offers/<?cs var:o.Id ?>"><?cs var:o.Title ?></a>
<p class="offer-org"><?cs var:o.Org ?></p>
<p class="offer-field"><?cs var:o.Field ?><?cs
  if:string.length(o.Municipality) ?> · <span class="offer-place"><?cs var:o.Municipality ?></span><?cs /if ?></p><?cs
  if:string.length(o.LanguageText) ?>
<p class="offer-languages"><?cs var:Lang.Directory.Results.Languages ?> <?cs var:o.LanguageText ?></p><?cs
  /if ?><?cs
call:offer_stand(o) ?>
</div>
</li><?cs
/each ?>
</ul><?cs
else ?>
<h2 id="results-title"><?cs var:Lang.Directory.Results.OfferNone ?></h2>
<p><?cs var:Lang.Directory.Results.NoneHint ?></p><?cs
if:Page.Pager.Query ?>
<p><a href="/directory/offers"><?cs var:Lang.Directory.Results.ShowAllOffers ?></a></p><?cs
/if ?><?cs
/if ?><?cs
call:pager("/directory/offers") ?>
</section><?cs
call:export_links() ?><?cs
/def ?><?cs include:"layout.cs" ?>
