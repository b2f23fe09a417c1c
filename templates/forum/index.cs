<?cs include:"macros.cs" ?><?cs include:"forum/read_parts.cs" ?><?cs # {base}: the categories
  of a forum (cgi/forum/read_index.c). Reads Page.Title (the forum's
  heading: "Forum", or "Forum der Gruppe NAME"), Page.Forum.* (scope.c;
  .CanManage: category links, .CanModerate: the reports),
  Page.Categories.N.Id / .Name / .Description (Markdown, rendered by
  markdown()) / .Field (field of action, may be empty) / .Retired (1/0) /
  .Topics / .Posts / .Last.PostId / .Topic / .UserId / .User / .At /
  .AtText / .Ago (no .Last without a post). ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs if:string.length(Page.Forum.Group.Name) ?><?cs var:Lang.Forum.Index.IntroGroup ?><?cs else ?><?cs var:Lang.Forum.Index.IntroNetwork ?><?cs /if ?></p><?cs
call:read_notes() ?><?cs
call:read_search() ?><?cs
if:Page.Forum.CanManage == 1 || Page.Forum.CanModerate == 1 ?>
<ul class="link-list forum-manage"><?cs
  if:Page.Forum.CanManage == 1 ?>
<li><a href="<?cs var:Page.Forum.Base ?>/categories/new"><?cs var:Lang.Forum.Index.NewCategory ?></a></li><?cs
  /if ?><?cs
  if:Page.Forum.CanModerate == 1 ?>
<li><a href="<?cs var:Page.Forum.Base ?>/reports"><?cs var:Lang.Forum.Index.Reports ?></a></li><?cs
  /if ?>
</ul><?cs
/if ?>
<section class="panel" aria-labelledby="categories-title">
<h2 id="categories-title"><?cs var:Lang.Forum.Index.Categories ?></h2><?cs
if:subcount(Page.Categories) == 0 ?>
<p class="empty"><?cs var:Lang.Forum.Index.None ?></p><?cs
else ?>
<ul class="forum-categories"><?cs
  each:c = Page.Categories ?>
<li class="forum-category<?cs if:c.Retired == 1 ?> forum-category-retired<?cs /if ?>">
<h3><a href="<?cs var:Page.Forum.Base ?>/c/<?cs var:c.Id ?>"><?cs var:c.Name ?></a><?cs
    if:c.Retired == 1 ?> <span class="badge"><?cs var:Lang.Forum.Badge.Retired ?></span><?cs /if ?></h3><?cs
    if:string.length(c.Field) ?>
<p class="forum-field"><?cs var:Lang.Forum.Index.Field ?> <?cs var:c.Field ?></p><?cs
    /if ?><?cs
    if:string.length(c.Description) ?>
<div class="prose"><?cs var:markdown(c.Description) ?></div><?cs
    /if ?>
<p class="forum-counts"><?cs var:c.Topics ?> <?cs var:Lang.Forum.Index.Topics ?> · <?cs var:c.Posts ?> <?cs var:Lang.Forum.Index.Posts ?></p>
<p class="forum-last"><?cs
    if:c.Last.PostId ?><?cs var:Lang.Forum.Index.LastPost ?> <a href="<?cs var:Page.Forum.Base ?>/p/<?cs var:c.Last.PostId ?>"><?cs var:c.Last.Topic ?></a>, <?cs
      if:string.length(c.Last.User) ?><?cs var:Lang.Forum.Category.By ?> <a href="/people/<?cs var:c.Last.UserId ?>"><?cs var:c.Last.User ?></a>, <?cs
      /if ?><?cs call:read_time(c.Last) ?><?cs
    else ?><?cs var:Lang.Forum.Index.NoPosts ?><?cs /if ?></p><?cs
    if:Page.Forum.CanManage == 1 ?>
<p><a href="<?cs var:Page.Forum.Base ?>/c/<?cs var:c.Id ?>/edit"><?cs var:Lang.Forum.Index.EditCategory ?><span class="vh">: <?cs var:c.Name ?></span></a></p><?cs
    /if ?>
</li><?cs
  /each ?>
</ul><?cs
/if ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
