<?cs include:"macros.cs" ?><?cs # POST /login. Page.Next: where to go after signing in. ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1><?cs
call:error_summary(Lang.Field) ?>
<form class="form" method="post" action="/login" novalidate><?cs
call:csrf() ?><?cs
if:Page.Next ?>
<input type="hidden" name="next" value="<?cs var:Page.Next ?>"><?cs /if ?><?cs
call:form_error() ?><?cs
call:field("email", "email", Lang.Field.email, "username", "") ?><?cs
call:field("password", "password", Lang.Field.password, "current-password", "") ?><?cs
call:submit(Lang.Action.Login) ?>
</form>
<ul class="link-list">
<li><a href="/password/forgot"><?cs var:Lang.Login.Forgot ?></a></li>
<li><?cs var:Lang.Login.NoAccount ?> <a href="/register"><?cs var:Lang.Action.Register ?></a></li>
</ul>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
