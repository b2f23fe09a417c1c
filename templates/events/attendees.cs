<?cs include:"macros.cs" ?><?cs # .../events/ID/attendees: who answered, for the
  organisers (cgi/events/attendees.c). Reads Page.Event.* (Title, Path),
  Page.Attendees.N.Id / .Name / .Status (yes, waiting, maybe, no) /
  .Answered.At / .AtText. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1>
<p><a href="<?cs var:Page.Event.Path ?>"><?cs var:Page.Event.Title ?></a> · <a href="<?cs var:Page.Event.Path ?>/attendees.csv"><?cs var:Lang.Events.Show.AttendeesCsv ?></a></p>
<section class="panel" aria-labelledby="list-title">
<h2 id="list-title"><?cs var:Lang.Events.Attendees.List ?></h2><?cs
if:subcount(Page.Attendees) == 0 ?>
<p class="empty"><?cs var:Lang.Events.Attendees.None ?></p><?cs
else ?>
<table class="sessions">
<thead><tr><th scope="col"><?cs var:Lang.Events.Csv.Name ?></th><th scope="col"><?cs var:Lang.Events.Csv.Status ?></th><th scope="col"><?cs var:Lang.Events.Csv.Answered ?></th></tr></thead>
<tbody><?cs
  each:a = Page.Attendees ?>
<tr><td><a href="/people/<?cs var:a.Id ?>"><?cs var:a.Name ?></a></td><td><?cs var:Lang.Events.Status[a.Status] ?></td><td><time datetime="<?cs var:a.Answered.At ?>"><?cs var:a.Answered.AtText ?></time></td></tr><?cs
  /each ?>
</tbody>
</table><?cs
/if ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
