<?cs include:"macros.cs" ?><?cs include:"forum/mod_parts.cs" ?><?cs # {base}/search?q=&page=:
  full-text search over topic titles and post bodies (cgi/forum/mod_search.c).
  A GET form, so a search can be bookmarked and shared. Reads
  Page.Search.Action (where the form goes), .Asked (1: a search was sent),
  .TooShort (1: no word long enough), .All (1: every forum the member
  reads; 0: this group's), Page.Form.q.Value, Page.Results.N.TopicId /
  .Title / .Link (the post's permalink) / .Category / .CategoryLink /
  .ForumLink / .Group (group forums only) / .Excerpt (plain text; absent
  when only the title matched) / .At / .AtText (the topic's last post),
  Page.Pager.* and .Base / .Query. ?><?cs
def:main() ?><?cs
call:mod_crumbs() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs if:string.length(Page.Forum.Group.Name) ?><?cs var:Lang.ForumMod.Search.Group ?><?cs else ?><?cs var:Lang.ForumMod.Search.All ?><?cs /if ?></p>
<div class="panel">
<form class="filter-form forum-search-form" method="get" action="<?cs var:Page.Search.Action ?>" role="search" aria-label="<?cs var:Page.Title ?>">
<div class="field filter-q">
<label for="f-q"><?cs var:Lang.ForumMod.Field.q ?></label>
<p class="hint" id="h-q"><?cs var:Lang.ForumMod.Hint.Q ?></p>
<input id="f-q" name="q" type="search" maxlength="500" value="<?cs var:Page.Form.q.Value ?>" aria-describedby="h-q">
</div>
<div class="actions filter-actions">
<button type="submit" class="button"><?cs var:Lang.ForumMod.Search.Button ?></button><?cs
if:string.length(Page.Search.AllLink) ?>
<a href="<?cs var:Page.Search.AllLink ?>"><?cs var:Lang.ForumMod.Search.AllForums ?></a><?cs
/if ?>
</div>
</form>
</div><?cs
if:Page.Search.Asked == 1 ?>
<section class="panel" aria-labelledby="results-title"><?cs
  if:Page.Search.TooShort == 1 ?>
<h2 id="results-title"><?cs var:Lang.ForumMod.Search.Results ?></h2>
<p class="forum-mod-note"><?cs var:Lang.ForumMod.Search.TooShort ?></p><?cs
  elif:#Page.Pager.Total == #0 ?>
<h2 id="results-title"><?cs var:Lang.ForumMod.Search.None ?></h2>
<p><?cs var:Lang.ForumMod.Search.NoneHint ?></p><?cs
  else ?>
<h2 id="results-title"><?cs var:Page.Pager.Total ?> <?cs
    if:#Page.Pager.Total == #1 ?><?cs var:Lang.ForumMod.Search.FoundOne ?><?cs
    else ?><?cs var:Lang.ForumMod.Search.FoundMany ?><?cs /if ?></h2>
<ol class="forum-results"><?cs
    each:x = Page.Results ?>
<li class="forum-result">
<h3><a href="<?cs var:x.Link ?>"><?cs var:x.Title ?></a></h3>
<p class="forum-result-meta"><a href="<?cs var:x.ForumLink ?>"><?cs
      if:string.length(x.Group) ?><?cs var:Lang.ForumMod.Search.GroupForum ?> <?cs var:x.Group ?><?cs
      else ?><?cs var:Lang.ForumMod.Search.Network ?><?cs /if ?></a> · <?cs
      var:Lang.ForumMod.Search.InCategory ?> <a href="<?cs var:x.CategoryLink ?>"><?cs var:x.Category ?></a> · <?cs
      var:Lang.ForumMod.Search.LastPost ?> <?cs call:mod_time(x) ?></p><?cs
      if:string.length(x.Excerpt) ?>
<p class="forum-result-excerpt"><?cs var:x.Excerpt ?></p><?cs
      else ?>
<p class="forum-result-excerpt"><?cs var:Lang.ForumMod.Search.NoExcerpt ?></p><?cs
      /if ?>
</li><?cs
    /each ?>
</ol><?cs
  /if ?><?cs
call:pager(Page.Pager.Base) ?>
</section><?cs
/if ?><?cs
/def ?><?cs include:"layout.cs" ?>
