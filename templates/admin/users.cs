<?cs include:"macros.cs" ?><?cs include:"admin/parts.cs" ?><?cs # /admin/users
  (cgi/admin/users.c): the filter (Page.Form.q / .status / .role), the
  matches Page.Users.N.Id / .Name / .Email / .Role / .Status / .Created /
  .LastLogin (kp_set_time), Page.Total, Page.Export (the CSV link with the
  same filters), Page.Pager.*. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:admin_nav() ?>
<section class="panel" aria-labelledby="filter-title">
<h2 id="filter-title"><?cs var:Lang.Admin.Users.Filter ?></h2>
<form class="filter-form" method="get" action="/admin/users" role="search" aria-labelledby="filter-title">
<div class="field"><label for="f-q"><?cs var:Lang.Admin.Users.Search ?></label>
<input id="f-q" name="q" type="search" value="<?cs var:Page.Form.q.Value ?>"></div>
<div class="field"><label for="f-status"><?cs var:Lang.Admin.Users.Status ?></label>
<select id="f-status" name="status">
<option value=""><?cs var:Lang.Admin.Users.Any ?></option><?cs
each:o = Lang.Admin.Status ?>
<option value="<?cs var:name(o) ?>"<?cs if:Page.Form.status.Value == name(o) ?> selected<?cs /if ?>><?cs var:o ?></option><?cs
/each ?>
</select></div>
<div class="field"><label for="f-role"><?cs var:Lang.Admin.Users.Role ?></label>
<select id="f-role" name="role">
<option value=""><?cs var:Lang.Admin.Users.Any ?></option><?cs
each:o = Lang.Admin.Role ?>
<option value="<?cs var:name(o) ?>"<?cs if:Page.Form.role.Value == name(o) ?> selected<?cs /if ?>><?cs var:o ?></option><?cs
/each ?>
</select></div>
<div class="actions"><button type="submit" class="button"><?cs var:Lang.Admin.Users.Apply ?></button></div>
</form>
</section>
<section class="panel" aria-labelledby="users-count">
<h2 id="users-count"><?cs var:Lang.Admin.Users.Found ?> <?cs var:Page.Total ?></h2>
<p><a href="<?cs var:Page.Export ?>" download><?cs var:Lang.Admin.Users.Export ?></a></p><?cs
if:#Page.Total > #0 ?>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="users-count">
<table class="admin-users">
<caption class="vh"><?cs var:Lang.Admin.Users.Title ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.Admin.Users.Name ?></th><th scope="col"><?cs var:Lang.Admin.Users.Email ?></th><th scope="col"><?cs var:Lang.Admin.Users.Role ?></th><th scope="col"><?cs var:Lang.Admin.Users.Status ?></th><th scope="col"><?cs var:Lang.Admin.Users.LastLogin ?></th></tr></thead>
<tbody><?cs each:u = Page.Users ?>
<tr><th scope="row"><a href="/admin/users/<?cs var:u.Id ?>"><?cs var:u.Name ?></a></th><td><?cs var:u.Email ?></td><td><?cs var:Lang.Admin.Role[u.Role] ?></td><td><?cs var:Lang.Admin.Status[u.Status] ?></td><td><?cs if:u.LastLogin.At ?><time datetime="<?cs var:u.LastLogin.At ?>"><?cs var:u.LastLogin.AtText ?></time><?cs else ?><?cs var:Lang.Admin.Never ?><?cs /if ?></td></tr><?cs
/each ?></tbody>
</table>
</div><?cs
/if ?><?cs
call:pager("/admin/users") ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
