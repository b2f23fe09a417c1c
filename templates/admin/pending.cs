<?cs include:"macros.cs" ?><?cs include:"admin/parts.cs" ?><?cs # /admin/users/pending
  (cgi/admin/users.c): registrations with a confirmed address that wait
  for approval, oldest first: Page.Pending.N.Id / .Name / .Email /
  .Created. Approve, or reject with an optional message (both mailed). ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:admin_nav() ?>
<section class="panel" aria-labelledby="pending-count"><?cs
if:subcount(Page.Pending) == 0 ?>
<h2 id="pending-count"><?cs var:Lang.Admin.Pending.Count ?> 0</h2>
<p><?cs var:Lang.Admin.Pending.None ?></p><?cs
else ?>
<h2 id="pending-count"><?cs var:Lang.Admin.Pending.Count ?> <?cs var:subcount(Page.Pending) ?></h2>
<ol class="admin-pending"><?cs
each:p = Page.Pending ?>
<li id="pending-<?cs var:p.Id ?>">
<h3><a href="/admin/users/<?cs var:p.Id ?>"><?cs var:p.Name ?></a></h3>
<p><?cs var:p.Email ?> · <?cs var:Lang.Admin.Pending.Since ?> <time datetime="<?cs var:p.Created.At ?>"><?cs var:p.Created.AtText ?></time></p>
<form class="inline-form" method="post" action="/admin/users/<?cs var:p.Id ?>/approve"><?cs call:csrf() ?>
<button type="submit" class="button"><?cs var:Lang.Admin.Pending.Approve ?> <span class="vh"><?cs var:p.Name ?></span></button>
</form>
<form class="form" method="post" action="/admin/users/<?cs var:p.Id ?>/reject"><?cs call:csrf() ?>
<div class="field"><label for="message-<?cs var:p.Id ?>"><?cs var:Lang.Admin.Pending.Message ?> <span class="optional"><?cs var:Lang.Form.Optional ?></span></label>
<textarea id="message-<?cs var:p.Id ?>" name="message" rows="3"></textarea></div>
<button type="submit" class="button button-secondary"><?cs var:Lang.Admin.Pending.Reject ?> <span class="vh"><?cs var:p.Name ?></span></button>
</form>
</li><?cs
/each ?>
</ol><?cs
/if ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
