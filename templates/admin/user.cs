<?cs include:"macros.cs" ?><?cs include:"admin/parts.cs" ?><?cs # /admin/users/ID
  (cgi/admin/users.c): Page.User.Id / .Email / .Name / .Role / .Status /
  .Lang / .Self (1: the viewer) / .Created / .LastLogin / .Approved
  (kp_set_time); Page.Groups.N.Slug / .Name / .Visibility / .Role /
  .State; Page.Orgs.N.Id / .Name; Page.Sessions.N.Created / .Seen / .Ip /
  .Agent. The actions the account's status allows. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:admin_nav() ?>
<section class="panel" aria-labelledby="account">
<h2 id="account"><?cs var:Lang.Admin.User.Account ?></h2>
<dl class="facts">
<dt><?cs var:Lang.Admin.Users.Email ?></dt><dd><?cs var:Page.User.Email ?></dd>
<dt><?cs var:Lang.Admin.Users.Role ?></dt><dd><?cs var:Lang.Admin.Role[Page.User.Role] ?></dd>
<dt><?cs var:Lang.Admin.Users.Status ?></dt><dd id="status"><?cs var:Lang.Admin.Status[Page.User.Status] ?></dd>
<dt><?cs var:Lang.Admin.User.Created ?></dt><dd><time datetime="<?cs var:Page.User.Created.At ?>"><?cs var:Page.User.Created.AtText ?></time></dd>
<dt><?cs var:Lang.Admin.Users.LastLogin ?></dt><dd><?cs if:Page.User.LastLogin.At ?><time datetime="<?cs var:Page.User.LastLogin.At ?>"><?cs var:Page.User.LastLogin.AtText ?></time><?cs else ?><?cs var:Lang.Admin.Never ?><?cs /if ?></dd>
</dl>
</section>
<section class="panel" aria-labelledby="groups">
<h2 id="groups"><?cs var:Lang.Admin.User.Groups ?></h2><?cs
if:subcount(Page.Groups) == 0 ?><p><?cs var:Lang.Admin.User.NoGroups ?></p><?cs
else ?><ul><?cs each:g = Page.Groups ?>
<li><?cs var:g.Name ?> (<?cs var:Lang.Groups.Visibility[g.Visibility] ?>; <?cs var:Lang.Groups.Role[g.Role] ?><?cs if:g.State != "active" ?>, <?cs var:Lang.Groups.State[g.State] ?><?cs /if ?>)</li><?cs
/each ?></ul><?cs /if ?>
</section>
<section class="panel" aria-labelledby="orgs">
<h2 id="orgs"><?cs var:Lang.Admin.User.Orgs ?></h2><?cs
if:subcount(Page.Orgs) == 0 ?><p><?cs var:Lang.Admin.User.NoOrgs ?></p><?cs
else ?><ul><?cs each:o = Page.Orgs ?>
<li><a href="/orgs/<?cs var:o.Id ?>"><?cs var:o.Name ?></a></li><?cs
/each ?></ul><?cs /if ?>
</section>
<section class="panel" aria-labelledby="sessions">
<h2 id="sessions"><?cs var:Lang.Admin.User.Sessions ?></h2><?cs
if:subcount(Page.Sessions) == 0 ?><p><?cs var:Lang.Admin.User.NoSessions ?></p><?cs
else ?>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="sessions"><table>
<caption class="vh"><?cs var:Lang.Admin.User.Sessions ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.Admin.User.SessionStart ?></th><th scope="col"><?cs var:Lang.Admin.User.SessionSeen ?></th><th scope="col"><?cs var:Lang.Admin.User.SessionIp ?></th><th scope="col"><?cs var:Lang.Admin.User.SessionAgent ?></th></tr></thead>
<tbody><?cs each:s = Page.Sessions ?>
<tr><td><time datetime="<?cs var:s.Created.At ?>"><?cs var:s.Created.AtText ?></time></td><td><time datetime="<?cs var:s.Seen.At ?>"><?cs var:s.Seen.AtText ?></time></td><td><?cs var:s.Ip ?></td><td><?cs var:s.Agent ?></td></tr><?cs
/each ?></tbody></table></div><?cs
/if ?>
</section><?cs
if:Page.User.Self != 1 && Page.User.Status != "deleted" ?>
<section class="panel" aria-labelledby="actions">
<h2 id="actions"><?cs var:Lang.Admin.User.Actions ?></h2><?cs
if:Page.User.Status == "pending" ?>
<form class="inline-form" method="post" action="/admin/users/<?cs var:Page.User.Id ?>/approve"><?cs call:csrf() ?>
<button type="submit" class="button"><?cs var:Lang.Admin.Pending.Approve ?></button></form><?cs
/if ?><?cs
if:Page.User.Status == "active" ?>
<form class="form" method="post" action="/admin/users/<?cs var:Page.User.Id ?>/role"><?cs call:csrf() ?><?cs
call:select_field("role", Lang.Admin.Users.Role, Lang.Admin.Role, Lang.Admin.User.RoleHint) ?><?cs
call:submit(Lang.Admin.User.SetRole) ?>
</form>
<form class="inline-form" method="post" action="/admin/users/<?cs var:Page.User.Id ?>/reset"><?cs call:csrf() ?>
<button type="submit" class="button button-secondary"><?cs var:Lang.Admin.User.SendReset ?></button></form>
<form class="inline-form" method="post" action="/admin/users/<?cs var:Page.User.Id ?>/suspend"><?cs call:csrf() ?>
<button type="submit" class="button button-secondary"><?cs var:Lang.Admin.User.Suspend ?></button></form><?cs
/if ?><?cs
if:Page.User.Status == "suspended" ?>
<form class="inline-form" method="post" action="/admin/users/<?cs var:Page.User.Id ?>/unsuspend"><?cs call:csrf() ?>
<button type="submit" class="button button-secondary"><?cs var:Lang.Admin.User.Unsuspend ?></button></form><?cs
/if ?>
<?cs if:Page.User.Role != "member" ?>
<form class="inline-form" method="post" action="/admin/users/<?cs var:Page.User.Id ?>/reset-2fa"><?cs call:csrf() ?>
<button type="submit" class="button button-secondary"><?cs var:Lang.Admin.User.ResetTwoFa ?></button></form><?cs
/if ?>
<form class="form" method="post" action="/admin/users/<?cs var:Page.User.Id ?>/delete"><?cs call:csrf() ?>
<h3><?cs var:Lang.Admin.User.Delete ?></h3>
<p><?cs var:Lang.Admin.User.DeleteText ?></p>
<div class="choice"><input id="f-confirm" name="confirm" type="checkbox" value="yes" required>
<label for="f-confirm"><?cs var:Lang.Admin.User.DeleteConfirm ?></label></div>
<div class="actions"><button type="submit" class="button button-danger"><?cs var:Lang.Admin.User.Delete ?></button></div>
</form>
</section><?cs
/if ?><?cs
/def ?><?cs include:"layout.cs" ?>
