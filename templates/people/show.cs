<?cs include:"macros.cs" ?><?cs # /people/ID: one member's profile (cgi/people/profile.c).
  Reads Page.Profile.Id / .Name / .Position / .Municipality / .About
  (Markdown, rendered by markdown()), .Phone / .Email (only when this viewer
  may see them), .PhoneHidden / .EmailHidden (1: hidden from other members;
  set for the member themself and site admins only), .Fields.N and
  .Languages.N (names), .CanEdit (1: the member or an admin).
  /people/ID/photo is the photo, or an initials avatar without one. ?><?cs

# The marker for a contact detail other members do not see: the member
  reads "only visible to you", an admin "not visible to other members". ?><?cs
def:hidden_badge() ?> <span class="badge"><?cs
  if:User.Id == Page.Profile.Id ?><?cs var:Lang.Profile.OnlyYou ?><?cs
  else ?><?cs var:Lang.Profile.HiddenFromMembers ?><?cs /if ?></span><?cs
/def ?><?cs

def:main() ?>
<div class="panel profile-head">
<img class="profile-photo" src="/people/<?cs var:Page.Profile.Id ?>/photo" alt="<?cs if:Page.Profile.HasPhoto ?><?cs var:Lang.Profile.PhotoAlt ?> <?cs var:Page.Profile.Name ?><?cs /if ?>" width="160" height="160">
<div class="profile-intro">
<h1><?cs var:Page.Title ?></h1><?cs
if:string.length(Page.Profile.Position) ?>
<p class="profile-position"><?cs var:Page.Profile.Position ?></p><?cs
/if ?><?cs
if:string.length(Page.Profile.Municipality) ?>
<p class="profile-place"><?cs var:Page.Profile.Municipality ?></p><?cs
/if ?><?cs
if:User.Id == Page.Profile.Id && !Page.Profile.Position && !Page.Profile.About && subcount(Page.Profile.Fields) == 0 ?>
<p class="alert alert-info"><?cs var:Lang.Profile.EmptyOwn ?></p><?cs
/if ?><?cs
if:Page.Profile.CanEdit == 1 ?>
<p><a class="button button-secondary" href="/people/<?cs var:Page.Profile.Id ?>/edit"><?cs var:Lang.Profile.Edit ?></a></p><?cs
/if ?>
</div>
</div>

<section class="panel" aria-labelledby="contact-title">
<h2 id="contact-title"><?cs var:Lang.Profile.Contact ?></h2><?cs
if:string.length(Page.Profile.Phone) || string.length(Page.Profile.Email) ?>
<dl class="details"><?cs
  if:string.length(Page.Profile.Phone) ?>
<div>
<dt><?cs var:Lang.Profile.Phone ?></dt>
<dd><a href="tel:<?cs var:Page.Profile.Phone ?>"><?cs var:Page.Profile.Phone ?></a><?cs
    if:Page.Profile.PhoneHidden == 1 ?><?cs call:hidden_badge() ?><?cs /if ?></dd>
</div><?cs
  /if ?><?cs
  if:string.length(Page.Profile.Email) ?>
<div>
<dt><?cs var:Lang.Profile.Email ?></dt>
<dd><a class="email" href="mailto:<?cs var:Page.Profile.Email ?>"><?cs var:Page.Profile.Email ?></a><?cs
    if:Page.Profile.EmailHidden == 1 ?><?cs call:hidden_badge() ?><?cs /if ?></dd>
</div><?cs
  /if ?>
</dl><?cs
else ?>
<p><?cs var:Lang.Profile.NoContact ?></p><?cs
/if ?>
<p class="vcard-link"><a href="/people/<?cs var:Page.Profile.Id ?>/vcard" download><?cs var:Lang.Profile.VCard ?></a></p>
<p class="hint"><?cs var:Lang.Profile.VCardHint ?></p>
</section>

<section class="panel" aria-labelledby="about-title">
<h2 id="about-title"><?cs var:Lang.Profile.About ?></h2><?cs
if:string.length(Page.Profile.About) ?>
<div class="prose"><?cs var:markdown(Page.Profile.About) ?></div><?cs
else ?>
<p class="empty"><?cs var:Lang.Profile.NoAbout ?></p><?cs
/if ?>
</section>

<section class="panel" aria-labelledby="work-title">
<h2 id="work-title"><?cs var:Lang.Profile.Work ?></h2>
<dl class="details">
<div>
<dt><?cs var:Lang.Profile.Fields ?></dt>
<dd><?cs if:subcount(Page.Profile.Fields) > 0 ?><ul class="tag-list"><?cs
  each:f = Page.Profile.Fields ?><li><?cs var:f ?></li><?cs /each ?></ul><?cs
  else ?><span class="empty"><?cs var:Lang.Profile.None ?></span><?cs /if ?></dd>
</div>
<div>
<dt><?cs var:Lang.Profile.Languages ?></dt>
<dd><?cs if:subcount(Page.Profile.Languages) > 0 ?><ul class="tag-list"><?cs
  each:l = Page.Profile.Languages ?><li><?cs var:l ?></li><?cs /each ?></ul><?cs
  else ?><span class="empty"><?cs var:Lang.Profile.None ?></span><?cs /if ?></dd>
</div>
</dl>
</section>
<?cs
# The member's organisations (Page.Orgs.N.Id / .Name / .Role, set by
  org_list_of_person in cgi/people/org_show.c). ?><?cs
if:subcount(Page.Orgs) > 0 ?>
<section class="panel" aria-labelledby="orgs-title">
<h2 id="orgs-title"><?cs var:Lang.Orgs.Profile.Title ?></h2>
<ul class="link-list profile-orgs"><?cs
  each:o = Page.Orgs ?>
<li><a href="/orgs/<?cs var:o.Id ?>"><?cs var:o.Name ?></a><?cs
    if:string.length(o.Role) ?> <span class="org-role">(<?cs var:o.Role ?>)</span><?cs /if ?></li><?cs
  /each ?>
</ul>
</section><?cs
/if ?>
<p><a href="/people"><?cs var:Lang.Profile.BackToList ?></a></p><?cs
/def ?><?cs include:"layout.cs" ?>
