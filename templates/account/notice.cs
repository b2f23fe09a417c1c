<?cs include:"macros.cs" ?><?cs # A message page: Page.Title, Page.Text, optional Page.Link.Href/.Text ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1><?cs
if:Page.Text ?>
<p class="lead"><?cs var:Page.Text ?></p><?cs /if ?><?cs
if:Page.Link.Href ?>
<p><a class="button" href="<?cs var:url_validate(Page.Link.Href) ?>"><?cs var:Page.Link.Text ?></a></p><?cs /if ?>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
