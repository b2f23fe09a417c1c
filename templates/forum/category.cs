<?cs include:"macros.cs" ?><?cs include:"forum/read_parts.cs" ?><?cs # {base}/c/ID?page=N: a
  category's topics (cgi/forum/read_category.c). Reads Page.Forum.*
  (scope.c; .Heading, .CanManage), Page.Category.Id / .Name /
  .Description (Markdown, rendered by markdown()) / .Retired / .Watching /
  .CanStart (1: may start a topic) / .Link, Page.Topics.N.Id / .Title /
  .Pinned / .Locked / .Unread (1/0) / .Replies / .StarterId / .Starter /
  .LastPage (only when > 1) / .Last.PostId / .UserId / .User / .At /
  .AtText / .Ago, Page.Pager.* (.Total: the topics). ?><?cs
def:main() ?><?cs
call:read_crumbs(Page.Category.Name) ?>
<h1><?cs var:Page.Category.Name ?><?cs
if:Page.Category.Retired == 1 ?> <span class="badge"><?cs var:Lang.Forum.Badge.Retired ?></span><?cs /if ?></h1><?cs
if:string.length(Page.Category.Description) ?>
<div class="prose forum-description"><?cs var:markdown(Page.Category.Description) ?></div><?cs
/if ?><?cs
call:read_notes() ?><?cs
if:Page.Category.Retired == 1 ?>
<div class="alert alert-info forum-note"><p><?cs var:Lang.Forum.Category.Retired ?></p></div><?cs
/if ?>
<div class="forum-toolbar"><?cs
if:Page.Category.CanStart == 1 ?>
<a class="button" href="<?cs var:Page.Forum.Base ?>/c/<?cs var:Page.Category.Id ?>/new"><?cs var:Lang.Forum.Category.NewTopic ?></a><?cs
/if ?><?cs
call:read_watch(Page.Category.Link + "/watch", Page.Category.Watching, Lang.Forum.Category.Watch, Lang.Forum.Category.Unwatch, "") ?><?cs
if:Page.Forum.CanManage == 1 ?>
<a href="<?cs var:Page.Forum.Base ?>/c/<?cs var:Page.Category.Id ?>/edit"><?cs var:Lang.Forum.Index.EditCategory ?></a><?cs
/if ?>
</div><?cs
if:Page.Category.Watching == 1 ?>
<p class="hint forum-watching"><?cs var:Lang.Forum.Category.Watching ?></p><?cs
/if ?>
<section class="panel" aria-labelledby="topics-title">
<h2 id="topics-title"><?cs var:Page.Pager.Total ?> <?cs
  if:#Page.Pager.Total == #1 ?><?cs var:Lang.Forum.Category.CountOne ?><?cs else ?><?cs var:Lang.Forum.Category.Count ?><?cs /if ?><?cs
  if:#Page.Pager.Pages > #1 ?><span class="results-page"><span class="vh">, </span><?cs
  var:Lang.Pager.Page ?> <?cs var:Page.Pager.Page ?> <?cs var:Lang.Forum.Of ?> <?cs var:Page.Pager.Pages ?></span><?cs
  /if ?></h2><?cs
if:subcount(Page.Topics) == 0 ?>
<p class="empty"><?cs var:Lang.Forum.Category.NoTopics ?></p><?cs
else ?>
<table class="forum-topics">
<caption class="vh"><?cs var:Lang.Forum.Category.Caption ?></caption>
<thead>
<tr><th scope="col"><?cs var:Lang.Forum.Category.Topic ?></th><th scope="col"><?cs var:Lang.Forum.Category.Replies ?></th><th scope="col"><?cs var:Lang.Forum.Category.LastPost ?></th></tr>
</thead>
<tbody><?cs
  each:t = Page.Topics ?>
<tr class="forum-topic<?cs if:t.Unread == 1 ?> forum-topic-unread<?cs /if ?>">
<th scope="row">
<a class="forum-topic-title" href="<?cs var:Page.Forum.Base ?>/t/<?cs var:t.Id ?>"><?cs var:t.Title ?></a><?cs
    if:t.Unread == 1 ?> <span class="badge forum-badge-unread"><?cs var:Lang.Forum.Badge.Unread ?></span><?cs /if ?><?cs
    if:t.Pinned == 1 ?> <span class="badge"><?cs var:Lang.Forum.Badge.Pinned ?></span><?cs /if ?><?cs
    if:t.Locked == 1 ?> <span class="badge"><?cs var:Lang.Forum.Badge.Locked ?></span><?cs /if ?>
<span class="forum-starter"><?cs
    if:string.length(t.Starter) ?><?cs var:Lang.Forum.Category.StartedBy ?> <a href="/people/<?cs var:t.StarterId ?>"><?cs var:t.Starter ?></a><?cs
    /if ?><?cs
    if:t.LastPage ?><?cs if:string.length(t.Starter) ?> · <?cs /if ?><a href="<?cs var:Page.Forum.Base ?>/t/<?cs var:t.Id ?>?page=<?cs var:t.LastPage ?>"><?cs var:Lang.Forum.Category.ToLastPage ?><span class="vh">: <?cs var:t.Title ?></span></a><?cs
    /if ?></span>
</th>
<td><span class="cell-label" aria-hidden="true"><?cs var:Lang.Forum.Category.Replies ?>: </span><?cs var:t.Replies ?></td>
<td><span class="cell-label" aria-hidden="true"><?cs var:Lang.Forum.Category.LastPost ?>: </span><a href="<?cs var:Page.Forum.Base ?>/p/<?cs var:t.Last.PostId ?>"><?cs call:read_time(t.Last) ?></a><?cs
    if:string.length(t.Last.User) ?><br><?cs var:Lang.Forum.Category.By ?> <a href="/people/<?cs var:t.Last.UserId ?>"><?cs var:t.Last.User ?></a><?cs /if ?></td>
</tr><?cs
  /each ?>
</tbody>
</table><?cs
/if ?><?cs
call:pager(Page.Category.Link) ?>
</section><?cs
call:read_search() ?><?cs
/def ?><?cs include:"layout.cs" ?>
