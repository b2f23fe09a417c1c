<?cs include:"macros.cs" ?><?cs # The new address of the personal calendar feed,
  shown once after it was made (cgi/events/ics.c: only its hash is kept).
  Reads Page.FeedUrl. ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1>
<p><?cs var:Lang.Events.Feed.Intro ?></p>
<div class="field">
<label for="f-feed"><?cs var:Lang.Events.Feed.Address ?></label>
<p class="hint" id="h-feed"><?cs var:Lang.Events.Feed.Hint ?></p>
<input id="f-feed" type="text" readonly value="<?cs var:Page.FeedUrl ?>" aria-describedby="h-feed">
</div>
<p><a href="/account#sec-calendar"><?cs var:Lang.Events.Feed.Back ?></a></p>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
