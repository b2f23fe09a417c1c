<?cs include:"macros.cs" ?><?cs include:"docs/parts.cs" ?><?cs # {base}/upload: one or
  several files into a folder (cgi/docs/upload.c). Reads Page.Docs.*,
  Page.Action, Page.Once, Page.MaxSize, Page.Folders.N.*, Page.FieldOptions,
  Page.Refused.N.Name / .Reason (files refused, with the reason).
  static/upload.js shows a progress bar while the form is sent (the form
  works the same without it). ?><?cs
def:main() ?><?cs
call:docs_crumbs(Page.Title) ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1><?cs
call:error_summary(Lang.Docs.Field) ?><?cs
call:form_error() ?><?cs
if:subcount(Page.Refused) > 0 ?>
<div class="alert alert-error" role="alert">
<p><?cs var:Lang.Docs.Refused.Intro ?></p>
<ul><?cs each:f = Page.Refused ?>
<li><strong><?cs var:f.Name ?></strong>: <?cs var:f.Reason ?></li><?cs /each ?>
</ul>
</div><?cs
/if ?>
<form class="form" method="post" action="<?cs var:Page.Action ?>" enctype="multipart/form-data" novalidate data-upload-progress><?cs
call:csrf() ?>
<input type="hidden" name="once" value="<?cs var:Page.Once ?>">
<div class="field<?cs if:Page.Form.file.Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label("file", Lang.Docs.Field.file, 1) ?>
<p class="hint" id="h-file"><?cs var:Lang.Docs.Upload.FileHint ?> <?cs var:Lang.Docs.Upload.MaxSize ?> <?cs var:Page.MaxSize ?>.</p><?cs
if:Page.Form.file.Error ?>
<p class="field-error" id="e-file"><span class="error-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Form.file.Error ?></p><?cs
/if ?>
<input id="f-file" name="file" type="file" multiple required aria-describedby="h-file<?cs if:Page.Form.file.Error ?> e-file<?cs /if ?>"<?cs if:Page.Form.file.Error ?> aria-invalid="true"<?cs /if ?>
 accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.txt,.csv,.jpg,.jpeg,.png,.webp,.gif">
</div><?cs
call:opt_field("title", "text", Lang.Docs.Field.title, "off", Lang.Docs.Upload.TitleHint) ?><?cs
call:opt_textarea_field("description", Lang.Docs.Field.description, Lang.Docs.Upload.DescriptionHint) ?><?cs
call:select_field("field", Lang.Docs.Field.field, Page.FieldOptions, "") ?><?cs
call:opt_field("tags", "text", Lang.Docs.Field.tags, "off", Lang.Docs.Upload.TagsHint) ?><?cs
call:folder_select("folder", Lang.Docs.Field.folder, "") ?>
<div class="upload-progress" hidden>
<label for="upload-progress-bar"><?cs var:Lang.Docs.Upload.Progress ?></label>
<progress id="upload-progress-bar" max="100" value="0"></progress>
<span class="upload-progress-text" aria-live="polite"></span>
</div><?cs
call:submit(Lang.Docs.Upload.Submit) ?>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
