<?cs include:"macros.cs" ?><?cs include:"forum/mod_parts.cs" ?><?cs # {base}/t/ID/rename: a
  moderator gives a topic a new title (cgi/forum/mod_topic.c). Reads
  Page.Topic.Id / .Title (the title as stored), Page.Category.Id / .Name,
  Page.Form.title. ?><?cs
def:main() ?>
<div class="narrow"><?cs
call:mod_crumbs() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.ForumMod.Rename.Of ?> <a href="<?cs var:Page.Forum.Base ?>/t/<?cs var:Page.Topic.Id ?>"><?cs var:Page.Topic.Title ?></a></p><?cs
call:error_summary(Lang.ForumMod.Field) ?>
<form class="form" method="post" action="<?cs var:Page.Forum.Base ?>/t/<?cs var:Page.Topic.Id ?>/rename" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
call:field("title", "text", Lang.ForumMod.Field.title, "off", Lang.ForumMod.Hint.Title) ?>
<div class="actions">
<button type="submit" class="button"><?cs var:Lang.ForumMod.Rename.Save ?></button>
<a href="<?cs var:Page.Forum.Base ?>/t/<?cs var:Page.Topic.Id ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
