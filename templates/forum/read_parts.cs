<?cs # read_parts.cs: pieces of the forum's reading pages (index.cs,
  category.cs, topic.cs; cgi/forum/read_*.c). Included once, right after
  macros.cs. Reads Page.Forum.Base / .Heading / .Group.Name /
  .Group.Archived / .CanWrite, Page.Category.Id / .Name. ?><?cs

# Where the page is: the forum, the category when the page is in one,
  and the page itself (current, not a link). current: its text. ?><?cs
def:read_crumbs(current) ?>
<nav class="forum-crumbs" aria-label="<?cs var:Lang.Forum.Crumbs.Label ?>">
<ol>
<li><a href="<?cs var:Page.Forum.Base ?>"><?cs var:Page.Forum.Heading ?></a></li><?cs
if:Page.Topic.Id ?>
<li><a href="<?cs var:Page.Forum.Base ?>/c/<?cs var:Page.Category.Id ?>"><?cs var:Page.Category.Name ?></a></li><?cs
/if ?>
<li aria-current="page"><?cs var:current ?></li>
</ol>
</nav><?cs /def ?><?cs

# Why nothing can be written here: an archived group, or not a member
  of an open group. ?><?cs
def:read_notes() ?><?cs
if:Page.Forum.Group.Archived == 1 ?>
<div class="alert alert-info forum-note"><p><?cs var:Lang.Forum.Note.Archived ?></p></div><?cs
elif:string.length(Page.Forum.Group.Name) && Page.Forum.CanWrite != 1 ?>
<div class="alert alert-info forum-note"><p><?cs var:Lang.Forum.Note.NotMember ?></p></div><?cs
/if ?><?cs /def ?><?cs

# A time: how long ago (t.Ago) and when (t.AtText, machine-readable t.At). ?><?cs
def:read_time(t) ?><span class="forum-ago"><?cs var:t.Ago ?></span> <span class="forum-at">(<time datetime="<?cs var:t.At ?>"><?cs var:t.AtText ?></time>)</span><?cs /def ?><?cs

# The forum's search (moderate.h's page): a GET form. ?><?cs
def:read_search() ?>
<form class="forum-search" method="get" action="<?cs var:Page.Forum.Base ?>/search" role="search">
<label for="f-q"><?cs var:Lang.Forum.Search.Label ?></label>
<div class="forum-search-row">
<input id="f-q" name="q" type="search">
<button type="submit" class="button button-secondary"><?cs var:Lang.Forum.Search.Button ?></button>
</div>
</form><?cs /def ?><?cs

# A watch / stop watching button: action, on (1: watching now), the two
  texts, page (sent along when not ""). ?><?cs
def:read_watch(action, on, watch, unwatch, page) ?>
<form class="inline-form forum-watch" method="post" action="<?cs var:action ?>"><?cs
call:csrf() ?>
<input type="hidden" name="watch" value="<?cs if:on == 1 ?>0<?cs else ?>1<?cs /if ?>"><?cs
if:page != "" ?>
<input type="hidden" name="page" value="<?cs var:page ?>"><?cs
/if ?>
<button type="submit" class="button button-secondary button-small"><?cs
  if:on == 1 ?><?cs var:unwatch ?><?cs else ?><?cs var:watch ?><?cs /if ?></button>
</form><?cs /def ?>
