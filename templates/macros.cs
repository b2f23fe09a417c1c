<?cs # macros.cs: the building blocks every page uses.
  Included ONCE per page: as the first line of each page template (a macro
  must be defined before a call to it is parsed, and a second include of this
  file fails with "Duplicate macro def"). layout.cs relies on it.
  Everything printed with var: is HTML-escaped (Config.VarEscapeMode = html).
  Field NAME: label for="f-NAME", input id="f-NAME", hint id="h-NAME",
  error id="e-NAME"; values come from Page.Form.NAME.Value / .Error. ?><?cs

def:csrf() ?><input type="hidden" name="csrf" value="<?cs var:Page.CSRF ?>"><?cs /def ?><?cs


# Form-level message (wrong login, throttling, ...). ?><?cs
def:form_error() ?><?cs if:Page.Error ?>
<div class="alert alert-error" role="alert"><p><span class="alert-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Error ?></p></div><?cs
/if ?><?cs /def ?><?cs


# Error summary: one link per field error, to the field. labels: a node
  that maps field names to labels (Lang.Field or a page's own map); names
  missing there fall back to Lang.Field. autofocus moves focus here on load
  (no JavaScript needed), role="alert" announces it. ?><?cs
def:error_summary(labels) ?><?cs if:subcount(Page.Errors) > 0 ?>
<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title"><?cs var:Lang.Form.SummaryTitle ?></h2>
<ul><?cs each:e = Page.Errors ?>
<li><a href="#f-<?cs var:e.Field ?>"><?cs
  if:labels[e.Field] ?><?cs var:labels[e.Field] ?>: <?cs
  elif:Lang.Field[e.Field] ?><?cs var:Lang.Field[e.Field] ?>: <?cs
  /if ?><?cs var:e.Text ?></a></li><?cs /each ?>
</ul>
</div><?cs /if ?><?cs /def ?><?cs


# Shown at the top of forms whose fields are all required. ?><?cs
def:required_note() ?>
<p class="form-note"><?cs var:Lang.Form.AllRequired ?></p><?cs /def ?><?cs


# Pieces shared by all field kinds. ?><?cs
def:field_label(name, label, req) ?>
<label for="f-<?cs var:name ?>"><?cs var:label ?><?cs if:!req ?> <span class="optional"><?cs var:Lang.Form.Optional ?></span><?cs /if ?></label><?cs
/def ?><?cs

def:field_hint_error(name, hint) ?><?cs if:hint ?>
<p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs /if ?><?cs
if:Page.Form[name].Error ?>
<p class="field-error" id="e-<?cs var:name ?>"><span class="error-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Form[name].Error ?></p><?cs
/if ?><?cs /def ?><?cs

def:field_describedby(name, hint) ?><?cs
if:hint || Page.Form[name].Error ?> aria-describedby="<?cs
  if:hint ?>h-<?cs var:name ?><?cs /if ?><?cs
  if:hint && Page.Form[name].Error ?> <?cs /if ?><?cs
  if:Page.Form[name].Error ?>e-<?cs var:name ?><?cs /if ?>"<?cs /if ?><?cs
if:Page.Form[name].Error ?> aria-invalid="true"<?cs /if ?><?cs /def ?><?cs


# input_field(name, type, label, autocomplete, hint, req)
  type: text, email, password, url, tel, number, date, search ...
  autocomplete: a token ("username", "current-password", ...) or "" for none
  hint: text or "" ; req: 1 = required, 0 = optional (label says so).
  Passwords are never re-filled. ?><?cs
def:input_field(name, type, label, autocomplete, hint, req) ?>
<div class="field<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label(name, label, req) ?><?cs
call:field_hint_error(name, hint) ?>
<input id="f-<?cs var:name ?>" name="<?cs var:name ?>" type="<?cs var:type ?>"<?cs
if:type != "password" && string.length(Page.Form[name].Value) ?> value="<?cs var:Page.Form[name].Value ?>"<?cs /if ?><?cs
if:autocomplete ?> autocomplete="<?cs var:autocomplete ?>"<?cs /if ?><?cs
if:type == "email" ?> spellcheck="false" autocapitalize="none"<?cs /if ?><?cs
if:req ?> required<?cs /if ?><?cs
call:field_describedby(name, hint) ?>>
</div><?cs /def ?><?cs

# field: a required input. opt_field: an optional one. ?><?cs
def:field(name, type, label, autocomplete, hint) ?><?cs
call:input_field(name, type, label, autocomplete, hint, 1) ?><?cs /def ?><?cs
def:opt_field(name, type, label, autocomplete, hint) ?><?cs
call:input_field(name, type, label, autocomplete, hint, 0) ?><?cs /def ?><?cs


# Multi-line text. The line break after <textarea> is dropped by the HTML
  parser; it keeps a value's own leading line break intact. ?><?cs
def:textarea_input(name, label, hint, req) ?>
<div class="field<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label(name, label, req) ?><?cs
call:field_hint_error(name, hint) ?>
<textarea id="f-<?cs var:name ?>" name="<?cs var:name ?>" rows="8"<?cs
if:req ?> required<?cs /if ?><?cs
call:field_describedby(name, hint) ?>>
<?cs var:Page.Form[name].Value ?></textarea>
</div><?cs /def ?><?cs
def:textarea_field(name, label, hint) ?><?cs
call:textarea_input(name, label, hint, 1) ?><?cs /def ?><?cs
def:opt_textarea_field(name, label, hint) ?><?cs
call:textarea_input(name, label, hint, 0) ?><?cs /def ?><?cs


# select_field(name, label, options, hint): options is a node whose children
  are value = text (e.g. Lang.Languages); the option whose value equals
  Page.Form.NAME.Value is selected. ?><?cs
def:select_field(name, label, options, hint) ?>
<div class="field<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label(name, label, 1) ?><?cs
call:field_hint_error(name, hint) ?>
<select id="f-<?cs var:name ?>" name="<?cs var:name ?>"<?cs
call:field_describedby(name, hint) ?>><?cs
each:o = options ?>
<option value="<?cs var:name(o) ?>"<?cs if:Page.Form[name].Value == name(o) ?> selected<?cs /if ?>><?cs var:o ?></option><?cs
/each ?>
</select>
</div><?cs /def ?><?cs


# lang_field(name, label, hint): the language choice. Offers Lang.Languages
  (each option marked with its own lang); without a value, the language of
  the page is selected. ?><?cs
def:lang_field(name, label, hint) ?>
<div class="field<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label(name, label, 1) ?><?cs
call:field_hint_error(name, hint) ?>
<select id="f-<?cs var:name ?>" name="<?cs var:name ?>"<?cs
call:field_describedby(name, hint) ?>><?cs
each:o = Lang.Languages ?>
<option value="<?cs var:name(o) ?>" lang="<?cs var:name(o) ?>"<?cs
  if:Page.Form[name].Value == name(o) || (!Page.Form[name].Value && Site.Lang == name(o)) ?> selected<?cs
  /if ?>><?cs var:o ?></option><?cs
/each ?>
</select>
</div><?cs /def ?><?cs


# Buttons. ?><?cs
def:submit(text) ?>
<div class="actions"><button type="submit" class="button"><?cs var:text ?></button></div><?cs /def ?><?cs


# pager(base): page links for lists. Reads Page.Pager.Page (current, from 1)
  and Page.Pager.Pages (count); renders nothing for a single page. Links are
  base?page=N, so base must not hold a query string. Shows the first, the
  last and two pages either side of the current one. ?><?cs
def:pager(base) ?><?cs # Page.Pager.Query: the filters, url-encoded ("q=x&field=2"), kept on every link. ?><?cs if:#Page.Pager.Pages > #1 ?>
<nav class="pager" aria-label="<?cs var:Lang.Pager.Label ?>">
<ul><?cs
if:#Page.Pager.Page > #1 ?>
<li class="pager-prev"><a href="<?cs var:base ?>?<?cs if:Page.Pager.Query ?><?cs var:Page.Pager.Query ?>&amp;<?cs /if ?>page=<?cs var:#Page.Pager.Page - #1 ?>" rel="prev"><span aria-hidden="true">‹</span><?cs var:Lang.Pager.Prev ?></a></li><?cs
/if ?><?cs
loop:i = #1, #Page.Pager.Pages, #1 ?><?cs
  if:i == #1 || i == #Page.Pager.Pages || (i >= #Page.Pager.Page - #2 && i <= #Page.Pager.Page + #2) ?>
<li><a href="<?cs var:base ?>?<?cs if:Page.Pager.Query ?><?cs var:Page.Pager.Query ?>&amp;<?cs /if ?>page=<?cs var:i ?>"<?cs if:i == #Page.Pager.Page ?> aria-current="page"<?cs /if ?>><span class="vh"><?cs var:Lang.Pager.Page ?> </span><?cs var:i ?></a></li><?cs
  elif:i == #Page.Pager.Page - #3 || i == #Page.Pager.Page + #3 ?>
<li class="pager-gap">…</li><?cs
  /if ?><?cs
/loop ?><?cs
if:#Page.Pager.Page < #Page.Pager.Pages ?>
<li class="pager-next"><a href="<?cs var:base ?>?<?cs if:Page.Pager.Query ?><?cs var:Page.Pager.Query ?>&amp;<?cs /if ?>page=<?cs var:#Page.Pager.Page + #1 ?>" rel="next"><?cs var:Lang.Pager.Next ?><span aria-hidden="true">›</span></a></li><?cs
/if ?>
</ul>
</nav><?cs /if ?><?cs /def ?>
