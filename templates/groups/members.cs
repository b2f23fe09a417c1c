<?cs include:"macros.cs" ?><?cs include:"groups/pages_form.cs" ?><?cs include:"groups/membership.cs" ?><?cs # /g/SLUG/members: a group's members
  (cgi/groups/members_list.c; the actions in members_join.c and
  members_manage.c). Reads Page.Group.* from group_begin (Slug, Name,
  Visibility, Archived, Role, State, Join, Request, ManageMembers);
  Page.MembersLink (the page's URL, for the pager); Page.Total; Page.MyRole;
  Page.Members.ROLE.N.Id / .Name / .OrgId / .Org / .Manage (1: the viewer
  may change this member's role and remove them) for ROLE owner,
  moderator, member; Page.RemoveHint.ROLE (1: some of them .Manage); for managers Page.Pending.requested.N and
  Page.Pending.invited.N (.Id / .Name / .Org / .By / .Since.At /
  .Since.AtText); Page.Mailed.N.Id (the link's token; 0: an account
  invited by address) / .Email / .By / .Since (invitations by e-mail,
  shown by the address alone); after an ambiguous invitation by name Page.Choices.N.Id /
  .Name / .Org and Page.ChoicesMore; Page.Form.who.Value / .Error. ?><?cs

# row_action(id, action, text, name, style): a POST form about one person;
  the button names them for screen readers. ?><?cs
def:row_action(id, action, text, name, style) ?>
<form class="inline-form" method="post" action="/g/<?cs var:Page.Group.Slug ?>/members/<?cs var:id ?>/<?cs var:action ?>"><?cs
call:csrf() ?>
<button type="submit" class="button button-small<?cs if:style ?> <?cs var:style ?><?cs /if ?>"><?cs var:text ?><span class="vh">: <?cs var:name ?></span></button>
</form><?cs /def ?><?cs

# person(m): photo, name and organisation. ?><?cs
def:person(m) ?>
<img class="person-thumb" src="/people/<?cs var:m.Id ?>/thumb" alt="" width="48" height="48">
<div class="person-text">
<a class="person-name" href="/people/<?cs var:m.Id ?>"><?cs var:m.Name ?></a><?cs
  if:string.length(m.Org) ?>
<p><?cs var:m.Org ?></p><?cs
  /if ?><?cs /def ?><?cs

# member_list(list, role): the active members of one role; for managers
  the hint about removing above the list. ?><?cs
def:member_list(list, role) ?><?cs
  if:Page.RemoveHint[role] == 1 ?>
<p class="hint"><?cs var:Lang.GroupMembers.RemoveHint ?></p><?cs
  /if ?>
<ul class="people-list group-members"><?cs
  each:m = list ?>
<li class="person"><?cs call:person(m) ?><?cs
    if:m.Manage == 1 ?>
<div class="group-member-manage">
<form class="inline-form" method="post" action="/g/<?cs var:Page.Group.Slug ?>/members/<?cs var:m.Id ?>/role"><?cs
call:csrf() ?>
<label for="f-role-<?cs var:m.Id ?>"><?cs var:Lang.GroupMembers.RoleOf ?> <span class="vh"><?cs var:m.Name ?></span></label>
<select id="f-role-<?cs var:m.Id ?>" name="role">
<option value="member"<?cs if:role == "member" ?> selected<?cs /if ?>><?cs var:Lang.Groups.Role.member ?></option>
<option value="moderator"<?cs if:role == "moderator" ?> selected<?cs /if ?>><?cs var:Lang.Groups.Role.moderator ?></option><?cs
      if:Page.MyRole == "owner" ?>
<option value="owner"<?cs if:role == "owner" ?> selected<?cs /if ?>><?cs var:Lang.Groups.Role.owner ?></option><?cs
      /if ?>
</select>
<button type="submit" class="button button-small button-secondary"><?cs var:Lang.GroupMembers.ChangeRole ?><span class="vh">: <?cs var:m.Name ?></span></button>
</form><?cs
      call:row_action(m.Id, "remove", Lang.GroupMembers.Remove, m.Name, "button-secondary") ?>
</div><?cs
    /if ?>
</div>
</li><?cs
  /each ?>
</ul><?cs /def ?><?cs

# role_section(role, id, heading): the active members of one role on this
  page, under their heading; nothing when there are none. ?><?cs
def:role_section(role, id, heading) ?><?cs
if:subcount(Page.Members[role]) > 0 ?>
<section class="panel" aria-labelledby="<?cs var:id ?>">
<h2 id="<?cs var:id ?>"><?cs var:heading ?></h2><?cs
  call:member_list(Page.Members[role], role) ?>
</section><?cs
/if ?><?cs
/def ?><?cs

def:main() ?>
<h1><?cs var:Lang.GroupMembers.Title ?> <span class="vh">– </span><small><?cs var:Page.Group.Name ?></small></h1>
<p class="lead"><?cs var:Page.Total ?> <?cs
  if:#Page.Total == #1 ?><?cs var:Lang.GroupMembers.CountOne ?><?cs else ?><?cs var:Lang.GroupMembers.CountMany ?><?cs /if ?><?cs
  if:Page.Group.Archived == 1 ?> <span class="badge badge-archived"><?cs var:Lang.Groups.Archived ?></span><?cs /if ?></p>
<p><a href="/g/<?cs var:Page.Group.Slug ?>"><?cs var:Lang.GroupMembers.Back ?></a></p><?cs

if:Page.Group.Archived == 1 ?>
<div class="alert alert-info group-archived"><p><?cs if:Page.Group.Read == 1 ?><?cs var:Lang.Groups.Home.ArchivedNotice ?><?cs else ?><?cs var:Lang.Groups.Home.ArchivedNoticeNoRead ?><?cs /if ?></p></div><?cs
/if ?>

<?cs call:membership(Lang.GroupMembers.YourStatus) ?><?cs

if:Page.Group.ManageMembers == 1 ?>
<section class="panel group-invite" aria-labelledby="invite-title">
<h2 id="invite-title"><?cs var:Lang.GroupMembers.Invite.Title ?></h2><?cs
  call:error_summary(Lang.GroupMembers.Field) ?>
<p class="form-note"><?cs var:Lang.GroupMembers.Invite.Intro ?></p>
<form class="form" method="post" action="/g/<?cs var:Page.Group.Slug ?>/members/invite" novalidate><?cs
  call:csrf() ?><?cs
  call:text_max("who", Lang.GroupMembers.Invite.Who, "", 250) ?>
<div class="actions"><button type="submit" class="button"><?cs var:Lang.GroupMembers.Invite.Submit ?></button></div>
</form><?cs
  if:subcount(Page.Choices) > 0 ?>
<h3 id="choose-title"><?cs var:Lang.GroupMembers.Invite.ChooseTitle ?></h3>
<form class="form group-choices" method="post" action="/g/<?cs var:Page.Group.Slug ?>/members/invite" novalidate><?cs
    call:csrf() ?>
<input type="hidden" name="who" value="<?cs var:Page.Form.who.Value ?>">
<fieldset>
<legend><?cs var:Lang.GroupMembers.Invite.ChooseLegend ?></legend>
<p class="hint"><?cs var:Lang.GroupMembers.Invite.ChooseHint ?></p><?cs
    each:c = Page.Choices ?>
<div class="choice">
<input type="radio" id="f-user_id-<?cs var:c.Id ?>" name="user_id" value="<?cs var:c.Id ?>"<?cs if:name(c) == "0" ?> checked<?cs /if ?>>
<label for="f-user_id-<?cs var:c.Id ?>"><?cs var:c.Name ?><?cs if:string.length(c.Org) ?> (<?cs var:c.Org ?>)<?cs /if ?></label>
</div><?cs
    /each ?>
</fieldset><?cs
    if:Page.ChoicesMore == 1 ?>
<p class="hint"><?cs var:Lang.GroupMembers.Invite.More ?></p><?cs
    /if ?>
<div class="actions"><button type="submit" class="button"><?cs var:Lang.GroupMembers.Invite.InviteChosen ?></button></div>
</form><?cs
  /if ?>
</section>

<section class="panel" aria-labelledby="requests-title">
<h2 id="requests-title"><?cs var:Lang.GroupMembers.Requests ?></h2><?cs
  if:subcount(Page.Pending.requested) > 0 ?>
<p class="hint"><?cs var:Lang.GroupMembers.RequestsHint ?></p>
<ul class="people-list group-requests"><?cs
    each:m = Page.Pending.requested ?>
<li class="person"><?cs call:person(m) ?><?cs
      if:m.Since.At ?>
<p class="hint"><?cs var:Lang.GroupMembers.Since ?> <time datetime="<?cs var:m.Since.At ?>"><?cs var:m.Since.AtText ?></time></p><?cs
      /if ?>
<div class="group-actions"><?cs
      call:row_action(m.Id, "approve", Lang.GroupMembers.Approve, m.Name, "") ?><?cs
      call:row_action(m.Id, "refuse", Lang.GroupMembers.Refuse, m.Name, "button-secondary") ?>
</div>
</div>
</li><?cs
    /each ?>
</ul><?cs
  else ?>
<p class="empty"><?cs var:Lang.GroupMembers.NoRequests ?></p><?cs
  /if ?>
</section>

<section class="panel" aria-labelledby="invitations-title">
<h2 id="invitations-title"><?cs var:Lang.GroupMembers.Invitations ?></h2><?cs
  if:subcount(Page.Pending.invited) > 0 ?>
<ul class="people-list group-invitations"><?cs
    each:m = Page.Pending.invited ?>
<li class="person"><?cs call:person(m) ?>
<p class="hint"><?cs
      if:string.length(m.By) ?><?cs var:Lang.GroupMembers.InvitedBy ?> <?cs var:m.By ?><?cs /if ?><?cs
      if:m.Since.At ?> <?cs var:Lang.GroupMembers.Since ?> <time datetime="<?cs var:m.Since.At ?>"><?cs var:m.Since.AtText ?></time><?cs /if ?></p>
<div class="group-actions"><?cs
      call:row_action(m.Id, "withdraw", Lang.GroupMembers.Withdraw, m.Name, "button-secondary") ?>
</div>
</div>
</li><?cs
    /each ?>
</ul><?cs
  else ?>
<p class="empty"><?cs var:Lang.GroupMembers.NoInvitations ?></p><?cs
  /if ?>
</section>

<section class="panel" aria-labelledby="mailed-title">
<h2 id="mailed-title"><?cs var:Lang.GroupMembers.Mailed ?></h2><?cs
  if:subcount(Page.Mailed) > 0 ?>
<ul class="group-mailed"><?cs
    each:m = Page.Mailed ?>
<li><strong><?cs var:m.Email ?></strong>
<p class="hint"><?cs
      if:string.length(m.By) ?><?cs var:Lang.GroupMembers.InvitedBy ?> <?cs var:m.By ?><?cs /if ?><?cs
      if:m.Since.At ?> <?cs var:Lang.GroupMembers.Since ?> <time datetime="<?cs var:m.Since.At ?>"><?cs var:m.Since.AtText ?></time><?cs /if ?></p>
<form class="inline-form" method="post" action="/g/<?cs var:Page.Group.Slug ?>/members/mail/<?cs var:m.Id ?>/withdraw"><?cs
call:csrf() ?><?cs
      if:m.Id == "0" ?>
<input type="hidden" name="email" value="<?cs var:m.Email ?>"><?cs
      /if ?>
<button type="submit" class="button button-small button-secondary"><?cs var:Lang.GroupMembers.Withdraw ?><span class="vh">: <?cs var:m.Email ?></span></button>
</form>
</li><?cs
    /each ?>
</ul><?cs
  else ?>
<p class="empty"><?cs var:Lang.GroupMembers.NoMailed ?></p><?cs
  /if ?>
</section><?cs
/if ?><?cs

if:#Page.Total == #0 ?>
<p class="empty"><?cs var:Lang.GroupMembers.NoMembers ?></p><?cs
/if ?><?cs
call:role_section("owner", "owners-title", Lang.GroupMembers.Owners) ?><?cs
call:role_section("moderator", "moderators-title", Lang.GroupMembers.Moderators) ?><?cs
call:role_section("member", "members-title", Lang.GroupMembers.Members) ?><?cs
call:pager(Page.MembersLink) ?><?cs
/def ?><?cs include:"layout.cs" ?>
