<?cs include:"macros.cs" ?><?cs # POST /register ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Register.Intro ?></p><?cs
call:error_summary(Lang.FieldNew) ?>
<form class="form" method="post" action="/register" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
call:required_note() ?><?cs
call:field("name", "text", Lang.Field.name, "name", Lang.Hint.Name) ?><?cs
call:field("email", "email", Lang.Field.email, "email", Lang.Hint.Email) ?><?cs
call:field("password", "password", Lang.FieldNew.password, "new-password", Lang.Hint.Password) ?><?cs
call:field("password2", "password", Lang.FieldNew.password2, "new-password", "") ?>
<section class="note" aria-labelledby="privacy-title">
<h2 id="privacy-title"><?cs var:Lang.Register.PrivacyTitle ?></h2>
<p><?cs var:Lang.Register.PrivacyText ?></p>
<p><?cs var:Lang.Register.ApprovalText ?></p>
</section><?cs
call:submit(Lang.Action.Register) ?>
</form>
<p class="after-form"><?cs var:Lang.Register.HaveAccount ?> <a href="/login"><?cs var:Lang.Action.Login ?></a></p>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
