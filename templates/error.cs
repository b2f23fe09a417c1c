<?cs include:"macros.cs" ?><?cs # Error pages: Page.Status is one of 400 403 404 405 413 415 429 500 503;
  anything else is shown as 500. No internals, ever. ?><?cs
if:!Lang.Error[Page.Status].Title ?><?cs set:Page.Status = 500 ?><?cs /if ?><?cs
if:!Page.Title ?><?cs set:Page.Title = Lang.Error[Page.Status].Title ?><?cs /if ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Lang.Error[Page.Status].Title ?></h1>
<p class="lead"><?cs var:Lang.Error[Page.Status].Text ?></p>
<p class="error-code"><?cs var:Lang.Error.Code ?> <?cs var:Page.Status ?></p>
<p><a class="button" href="/"><?cs var:Lang.Action.ToStart ?></a></p>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
