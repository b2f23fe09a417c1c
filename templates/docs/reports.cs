<?cs include:"macros.cs" ?><?cs include:"docs/parts.cs" ?><?cs # {base}/reports: the
  open reports of this library's documents for its moderators, oldest
  first (cgi/docs/report.c). Reads Page.Reports.N.Id / .Link / .Title /
  .Uploader / .Reporter / .Reason / .At.* / .Deleted (1: in the bin),
  Page.Pager.* and .Base. ?><?cs
def:main() ?><?cs
call:docs_crumbs(Page.Title) ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Docs.Reports.Intro ?></p>
<section class="panel" aria-labelledby="reports-count">
<h2 id="reports-count"><?cs var:Lang.Docs.Reports.Count ?> <?cs var:#Page.Pager.Total ?></h2><?cs
if:#Page.Pager.Total == #0 ?>
<p><?cs var:Lang.Docs.Reports.None ?></p><?cs
else ?>
<ol class="forum-reports"><?cs
each:p = Page.Reports ?>
<li class="forum-report" id="report-<?cs var:p.Id ?>">
<h3><a href="<?cs var:p.Link ?>"><?cs var:p.Title ?></a></h3>
<p><?cs var:Lang.Docs.Reports.Uploader ?> <?cs
  if:string.length(p.Uploader) ?><?cs var:p.Uploader ?><?cs else ?><?cs var:Lang.Docs.Reports.Unknown ?><?cs /if ?></p><?cs
  if:p.Deleted == 1 ?>
<p class="forum-mod-note"><?cs var:Lang.Docs.Reports.InBin ?></p><?cs
  /if ?>
<p class="forum-report-meta"><?cs var:Lang.Docs.Reports.ReportedBy ?> <?cs
  if:string.length(p.Reporter) ?><?cs var:p.Reporter ?><?cs else ?><?cs var:Lang.Docs.Reports.Unknown ?><?cs /if ?>, <time datetime="<?cs var:p.At.At ?>"><?cs var:p.At.AtText ?></time></p>
<p class="forum-report-reason"><strong><?cs var:Lang.Docs.Reports.Reason ?></strong> <?cs var:p.Reason ?></p>
<form class="inline-form" method="post" action="<?cs var:Page.Docs.Base ?>/reports/<?cs var:p.Id ?>/resolve"><?cs
call:csrf() ?>
<button type="submit" class="button button-secondary"><?cs var:Lang.Docs.Reports.Resolve ?><span class="vh">: <?cs var:p.Title ?></span></button>
</form>
</li><?cs
/each ?>
</ol><?cs
/if ?><?cs
call:pager(Page.Pager.Base) ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
