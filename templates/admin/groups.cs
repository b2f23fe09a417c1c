<?cs include:"macros.cs" ?><?cs include:"admin/parts.cs" ?><?cs # /admin/groups
  (cgi/admin/groups.c): Page.Groups.N.Id / .Slug / .Name / .Visibility /
  .Archived (1/0) / .Members / .Owners (names, ", "); Page.Total,
  Page.Form.q, Page.Pager.*. A private group's name is not a link: its
  page opens to the coordinators only through "enter as admin" (a POST,
  audited, read-only for an hour). ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:admin_nav() ?>
<section class="panel" aria-labelledby="filter-title">
<h2 id="filter-title"><?cs var:Lang.Admin.Groups.Filter ?></h2>
<form class="filter-form" method="get" action="/admin/groups" role="search" aria-labelledby="filter-title">
<div class="field"><label for="f-q"><?cs var:Lang.Admin.Groups.Search ?></label>
<input id="f-q" name="q" type="search" value="<?cs var:Page.Form.q.Value ?>"></div>
<div class="actions"><button type="submit" class="button"><?cs var:Lang.Admin.Users.Apply ?></button></div>
</form>
</section>
<section class="panel" aria-labelledby="groups-count">
<h2 id="groups-count"><?cs var:Lang.Admin.Users.Found ?> <?cs var:Page.Total ?></h2>
<ol class="admin-pending"><?cs
each:g = Page.Groups ?>
<li id="group-<?cs var:g.Id ?>">
<h3><?cs if:g.Visibility == "private" ?><?cs var:g.Name ?><?cs else ?><a href="/g/<?cs var:g.Slug ?>"><?cs var:g.Name ?></a><?cs /if ?></h3>
<p><?cs var:Lang.Groups.Visibility[g.Visibility] ?><?cs if:g.Archived == 1 ?>, <?cs var:Lang.Groups.Archived ?><?cs /if ?> · <?cs var:Lang.Admin.Groups.Members ?> <?cs var:g.Members ?> · <?cs var:Lang.Admin.Groups.Owners ?> <?cs if:string.length(g.Owners) ?><?cs var:g.Owners ?><?cs else ?><?cs var:Lang.Admin.Groups.NoOwner ?><?cs /if ?></p><?cs
if:g.Visibility != "open" ?>
<form class="inline-form" method="post" action="/admin/groups/<?cs var:g.Id ?>/enter"><?cs call:csrf() ?>
<button type="submit" class="button button-secondary"><?cs var:Lang.Admin.Groups.Enter ?> <span class="vh"><?cs var:g.Name ?></span></button></form><?cs
/if ?><?cs
if:g.Archived == 1 ?>
<form class="inline-form" method="post" action="/admin/groups/<?cs var:g.Id ?>/restore"><?cs call:csrf() ?>
<button type="submit" class="button button-secondary"><?cs var:Lang.Admin.Groups.Restore ?> <span class="vh"><?cs var:g.Name ?></span></button></form><?cs
else ?>
<form class="inline-form" method="post" action="/admin/groups/<?cs var:g.Id ?>/archive"><?cs call:csrf() ?>
<button type="submit" class="button button-secondary"><?cs var:Lang.Admin.Groups.Archive ?> <span class="vh"><?cs var:g.Name ?></span></button></form>
<form class="vocab-form" method="post" action="/admin/groups/<?cs var:g.Id ?>/owner"><?cs call:csrf() ?>
<div class="field"><label for="owner-<?cs var:g.Id ?>"><?cs var:Lang.Admin.Groups.NewOwner ?> <span class="vh"><?cs var:g.Name ?></span></label>
<input id="owner-<?cs var:g.Id ?>" name="email" type="email" autocomplete="off" spellcheck="false" required></div>
<button type="submit" class="button button-secondary"><?cs var:Lang.Admin.Groups.Transfer ?></button>
</form><?cs
/if ?>
</li><?cs
/each ?>
</ol><?cs
call:pager("/admin/groups") ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
