<?cs # parts.cs: pieces of the library pages (cgi/docs/*.c). Included once,
  right after macros.cs. Reads Page.Docs.Base / .Group.Name / .Group.Slug /
  .Group.Archived / .CanWrite / .CanModerate, Page.Library (the library's
  title), Page.Crumbs.N.Id / .Name (folders from the top). ?><?cs

# Where the page is: the group (group libraries), the library, its
  folders down to the page's, then the page itself (current: its text,
  "" when the last folder is the page). ?><?cs
def:docs_crumbs(current) ?>
<nav class="docs-crumbs" aria-label="<?cs var:Lang.Docs.Crumbs ?>">
<ol><?cs
if:string.length(Page.Docs.Group.Slug) ?>
<li><a href="/g/<?cs var:Page.Docs.Group.Slug ?>"><?cs var:Page.Docs.Group.Name ?></a></li><?cs
/if ?>
<li><a href="<?cs var:Page.Docs.Base ?>"><?cs var:Lang.Docs.Library ?></a></li><?cs
each:c = Page.Crumbs ?><?cs
  if:current == "" && c.Last == 1 ?>
<li aria-current="page"><?cs var:c.Name ?></li><?cs
  else ?>
<li><a href="<?cs var:Page.Docs.Base ?>/f/<?cs var:c.Id ?>"><?cs var:c.Name ?></a></li><?cs
  /if ?><?cs
/each ?><?cs
if:current != "" ?>
<li aria-current="page"><?cs var:current ?></li><?cs
/if ?>
</ol>
</nav><?cs /def ?><?cs

# Why nothing can be changed here. ?><?cs
def:docs_notes() ?><?cs
if:Page.Docs.Group.Archived == 1 ?>
<div class="alert alert-info"><p><?cs var:Lang.Docs.Note.Archived ?></p></div><?cs
elif:string.length(Page.Docs.Group.Name) && Page.Docs.CanWrite != 1 ?>
<div class="alert alert-info"><p><?cs var:Lang.Docs.Note.NotMember ?></p></div><?cs
/if ?><?cs /def ?><?cs

# The library's search: a GET form. ?><?cs
def:docs_search_form() ?>
<form class="docs-search" method="get" action="<?cs var:Page.Docs.Base ?>/search" role="search">
<label for="f-q"><?cs var:Lang.Docs.Search.Label ?></label>
<div class="docs-search-row">
<input id="f-q" name="q" type="search"<?cs if:string.length(Page.Form.q.Value) ?> value="<?cs var:Page.Form.q.Value ?>"<?cs /if ?>>
<button type="submit" class="button button-secondary"><?cs var:Lang.Docs.Search.Button ?></button>
</div>
<div class="choice">
<input id="f-all" name="all" type="checkbox" value="1"<?cs if:Page.Form.all.Value == "1" ?> checked<?cs /if ?>>
<label for="f-all"><?cs var:Lang.Docs.Search.All ?></label>
</div>
</form><?cs /def ?><?cs

# A table of documents: list (Page.Docs.List: .Id .Title .FileName .Kind
  .Size .Versions .UserId .User .Updated.At/.AtText .Deleted.*; from the
  search in all libraries also .Base and .Library, its own), caption,
  bin (1: the bin's columns and restore buttons). ?><?cs
def:docs_table(list, caption, bin) ?>
<table class="docs-table">
<caption class="vh"><?cs var:caption ?></caption>
<thead>
<tr><th scope="col"><?cs var:Lang.Docs.Col.Title ?></th><th scope="col"><?cs var:Lang.Docs.Col.File ?></th><th scope="col"><?cs
if:bin == 1 ?><?cs var:Lang.Docs.Col.Deleted ?><?cs else ?><?cs var:Lang.Docs.Col.Updated ?><?cs /if ?></th><?cs
if:bin == 1 ?><th scope="col"><span class="vh"><?cs var:Lang.Docs.Col.Actions ?></span></th><?cs /if ?></tr>
</thead>
<tbody><?cs
each:d = list ?>
<tr>
<th scope="row"><?cs
  if:bin == 1 ?><?cs var:d.Title ?><?cs
  elif:string.length(d.Base) ?><a href="<?cs var:d.Base ?>/d/<?cs var:d.Id ?>"><?cs var:d.Title ?></a><?cs
  else ?><a href="<?cs var:Page.Docs.Base ?>/d/<?cs var:d.Id ?>"><?cs var:d.Title ?></a><?cs
  /if ?><?cs
  if:string.length(d.Library) ?><span class="docs-library"><?cs var:Lang.Docs.Search.In ?> <?cs var:d.Library ?></span><?cs /if ?><?cs
  if:#d.Versions > #1 ?> <span class="badge"><?cs var:Lang.Docs.VersionShort ?> <?cs var:d.Versions ?></span><?cs /if ?></th>
<td><span class="cell-label" aria-hidden="true"><?cs var:Lang.Docs.Col.File ?>: </span><span class="docs-file"><?cs var:d.FileName ?></span> <span class="docs-meta">(<?cs var:d.Kind ?>, <?cs var:d.Size ?>)</span></td>
<td><?cs
  if:bin == 1 ?><time datetime="<?cs var:d.Deleted.At ?>"><?cs var:d.Deleted.AtText ?></time><?cs
  else ?><time datetime="<?cs var:d.Updated.At ?>"><?cs var:d.Updated.AtText ?></time><?cs
    if:string.length(d.User) ?><br><?cs var:Lang.Docs.By ?> <a href="/people/<?cs var:d.UserId ?>"><?cs var:d.User ?></a><?cs /if ?><?cs
  /if ?></td><?cs
  if:bin == 1 ?>
<td><form class="inline-form" method="post" action="<?cs var:Page.Docs.Base ?>/d/<?cs var:d.Id ?>/undelete"><?cs call:csrf() ?>
<button type="submit" class="button button-secondary button-small"><?cs var:Lang.Docs.Bin.Restore ?><span class="vh">: <?cs var:d.Title ?></span></button></form></td><?cs
  /if ?>
</tr><?cs
/each ?>
</tbody>
</table><?cs /def ?><?cs

# A folder choice: the top level, then Page.Folders.N.Id / .Label. ?><?cs
def:folder_select(name, label, hint) ?>
<div class="field<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label(name, label, 1) ?><?cs
call:field_hint_error(name, hint) ?>
<select id="f-<?cs var:name ?>" name="<?cs var:name ?>"<?cs
call:field_describedby(name, hint) ?>>
<option value="0"<?cs if:Page.Form[name].Value == "0" || !Page.Form[name].Value ?> selected<?cs /if ?>><?cs var:Lang.Docs.TopLevel ?></option><?cs
each:o = Page.Folders ?>
<option value="<?cs var:o.Id ?>"<?cs if:Page.Form[name].Value == o.Id ?> selected<?cs /if ?>><?cs var:o.Label ?></option><?cs
/each ?>
</select>
</div><?cs /def ?>
