<?cs include:"macros.cs" ?><?cs # /notifications/unsubscribe/UID/WHAT/SIG
  (cgi/home/unsubscribe.c): what the button stops, then that it is
  stopped. Reads Page.What (a type of Lang.Notify.Type, or daily /
  weekly), Page.Action (the signed link to post to), Page.Done (1 after
  the POST). Works signed out. ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1><?cs
if:Page.Done == 1 ?>
<p role="status"><?cs var:Lang.Home.Unsub.Done ?></p><?cs
else ?>
<p><?cs var:Lang.Home.Unsub.Question ?></p><?cs
/if ?>
<p><strong><?cs if:Page.What == "daily" || Page.What == "weekly" ?><?cs var:Lang.Home.Unsub.Digest[Page.What] ?><?cs else ?><?cs var:Lang.Notify.Type[Page.What] ?><?cs /if ?></strong></p><?cs
if:Page.Done != 1 ?>
<form method="post" action="<?cs var:Page.Action ?>"><?cs call:csrf() ?><?cs call:submit(Lang.Home.Unsub.Button) ?></form><?cs
/if ?>
<p><?cs var:Lang.Home.Unsub.Later ?> <a href="/account#sec-notifications"><?cs var:Lang.Home.Unsub.Settings ?></a></p>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
