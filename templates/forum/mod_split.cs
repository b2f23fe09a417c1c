<?cs include:"macros.cs" ?><?cs include:"forum/mod_parts.cs" ?><?cs # {base}/p/ID/split: a
  moderator makes a reply the first post of a new topic of the same forum
  (cgi/forum/mod_post.c). Reads Page.Post.* (mod_post_box), Page.Topic.*,
  Page.Category.*, Page.Targets.N.Id / .Name (categories that take new
  topics), Page.TargetCount, Page.Form.title / .category. ?><?cs
def:main() ?>
<div class="narrow"><?cs
call:mod_crumbs() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:error_summary(Lang.ForumMod.Field) ?><?cs
call:mod_post_box() ?>
<p><?cs var:Lang.ForumMod.Split.Note ?></p><?cs
if:#Page.TargetCount == #0 ?>
<p class="forum-mod-note"><?cs var:Lang.ForumMod.Split.NoTargets ?></p><?cs
else ?>
<form class="form" method="post" action="<?cs var:Page.Forum.Base ?>/p/<?cs var:Page.Post.Id ?>/split" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
call:field("title", "text", Lang.ForumMod.Field.title, "off", Lang.ForumMod.Hint.SplitTitle) ?><?cs
call:mod_select("category", Lang.ForumMod.Field.category, Lang.ForumMod.Hint.SplitCategory, Page.Targets, Lang.ForumMod.Move.Choose, 1) ?>
<div class="actions">
<button type="submit" class="button"><?cs var:Lang.ForumMod.Split.Save ?></button>
<a href="<?cs var:Page.Post.Link ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form><?cs
/if ?>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
