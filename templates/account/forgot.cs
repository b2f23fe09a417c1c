<?cs include:"macros.cs" ?><?cs # POST /password/forgot ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Forgot.Intro ?></p><?cs
call:error_summary(Lang.Field) ?>
<form class="form" method="post" action="/password/forgot" novalidate><?cs
call:csrf() ?><?cs
call:form_error() ?><?cs
call:field("email", "email", Lang.Field.email, "email", "") ?><?cs
call:submit(Lang.Action.SendLink) ?>
</form>
<p class="after-form"><a href="/login"><?cs var:Lang.Action.BackToLogin ?></a></p>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
