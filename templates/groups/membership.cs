<?cs # groups/membership.cs: the viewer's own membership in the group, as
  the home page and the members page show it — their state and the one
  button it allows (join, request, cancel, accept, decline, leave), each a
  POST to /g/SLUG/members/ACTION. Reads Page.Group.* from group_begin
  (State, Role, Archived, Join, Request, Slug). ?><?cs

# member_action(action, text, style): one small POST form. ?><?cs
def:member_action(action, text, style) ?>
<form class="inline-form" method="post" action="/g/<?cs var:Page.Group.Slug ?>/members/<?cs var:action ?>"><?cs
call:csrf() ?>
<button type="submit" class="button<?cs if:style ?> <?cs var:style ?><?cs /if ?>"><?cs var:text ?></button>
</form><?cs /def ?><?cs

# membership(heading): the panel, under heading. ?><?cs
def:membership(heading) ?>
<section class="panel group-membership" aria-labelledby="membership-title">
<h2 id="membership-title"><?cs var:heading ?></h2><?cs
if:Page.Group.State == "active" ?>
<p><?cs var:Lang.Groups.Home.Member ?> <strong><?cs var:Lang.Groups.Role[Page.Group.Role] ?></strong></p>
<p class="hint"><?cs var:Lang.Groups.Home.LeaveHint ?></p><?cs
  call:member_action("leave", Lang.Groups.Home.Leave, "button-secondary") ?><?cs
elif:Page.Group.State == "invited" ?>
<p><?cs var:Lang.Groups.Home.Invited ?></p><?cs
  if:Page.Group.Archived != 1 ?>
<div class="group-actions"><?cs
    call:member_action("accept", Lang.Groups.Home.Accept, "") ?><?cs
    call:member_action("decline", Lang.Groups.Home.Decline, "button-secondary") ?>
</div><?cs
  /if ?><?cs
elif:Page.Group.State == "requested" ?>
<p><?cs var:Lang.Groups.Home.Requested ?></p><?cs
  if:Page.Group.Archived != 1 ?><?cs
    call:member_action("cancel", Lang.Groups.Home.Cancel, "button-secondary") ?><?cs
  /if ?><?cs
else ?>
<p><?cs var:Lang.Groups.Home.NotMember ?></p><?cs
  if:Page.Group.Join == 1 ?>
<p class="hint"><?cs var:Lang.Groups.Home.JoinHint ?></p><?cs
    call:member_action("join", Lang.Groups.Home.Join, "") ?><?cs
  elif:Page.Group.Request == 1 ?>
<p class="hint"><?cs var:Lang.Groups.Home.RequestHint ?></p><?cs
    call:member_action("request", Lang.Groups.Home.Request, "") ?><?cs
  /if ?><?cs
/if ?>
</section><?cs
/def ?>