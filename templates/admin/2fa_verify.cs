<?cs include:"macros.cs" ?><?cs # /admin/2fa/verify (cgi/admin/twofa.c): a code from
  the authenticator app or a recovery code, once per session. ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1><?cs
call:error_summary(Lang.Admin.TwoFa.Field) ?>
<p><?cs var:Lang.Admin.TwoFa.VerifyIntro ?></p>
<form class="form" method="post" action="/admin/2fa/verify" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
call:field("code", "text", Lang.Admin.TwoFa.Field.code, "one-time-code", Lang.Admin.TwoFa.VerifyHint) ?><?cs
call:submit(Lang.Admin.TwoFa.Verify) ?>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
