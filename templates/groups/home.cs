<?cs include:"macros.cs" ?><?cs include:"groups/membership.cs" ?><?cs # /g/SLUG: a group's home page
  (cgi/groups/pages_home.c; who sees what is explained there).
  Reads Page.Group.* from group_begin (Slug, Name, Visibility, Archived,
  Role, State, Read, Members, Join, Request, Settings, Archive: 1/0 or
  words) and from the group's row: .Description (Markdown, rendered by
  markdown(); absent when empty), .HasPicture, .Initial, .MemberCount,
  .Archived.At / .AtText, .ArchivedBy, .Created.At / .AtText;
  Page.Topics.N.Id / .Title / .Replies / .Last.At / .Last.AtText /
  .Last.UserId / .Last.User (readers only), Page.GroupMembers.N.Id /
  .Name / .Role / .OrgId / .Org (access.members only).
  The buttons of the membership post to the members part's URLs
  (/g/SLUG/members/join, request, cancel, accept, decline, leave). ?><?cs

def:main() ?>
<div class="panel group-head"><?cs
if:Page.Group.HasPicture == 1 ?>
<img class="group-picture" src="/g/<?cs var:Page.Group.Slug ?>/picture" alt="<?cs var:Lang.Groups.Home.PictureAlt ?>"><?cs
else ?>
<span class="group-picture group-initial" aria-hidden="true"><?cs var:Page.Group.Initial ?></span><?cs
/if ?>
<div class="group-intro">
<h1><?cs var:Page.Title ?></h1>
<p class="group-facts"><span class="badge badge-visibility"><span class="vh"><?cs var:Lang.Groups.VisibilityLabel ?> </span><?cs var:Lang.Groups.Visibility[Page.Group.Visibility] ?></span><?cs
  if:Page.Group.Archived == 1 ?> <span class="badge badge-archived"><?cs var:Lang.Groups.Archived ?></span><?cs /if ?>
<span class="group-count"><?cs var:Page.Group.MemberCount ?> <?cs
  if:#Page.Group.MemberCount == #1 ?><?cs var:Lang.Groups.MembersOne ?><?cs else ?><?cs var:Lang.Groups.MembersMany ?><?cs /if ?></span></p>
<p class="hint"><?cs var:Lang.Groups.VisibilityHint[Page.Group.Visibility] ?></p><?cs
if:Page.Group.Created.At ?>
<p class="hint"><?cs var:Lang.Groups.Home.Founded ?> <time datetime="<?cs var:Page.Group.Created.At ?>"><?cs var:Page.Group.Created.AtText ?></time></p><?cs
/if ?>
</div>
</div><?cs

if:Page.Group.Archived == 1 ?>
<div class="alert alert-info group-archived"><p><?cs if:Page.Group.Read == 1 ?><?cs var:Lang.Groups.Home.ArchivedNotice ?><?cs else ?><?cs var:Lang.Groups.Home.ArchivedNoticeNoRead ?><?cs /if ?></p><?cs
  if:Page.Group.Archived.At ?>
<p><?cs var:Lang.Groups.Home.ArchivedSince ?> <time datetime="<?cs var:Page.Group.Archived.At ?>"><?cs var:Page.Group.Archived.AtText ?></time><?cs
    if:string.length(Page.Group.ArchivedBy) ?> <?cs var:Lang.Groups.Home.ArchivedBy ?> <?cs var:Page.Group.ArchivedBy ?><?cs /if ?></p><?cs
  /if ?></div><?cs
/if ?>

<?cs call:membership(Lang.Groups.Home.YourStatus) ?><?cs

if:Page.Group.Settings == 1 || Page.Group.Archive == 1 ?>
<nav class="panel group-manage" aria-labelledby="manage-title">
<h2 id="manage-title"><?cs var:Lang.Groups.Home.Manage ?></h2>
<ul class="link-list">
<li><a href="/g/<?cs var:Page.Group.Slug ?>/settings"><?cs
  if:Page.Group.Settings == 1 ?><?cs var:Lang.Groups.Home.Settings ?><?cs
  else ?><?cs var:Lang.Groups.Home.ArchiveLink ?><?cs /if ?></a></li>
</ul>
</nav><?cs
/if ?><?cs

# The description: for everybody who knows the group (see pages_home.c:
  a closed group's outsiders decide by it whether to ask to join; a
  private group's invited person what they accept). ?>
<section class="panel" aria-labelledby="about-title">
<h2 id="about-title"><?cs var:Lang.Groups.Home.About ?></h2><?cs
if:string.length(Page.Group.Description) ?>
<div class="prose"><?cs var:markdown(Page.Group.Description) ?></div><?cs
else ?>
<p class="empty"><?cs var:Lang.Groups.Home.NoDescription ?></p><?cs
/if ?><?cs
if:Page.Group.Read != 1 ?>
<p class="hint group-members-only"><?cs var:Lang.Groups.Home.ContentForMembers ?></p><?cs
/if ?>
</section><?cs

if:Page.Group.Read == 1 ?>
<section class="panel" aria-labelledby="topics-title">
<h2 id="topics-title"><?cs var:Lang.Groups.Home.Topics ?></h2><?cs
  if:subcount(Page.Topics) > 0 ?>
<ul class="group-topics"><?cs
    each:t = Page.Topics ?>
<li><a class="group-topic-title" href="/g/<?cs var:Page.Group.Slug ?>/forum/t/<?cs var:t.Id ?>"><?cs var:t.Title ?></a>
<p class="group-topic-meta"><?cs var:Lang.Groups.Home.Replies ?> <?cs var:t.Replies ?> · <?cs var:Lang.Groups.Home.LastPost ?> <time datetime="<?cs var:t.Last.At ?>"><?cs var:t.Last.AtText ?></time><?cs
      if:string.length(t.Last.User) ?> <?cs var:Lang.Groups.Home.LastBy ?> <?cs var:t.Last.User ?><?cs /if ?></p></li><?cs
    /each ?>
</ul><?cs
  else ?>
<p class="empty"><?cs var:Lang.Groups.Home.NoTopics ?></p><?cs
  /if ?>
<p><a href="/g/<?cs var:Page.Group.Slug ?>/forum"><?cs var:Lang.Groups.Home.ToForum ?></a></p>
</section><?cs
/if ?><?cs

# The group's next events (the events program's dates, for readers):
  Page.GroupEvents.N.Id / .Title / .Start.At / .Start.AtText / .AllDay /
  .DayText (all-day: the date alone) / .Cancelled (1/0). ?><?cs
if:Page.Group.Read == 1 ?>
<section class="panel" aria-labelledby="events-title">
<h2 id="events-title"><?cs var:Lang.Groups.Home.Events ?></h2><?cs
  if:subcount(Page.GroupEvents) > 0 ?>
<ul class="link-list group-events"><?cs
    each:e = Page.GroupEvents ?>
<li><time datetime="<?cs var:e.Start.At ?>"><?cs
      if:e.AllDay == 1 ?><?cs var:e.DayText ?> (<?cs var:Lang.Groups.Home.EventAllDay ?>)<?cs
      else ?><?cs var:e.Start.AtText ?><?cs /if ?></time>: <a href="/g/<?cs var:Page.Group.Slug ?>/events/<?cs var:e.Id ?>"><?cs var:e.Title ?></a><?cs
      if:e.Cancelled == 1 ?> <span class="badge badge-archived"><?cs var:Lang.Groups.Home.EventCancelled ?></span><?cs /if ?></li><?cs
    /each ?>
</ul><?cs
  else ?>
<p class="empty"><?cs var:Lang.Groups.Home.NoEvents ?></p><?cs
  /if ?>
<p><a href="/g/<?cs var:Page.Group.Slug ?>/events"><?cs var:Lang.Groups.Home.ToEvents ?></a></p>
</section><?cs
/if ?><?cs

# The group's newest documents (the docs program's library), for readers:
  Page.Docs.N.Id / .Title / .FileName / .Updated.At / .AtText. ?><?cs
if:Page.Group.Read == 1 ?>
<section class="panel" aria-labelledby="docs-title">
<h2 id="docs-title"><?cs var:Lang.Docs.Home.Title ?></h2><?cs
  if:subcount(Page.Docs) > 0 ?>
<ul class="group-docs"><?cs
    each:d = Page.Docs ?>
<li><a href="/g/<?cs var:Page.Group.Slug ?>/docs/d/<?cs var:d.Id ?>"><?cs var:d.Title ?></a>
<p class="group-topic-meta"><?cs var:d.FileName ?> · <?cs var:Lang.Docs.Home.Changed ?> <time datetime="<?cs var:d.Updated.At ?>"><?cs var:d.Updated.AtText ?></time></p></li><?cs
    /each ?>
</ul><?cs
  else ?>
<p class="empty"><?cs var:Lang.Docs.Home.None ?></p><?cs
  /if ?>
<p><a href="/g/<?cs var:Page.Group.Slug ?>/docs"><?cs var:Lang.Docs.Home.ToLibrary ?></a></p>
</section><?cs
/if ?><?cs


if:Page.Group.Members == 1 ?>
<section class="panel" aria-labelledby="members-title">
<h2 id="members-title"><?cs var:Lang.Groups.Home.Members ?></h2><?cs
  if:subcount(Page.GroupMembers) > 0 ?>
<ul class="people-list group-members"><?cs
    each:m = Page.GroupMembers ?>
<li class="person">
<img class="person-thumb" src="/people/<?cs var:m.Id ?>/thumb" alt="" width="48" height="48">
<div class="person-text">
<a class="person-name" href="/people/<?cs var:m.Id ?>"><?cs var:m.Name ?></a><?cs
      if:m.Role == "owner" || m.Role == "moderator" ?> <span class="badge"><?cs var:Lang.Groups.Role[m.Role] ?></span><?cs /if ?><?cs
      if:string.length(m.Org) ?>
<p><?cs var:m.Org ?></p><?cs
      /if ?>
</div>
</li><?cs
    /each ?>
</ul><?cs
  else ?>
<p class="empty"><?cs var:Lang.Groups.Home.NoMembers ?></p><?cs
  /if ?>
<p><a href="/g/<?cs var:Page.Group.Slug ?>/members"><?cs var:Lang.Groups.Home.AllMembers ?></a></p>
</section><?cs
/if ?>

<p><a href="/groups"><?cs var:Lang.Groups.Home.BackToList ?></a></p><?cs
/def ?><?cs include:"layout.cs" ?>
