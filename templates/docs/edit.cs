<?cs include:"macros.cs" ?><?cs include:"docs/parts.cs" ?><?cs # {base}/d/ID/edit: a
  document's title, description, field of action, tags and folder
  (cgi/docs/document.c). Reads Page.Docs.*, Page.Action, Page.Doc.Id /
  .Title, Page.FieldOptions, Page.Folders.N.* ?><?cs
def:main() ?><?cs
call:docs_crumbs(Page.Title) ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1><?cs
call:error_summary(Lang.Docs.Field) ?>
<form class="form" method="post" action="<?cs var:Page.Action ?>" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
call:field("title", "text", Lang.Docs.Field.title, "off", "") ?><?cs
call:opt_textarea_field("description", Lang.Docs.Field.description, Lang.Docs.Upload.DescriptionHint) ?><?cs
call:select_field("field", Lang.Docs.Field.field, Page.FieldOptions, "") ?><?cs
call:opt_field("tags", "text", Lang.Docs.Field.tags, "off", Lang.Docs.Upload.TagsHint) ?><?cs
call:folder_select("folder", Lang.Docs.Field.folder, "") ?><?cs
call:submit(Lang.Docs.Edit.Save) ?>
</form>
<p><a href="<?cs var:Page.Docs.Base ?>/d/<?cs var:Page.Doc.Id ?>"><?cs var:Lang.Docs.Edit.Back ?></a></p>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
