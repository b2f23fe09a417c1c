<?cs include:"macros.cs" ?><?cs include:"admin/parts.cs" ?><?cs # /admin/legal/SLUG
  (cgi/admin/settings.c): the Markdown of one legal page (Page.Slug). ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:admin_nav() ?>
<div class="narrow"><?cs
call:error_summary(Lang.Admin.Legal.Field) ?>
<p><a href="/<?cs var:Page.Slug ?>"><?cs var:Lang.Admin.Legal.View ?></a></p>
<form class="form" method="post" action="/admin/legal/<?cs var:Page.Slug ?>" novalidate><?cs
call:csrf() ?><?cs
call:opt_textarea_field("body", Lang.Admin.Legal.Field.body, Lang.Admin.Legal.Hint) ?><?cs
call:submit(Lang.Action.Save) ?>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
