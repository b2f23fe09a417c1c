<?cs include:"macros.cs" ?><?cs include:"groups/pages_form.cs" ?><?cs # /g/SLUG/settings
  (cgi/groups/pages_settings.c). Reads Page.Group.* (group_begin, and
  .HasPicture / .Archived.At / .AtText / .ArchivedBy from the group's
  row); Page.Group.Settings (1: the form — the group's owners while it is
  not archived) and Page.Group.Archive (1: the archive or restore
  section); Page.Form.NAME.Value / .Error for name, description,
  visibility, picture, remove_picture. The slug is shown, not changed. ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Lang.Groups.Settings.Title ?></h1>
<p class="lead"><?cs var:Lang.Groups.Settings.Of ?> <a href="/g/<?cs var:Page.Group.Slug ?>"><?cs var:Page.Group.Name ?></a></p><?cs
if:Page.Group.Archived == 1 ?>
<div class="alert alert-info group-archived"><p><?cs if:Page.Group.Read == 1 ?><?cs var:Lang.Groups.Home.ArchivedNotice ?><?cs else ?><?cs var:Lang.Groups.Home.ArchivedNoticeNoRead ?><?cs /if ?></p></div><?cs
/if ?><?cs
if:Page.Group.Settings == 1 ?><?cs
  call:error_summary(Lang.Groups.Field) ?>
<p class="form-note"><?cs var:Lang.Groups.Settings.Intro ?></p>
<form class="form" method="post" action="/g/<?cs var:Page.Group.Slug ?>/settings" enctype="multipart/form-data" novalidate><?cs
  call:csrf() ?><?cs
  call:form_error() ?><?cs
  call:text_max("name", Lang.Groups.Field.name, Lang.Groups.Hint.Name, 120) ?>
<div class="field group-slug">
<p class="field-title"><?cs var:Lang.Groups.Settings.Address ?></p>
<p><code>/g/<?cs var:Page.Group.Slug ?></code></p>
<p class="hint"><?cs var:Lang.Groups.Settings.SlugNote ?></p>
</div><?cs
  call:opt_textarea_field("description", Lang.Groups.Field.description, Lang.Groups.Hint.Description) ?><?cs
  call:group_visibility() ?><?cs
  call:group_picture(Page.Group.HasPicture, Page.Group.Slug) ?>
<div class="actions">
<button type="submit" class="button"><?cs var:Lang.Groups.Settings.Save ?></button>
<a href="/g/<?cs var:Page.Group.Slug ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form><?cs
/if ?><?cs
if:Page.Group.Archive == 1 ?><?cs
  if:Page.Group.Archived == 1 ?>
<section class="panel group-archive" aria-labelledby="archive-title">
<h2 id="archive-title"><?cs var:Lang.Groups.Settings.RestoreTitle ?></h2>
<p><?cs var:Lang.Groups.Settings.RestoreHint ?></p><?cs
    if:Page.Group.Archived.At ?>
<p class="hint"><?cs var:Lang.Groups.Home.ArchivedSince ?> <time datetime="<?cs var:Page.Group.Archived.At ?>"><?cs var:Page.Group.Archived.AtText ?></time><?cs
      if:string.length(Page.Group.ArchivedBy) ?> <?cs var:Lang.Groups.Home.ArchivedBy ?> <?cs var:Page.Group.ArchivedBy ?><?cs /if ?></p><?cs
    /if ?>
<form method="post" action="/g/<?cs var:Page.Group.Slug ?>/settings/restore"><?cs call:csrf() ?>
<button type="submit" class="button"><?cs var:Lang.Groups.Settings.Restore ?></button>
</form>
</section><?cs
  else ?>
<section class="panel group-archive" aria-labelledby="archive-title">
<h2 id="archive-title"><?cs var:Lang.Groups.Settings.ArchiveTitle ?></h2>
<p><?cs var:Lang.Groups.Settings.ArchiveHint ?></p>
<form method="post" action="/g/<?cs var:Page.Group.Slug ?>/settings/archive"><?cs call:csrf() ?>
<button type="submit" class="button button-secondary"><?cs var:Lang.Groups.Settings.Archive ?></button>
</form>
</section><?cs
  /if ?><?cs
/if ?>
<p><a href="/g/<?cs var:Page.Group.Slug ?>"><?cs var:Lang.Groups.Settings.Back ?></a></p>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
