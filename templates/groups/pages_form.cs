<?cs # groups/pages_form.cs: what the new group form (new.cs) and the
  settings form (settings.cs) share. Included right after macros.cs.
  Reads Page.Form.visibility.Value / .Error, Page.Form.picture.Error,
  Page.Form.remove_picture.Value / .Error, Page.Errors (whether the form
  came back with errors: a chosen file is not kept then). ?><?cs

# text_max(name, label, hint, max): a required text input like macros.cs's
  field(), with maxlength max — the longest the program takes (pages.h),
  so that nobody types more than that only to get it back. ?><?cs
def:text_max(name, label, hint, max) ?>
<div class="field<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label(name, label, 1) ?><?cs
call:field_hint_error(name, hint) ?>
<input id="f-<?cs var:name ?>" name="<?cs var:name ?>" type="text"<?cs
if:string.length(Page.Form[name].Value) ?> value="<?cs var:Page.Form[name].Value ?>"<?cs /if ?> autocomplete="off" maxlength="<?cs var:max ?>" required<?cs
call:field_describedby(name, hint) ?>>
</div><?cs /def ?><?cs

# group_checkbox(name, label, hint): one optional yes/no choice, value 1;
  checked when Page.Form.NAME.Value is "1". ?><?cs
def:group_checkbox(name, label, hint) ?>
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

# group_visibility(): the three visibilities as radio buttons, each with
  what it means in plain language under its word. The first button has
  the id f-visibility (the error summary links to it). ?><?cs
def:group_visibility() ?>
<fieldset class="field choices group-visibility<?cs if:Page.Form.visibility.Error ?> field-invalid<?cs /if ?>" aria-describedby="h-visibility<?cs
if:Page.Form.visibility.Error ?> e-visibility<?cs /if ?>">
<legend><?cs var:Lang.Groups.Field.visibility ?></legend>
<p class="hint" id="h-visibility"><?cs var:Lang.Groups.Hint.Visibility ?></p><?cs
if:Page.Form.visibility.Error ?>
<p class="field-error" id="e-visibility"><span class="error-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Form.visibility.Error ?></p><?cs
/if ?><?cs
each:v = Lang.Groups.Visibility ?>
<div class="choice"><input id="f-visibility<?cs if:name(v) != "open" ?>-<?cs var:name(v) ?><?cs /if ?>" name="visibility" type="radio" value="<?cs var:name(v) ?>" required aria-describedby="h-visibility-<?cs var:name(v) ?>"<?cs
  if:Page.Form.visibility.Value == name(v) ?> checked<?cs /if ?><?cs
  if:Page.Form.visibility.Error ?> aria-invalid="true"<?cs /if ?>>
<label for="f-visibility<?cs if:name(v) != "open" ?>-<?cs var:name(v) ?><?cs /if ?>"><strong><?cs var:v ?></strong></label>
<p class="hint" id="h-visibility-<?cs var:name(v) ?>"><?cs var:Lang.Groups.VisibilityHint[name(v)] ?></p></div><?cs
/each ?>
</fieldset><?cs /def ?><?cs

# group_picture(has, slug): the picture — the current one with a
  "remove" box (has = 1; slug: the group's, for its URL), and the file
  input. ?><?cs
def:group_picture(has, slug) ?><?cs
if:has == 1 ?>
<div class="current-photo">
<img class="group-picture-small" src="/g/<?cs var:slug ?>/picture" alt="<?cs var:Lang.Groups.Settings.CurrentPicture ?>">
</div><?cs
call:group_checkbox("remove_picture", Lang.Groups.Field.remove_picture, "") ?><?cs
/if ?>
<div class="field<?cs if:Page.Form.picture.Error ?> field-invalid<?cs /if ?>"><?cs
if:has == 1 ?><?cs
  call:field_label("picture", Lang.Groups.Settings.NewPicture, 0) ?><?cs
else ?><?cs
  call:field_label("picture", Lang.Groups.Field.picture, 0) ?><?cs
/if ?>
<p class="hint" id="h-picture"><?cs var:Lang.Groups.Hint.Picture ?><?cs
if:subcount(Page.Errors) > 0 && !Page.Form.picture.Error ?> <strong><?cs var:Lang.Groups.Hint.PictureAgain ?></strong><?cs
/if ?></p><?cs
if:Page.Form.picture.Error ?>
<p class="field-error" id="e-picture"><span class="error-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Form.picture.Error ?></p><?cs
/if ?>
<input id="f-picture" name="picture" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="h-picture<?cs
if:Page.Form.picture.Error ?> e-picture<?cs /if ?>"<?cs if:Page.Form.picture.Error ?> aria-invalid="true"<?cs /if ?>>
</div><?cs /def ?>
