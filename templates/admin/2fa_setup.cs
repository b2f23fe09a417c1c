<?cs include:"macros.cs" ?><?cs # /admin/2fa/setup (cgi/admin/twofa.c): the QR code of
  the new TOTP secret (Page.Qr.Path: SVG path data, Page.Qr.Size: modules
  with the quiet zone), the secret for typing (Page.Secret) and the form
  for the first code. ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1><?cs
call:error_summary(Lang.Admin.TwoFa.Field) ?>
<p><?cs var:Lang.Admin.TwoFa.SetupIntro ?></p>
<ol class="steps">
<li><?cs var:Lang.Admin.TwoFa.Step1 ?></li>
<li><?cs var:Lang.Admin.TwoFa.Step2 ?>
<figure class="qr">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 <?cs var:Page.Qr.Size ?> <?cs var:Page.Qr.Size ?>" width="240" height="240" role="img" aria-labelledby="qr-caption" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path d="<?cs var:Page.Qr.Path ?>" fill="#000"/></svg>
<figcaption id="qr-caption"><?cs var:Lang.Admin.TwoFa.QrCaption ?></figcaption>
</figure>
<p><?cs var:Lang.Admin.TwoFa.SecretLabel ?> <code class="secret" id="secret"><?cs var:Page.Secret ?></code></p></li>
<li><?cs var:Lang.Admin.TwoFa.Step3 ?></li>
</ol>
<form class="form" method="post" action="/admin/2fa/setup" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
call:field("code", "text", Lang.Admin.TwoFa.Field.code, "one-time-code", Lang.Admin.TwoFa.CodeHint) ?><?cs
call:submit(Lang.Admin.TwoFa.Confirm) ?>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
