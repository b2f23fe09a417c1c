<?cs include:"macros.cs" ?><?cs include:"docs/parts.cs" ?><?cs # {base}/search?q=: the
  library's documents by title, description and tags (cgi/docs/library.c).
  Reads Page.Docs.*, Page.Library, Page.Query (absent: nothing searched
  yet), Page.Docs.List.N.*, Page.Pager.* ?><?cs
def:main() ?><?cs
call:docs_crumbs(Lang.Docs.Search.Title) ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:docs_search_form() ?><?cs
if:string.length(Page.Query) ?>
<section class="panel" aria-labelledby="results-title">
<h2 id="results-title"><?cs var:Lang.Docs.Search.Results ?> (<?cs var:Page.Pager.Total ?>)</h2><?cs
  if:subcount(Page.Docs.List) == 0 ?>
<p class="empty"><?cs var:Lang.Docs.Search.None ?></p><?cs
  else ?><?cs
    call:docs_table(Page.Docs.List, Lang.Docs.Search.Results, 0) ?><?cs
  /if ?><?cs
  call:pager(Page.Docs.Base + "/search") ?>
</section><?cs
/if ?><?cs
/def ?><?cs include:"layout.cs" ?>
