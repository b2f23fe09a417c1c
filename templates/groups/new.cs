<?cs include:"macros.cs" ?><?cs include:"groups/pages_form.cs" ?><?cs # /groups/new: a
  new group (cgi/groups/pages_new.c), multipart for the picture. Reads
  Page.Once (the one-time token, the same after an error),
  Page.Form.NAME.Value / .Error for name, slug, description, visibility,
  picture. Labels from Lang.Groups.Field. ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1><?cs
call:error_summary(Lang.Groups.Field) ?>
<p class="form-note"><?cs var:Lang.Groups.New.Intro ?></p>
<form class="form" method="post" action="/groups/new" enctype="multipart/form-data" novalidate><?cs
call:csrf() ?>
<input type="hidden" name="once" value="<?cs var:Page.Once ?>"><?cs
call:form_error() ?><?cs
call:text_max("name", Lang.Groups.Field.name, Lang.Groups.Hint.Name, 120) ?><?cs
call:text_max("slug", Lang.Groups.Field.slug, Lang.Groups.Hint.Slug, 40) ?><?cs
call:opt_textarea_field("description", Lang.Groups.Field.description, Lang.Groups.Hint.Description) ?><?cs
call:group_visibility() ?><?cs
call:group_picture(0, "") ?>
<div class="actions">
<button type="submit" class="button"><?cs var:Lang.Groups.New.Create ?></button>
<a href="/groups"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
