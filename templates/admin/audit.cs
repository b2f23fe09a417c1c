<?cs include:"macros.cs" ?><?cs include:"admin/parts.cs" ?><?cs # /admin/audit
  (cgi/admin/audit_page.c): filters Page.Form.actor / .action / .from /
  .to; entries Page.Entries.N.At (kp_set_time) / .ActorId / .Actor / .Ip /
  .Action / .Target / .Detail; Page.Total; Page.Pager.*. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:admin_nav() ?><?cs
call:error_summary(Lang.Admin.Audit.Field) ?>
<section class="panel" aria-labelledby="filter-title">
<h2 id="filter-title"><?cs var:Lang.Admin.Audit.Filter ?></h2>
<form class="filter-form" method="get" action="/admin/audit" role="search" aria-labelledby="filter-title"><?cs
call:opt_field("actor", "search", Lang.Admin.Audit.Field.actor, "off", "") ?><?cs
call:opt_field("action", "search", Lang.Admin.Audit.Field.action, "off", Lang.Admin.Audit.ActionHint) ?><?cs
call:opt_field("from", "date", Lang.Admin.Audit.Field.from, "off", "") ?><?cs
call:opt_field("to", "date", Lang.Admin.Audit.Field.to, "off", "") ?>
<div class="actions"><button type="submit" class="button"><?cs var:Lang.Admin.Users.Apply ?></button></div>
</form>
</section>
<section class="panel" aria-labelledby="audit-count">
<h2 id="audit-count"><?cs var:Lang.Admin.Audit.Found ?> <?cs var:Page.Total ?></h2><?cs
if:#Page.Total > #0 ?>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="audit-count">
<table class="admin-audit">
<caption class="vh"><?cs var:Lang.Admin.Audit.Title ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.Admin.Audit.When ?></th><th scope="col"><?cs var:Lang.Admin.Audit.Who ?></th><th scope="col"><?cs var:Lang.Admin.Audit.From ?></th><th scope="col"><?cs var:Lang.Admin.Audit.What ?></th><th scope="col"><?cs var:Lang.Admin.Audit.Target ?></th><th scope="col"><?cs var:Lang.Admin.Audit.Detail ?></th></tr></thead>
<tbody><?cs each:e = Page.Entries ?>
<tr><td><time datetime="<?cs var:e.At.At ?>"><?cs var:e.At.AtText ?></time></td><td><?cs
if:e.ActorId ?><a href="/admin/users/<?cs var:e.ActorId ?>"><?cs var:e.Actor ?></a><?cs else ?><?cs var:Lang.Admin.Audit.System ?><?cs /if ?></td><td><?cs var:e.Ip ?></td><td><code><?cs var:e.Action ?></code></td><td><?cs var:e.Target ?></td><td><?cs var:e.Detail ?></td></tr><?cs
/each ?></tbody>
</table>
</div><?cs
/if ?><?cs
call:pager("/admin/audit") ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
