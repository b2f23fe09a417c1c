<?cs include:"macros.cs" ?><?cs include:"home/notes.cs" ?><?cs # / signed in
  (cgi/home/dashboard.c): a few items of each section, a link to the
  full list. Reads Page.Notes.N.* (notes.cs), Page.Invites.N.Slug /
  .Name / .Since.At / .AtText, Page.Requests.N.Slug / .Name / .Count,
  Page.Groups.N.Slug / .Name / .Archived / .Unread / .Topic.Id / .Title
  / .Last.At / .AtText, Page.Watched.N.Link / .Title / .Category /
  .Group / .Created.At / .AtText, Page.Events.N.Link / .Title / .Group /
  .Starts.At / .AtText (a time) or .Day.At / .AtText (an all-day date) /
  .Answer (Yes, Maybe, Waiting; none for a group's event not answered),
  Page.Docs.N.Link / .Title / .Library / .By / .Added.At / .AtText. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Home.Dash.Hello ?>, <?cs var:User.Name ?>!</p><?cs

if:subcount(Page.Invites) > 0 || subcount(Page.Requests) > 0 ?>
<section class="panel" aria-labelledby="waiting-title">
<h2 id="waiting-title"><?cs if:subcount(Page.Invites) > 0 ?><?cs var:Lang.Home.Dash.Invites ?><?cs else ?><?cs var:Lang.Home.Dash.Requests ?><?cs /if ?></h2><?cs
  if:subcount(Page.Invites) > 0 ?>
<ul class="dash-list dash-invites"><?cs
    each:i = Page.Invites ?>
<li><a href="/g/<?cs var:i.Slug ?>"><?cs var:i.Name ?></a>
<p class="note-meta"><?cs var:Lang.Home.Dash.InvitedSince ?> <time datetime="<?cs var:i.Since.At ?>"><?cs var:i.Since.AtText ?></time></p></li><?cs
    /each ?>
</ul><?cs
  /if ?><?cs
  if:subcount(Page.Requests) > 0 ?><?cs
    if:subcount(Page.Invites) > 0 ?>
<h3><?cs var:Lang.Home.Dash.Requests ?></h3><?cs /if ?>
<ul class="dash-list dash-requests"><?cs
    each:q = Page.Requests ?>
<li><a href="/g/<?cs var:q.Slug ?>/members"><?cs var:q.Name ?></a>
<p class="note-meta"><?cs var:Lang.Home.Dash.RequestsCount ?> <?cs var:q.Count ?></p></li><?cs
    /each ?>
</ul><?cs
  /if ?>
</section><?cs
/if ?>
<div class="dash-grid">
<section class="panel" aria-labelledby="notes-title">
<h2 id="notes-title"><?cs var:Lang.Home.Dash.Notes ?></h2><?cs
if:subcount(Page.Notes) > 0 ?>
<ul class="note-list"><?cs each:n = Page.Notes ?><?cs call:note(n) ?><?cs /each ?></ul><?cs
else ?>
<p class="empty"><?cs var:Lang.Home.Dash.NoNotes ?></p><?cs
/if ?>
<p><a href="/notifications"><?cs var:Lang.Home.Dash.AllNotes ?></a></p>
</section>
<section class="panel" aria-labelledby="groups-title">
<h2 id="groups-title"><?cs var:Lang.Home.Dash.Groups ?></h2><?cs
if:subcount(Page.Groups) > 0 ?>
<ul class="dash-list dash-groups"><?cs
  each:g = Page.Groups ?>
<li><a href="/g/<?cs var:g.Slug ?>"><?cs var:g.Name ?></a><?cs
    if:g.Archived == 1 ?> <span class="badge badge-archived"><?cs var:Lang.Groups.Archived ?></span><?cs /if ?><?cs
    if:#g.Unread > #0 ?> <span class="badge"><?cs var:Lang.Home.Dash.Unread ?> <?cs var:g.Unread ?></span><?cs /if ?>
<p class="note-meta"><?cs
    if:string.length(g.Topic.Id) ?><?cs var:Lang.Home.Dash.Newest ?> <a href="/g/<?cs var:g.Slug ?>/forum/t/<?cs var:g.Topic.Id ?>"><?cs var:g.Topic.Title ?></a> · <time datetime="<?cs var:g.Topic.Last.At ?>"><?cs var:g.Topic.Last.AtText ?></time><?cs
    else ?><?cs var:Lang.Home.Dash.NoTopics ?><?cs /if ?></p></li><?cs
  /each ?>
</ul>
<p><a href="/groups?mine=1"><?cs var:Lang.Home.Dash.AllGroups ?></a></p><?cs
else ?>
<p class="empty"><?cs var:Lang.Home.Dash.NoGroups ?></p>
<p><a href="/groups"><?cs var:Lang.Home.Dash.FindGroups ?></a></p><?cs
/if ?>
</section>
<section class="panel" aria-labelledby="watched-title">
<h2 id="watched-title"><?cs var:Lang.Home.Dash.Watched ?></h2><?cs
if:subcount(Page.Watched) > 0 ?>
<ul class="dash-list dash-watched"><?cs
  each:t = Page.Watched ?>
<li><a href="<?cs var:t.Link ?>"><?cs var:t.Title ?></a>
<p class="note-meta"><?cs var:t.Category ?><?cs if:string.length(t.Group) ?> · <?cs var:t.Group ?><?cs /if ?> · <time datetime="<?cs var:t.Created.At ?>"><?cs var:t.Created.AtText ?></time></p></li><?cs
  /each ?>
</ul><?cs
else ?>
<p class="empty"><?cs var:Lang.Home.Dash.NoWatched ?></p><?cs
/if ?>
<p><a href="/forum"><?cs var:Lang.Home.Dash.ToForum ?></a></p>
</section>
<section class="panel" aria-labelledby="events-title">
<h2 id="events-title"><?cs var:Lang.Home.Dash.Events ?></h2><?cs
if:subcount(Page.Events) > 0 ?>
<ul class="dash-list dash-events"><?cs
  each:e = Page.Events ?>
<li><a href="<?cs var:e.Link ?>"><?cs var:e.Title ?></a>
<p class="note-meta"><?cs
    if:e.Day.At ?><time datetime="<?cs var:e.Day.At ?>"><?cs var:e.Day.AtText ?></time> (<?cs var:Lang.Home.Dash.AllDay ?>)<?cs
    else ?><time datetime="<?cs var:e.Starts.At ?>"><?cs var:e.Starts.AtText ?></time><?cs /if ?><?cs
    if:string.length(e.Group) ?> · <?cs var:e.Group ?><?cs /if ?><?cs
    if:string.length(e.Answer) ?> · <?cs var:Lang.Home.Dash[e.Answer] ?><?cs /if ?></p></li><?cs
  /each ?>
</ul><?cs
else ?>
<p class="empty"><?cs var:Lang.Home.Dash.NoEvents ?></p><?cs
/if ?>
<p><a href="/events"><?cs var:Lang.Home.Dash.AllEvents ?></a></p>
</section>
<section class="panel" aria-labelledby="docs-title">
<h2 id="docs-title"><?cs var:Lang.Home.Dash.Docs ?></h2><?cs
if:subcount(Page.Docs) > 0 ?>
<ul class="dash-list dash-docs"><?cs
  each:d = Page.Docs ?>
<li><a href="<?cs var:d.Link ?>"><?cs var:d.Title ?></a>
<p class="note-meta"><?cs var:d.Library ?><?cs if:string.length(d.By) ?> · <?cs var:Lang.Home.Notes.By ?> <?cs var:d.By ?><?cs /if ?> · <time datetime="<?cs var:d.Added.At ?>"><?cs var:d.Added.AtText ?></time></p></li><?cs
  /each ?>
</ul><?cs
else ?>
<p class="empty"><?cs var:Lang.Home.Dash.NoDocs ?></p><?cs
/if ?>
<p><a href="/docs"><?cs var:Lang.Home.Dash.ToDocs ?></a></p>
</section>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
