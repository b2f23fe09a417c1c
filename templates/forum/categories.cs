<?cs include:"macros.cs" ?><?cs include:"forum/mod_parts.cs" ?><?cs # {base}/categories/new and
  {base}/c/ID/edit: a category of this forum (cgi/forum/mod_category.c).
  Reads Page.Category.Id / .Name (edit only: without an Id the form
  creates a category), Page.Fields.N.Id / .Name (fields of action),
  Page.Form.NAME.Value / .Error for name, description (Markdown),
  field, position, retired ("1" when chosen). ?><?cs
def:main() ?>
<div class="narrow"><?cs
call:mod_crumbs() ?>
<h1><?cs var:Page.Title ?></h1><?cs
if:Page.Category.Id ?>
<p class="lead"><?cs var:Lang.ForumMod.Category.EditOf ?> <strong><?cs var:Page.Category.Name ?></strong></p><?cs
/if ?><?cs
call:error_summary(Lang.ForumMod.Field) ?>
<p class="form-note"><?cs var:Lang.ForumMod.Category.Intro ?></p>
<form class="form" method="post" action="<?cs var:Page.Forum.Base ?><?cs if:Page.Category.Id ?>/c/<?cs var:Page.Category.Id ?>/edit<?cs else ?>/categories/new<?cs /if ?>" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
call:field("name", "text", Lang.ForumMod.Field.name, "off", Lang.ForumMod.Hint.Name) ?><?cs
call:opt_textarea_field("description", Lang.ForumMod.Field.description, Lang.ForumMod.Hint.Description) ?><?cs
call:mod_select("field", Lang.ForumMod.Field.field, Lang.ForumMod.Hint.Field, Page.Fields, Lang.ForumMod.Category.NoField, 0) ?><?cs
call:opt_field("position", "text", Lang.ForumMod.Field.position, "off", Lang.ForumMod.Hint.Position) ?><?cs
call:mod_checkbox("retired", Lang.ForumMod.Category.RetiredLabel, Lang.ForumMod.Hint.Retired) ?>
<div class="actions">
<button type="submit" class="button"><?cs if:Page.Category.Id ?><?cs var:Lang.ForumMod.Category.Save ?><?cs else ?><?cs var:Lang.ForumMod.Category.Create ?><?cs /if ?></button>
<a href="<?cs var:Page.Forum.Base ?><?cs if:Page.Category.Id ?>/c/<?cs var:Page.Category.Id ?><?cs /if ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
