<?cs include:"macros.cs" ?><?cs include:"home/notes.cs" ?><?cs # /notifications
  (cgi/home/notifications.c): the member's notifications, newest first.
  Reads Page.Notes.N.* (see notes.cs), Page.Upto (the newest id: the
  "mark all read" form, page 1 only), Page.Pager.*. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Home.Notes.Intro ?></p>
<section class="panel" aria-labelledby="notes-title">
<h2 id="notes-title" class="vh"><?cs var:Page.Title ?></h2><?cs
if:subcount(Page.Notes) > 0 ?><?cs
  if:string.length(Page.Upto) ?>
<form method="post" action="/notifications/read"><?cs call:csrf() ?>
<input type="hidden" name="upto" value="<?cs var:Page.Upto ?>">
<button type="submit" class="button button-secondary"><?cs var:Lang.Home.Notes.MarkAll ?></button>
</form><?cs
  /if ?>
<ul class="note-list"><?cs
  each:n = Page.Notes ?><?cs call:note(n) ?><?cs /each ?>
</ul><?cs
else ?>
<p class="empty"><?cs var:Lang.Home.Notes.Empty ?></p><?cs
/if ?>
</section><?cs
call:pager("/notifications") ?>
<p><a href="/account#sec-notifications"><?cs var:Lang.Home.Notes.Settings ?></a></p><?cs
/def ?><?cs include:"layout.cs" ?>
