<?cs include:"macros.cs" ?><?cs # /orgs/ID/offers/new and /orgs/ID/offers/ID/edit: the offer form
  (cgi/people/offer_edit.c), for the organisation's editors.
  Reads Page.Org.Id / .Name; Page.Offer.Id / .Title (editing only);
  Page.Form.NAME.Value / .Error for title, description, field, place,
  municipality, costs, step_free ("unknown", "yes", "partly", "no"),
  accessibility, contact (a member id or ""), contact_role, public ("1"
  when chosen), and .Error for target and language; the choices
  Page.Fields.N.Id / .Name, Page.TargetGroups.N.Id / .Name / .Checked,
  Page.Languages.N.Code / .Name / .Checked, Page.Municipalities.N.Id /
  .Name, Page.Contacts.N.Id / .Name (the organisation's active members).
  Labels: the map Lang.Offers.Field, by field name. ?><?cs

# A group of choices (checkboxes or radio buttons) in a fieldset: legend,
  hint, error. The first input gets the id f-NAME (the error summary's
  link lands on it). req: 1 = required (no "(optional)" in the legend). ?><?cs
def:group_start(name, legend, hint, req) ?>
<fieldset class="field choices<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>" aria-describedby="h-<?cs var:name ?><?cs
if:Page.Form[name].Error ?> e-<?cs var:name ?><?cs /if ?>">
<legend><?cs var:legend ?><?cs if:!req ?> <span class="optional"><?cs var:Lang.Form.Optional ?></span><?cs /if ?></legend>
<p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs
if:Page.Form[name].Error ?>
<p class="field-error" id="e-<?cs var:name ?>"><span class="error-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Form[name].Error ?></p><?cs
/if ?>
<div class="choice-grid"><?cs /def ?><?cs

# A select over a list of Page.<list>.N.Id / .Name with a first option
  "" (text: none); req: 1 = required. ?><?cs
def:list_select(name, label, hint, list, none, req) ?>
<div class="field<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label(name, label, req) ?><?cs
call:field_hint_error(name, hint) ?>
<select id="f-<?cs var:name ?>" name="<?cs var:name ?>"<?cs if:req ?> required<?cs /if ?><?cs
call:field_describedby(name, hint) ?>>
<option value=""><?cs var:none ?></option><?cs
each:o = list ?>
<option value="<?cs var:o.Id ?>"<?cs if:Page.Form[name].Value == o.Id ?> selected<?cs /if ?>><?cs var:o.Name ?></option><?cs
/each ?>
</select>
</div><?cs /def ?><?cs

def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Offers.Form.OfOrg ?> <a href="/orgs/<?cs var:Page.Org.Id ?>"><?cs var:Page.Org.Name ?></a></p><?cs
call:error_summary(Lang.Offers.Field) ?>
<p class="form-note"><?cs var:Lang.Offers.Form.Intro ?></p>
<form class="form" method="post" action="/orgs/<?cs var:Page.Org.Id ?>/offers/<?cs
  if:Page.Offer.Id ?><?cs var:Page.Offer.Id ?>/edit<?cs else ?>new<?cs /if ?>" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?>

<h2 class="form-section"><?cs var:Lang.Offers.Form.About ?></h2><?cs
call:field("title", "text", Lang.Offers.Field.title, "off", Lang.Offers.Hint.Title) ?><?cs
call:opt_textarea_field("description", Lang.Offers.Field.description, Lang.Offers.Hint.Description) ?><?cs
call:list_select("field", Lang.Offers.Field.field, Lang.Offers.Hint.Field, Page.Fields, Lang.Offers.Form.ChooseField, 1) ?><?cs

call:group_start("target", Lang.Offers.Field.target, Lang.Offers.Hint.Target, 0) ?><?cs
each:t = Page.TargetGroups ?>
<div class="choice"><input id="f-target<?cs if:!first(t) ?>-<?cs var:t.Id ?><?cs /if ?>" name="target" type="checkbox" value="<?cs var:t.Id ?>"<?cs
  if:t.Checked == 1 ?> checked<?cs /if ?>><label for="f-target<?cs if:!first(t) ?>-<?cs var:t.Id ?><?cs /if ?>"><?cs var:t.Name ?></label></div><?cs
/each ?>
</div>
</fieldset><?cs

call:group_start("language", Lang.Offers.Field.language, Lang.Offers.Hint.Language, 0) ?><?cs
each:l = Page.Languages ?>
<div class="choice"><input id="f-language<?cs if:!first(l) ?>-<?cs var:l.Code ?><?cs /if ?>" name="language" type="checkbox" value="<?cs var:l.Code ?>"<?cs
  if:l.Checked == 1 ?> checked<?cs /if ?>><label for="f-language<?cs if:!first(l) ?>-<?cs var:l.Code ?><?cs /if ?>"><?cs var:l.Name ?></label></div><?cs
/each ?>
</div>
</fieldset><?cs

call:opt_field("costs", "text", Lang.Offers.Field.costs, "off", Lang.Offers.Hint.Costs) ?>

<h2 class="form-section"><?cs var:Lang.Offers.Form.Where ?></h2><?cs
call:opt_field("place", "text", Lang.Offers.Field.place, "off", Lang.Offers.Hint.Place) ?><?cs
call:list_select("municipality", Lang.Offers.Field.municipality, Lang.Offers.Hint.Municipality, Page.Municipalities, Lang.Offers.Form.NoMunicipality, 0) ?><?cs

call:group_start("step_free", Lang.Offers.Field.step_free, Lang.Offers.Hint.StepFree, 1) ?><?cs
each:s = Lang.Offers.StepFree ?>
<div class="choice"><input id="f-step_free<?cs if:name(s) != "unknown" ?>-<?cs var:name(s) ?><?cs /if ?>" name="step_free" type="radio" value="<?cs var:name(s) ?>"<?cs
  if:Page.Form.step_free.Value == name(s) ?> checked<?cs /if ?>><label for="f-step_free<?cs if:name(s) != "unknown" ?>-<?cs var:name(s) ?><?cs /if ?>"><?cs var:s ?></label></div><?cs
/each ?>
</div>
</fieldset><?cs
call:opt_field("accessibility", "text", Lang.Offers.Field.accessibility, "off", Lang.Offers.Hint.Accessibility) ?>

<h2 class="form-section"><?cs var:Lang.Offers.Form.Contact ?></h2><?cs
if:subcount(Page.Contacts) > 0 ?><?cs
  call:list_select("contact", Lang.Offers.Field.contact, Lang.Offers.Hint.Contact, Page.Contacts, Lang.Offers.Form.NoContact, 0) ?><?cs
else ?><?cs
  call:list_select("contact", Lang.Offers.Field.contact, Lang.Offers.Form.NoContacts, Page.Contacts, Lang.Offers.Form.NoContact, 0) ?><?cs
/if ?><?cs
call:opt_field("contact_role", "text", Lang.Offers.Field.contact_role, "off", Lang.Offers.Hint.ContactRole) ?>

<h2 class="form-section"><?cs var:Lang.Offers.Form.Visibility ?></h2>
<div class="field<?cs if:Page.Form.public.Error ?> field-invalid<?cs /if ?>"><?cs
if:Page.Form.public.Error ?>
<p class="field-error" id="e-public"><span class="error-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Form.public.Error ?></p><?cs
/if ?>
<div class="choice">
<input id="f-public" name="public" type="checkbox" value="1"<?cs
if:Page.Form.public.Value == "1" ?> checked<?cs /if ?><?cs
call:field_describedby("public", Lang.Offers.Hint.Public) ?>>
<label for="f-public"><?cs var:Lang.Offers.Field.public ?></label>
<p class="hint" id="h-public"><?cs var:Lang.Offers.Hint.Public ?></p>
</div>
</div>

<p class="form-note"><?cs var:Lang.Offers.Form.SaveNote ?></p>
<div class="actions">
<button type="submit" class="button"><?cs if:Page.Offer.Id ?><?cs var:Lang.Offers.Form.Save ?><?cs else ?><?cs var:Lang.Offers.Form.Create ?><?cs /if ?></button>
<a href="<?cs if:Page.Offer.Id ?>/orgs/<?cs var:Page.Org.Id ?>/offers/<?cs var:Page.Offer.Id ?><?cs else ?>/orgs/<?cs var:Page.Org.Id ?><?cs /if ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
