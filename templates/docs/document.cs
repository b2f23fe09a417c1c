<?cs include:"macros.cs" ?><?cs include:"docs/parts.cs" ?><?cs # {base}/d/ID: a document
  and its versions (cgi/docs/document.c). Reads Page.Docs.*,
  Page.Doc.Id / .Title / .Description (Markdown) / .Tags / .Field /
  .Created.* / .CanManage / .CanReport, Page.Versions.N.Id / .Number / .FileName /
  .Size / .Created.* / .UserId / .User / .RestoredFrom / .Viewable /
  .Current (the first is the current one), Page.Once (new version form),
  Page.RestoreOnce (restore forms), Page.Refused.* ?><?cs
def:main() ?><?cs
call:docs_crumbs(Page.Doc.Title) ?>
<h1><?cs var:Page.Doc.Title ?></h1><?cs
call:docs_notes() ?><?cs
each:v = Page.Versions ?><?cs if:v.Current == 1 ?>
<div class="docs-download">
<a class="button" href="/files/<?cs var:v.Id ?>?download=1"><?cs var:Lang.Docs.Doc.Download ?><span class="vh">: <?cs var:v.FileName ?></span></a><?cs
  if:v.Viewable == 1 ?>
<a href="/files/<?cs var:v.Id ?>"><?cs var:Lang.Docs.Doc.View ?><span class="vh">: <?cs var:v.FileName ?></span></a><?cs
  /if ?>
<span class="docs-meta"><?cs var:v.FileName ?> (<?cs var:v.Size ?>)</span>
</div><?cs /if ?><?cs
/each ?><?cs
if:string.length(Page.Doc.Description) ?>
<div class="prose"><?cs var:markdown(Page.Doc.Description) ?></div><?cs
/if ?>
<dl class="docs-facts"><?cs
if:string.length(Page.Doc.Field) ?>
<dt><?cs var:Lang.Docs.Field.field ?></dt><dd><?cs var:Page.Doc.Field ?></dd><?cs
/if ?><?cs
if:string.length(Page.Doc.Tags) ?>
<dt><?cs var:Lang.Docs.Field.tags ?></dt><dd><?cs var:Page.Doc.Tags ?></dd><?cs
/if ?>
<dt><?cs var:Lang.Docs.Doc.Created ?></dt><dd><time datetime="<?cs var:Page.Doc.Created.At ?>"><?cs var:Page.Doc.Created.AtText ?></time></dd>
</dl><?cs
if:Page.Doc.CanManage == 1 ?>
<div class="docs-toolbar">
<a href="<?cs var:Page.Docs.Base ?>/d/<?cs var:Page.Doc.Id ?>/edit"><?cs var:Lang.Docs.Doc.Edit ?></a>
<form class="inline-form" method="post" action="<?cs var:Page.Docs.Base ?>/d/<?cs var:Page.Doc.Id ?>/delete"><?cs call:csrf() ?>
<button type="submit" class="button button-secondary button-small"><?cs var:Lang.Docs.Doc.Delete ?></button>
</form>
</div><?cs
/if ?><?cs
if:Page.Doc.CanReport == 1 ?>
<p class="docs-report"><a href="<?cs var:Page.Docs.Base ?>/d/<?cs var:Page.Doc.Id ?>/report"><?cs var:Lang.Docs.Doc.Report ?><span class="vh">: <?cs var:Page.Doc.Title ?></span></a></p><?cs
/if ?>
<section class="panel" aria-labelledby="versions-title">
<h2 id="versions-title"><?cs var:Lang.Docs.Doc.Versions ?></h2>
<table class="docs-table docs-versions">
<caption class="vh"><?cs var:Lang.Docs.Doc.Versions ?></caption>
<thead>
<tr><th scope="col"><?cs var:Lang.Docs.Col.Version ?></th><th scope="col"><?cs var:Lang.Docs.Col.File ?></th><th scope="col"><?cs var:Lang.Docs.Col.When ?></th><th scope="col"><span class="vh"><?cs var:Lang.Docs.Col.Actions ?></span></th></tr>
</thead>
<tbody><?cs
each:v = Page.Versions ?>
<tr>
<th scope="row"><?cs var:Lang.Docs.VersionShort ?> <?cs var:v.Number ?><?cs
  if:v.Current == 1 ?> <span class="badge"><?cs var:Lang.Docs.Doc.Current ?></span><?cs /if ?><?cs
  if:v.RestoredFrom ?><br><span class="docs-meta"><?cs var:Lang.Docs.Doc.RestoredFrom ?> <?cs var:v.RestoredFrom ?></span><?cs /if ?></th>
<td><a href="/files/<?cs var:v.Id ?>?download=1"><?cs var:v.FileName ?></a> <span class="docs-meta">(<?cs var:v.Size ?>)</span></td>
<td><time datetime="<?cs var:v.Created.At ?>"><?cs var:v.Created.AtText ?></time><?cs
  if:string.length(v.User) ?><br><?cs var:Lang.Docs.By ?> <a href="/people/<?cs var:v.UserId ?>"><?cs var:v.User ?></a><?cs /if ?></td>
<td><?cs
  if:v.Current != 1 && Page.Docs.CanWrite == 1 ?>
<form class="inline-form" method="post" action="<?cs var:Page.Docs.Base ?>/d/<?cs var:Page.Doc.Id ?>/v/<?cs var:v.Number ?>/restore"><?cs call:csrf() ?>
<input type="hidden" name="once" value="<?cs var:Page.RestoreOnce ?>">
<button type="submit" class="button button-secondary button-small"><?cs var:Lang.Docs.Doc.Restore ?><span class="vh"> <?cs var:Lang.Docs.VersionShort ?> <?cs var:v.Number ?></span></button>
</form><?cs
  /if ?></td>
</tr><?cs
/each ?>
</tbody>
</table>
</section><?cs
if:Page.Docs.CanWrite == 1 ?>
<section class="panel" aria-labelledby="new-version-title">
<h2 id="new-version-title"><?cs var:Lang.Docs.Doc.NewVersion ?></h2><?cs
  call:error_summary(Lang.Docs.Field) ?><?cs
  call:form_error() ?><?cs
  if:subcount(Page.Refused) > 0 ?>
<div class="alert alert-error" role="alert"><ul><?cs each:f = Page.Refused ?>
<li><strong><?cs var:f.Name ?></strong>: <?cs var:f.Reason ?></li><?cs /each ?>
</ul></div><?cs
  /if ?>
<form class="form" method="post" action="<?cs var:Page.Docs.Base ?>/d/<?cs var:Page.Doc.Id ?>/version" enctype="multipart/form-data" novalidate data-upload-progress><?cs
call:csrf() ?>
<input type="hidden" name="once" value="<?cs var:Page.Once ?>">
<div class="field<?cs if:Page.Form.file.Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label("file", Lang.Docs.Field.file, 1) ?><?cs
if:Page.Form.file.Error ?>
<p class="field-error" id="e-file"><span class="error-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Form.file.Error ?></p><?cs
/if ?>
<input id="f-file" name="file" type="file" required<?cs if:Page.Form.file.Error ?> aria-describedby="e-file" aria-invalid="true"<?cs /if ?>>
</div>
<div class="upload-progress" hidden>
<label for="upload-progress-bar"><?cs var:Lang.Docs.Upload.Progress ?></label>
<progress id="upload-progress-bar" max="100" value="0"></progress>
<span class="upload-progress-text" aria-live="polite"></span>
</div><?cs
call:submit(Lang.Docs.Doc.UploadVersion) ?>
</form>
</section><?cs
/if ?><?cs
/def ?><?cs include:"layout.cs" ?>
