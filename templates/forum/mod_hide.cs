<?cs include:"macros.cs" ?><?cs include:"forum/mod_parts.cs" ?><?cs # {base}/p/ID/hide: a
  moderator hides a post with a reason the thread shows in its place, or
  changes the reason of a hidden one (cgi/forum/mod_post.c). Reads
  Page.Post.* (mod_post_box; .IsFirst), Page.Topic.*, Page.Category.*,
  Page.Form.reason. ?><?cs
def:main() ?>
<div class="narrow"><?cs
call:mod_crumbs() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:error_summary(Lang.ForumMod.Field) ?><?cs
call:mod_post_box() ?><?cs
if:Page.Post.Hidden == 1 ?>
<p class="forum-mod-note"><?cs var:Lang.ForumMod.Hide.AlreadyHidden ?></p><?cs
/if ?>
<p><?cs var:Lang.ForumMod.Hide.Note ?></p><?cs
if:Page.Post.IsFirst == 1 ?>
<p><?cs var:Lang.ForumMod.Hide.FirstPost ?></p><?cs
/if ?>
<form class="form" method="post" action="<?cs var:Page.Forum.Base ?>/p/<?cs var:Page.Post.Id ?>/hide" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
call:textarea_field("reason", Lang.ForumMod.Field.reason, Lang.ForumMod.Hint.HideReason) ?>
<div class="actions">
<button type="submit" class="button"><?cs if:Page.Post.Hidden == 1 ?><?cs var:Lang.ForumMod.Hide.SaveReason ?><?cs else ?><?cs var:Lang.ForumMod.Hide.Save ?><?cs /if ?></button>
<a href="<?cs var:Page.Post.Link ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
