<?cs include:"macros.cs" ?><?cs # /orgs/ID/offers/ID: one offer (cgi/people/offer_show.c), for every member.
  Reads Page.Offer.Id / .OrgId / .Org / .Title / .Description (Markdown,
  rendered by markdown()) / .Field / .Place / .Municipality / .Costs /
  .StepFree ("unknown", "yes", "partly", "no") / .Accessibility /
  .ContactRole / .CheckedOn (YYYY-MM-DD) / .CheckedText (the date for
  people) / .Outdated (1/0) / .Public (1/0) / .OrgListed (1: the
  organisation is public and confirmed) / .TargetGroups.N / .Languages.N
  (names) / .CanEdit (1: may edit the organisation);
  Page.Offer.Contact.Id / .Name / .Phone / .Email (only what this viewer
  may see; no Contact at all when the person is gone). ?><?cs

def:detail(label, value) ?>
<div>
<dt><?cs var:label ?></dt>
<dd><?cs if:string.length(value) ?><?cs var:value ?><?cs
  else ?><span class="empty"><?cs var:Lang.Offers.Show.None ?></span><?cs /if ?></dd>
</div><?cs /def ?><?cs

def:main() ?>
<div class="panel">
<h1><?cs var:Page.Title ?></h1>
<p class="lead"><?cs var:Lang.Offers.Show.Org ?> <a class="offer-org" href="/orgs/<?cs var:Page.Offer.OrgId ?>"><?cs var:Page.Offer.Org ?></a></p><?cs
if:Page.Offer.Outdated == 1 ?>
<p class="alert alert-info offer-outdated"><?cs var:Lang.Offers.Show.Outdated ?></p><?cs
/if ?>
<p class="offer-checked"><?cs var:Lang.Offers.Show.Checked ?> <time datetime="<?cs var:Page.Offer.CheckedOn ?>"><?cs var:Page.Offer.CheckedText ?></time></p>
</div>

<section class="panel" aria-labelledby="about-title">
<h2 id="about-title"><?cs var:Lang.Offers.Show.About ?></h2><?cs
if:string.length(Page.Offer.Description) ?>
<div class="prose"><?cs var:markdown(Page.Offer.Description) ?></div><?cs
else ?>
<p class="empty"><?cs var:Lang.Offers.Show.NoDescription ?></p><?cs
/if ?>
</section>

<section class="panel" aria-labelledby="details-title">
<h2 id="details-title"><?cs var:Lang.Offers.Show.Details ?></h2>
<dl class="details"><?cs
call:detail(Lang.Offers.Show.Field, Page.Offer.Field) ?>
<div>
<dt><?cs var:Lang.Offers.Show.Targets ?></dt>
<dd><?cs if:subcount(Page.Offer.TargetGroups) > 0 ?><ul class="tag-list offer-targets"><?cs
  each:t = Page.Offer.TargetGroups ?><li><?cs var:t ?></li><?cs /each ?></ul><?cs
  else ?><span class="empty"><?cs var:Lang.Offers.Show.None ?></span><?cs /if ?></dd>
</div>
<div>
<dt><?cs var:Lang.Offers.Show.Languages ?></dt>
<dd><?cs if:subcount(Page.Offer.Languages) > 0 ?><ul class="tag-list offer-languages"><?cs
  each:l = Page.Offer.Languages ?><li><?cs var:l ?></li><?cs /each ?></ul><?cs
  else ?><span class="empty"><?cs var:Lang.Offers.Show.None ?></span><?cs /if ?></dd>
</div><?cs
call:detail(Lang.Offers.Show.Place, Page.Offer.Place) ?><?cs
call:detail(Lang.Offers.Show.Municipality, Page.Offer.Municipality) ?><?cs
call:detail(Lang.Offers.Show.Costs, Page.Offer.Costs) ?><?cs
call:detail(Lang.Offers.Show.StepFree, Lang.Offers.StepFree[Page.Offer.StepFree]) ?><?cs
call:detail(Lang.Offers.Show.Accessibility, Page.Offer.Accessibility) ?>
<div>
<dt><?cs var:Lang.Offers.Show.Public ?></dt>
<dd><?cs if:Page.Offer.Public == 1 && Page.Offer.OrgListed == 1 ?><?cs var:Lang.Offers.Show.PublicYes ?><?cs
  elif:Page.Offer.Public == 1 ?><?cs var:Lang.Offers.Show.PublicWaiting ?><?cs
  else ?><?cs var:Lang.Offers.Show.PublicNo ?><?cs /if ?></dd>
</div>
</dl>
</section>

<section class="panel" aria-labelledby="contact-title">
<h2 id="contact-title"><?cs var:Lang.Offers.Show.Contact ?></h2><?cs
if:Page.Offer.Contact.Id || string.length(Page.Offer.ContactRole) ?>
<dl class="details"><?cs
if:Page.Offer.Contact.Id ?>
<div>
<dt><?cs var:Lang.Offers.Show.Person ?></dt>
<dd><a class="offer-contact" href="/people/<?cs var:Page.Offer.Contact.Id ?>"><?cs var:Page.Offer.Contact.Name ?></a></dd>
</div><?cs
/if ?><?cs
if:string.length(Page.Offer.ContactRole) ?>
<div>
<dt><?cs var:Lang.Offers.Show.Role ?></dt>
<dd class="offer-role"><?cs var:Page.Offer.ContactRole ?></dd>
</div><?cs
/if ?><?cs
if:string.length(Page.Offer.Contact.Phone) ?>
<div>
<dt><?cs var:Lang.Offers.Show.Phone ?></dt>
<dd><a href="tel:<?cs var:Page.Offer.Contact.Phone ?>"><?cs var:Page.Offer.Contact.Phone ?></a></dd>
</div><?cs
/if ?><?cs
if:string.length(Page.Offer.Contact.Email) ?>
<div>
<dt><?cs var:Lang.Offers.Show.Email ?></dt>
<dd><a class="email" href="mailto:<?cs var:Page.Offer.Contact.Email ?>"><?cs var:Page.Offer.Contact.Email ?></a></dd>
</div><?cs
/if ?>
</dl><?cs
/if ?><?cs
if:!Page.Offer.Contact.Id ?>
<p><?cs var:Lang.Offers.Show.NoPerson ?></p><?cs
/if ?>
<p><a href="/orgs/<?cs var:Page.Offer.OrgId ?>"><?cs var:Lang.Offers.Show.OrgPage ?></a></p>
</section><?cs

if:Page.Offer.CanEdit == 1 ?>
<section class="panel" aria-labelledby="manage-title">
<h2 id="manage-title"><?cs var:Lang.Offers.Show.Manage ?></h2>
<p class="hint"><?cs var:Lang.Offers.Show.ManageHint ?></p>
<div class="form-inline-actions">
<form class="inline-form" method="post" action="/orgs/<?cs var:Page.Offer.OrgId ?>/offers/<?cs var:Page.Offer.Id ?>/confirm"><?cs
call:csrf() ?><button type="submit" class="button"><?cs var:Lang.Offers.Show.Confirm ?></button></form>
<a class="button button-secondary" href="/orgs/<?cs var:Page.Offer.OrgId ?>/offers/<?cs var:Page.Offer.Id ?>/edit"><?cs var:Lang.Offers.Show.Edit ?></a>
<a class="button button-secondary" href="/orgs/<?cs var:Page.Offer.OrgId ?>/offers/<?cs var:Page.Offer.Id ?>/delete"><?cs var:Lang.Offers.Show.Delete ?></a>
</div>
</section><?cs
/if ?>

<p><a href="/orgs/<?cs var:Page.Offer.OrgId ?>"><?cs var:Lang.Offers.Show.BackToOrg ?></a> · <a href="/orgs/offers"><?cs var:Lang.Offers.Show.BackToList ?></a></p><?cs
/def ?><?cs include:"layout.cs" ?>
