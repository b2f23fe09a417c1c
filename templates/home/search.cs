<?cs include:"macros.cs" ?><?cs # /search (cgi/home/search.c): one search over
  everything the member may read. A GET form, so a search can be
  bookmarked and shared. Reads Page.Form.q.Value, Page.Kind (all or one
  kind), Page.Since (any, week, month, year), Page.GroupChoices.N.Id /
  .Name / .Chosen, Page.Asked (1: a search was sent), Page.TooShort,
  Page.Query (the search's filters, url-encoded), Page.Skipped.<kind>
  (1: the filters leave that kind out), Page.Results.<kind>.Total /
  .Items.N.Link / .Title.K.Text / .Mark / .Text.K.Text / .Mark /
  .Context / .Visibility / .When.At / .AtText, Page.Pager.* (one kind).
  Matches: the template puts <mark> around the pieces with Mark = 1; the
  text of every piece is escaped like all output. ?><?cs
def:pieces(list) ?><?cs each:p = list ?><?cs if:p.Mark == 1 ?><mark><?cs var:p.Text ?></mark><?cs else ?><?cs var:p.Text ?><?cs /if ?><?cs /each ?><?cs /def ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1>
<div class="panel">
<form class="filter-form" method="get" action="/search" role="search" aria-label="<?cs var:Page.Title ?>">
<div class="field">
<label for="f-q"><?cs var:Lang.Home.Search.Q ?></label>
<p class="hint" id="h-q"><?cs var:Lang.Home.Search.QHint ?></p>
<input id="f-q" name="q" type="search" maxlength="200" value="<?cs var:Page.Form.q.Value ?>" aria-describedby="h-q">
</div>
<div class="search-filters">
<div class="field">
<label for="f-kind"><?cs var:Lang.Home.Search.Kind ?></label>
<select id="f-kind" name="kind">
<option value="all"<?cs if:Page.Kind == "all" ?> selected<?cs /if ?>><?cs var:Lang.Home.Search.AllKinds ?></option><?cs
each:k = Lang.Home.Search.Kinds ?>
<option value="<?cs name:k ?>"<?cs if:Page.Kind == name(k) ?> selected<?cs /if ?>><?cs var:k ?></option><?cs
/each ?>
</select>
</div>
<div class="field">
<label for="f-group"><?cs var:Lang.Home.Search.Group ?></label>
<select id="f-group" name="group">
<option value=""><?cs var:Lang.Home.Search.AnyGroup ?></option><?cs
each:g = Page.GroupChoices ?>
<option value="<?cs var:g.Id ?>"<?cs if:g.Chosen == 1 ?> selected<?cs /if ?>><?cs var:g.Name ?></option><?cs
/each ?>
</select>
</div>
<div class="field">
<label for="f-since"><?cs var:Lang.Home.Search.Since ?></label>
<select id="f-since" name="since">
<option value="any"<?cs if:Page.Since == "any" ?> selected<?cs /if ?>><?cs var:Lang.Home.Search.Any ?></option>
<option value="week"<?cs if:Page.Since == "week" ?> selected<?cs /if ?>><?cs var:Lang.Home.Search.week ?></option>
<option value="month"<?cs if:Page.Since == "month" ?> selected<?cs /if ?>><?cs var:Lang.Home.Search.month ?></option>
<option value="year"<?cs if:Page.Since == "year" ?> selected<?cs /if ?>><?cs var:Lang.Home.Search.year ?></option>
</select>
</div>
<div class="actions"><button type="submit" class="button"><?cs var:Lang.Home.Search.Submit ?></button></div>
</div>
</form>
</div><?cs
if:Page.Asked == 1 ?>
<h2><?cs var:Lang.Home.Search.FoundHeading ?></h2><?cs
  if:Page.TooShort == 1 ?>
<p class="empty"><?cs var:Lang.Home.Search.TooShort ?></p><?cs
  else ?><?cs
    each:k = Lang.Home.Search.Kinds ?><?cs
      if:Page.Kind == "all" || Page.Kind == name(k) ?>
<section class="panel search-kind" id="kind-<?cs name:k ?>" aria-labelledby="kind-<?cs name:k ?>-title">
<h3 id="kind-<?cs name:k ?>-title"><?cs var:k ?><?cs
        if:!Page.Skipped[name(k)] ?> <span class="badge"><span class="vh"><?cs var:Lang.Home.Search.Results ?> </span><?cs var:Page.Results[name(k)].Total ?></span><?cs /if ?></h3><?cs
        if:Page.Skipped[name(k)] == 1 ?>
<p class="hint"><?cs var:Lang.Home.Search.Skipped ?></p><?cs
        elif:subcount(Page.Results[name(k)].Items) > 0 ?>
<ol class="result-list"><?cs
          each:x = Page.Results[name(k)].Items ?>
<li><a href="<?cs var:x.Link ?>"><?cs call:pieces(x.Title) ?></a><?cs
            if:string.length(x.Context) || x.When.At ?>
<p class="result-meta"><?cs var:x.Context ?><?cs if:x.When.At ?> · <time datetime="<?cs var:x.When.At ?>"><?cs var:x.When.AtText ?></time><?cs /if ?></p><?cs
            /if ?><?cs
            if:subcount(x.Text) > 0 ?>
<p><?cs call:pieces(x.Text) ?></p><?cs
            /if ?></li><?cs
          /each ?>
</ol><?cs
          if:Page.Kind == "all" && #Page.Results[name(k)].Total > subcount(Page.Results[name(k)].Items) ?>
<p><a href="/search?<?cs var:Page.Query ?>&amp;kind=<?cs name:k ?>"><?cs var:Lang.Home.Search.AllOfKind ?> (<?cs var:Page.Results[name(k)].Total ?>)</a></p><?cs
          /if ?><?cs
        else ?>
<p class="empty"><?cs var:Lang.Home.Search.NoResults ?></p><?cs
        /if ?>
</section><?cs
      /if ?><?cs
    /each ?><?cs
    if:Page.Kind != "all" ?><?cs call:pager("/search") ?><?cs /if ?><?cs
  /if ?><?cs
/if ?><?cs
/def ?><?cs include:"layout.cs" ?>
