<?cs include:"macros.cs" ?><?cs include:"admin/parts.cs" ?><?cs # /admin/stats
  (cgi/admin/stats.c): Page.Members.Total / .New30 / .Active30 / .Active90;
  Page.Series.N (keys of the monthly series); Page.Months.N.Month (YYYY-MM)
  and .KEY per series; Page.Charts.N.Key / .Max / .Bars.I.X / .Y / .H /
  .Mid / .Value / .Label; Page.ChartWidth / .ChartHeight / .ChartBase (SVG
  units); Page.TopGroups.N / Page.TopFields.N .Name / .Posts; Page.Since. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:admin_nav() ?>
<section class="panel" aria-labelledby="members">
<h2 id="members"><?cs var:Lang.Admin.Stats.Members ?></h2>
<dl class="stats-facts">
<div><dt><?cs var:Lang.Admin.Stats.Total ?></dt><dd id="stat-total"><?cs var:Page.Members.Total ?></dd></div>
<div><dt><?cs var:Lang.Admin.Stats.New30 ?></dt><dd id="stat-new30"><?cs var:Page.Members.New30 ?></dd></div>
<div><dt><?cs var:Lang.Admin.Stats.Active30 ?></dt><dd id="stat-active30"><?cs var:Page.Members.Active30 ?></dd></div>
<div><dt><?cs var:Lang.Admin.Stats.Active90 ?></dt><dd id="stat-active90"><?cs var:Page.Members.Active90 ?></dd></div>
</dl>
</section>
<section class="panel" aria-labelledby="monthly">
<h2 id="monthly"><?cs var:Lang.Admin.Stats.Monthly ?></h2>
<p><a href="/admin/stats.csv" download><?cs var:Lang.Admin.Stats.Csv ?></a></p>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="monthly">
<table class="stats-months">
<caption class="vh"><?cs var:Lang.Admin.Stats.Monthly ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.Admin.Stats.Month ?></th><?cs
each:s = Page.Series ?><th scope="col"><?cs var:Lang.Admin.Stats.Series[s] ?></th><?cs /each ?></tr></thead>
<tbody><?cs each:m = Page.Months ?>
<tr id="month-<?cs var:m.Month ?>"><th scope="row"><?cs var:m.Month ?></th><?cs
each:s = Page.Series ?><td><?cs var:m[s] ?></td><?cs /each ?></tr><?cs
/each ?></tbody>
</table>
</div><?cs
each:c = Page.Charts ?>
<figure class="chart">
<figcaption id="chart-<?cs var:c.Key ?>"><?cs var:Lang.Admin.Stats.Series[c.Key] ?> (<?cs var:Lang.Admin.Stats.ChartNote ?> <?cs var:c.Max ?>)</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 <?cs var:Page.ChartWidth ?> <?cs var:Page.ChartHeight ?>" role="img" aria-labelledby="chart-<?cs var:c.Key ?>"><?cs
each:b = c.Bars ?><rect x="<?cs var:b.X ?>" y="<?cs var:b.Y ?>" width="28" height="<?cs var:b.H ?>" fill="#1f5f99"><title><?cs var:b.Label ?>: <?cs var:b.Value ?></title></rect><text x="<?cs var:b.Mid ?>" y="<?cs var:Page.ChartBase ?>" text-anchor="middle" font-size="10" fill="#222"><?cs var:b.Label ?></text><?cs
/each ?></svg>
</figure><?cs
/each ?>
</section>
<section class="panel" aria-labelledby="top">
<h2 id="top"><?cs var:Lang.Admin.Stats.Top ?></h2>
<p><?cs var:Lang.Admin.Stats.TopNote ?> <?cs var:Page.Since ?>.</p>
<h3><?cs var:Lang.Admin.Stats.TopGroups ?></h3><?cs
if:subcount(Page.TopGroups) == 0 ?><p><?cs var:Lang.Admin.Stats.NoneYet ?></p><?cs
else ?><ol class="stats-top" id="top-groups"><?cs each:g = Page.TopGroups ?><li><?cs var:g.Name ?>: <?cs var:g.Posts ?></li><?cs /each ?></ol><?cs /if ?>
<h3><?cs var:Lang.Admin.Stats.TopFields ?></h3><?cs
if:subcount(Page.TopFields) == 0 ?><p><?cs var:Lang.Admin.Stats.NoneYet ?></p><?cs
else ?><ol class="stats-top" id="top-fields"><?cs each:f = Page.TopFields ?><li><?cs var:f.Name ?>: <?cs var:f.Posts ?></li><?cs /each ?></ol><?cs /if ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
