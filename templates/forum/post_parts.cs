<?cs # post_parts.cs: pieces of the forum's post pages (compose.cs, edit.cs,
  history.cs, delete.cs; cgi/forum/post_*.c). Included once, right after
  macros.cs. Reads Page.Forum.Base, Page.Forum.Group.Name (group forums),
  Page.Category.Id / .Name, Page.Topic.Id / .Title, Page.Preview.Show /
  .Title / .Body (Markdown, rendered by markdown()), Page.Form.body. ?><?cs

# Where the page is: the forum, the category, the topic (when there is one). ?><?cs
def:post_crumbs() ?>
<nav class="forum-post-crumbs" aria-label="<?cs var:Lang.ForumPost.Crumbs.Label ?>">
<ol>
<li><a href="<?cs var:Page.Forum.Base ?>"><?cs var:Lang.ForumPost.Crumbs.Forum ?><?cs
  if:string.length(Page.Forum.Group.Name) ?>: <?cs var:Page.Forum.Group.Name ?><?cs /if ?></a></li>
<li><a href="<?cs var:Page.Forum.Base ?>/c/<?cs var:Page.Category.Id ?>"><?cs var:Page.Category.Name ?></a></li><?cs
if:Page.Topic.Id ?>
<li><a href="<?cs var:Page.Forum.Base ?>/t/<?cs var:Page.Topic.Id ?>"><?cs var:Page.Topic.Title ?></a></li><?cs
/if ?>
</ol>
</nav><?cs /def ?><?cs

# The preview of what was typed: the title as it will be shown and the
  text rendered, in a section that says it is not sent yet. ?><?cs
def:post_preview() ?><?cs if:Page.Preview.Show == 1 ?>
<section class="panel forum-preview" aria-labelledby="preview-title">
<h2 id="preview-title"><?cs var:Lang.ForumPost.Preview.Title ?></h2>
<p class="hint"><?cs var:Lang.ForumPost.Preview.Note ?></p><?cs
if:string.length(Page.Preview.Title) ?>
<h3 class="forum-preview-title"><?cs var:Page.Preview.Title ?></h3><?cs
/if ?>
<div class="prose"><?cs var:markdown(Page.Preview.Body) ?></div>
</section><?cs /if ?><?cs /def ?><?cs

# The text of a post: a required text area, taller than the usual one
  (field_label, field_hint_error and field_describedby of macros.cs). ?><?cs
def:post_body_field(label, hint) ?>
<div class="field<?cs if:Page.Form.body.Error ?> field-invalid<?cs /if ?>"><?cs
call:field_label("body", label, 1) ?><?cs
call:field_hint_error("body", hint) ?>
<textarea id="f-body" name="body" rows="14" class="forum-post-body" required<?cs
call:field_describedby("body", hint) ?>>
<?cs var:Page.Form.body.Value ?></textarea>
</div><?cs /def ?><?cs

# A time for people, with its machine-readable form. ?><?cs
def:post_time(t) ?><time datetime="<?cs var:t.At ?>"><?cs var:t.AtText ?></time><?cs /def ?>
