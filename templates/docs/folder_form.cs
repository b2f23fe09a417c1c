<?cs include:"macros.cs" ?><?cs include:"docs/parts.cs" ?><?cs # {base}/folders/new and
  {base}/f/ID/edit (cgi/docs/folders.c): name and place of a folder; the
  edit page also deletes an empty folder. Reads Page.Docs.*, Page.Action,
  Page.Once (new), Page.Folder.Id / .Name (edit), Page.Folders.N.* ?><?cs
def:main() ?><?cs
call:docs_crumbs(Page.Title) ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1><?cs
call:error_summary(Lang.Docs.Field) ?>
<form class="form" method="post" action="<?cs var:Page.Action ?>" novalidate><?cs
call:csrf() ?><?cs
if:string.length(Page.Once) ?><input type="hidden" name="once" value="<?cs var:Page.Once ?>"><?cs /if ?><?cs
call:form_error() ?><?cs
call:field("name", "text", Lang.Docs.Field.name, "off", "") ?><?cs
call:folder_select("parent", Lang.Docs.Field.parent, "") ?><?cs
call:submit(Lang.Docs.Folder.Save) ?>
</form><?cs
if:Page.Folder.Id ?>
<section class="panel" aria-labelledby="delete-title">
<h2 id="delete-title"><?cs var:Lang.Docs.Folder.DeleteTitle ?></h2>
<p><?cs var:Lang.Docs.Folder.DeleteHint ?></p>
<form class="inline-form" method="post" action="<?cs var:Page.Docs.Base ?>/f/<?cs var:Page.Folder.Id ?>/delete"><?cs call:csrf() ?>
<button type="submit" class="button button-secondary"><?cs var:Lang.Docs.Folder.Delete ?></button>
</form>
</section><?cs
/if ?>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
