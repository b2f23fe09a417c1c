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
<h2 id="logo-title"><?cs var:Lang.Admin.Settings.Logo ?></h2><?cs
if:string.length(Site.Logo) ?>
<p><img class="logo-preview" src="/site/logo?v=<?cs var:Site.Logo ?>" alt="<?cs var:Lang.Admin.Settings.LogoCurrent ?>"></p><?cs
/if ?>
<form class="form" method="post" action="/admin/settings/logo" enctype="multipart/form-data" novalidate aria-labelledby="logo-title"><?cs
call:csrf() ?>
<div class="field<?cs if:Page.Form.logo.Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label("logo", Lang.Admin.Settings.Field.logo, 0) ?><?cs
call:field_hint_error("logo", Lang.Admin.Settings.LogoHint) ?>
<input id="f-logo" name="logo" type="file" accept=".jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp"<?cs
call:field_describedby("logo", Lang.Admin.Settings.LogoHint) ?>>
</div><?cs
if:string.length(Site.Logo) ?>
<div class="choice"><input id="f-remove_logo" name="remove_logo" type="checkbox" value="1">
<label for="f-remove_logo"><?cs var:Lang.Admin.Settings.RemoveLogo ?></label></div><?cs
/if ?><?cs
call:submit(Lang.Admin.Settings.SaveLogo) ?>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
