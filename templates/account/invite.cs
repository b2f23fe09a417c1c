<?cs include:"macros.cs" ?><?cs # POST /invite/<Page.Token>; Page.Token is [A-Za-z0-9_-] only;
  Page.Invite.Email, and for an invitation into a group .Group and .Inviter ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Invite.InvitedAs ?> <strong class="email"><?cs var:Page.Invite.Email ?></strong></p>
<?cs if:string.length(Page.Invite.Group) ?>
<p class="invite-group"><?cs var:Lang.Invite.Group ?> <strong><?cs var:Page.Invite.Group ?></strong><?cs
  if:string.length(Page.Invite.Inviter) ?> (<?cs var:Lang.Invite.InvitedBy ?> <?cs var:Page.Invite.Inviter ?>)<?cs /if ?>.</p><?cs
/if ?>
<p><?cs var:Lang.Invite.Intro ?></p><?cs
call:error_summary(Lang.FieldNew) ?>
<form class="form" method="post" action="/invite/<?cs var:Page.Token ?>" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
call:required_note() ?><?cs
call:field("name", "text", Lang.Field.name, "name", Lang.Hint.Name) ?><?cs
call:field("password", "password", Lang.FieldNew.password, "new-password", Lang.Hint.Password) ?><?cs
call:field("password2", "password", Lang.FieldNew.password2, "new-password", "") ?>
<section class="note" aria-labelledby="privacy-title">
<h2 id="privacy-title"><?cs var:Lang.Register.PrivacyTitle ?></h2>
<p><?cs var:Lang.Invite.PrivacyText ?></p>
</section><?cs
call:submit(Lang.Action.CreateAccount) ?>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
