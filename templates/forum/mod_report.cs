<?cs include:"macros.cs" ?><?cs include:"forum/mod_parts.cs" ?><?cs # {base}/p/ID/report: a
  reader reports a post to the forum's moderators (cgi/forum/mod_report.c).
  Reads Page.Post.* (mod_post_box), Page.Topic.*, Page.Category.*,
  Page.Report.Already (1: this member's earlier report is still open: a
  friendly word instead of the form), Page.Form.reason. ?><?cs
def:main() ?>
<div class="narrow"><?cs
call:mod_crumbs() ?>
<h1><?cs var:Page.Title ?></h1><?cs
if:Page.Report.Already == 1 ?>
<div class="flash" role="status"><p><?cs var:Lang.ForumMod.Report.Already ?></p></div>
<p><a href="<?cs var:Page.Post.Link ?>"><?cs var:Lang.ForumMod.Report.Back ?></a></p><?cs
else ?><?cs
call:error_summary(Lang.ForumMod.Field) ?><?cs
call:mod_post_box() ?>
<p><?cs var:Lang.ForumMod.Report.Note ?></p>
<form class="form" method="post" action="<?cs var:Page.Forum.Base ?>/p/<?cs var:Page.Post.Id ?>/report" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
call:textarea_field("reason", Lang.ForumMod.Field.reason, Lang.ForumMod.Hint.ReportReason) ?>
<div class="actions">
<button type="submit" class="button"><?cs var:Lang.ForumMod.Report.Save ?></button>
<a href="<?cs var:Page.Post.Link ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form><?cs
/if ?>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
