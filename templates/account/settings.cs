<?cs include:"macros.cs" ?><?cs include:"account/notify_prefs.cs" ?><?cs # /account: profile, e-mail, password, sessions,
  the calendar feed (Page.CalendarFeed.At / .AtText when there is one),
  notifications (account/notify_prefs.cs).
  The C side always fills Page.Form.name.Value and Page.Form.lang.Value with
  the current values (or, after a failed POST, with what was sent). ?><?cs
def:main() ?>
<h1><?cs var:Page.Title ?></h1><?cs
call:error_summary(Lang.FieldNew) ?>
<nav class="toc" aria-label="<?cs var:Lang.Settings.OnThisPage ?>">
<ul>
<li><a href="#sec-profile"><?cs var:Lang.Settings.Profile ?></a></li>
<li><a href="#sec-email"><?cs var:Lang.Settings.Email ?></a></li>
<li><a href="#sec-password"><?cs var:Lang.Settings.Password ?></a></li>
<li><a href="#sec-sessions"><?cs var:Lang.Settings.Sessions ?></a></li>
<li><a href="#sec-calendar"><?cs var:Lang.Settings.Calendar ?></a></li>
<li><a href="#sec-notifications"><?cs var:Lang.NotifyPrefs.Title ?></a></li>
</ul>
</nav>
<p class="form-note"><?cs var:Lang.Form.AllRequired ?></p>

<section class="panel" id="sec-profile" aria-labelledby="profile-title">
<h2 id="profile-title"><?cs var:Lang.Settings.Profile ?></h2>
<form class="form" method="post" action="/account/profile" novalidate><?cs
call:csrf() ?><?cs
call:field("name", "text", Lang.Field.name, "name", Lang.Hint.Name) ?><?cs
call:lang_field("lang", Lang.Field.lang, Lang.Hint.Lang) ?><?cs
call:submit(Lang.Action.SaveProfile) ?>
</form>
</section>

<section class="panel" id="sec-email" aria-labelledby="email-title">
<h2 id="email-title"><?cs var:Lang.Settings.Email ?></h2>
<p><?cs var:Lang.Settings.CurrentEmail ?> <strong class="email"><?cs var:Page.Account.Email ?></strong></p><?cs
if:Page.Account.PendingEmail ?>
<div class="alert alert-info"><p><?cs var:Lang.Settings.PendingEmail ?> <strong class="email"><?cs var:Page.Account.PendingEmail ?></strong></p>
<p><?cs var:Lang.Settings.PendingHint ?></p></div><?cs
/if ?>
<form class="form" method="post" action="/account/email" novalidate><?cs
call:csrf() ?><?cs
call:field("new_email", "email", Lang.Field.new_email, "email", Lang.Hint.NewEmail) ?><?cs
call:field("email_password", "password", Lang.Field.email_password, "current-password", Lang.Hint.ConfirmPassword) ?><?cs
call:submit(Lang.Action.ChangeEmail) ?>
</form>
</section>

<section class="panel" id="sec-password" aria-labelledby="password-title">
<h2 id="password-title"><?cs var:Lang.Settings.Password ?></h2>
<p><?cs var:Lang.Settings.PasswordIntro ?></p>
<form class="form" method="post" action="/account/password" novalidate><?cs
call:csrf() ?><?cs
call:field("current_password", "password", Lang.Field.current_password, "current-password", "") ?><?cs
call:field("password", "password", Lang.FieldNew.password, "new-password", Lang.Hint.Password) ?><?cs
call:field("password2", "password", Lang.FieldNew.password2, "new-password", "") ?><?cs
call:submit(Lang.Action.ChangePassword) ?>
</form>
</section>

<section class="panel" id="sec-sessions" aria-labelledby="sessions-title">
<h2 id="sessions-title"><?cs var:Lang.Settings.Sessions ?></h2>
<p><?cs var:Lang.Settings.SessionsIntro ?></p>
<table class="sessions">
<caption class="vh"><?cs var:Lang.Settings.SessionsCaption ?></caption>
<thead>
<tr><th scope="col"><?cs var:Lang.Settings.Device ?></th><th scope="col"><?cs var:Lang.Settings.Created ?></th><th scope="col"><?cs var:Lang.Settings.LastSeen ?></th><th scope="col"><?cs var:Lang.Settings.Address ?></th><th scope="col"><span class="vh"><?cs var:Lang.Settings.Action ?></span></th></tr>
</thead>
<tbody><?cs each:s = Page.Sessions ?>
<tr<?cs if:s.Current == 1 ?> class="current"<?cs /if ?>>
<th scope="row"><span class="device"><?cs var:s.Agent ?></span><?cs
  if:s.Current == 1 ?> <span class="badge"><?cs var:Lang.Settings.ThisDevice ?></span><?cs /if ?></th>
<td><span class="cell-label" aria-hidden="true"><?cs var:Lang.Settings.Created ?>: </span><?cs var:s.Created ?></td>
<td><span class="cell-label" aria-hidden="true"><?cs var:Lang.Settings.LastSeen ?>: </span><?cs var:s.LastSeen ?></td>
<td><span class="cell-label" aria-hidden="true"><?cs var:Lang.Settings.Address ?>: </span><?cs var:s.Address ?></td>
<td><?cs if:s.Current != 1 ?><form class="inline-form" method="post" action="/account/sessions/<?cs var:s.Id ?>/end"><?cs
  call:csrf() ?><button type="submit" class="button button-secondary button-small"><?cs var:Lang.Action.EndSession ?><span class="vh">: <?cs var:s.Agent ?>, <?cs var:Lang.Settings.LastSeen ?> <?cs var:s.LastSeen ?></span></button></form><?cs
  /if ?></td>
</tr><?cs /each ?>
</tbody>
</table><?cs
if:subcount(Page.Sessions) > 1 ?>
<form class="form-inline-actions" method="post" action="/account/sessions/end-others"><?cs
call:csrf() ?><button type="submit" class="button button-secondary"><?cs var:Lang.Action.EndOthers ?></button>
</form><?cs
/if ?>
</section>

<section class="panel" id="sec-calendar" aria-labelledby="calendar-title">
<h2 id="calendar-title"><?cs var:Lang.Settings.Calendar ?></h2>
<p><?cs var:Lang.Settings.CalendarIntro ?></p><?cs
if:Page.CalendarFeed.At ?>
<p><?cs var:Lang.Settings.CalendarSince ?> <time datetime="<?cs var:Page.CalendarFeed.At ?>"><?cs var:Page.CalendarFeed.AtText ?></time></p><?cs
/if ?>
<form class="form-inline-actions" method="post" action="/events/feed/renew"><?cs
call:csrf() ?><button type="submit" class="button"><?cs
if:Page.CalendarFeed.At ?><?cs var:Lang.Settings.CalendarRenew ?><?cs else ?><?cs var:Lang.Settings.CalendarCreate ?><?cs /if ?></button>
</form><?cs
if:Page.CalendarFeed.At ?>
<form class="form-inline-actions" method="post" action="/events/feed/revoke"><?cs
call:csrf() ?><button type="submit" class="button button-secondary"><?cs var:Lang.Settings.CalendarRevoke ?></button>
</form><?cs
/if ?>
</section><?cs
call:notify_prefs() ?><?cs
/def ?><?cs include:"layout.cs" ?>
