<?cs include:"macros.cs" ?><?cs include:"admin/parts.cs" ?><?cs # /admin
  (cgi/admin/home.c): Page.Counts.Pending / .Active / .Reports. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:admin_nav() ?>
<section class="panel" aria-labelledby="waiting">
<h2 id="waiting"><?cs var:Lang.Admin.Home.Waiting ?></h2>
<ul class="admin-counts">
<li><a href="/admin/users/pending"><?cs var:Lang.Admin.Home.Pending ?> <strong><?cs var:Page.Counts.Pending ?></strong></a></li>
<li><a href="/admin/reports"><?cs var:Lang.Admin.Home.Reports ?> <strong><?cs var:Page.Counts.Reports ?></strong></a></li>
<li><a href="/admin/users?status=active"><?cs var:Lang.Admin.Home.Active ?> <strong><?cs var:Page.Counts.Active ?></strong></a></li>
</ul>
</section>
<section class="panel" aria-labelledby="legal">
<h2 id="legal"><?cs var:Lang.Admin.Home.Legal ?></h2>
<ul>
<li><a href="/admin/legal/impressum"><?cs var:Lang.Admin.Legal.Title.impressum ?></a></li>
<li><a href="/admin/legal/datenschutz"><?cs var:Lang.Admin.Legal.Title.datenschutz ?></a></li>
<li><a href="/admin/legal/barrierefreiheit"><?cs var:Lang.Admin.Legal.Title.barrierefreiheit ?></a></li>
</ul>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
