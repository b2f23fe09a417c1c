<?cs include:"macros.cs" ?><?cs include:"forum/mod_parts.cs" ?><?cs # {base}/t/ID/move: a
  moderator moves a topic to another category of the same forum
  (cgi/forum/mod_topic.c). Reads Page.Topic.Id / .Title, Page.Category.Id
  / .Name (where it is now), Page.Targets.N.Id / .Name (where it may go),
  Page.TargetCount, Page.Form.category. ?><?cs
def:main() ?>
<div class="narrow"><?cs
call:mod_crumbs() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.ForumMod.Move.Of ?> <a href="<?cs var:Page.Forum.Base ?>/t/<?cs var:Page.Topic.Id ?>"><?cs var:Page.Topic.Title ?></a></p>
<p><?cs var:Lang.ForumMod.Move.Now ?> <strong><?cs var:Page.Category.Name ?></strong></p><?cs
if:#Page.TargetCount == #0 ?>
<p class="forum-mod-note"><?cs var:Lang.ForumMod.Move.NoTargets ?></p>
<p><a href="<?cs var:Page.Forum.Base ?>/t/<?cs var:Page.Topic.Id ?>"><?cs var:Lang.Action.Cancel ?></a></p><?cs
else ?><?cs
call:error_summary(Lang.ForumMod.Field) ?>
<form class="form" method="post" action="<?cs var:Page.Forum.Base ?>/t/<?cs var:Page.Topic.Id ?>/move" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
call:mod_select("category", Lang.ForumMod.Field.category, Lang.ForumMod.Hint.Move, Page.Targets, Lang.ForumMod.Move.Choose, 1) ?>
<div class="actions">
<button type="submit" class="button"><?cs var:Lang.ForumMod.Move.Save ?></button>
<a href="<?cs var:Page.Forum.Base ?>/t/<?cs var:Page.Topic.Id ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form><?cs
/if ?>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
