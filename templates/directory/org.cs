<?cs include:"macros.cs" ?><?cs include:"directory/parts.cs" ?><?cs # /directory/orgs/ID:
  one organisation of the public directory (cgi/people/directory.c), for
  everybody. Reads Page.Org.Id / .Name / .Type / .Street / .Postcode /
  .City / .Municipality / .Website / .WebsiteLink (1: a valid http(s)
  address, shown as a link) / .Phone / .Email (the organisation's own,
  never a person's) / .Description (Markdown, rendered by markdown()) /
  .HasLogo / .Updated (YYYY-MM-DD) / .UpdatedText (the date for people) / .Fields.N (names) / .Offers.N (its
  offers in the directory: .Id / .Title / .Field / .Municipality /
  .CheckedOn / .CheckedText / .Outdated). Optional texts are absent when
  not given. ?><?cs

def:main() ?>
<div class="panel profile-head org-head"><?cs
if:Page.Org.HasLogo == 1 ?>
<img class="org-logo" src="/directory/orgs/<?cs var:Page.Org.Id ?>/logo" alt="<?cs var:Lang.Directory.Org.LogoAlt ?> <?cs var:Page.Org.Name ?>"><?cs
/if ?>
<div class="profile-intro">
<h1><?cs var:Page.Title ?></h1>
<p class="profile-position"><?cs var:Page.Org.Type ?></p><?cs
if:string.length(Page.Org.Updated) ?>
<p class="hint"><?cs var:Lang.Directory.Org.Updated ?> <time datetime="<?cs var:Page.Org.Updated ?>"><?cs var:Page.Org.UpdatedText ?></time></p><?cs
/if ?>
</div>
</div>

<section class="panel" aria-labelledby="contact-title">
<h2 id="contact-title"><?cs var:Lang.Directory.Org.Contact ?></h2><?cs
if:string.length(Page.Org.Street) || string.length(Page.Org.Postcode) || string.length(Page.Org.City) || string.length(Page.Org.Municipality) || string.length(Page.Org.Website) || string.length(Page.Org.Phone) || string.length(Page.Org.Email) ?>
<dl class="details"><?cs
  if:string.length(Page.Org.Street) || string.length(Page.Org.Postcode) || string.length(Page.Org.City) ?>
<div>
<dt><?cs var:Lang.Directory.Org.Address ?></dt>
<dd class="org-address"><?cs
    if:string.length(Page.Org.Street) ?><span><?cs var:Page.Org.Street ?></span><?cs /if ?><?cs
    if:string.length(Page.Org.Postcode) || string.length(Page.Org.City) ?><span><?cs
      var:Page.Org.Postcode ?><?cs if:string.length(Page.Org.Postcode) && string.length(Page.Org.City) ?> <?cs /if ?><?cs
      var:Page.Org.City ?></span><?cs /if ?></dd>
</div><?cs
  /if ?><?cs
  if:string.length(Page.Org.Municipality) ?>
<div>
<dt><?cs var:Lang.Directory.Org.Municipality ?></dt>
<dd><?cs var:Page.Org.Municipality ?></dd>
</div><?cs
  /if ?><?cs
  if:string.length(Page.Org.Website) ?>
<div>
<dt><?cs var:Lang.Directory.Org.Website ?></dt>
<dd class="org-website"><?cs
    if:Page.Org.WebsiteLink == 1 ?><a href="<?cs var:url_validate(Page.Org.Website) ?>"><?cs var:Page.Org.Website ?></a><?cs
    else ?><?cs var:Page.Org.Website ?><?cs /if ?></dd>
</div><?cs
  /if ?><?cs
  if:string.length(Page.Org.Phone) ?>
<div>
<dt><?cs var:Lang.Directory.Org.Phone ?></dt>
<dd class="org-phone"><a href="tel:<?cs var:Page.Org.Phone ?>"><?cs var:Page.Org.Phone ?></a></dd>
</div><?cs
  /if ?><?cs
  if:string.length(Page.Org.Email) ?>
<div>
<dt><?cs var:Lang.Directory.Org.Email ?></dt>
<dd class="org-email"><a class="email" href="mailto:<?cs var:Page.Org.Email ?>"><?cs var:Page.Org.Email ?></a></dd>
</div><?cs
  /if ?>
</dl><?cs
else ?>
<p class="empty"><?cs var:Lang.Directory.Org.NoContact ?></p><?cs
/if ?>
</section>

<section class="panel" aria-labelledby="about-title">
<h2 id="about-title"><?cs var:Lang.Directory.Org.About ?></h2><?cs
if:string.length(Page.Org.Description) ?>
<div class="prose"><?cs var:markdown(Page.Org.Description) ?></div><?cs
else ?>
<p class="empty"><?cs var:Lang.Directory.Org.NoAbout ?></p><?cs
/if ?>
<h3><?cs var:Lang.Directory.Org.Fields ?></h3><?cs
if:subcount(Page.Org.Fields) > 0 ?>
<ul class="tag-list org-fields"><?cs
  each:f = Page.Org.Fields ?><li><?cs var:f ?></li><?cs /each ?></ul><?cs
else ?>
<p class="empty"><?cs var:Lang.Directory.Org.NoFields ?></p><?cs
/if ?>
</section>

<section class="panel" aria-labelledby="offers-title">
<h2 id="offers-title"><?cs var:Lang.Directory.Org.Offers ?></h2><?cs
if:subcount(Page.Org.Offers) > 0 ?>
<ul class="people-list offer-list org-offers"><?cs
  each:x = Page.Org.Offers ?>
<li class="person offer">
<div class="person-text">
<a class="person-name offer-title" href="/directory/offers/<?cs var:x.Id ?>"><?cs var:x.Title ?></a>
<p class="offer-field"><?cs var:x.Field ?><?cs
    if:string.length(x.Municipality) ?> · <span class="offer-place"><?cs var:x.Municipality ?></span><?cs /if ?></p><?cs
call:offer_stand(x) ?>
</div>
</li><?cs
  /each ?>
</ul><?cs
else ?>
<p class="empty"><?cs var:Lang.Directory.Org.NoOffers ?></p><?cs
/if ?>
</section>

<p><a href="/directory"><?cs var:Lang.Directory.Org.BackToList ?></a></p><?cs
/def ?><?cs include:"layout.cs" ?>
