// Events in the home program and kp-mailer: the notifications the events
// program writes (a change, a cancellation of the event or of one date, a
// seat from the waiting list) listed, counted, opened to the event, mailed
// at once or in the digest — and only while the recipient may read the
// event (a private group left: gone from page, count and mail; invited
// into it: not its events). The dashboard's "my next dates" and the
// search over events, each only what the member may read. Events are made
// and changed through the events program's own forms, so the rows are the
// ones it writes in production.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, Client, DEMO, demoClient, inviteUsers, mainText, show, waitForMail } from './lib.mjs';
import { addGroupMember, createGroup, sql, userId } from './forum-lib.mjs';
import { createEvent, eventFields, postFrom } from './events-lib.mjs';
import { at, handled, mailer, noteIds, num, parts, queued, unreadBadge } from './home-lib.mjs';

let org, ben, cleo, admin;
before(async () => {
  [org, ben, cleo] = await inviteUsers(3, { name: 'Terminfreund' });
  for (const p of [org, ben, cleo]) p.id = userId(p.email);
  admin = await demoClient(DEMO.admin);
});

/** A section of the dashboard by its heading's id. */
function section(html, id) {
  const m = new RegExp(`<section class="panel" aria-labelledby="${id}">[\\s\\S]*?</section>`).exec(html);
  return m ? m[0] : '';
}

/** A new event through the form (base "/events" or "/g/SLUG/events"). */
async function newEvent(client, base, over = {}) {
  const r = await createEvent(client, base, over);
  assert.equal(r.status, 303, show(r));
  assert.ok(r.id, 'the new event');
  return r;
}

const answer = async (user, ev, value) => {
  const r = await postFrom(user.client, ev.path, `${ev.path}/rsvp`, { answer: value });
  assert.equal(r.status, 303, show(r));
};

const noteOf = (uid, ev, kind) => num(`SELECT MAX(id) FROM notifications WHERE user_id = ${uid} AND event_id = ${ev.id} AND kind = '${kind}'`);

test('a change and a cancellation: listed with the event, counted, opened to the event, mailed at once', async () => {
  const title = `Plenum <Netz> ${Date.now()}`;
  const ev = await newEvent(org.client, '/events', { title });
  await answer(ben, ev, 'yes');
  const before1 = queued(ben.email);
  const badge0 = Number(unreadBadge((await ben.client.get('/notifications')).text));

  const e = await postFrom(org.client, `${ev.path}/edit`, `${ev.path}/edit`, eventFields({ title, start_time: '17:00' }));
  assert.equal(e.status, 303, show(e));
  const id = noteOf(ben.id, ev, 'event_changed');
  assert.ok(id > 0, 'the events program wrote the row');

  const list = await ben.client.get('/notifications');
  assert.ok(noteIds(list.text).includes(id));
  assert.equal(Number(unreadBadge(list.text)), badge0 + 1);
  const t = mainText(list.text);
  assert.ok(t.includes('Ein Termin, zu dem Sie zugesagt haben, wurde geändert'));
  assert.ok(list.text.includes('Plenum &lt;Netz&gt;'), 'the event title, escaped');
  const open = await ben.client.get(`/notifications/${id}`);
  assert.equal(open.status, 303);
  assert.equal(open.location, `/events/${ev.id}`);

  // Mailed at once (the default for events), text and HTML, the link through /notifications.
  const mail = await waitForMail(ben.email, { filter: (m) => m.subject.includes('geändert') });
  assert.equal(mail.subject, `Ein Termin, zu dem Sie zugesagt haben, wurde geändert: ${title}`);
  const { text, html } = parts(mail);
  assert.ok(text.includes(`${BASE}/notifications/${id}`));
  assert.ok(html.includes('Plenum &lt;Netz&gt;'));
  assert.match(mail.headers['list-unsubscribe'], new RegExp(`/notifications/unsubscribe/${ben.id}/events/`));
  assert.equal(queued(ben.email), before1 + 1);

  // Cancelled: the notification stays readable and leads to the cancelled event.
  const c = await postFrom(org.client, ev.path, `${ev.path}/cancel`);
  assert.equal(c.status, 303, show(c));
  const cid = noteOf(ben.id, ev, 'event_cancelled');
  assert.ok(cid > 0);
  await waitForMail(ben.email, { filter: (m) => m.subject.startsWith('Ein Termin, zu dem Sie zugesagt haben, fällt aus') });
  const again = await ben.client.get('/notifications');
  assert.ok(noteIds(again.text).includes(cid) && noteIds(again.text).includes(id));
  assert.equal((await ben.client.get(`/notifications/${cid}`)).location, `/events/${ev.id}`);

  // The mail's one-click unsubscribe stops the event mails only.
  const url = /^<([^>]+)>$/.exec(mail.headers['list-unsubscribe'])[1];
  const unsub = await new Client().request('POST', url.slice(BASE.length), { body: 'List-Unsubscribe=One-Click' });
  assert.equal(unsub.status, 200, show(unsub));
  assert.deepEqual(Object.fromEntries(sql(`SELECT type, delivery FROM notification_prefs WHERE user_id = ${ben.id}`)), { events: 'app' });
  sql(`DELETE FROM notification_prefs WHERE user_id = ${ben.id}`);
});

test("a group's event: one date cancelled and moving up, in English, to the group's event page", async () => {
  sql(`UPDATE users SET lang = 'en' WHERE id = ${cleo.id}`);
  const g = createGroup({ visibility: 'closed', name: 'Terminrunde', members: [{ id: org.id, role: 'owner' }, { id: ben.id }, { id: cleo.id }] });
  const ev = await newEvent(org.client, `/g/${g.slug}/events`, { title: 'Sprachcafé', capacity: '1', repeat: 'weekly', count: '3', start_date: '2030-10-01' });
  await answer(ben, ev, 'yes');
  await answer(cleo, ev, 'yes'); // the waiting list
  await answer(ben, ev, 'no');
  const up = noteOf(cleo.id, ev, 'event_moved_up');
  assert.ok(up > 0);
  assert.equal((await cleo.client.get(`/notifications/${up}`)).location, `/g/${g.slug}/events/${ev.id}`);
  const mail = await waitForMail(cleo.email, { filter: (m) => m.subject.includes('waiting list') });
  assert.equal(mail.subject, 'You moved up from the waiting list: your seat is confirmed: Sprachcafé');

  const d = await postFrom(org.client, ev.path, `${ev.path}/dates/2030-10-08/cancel`);
  assert.equal(d.status, 303, show(d));
  const dc = noteOf(cleo.id, ev, 'event_date_cancelled');
  assert.ok(dc > 0);
  const list = await cleo.client.get('/notifications');
  assert.ok(noteIds(list.text).includes(dc));
  assert.ok(mainText(list.text).includes('One date of a series you said yes to is cancelled'));
  assert.ok(mainText(list.text).includes('Terminrunde'), 'the group it is in');
  sql(`UPDATE users SET lang = 'de' WHERE id = ${cleo.id}`);
});

test('left the private group: gone from page, count and mail; invited into one: not its events', async () => {
  const g = createGroup({ visibility: 'private', name: 'Verborgene Termine', members: [{ id: org.id, role: 'owner' }, { id: ben.id }] });
  const ev = await newEvent(org.client, `/g/${g.slug}/events`, { title: 'Geheimes Treffen' });
  await answer(ben, ev, 'yes');
  const e1 = await postFrom(org.client, `${ev.path}/edit`, `${ev.path}/edit`, eventFields({ title: 'Geheimes Treffen', start_time: '16:00' }));
  assert.equal(e1.status, 303, show(e1));
  const first = noteOf(ben.id, ev, 'event_changed');
  await handled(ben.id);
  let list = await ben.client.get('/notifications');
  assert.ok(noteIds(list.text).includes(first));
  const count = Number(unreadBadge(list.text));

  // ben leaves; the next change still writes a row for his "yes", but he may not read it.
  sql(`DELETE FROM group_members WHERE group_id = ${g.id} AND user_id = ${ben.id}`);
  const mails = queued(ben.email);
  const e2 = await postFrom(org.client, `${ev.path}/edit`, `${ev.path}/edit`, eventFields({ title: 'Geheimes Treffen', start_time: '15:00' }));
  assert.equal(e2.status, 303, show(e2));
  const second = noteOf(ben.id, ev, 'event_changed');
  assert.ok(second > first, 'the row is there');
  await handled(ben.id);
  assert.equal(queued(ben.email), mails, 'no mail about it');
  list = await ben.client.get('/notifications');
  assert.ok(!noteIds(list.text).includes(first) && !noteIds(list.text).includes(second));
  assert.doesNotMatch(list.text, /Geheimes Treffen|Verborgene Termine/);
  assert.equal(Number(unreadBadge(list.text)), count - 1);
  assert.equal((await ben.client.get(`/notifications/${second}`)).status, 404);
  assert.doesNotMatch((await ben.client.get('/')).text, /Geheimes Treffen/);

  // Invited again: he knows the group (its invitation), not its events.
  addGroupMember(g.id, ben.id, 'member', 'invited');
  list = await ben.client.get('/notifications');
  assert.doesNotMatch(list.text, /Geheimes Treffen/);
  assert.equal((await ben.client.get(`/notifications/${second}`)).status, 404);
  sql(`DELETE FROM group_members WHERE group_id = ${g.id} AND user_id = ${ben.id}`);
});

test('events in the daily digest: under the network or the group, nothing of a group left', async () => {
  const [dora] = await inviteUsers(1, { name: 'Terminleserin' });
  dora.id = userId(dora.email);
  sql(`INSERT INTO notification_prefs (user_id, type, delivery, updated_at) VALUES (${dora.id}, 'events', 'daily', NOW())`);
  const g = createGroup({ visibility: 'private', name: 'Gruppe mit Abschied', members: [{ id: org.id, role: 'owner' }, { id: dora.id }] });
  const net = await newEvent(org.client, '/events', { title: 'Netzwerktreffen im Rathaus' });
  const grp = await newEvent(org.client, `/g/${g.slug}/events`, { title: 'Abschiedstreffen' });
  await answer(dora, net, 'yes');
  await answer(dora, grp, 'maybe');
  for (const ev of [net, grp]) {
    const r = await postFrom(org.client, `${ev.path}/edit`, `${ev.path}/edit`, eventFields({ title: ev === net ? 'Netzwerktreffen im Rathaus' : 'Abschiedstreffen', start_time: '19:00', end_time: '21:00' }));
    assert.equal(r.status, 303, show(r));
  }
  await handled(dora.id);
  assert.equal(num(`SELECT COUNT(*) FROM notifications WHERE user_id = ${dora.id} AND digest = 'daily'`), 2);
  assert.equal(queued(dora.email), 0, 'nothing at once');
  sql(`DELETE FROM group_members WHERE group_id = ${g.id} AND user_id = ${dora.id}`);
  await mailer(at('2031-04-08T08:00:00Z'));
  assert.equal(queued(dora.email), 1);
  const mail = await waitForMail(dora.email, { filter: (m) => m.subject.includes('Zusammenfassung') });
  const { text, html } = parts(mail);
  assert.match(text, /== Termine des Netzwerks ==\n\n# Netzwerktreffen im Rathaus\n\nEin Termin, zu dem Sie zugesagt haben, wurde geändert \(von Terminfreund 1\)/);
  const id = noteOf(dora.id, net, 'event_changed');
  assert.ok(text.includes(`${BASE}/notifications/${id}`));
  assert.doesNotMatch(text + html, /Abschiedstreffen|Gruppe mit Abschied/);
  assert.equal(num(`SELECT COUNT(*) FROM notifications WHERE user_id = ${dora.id} AND mailed_at IS NULL`), 0);
});

test('the dashboard: my next dates — what I said yes or maybe to, my groups\' events; nothing else', async () => {
  const [eva] = await inviteUsers(1, { name: 'Kalender' });
  eva.id = userId(eva.email);
  const empty = await eva.client.get('/');
  assert.match(mainText(section(empty.text, 'events-title')), /Keine anstehenden Termine/);
  assert.match(section(empty.text, 'events-title'), /href="\/events"/);

  const mine = createGroup({ visibility: 'open', name: 'Eigene Runde', members: [{ id: org.id, role: 'owner' }, { id: eva.id }] });
  const other = createGroup({ visibility: 'open', name: 'Fremde Runde', members: [{ id: org.id, role: 'owner' }] });
  const priv = createGroup({ visibility: 'private', name: 'Private Runde', members: [{ id: org.id, role: 'owner' }, { id: eva.id }] });
  const yes = await newEvent(org.client, '/events', { title: 'Zugesagter Abend', start_date: '2030-03-02' });
  const maybe = await newEvent(org.client, '/events', { title: 'Vielleicht-Abend', start_date: '2030-03-01' });
  const no = await newEvent(org.client, '/events', { title: 'Abgesagter Abend', start_date: '2030-03-03' });
  const group = await newEvent(org.client, `/g/${mine.slug}/events`, { title: 'Gruppenabend', start_date: '2030-03-04', all_day: '1' });
  await newEvent(org.client, `/g/${other.slug}/events`, { title: 'Fremder Abend', start_date: '2030-03-05' });
  const secret = await newEvent(org.client, `/g/${priv.slug}/events`, { title: 'Privater Abend', start_date: '2030-03-06' });
  const off = await newEvent(org.client, '/events', { title: 'Ausgefallener Abend', start_date: '2030-03-07' });
  const past = await newEvent(org.client, '/events', { title: 'Vergangener Abend', start_date: '2030-03-08' });
  await answer(eva, yes, 'yes');
  await answer(eva, maybe, 'maybe');
  await answer(eva, no, 'no');
  await answer(eva, secret, 'yes');
  await answer(eva, off, 'yes');
  await answer(eva, past, 'yes');
  assert.equal((await postFrom(org.client, off.path, `${off.path}/cancel`)).status, 303);
  sql(`UPDATE event_occurrences SET starts_at = NOW() - INTERVAL 3 HOUR, ends_at = NOW() - INTERVAL 1 HOUR WHERE event_id = ${past.id}`);

  let s = section((await eva.client.get('/')).text, 'events-title');
  const titles = [...s.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(titles.map((x) => x[1]), ['Vielleicht-Abend', 'Zugesagter Abend', 'Gruppenabend', 'Privater Abend'], 'soonest first, at most five');
  assert.deepEqual(titles.map((x) => x[0]), [maybe.path, yes.path, `/g/${mine.slug}/events/${group.id}`, `/g/${priv.slug}/events/${secret.id}`]);
  assert.match(s, /<time datetime="2030-03-01T17:00:00Z">01\.03\.2030, 18:00<\/time> · Sie haben vielleicht zugesagt/);
  assert.match(s, /Sie haben zugesagt/);
  assert.match(s, /<time datetime="2030-03-04">04\.03\.2030<\/time> \(ganztägig\) · Eigene Runde<\/p>/);
  assert.doesNotMatch(s, /Abgesagter Abend|Fremder Abend|Ausgefallener Abend|Vergangener Abend/);

  // Left the private group: its event is gone, though the "yes" stays.
  sql(`DELETE FROM group_members WHERE group_id = ${priv.id} AND user_id = ${eva.id}`);
  s = section((await eva.client.get('/')).text, 'events-title');
  assert.doesNotMatch(s, /Privater Abend|Private Runde/);
  assert.match(s, /Gruppenabend/);
});

test('search: events by title, description and place; only what the member may read; the filters', async () => {
  const word = `Kaffeeklatsch${Date.now().toString(36).replace(/[0-9]/g, 'x')}`;
  const g = createGroup({ visibility: 'private', name: 'Suchgruppe', members: [{ id: org.id, role: 'owner' }, { id: ben.id }, { id: cleo.id }] });
  const net = await newEvent(org.client, '/events', { title: `${word} im Netzwerk`, description: 'Ein offener Abend.' });
  const inPlace = await newEvent(org.client, '/events', { title: 'Abend am Markt', place: `${word}-Haus, Markt 2` });
  const priv = await newEvent(org.client, `/g/${g.slug}/events`, { title: `${word} der Gruppe`, description: `Nur für **${word}** der Gruppe.` });
  const off = await newEvent(org.client, '/events', { title: `${word} fällt aus` });
  assert.equal((await postFrom(org.client, off.path, `${off.path}/cancel`)).status, 303);
  const found = async (client, q = word, extra = '') => {
    const r = await client.get(`/search?q=${encodeURIComponent(q)}&kind=events${extra}`);
    assert.equal(r.status, 200, show(r));
    return r.text;
  };

  // A member: everything, grouped under "Termine", highlighted.
  let t = await found(ben.client);
  for (const ev of [net, inPlace, off]) assert.ok(t.includes(`href="/events/${ev.id}"`), `event ${ev.id}`);
  assert.ok(t.includes(`href="/g/${g.slug}/events/${priv.id}"`));
  assert.match(t, /<h3 id="kind-events-title">Termine/);
  assert.match(t, new RegExp(`<mark>${word}</mark> im Netzwerk`));
  assert.match(t, /Termine des Netzwerks · abgesagt/);
  assert.match(t, /Suchgruppe/);

  // "all": the events among the other kinds.
  const all = await ben.client.get(`/search?q=${encodeURIComponent(word)}`);
  assert.match(all.text, /id="kind-events"/);
  assert.ok(all.text.includes(`href="/events/${net.id}"`));

  // An outsider, a site admin, someone who left: never the private group's event.
  sql(`DELETE FROM group_members WHERE group_id = ${g.id} AND user_id = ${cleo.id}`);
  const [outsider] = await inviteUsers(1, { name: 'Aussen' });
  for (const [who, client] of [['outsider', outsider.client], ['site admin', admin], ['left', cleo.client]]) {
    const text = await found(client);
    assert.ok(text.includes(`href="/events/${net.id}"`), `${who}: the network's event`);
    assert.doesNotMatch(text, new RegExp(`${g.slug}|Suchgruppe|der Gruppe`), `${who}: nothing of the private group`);
    const a = await client.get(`/search?q=${encodeURIComponent(word)}`);
    assert.doesNotMatch(a.text, new RegExp(`${g.slug}|Suchgruppe`), `${who}, all kinds`);
  }

  // The group filter: only the group's events; the period: by the last change.
  t = await found(ben.client, word, `&group=${g.id}`);
  assert.ok(t.includes(`/g/${g.slug}/events/${priv.id}`));
  assert.ok(!t.includes(`href="/events/${net.id}"`));
  sql(`UPDATE events SET updated_at = NOW() - INTERVAL 40 DAY WHERE id = ${net.id}`);
  t = await found(ben.client, word, '&since=month');
  assert.ok(!t.includes(`href="/events/${net.id}"`));
  assert.ok(t.includes(`href="/events/${inPlace.id}"`));
  t = await found(ben.client, word, '&since=year');
  assert.ok(t.includes(`href="/events/${net.id}"`));
});
