<?cs # mod_parts.cs: pieces of the forum's moderation pages (mod_*.cs,
  reports.cs, search.cs, categories.cs; cgi/forum/mod_*.c). Included once,
  right after macros.cs. Reads Page.Forum.Base, Page.Forum.Group.Name
  (group forums), Page.Category.Id / .Name, Page.Topic.Id / .Title,
  Page.Post.* (mod_post_box). ?><?cs

# Where the page is: the forum, the category and the topic when the page
  has them. ?><?cs
def:mod_crumbs() ?>
<nav class="forum-mod-crumbs" aria-label="<?cs var:Lang.ForumMod.Crumbs.Label ?>">
<ol>
<li><a href="<?cs var:Page.Forum.Base ?>"><?cs var:Lang.ForumMod.Crumbs.Forum ?><?cs
  if:string.length(Page.Forum.Group.Name) ?>: <?cs var:Page.Forum.Group.Name ?><?cs /if ?></a></li><?cs
if:Page.Category.Id ?>
<li><a href="<?cs var:Page.Forum.Base ?>/c/<?cs var:Page.Category.Id ?>"><?cs var:Page.Category.Name ?></a></li><?cs
/if ?><?cs
if:Page.Topic.Id ?>
<li><a href="<?cs var:Page.Forum.Base ?>/t/<?cs var:Page.Topic.Id ?>"><?cs var:Page.Topic.Title ?></a></li><?cs
/if ?>
</ol>
</nav><?cs /def ?><?cs

# A time for people, with its machine-readable form (t.At / t.AtText). ?><?cs
def:mod_time(t) ?><time datetime="<?cs var:t.At ?>"><?cs var:t.AtText ?></time><?cs /def ?><?cs

# The post the page acts on: who wrote it when, and its text (Markdown,
  rendered by markdown()); a deleted post shows no text, a hidden one
  its reason too. Page.Post.Id / .Link / .AuthorName / .At / .AtText /
  .Body / .Deleted / .Hidden / .HiddenReason. ?><?cs
def:mod_post_box() ?>
<section class="panel forum-mod-post" aria-labelledby="mod-post-title">
<h2 id="mod-post-title"><?cs var:Lang.ForumMod.Post.By ?> <?cs
  if:string.length(Page.Post.AuthorName) ?><?cs var:Page.Post.AuthorName ?><?cs
  else ?><?cs var:Lang.ForumMod.Post.Unknown ?><?cs /if ?> <?cs
  var:Lang.ForumMod.Post.From ?> <?cs call:mod_time(Page.Post) ?></h2><?cs
if:Page.Post.Deleted == 1 ?>
<p class="forum-mod-note"><?cs var:Lang.ForumMod.Post.Deleted ?></p><?cs
else ?><?cs
  if:Page.Post.Hidden == 1 ?>
<p class="forum-mod-note"><?cs var:Lang.ForumMod.Post.Hidden ?> <?cs var:Page.Post.HiddenReason ?></p><?cs
  /if ?>
<div class="prose"><?cs var:markdown(Page.Post.Body) ?></div><?cs
/if ?>
<p><a href="<?cs var:Page.Post.Link ?>"><?cs var:Lang.ForumMod.Post.ToPost ?></a></p>
</section><?cs /def ?><?cs

# mod_select(name, label, hint, list, empty, req): a choice from
  Page.<list>.N.Id / .Name; empty: the text of the "" option. ?><?cs
def:mod_select(name, label, hint, list, empty, req) ?>
<div class="field<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label(name, label, req) ?><?cs
call:field_hint_error(name, hint) ?>
<select id="f-<?cs var:name ?>" name="<?cs var:name ?>"<?cs if:req ?> required<?cs /if ?><?cs
call:field_describedby(name, hint) ?>>
<option value=""><?cs var:empty ?></option><?cs
each:o = list ?>
<option value="<?cs var:o.Id ?>"<?cs if:Page.Form[name].Value == o.Id ?> selected<?cs /if ?>><?cs var:o.Name ?></option><?cs
/each ?>
</select>
</div><?cs /def ?><?cs

# mod_checkbox(name, label, hint): one optional yes/no choice, value 1;
  checked when Page.Form.NAME.Value is "1". ?><?cs
def:mod_checkbox(name, label, hint) ?>
<div class="field<?cs if:Page.Form[name].Error ?> field-invalid<?cs /if ?>"><?cs
if:Page.Form[name].Error ?>
<p class="field-error" id="e-<?cs var:name ?>"><span class="error-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Form[name].Error ?></p><?cs
/if ?>
<div class="choice">
<input id="f-<?cs var:name ?>" name="<?cs var:name ?>" type="checkbox" value="1"<?cs
if:Page.Form[name].Value == "1" ?> checked<?cs /if ?><?cs
call:field_describedby(name, hint) ?>>
<label for="f-<?cs var:name ?>"><?cs var:label ?></label><?cs
if:hint ?>
<p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs
/if ?>
</div>
</div><?cs /def ?>
