<?cs include:"macros.cs" ?><?cs include:"directory/parts.cs" ?><?cs # /directory/offers/ID:
  one offer of the public directory (cgi/people/directory.c), for
  everybody. Reads Page.Offer.Id / .Title / .OrgId / .Org / .Description
  (Markdown, rendered by markdown()) / .Field / .Place / .Municipality /
  .Costs / .StepFree ("unknown", "yes", "partly", "no") / .Accessibility /
  .ContactRole (the role the editors published: never a person) /
  .CheckedOn / .CheckedText / .Outdated (1/0) / .TargetGroups.N /
  .Languages.N (names) / .OrgPhone / .OrgEmail / .OrgWebsite /
  .OrgWebsiteLink (the organisation's own contact details). Page.Title is
  "offer – organisation"; the heading is the offer's title. ?><?cs

def:detail(label, value) ?>
<div>
<dt><?cs var:label ?></dt>
<dd><?cs if:string.length(value) ?><?cs var:value ?><?cs
  else ?><span class="empty"><?cs var:Lang.Directory.Offer.None ?></span><?cs /if ?></dd>
</div><?cs /def ?><?cs

def:names(label, list, class) ?>
<div>
<dt><?cs var:label ?></dt>
<dd><?cs if:subcount(list) > 0 ?><ul class="tag-list <?cs var:class ?>"><?cs
  each:t = list ?><li><?cs var:t ?></li><?cs /each ?></ul><?cs
  else ?><span class="empty"><?cs var:Lang.Directory.Offer.None ?></span><?cs /if ?></dd>
</div><?cs /def ?><?cs

def:main() ?>
<div class="panel">
<h1><?cs var:Page.Offer.Title ?></h1>
<p class="lead"><?cs var:Lang.Directory.Offer.Of ?> <a class="offer-org" href="/directory/orgs/<?cs var:Page.Offer.OrgId ?>"><?cs var:Page.Offer.Org ?></a></p><?cs
if:Page.Offer.Outdated == 1 ?>
<p class="alert alert-info offer-outdated-note"><?cs var:Lang.Directory.OutdatedNote ?></p><?cs
/if ?><?cs
call:offer_stand(Page.Offer) ?>
</div>

<section class="panel" aria-labelledby="about-title">
<h2 id="about-title"><?cs var:Lang.Directory.Offer.About ?></h2><?cs
if:string.length(Page.Offer.Description) ?>
<div class="prose"><?cs var:markdown(Page.Offer.Description) ?></div><?cs
else ?>
<p class="empty"><?cs var:Lang.Directory.Offer.NoDescription ?></p><?cs
/if ?>
</section>

<section class="panel" aria-labelledby="details-title">
<h2 id="details-title"><?cs var:Lang.Directory.Offer.Details ?></h2>
<dl class="details"><?cs
call:detail(Lang.Directory.Offer.Field, Page.Offer.Field) ?><?cs
call:names(Lang.Directory.Offer.Targets, Page.Offer.TargetGroups, "offer-targets") ?><?cs
call:names(Lang.Directory.Offer.Languages, Page.Offer.Languages, "offer-languages") ?><?cs
call:detail(Lang.Directory.Offer.Place, Page.Offer.Place) ?><?cs
call:detail(Lang.Directory.Offer.Municipality, Page.Offer.Municipality) ?><?cs
call:detail(Lang.Directory.Offer.Costs, Page.Offer.Costs) ?><?cs
call:detail(Lang.Directory.Offer.StepFree, Lang.Directory.StepFree[Page.Offer.StepFree]) ?><?cs
call:detail(Lang.Directory.Offer.Accessibility, Page.Offer.Accessibility) ?>
</dl>
</section>

<section class="panel" aria-labelledby="contact-title">
<h2 id="contact-title"><?cs var:Lang.Directory.Offer.Contact ?></h2>
<dl class="details"><?cs
if:string.length(Page.Offer.ContactRole) ?>
<div>
<dt><?cs var:Lang.Directory.Offer.Role ?></dt>
<dd class="offer-role"><?cs var:Page.Offer.ContactRole ?></dd>
</div><?cs
/if ?>
<div>
<dt><?cs var:Lang.Directory.Offer.Org ?></dt>
<dd><a href="/directory/orgs/<?cs var:Page.Offer.OrgId ?>"><?cs var:Page.Offer.Org ?></a></dd>
</div><?cs
if:string.length(Page.Offer.OrgPhone) ?>
<div>
<dt><?cs var:Lang.Directory.Offer.Phone ?></dt>
<dd class="org-phone"><a href="tel:<?cs var:Page.Offer.OrgPhone ?>"><?cs var:Page.Offer.OrgPhone ?></a></dd>
</div><?cs
/if ?><?cs
if:string.length(Page.Offer.OrgEmail) ?>
<div>
<dt><?cs var:Lang.Directory.Offer.Email ?></dt>
<dd class="org-email"><a class="email" href="mailto:<?cs var:Page.Offer.OrgEmail ?>"><?cs var:Page.Offer.OrgEmail ?></a></dd>
</div><?cs
/if ?><?cs
if:string.length(Page.Offer.OrgWebsite) ?>
<div>
<dt><?cs var:Lang.Directory.Offer.Website ?></dt>
<dd class="org-website"><?cs
  if:Page.Offer.OrgWebsiteLink == 1 ?><a href="<?cs var:url_validate(Page.Offer.OrgWebsite) ?>"><?cs var:Page.Offer.OrgWebsite ?></a><?cs
  else ?><?cs var:Page.Offer.OrgWebsite ?><?cs /if ?></dd>
</div><?cs
/if ?>
</dl>
<p><?cs if:string.length(Page.Offer.ContactRole) ?><?cs var:Lang.Directory.Offer.ContactHint ?><?cs
else ?><?cs var:Lang.Directory.Offer.ContactOrg ?><?cs /if ?></p>
</section>

<p><a href="/directory/orgs/<?cs var:Page.Offer.OrgId ?>"><?cs var:Lang.Directory.Offer.OrgPage ?></a> · <a href="/directory/offers"><?cs var:Lang.Directory.Offer.BackToList ?></a></p><?cs
/def ?><?cs include:"layout.cs" ?>
