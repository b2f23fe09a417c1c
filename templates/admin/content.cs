<?cs include:"macros.cs" ?><?cs include:"admin/parts.cs" ?><?cs # /admin/content/SLUG
  (cgi/admin/content.c), SLUG fields or types: Page.Items.N.Id / .NameDe /
  .NameEn / .Position / .Retired (1/0), one form per entry and one for a
  new one; for fields also the network's forum categories,
  Page.Categories.N.Id / .Name / .Position / .Retired / .Topics. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:admin_nav() ?><?cs
call:form_error() ?>
<p><?cs var:Lang.Admin.Content.Intro ?></p>
<section class="panel" aria-labelledby="items">
<h2 id="items"><?cs var:Lang.Admin.Content.Entries ?></h2>
<ul class="admin-vocab"><?cs
each:i = Page.Items ?>
<li id="item-<?cs var:i.Id ?>">
<form class="vocab-form" method="post" action="/admin/content/<?cs var:Page.Slug ?>/<?cs var:i.Id ?>"><?cs call:csrf() ?>
<div class="field"><label for="de-<?cs var:i.Id ?>"><?cs var:Lang.Admin.Content.NameDe ?></label>
<input id="de-<?cs var:i.Id ?>" name="name_de" type="text" value="<?cs var:i.NameDe ?>" required></div>
<div class="field"><label for="en-<?cs var:i.Id ?>"><?cs var:Lang.Admin.Content.NameEn ?></label>
<input id="en-<?cs var:i.Id ?>" name="name_en" type="text" lang="en" value="<?cs var:i.NameEn ?>" required></div>
<div class="field"><label for="pos-<?cs var:i.Id ?>"><?cs var:Lang.Admin.Content.Position ?></label>
<input id="pos-<?cs var:i.Id ?>" name="position" type="number" min="0" max="9999" value="<?cs var:i.Position ?>"></div>
<div class="choice"><input id="ret-<?cs var:i.Id ?>" name="retired" type="checkbox" value="1"<?cs if:i.Retired == 1 ?> checked<?cs /if ?>>
<label for="ret-<?cs var:i.Id ?>"><?cs var:Lang.Admin.Content.Retired ?></label></div>
<button type="submit" class="button button-secondary"><?cs var:Lang.Action.Save ?> <span class="vh"><?cs var:i.NameDe ?></span></button>
</form>
</li><?cs
/each ?>
</ul>
</section>
<section class="panel" aria-labelledby="new-item">
<h2 id="new-item"><?cs var:Lang.Admin.Content.New ?></h2>
<form class="vocab-form" method="post" action="/admin/content/<?cs var:Page.Slug ?>/new"><?cs call:csrf() ?>
<div class="field"><label for="de-new"><?cs var:Lang.Admin.Content.NameDe ?></label>
<input id="de-new" name="name_de" type="text" required></div>
<div class="field"><label for="en-new"><?cs var:Lang.Admin.Content.NameEn ?></label>
<input id="en-new" name="name_en" type="text" lang="en" required></div>
<div class="field"><label for="pos-new"><?cs var:Lang.Admin.Content.Position ?></label>
<input id="pos-new" name="position" type="number" min="0" max="9999" value="0"></div>
<button type="submit" class="button"><?cs var:Lang.Admin.Content.Create ?></button>
</form>
</section><?cs
if:Page.Slug == "fields" ?>
<section class="panel" aria-labelledby="categories">
<h2 id="categories"><?cs var:Lang.Admin.Content.Categories ?></h2>
<p><?cs var:Lang.Admin.Content.CategoriesIntro ?> <a href="/forum/categories/new"><?cs var:Lang.Admin.Content.CategoryNew ?></a></p>
<ul><?cs each:c = Page.Categories ?>
<li><a href="/forum/c/<?cs var:c.Id ?>/edit"><?cs var:c.Name ?></a> (<?cs var:Lang.Admin.Content.Position ?> <?cs var:c.Position ?>, <?cs var:c.Topics ?> <?cs var:Lang.Admin.Content.Topics ?><?cs if:c.Retired == 1 ?>, <?cs var:Lang.Admin.Content.Retired ?><?cs /if ?>)</li><?cs
/each ?></ul>
</section><?cs
/if ?><?cs
/def ?><?cs include:"layout.cs" ?>
