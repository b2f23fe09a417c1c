<?cs include:"macros.cs" ?><?cs include:"forum/post_parts.cs" ?><?cs # {base}/p/ID/delete: the
  question before the author deletes their post (cgi/forum/post_edit.c).
  Reads Page.Post.Id / .Link / .IsFirst / .Body (Markdown, rendered by
  markdown()) / .At / .AtText, Page.Topic.Id / .Title, Page.Category.Id /
  .Name. ?><?cs
def:main() ?>
<div class="narrow"><?cs
call:post_crumbs() ?>
<h1><?cs var:Page.Title ?></h1>
<h2><?cs var:Lang.ForumPost.Delete.Question ?></h2>
<section class="panel forum-delete-post" aria-labelledby="delete-post-title">
<h3 id="delete-post-title"><?cs var:Lang.ForumPost.Delete.YourPost ?> <?cs call:post_time(Page.Post) ?></h3>
<div class="prose"><?cs var:markdown(Page.Post.Body) ?></div>
</section>
<p><?cs var:Lang.ForumPost.Delete.Text ?></p><?cs
if:Page.Post.IsFirst == 1 ?>
<p><?cs var:Lang.ForumPost.Delete.FirstNote ?></p><?cs
/if ?>
<form class="form" method="post" action="<?cs var:Page.Forum.Base ?>/p/<?cs var:Page.Post.Id ?>/delete"><?cs
call:csrf() ?>
<div class="actions">
<button type="submit" class="button"><?cs var:Lang.ForumPost.Delete.Confirm ?></button>
<a href="<?cs var:Page.Post.Link ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
