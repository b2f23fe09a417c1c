<?cs include:"macros.cs" ?><?cs include:"forum/post_parts.cs" ?><?cs # {base}/p/ID/edit: the
  author changes their post, with a preview (cgi/forum/post_edit.c).
  Reads Page.Post.Id / .Link (permalink) / .IsFirst (1: the topic's first
  post, whose form also changes the topic's title) / .Revisions (earlier
  texts kept), Page.Topic.Id / .Title, Page.Category.Id / .Name,
  Page.Form.title (first posts) and Page.Form.body, Page.Preview.*
  (post_parts.cs). ?><?cs
def:main() ?>
<div class="narrow"><?cs
call:post_crumbs() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.ForumPost.Edit.Of ?> <a href="<?cs var:Page.Post.Link ?>"><?cs var:Page.Topic.Title ?></a></p><?cs
call:error_summary(Lang.ForumPost.Field) ?><?cs
call:post_preview() ?>
<form class="form" method="post" action="<?cs var:Page.Forum.Base ?>/p/<?cs var:Page.Post.Id ?>/edit" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
if:Page.Post.IsFirst == 1 ?><?cs
  call:field("title", "text", Lang.ForumPost.Field.title, "off", Lang.ForumPost.Hint.EditTitle) ?><?cs
/if ?><?cs
call:post_body_field(Lang.ForumPost.Field.body, Lang.ForumPost.Hint.Body) ?>
<p class="form-note"><?cs var:Lang.ForumPost.Edit.VersionsNote ?><?cs
if:#Page.Post.Revisions > #0 ?> <a href="<?cs var:Page.Forum.Base ?>/p/<?cs var:Page.Post.Id ?>/history"><?cs var:Lang.ForumPost.Edit.History ?></a><?cs /if ?></p>
<div class="actions">
<button type="submit" class="button"><?cs var:Lang.ForumPost.Edit.Save ?></button>
<button type="submit" class="button button-secondary" name="preview" value="1"><?cs var:Lang.ForumPost.Compose.Preview ?></button>
<a href="<?cs var:Page.Post.Link ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
