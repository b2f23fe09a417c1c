<?cs include:"macros.cs" ?><?cs include:"admin/parts.cs" ?><?cs # /admin/users/invite
  (cgi/admin/invite.c): one address or a pasted list; Page.Once:
  the form's one-time token. After an error:
  Page.Bad.N (not addresses) and Page.Exists.N (have an account). ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:admin_nav() ?>
<div class="narrow"><?cs
call:error_summary(Lang.Admin.Invite.Field) ?><?cs
if:subcount(Page.Bad) > 0 ?>
<p><?cs var:Lang.Admin.Invite.Bad ?></p>
<ul><?cs each:b = Page.Bad ?><li><?cs var:b ?></li><?cs /each ?></ul><?cs
/if ?><?cs
if:subcount(Page.Exists) > 0 ?>
<p><?cs var:Lang.Admin.Invite.Exists ?></p>
<ul><?cs each:b = Page.Exists ?><li><?cs var:b ?></li><?cs /each ?></ul><?cs
/if ?>
<form class="form" method="post" action="/admin/users/invite" novalidate><?cs
call:csrf() ?>
<input type="hidden" name="once" value="<?cs var:Page.Once ?>"><?cs
call:textarea_field("emails", Lang.Admin.Invite.Field.emails, Lang.Admin.Invite.Hint) ?><?cs
call:lang_field("lang", Lang.Admin.Invite.Field.lang, "") ?><?cs
call:submit(Lang.Admin.Invite.Send) ?>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
