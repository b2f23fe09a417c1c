<?cs # layout.cs: the frame of every page. A page template starts with
  include:"macros.cs", defines main() and ends with include:"layout.cs"
  (see templates/README.md). Reads Site.* (Site.Logo: the network's logo
  set on the admin pages, "" for none), User.*, Page.Title, Page.Path,
  Page.Flash, Page.CSRF, User.Unread (the header's unread notifications,
  set by kp_render; 100 means 100 or more), Page.Alternates.N.Type / .Href (other forms of
  the page, e.g. its JSON). ?><!DOCTYPE html>
<html lang="<?cs if:Site.Lang ?><?cs var:Site.Lang ?><?cs else ?>de<?cs /if ?>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs if:Page.Title ?><?cs var:Page.Title ?> – <?cs /if ?><?cs var:Site.Name ?></title>
<link rel="stylesheet" href="/static/site.css"><?cs
if:Page.Script.Upload == 1 ?>
<script src="/static/upload.js" defer></script><?cs
/if ?>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml"><?cs
each:a = Page.Alternates ?>
<link rel="alternate" type="<?cs var:a.Type ?>" href="<?cs var:a.Href ?>"><?cs
/each ?>
</head>
<body>
<a class="skip-link" href="#main"><?cs var:Lang.Nav.Skip ?></a>
<header class="site-header">
<div class="wrap header-inner">
<a class="site-name" href="/"><?cs if:string.length(Site.Logo) ?><img class="site-logo" src="/site/logo?v=<?cs var:Site.Logo ?>" alt="" height="32"><?cs else ?><img src="/static/favicon.svg" alt="" width="32" height="32"><?cs /if ?><span><?cs var:Site.Name ?></span></a>
<nav class="site-nav" aria-label="<?cs var:Lang.Nav.Label ?>">
<ul><?cs if:User.Id ?>
<li><a href="/"<?cs if:Page.Path == "/" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Nav.Home ?></a></li>
<li><a href="/people"<?cs if:Page.Path == "/people" ?> aria-current="page"<?cs elif:string.slice(Page.Path, 0, 8) == "/people/" ?> aria-current="true"<?cs /if ?>><?cs var:Lang.Nav.People ?></a></li>
<li><a href="/orgs"<?cs if:Page.Path == "/orgs" ?> aria-current="page"<?cs elif:string.slice(Page.Path, 0, 6) == "/orgs/" && Page.Path != "/orgs/offers" ?> aria-current="true"<?cs /if ?>><?cs var:Lang.Nav.Orgs ?></a></li>
<li><a href="/orgs/offers"<?cs if:Page.Path == "/orgs/offers" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Nav.Offers ?></a></li>
<li><a href="/groups"<?cs if:Page.Path == "/groups" ?> aria-current="page"<?cs elif:string.slice(Page.Path, 0, 8) == "/groups/" || string.slice(Page.Path, 0, 3) == "/g/" ?> aria-current="true"<?cs /if ?>><?cs var:Lang.Nav.Groups ?></a></li>
<li><a href="/forum"<?cs if:Page.Path == "/forum" ?> aria-current="page"<?cs elif:string.slice(Page.Path, 0, 7) == "/forum/" ?> aria-current="true"<?cs /if ?>><?cs var:Lang.Nav.Forum ?></a></li>
<li><a href="/docs"<?cs if:Page.Path == "/docs" ?> aria-current="page"<?cs elif:string.slice(Page.Path, 0, 6) == "/docs/" ?> aria-current="true"<?cs /if ?>><?cs var:Lang.Nav.Docs ?></a></li>
<li><a href="/events"<?cs if:Page.Path == "/events" ?> aria-current="page"<?cs elif:string.slice(Page.Path, 0, 8) == "/events/" ?> aria-current="true"<?cs /if ?>><?cs var:Lang.Nav.Events ?></a></li>
<li><a href="/notifications"<?cs if:Page.Path == "/notifications" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Nav.Notifications ?><?cs
  if:#User.Unread > #0 ?> <span class="badge badge-count"><span class="vh">(</span><?cs if:#User.Unread >= #100 ?>99+<?cs else ?><?cs var:User.Unread ?><?cs /if ?><span class="vh"> <?cs var:Lang.Nav.Unread ?>)</span></span><?cs /if ?></a></li>
<li><a href="/account"<?cs if:Page.Path == "/account" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Nav.Account ?></a></li><?cs
if:User.IsAdmin == 1 ?>
<li><a href="/admin"<?cs if:Page.Path == "/admin" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Nav.Admin ?></a></li><?cs
/if ?>
<li><form class="inline-form" method="post" action="/logout"><?cs call:csrf() ?><button type="submit" class="link-button"><?cs var:Lang.Nav.Logout ?></button></form></li><?cs
else ?>
<li><a href="/directory"<?cs if:Page.Path == "/directory" ?> aria-current="page"<?cs elif:string.slice(Page.Path, 0, 11) == "/directory/" ?> aria-current="true"<?cs /if ?>><?cs var:Lang.Nav.Directory ?></a></li>
<li><a href="/login"<?cs if:Page.Path == "/login" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Nav.Login ?></a></li>
<li><a href="/register"<?cs if:Page.Path == "/register" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Nav.Register ?></a></li><?cs
/if ?>
</ul>
</nav>
</div><?cs if:User.Id ?>
<div class="wrap signed-in"><p><?cs var:Lang.Nav.SignedInAs ?> <strong><?cs var:User.Name ?></strong></p>
<form class="header-search" role="search" method="get" action="/search" aria-label="<?cs var:Lang.Nav.Search ?>"><label class="vh" for="header-q"><?cs var:Lang.Nav.Search ?></label><input id="header-q" type="search" name="q" maxlength="200"<?cs if:Page.Path == "/search" ?> value="<?cs var:Page.Form.q.Value ?>"<?cs /if ?>><button type="submit" class="button-small"><?cs var:Lang.Nav.SearchButton ?></button></form></div><?cs /if ?>
</header>
<main id="main" class="wrap" tabindex="-1"><?cs if:Page.Flash ?>
<div class="flash" role="status"><p><?cs var:Page.Flash ?></p></div><?cs /if ?>
<?cs call:main() ?>
</main>
<footer class="site-footer">
<div class="wrap"><p><?cs var:Site.Name ?> · <?cs var:Lang.Footer.Tagline ?></p>
<ul class="footer-links">
<li><a href="/directory"><?cs var:Lang.Footer.Directory ?></a></li>
<li><a href="/impressum"><?cs var:Lang.Footer.Impressum ?></a></li>
<li><a href="/datenschutz"><?cs var:Lang.Footer.Privacy ?></a></li>
<li><a href="/barrierefreiheit"><?cs var:Lang.Footer.Accessibility ?></a></li>
</ul></div>
</footer>
</body>
</html>
