<?cs include:"macros.cs" ?><?cs include:"forum/post_parts.cs" ?><?cs # {base}/p/ID/history: what
  a post said before, for every reader (cgi/forum/post_edit.c). Reads
  Page.Post.Id / .Link / .Author (absent when the account is gone) /
  .IsFirst / .Hidden (1: hidden by a moderator; only moderators get here)
  / .Revisions / .HistoryLink (this page), Page.Topic.Id / .Title, Page.Category.Id / .Name,
  Page.Current.Body / .At / .AtText (first page only), Page.Versions.N.Body
  / .Title (the topic's title then, only when that edit changed it) / .At
  / .AtText (newest first), Page.Pager.*. Bodies are Markdown, rendered by
  markdown(). ?><?cs
def:main() ?>
<div class="narrow"><?cs
call:post_crumbs() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs if:string.length(Page.Post.Author) ?><?cs var:Lang.ForumPost.History.By ?> <?cs var:Page.Post.Author ?>, <?cs /if ?><?cs
var:Lang.ForumPost.History.InTopic ?> <a href="<?cs var:Page.Forum.Base ?>/t/<?cs var:Page.Topic.Id ?>"><?cs var:Page.Topic.Title ?></a>. <a href="<?cs var:Page.Post.Link ?>"><?cs var:Lang.ForumPost.History.ToPost ?></a></p><?cs
if:Page.Post.Hidden == 1 ?>
<div class="alert alert-info"><p><?cs var:Lang.ForumPost.History.HiddenNote ?></p></div><?cs
/if ?><?cs
if:#Page.Post.Revisions == #0 ?>
<p><?cs var:Lang.ForumPost.History.None ?></p><?cs
/if ?>
<ol class="forum-versions"><?cs
if:Page.Current.At ?>
<li class="forum-version forum-version-current">
<h2><?cs var:Lang.ForumPost.History.Current ?></h2>
<p class="hint"><?cs var:Lang.ForumPost.History.Since ?> <?cs call:post_time(Page.Current) ?></p><?cs
if:Page.Post.IsFirst == 1 ?>
<p class="forum-version-title"><?cs var:Lang.ForumPost.History.TitleNow ?> <strong><?cs var:Page.Topic.Title ?></strong></p><?cs
/if ?>
<div class="prose"><?cs var:markdown(Page.Current.Body) ?></div>
</li><?cs
/if ?><?cs
each:v = Page.Versions ?>
<li class="forum-version">
<h2><?cs var:Lang.ForumPost.History.Earlier ?> <?cs call:post_time(v) ?></h2><?cs
if:string.length(v.Title) ?>
<p class="forum-version-title"><?cs var:Lang.ForumPost.History.TitleThen ?> <strong><?cs var:v.Title ?></strong></p><?cs
/if ?>
<div class="prose"><?cs var:markdown(v.Body) ?></div>
</li><?cs
/each ?>
</ol><?cs
call:pager(Page.Post.HistoryLink) ?>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
