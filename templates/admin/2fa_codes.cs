<?cs include:"macros.cs" ?><?cs # The answer of a confirmed set-up (cgi/admin/twofa.c):
  the recovery codes, Page.Codes.N, shown this once. ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1>
<p><?cs var:Lang.Admin.TwoFa.CodesIntro ?></p>
<ul class="recovery-codes"><?cs each:c = Page.Codes ?>
<li><code><?cs var:c ?></code></li><?cs /each ?>
</ul>
<p><?cs var:Lang.Admin.TwoFa.CodesOnce ?></p>
<p><a class="button" href="/admin"><?cs var:Lang.Admin.TwoFa.CodesDone ?></a></p>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
