<?cs include:"macros.cs" ?><?cs # POST /password/reset with the token from the mail ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Reset.Intro ?></p><?cs
call:error_summary(Lang.FieldNew) ?>
<form class="form" method="post" action="/password/reset" novalidate><?cs
call:csrf() ?>
<input type="hidden" name="token" value="<?cs var:Page.Token ?>"><?cs
call:form_error() ?><?cs
call:required_note() ?><?cs
call:field("password", "password", Lang.FieldNew.password, "new-password", Lang.Hint.Password) ?><?cs
call:field("password2", "password", Lang.FieldNew.password2, "new-password", "") ?><?cs
call:submit(Lang.Action.SavePassword) ?>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
