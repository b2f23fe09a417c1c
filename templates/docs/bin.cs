<?cs include:"macros.cs" ?><?cs include:"docs/parts.cs" ?><?cs # {base}/bin: deleted
  documents the user may restore, for 30 days (cgi/docs/library.c). Reads
  Page.Docs.*, Page.Docs.List.N.* (with .Deleted) ?><?cs
def:main() ?><?cs
call:docs_crumbs(Lang.Docs.Bin.Title) ?>
<h1><?cs var:Page.Title ?></h1>
<p><?cs var:Lang.Docs.Bin.Intro ?></p>
<section class="panel" aria-labelledby="bin-title">
<h2 id="bin-title" class="vh"><?cs var:Page.Title ?></h2><?cs
if:subcount(Page.Docs.List) == 0 ?>
<p class="empty"><?cs var:Lang.Docs.Bin.Empty ?></p><?cs
else ?><?cs
  call:docs_table(Page.Docs.List, Lang.Docs.Bin.Title, 1) ?><?cs
/if ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
