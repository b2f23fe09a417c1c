<?cs include:"macros.cs" ?><?cs # /impressum, /datenschutz, /barrierefreiheit
  (cgi/admin/settings.c), for everybody: Page.Body (Markdown), Page.Updated
  (kp_set_time), Page.Slug, Page.Contact (the coordinators' address; the
  accessibility statement's feedback contact). ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1>
<section class="panel"><?cs
if:string.length(Page.Body) ?>
<div class="markdown"><?cs var:markdown(Page.Body) ?></div><?cs
else ?>
<p><?cs var:Lang.Admin.Legal.Empty ?></p><?cs
/if ?><?cs
if:Page.Slug == "barrierefreiheit" ?>
<h2><?cs var:Lang.Admin.Legal.Feedback ?></h2>
<p><?cs var:Lang.Admin.Legal.FeedbackText ?><?cs if:string.length(Page.Contact) ?> <a href="mailto:<?cs var:Page.Contact ?>"><?cs var:Page.Contact ?></a><?cs /if ?></p><?cs
/if ?><?cs
if:string.length(Page.Body) && Page.Updated.At ?>
<p class="hint"><?cs var:Lang.Admin.Legal.Updated ?> <time datetime="<?cs var:Page.Updated.At ?>"><?cs var:Page.Updated.AtText ?></time></p><?cs
/if ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
