<?cs include:"macros.cs" ?><?cs include:"docs/parts.cs" ?><?cs # {base} and {base}/f/ID:
  the library's top level or a folder (cgi/docs/library.c). Reads
  Page.Docs.* (parts.cs), Page.Library, Page.Folder.Id / .Name /
  .CanManage / .CanNest / .Link, Page.Sub.N.Id / .Name (subfolders),
  Page.Docs.List.N.* (documents, parts.cs), Page.Pager.* ?><?cs
def:main() ?><?cs
if:Page.Folder.Id ?><?cs call:docs_crumbs("") ?><?cs /if ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:docs_notes() ?>
<div class="docs-toolbar"><?cs
if:Page.Docs.CanWrite == 1 ?>
<a class="button" href="<?cs var:Page.Docs.Base ?>/upload<?cs if:Page.Folder.Id ?>?folder=<?cs var:Page.Folder.Id ?><?cs /if ?>"><?cs var:Lang.Docs.Toolbar.Upload ?></a><?cs
  if:Page.Folder.CanNest == 1 ?>
<a class="button button-secondary" href="<?cs var:Page.Docs.Base ?>/folders/new<?cs if:Page.Folder.Id ?>?parent=<?cs var:Page.Folder.Id ?><?cs /if ?>"><?cs var:Lang.Docs.Toolbar.NewFolder ?></a><?cs
  /if ?><?cs
/if ?>
<a href="<?cs var:Page.Folder.Link ?>/zip"><?cs var:Lang.Docs.Toolbar.Zip ?></a><?cs
if:Page.Folder.CanManage == 1 ?>
<a href="<?cs var:Page.Folder.Link ?>/edit"><?cs var:Lang.Docs.Toolbar.EditFolder ?></a><?cs
/if ?><?cs
if:Page.Docs.CanWrite == 1 && !Page.Folder.Id ?>
<a href="<?cs var:Page.Docs.Base ?>/bin"><?cs var:Lang.Docs.Toolbar.Bin ?></a><?cs
/if ?><?cs
# A group's moderators decide its reports here; the network's go to the
  admin queue. ?><?cs
if:Page.Docs.CanModerate == 1 && string.length(Page.Docs.Group.Slug) && !Page.Folder.Id ?>
<a href="<?cs var:Page.Docs.Base ?>/reports"><?cs var:Lang.Docs.Toolbar.Reports ?></a><?cs
/if ?>
</div><?cs
if:subcount(Page.Sub) > 0 ?>
<section class="panel" aria-labelledby="folders-title">
<h2 id="folders-title"><?cs var:Lang.Docs.Folders ?></h2>
<ul class="docs-folders"><?cs
  each:f = Page.Sub ?>
<li><a href="<?cs var:Page.Docs.Base ?>/f/<?cs var:f.Id ?>"><?cs var:f.Name ?></a></li><?cs
  /each ?>
</ul>
</section><?cs
/if ?>
<section class="panel" aria-labelledby="docs-title">
<h2 id="docs-title"><?cs var:Lang.Docs.Documents ?> (<?cs var:Page.Pager.Total ?>)</h2><?cs
if:subcount(Page.Docs.List) == 0 ?>
<p class="empty"><?cs if:Page.Folder.Id ?><?cs var:Lang.Docs.EmptyFolder ?><?cs else ?><?cs var:Lang.Docs.EmptyLibrary ?><?cs /if ?></p><?cs
else ?><?cs
  call:docs_table(Page.Docs.List, Lang.Docs.Documents, 0) ?><?cs
/if ?><?cs
call:pager(Page.Folder.Link) ?>
</section><?cs
call:docs_search_form() ?><?cs
/def ?><?cs include:"layout.cs" ?>
