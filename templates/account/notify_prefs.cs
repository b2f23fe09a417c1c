<?cs # notify_prefs.cs: the section "Benachrichtigungen" of /account
  (cgi/account/notify_prefs.c), included after macros.cs by settings.cs
  and called there. Reads Page.NotifyPrefs.Types.N.Type / .Delivery (app,
  instant, daily, weekly), Page.NotifyPrefs.Groups.N.Id / .Name / .Muted
  (1/0), Page.Form.notify.Error. Kept in its own file: other sections of
  the page come from other parts. ?><?cs
def:notify_prefs() ?>
<section class="panel" id="sec-notifications" aria-labelledby="notifications-title">
<h2 id="notifications-title"><?cs var:Lang.NotifyPrefs.Title ?></h2>
<p><?cs var:Lang.NotifyPrefs.Intro ?></p>
<form class="form" method="post" action="/account/notifications" novalidate><?cs
call:csrf() ?><?cs
if:Page.Form.notify.Error ?>
<p class="field-error" id="f-notify" tabindex="-1"><span class="error-prefix"><?cs var:Lang.Form.ErrorPrefix ?></span> <?cs var:Page.Form.notify.Error ?></p><?cs
/if ?><?cs
each:t = Page.NotifyPrefs.Types ?>
<fieldset class="choices">
<legend><?cs var:Lang.Notify.Type[t.Type] ?></legend><?cs
  each:d = Lang.Notify.Delivery ?>
<div class="choice"><input type="radio" id="f-type_<?cs var:t.Type ?>-<?cs name:d ?>" name="type_<?cs var:t.Type ?>" value="<?cs name:d ?>"<?cs if:t.Delivery == name(d) ?> checked<?cs /if ?>>
<label for="f-type_<?cs var:t.Type ?>-<?cs name:d ?>"><?cs var:d ?></label></div><?cs
  /each ?>
</fieldset><?cs
/each ?><?cs
if:subcount(Page.NotifyPrefs.Groups) > 0 ?>
<fieldset class="choices">
<legend><?cs var:Lang.NotifyPrefs.Mute ?></legend>
<p class="hint"><?cs var:Lang.NotifyPrefs.MuteHint ?></p><?cs
  each:g = Page.NotifyPrefs.Groups ?>
<div class="choice"><input type="checkbox" id="f-mute-<?cs var:g.Id ?>" name="mute" value="<?cs var:g.Id ?>"<?cs if:g.Muted == 1 ?> checked<?cs /if ?>>
<label for="f-mute-<?cs var:g.Id ?>"><?cs var:g.Name ?></label></div><?cs
  /each ?>
</fieldset><?cs
/if ?><?cs
call:submit(Lang.NotifyPrefs.Save) ?>
</form>
</section><?cs
/def ?>
