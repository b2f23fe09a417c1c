<?cs include:"macros.cs" ?><?cs include:"forum/mod_parts.cs" ?><?cs # {base}/reports: the
  open reports of this forum for its moderators, oldest first
  (cgi/forum/mod_report.c). Reads Page.Reports.N.Id / .PostId / .Link (the
  post's permalink) / .Excerpt (plain text; absent for a deleted post) /
  .Author / .TopicTitle / .Reporter / .Reason / .At / .AtText / .Deleted /
  .Hidden (1/0), Page.Pager.* and .Base. ?><?cs
def:main() ?><?cs
call:mod_crumbs() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.ForumMod.Reports.Intro ?></p>
<section class="panel" aria-labelledby="reports-count"><?cs
if:#Page.Pager.Total == #0 ?>
<h2 id="reports-count"><?cs var:Lang.ForumMod.Reports.Count ?> 0</h2>
<p><?cs var:Lang.ForumMod.Reports.None ?></p><?cs
else ?>
<h2 id="reports-count"><?cs var:Lang.ForumMod.Reports.Count ?> <?cs var:Page.Pager.Total ?></h2>
<ol class="forum-reports"><?cs
each:p = Page.Reports ?>
<li class="forum-report" id="report-<?cs var:p.Id ?>">
<h3><?cs var:Lang.ForumMod.Reports.Post ?> <?cs var:Lang.ForumMod.Reports.By ?> <?cs
  if:string.length(p.Author) ?><?cs var:p.Author ?><?cs else ?><?cs var:Lang.ForumMod.Reports.Unknown ?><?cs /if ?><?cs
  if:string.length(p.TopicTitle) ?> <?cs var:Lang.ForumMod.Reports.InTopic ?> <em><?cs var:p.TopicTitle ?></em><?cs /if ?></h3><?cs
if:p.Deleted == 1 ?>
<p class="forum-mod-note"><?cs var:Lang.ForumMod.Reports.Deleted ?></p><?cs
else ?><?cs
  if:p.Hidden == 1 ?>
<p class="forum-mod-note"><?cs var:Lang.ForumMod.Reports.Hidden ?></p><?cs
  /if ?>
<blockquote class="forum-report-excerpt"><p><?cs var:p.Excerpt ?></p></blockquote><?cs
/if ?>
<p class="forum-report-meta"><?cs var:Lang.ForumMod.Reports.ReportedBy ?> <?cs
  if:string.length(p.Reporter) ?><?cs var:p.Reporter ?><?cs else ?><?cs var:Lang.ForumMod.Reports.Unknown ?><?cs /if ?> <?cs
  var:Lang.ForumMod.Reports.At ?> <?cs call:mod_time(p) ?></p>
<p class="forum-report-reason"><strong><?cs var:Lang.ForumMod.Reports.Reason ?></strong> <?cs var:p.Reason ?></p>
<div class="forum-report-actions">
<a href="<?cs var:p.Link ?>"><?cs var:Lang.ForumMod.Reports.Open ?></a>
<form class="inline-form" method="post" action="<?cs var:Page.Forum.Base ?>/reports/<?cs var:p.Id ?>/resolve"><?cs
call:csrf() ?>
<button type="submit" class="button button-secondary"><?cs var:Lang.ForumMod.Reports.Resolve ?></button>
</form>
</div>
</li><?cs
/each ?>
</ol><?cs
/if ?><?cs
call:pager(Page.Pager.Base) ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
