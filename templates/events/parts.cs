<?cs # events/parts.cs: what the events pages share. Included right after
  macros.cs. ?><?cs

# ev_select(name, label, options, req): a <select> of options (a node of
  id = text, "0" meaning none), the one equal to Page.Form.NAME.Value
  selected. ?><?cs
def:ev_select(name, label, options, req) ?>
<div class="field<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label(name, label, req) ?><?cs
call:field_hint_error(name, "") ?>
<select id="f-<?cs var:name ?>" name="<?cs var:name ?>"<?cs call:field_describedby(name, "") ?>><?cs
each:o = options ?>
<option value="<?cs var:name(o) ?>"<?cs if:Page.Form[name].Value == name(o) ?> selected<?cs /if ?>><?cs var:o ?></option><?cs
/each ?>
</select>
</div><?cs /def ?><?cs

# ev_checkbox(name, label, hint): one yes/no choice, value 1. ?><?cs
def:ev_checkbox(name, label, hint) ?>
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

# ev_filter(name, label, all, options): a filter of the list; "all" is
  the empty choice, Page.Filter.NAME the chosen id. ?><?cs
def:ev_filter(name, label, all, options) ?>
<div class="field">
<label for="f-<?cs var:name ?>"><?cs var:label ?></label>
<select id="f-<?cs var:name ?>" name="<?cs var:name ?>">
<option value=""><?cs var:all ?></option><?cs
each:o = options ?>
<option value="<?cs var:name(o) ?>"<?cs if:Page.Filter[name] == name(o) ?> selected<?cs /if ?>><?cs var:o ?></option><?cs
/each ?>
</select>
</div><?cs /def ?>
