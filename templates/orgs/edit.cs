<?cs include:"macros.cs" ?><?cs # /orgs/new and /orgs/ID/edit: the organisation form
  (cgi/people/org_edit.c), multipart for the logo.
  Reads Page.Org.Id / .Name / .HasLogo / .Verified (edit only: without
  Page.Org.Id the form creates a new organisation and asks for the
  creator's role); Page.Form.NAME.Value / .Error for name, type, street,
  postcode, city, municipality, website, phone, email, description, field,
  logo, remove_logo, public ("1" when chosen), my_role; Page.Types.N.Id /
  .Name; Page.Municipalities.N.Id / .Name; Page.Fields.N.Id / .Name /
  .Checked. Labels from Lang.Orgs.Field. A chosen file is not kept when the
  form comes back with errors, so the logo's hint then says so. ?><?cs

# org_checkbox(name, label, hint): one optional yes/no choice, value 1;
  checked when Page.Form.NAME.Value is "1". ?><?cs
def:org_checkbox(name, label, hint) ?>
<div class="field<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>"><?cs
if:Page.Form[name].Error ?>
<p class="field-error" id="e-<?cs var:name ?>"><span class="error-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Form[name].Error ?></p><?cs
/if ?>
<div class="choice">
<input id="f-<?cs var:name ?>" name="<?cs var:name ?>" type="checkbox" value="1"<?cs
if:Page.Form[name].Value == "1" ?> checked<?cs /if ?><?cs
call:field_describedby(name, hint) ?>>
<label for="f-<?cs var:name ?>"><?cs var:label ?></label><?cs
if:hint ?>
<p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs
/if ?>
</div>
</div><?cs /def ?><?cs

# org_select(name, label, hint, list, empty, req): a choice from
  Page.<list>.N.Id / .Name; empty: the text of the "" option. ?><?cs
def:org_select(name, label, hint, list, empty, req) ?>
<div class="field<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label(name, label, req) ?><?cs
call:field_hint_error(name, hint) ?>
<select id="f-<?cs var:name ?>" name="<?cs var:name ?>"<?cs if:req ?> required<?cs /if ?><?cs
call:field_describedby(name, hint) ?>>
<option value=""><?cs var:empty ?></option><?cs
each:o = list ?>
<option value="<?cs var:o.Id ?>"<?cs if:Page.Form[name].Value == o.Id ?> selected<?cs /if ?>><?cs var:o.Name ?></option><?cs
/each ?>
</select>
</div><?cs /def ?><?cs

def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1><?cs
if:Page.Org.Id ?>
<p class="lead"><?cs var:Lang.Orgs.Form.EditOf ?> <strong><?cs var:Page.Org.Name ?></strong></p><?cs
/if ?><?cs
call:error_summary(Lang.Orgs.Field) ?>
<p class="form-note"><?cs var:Lang.Orgs.Form.Intro ?></p><?cs
if:!Page.Org.Id ?>
<p class="form-note"><?cs var:Lang.Orgs.Form.NewNote ?></p><?cs
/if ?>
<form class="form" method="post" action="<?cs if:Page.Org.Id ?>/orgs/<?cs var:Page.Org.Id ?>/edit<?cs else ?>/orgs/new<?cs /if ?>" enctype="multipart/form-data" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?>

<h2 class="form-section"><?cs var:Lang.Orgs.Form.Basics ?></h2><?cs
call:field("name", "text", Lang.Orgs.Field.name, "organization", Lang.Orgs.Hint.Name) ?><?cs
call:org_select("type", Lang.Orgs.Field.type, "", Page.Types, Lang.Orgs.Form.ChooseType, 1) ?>

<h2 class="form-section"><?cs var:Lang.Orgs.Form.Address ?></h2><?cs
call:opt_field("street", "text", Lang.Orgs.Field.street, "street-address", "") ?><?cs
call:opt_field("postcode", "text", Lang.Orgs.Field.postcode, "postal-code", Lang.Orgs.Hint.Postcode) ?><?cs
call:opt_field("city", "text", Lang.Orgs.Field.city, "address-level2", "") ?><?cs
call:org_select("municipality", Lang.Orgs.Field.municipality, Lang.Orgs.Hint.Municipality, Page.Municipalities, Lang.Orgs.Form.NoMunicipality, 0) ?>

<h2 class="form-section"><?cs var:Lang.Orgs.Form.Contact ?></h2><?cs
call:opt_field("website", "url", Lang.Orgs.Field.website, "url", Lang.Orgs.Hint.Website) ?><?cs
call:opt_field("phone", "tel", Lang.Orgs.Field.phone, "tel", Lang.Orgs.Hint.Phone) ?><?cs
call:opt_field("email", "email", Lang.Orgs.Field.email, "email", Lang.Orgs.Hint.Email) ?>

<h2 class="form-section"><?cs var:Lang.Orgs.Form.About ?></h2><?cs
call:opt_textarea_field("description", Lang.Orgs.Field.description, Lang.Orgs.Hint.Description) ?>
<fieldset class="field choices<?cs if:Page.Form.field.Error ?> field-invalid<?cs /if ?>" aria-describedby="h-field">
<legend><?cs var:Lang.Orgs.Field.field ?> <span class="optional"><?cs var:Lang.Form.Optional ?></span></legend>
<p class="hint" id="h-field"><?cs var:Lang.Orgs.Hint.Fields ?></p>
<div class="choice-grid"><?cs
each:f = Page.Fields ?>
<div class="choice"><input id="f-field<?cs if:!first(f) ?>-<?cs var:f.Id ?><?cs /if ?>" name="field" type="checkbox" value="<?cs var:f.Id ?>"<?cs
  if:f.Checked == 1 ?> checked<?cs /if ?>><label for="f-field<?cs if:!first(f) ?>-<?cs var:f.Id ?><?cs /if ?>"><?cs var:f.Name ?></label></div><?cs
/each ?>
</div>
</fieldset>

<h2 class="form-section"><?cs var:Lang.Orgs.Form.Logo ?></h2><?cs
if:Page.Org.HasLogo == 1 ?>
<div class="current-photo">
<img class="org-logo-small" src="/orgs/<?cs var:Page.Org.Id ?>/logo" alt="<?cs var:Lang.Orgs.Form.CurrentLogo ?>: <?cs var:Page.Org.Name ?>">
</div><?cs
call:org_checkbox("remove_logo", Lang.Orgs.Field.remove_logo, "") ?><?cs
/if ?>
<div class="field<?cs if:Page.Form.logo.Error ?> field-invalid<?cs /if ?>"><?cs
if:Page.Org.HasLogo == 1 ?><?cs
  call:field_label("logo", Lang.Orgs.Form.NewLogo, 0) ?><?cs
else ?><?cs
  call:field_label("logo", Lang.Orgs.Form.UploadLogo, 0) ?><?cs
/if ?>
<p class="hint" id="h-logo"><?cs var:Lang.Orgs.Hint.Logo ?><?cs
if:subcount(Page.Errors) > 0 && !Page.Form.logo.Error ?> <strong><?cs var:Lang.Orgs.Hint.LogoAgain ?></strong><?cs
/if ?></p><?cs
if:Page.Form.logo.Error ?>
<p class="field-error" id="e-logo"><span class="error-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Form.logo.Error ?></p><?cs
/if ?>
<input id="f-logo" name="logo" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="h-logo<?cs
if:Page.Form.logo.Error ?> e-logo<?cs /if ?>"<?cs if:Page.Form.logo.Error ?> aria-invalid="true"<?cs /if ?>>
</div>

<h2 class="form-section"><?cs var:Lang.Orgs.Form.Directory ?></h2><?cs
call:org_checkbox("public", Lang.Orgs.Field.public, Lang.Orgs.Hint.Public) ?><?cs

if:!Page.Org.Id ?>
<h2 class="form-section"><?cs var:Lang.Orgs.Form.You ?></h2><?cs
call:opt_field("my_role", "text", Lang.Orgs.Field.my_role, "organization-title", Lang.Orgs.Hint.MyRole) ?><?cs
/if ?>

<div class="actions">
<button type="submit" class="button"><?cs if:Page.Org.Id ?><?cs var:Lang.Orgs.Form.Save ?><?cs else ?><?cs var:Lang.Orgs.Form.Create ?><?cs /if ?></button>
<a href="<?cs if:Page.Org.Id ?>/orgs/<?cs var:Page.Org.Id ?><?cs else ?>/orgs<?cs /if ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
