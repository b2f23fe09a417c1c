<?cs include:"macros.cs" ?><?cs include:"events/parts.cs" ?><?cs # .../events/ID: one
  event (cgi/events/show.c). Reads Page.Event.* (scope.c:
  events_set_page: Id, Path, Title, Description (Markdown), AllDay,
  Start / End (.At, .AtText, .Date, .Clock), StartDate, EndDate, Place,
  Municipality, OnlineUrl, Org.Id / .Name, Field, Creator.Id / .Name,
  Capacity, Deadline.*, Waitlist, ShowAttendees, Repeat (none / weekly /
  monthly), Interval, Until, Count, Cancelled.At / .AtText, Organiser),
  Page.Dates.N.Key / .DateText / .Weekday / .Clock / .EndClock / .Start.At
  / .Cancelled / .Past, Page.Rsvp.Taken / .Waiting / .Maybe / .Free /
  .Mine / .MineWaiting / .Open / .CanCancel / .DeadlinePassed,
  Page.ShowComing, Page.Coming.N.Id / .Name. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
if:Page.Event.Cancelled.At ?>
<div class="alert alert-info"><p><?cs var:Lang.Events.Show.IsCancelled ?></p></div><?cs
/if ?>
<section class="panel" aria-labelledby="when-title">
<h2 id="when-title"><?cs var:Lang.Events.Show.When ?></h2>
<dl class="details">
<dt><?cs var:Lang.Events.Show.Start ?></dt>
<dd><?cs if:Page.Event.AllDay == 1 ?><time datetime="<?cs var:Page.Event.StartDate ?>"><?cs var:Page.Event.StartDate ?></time> – <time datetime="<?cs var:Page.Event.EndDate ?>"><?cs var:Page.Event.EndDate ?></time> (<?cs var:Lang.Events.AllDay ?>)<?cs
elif:Page.Event.Start.Date == Page.Event.End.Date ?><time datetime="<?cs var:Page.Event.Start.At ?>"><?cs var:Page.Event.Start.AtText ?></time>–<time datetime="<?cs var:Page.Event.End.At ?>"><?cs var:Page.Event.End.Clock ?></time><?cs
else ?><time datetime="<?cs var:Page.Event.Start.At ?>"><?cs var:Page.Event.Start.AtText ?></time> – <time datetime="<?cs var:Page.Event.End.At ?>"><?cs var:Page.Event.End.AtText ?></time><?cs /if ?></dd><?cs
if:Page.Event.Repeat != "none" ?>
<dt><?cs var:Lang.Events.Show.Repeat ?></dt>
<dd><?cs var:Lang.Events.Repeat[Page.Event.Repeat] ?><?cs if:#Page.Event.Interval > #1 ?> (<?cs var:Lang.Events.Show.Every ?> <?cs var:Page.Event.Interval ?>.)<?cs /if ?><?cs
  if:Page.Event.Until ?>, <?cs var:Lang.Events.Show.Until ?> <?cs var:Page.Event.Until ?><?cs /if ?><?cs
  if:Page.Event.Count ?>, <?cs var:Page.Event.Count ?> <?cs var:Lang.Events.Show.Times ?><?cs /if ?></dd><?cs
/if ?><?cs
if:string.length(Page.Event.Place) ?>
<dt><?cs var:Lang.Events.Field.place ?></dt>
<dd><?cs var:Page.Event.Place ?><?cs if:string.length(Page.Event.Municipality) ?> (<?cs var:Page.Event.Municipality ?>)<?cs /if ?></dd><?cs
/if ?><?cs
if:string.length(Page.Event.OnlineUrl) ?>
<dt><?cs var:Lang.Events.Field.online_url ?></dt>
<dd><a href="<?cs var:url_validate(Page.Event.OnlineUrl) ?>"><?cs var:Page.Event.OnlineUrl ?></a></dd><?cs
/if ?><?cs
if:string.length(Page.Event.Org.Name) ?>
<dt><?cs var:Lang.Events.Field.org ?></dt>
<dd><a href="/orgs/<?cs var:Page.Event.Org.Id ?>"><?cs var:Page.Event.Org.Name ?></a></dd><?cs
/if ?><?cs
if:string.length(Page.Event.Field) ?>
<dt><?cs var:Lang.Events.Field.field ?></dt>
<dd><?cs var:Page.Event.Field ?></dd><?cs
/if ?><?cs
if:Page.Events.Group.Slug ?>
<dt><?cs var:Lang.Events.List.Group ?></dt>
<dd><a href="/g/<?cs var:Page.Events.Group.Slug ?>"><?cs var:Page.Events.Group.Name ?></a></dd><?cs
/if ?><?cs
if:string.length(Page.Event.Creator.Name) ?>
<dt><?cs var:Lang.Events.Show.Creator ?></dt>
<dd><a href="/people/<?cs var:Page.Event.Creator.Id ?>"><?cs var:Page.Event.Creator.Name ?></a></dd><?cs
/if ?>
</dl>
<p><a href="<?cs var:Page.Event.Path ?>.ics"><?cs var:Lang.Events.Show.Ics ?></a></p>
</section><?cs
if:string.length(Page.Event.Description) ?>
<section class="panel" aria-labelledby="about-title">
<h2 id="about-title"><?cs var:Lang.Events.Show.About ?></h2>
<div class="prose"><?cs var:markdown(Page.Event.Description) ?></div>
</section><?cs
/if ?>

<section class="panel" aria-labelledby="rsvp-title">
<h2 id="rsvp-title"><?cs var:Lang.Events.Show.Rsvp ?></h2>
<p><?cs var:Page.Rsvp.Taken ?> <?cs var:Lang.Events.Show.Coming ?><?cs
if:Page.Event.Capacity ?>, <?cs var:Page.Rsvp.Free ?> <?cs var:Lang.Events.Show.FreeOf ?> <?cs var:Page.Event.Capacity ?><?cs /if ?><?cs
if:#Page.Rsvp.Waiting > #0 ?>, <?cs var:Page.Rsvp.Waiting ?> <?cs var:Lang.Events.Show.OnWaitingList ?><?cs /if ?><?cs
if:#Page.Rsvp.Maybe > #0 ?>, <?cs var:Page.Rsvp.Maybe ?> <?cs var:Lang.Events.Show.Maybe ?><?cs /if ?>.</p><?cs
if:Page.Event.Deadline.At ?>
<p><?cs var:Lang.Events.Show.Deadline ?> <time datetime="<?cs var:Page.Event.Deadline.At ?>"><?cs var:Page.Event.Deadline.AtText ?></time></p><?cs
/if ?><?cs
if:Page.Rsvp.Mine ?>
<p class="rsvp-mine"><strong><?cs var:Lang.Events.Show.YourAnswer ?> <?cs
  if:Page.Rsvp.Mine == "yes" && Page.Rsvp.MineWaiting == 1 ?><?cs var:Lang.Events.Status.waiting ?><?cs
  else ?><?cs var:Lang.Events.Status[Page.Rsvp.Mine] ?><?cs /if ?></strong></p><?cs
/if ?><?cs
if:Page.Rsvp.Open == 1 ?>
<form class="form-inline-actions" method="post" action="<?cs var:Page.Event.Path ?>/rsvp"><?cs
call:csrf() ?><?cs
  if:Page.Rsvp.Mine != "yes" ?>
<button type="submit" class="button" name="answer" value="yes"><?cs var:Lang.Events.Show.AnswerYes ?></button><?cs /if ?><?cs
  if:Page.Rsvp.Mine != "maybe" ?>
<button type="submit" class="button button-secondary" name="answer" value="maybe"><?cs var:Lang.Events.Show.AnswerMaybe ?></button><?cs /if ?><?cs
  if:Page.Rsvp.Mine != "no" ?>
<button type="submit" class="button button-secondary" name="answer" value="no"><?cs var:Lang.Events.Show.AnswerNo ?></button><?cs /if ?>
</form><?cs
elif:Page.Rsvp.CanCancel == 1 ?>
<p><?cs var:Lang.Events.Show.DeadlinePassed ?></p>
<form class="form-inline-actions" method="post" action="<?cs var:Page.Event.Path ?>/rsvp"><?cs
call:csrf() ?>
<button type="submit" class="button button-secondary" name="answer" value="no"><?cs var:Lang.Events.Show.AnswerNo ?></button>
</form><?cs
elif:Page.Rsvp.DeadlinePassed == 1 ?>
<p><?cs var:Lang.Events.Show.DeadlinePassed ?></p><?cs
/if ?><?cs
if:Page.ShowComing == 1 ?>
<h3><?cs var:Lang.Events.Show.WhoComes ?></h3><?cs
  if:subcount(Page.Coming) == 0 ?>
<p class="empty"><?cs var:Lang.Events.Show.NobodyYet ?></p><?cs
  else ?>
<ul class="link-list"><?cs
    each:c = Page.Coming ?>
<li><a href="/people/<?cs var:c.Id ?>"><?cs var:c.Name ?></a></li><?cs
    /each ?>
</ul><?cs
  /if ?><?cs
/if ?>
</section>

<section class="panel" aria-labelledby="dates-title">
<h2 id="dates-title"><?cs var:Lang.Events.Show.Dates ?></h2>
<ul class="link-list event-dates"><?cs
each:d = Page.Dates ?>
<li><time datetime="<?cs var:d.Start.At ?>"><?cs var:d.Weekday ?>, <?cs var:d.DateText ?><?cs if:Page.Event.AllDay != 1 ?>, <?cs var:d.Clock ?>–<?cs var:d.EndClock ?><?cs /if ?></time><?cs
  if:d.Cancelled == 1 ?> <span class="badge badge-archived"><?cs var:Lang.Events.Cancelled ?></span><?cs
  elif:Page.Event.Organiser == 1 && d.Past != 1 && Page.Event.Repeat != "none" && !Page.Event.Cancelled.At ?>
<form class="inline-form" method="post" action="<?cs var:Page.Event.Path ?>/dates/<?cs var:d.Key ?>/cancel"><?cs
  call:csrf() ?><button type="submit" class="button button-secondary button-small"><?cs var:Lang.Events.Show.CancelDate ?><span class="vh">: <?cs var:d.DateText ?></span></button></form><?cs
  /if ?></li><?cs
/each ?>
</ul>
</section><?cs

if:Page.Event.Organiser == 1 ?>
<section class="panel" aria-labelledby="manage-title">
<h2 id="manage-title"><?cs var:Lang.Events.Show.Manage ?></h2>
<ul class="link-list"><?cs
  if:!Page.Event.Cancelled.At ?>
<li><a href="<?cs var:Page.Event.Path ?>/edit"><?cs var:Lang.Events.Show.Edit ?></a></li><?cs /if ?>
<li><a href="<?cs var:Page.Event.Path ?>/attendees"><?cs var:Lang.Events.Show.Attendees ?></a></li>
<li><a href="<?cs var:Page.Event.Path ?>/attendees.csv"><?cs var:Lang.Events.Show.AttendeesCsv ?></a></li>
</ul><?cs
  if:!Page.Event.Cancelled.At ?>
<form method="post" action="<?cs var:Page.Event.Path ?>/cancel"><?cs
  call:csrf() ?>
<p class="hint" id="h-cancel"><?cs var:Lang.Events.Show.CancelHint ?></p>
<button type="submit" class="button button-secondary" aria-describedby="h-cancel"><?cs var:Lang.Events.Show.CancelEvent ?></button>
</form><?cs
  /if ?>
</section><?cs
/if ?>
<p><a href="<?cs var:Page.Events.Base ?>"><?cs var:Lang.Events.Show.Back ?></a></p><?cs
/def ?><?cs include:"layout.cs" ?>
