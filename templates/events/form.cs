<?cs include:"macros.cs" ?><?cs include:"events/parts.cs" ?><?cs # .../events/new and
  .../events/ID/edit: the event form (cgi/events/form.c). Reads
  Page.Action (where it posts), Page.Once (new only), Page.Event.* (edit:
  Path, Title), Page.Options.org / .field / .municipality (id = text, "0":
  none), Page.Form.NAME.Value / .Error for every field. Times are
  Europe/Berlin. ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1><?cs
call:error_summary(Lang.Events.Field) ?>
<form class="form" method="post" action="<?cs var:Page.Action ?>" novalidate><?cs
call:csrf() ?><?cs
if:Page.Once ?>
<input type="hidden" name="once" value="<?cs var:Page.Once ?>"><?cs
/if ?><?cs
call:form_error() ?><?cs
call:field("title", "text", Lang.Events.Field.title, "off", Lang.Events.Hint.Title) ?><?cs
call:opt_textarea_field("description", Lang.Events.Field.description, Lang.Events.Hint.Description) ?>
<fieldset class="form-section">
<legend><?cs var:Lang.Events.Form.When ?></legend>
<p class="hint"><?cs var:Lang.Events.Hint.When ?></p><?cs
call:ev_checkbox("all_day", Lang.Events.Field.all_day, "") ?><?cs
call:field("start_date", "date", Lang.Events.Field.start_date, "off", "") ?><?cs
call:opt_field("start_time", "time", Lang.Events.Field.start_time, "off", Lang.Events.Hint.Time) ?><?cs
call:opt_field("end_date", "date", Lang.Events.Field.end_date, "off", Lang.Events.Hint.EndDate) ?><?cs
call:opt_field("end_time", "time", Lang.Events.Field.end_time, "off", Lang.Events.Hint.Time) ?>
</fieldset>
<fieldset class="form-section">
<legend><?cs var:Lang.Events.Form.Repeat ?></legend><?cs
call:ev_select("repeat", Lang.Events.Field.repeat, Lang.Events.Repeat, 1) ?><?cs
call:opt_field("interval", "number", Lang.Events.Field.interval, "off", Lang.Events.Hint.Interval) ?><?cs
call:opt_field("until", "date", Lang.Events.Field.until, "off", Lang.Events.Hint.RepeatEnd) ?><?cs
call:opt_field("count", "number", Lang.Events.Field.count, "off", "") ?>
</fieldset>
<fieldset class="form-section">
<legend><?cs var:Lang.Events.Form.Where ?></legend><?cs
call:opt_field("place", "text", Lang.Events.Field.place, "off", Lang.Events.Hint.Place) ?><?cs
call:ev_select("municipality", Lang.Events.Field.municipality, Page.Options.municipality, 0) ?><?cs
call:opt_field("online_url", "url", Lang.Events.Field.online_url, "off", Lang.Events.Hint.OnlineUrl) ?>
</fieldset>
<fieldset class="form-section">
<legend><?cs var:Lang.Events.Form.Who ?></legend><?cs
call:ev_select("org", Lang.Events.Field.org, Page.Options.org, 0) ?><?cs
call:ev_select("field", Lang.Events.Field.field, Page.Options.field, 0) ?>
</fieldset>
<fieldset class="form-section">
<legend><?cs var:Lang.Events.Form.Signup ?></legend><?cs
call:opt_field("capacity", "number", Lang.Events.Field.capacity, "off", Lang.Events.Hint.Capacity) ?><?cs
call:ev_checkbox("waitlist", Lang.Events.Field.waitlist, Lang.Events.Hint.Waitlist) ?><?cs
call:opt_field("deadline_date", "date", Lang.Events.Field.deadline_date, "off", "") ?><?cs
call:opt_field("deadline_time", "time", Lang.Events.Field.deadline_time, "off", Lang.Events.Hint.DeadlineTime) ?><?cs
call:ev_checkbox("show_attendees", Lang.Events.Field.show_attendees, Lang.Events.Hint.ShowAttendees) ?>
</fieldset>
<div class="actions">
<button type="submit" class="button"><?cs var:Lang.Action.Save ?></button>
<a href="<?cs if:Page.Event.Path ?><?cs var:Page.Event.Path ?><?cs else ?><?cs var:Page.Events.Base ?><?cs /if ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
