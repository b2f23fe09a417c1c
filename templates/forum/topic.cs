<?cs include:"macros.cs" ?><?cs include:"forum/read_parts.cs" ?><?cs # {base}/t/ID?page=N: a
  topic's posts (cgi/forum/read_topic.c). Reads Page.Forum.* (scope.c;
  .Heading, .CanModerate), Page.Topic.Id / .Title / .Pinned / .Locked /
  .Watching / .CanReply / .Link, Page.Category.Id / .Name, Page.Posts.N.Id
  / .AuthorId / .Author (absent: the account is gone) / .OrgId / .Org
  (the author's first organisation, may be absent) / .At / .AtText / .Ago
  / .IsFirst / .Deleted / .Hidden / .HiddenReason / .Body (Markdown,
  rendered by markdown(); absent for deleted posts, and for hidden ones
  unless the user moderates) / .Edited (1: link the history) / .CanQuote
  / .CanEdit / .CanReport / .CanHide / .CanRestore / .CanSplit (1/0: the
  other parts' pages that will serve the user), Page.Pager.* (.Total:
  the posts). ?><?cs

# The reply link: at the top and after the posts. ?><?cs
def:topic_reply() ?><?cs if:Page.Topic.CanReply == 1 ?>
<a class="button" href="<?cs var:Page.Topic.Link ?>/reply"><?cs var:Lang.Forum.Topic.Reply ?></a><?cs
/if ?><?cs /def ?><?cs

# A moderator's yes/no button for the topic: action (pin, lock), on
  (the current state), the two texts. ?><?cs
def:topic_flag(action, on, set, unset) ?>
<form class="inline-form" method="post" action="<?cs var:Page.Topic.Link ?>/<?cs var:action ?>"><?cs
call:csrf() ?>
<input type="hidden" name="value" value="<?cs if:on == 1 ?>0<?cs else ?>1<?cs /if ?>">
<button type="submit" class="button button-secondary button-small"><?cs
  if:on == 1 ?><?cs var:unset ?><?cs else ?><?cs var:set ?><?cs /if ?></button>
</form><?cs /def ?><?cs

def:main() ?><?cs
call:read_crumbs(Page.Topic.Title) ?>
<h1><?cs var:Page.Topic.Title ?></h1><?cs
if:Page.Topic.Pinned == 1 || Page.Topic.Locked == 1 ?>
<p class="forum-badges"><?cs
  if:Page.Topic.Pinned == 1 ?><span class="badge"><?cs var:Lang.Forum.Badge.Pinned ?></span> <?cs /if ?><?cs
  if:Page.Topic.Locked == 1 ?><span class="badge"><?cs var:Lang.Forum.Badge.Locked ?></span><?cs /if ?></p><?cs
/if ?><?cs
call:read_notes() ?><?cs
if:Page.Topic.Locked == 1 ?>
<div class="alert alert-info forum-note"><p><?cs var:Lang.Forum.Topic.Locked ?></p></div><?cs
/if ?>
<div class="forum-toolbar"><?cs
call:topic_reply() ?><?cs
call:read_watch(Page.Topic.Link + "/watch", Page.Topic.Watching, Lang.Forum.Topic.Watch, Lang.Forum.Topic.Unwatch, Page.Pager.Page) ?>
</div><?cs
if:Page.Topic.Watching == 1 ?>
<p class="hint forum-watching"><?cs var:Lang.Forum.Topic.Watching ?></p><?cs
/if ?><?cs
if:Page.Forum.CanModerate == 1 ?>
<section class="forum-mod-tools" aria-labelledby="mod-tools-title">
<h2 id="mod-tools-title"><?cs var:Lang.Forum.Topic.ModTools ?></h2>
<div class="forum-toolbar"><?cs
call:topic_flag("pin", Page.Topic.Pinned, Lang.Forum.Topic.Pin, Lang.Forum.Topic.Unpin) ?><?cs
call:topic_flag("lock", Page.Topic.Locked, Lang.Forum.Topic.Lock, Lang.Forum.Topic.Unlock) ?>
<a href="<?cs var:Page.Topic.Link ?>/rename"><?cs var:Lang.Forum.Topic.Rename ?></a>
<a href="<?cs var:Page.Topic.Link ?>/move"><?cs var:Lang.Forum.Topic.Move ?></a>
</div>
</section><?cs
/if ?>
<section aria-labelledby="posts-title">
<h2 id="posts-title" class="vh"><?cs var:Lang.Forum.Topic.Posts ?><?cs
  if:#Page.Pager.Pages > #1 ?>, <?cs var:Lang.Pager.Page ?> <?cs var:Page.Pager.Page ?> <?cs var:Lang.Forum.Of ?> <?cs var:Page.Pager.Pages ?><?cs /if ?></h2>
<ol class="forum-posts"><?cs
each:p = Page.Posts ?>
<li>
<article class="forum-post<?cs if:p.Deleted == 1 ?> forum-post-deleted<?cs elif:p.Hidden == 1 ?> forum-post-hidden<?cs /if ?>" id="p-<?cs var:p.Id ?>" aria-labelledby="p-<?cs var:p.Id ?>-by">
<header class="forum-post-head">
<?cs if:p.AuthorId ?><img class="forum-post-thumb" src="/people/<?cs var:p.AuthorId ?>/thumb" alt="" width="48" height="48"><?cs
  else ?><span class="forum-post-thumb" aria-hidden="true"></span><?cs /if ?>
<div>
<h3 class="forum-post-author" id="p-<?cs var:p.Id ?>-by"><span class="vh"><?cs var:Lang.Forum.Post.By ?> </span><?cs
  if:string.length(p.Author) ?><a href="/people/<?cs var:p.AuthorId ?>"><?cs var:p.Author ?></a><?cs
  else ?><?cs var:Lang.Forum.Post.FormerMember ?><?cs /if ?></h3>
<p class="forum-post-meta"><?cs
  if:string.length(p.Org) ?><a href="/orgs/<?cs var:p.OrgId ?>"><?cs var:p.Org ?></a> · <?cs /if ?><?cs
  call:read_time(p) ?><?cs
  if:p.Edited == 1 ?> · <a href="<?cs var:Page.Forum.Base ?>/p/<?cs var:p.Id ?>/history"><?cs var:Lang.Forum.Post.Edited ?><span class="vh"> – <?cs var:Lang.Forum.Post.EditedLabel ?></span></a><?cs /if ?> · <a href="<?cs var:Page.Forum.Base ?>/p/<?cs var:p.Id ?>"><?cs var:Lang.Forum.Post.Permalink ?></a></p>
</div>
</header><?cs
  if:p.Deleted == 1 ?>
<p class="forum-placeholder"><?cs var:Lang.Forum.Post.Deleted ?></p><?cs
  elif:p.Hidden == 1 ?>
<p class="forum-placeholder"><?cs var:Lang.Forum.Post.Hidden ?><?cs
    if:string.length(p.HiddenReason) ?> <?cs var:Lang.Forum.Post.HiddenReason ?> <?cs var:p.HiddenReason ?><?cs /if ?></p><?cs
    if:Page.Forum.CanModerate == 1 ?>
<div class="forum-hidden-text">
<p class="forum-hidden-label"><?cs var:Lang.Forum.Post.HiddenText ?></p>
<div class="prose"><?cs var:markdown(p.Body) ?></div>
</div><?cs
    /if ?><?cs
  else ?>
<div class="prose"><?cs var:markdown(p.Body) ?></div><?cs
  /if ?><?cs
  if:p.CanQuote == 1 || p.CanEdit == 1 || p.CanReport == 1 || p.CanHide == 1 || p.CanRestore == 1 || p.CanSplit == 1 ?>
<footer>
<ul class="forum-post-actions" aria-label="<?cs var:Lang.Forum.Post.Actions ?>"><?cs
    if:p.CanQuote == 1 ?>
<li><a href="<?cs var:Page.Topic.Link ?>/reply?quote=<?cs var:p.Id ?>"><?cs var:Lang.Forum.Post.Quote ?></a></li><?cs
    /if ?><?cs
    if:p.CanEdit == 1 ?>
<li><a href="<?cs var:Page.Forum.Base ?>/p/<?cs var:p.Id ?>/edit"><?cs var:Lang.Forum.Post.Edit ?></a></li>
<li><a href="<?cs var:Page.Forum.Base ?>/p/<?cs var:p.Id ?>/delete"><?cs var:Lang.Forum.Post.Delete ?></a></li><?cs
    /if ?><?cs
    if:p.CanReport == 1 ?>
<li><a href="<?cs var:Page.Forum.Base ?>/p/<?cs var:p.Id ?>/report"><?cs var:Lang.Forum.Post.Report ?></a></li><?cs
    /if ?><?cs
    if:p.CanHide == 1 ?>
<li><a href="<?cs var:Page.Forum.Base ?>/p/<?cs var:p.Id ?>/hide"><?cs var:Lang.Forum.Post.Hide ?></a></li><?cs
    /if ?><?cs
    if:p.CanRestore == 1 ?>
<li><form class="inline-form" method="post" action="<?cs var:Page.Forum.Base ?>/p/<?cs var:p.Id ?>/restore"><?cs call:csrf() ?><button type="submit" class="link-button"><?cs var:Lang.Forum.Post.Restore ?></button></form></li><?cs
    /if ?><?cs
    if:p.CanSplit == 1 ?>
<li><a href="<?cs var:Page.Forum.Base ?>/p/<?cs var:p.Id ?>/split"><?cs var:Lang.Forum.Post.Split ?></a></li><?cs
    /if ?>
</ul>
</footer><?cs
  /if ?>
</article>
</li><?cs
/each ?>
</ol><?cs
call:pager(Page.Topic.Link) ?>
</section>
<div class="forum-toolbar"><?cs call:topic_reply() ?></div><?cs
/def ?><?cs include:"layout.cs" ?>
