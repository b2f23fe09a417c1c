<?cs include:"macros.cs" ?><?cs include:"docs/parts.cs" ?><?cs # {base}/d/ID/report: a
  reader reports a document to the library's moderators
  (cgi/docs/report.c). Reads Page.Doc.Id / .Title / .Link,
  Page.Report.Already (1: this member's earlier report is still open: a
  friendly word instead of the form), Page.Form.reason. ?><?cs
def:main() ?><?cs
call:docs_crumbs(Page.Title) ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1><?cs
if:Page.Report.Already == 1 ?>
<div class="flash" role="status"><p><?cs var:Lang.Docs.Report.Already ?></p></div>
<p><a href="<?cs var:Page.Doc.Link ?>"><?cs var:Lang.Docs.Report.Back ?></a></p><?cs
else ?><?cs
call:error_summary(Lang.Docs.Field) ?>
<p><?cs var:Lang.Docs.Report.Document ?> <a href="<?cs var:Page.Doc.Link ?>"><?cs var:Page.Doc.Title ?></a></p>
<p><?cs var:Lang.Docs.Report.Note ?></p>
<form class="form" method="post" action="<?cs var:Page.Docs.Base ?>/d/<?cs var:Page.Doc.Id ?>/report" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
call:textarea_field("reason", Lang.Docs.Field.reason, Lang.Docs.Report.Hint) ?>
<div class="actions">
<button type="submit" class="button"><?cs var:Lang.Docs.Report.Save ?></button>
<a href="<?cs var:Page.Doc.Link ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form><?cs
/if ?>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
