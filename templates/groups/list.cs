<?cs include:"macros.cs" ?><?cs # /groups: the groups the user may know of
  (cgi/groups/pages_list.c). Reads Page.Filter.Q (the search text) /
  .Mine (1/0), Page.CanCreate (1: the "start a group" link),
  Page.Groups.N.Slug / .Name / .Initial (first letter, for a group
  without picture) / .HasPicture / .Excerpt (plain text, absent when the
  group has no description) / .Visibility (open|closed|private) / .Members
  (the stored count) / .Archived (1/0) / .State (invited|requested|active,
  absent: no row) / .Role (member|moderator|owner, only when active),
  Page.Pager.Total / .Page / .Pages / .Query. Visibility, archived and the
  user's state are words, not only colours or icons. ?><?cs

def:main() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Groups.List.Intro ?></p><?cs
if:Page.CanCreate == 1 ?>
<p><a class="button button-secondary" href="/groups/new"><?cs var:Lang.Groups.List.Create ?></a></p><?cs
/if ?>

<div class="panel">
<h2 id="filter-title" class="vh"><?cs var:Lang.Groups.List.FilterTitle ?></h2>
<form class="filter-form" method="get" action="/groups" role="search" aria-labelledby="filter-title">
<div class="field filter-q">
<label for="f-q"><?cs var:Lang.Groups.List.Q ?></label>
<p class="hint" id="h-q"><?cs var:Lang.Groups.List.QHint ?></p>
<input id="f-q" name="q" type="search" value="<?cs var:Page.Filter.Q ?>" maxlength="100" aria-describedby="h-q">
</div>
<div class="field choice group-mine">
<input id="f-mine" name="mine" type="checkbox" value="1"<?cs if:Page.Filter.Mine == 1 ?> checked<?cs /if ?>>
<label for="f-mine"><?cs var:Lang.Groups.List.Mine ?></label>
</div>
<div class="actions filter-actions">
<button type="submit" class="button"><?cs var:Lang.Groups.List.Search ?></button><?cs
if:string.length(Page.Filter.Q) || Page.Filter.Mine == 1 ?>
<a href="/groups"><?cs var:Lang.Groups.List.Reset ?></a><?cs
/if ?>
</div>
</form>
</div>

<section class="panel" aria-labelledby="results-title"><?cs
if:#Page.Pager.Total > #0 ?>
<h2 id="results-title"><?cs var:Page.Pager.Total ?> <?cs
  if:#Page.Pager.Total == #1 ?><?cs var:Lang.Groups.List.FoundOne ?><?cs
  else ?><?cs var:Lang.Groups.List.FoundMany ?><?cs /if ?><?cs
  if:#Page.Pager.Pages > #1 ?><span class="results-page"><span class="vh">, </span><?cs
  var:Lang.Pager.Page ?> <?cs var:Page.Pager.Page ?> <?cs var:Lang.Groups.List.Of ?> <?cs var:Page.Pager.Pages ?></span><?cs
  /if ?></h2>
<ul class="group-list"><?cs
each:g = Page.Groups ?>
<li class="group-item<?cs if:g.Archived == 1 ?> group-item-archived<?cs /if ?>"><?cs
  if:g.HasPicture == 1 ?>
<img class="group-thumb" src="/g/<?cs var:g.Slug ?>/picture" alt="" width="64" height="64"><?cs
  else ?>
<span class="group-thumb group-initial" aria-hidden="true"><?cs var:g.Initial ?></span><?cs
  /if ?>
<div class="group-text">
<h3 class="group-name"><a href="/g/<?cs var:g.Slug ?>"><?cs var:g.Name ?></a></h3>
<p class="group-facts"><span class="badge badge-visibility"><span class="vh"><?cs var:Lang.Groups.VisibilityLabel ?> </span><?cs var:Lang.Groups.Visibility[g.Visibility] ?></span> <?cs
  if:g.Archived == 1 ?><span class="badge badge-archived"><?cs var:Lang.Groups.Archived ?></span> <?cs /if ?><?cs
  if:g.State == "active" ?><span class="badge badge-state"><span class="vh"><?cs var:Lang.Groups.YourState ?> </span><?cs var:Lang.Groups.Role[g.Role] ?></span> <?cs
  elif:g.State == "invited" || g.State == "requested" ?><span class="badge badge-state"><span class="vh"><?cs var:Lang.Groups.YourState ?> </span><?cs var:Lang.Groups.State[g.State] ?></span> <?cs
  /if ?><span class="group-count"><?cs var:g.Members ?> <?cs
  if:#g.Members == #1 ?><?cs var:Lang.Groups.MembersOne ?><?cs else ?><?cs var:Lang.Groups.MembersMany ?><?cs /if ?></span></p><?cs
  if:string.length(g.Excerpt) ?>
<p class="group-excerpt"><?cs var:g.Excerpt ?></p><?cs
  /if ?>
</div>
</li><?cs
/each ?>
</ul><?cs
else ?>
<h2 id="results-title"><?cs var:Lang.Groups.List.FoundNone ?></h2><?cs
  if:Page.Filter.Mine == 1 && !string.length(Page.Filter.Q) ?>
<p><?cs var:Lang.Groups.List.NoneMine ?></p><?cs
  else ?>
<p><?cs var:Lang.Groups.List.NoneHint ?></p><?cs
  /if ?><?cs
  if:string.length(Page.Filter.Q) || Page.Filter.Mine == 1 ?>
<p><a href="/groups"><?cs var:Lang.Groups.List.ShowAll ?></a></p><?cs
  /if ?><?cs
/if ?><?cs
call:pager("/groups") ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
