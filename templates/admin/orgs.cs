<?cs include:"macros.cs" ?><?cs include:"admin/parts.cs" ?><?cs # /admin/orgs
  (cgi/admin/orgs.c): new organisations Page.New.N.Id / .Name / .Type /
  .Created (kp_set_time) / .Creator; all organisations for the merge form
  Page.Orgs.N.Id / .Label; possibly outdated offers Page.Outdated.N.Id /
  .Title / .OrgId / .Org / .Checked (YYYY-MM-DD) / .Reminded (1/0). ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:admin_nav() ?><?cs
call:form_error() ?>
<section class="panel" aria-labelledby="new-orgs">
<h2 id="new-orgs"><?cs var:Lang.Admin.Orgs.New ?></h2><?cs
if:subcount(Page.New) == 0 ?><p><?cs var:Lang.Admin.Orgs.NoneNew ?></p><?cs
else ?>
<ol class="admin-pending"><?cs each:o = Page.New ?>
<li id="org-<?cs var:o.Id ?>">
<h3><a href="/orgs/<?cs var:o.Id ?>"><?cs var:o.Name ?></a></h3>
<p><?cs var:o.Type ?> · <?cs var:Lang.Admin.Orgs.CreatedBy ?> <?cs if:string.length(o.Creator) ?><?cs var:o.Creator ?><?cs else ?><?cs var:Lang.Admin.FormerMember ?><?cs /if ?>, <time datetime="<?cs var:o.Created.At ?>"><?cs var:o.Created.AtText ?></time></p>
<form class="inline-form" method="post" action="/admin/orgs/<?cs var:o.Id ?>/verify"><?cs call:csrf() ?>
<button type="submit" class="button"><?cs var:Lang.Admin.Orgs.Verify ?> <span class="vh"><?cs var:o.Name ?></span></button></form>
<a href="/orgs/<?cs var:o.Id ?>/edit"><?cs var:Lang.Admin.Orgs.Edit ?> <span class="vh"><?cs var:o.Name ?></span></a>
<form class="inline-form" method="post" action="/admin/orgs/<?cs var:o.Id ?>/reject"><?cs call:csrf() ?>
<button type="submit" class="button button-secondary"><?cs var:Lang.Admin.Orgs.Reject ?> <span class="vh"><?cs var:o.Name ?></span></button></form>
</li><?cs /each ?>
</ol><?cs
/if ?>
</section>
<section class="panel" aria-labelledby="merge">
<h2 id="merge"><?cs var:Lang.Admin.Orgs.Merge ?></h2>
<p><?cs var:Lang.Admin.Orgs.MergeIntro ?></p>
<form class="form" method="post" action="/admin/orgs/merge"><?cs call:csrf() ?>
<div class="field"><label for="f-from"><?cs var:Lang.Admin.Orgs.From ?></label>
<select id="f-from" name="from"><?cs each:o = Page.Orgs ?><option value="<?cs var:o.Id ?>"><?cs var:o.Label ?></option><?cs /each ?></select></div>
<div class="field"><label for="f-into"><?cs var:Lang.Admin.Orgs.Into ?></label>
<select id="f-into" name="into"><?cs each:o = Page.Orgs ?><option value="<?cs var:o.Id ?>"><?cs var:o.Label ?></option><?cs /each ?></select></div>
<div class="actions"><button type="submit" class="button"><?cs var:Lang.Admin.Orgs.MergeButton ?></button></div>
</form>
</section>
<section class="panel" aria-labelledby="outdated">
<h2 id="outdated"><?cs var:Lang.Admin.Orgs.Outdated ?></h2><?cs
if:subcount(Page.Outdated) == 0 ?><p><?cs var:Lang.Admin.Orgs.NoneOutdated ?></p><?cs
else ?>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="outdated"><table>
<caption class="vh"><?cs var:Lang.Admin.Orgs.Outdated ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.Admin.Orgs.Offer ?></th><th scope="col"><?cs var:Lang.Admin.Orgs.Org ?></th><th scope="col"><?cs var:Lang.Admin.Orgs.Checked ?></th><th scope="col"><?cs var:Lang.Admin.Orgs.Reminded ?></th></tr></thead>
<tbody><?cs each:f = Page.Outdated ?>
<tr><td><a href="/orgs/<?cs var:f.OrgId ?>/offers/<?cs var:f.Id ?>"><?cs var:f.Title ?></a></td><td><a href="/orgs/<?cs var:f.OrgId ?>"><?cs var:f.Org ?></a></td><td><time datetime="<?cs var:f.Checked ?>"><?cs var:f.Checked ?></time></td><td><?cs if:f.Reminded == 1 ?><?cs var:Lang.Admin.Orgs.Yes ?><?cs else ?><?cs var:Lang.Admin.Orgs.No ?><?cs /if ?></td></tr><?cs
/each ?></tbody></table></div><?cs
/if ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
