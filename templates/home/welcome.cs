<?cs include:"macros.cs" ?><?cs # / signed out (cgi/home/dashboard.c): what the
  network is, the public directory, sign-in, and the same in plain
  language (Leichte Sprache: short sentences, one thought each). The
  legal pages join the footer with the admin program. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Home.Welcome.Lead ?></p>
<div class="dash-grid">
<section class="panel" aria-labelledby="what-title">
<h2 id="what-title"><?cs var:Lang.Home.Welcome.What ?></h2>
<ul>
<li><?cs var:Lang.Home.Welcome.Point1 ?></li>
<li><?cs var:Lang.Home.Welcome.Point2 ?></li>
<li><?cs var:Lang.Home.Welcome.Point3 ?></li>
</ul>
<p><?cs var:Lang.Home.Welcome.Access ?></p>
</section>
<section class="panel" aria-labelledby="signin-title">
<h2 id="signin-title"><?cs var:Lang.Home.Welcome.SignInTitle ?></h2>
<p><a class="button" href="/login"><?cs var:Lang.Home.Welcome.ToLogin ?></a></p>
<p><a href="/register"><?cs var:Lang.Home.Welcome.ToRegister ?></a></p>
<h2><?cs var:Lang.Home.Welcome.DirectoryTitle ?></h2>
<p><?cs var:Lang.Home.Welcome.DirectoryText ?></p>
<ul class="link-list">
<li><a href="/directory"><?cs var:Lang.Home.Welcome.ToDirectory ?></a></li>
<li><a href="/directory/offers"><?cs var:Lang.Home.Welcome.ToOffers ?></a></li>
</ul>
</section>
</div>
<section class="panel" aria-labelledby="easy-title"<?cs if:Site.Lang == "de" ?> lang="de"<?cs /if ?>>
<h2 id="easy-title"><?cs var:Lang.Home.Welcome.EasyTitle ?></h2>
<p><?cs var:Lang.Home.Welcome.Easy1 ?></p>
<p><?cs var:Lang.Home.Welcome.Easy2 ?></p>
<p><?cs var:Lang.Home.Welcome.Easy3 ?></p>
<p><?cs var:Lang.Home.Welcome.Easy4 ?></p>
<p><?cs var:Lang.Home.Welcome.Easy5 ?></p>
<p><?cs var:Lang.Home.Welcome.Easy6 ?></p>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
