<?cs include:"macros.cs" ?><?cs # /people/ID/edit: the profile form (cgi/people/edit.c), for the
  member themself or a site admin.
  Reads Page.Profile.Id / .Name / .Email (the account's address) /
  .HasPhoto (1/0); Page.Form.NAME.Value / .Error for position,
  municipality, phone, phone_visible, email_visible ("1" when chosen),
  about, photo, remove_photo, field, language; Page.Municipalities.N.Id /
  .Name; Page.Fields.N.Id / .Name / .Checked; Page.Languages.N.Code / .Name
  / .Checked. Every field is optional. A chosen file is not kept when the
  form comes back with errors (browsers do not re-fill file inputs), so the
  photo's hint then says so. ?><?cs

# checkbox(name, label, hint): one optional yes/no choice, value 1; checked
  when Page.Form.NAME.Value is "1". The error goes above the box, the hint
  under its label. ?><?cs
def:checkbox(name, label, hint) ?>
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

# Start of a group of checkboxes (fieldset): legend, hint, error. The first
  box gets the id f-NAME, so that the error summary's link lands on it. ?><?cs
def:choices_start(name, legend, hint) ?>
<fieldset class="field choices<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>" aria-describedby="h-<?cs var:name ?><?cs
if:Page.Form[name].Error ?> e-<?cs var:name ?><?cs /if ?>">
<legend><?cs var:legend ?> <span class="optional"><?cs var:Lang.Form.Optional ?></span></legend>
<p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs
if:Page.Form[name].Error ?>
<p class="field-error" id="e-<?cs var:name ?>"><span class="error-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Form[name].Error ?></p><?cs
/if ?>
<div class="choice-grid"><?cs /def ?><?cs

def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1><?cs
if:User.Id != Page.Profile.Id ?>
<p class="lead"><?cs var:Lang.ProfileEdit.OtherMember ?> <strong><?cs var:Page.Profile.Name ?></strong></p><?cs
/if ?><?cs
call:error_summary(Lang.Field) ?>
<p class="form-note"><?cs var:Lang.ProfileEdit.Intro ?></p>
<form class="form" method="post" action="/people/<?cs var:Page.Profile.Id ?>/edit" enctype="multipart/form-data" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?>

<h2 class="form-section"><?cs var:Lang.ProfileEdit.Work ?></h2><?cs
call:opt_field("position", "text", Lang.Field.position, "organization-title", Lang.Hint.Position) ?>
<div class="field<?cs if:Page.Form.municipality.Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label("municipality", Lang.Field.municipality, 0) ?><?cs
call:field_hint_error("municipality", Lang.Hint.Municipality) ?>
<select id="f-municipality" name="municipality"<?cs call:field_describedby("municipality", Lang.Hint.Municipality) ?>>
<option value=""><?cs var:Lang.ProfileEdit.NoMunicipality ?></option><?cs
each:m = Page.Municipalities ?>
<option value="<?cs var:m.Id ?>"<?cs if:Page.Form.municipality.Value == m.Id ?> selected<?cs /if ?>><?cs var:m.Name ?></option><?cs
/each ?>
</select>
</div><?cs

call:choices_start("field", Lang.Field.field, Lang.Hint.Fields) ?><?cs
each:f = Page.Fields ?>
<div class="choice"><input id="f-field<?cs if:!first(f) ?>-<?cs var:f.Id ?><?cs /if ?>" name="field" type="checkbox" value="<?cs var:f.Id ?>"<?cs
  if:f.Checked == 1 ?> checked<?cs /if ?>><label for="f-field<?cs if:!first(f) ?>-<?cs var:f.Id ?><?cs /if ?>"><?cs var:f.Name ?></label></div><?cs
/each ?>
</div>
</fieldset><?cs

call:choices_start("language", Lang.Field.language, Lang.Hint.Languages) ?><?cs
each:l = Page.Languages ?>
<div class="choice"><input id="f-language<?cs if:!first(l) ?>-<?cs var:l.Code ?><?cs /if ?>" name="language" type="checkbox" value="<?cs var:l.Code ?>"<?cs
  if:l.Checked == 1 ?> checked<?cs /if ?>><label for="f-language<?cs if:!first(l) ?>-<?cs var:l.Code ?><?cs /if ?>"><?cs var:l.Name ?></label></div><?cs
/each ?>
</div>
</fieldset><?cs

call:opt_textarea_field("about", Lang.Field.about, Lang.Hint.About) ?>

<h2 class="form-section"><?cs var:Lang.ProfileEdit.Contact ?></h2><?cs
call:opt_field("phone", "tel", Lang.Field.phone, "tel", Lang.Hint.Phone) ?><?cs
call:checkbox("phone_visible", Lang.Field.phone_visible, Lang.Hint.Visible) ?>
<div class="field">
<p class="field-title"><?cs var:Lang.ProfileEdit.Email ?></p>
<p><strong class="email"><?cs var:Page.Profile.Email ?></strong></p><?cs
if:User.Id == Page.Profile.Id ?>
<p class="hint"><?cs var:Lang.ProfileEdit.EmailChange ?> <a href="/account#sec-email"><?cs var:Lang.ProfileEdit.EmailChangeLink ?></a></p><?cs
/if ?>
</div><?cs
call:checkbox("email_visible", Lang.Field.email_visible, Lang.Hint.Visible) ?>

<h2 class="form-section"><?cs var:Lang.ProfileEdit.Photo ?></h2><?cs
if:Page.Profile.HasPhoto == 1 ?>
<div class="current-photo">
<img src="/people/<?cs var:Page.Profile.Id ?>/thumb" alt="<?cs
  if:User.Id == Page.Profile.Id ?><?cs var:Lang.ProfileEdit.CurrentPhoto ?><?cs
  else ?><?cs var:Lang.ProfileEdit.CurrentPhotoOf ?> <?cs var:Page.Profile.Name ?><?cs /if ?>" width="96" height="96">
</div><?cs
call:checkbox("remove_photo", Lang.Field.remove_photo, "") ?><?cs
/if ?>
<div class="field<?cs if:Page.Form.photo.Error ?> field-invalid<?cs /if ?>"><?cs
if:Page.Profile.HasPhoto == 1 ?><?cs
  call:field_label("photo", Lang.ProfileEdit.NewPhoto, 0) ?><?cs
else ?><?cs
  call:field_label("photo", Lang.ProfileEdit.UploadPhoto, 0) ?><?cs
/if ?>
<p class="hint" id="h-photo"><?cs var:Lang.Hint.Photo ?><?cs
if:subcount(Page.Errors) > 0 && !Page.Form.photo.Error ?> <strong><?cs var:Lang.Hint.PhotoAgain ?></strong><?cs
/if ?></p><?cs
if:Page.Form.photo.Error ?>
<p class="field-error" id="e-photo"><span class="error-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Form.photo.Error ?></p><?cs
/if ?>
<input id="f-photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="h-photo<?cs
if:Page.Form.photo.Error ?> e-photo<?cs /if ?>"<?cs if:Page.Form.photo.Error ?> aria-invalid="true"<?cs /if ?>>
</div>

<div class="actions">
<button type="submit" class="button"><?cs var:Lang.Action.SaveProfile ?></button>
<a href="/people/<?cs var:Page.Profile.Id ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
