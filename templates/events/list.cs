<?cs include:"macros.cs" ?><?cs include:"events/parts.cs" ?><?cs # /events and
  /g/SLUG/events (cgi/events/list.c): upcoming or past dates, or one
  month. Reads Page.Events.Base / .CanWrite / .Group.*, Page.Filter.*
  (field, org, group, municipality, mode, when, month), Page.Options.*
  (the filters' choices), Page.Pager.*, Page.ThisMonth, Page.Month.Text /
  .Prev / .Next and Page.Weeks.W.Days.D.Day / .Date / .In / .Events.K.Path
  / .Title / .Clock / .AllDay / .Cancelled (month view), Page.Days.N.Date / .Text / .Events.M.Path /
  .Title / .AllDay / .Clock / .EndClock / .Start.At / .Cancelled (1/0) /
  .Place / .Online / .Org / .Group. ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
if:Page.Events.Group.Slug ?>
<p><a href="/g/<?cs var:Page.Events.Group.Slug ?>"><?cs var:Lang.Events.List.BackToGroup ?></a></p><?cs
/if ?>
<ul class="link-list"><?cs
if:Page.Events.CanWrite == 1 ?>
<li><a href="<?cs var:Page.Events.Base ?>/new"><?cs var:Lang.Events.List.New ?></a></li><?cs
/if ?>
<li><a href="<?cs var:Page.Events.Base ?>"<?cs if:!Page.Filter.when && !Page.Filter.month ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Events.List.Upcoming ?></a></li>
<li><a href="<?cs var:Page.Events.Base ?>?when=past"<?cs if:Page.Filter.when == "past" && !Page.Filter.month ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Events.List.Past ?></a></li>
<li><a href="<?cs var:Page.Events.Base ?>?month=<?cs var:Page.ThisMonth ?>"<?cs if:Page.Filter.month ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Events.List.MonthView ?></a></li>
</ul>
<div class="panel">
<h2 id="filter-title"><?cs var:Lang.Events.List.Filter ?></h2>
<form class="filter-form" method="get" action="<?cs var:Page.Events.Base ?>" role="search" aria-labelledby="filter-title"><?cs
call:ev_filter("field", Lang.Events.Field.field, Lang.Events.List.All, Page.Options.field) ?><?cs
call:ev_filter("org", Lang.Events.Field.org, Lang.Events.List.All, Page.Options.org) ?><?cs
if:!Page.Events.Group.Slug ?><?cs
call:ev_filter("group", Lang.Events.List.Group, Lang.Events.List.All, Page.Options.group) ?><?cs
/if ?><?cs
call:ev_filter("municipality", Lang.Events.Field.municipality, Lang.Events.List.All, Page.Options.municipality) ?>
<div class="field">
<label for="f-mode"><?cs var:Lang.Events.List.Mode ?></label>
<select id="f-mode" name="mode">
<option value=""><?cs var:Lang.Events.List.All ?></option>
<option value="place"<?cs if:Page.Filter.mode == "place" ?> selected<?cs /if ?>><?cs var:Lang.Events.List.InPerson ?></option>
<option value="online"<?cs if:Page.Filter.mode == "online" ?> selected<?cs /if ?>><?cs var:Lang.Events.List.Online ?></option>
</select>
</div><?cs
if:Page.Filter.when == "past" ?>
<input type="hidden" name="when" value="past"><?cs
/if ?><?cs
if:Page.Filter.month ?>
<input type="hidden" name="month" value="<?cs var:Page.Filter.month ?>"><?cs
/if ?>
<div class="actions filter-actions">
<button type="submit" class="button"><?cs var:Lang.Events.List.Apply ?></button>
</div>
</form>
</div><?cs
if:Page.Month.Text ?>
<nav class="pager" aria-label="<?cs var:Lang.Events.List.Months ?>">
<ul>
<li class="pager-prev"><a href="<?cs var:Page.Events.Base ?>?<?cs if:Page.Pager.Query ?><?cs var:Page.Pager.Query ?>&amp;<?cs /if ?>month=<?cs var:Page.Month.Prev ?>" rel="prev"><span aria-hidden="true">‹</span><?cs var:Lang.Events.List.PrevMonth ?></a></li>
<li class="pager-next"><a href="<?cs var:Page.Events.Base ?>?<?cs if:Page.Pager.Query ?><?cs var:Page.Pager.Query ?>&amp;<?cs /if ?>month=<?cs var:Page.Month.Next ?>" rel="next"><?cs var:Lang.Events.List.NextMonth ?><span aria-hidden="true">›</span></a></li>
</ul>
</nav><?cs
/if ?>
<section class="panel" aria-labelledby="results-title">
<h2 id="results-title"><?cs if:Page.Month.Text ?><?cs var:Page.Month.Text ?><?cs elif:Page.Filter.when == "past" ?><?cs var:Lang.Events.List.Past ?><?cs else ?><?cs var:Lang.Events.List.Upcoming ?><?cs /if ?></h2><?cs
if:Page.Month.Text ?>
<table class="event-month">
<caption class="vh"><?cs var:Page.Month.Text ?></caption>
<thead><tr><?cs
  loop:i = #1, #7, #1 ?><th scope="col"><abbr title="<?cs var:Lang.Events.Weekday[i % #7] ?>"><?cs var:Lang.Events.WeekdayShort[i % #7] ?></abbr></th><?cs /loop ?></tr></thead>
<tbody><?cs
  each:w = Page.Weeks ?>
<tr><?cs
    each:d = w.Days ?>
<td<?cs if:d.In != 1 || subcount(d.Events) == 0 ?> class="<?cs if:d.In != 1 ?>event-month-other<?cs /if ?><?cs if:d.In != 1 && subcount(d.Events) == 0 ?> <?cs /if ?><?cs if:subcount(d.Events) == 0 ?>event-month-free<?cs /if ?>"<?cs /if ?>><time class="event-month-day" datetime="<?cs var:d.Date ?>"><?cs var:d.Day ?></time><?cs
      if:subcount(d.Events) > 0 ?>
<ul><?cs
        each:e = d.Events ?>
<li><?cs if:e.AllDay != 1 ?><?cs var:e.Clock ?> <?cs /if ?><a href="<?cs var:e.Path ?>"><?cs var:e.Title ?></a><?cs
          if:e.Cancelled == 1 ?> <span class="badge badge-archived"><?cs var:Lang.Events.Cancelled ?></span><?cs /if ?></li><?cs
        /each ?>
</ul><?cs
      /if ?></td><?cs
    /each ?>
</tr><?cs
  /each ?>
</tbody>
</table><?cs
elif:subcount(Page.Days) == 0 ?>
<p class="empty"><?cs var:Lang.Events.List.None ?></p><?cs
/if ?><?cs
each:d = Page.Days ?>
<h3><time datetime="<?cs var:d.Date ?>"><?cs var:d.Text ?></time></h3>
<ul class="link-list event-list"><?cs
  each:e = d.Events ?>
<li class="event-item"><?cs
    if:e.AllDay == 1 ?><?cs var:Lang.Events.AllDay ?><?cs
    else ?><time datetime="<?cs var:e.Start.At ?>"><?cs var:e.Clock ?></time>–<?cs var:e.EndClock ?><?cs /if ?>
<a href="<?cs var:e.Path ?>"><?cs var:e.Title ?></a><?cs
    if:e.Cancelled == 1 ?> <span class="badge badge-archived"><?cs var:Lang.Events.Cancelled ?></span><?cs /if ?><?cs
    if:string.length(e.Place) ?> · <?cs var:e.Place ?><?cs /if ?><?cs
    if:e.Online == 1 ?> · <?cs var:Lang.Events.List.Online ?><?cs /if ?><?cs
    if:string.length(e.Org) ?> · <?cs var:e.Org ?><?cs /if ?><?cs
    if:string.length(e.Group) && !Page.Events.Group.Slug ?> · <?cs var:Lang.Events.List.Group ?>: <?cs var:e.Group ?><?cs /if ?>
</li><?cs
  /each ?>
</ul><?cs
/each ?><?cs
if:!Page.Month.Text ?><?cs call:pager(Page.Events.Base) ?><?cs /if ?>
</section><?cs
/def ?><?cs include:"layout.cs" ?>
