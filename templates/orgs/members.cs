<?cs include:"macros.cs" ?><?cs # /orgs/ID/members: the contact persons of an organisation, for
  its editors and site admins (cgi/people/org_members.c).
  Reads Page.Org.Id / .Name; Page.Members.N.Id / .Name / .Active (1/0) and
  the names of the member's fields .RoleField / .PositionField /
  .EditorField / .RemoveField ("role_ID", ...), whose values and errors
  are in Page.Form[field]; Page.Labels[field] (the error summary's labels,
  with the person's name); Page.Error (form-level: no editor left, a
  member who cannot be added); Page.Q (the search text), Page.Searched (1
  after a search), Page.Candidates.N.Id / .Name / .Position (members to
  add), Page.AddUser (the id of the member whose "add" form came back with
  an error at its role field, Page.Form.role). ?><?cs

# org_checkbox(name, label): one optional yes/no choice, value 1; checked
  when Page.Form.NAME.Value is "1". ?><?cs
def:org_checkbox(name, label) ?>
<div class="field<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>"><?cs
if:Page.Form[name].Error ?>
<p class="field-error" id="e-<?cs var:name ?>"><span class="error-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Form[name].Error ?></p><?cs
/if ?>
<div class="choice">
<input id="f-<?cs var:name ?>" name="<?cs var:name ?>" type="checkbox" value="1"<?cs
if:Page.Form[name].Value == "1" ?> checked<?cs /if ?><?cs
call:field_describedby(name, "") ?>>
<label for="f-<?cs var:name ?>"><?cs var:label ?></label>
</div>
</div><?cs /def ?><?cs

def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><a href="/orgs/<?cs var:Page.Org.Id ?>"><?cs var:Page.Org.Name ?></a></p><?cs
call:error_summary(Page.Labels) ?><?cs
call:form_error() ?>
<p class="form-note"><?cs var:Lang.Orgs.Members.Intro ?></p>

<section aria-labelledby="listed-title">
<h2 id="listed-title"><?cs var:Lang.Orgs.Members.Listed ?></h2><?cs
if:subcount(Page.Members) > 0 ?>
<form class="form" method="post" action="/orgs/<?cs var:Page.Org.Id ?>/members" novalidate><?cs
call:csrf() ?><?cs
each:m = Page.Members ?>
<fieldset class="field org-member">
<legend><a href="/people/<?cs var:m.Id ?>"><?cs var:m.Name ?></a><?cs
  if:m.Active != 1 ?> <span class="badge"><?cs var:Lang.Orgs.Members.Inactive ?></span><?cs /if ?></legend><?cs
  call:opt_field(m.RoleField, "text", Lang.Orgs.Members.Role, "", Lang.Orgs.Members.RoleHint) ?><?cs
  call:field(m.PositionField, "number", Lang.Orgs.Members.Position, "", Lang.Orgs.Members.PositionHint) ?><?cs
  call:org_checkbox(m.EditorField, Lang.Orgs.Members.Editor) ?><?cs
  call:org_checkbox(m.RemoveField, Lang.Orgs.Members.Remove) ?>
</fieldset><?cs
/each ?><?cs
call:submit(Lang.Orgs.Members.Save) ?>
</form><?cs
else ?>
<p class="empty"><?cs var:Lang.Orgs.Members.None ?></p><?cs
/if ?>
</section>

<section aria-labelledby="add-title">
<h2 id="add-title" class="form-section"><?cs var:Lang.Orgs.Members.AddTitle ?></h2>
<form class="form" method="get" action="/orgs/<?cs var:Page.Org.Id ?>/members" role="search" aria-labelledby="add-title">
<div class="field">
<label for="f-q"><?cs var:Lang.Orgs.Members.Q ?></label>
<p class="hint" id="h-q"><?cs var:Lang.Orgs.Members.QHint ?></p>
<input id="f-q" name="q" type="search" value="<?cs var:Page.Q ?>" aria-describedby="h-q">
</div>
<div class="actions"><button type="submit" class="button button-secondary"><?cs var:Lang.Orgs.Members.Search ?></button></div>
</form><?cs
if:Page.Searched == 1 ?><?cs
  if:subcount(Page.Candidates) > 0 ?>
<h3><?cs var:Lang.Orgs.Members.Found ?></h3>
<p class="hint"><?cs var:Lang.Orgs.Members.AddHint ?></p>
<ul class="link-list org-candidates"><?cs
    each:c = Page.Candidates ?>
<li class="org-candidate">
<form class="form" method="post" action="/orgs/<?cs var:Page.Org.Id ?>/members/add" novalidate><?cs
call:csrf() ?>
<input type="hidden" name="user" value="<?cs var:c.Id ?>">
<input type="hidden" name="q" value="<?cs var:Page.Q ?>">
<p><a href="/people/<?cs var:c.Id ?>"><?cs var:c.Name ?></a><?cs
      if:string.length(c.Position) ?> <span class="org-role">(<?cs var:c.Position ?>)</span><?cs /if ?></p><?cs
      if:Page.AddUser == c.Id ?><?cs
        call:opt_field("role", "text", Lang.Orgs.Field.role, "", "") ?><?cs
      else ?>
<div class="field">
<label for="f-role-<?cs var:c.Id ?>"><?cs var:Lang.Orgs.Field.role ?><span class="vh"> (<?cs var:c.Name ?>)</span> <span class="optional"><?cs var:Lang.Form.Optional ?></span></label>
<input id="f-role-<?cs var:c.Id ?>" name="role" type="text">
</div><?cs
      /if ?>
<div class="actions"><button type="submit" class="button button-small"><?cs var:Lang.Orgs.Members.Add ?><span class="vh">: <?cs var:c.Name ?></span></button></div>
</form>
</li><?cs
    /each ?>
</ul><?cs
  else ?>
<p><?cs var:Lang.Orgs.Members.FoundNone ?></p><?cs
  /if ?><?cs
/if ?>
</section>

<p><a href="/orgs/<?cs var:Page.Org.Id ?>"><?cs var:Lang.Orgs.Members.BackToOrg ?></a></p>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
