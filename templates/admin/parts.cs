<?cs # parts.cs: pieces of the admin pages, included after macros.cs.
  admin_nav(): the desk's sections (Page.Path marks the current one);
  moderators (Page.Admin.IsAdmin 0) see the moderation queue only. ?><?cs
def:admin_nav_item(href, text) ?>
<li><a href="<?cs var:href ?>"<?cs if:Page.Path == href ?> aria-current="page"<?cs /if ?>><?cs var:text ?></a></li><?cs
/def ?><?cs
def:admin_nav() ?>
<nav class="admin-nav" aria-label="<?cs var:Lang.Admin.Nav.Label ?>">
<ul><?cs
if:Page.Admin.IsAdmin == 1 ?><?cs
call:admin_nav_item("/admin", Lang.Admin.Nav.Home) ?><?cs
call:admin_nav_item("/admin/users/pending", Lang.Admin.Nav.Pending) ?><?cs
call:admin_nav_item("/admin/users", Lang.Admin.Nav.Users) ?><?cs
call:admin_nav_item("/admin/users/invite", Lang.Admin.Nav.Invite) ?><?cs
/if ?><?cs
call:admin_nav_item("/admin/reports", Lang.Admin.Nav.Reports) ?><?cs
if:Page.Admin.IsAdmin == 1 ?><?cs
call:admin_nav_item("/admin/orgs", Lang.Admin.Nav.Orgs) ?><?cs
call:admin_nav_item("/admin/groups", Lang.Admin.Nav.Groups) ?><?cs
call:admin_nav_item("/admin/content/fields", Lang.Admin.Nav.Fields) ?><?cs
call:admin_nav_item("/admin/content/types", Lang.Admin.Nav.Types) ?><?cs
call:admin_nav_item("/admin/settings", Lang.Admin.Nav.Settings) ?><?cs
call:admin_nav_item("/admin/stats", Lang.Admin.Nav.Stats) ?><?cs
call:admin_nav_item("/admin/audit", Lang.Admin.Nav.Audit) ?><?cs
/if ?>
</ul>
</nav><?cs
/def ?>
