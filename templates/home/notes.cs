<?cs # notes.cs: one notification's line, for the notifications page and the
  dashboard (include after macros.cs). n: Id, Kind (a notify.h kind or
  "other"), Unread (1/0), Actor, Group, Topic, Created.At / .AtText. The
  link goes through /notifications/ID, which marks it read and leads to
  its item. ?><?cs
def:note(n) ?>
<li<?cs if:n.Unread == 1 ?> class="note-unread"<?cs /if ?>><?cs
  if:n.Unread == 1 ?><span class="badge"><?cs var:Lang.Home.Notes.New ?></span> <?cs /if ?><a href="/notifications/<?cs var:n.Id ?>"><?cs
  if:string.length(n.Topic) ?><?cs var:n.Topic ?><?cs
  elif:string.length(n.Group) ?><?cs var:n.Group ?><?cs
  else ?><?cs var:Lang.Notify.Kind[n.Kind] ?><?cs /if ?></a>
<p class="note-meta"><?cs var:Lang.Notify.Kind[n.Kind] ?><?cs
  if:string.length(n.Actor) ?> · <?cs var:Lang.Home.Notes.By ?> <?cs var:n.Actor ?><?cs /if ?><?cs
  if:string.length(n.Topic) && string.length(n.Group) ?> · <?cs var:Lang.Home.Notes.In ?> <?cs var:n.Group ?><?cs /if ?> · <time datetime="<?cs var:n.Created.At ?>"><?cs var:n.Created.AtText ?></time></p></li><?cs
/def ?>
