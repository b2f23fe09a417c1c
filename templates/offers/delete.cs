<?cs include:"macros.cs" ?><?cs # /orgs/ID/offers/ID/delete: the question before an offer is deleted
  (cgi/people/offer_edit.c), for the organisation's editors.
  Reads Page.Offer.Id / .OrgId / .Org / .Title. ?><?cs
def:main() ?>
<div class="narrow">
<h1><?cs var:Page.Title ?></h1>
<h2><?cs var:Lang.Offers.Delete.Question ?></h2>
<dl class="details">
<div>
<dt><?cs var:Lang.Offers.Delete.Offer ?></dt>
<dd class="offer-title"><?cs var:Page.Offer.Title ?></dd>
</div>
<div>
<dt><?cs var:Lang.Offers.Delete.Org ?></dt>
<dd><?cs var:Page.Offer.Org ?></dd>
</div>
</dl>
<p><?cs var:Lang.Offers.Delete.Text ?></p>
<form class="form" method="post" action="/orgs/<?cs var:Page.Offer.OrgId ?>/offers/<?cs var:Page.Offer.Id ?>/delete"><?cs
call:csrf() ?>
<div class="actions">
<button type="submit" class="button"><?cs var:Lang.Offers.Delete.Confirm ?></button>
<a href="/orgs/<?cs var:Page.Offer.OrgId ?>/offers/<?cs var:Page.Offer.Id ?>"><?cs var:Lang.Action.Cancel ?></a>
</div>
</form>
</div><?cs
/def ?><?cs include:"layout.cs" ?>
