<?cs # parts.cs: pieces of the admin pages, included after macros.cs.
  admin_nav(): the desk's sections (Page.Path marks the current one). ?><?cs
def:admin_nav() ?>
<nav class="admin-nav" aria-label="<?cs var:Lang.Admin.Nav.Label ?>">
<ul>
<li><a href="/admin"<?cs if:Page.Path == "/admin" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Admin.Nav.Home ?></a></li>
<li><a href="/admin/users/pending"<?cs if:Page.Path == "/admin/users/pending" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Admin.Nav.Pending ?></a></li>
<li><a href="/admin/users"<?cs if:Page.Path == "/admin/users" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Admin.Nav.Users ?></a></li>
<li><a href="/admin/users/invite"<?cs if:Page.Path == "/admin/users/invite" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Admin.Nav.Invite ?></a></li>
<li><a href="/admin/settings"<?cs if:Page.Path == "/admin/settings" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Admin.Nav.Settings ?></a></li>
<li><a href="/admin/audit"<?cs if:Page.Path == "/admin/audit" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Admin.Nav.Audit ?></a></li>
</ul>
</nav><?cs
/def ?>
