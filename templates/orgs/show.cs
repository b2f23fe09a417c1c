<?cs include:"macros.cs" ?><?cs # /orgs/ID: one organisation (cgi/people/org_show.c).
  Reads Page.Org.Id / .Name / .Type / .Street / .Postcode / .City /
  .Municipality / .Website / .WebsiteLink (1: a valid http(s) address, shown
  as a link) / .Phone / .Email / .Description (Markdown, rendered by
  markdown()) / .HasLogo / .Verified / .Public (1/0) / .Updated (formatted)
  / .CanEdit (1: an editor or a site admin) / .IsMember (1: the viewer is a
  contact person), .Fields.N (names), .Members.N.Id / .Name / .Role (active
  contact persons in order), .Offers.N.Id / .Title / .Field / .Outdated /
  .Public (1/0); Page.Error (a refused "end the link"). Optional texts are
  absent when not given. ?><?cs

def:main() ?>
<div class="panel profile-head org-head"><?cs
if:Page.Org.HasLogo == 1 ?>
<img class="org-logo" src="/orgs/<?cs var:Page.Org.Id ?>/logo" alt="<?cs var:Page.Org.Name ?>"><?cs
/if ?>
<div class="profile-intro">
<h1><?cs var:Page.Title ?></h1>
<p class="profile-position"><?cs var:Page.Org.Type ?></p><?cs
if:Page.Org.Verified != 1 ?>
<p class="alert alert-info org-unverified"><strong><?cs var:Lang.Orgs.Unverified ?>:</strong> <?cs var:Lang.Orgs.UnverifiedNote ?></p><?cs
/if ?>
<p class="hint"><?cs var:Lang.Orgs.Show.Updated ?> <?cs var:Page.Org.Updated ?></p>
</div>
</div><?cs
call:form_error() ?><?cs

if:Page.Org.CanEdit == 1 ?>
<section class="panel" aria-labelledby="manage-title">
<h2 id="manage-title"><?cs var:Lang.Orgs.Show.Manage ?></h2>
<ul class="link-list">
<li><a href="/orgs/<?cs var:Page.Org.Id ?>/edit"><?cs var:Lang.Orgs.Show.Edit ?></a></li>
<li><a href="/orgs/<?cs var:Page.Org.Id ?>/members"><?cs var:Lang.Orgs.Show.ManageMembers ?></a></li>
<li><a href="/orgs/<?cs var:Page.Org.Id ?>/offers/new"><?cs var:Lang.Orgs.Show.AddOffer ?></a></li>
</ul>
<p class="org-public"><?cs
  if:Page.Org.Public == 1 && Page.Org.Verified == 1 ?><?cs var:Lang.Orgs.Show.Public ?><?cs
  elif:Page.Org.Public == 1 ?><?cs var:Lang.Orgs.Show.PublicPending ?><?cs
  else ?><?cs var:Lang.Orgs.Show.NotPublic ?><?cs /if ?></p>
</section><?cs
/if ?><?cs

if:User.IsAdmin == 1 && Page.Org.Verified != 1 ?>
<section class="panel" aria-labelledby="verify-title">
<h2 id="verify-title"><?cs var:Lang.Orgs.Show.VerifyTitle ?></h2>
<p><?cs var:Lang.Orgs.Show.VerifyHint ?></p>
<form method="post" action="/orgs/<?cs var:Page.Org.Id ?>/verify"><?cs call:csrf() ?>
<button type="submit" class="button"><?cs var:Lang.Orgs.Show.Verify ?></button>
</form>
</section><?cs
/if ?>

<section class="panel" aria-labelledby="contact-title">
<h2 id="contact-title"><?cs var:Lang.Orgs.Show.Contact ?></h2><?cs
if:string.length(Page.Org.Street) || string.length(Page.Org.Postcode) || string.length(Page.Org.City) || string.length(Page.Org.Municipality) || string.length(Page.Org.Website) || string.length(Page.Org.Phone) || string.length(Page.Org.Email) ?>
<dl class="details"><?cs
  if:string.length(Page.Org.Street) || string.length(Page.Org.Postcode) || string.length(Page.Org.City) ?>
<div>
<dt><?cs var:Lang.Orgs.Show.Address ?></dt>
<dd class="org-address"><?cs
    if:string.length(Page.Org.Street) ?><span><?cs var:Page.Org.Street ?></span><?cs /if ?><?cs
    if:string.length(Page.Org.Postcode) || string.length(Page.Org.City) ?><span><?cs
      var:Page.Org.Postcode ?><?cs if:string.length(Page.Org.Postcode) && string.length(Page.Org.City) ?> <?cs /if ?><?cs
      var:Page.Org.City ?></span><?cs /if ?></dd>
</div><?cs
  /if ?><?cs
  if:string.length(Page.Org.Municipality) ?>
<div>
<dt><?cs var:Lang.Orgs.Show.Municipality ?></dt>
<dd><?cs var:Page.Org.Municipality ?></dd>
</div><?cs
  /if ?><?cs
  if:string.length(Page.Org.Website) ?>
<div>
<dt><?cs var:Lang.Orgs.Show.Website ?></dt>
<dd class="org-website"><?cs
    if:Page.Org.WebsiteLink == 1 ?><a href="<?cs var:url_validate(Page.Org.Website) ?>"><?cs var:Page.Org.Website ?></a><?cs
    else ?><?cs var:Page.Org.Website ?><?cs /if ?></dd>
</div><?cs
  /if ?><?cs
  if:string.length(Page.Org.Phone) ?>
<div>
<dt><?cs var:Lang.Orgs.Show.Phone ?></dt>
<dd><a href="tel:<?cs var:Page.Org.Phone ?>"><?cs var:Page.Org.Phone ?></a></dd>
</div><?cs
  /if ?><?cs
  if:string.length(Page.Org.Email) ?>
<div>
<dt><?cs var:Lang.Orgs.Show.Email ?></dt>
<dd><a class="email" href="mailto:<?cs var:Page.Org.Email ?>"><?cs var:Page.Org.Email ?></a></dd>
</div><?cs
  /if ?>
</dl><?cs
else ?>
<p class="empty"><?cs var:Lang.Orgs.Show.NoContact ?></p><?cs
/if ?>
</section>

<section class="panel" aria-labelledby="about-title">
<h2 id="about-title"><?cs var:Lang.Orgs.Show.About ?></h2><?cs
if:string.length(Page.Org.Description) ?>
<div class="prose"><?cs var:markdown(Page.Org.Description) ?></div><?cs
else ?>
<p class="empty"><?cs var:Lang.Orgs.Show.NoAbout ?></p><?cs
/if ?>
<h3 class="org-subtitle"><?cs var:Lang.Orgs.Show.Fields ?></h3><?cs
if:subcount(Page.Org.Fields) > 0 ?>
<ul class="tag-list org-fields"><?cs
  each:f = Page.Org.Fields ?><li><?cs var:f ?></li><?cs /each ?></ul><?cs
else ?>
<p class="empty"><?cs var:Lang.Orgs.Show.NoFields ?></p><?cs
/if ?>
</section>

<section class="panel" aria-labelledby="members-title">
<h2 id="members-title"><?cs var:Lang.Orgs.Show.Members ?></h2><?cs
if:subcount(Page.Org.Members) > 0 ?>
<ul class="link-list org-members"><?cs
  each:m = Page.Org.Members ?>
<li><a href="/people/<?cs var:m.Id ?>"><?cs var:m.Name ?></a><?cs
    if:string.length(m.Role) ?> <span class="org-role">(<?cs var:m.Role ?>)</span><?cs /if ?></li><?cs
  /each ?>
</ul><?cs
else ?>
<p class="empty"><?cs var:Lang.Orgs.Show.NoMembers ?></p><?cs
/if ?>
</section>

<section class="panel" aria-labelledby="offers-title">
<h2 id="offers-title"><?cs var:Lang.Orgs.Show.Offers ?></h2><?cs
if:subcount(Page.Org.Offers) > 0 ?>
<ul class="link-list org-offers"><?cs
  each:x = Page.Org.Offers ?>
<li><a href="/orgs/<?cs var:Page.Org.Id ?>/offers/<?cs var:x.Id ?>"><?cs var:x.Title ?></a>
<span class="org-offer-field">(<?cs var:x.Field ?>)</span><?cs
    if:x.Outdated == 1 ?> <span class="badge badge-outdated"><?cs var:Lang.Orgs.Show.Outdated ?></span><?cs /if ?><?cs
    if:Page.Org.CanEdit == 1 ?> <span class="badge"><?cs
      if:x.Public == 1 ?><?cs var:Lang.Orgs.Show.OfferPublic ?><?cs
      else ?><?cs var:Lang.Orgs.Show.OfferMembersOnly ?><?cs /if ?></span><?cs
    /if ?></li><?cs
  /each ?>
</ul><?cs
else ?>
<p class="empty"><?cs var:Lang.Orgs.Show.NoOffers ?></p><?cs
/if ?>
</section><?cs

if:Page.Org.IsMember == 1 ?>
<section class="panel" aria-labelledby="leave-title">
<h2 id="leave-title"><?cs var:Lang.Orgs.Show.LeaveTitle ?></h2>
<p><?cs var:Lang.Orgs.Show.LeaveHint ?></p>
<form method="post" action="/orgs/<?cs var:Page.Org.Id ?>/leave"><?cs call:csrf() ?>
<button type="submit" class="button button-secondary"><?cs var:Lang.Orgs.Show.Leave ?></button>
</form>
</section><?cs
/if ?>

<p><a href="/orgs"><?cs var:Lang.Orgs.Show.BackToList ?></a></p><?cs
/def ?><?cs include:"layout.cs" ?>
