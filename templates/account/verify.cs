<?cs include:"macros.cs" ?><?cs # GET /verify/<Page.Token>: the link from the mail lands here and the
  address is confirmed only by the POST below (mail scanners that open
  links do not confirm anything). Page.Token is [A-Za-z0-9_-] only;
  Page.Email: the address being confirmed. ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1><?cs
if:Page.Email ?>
<p class="lead"><?cs var:Lang.Verify.Address ?> <strong class="email"><?cs var:Page.Email ?></strong></p><?cs
/if ?>
<p><?cs var:Lang.Verify.Intro ?></p>
<form class="form" method="post" action="/verify/<?cs var:Page.Token ?>"><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
call:submit(Lang.Action.Confirm) ?>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
