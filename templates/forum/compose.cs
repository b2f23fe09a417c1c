<?cs include:"macros.cs" ?><?cs include:"forum/post_parts.cs" ?><?cs # {base}/c/ID/new (a new
  topic) and {base}/t/ID/reply (a reply, prefilled with a quote by
  ?quote=PID): the compose form with its preview (cgi/forum/post_compose.c).
  Reads Page.Compose.Action (where the form posts), Page.Once (the
  one-time token, the same after a preview or an error), Page.Topic.Id /
  .Title (replies only), Page.Category.Id / .Name, Page.Form.title (new
  topics only) and Page.Form.body, Page.Preview.* (post_parts.cs). ?><?cs
def:main() ?>
<div class="narrow"><?cs
call:post_crumbs() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs if:Page.Topic.Id ?><?cs var:Lang.ForumPost.Compose.ReplyTo ?> <a href="<?cs var:Page.Forum.Base ?>/t/<?cs var:Page.Topic.Id ?>"><?cs var:Page.Topic.Title ?></a><?cs
else ?><?cs var:Lang.ForumPost.Compose.InCategory ?> <a href="<?cs var:Page.Forum.Base ?>/c/<?cs var:Page.Category.Id ?>"><?cs var:Page.Category.Name ?></a><?cs /if ?></p><?cs
call:error_summary(Lang.ForumPost.Field) ?><?cs
call:post_preview() ?>
<form class="form" method="post" action="<?cs var:Page.Compose.Action ?>" novalidate><?cs
call:csrf() ?>
<input type="hidden" name="once" value="<?cs var:Page.Once ?>"><?cs
call:form_error() ?><?cs
if:!Page.Topic.Id ?><?cs
  call:field("title", "text", Lang.ForumPost.Field.title, "off", Lang.ForumPost.Hint.Title) ?><?cs
/if ?><?cs
call:post_body_field(Lang.ForumPost.Field.body, Lang.ForumPost.Hint.Body) ?>
<p class="form-note"><?cs var:Lang.ForumPost.Compose.WatchNote ?></p>
<div class="actions">
<button type="submit" class="button"><?cs if:Page.Topic.Id ?><?cs var:Lang.ForumPost.Compose.Send ?><?cs else ?><?cs var:Lang.ForumPost.Compose.Create ?><?cs /if ?></button>
<button type="submit" class="button button-secondary" name="preview" value="1"><?cs var:Lang.ForumPost.Compose.Preview ?></button>
<a href="<?cs var:Page.Forum.Base ?><?cs if:Page.Topic.Id ?>/t/<?cs var:Page.Topic.Id ?><?cs else ?>/c/<?cs var:Page.Category.Id ?><?cs /if ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
