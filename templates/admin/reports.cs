<?cs include:"macros.cs" ?><?cs include:"admin/parts.cs" ?><?cs # /admin/reports
  (cgi/admin/reports.c): open reports of the network's content, oldest
  first: Page.Reports.N.Id / .Kind / .Reason / .At (kp_set_time) /
  .Reporter / .Found (1: the content exists) / .Excerpt (plain text) /
  .Link / .Context (e.g. the topic) / .Author / .CanWarn / .Hidden /
  .Deleted (a document: .Hidden is 1 while it is in the bin; its own
  words for hide and restore); Page.Total, Page.Pager.*. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:admin_nav() ?>
<section class="panel" aria-labelledby="reports-count">
<h2 id="reports-count"><?cs var:Lang.Admin.Reports.Count ?> <?cs var:Page.Total ?></h2><?cs
if:#Page.Total == #0 ?>
<p><?cs var:Lang.Admin.Reports.None ?></p><?cs
/if ?>
<ol class="admin-pending"><?cs
each:p = Page.Reports ?>
<li id="report-<?cs var:p.Id ?>">
<h3><?cs var:Lang.Admin.Reports.Kind[p.Kind] ?><?cs if:p.Found == 1 ?> <?cs var:Lang.Admin.Reports.By ?> <?cs if:string.length(p.Author) ?><?cs var:p.Author ?><?cs else ?><?cs var:Lang.Admin.FormerMember ?><?cs /if ?><?cs if:string.length(p.Context) ?> – <?cs var:p.Context ?><?cs /if ?><?cs /if ?></h3><?cs
if:p.Found != 1 ?><p><?cs var:Lang.Admin.Reports.Gone ?></p><?cs
else ?><?cs
  if:p.Deleted == 1 ?><p><?cs var:Lang.Admin.Reports.Deleted ?></p><?cs /if ?><?cs
  if:p.Hidden == 1 ?><p><?cs if:p.Kind == "document" ?><?cs var:Lang.Admin.Reports.DocHidden ?><?cs else ?><?cs var:Lang.Admin.Reports.Hidden ?><?cs /if ?></p><?cs /if ?>
<blockquote><p><?cs var:p.Excerpt ?></p></blockquote>
<p><a href="<?cs var:p.Link ?>"><?cs var:Lang.Admin.Reports.Open ?></a></p><?cs
/if ?>
<p><strong><?cs var:Lang.Admin.Reports.Reason ?></strong> <?cs var:p.Reason ?></p>
<p><?cs var:Lang.Admin.Reports.ReportedBy ?> <?cs if:string.length(p.Reporter) ?><?cs var:p.Reporter ?><?cs else ?><?cs var:Lang.Admin.FormerMember ?><?cs /if ?>, <time datetime="<?cs var:p.At.At ?>"><?cs var:p.At.AtText ?></time></p>
<form class="form" method="post" action="/admin/reports/<?cs var:p.Id ?>"><?cs call:csrf() ?>
<fieldset><legend><?cs var:Lang.Admin.Reports.Decision ?></legend><?cs
if:p.Found == 1 && p.Hidden != 1 && p.Deleted != 1 ?>
<div class="choice"><input id="d-hide-<?cs var:p.Id ?>" name="decision" type="radio" value="hide"><label for="d-hide-<?cs var:p.Id ?>"><?cs if:p.Kind == "document" ?><?cs var:Lang.Admin.Reports.DocHide ?><?cs else ?><?cs var:Lang.Admin.Reports.Hide ?><?cs /if ?></label></div><?cs
/if ?><?cs
if:p.Hidden == 1 ?>
<div class="choice"><input id="d-restore-<?cs var:p.Id ?>" name="decision" type="radio" value="restore"><label for="d-restore-<?cs var:p.Id ?>"><?cs if:p.Kind == "document" ?><?cs var:Lang.Admin.Reports.DocRestore ?><?cs else ?><?cs var:Lang.Admin.Reports.Restore ?><?cs /if ?></label></div><?cs
/if ?><?cs
if:p.CanWarn == 1 ?>
<div class="choice"><input id="d-warn-<?cs var:p.Id ?>" name="decision" type="radio" value="warn"><label for="d-warn-<?cs var:p.Id ?>"><?cs var:Lang.Admin.Reports.Warn ?></label></div><?cs
/if ?>
<div class="choice"><input id="d-dismiss-<?cs var:p.Id ?>" name="decision" type="radio" value="dismiss" checked><label for="d-dismiss-<?cs var:p.Id ?>"><?cs var:Lang.Admin.Reports.Dismiss ?></label></div>
</fieldset>
<div class="field"><label for="note-<?cs var:p.Id ?>"><?cs var:Lang.Admin.Reports.Note ?></label>
<p class="hint" id="h-note-<?cs var:p.Id ?>"><?cs var:Lang.Admin.Reports.NoteHint ?></p>
<textarea id="note-<?cs var:p.Id ?>" name="note" rows="3" aria-describedby="h-note-<?cs var:p.Id ?>"></textarea></div>
<div class="actions"><button type="submit" class="button"><?cs var:Lang.Admin.Reports.Decide ?></button></div>
</form>
</li><?cs
/each ?>
</ol><?cs
call:pager("/admin/reports") ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
