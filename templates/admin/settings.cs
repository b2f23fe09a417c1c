<?cs include:"macros.cs" ?><?cs include:"admin/parts.cs" ?><?cs # /admin/settings
  (cgi/admin/settings.c): Page.Form.site_name / .contact / .groups_create / .registration. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:admin_nav() ?>
<div class="narrow"><?cs
call:error_summary(Lang.Admin.Settings.Field) ?>
<form class="form" method="post" action="/admin/settings" novalidate><?cs
call:csrf() ?><?cs
call:field("site_name", "text", Lang.Admin.Settings.Field.site_name, "organization", Lang.Admin.Settings.NameHint) ?><?cs
call:opt_field("contact", "email", Lang.Admin.Settings.Field.contact, "email", Lang.Admin.Settings.ContactHint) ?><?cs
call:select_field("groups_create", Lang.Admin.Settings.Field.groups_create, Lang.Admin.Settings.GroupsCreate, "") ?><?cs
call:select_field("registration", Lang.Admin.Settings.Field.registration, Lang.Admin.Settings.Registration, "") ?><?cs
call:submit(Lang.Action.Save) ?>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
