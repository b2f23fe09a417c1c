// The events program's pages (issue 7): creating, showing, editing and
// cancelling events of the network and of groups, the lists (upcoming,
// past, month view, filters in the URL, pager), Berlin time with the
// spring gap refused and the autumn fold resolved to its first instant,
// every bad input of the issue answered with its message and nothing
// saved, and who may see and do what (the group's visibility decides,
// through cgi/core/access.h).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO, demoClient, inviteUsers, show } from './lib.mjs';
import { addGroupMember, createGroup, lit, sql, userId } from './forum-lib.mjs';
import { fieldError, orgLangText, readable } from './people-lib.mjs';
import { createEvent, eventFields, onceFrom, postFrom } from './events-lib.mjs';
import { csrfFrom } from './lib.mjs';

const T = (key, lang = 'de') => {
  const v = orgLangText(key, lang);
  if (v === null) throw new Error(`no Lang.${key}`);
  return v;
};

let organiser, other, outsider; // { client, id, name }
const eventCount = () => Number(sql('SELECT COUNT(*) FROM events')[0][0]);

before(async () => {
  const users = await inviteUsers(3, { name: 'Termine Person' });
  [organiser, other, outsider] = users.map((u) => ({ ...u, id: userId(u.email) }));
});

test('signed out, every events page leads to the sign-in', async () => {
  const c = new Client();
  for (const p of ['/events', '/events/new', '/events/1', '/events/1.ics', '/g/any/events']) {
    const r = await c.get(p);
    assert.equal(r.status, 303, `${p}: ${show(r)}`);
    assert.match(r.location, /^\/login/);
  }
});

test('a network event: created, shown in Berlin time, listed, edited, its one-time token makes it once', async () => {
  const c = organiser.client;
  const form = await c.get('/events/new');
  assert.equal(form.status, 200);
  const once = onceFrom(form.text);
  // In a municipality of its own here, so that the upcoming list (sorted
  // by date, other tests' events before it) shows it on its first page.
  const muni = sql("SELECT id FROM municipalities WHERE name = 'Staufenberg'")[0][0];
  const fields = Object.entries({ ...eventFields({ title: 'Plenum des Netzwerks', start_date: '2030-06-04', start_time: '17:00', end_time: '19:30', municipality: muni }), csrf: csrfFrom(form.text), once });
  const r = await c.post('/events/new', fields);
  assert.equal(r.status, 303, show(r));
  const id = Number(r.location.match(/\/events\/(\d+)$/)[1]);
  // The same form again (a double click): the same event, not a second.
  const again = await c.post('/events/new', fields);
  assert.equal(again.status, 303);
  assert.equal(again.location, `/events/${id}`);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM events WHERE title = 'Plenum des Netzwerks' AND created_by = ${organiser.id}`)[0][0]), 1);
  // Stored in UTC: 17:00 summer time is 15:00 UTC.
  assert.deepEqual(sql(`SELECT starts_at, ends_at FROM events WHERE id = ${id}`)[0], ['2030-06-04 15:00:00', '2030-06-04 17:30:00']);
  const page = await c.get(`/events/${id}`);
  assert.equal(page.status, 200);
  const text = readable(page.text);
  assert.match(text, /Plenum des Netzwerks/);
  assert.match(text, /04\.06\.2030, 17:00–19:30/);
  assert.match(text, /Rathaus, Marktplatz 1/);
  // Markdown rendered, raw HTML not.
  assert.match(page.text, /<strong>Sprachkurse<\/strong>/);
  // English: the same instant, in English words.
  const en = await c.get(`/events/${id}`, { headers: { 'accept-language': 'en' } });
  assert.equal(en.status, 200);

  const list = await c.get(`/events?municipality=${muni}`);
  assert.equal(list.status, 200);
  assert.ok(list.text.includes(`href="/events/${id}"`), 'listed as upcoming');
  const past = await c.get(`/events?municipality=${muni}&when=past`);
  assert.ok(!past.text.includes(`href="/events/${id}"`), 'not among the past');
  const month = await c.get('/events?month=2030-06');
  assert.ok(month.text.includes(`href="/events/${id}"`), 'in its month');
  // A calendar of weeks, Monday first; the date in the cell of its day.
  assert.match(month.text, /<thead><tr><th scope="col"><abbr title="Montag">Mo<\/abbr><\/th>/);
  assert.match(month.text, new RegExp(`<time class="event-month-day" datetime="2030-06-04">4</time>\\s*<ul>(?:(?!</td>)[\\s\\S])*<li>17:00 <a href="/events/${id}">`));
  // June 2030 starts on a Saturday: the first week begins with 27 May.
  assert.match(month.text, /<td class="event-month-other event-month-free"><time class="event-month-day" datetime="2030-05-27">27<\/time><\/td>/);
  assert.ok(!(await c.get('/events?month=2030-07')).text.includes(`href="/events/${id}"`), 'not in another month');

  const edit = await c.get(`/events/${id}/edit`);
  assert.equal(edit.status, 200);
  assert.match(edit.text, /value="2030-06-04"/);
  assert.match(edit.text, /value="17:00"/);
  const saved = await postFrom(c, `/events/${id}/edit`, `/events/${id}/edit`, eventFields({ title: 'Plenum (verlegt)', start_date: '2030-06-05', start_time: '17:00', end_time: '19:30', municipality: muni }));
  assert.equal(saved.status, 303, show(saved));
  assert.deepEqual(sql(`SELECT title, starts_at, sequence FROM events WHERE id = ${id}`)[0], ['Plenum (verlegt)', '2030-06-05 15:00:00', '1']);
});

test('bad input: a clear message at the field and nothing saved', async () => {
  const c = organiser.client;
  const cases = [
    [{ title: '' }, 'title', 'Err.Required'],
    [{ end_time: '17:00' }, 'end_time', 'Events.Err.EndBeforeStart'],
    [{ end_date: '2030-05-13', end_time: '20:00' }, 'end_date', 'Events.Err.EndBeforeStart'],
    [{ start_date: '2027-02-30' }, 'start_date', 'Events.Err.DateInvalid'],
    [{ start_date: '14.05.2030' }, 'start_date', 'Events.Err.DateInvalid'],
    [{ start_time: '25:00' }, 'start_time', 'Events.Err.TimeInvalid'],
    // The spring gap: 2:00 jumps to 3:00 on 2027-03-28.
    [{ start_date: '2027-03-28', start_time: '02:30', end_time: '04:00' }, 'start_time', 'Events.Err.TimeGap'],
    [{ online_url: 'javascript:alert(1)' }, 'online_url', 'Events.Err.UrlScheme'],
    [{ online_url: 'ftp://files.example.org/x' }, 'online_url', 'Events.Err.UrlScheme'],
    [{ online_url: 'meet.example.org' }, 'online_url', 'Events.Err.UrlScheme'],
    [{ capacity: '0' }, 'capacity', 'Events.Err.CapacityInvalid'],
    [{ capacity: 'zehn' }, 'capacity', 'Events.Err.CapacityInvalid'],
    // A repetition without an end.
    [{ repeat: 'weekly' }, 'until', 'Events.Err.RepeatEnd'],
    [{ repeat: 'weekly', until: '2030-08-01', count: '4' }, 'until', 'Events.Err.RepeatBoth'],
    [{ repeat: 'monthly', until: '2030-01-01' }, 'until', 'Events.Err.UntilBeforeStart'],
    [{ repeat: 'weekly', count: '500' }, 'count', 'Events.Err.CountInvalid'],
    [{ repeat: 'weekly', until: '2040-01-01' }, 'until', 'Events.Err.TooMany'],
    [{ repeat: 'weekly', interval: '0', count: '3' }, 'interval', 'Events.Err.IntervalInvalid'],
    [{ repeat: 'yearly', count: '3' }, 'repeat', 'Err.ChoiceInvalid'],
    [{ field: '9999' }, 'field', 'Err.ChoiceInvalid'],
    [{ org: '9999' }, 'org', 'Err.ChoiceInvalid'],
    [{ deadline_date: '2030-02-31' }, 'deadline_date', 'Events.Err.DateInvalid'],
    [{ title: 'x'.repeat(201) }, 'title', 'Events.Err.TitleLong'],
  ];
  const before = eventCount();
  for (const [over, fieldName, key] of cases) {
    const r = await createEvent(c, '/events', over);
    assert.equal(r.status, 422, `${JSON.stringify(over)}: ${show(r)}`);
    const msg = fieldError(r.text, fieldName);
    assert.ok(msg && msg.includes(T(key)), `${JSON.stringify(over)}: message at ${fieldName}: ${msg}`);
    // The summary links to the field, and the input is kept.
    assert.ok(r.text.includes(`href="#f-${fieldName}"`));
  }
  assert.equal(eventCount(), before, 'nothing saved');
  // The English message for the gap.
  const en = new Client({ headers: { 'accept-language': 'en' } });
  en.jar = c.jar;
  const r = await createEvent(en, '/events', { start_date: '2027-03-28', start_time: '02:00', end_time: '04:00' });
  assert.equal(r.status, 422);
  // A field that no form sends twice: 400, nothing saved.
  const form = await c.get('/events/new');
  const dup = await c.post('/events/new', [...Object.entries(eventFields()), ['title', 'zwei'], ['csrf', csrfFrom(form.text)], ['once', onceFrom(form.text)]]);
  assert.equal(dup.status, 400);
  assert.equal(eventCount(), before);
});

test('the autumn fold: 2027-10-31 02:30 is taken as its first instant (summer time, 00:30 UTC)', async () => {
  const r = await createEvent(organiser.client, '/events', { title: 'Nachtwanderung', start_date: '2027-10-31', start_time: '02:30', end_time: '03:30' });
  assert.equal(r.status, 303, show(r));
  // 02:30 CEST = 00:30 UTC; 03:30 (after the fold, CET) = 02:30 UTC.
  assert.deepEqual(sql(`SELECT starts_at, ends_at FROM events WHERE id = ${r.id}`)[0], ['2027-10-31 00:30:00', '2027-10-31 02:30:00']);
  const page = readable((await organiser.client.get(r.path)).text);
  assert.match(page, /31\.10\.2027, 02:30–03:30/);
});

test('repetition: weekly across the spring change keeps its wall clock; monthly on the n-th weekday; all-day', async () => {
  const c = organiser.client;
  const w = await createEvent(c, '/events', { title: 'Wöchentlich', start_date: '2027-03-16', start_time: '18:00', end_time: '19:00', repeat: 'weekly', count: '4' });
  assert.equal(w.status, 303, show(w));
  assert.deepEqual(sql(`SELECT local_date, starts_at FROM event_occurrences WHERE event_id = ${w.id} ORDER BY starts_at`), [
    ['2027-03-16', '2027-03-16 17:00:00'],
    ['2027-03-23', '2027-03-23 17:00:00'],
    ['2027-03-30', '2027-03-30 16:00:00'],
    ['2027-04-06', '2027-04-06 16:00:00'],
  ]);
  const every2 = await createEvent(c, '/events', { title: 'Jede zweite Woche', start_date: '2030-01-08', repeat: 'weekly', interval: '2', until: '2030-02-05' });
  assert.deepEqual(sql(`SELECT local_date FROM event_occurrences WHERE event_id = ${every2.id} ORDER BY starts_at`).map((x) => x[0]), ['2030-01-08', '2030-01-22', '2030-02-05']);
  // The second Tuesday of the month (2030-01-08 is one).
  const m = await createEvent(c, '/events', { title: 'Monatlich', start_date: '2030-01-08', repeat: 'monthly', count: '3' });
  assert.deepEqual(sql(`SELECT local_date FROM event_occurrences WHERE event_id = ${m.id} ORDER BY starts_at`).map((x) => x[0]), ['2030-01-08', '2030-02-12', '2030-03-12']);
  // A fifth weekday means the last one: 2030-01-31 is the fifth Thursday of
  // January; February and March 2030 have four, the last on the 28th. (A
  // fourth one that happens to be the last stays the fourth.)
  const last = await createEvent(c, '/events', { title: 'Letzter Donnerstag', start_date: '2030-01-31', repeat: 'monthly', count: '3' });
  assert.deepEqual(sql(`SELECT local_date FROM event_occurrences WHERE event_id = ${last.id} ORDER BY starts_at`).map((x) => x[0]), ['2030-01-31', '2030-02-28', '2030-03-28']);
  const fourth = await createEvent(c, '/events', { title: 'Vierter Freitag', start_date: '2030-01-25', repeat: 'monthly', count: '3' });
  assert.deepEqual(sql(`SELECT local_date FROM event_occurrences WHERE event_id = ${fourth.id} ORDER BY starts_at`).map((x) => x[0]), ['2030-01-25', '2030-02-22', '2030-03-22']);
  const allDay = await createEvent(c, '/events', { title: 'Interkulturelle Woche', all_day: '1', start_date: '2030-09-23', start_time: '', end_date: '2030-09-29', end_time: '' });
  assert.equal(allDay.status, 303, show(allDay));
  assert.deepEqual(sql(`SELECT all_day, start_date, end_date, starts_at, ends_at FROM events WHERE id = ${allDay.id}`)[0], ['1', '2030-09-23', '2030-09-29', '2030-09-22 22:00:00', '2030-09-29 22:00:00']);
});

test('filters live in the URL: field of action, organisation, municipality, online or in person, group', async () => {
  const c = organiser.client;
  const field = sql("SELECT id FROM fields_of_action WHERE name_de = 'Aufenthalt und Recht'")[0][0];
  const muni = sql("SELECT id FROM municipalities WHERE name = 'Duderstadt'")[0][0];
  const online = await createEvent(c, '/events', { title: 'Schulung Aufenthaltsrecht', field, place: '', online_url: 'https://meet.example.org/recht', start_date: '2031-02-04' });
  const inPerson = await createEvent(c, '/events', { title: 'Sprachcafé Duderstadt', municipality: muni, start_date: '2031-02-05' });
  assert.equal(online.status, 303, show(online));
  assert.equal(inPerson.status, 303, show(inPerson));
  const has = async (q, id) => (await c.get(`/events?${q}`)).text.includes(`href="/events/${id}"`);
  assert.ok(await has(`field=${field}&month=2031-02`, online.id));
  assert.ok(!(await has(`field=${field}&month=2031-02`, inPerson.id)));
  assert.ok(await has(`mode=online&month=2031-02`, online.id));
  assert.ok(!(await has(`mode=online&month=2031-02`, inPerson.id)));
  assert.ok(await has(`mode=place&month=2031-02`, inPerson.id));
  assert.ok(await has(`municipality=${muni}&month=2031-02`, inPerson.id));
  assert.ok(!(await has(`municipality=${muni}&month=2031-02`, online.id)));
  // A filter that names nothing finds nothing; one that is no filter is a 400.
  assert.ok(!(await has('field=abc&month=2031-02', online.id)));
  assert.equal((await c.get('/events?mode=teleport')).status, 400);
  assert.equal((await c.get('/events?month=2031-13')).status, 400);
  assert.equal((await c.get('/events?when=tomorrow')).status, 400);
  // The filter is kept in the month links.
  const page = await c.get(`/events?field=${field}&month=2031-02`);
  assert.ok(page.text.includes(`?field=${field}&amp;month=2031-03`));
  // The organiser organisation: one of the user's own.
  const org = sql(`INSERT INTO orgs (name, type_id, created_at) VALUES ('Caritas Testverband', (SELECT MIN(id) FROM org_types), NOW()); SELECT LAST_INSERT_ID();`).pop()[0];
  sql(`INSERT INTO org_members (org_id, user_id) VALUES (${org}, ${organiser.id})`);
  const withOrg = await createEvent(c, '/events', { title: 'Beratungstag', org, start_date: '2031-02-06' });
  assert.equal(withOrg.status, 303, show(withOrg));
  assert.ok(await has(`org=${org}&month=2031-02`, withOrg.id));
  assert.ok(!(await has(`org=${org}&month=2031-02`, online.id)));
  // Somebody else's organisation is not on offer.
  const notMine = await createEvent(other.client, '/events', { org, start_date: '2031-02-06' });
  assert.equal(notMine.status, 422);
});

test('the upcoming list is paginated', async () => {
  const c = organiser.client;
  // 30 dates of one weekly series far ahead fill more than one page.
  const r = await createEvent(c, '/events', { title: 'Viele Termine', start_date: '2032-01-06', repeat: 'weekly', count: '30' });
  assert.equal(r.status, 303);
  const p1 = await c.get('/events?mode=place');
  assert.equal(p1.status, 200);
  assert.match(p1.text, /class="pager"/);
  const last = Number([...p1.text.matchAll(/page=(\d+)"/g)].map((m) => m[1]).sort((a, b) => b - a)[0]);
  const lastPage = await c.get(`/events?mode=place&page=${last}`);
  assert.ok(lastPage.text.includes(`href="/events/${r.id}"`), 'the series is on the last page');
});

test('organisers: the creator edits and cancels; others get 403; cancelled events change no more', async () => {
  const r = await createEvent(organiser.client, '/events', { title: 'Zum Absagen', repeat: 'weekly', count: '3', start_date: '2030-10-01' });
  assert.equal(r.status, 303);
  for (const [m, p] of [['GET', `${r.path}/edit`], ['POST', `${r.path}/edit`], ['POST', `${r.path}/cancel`], ['POST', `${r.path}/dates/2030-10-08/cancel`], ['GET', `${r.path}/attendees`], ['GET', `${r.path}/attendees.csv`]]) {
    const a = m === 'GET' ? await other.client.get(p) : await postFrom(other.client, r.path, p, m === 'POST' && p.endsWith('/edit') ? eventFields() : {});
    assert.equal(a.status, 403, `${m} ${p}: ${show(a)}`);
  }
  // The other member answers yes, then the organiser cancels one date.
  assert.equal((await postFrom(other.client, r.path, `${r.path}/rsvp`, { answer: 'yes' })).status, 303);
  const d = await postFrom(organiser.client, r.path, `${r.path}/dates/2030-10-08/cancel`);
  assert.equal(d.status, 303, show(d));
  assert.equal(sql(`SELECT cancelled FROM event_occurrences WHERE event_id = ${r.id} AND local_date = '2030-10-08'`)[0][0], '1');
  assert.equal(sql(`SELECT COUNT(*) FROM notifications WHERE event_id = ${r.id} AND user_id = ${other.id} AND kind = 'event_date_cancelled'`)[0][0], '1');
  // Again: nothing to cancel; a date that is none: 404; not a date of the series: a message.
  assert.equal((await postFrom(organiser.client, r.path, `${r.path}/dates/2030-10-08/cancel`)).location, r.path);
  assert.equal((await postFrom(organiser.client, r.path, `${r.path}/dates/2030-10-33/cancel`)).status, 404);
  // An edit keeps the cancelled date cancelled.
  const e = await postFrom(organiser.client, `${r.path}/edit`, `${r.path}/edit`, eventFields({ title: 'Zum Absagen', repeat: 'weekly', count: '3', start_date: '2030-10-01', start_time: '19:00', end_time: '21:00' }));
  assert.equal(e.status, 303, show(e));
  assert.equal(sql(`SELECT cancelled, starts_at FROM event_occurrences WHERE event_id = ${r.id} AND local_date = '2030-10-08'`)[0].join(), '1,2030-10-08 17:00:00');
  assert.equal(sql(`SELECT COUNT(*) FROM notifications WHERE event_id = ${r.id} AND user_id = ${other.id} AND kind = 'event_changed'`)[0][0], '1');
  // The whole event.
  const c = await postFrom(organiser.client, r.path, `${r.path}/cancel`);
  assert.equal(c.status, 303);
  assert.ok(sql(`SELECT cancelled_at FROM events WHERE id = ${r.id}`)[0][0]);
  assert.equal(sql(`SELECT COUNT(*) FROM notifications WHERE event_id = ${r.id} AND user_id = ${other.id} AND kind = 'event_cancelled'`)[0][0], '1');
  const page = await organiser.client.get(r.path);
  assert.ok(readable(page.text).includes(T('Events.Show.IsCancelled')));
  // Listed as cancelled, changed no more, answered no more.
  assert.match((await organiser.client.get('/events?month=2030-10')).text, new RegExp(`href="${r.path}">Zum Absagen</a> <span class="badge badge-archived">`));
  const edit = await organiser.client.get(`${r.path}/edit`);
  assert.equal(edit.status, 303);
  const rsvp = await postFrom(other.client, r.path, `${r.path}/rsvp`, { answer: 'no' });
  assert.equal(rsvp.status, 303);
  assert.equal(sql(`SELECT answer FROM event_rsvps WHERE event_id = ${r.id} AND user_id = ${other.id}`)[0][0], 'yes');
  // Unknown ids: 404.
  for (const p of ['/events/999999', '/events/0', '/events/007', '/events/999999.ics'])
    assert.equal((await organiser.client.get(p)).status, 404, p);
});

test('group events: the group\'s visibility decides who sees them; members create them', async () => {
  const owner = organiser, member = other;
  const groups = {};
  for (const v of ['open', 'closed', 'private']) {
    groups[v] = createGroup({ visibility: v, name: `Termingruppe ${v}`, members: [{ id: owner.id, role: 'owner' }, { id: member.id }] });
  }
  const events = {};
  for (const [v, g] of Object.entries(groups)) {
    const r = await createEvent(member.client, `/g/${g.slug}/events`, { title: `Treffen ${v}`, start_date: '2030-11-12' });
    assert.equal(r.status, 303, `${v}: ${show(r)}`);
    assert.equal(r.path, `/g/${g.slug}/events/${r.id}`);
    assert.equal(sql(`SELECT group_id FROM events WHERE id = ${r.id}`)[0][0], String(g.id));
    events[v] = r;
  }
  const o = outsider.client;
  // open: everybody reads; only members create.
  assert.equal((await o.get(`/g/${groups.open.slug}/events`)).status, 200);
  assert.equal((await o.get(events.open.path)).status, 200);
  assert.equal((await o.get(`${events.open.path}.ics`)).status, 200);
  assert.equal((await o.get(`/g/${groups.open.slug}/events/new`)).status, 403);
  // closed: known, not readable: 403.
  for (const p of [`/g/${groups.closed.slug}/events`, events.closed.path, `${events.closed.path}.ics`])
    assert.equal((await o.get(p)).status, 403, p);
  // private: not there at all: 404 — also for a site admin.
  const admin = await demoClient(DEMO.admin);
  for (const c of [o, admin])
    for (const p of [`/g/${groups.private.slug}/events`, events.private.path, `${events.private.path}.ics`, `/g/${groups.private.slug}/events/new`, `/events/${events.private.id}`])
      assert.equal((await c.get(p)).status, 404, p);
  const rsvp = await o.post(`${events.private.path}/rsvp`, { csrf: csrfFrom((await o.get('/events')).text), answer: 'yes' });
  assert.equal(rsvp.status, 404);
  assert.equal(sql(`SELECT COUNT(*) FROM event_rsvps WHERE event_id = ${events.private.id}`)[0][0], '0');
  // A group's event has its one URL: not under /events, not under another group.
  assert.equal((await member.client.get(`/events/${events.open.id}`)).status, 404);
  assert.equal((await member.client.get(`/g/${groups.closed.slug}/events/${events.open.id}`)).status, 404);
  // The network's list shows what the viewer may read, and nothing else.
  const mine = (await member.client.get('/events?month=2030-11')).text;
  const theirs = (await o.get('/events?month=2030-11')).text;
  for (const v of ['open', 'closed', 'private']) assert.ok(mine.includes(`href="${events[v].path}"`), `member sees ${v}`);
  assert.ok(theirs.includes(`href="${events.open.path}"`));
  assert.ok(!theirs.includes(events.closed.path) && !theirs.includes(events.private.path));
  assert.ok(!theirs.includes('Termingruppe private'), 'not even the name of the private group');
  // The group's moderators are organisers of its events; site roles give nothing.
  addGroupMember(groups.open.id, outsider.id, 'moderator');
  assert.equal((await o.get(`${events.open.path}/edit`)).status, 200);
  assert.equal((await admin.get(`${events.closed.path}/edit`)).status, 403);
  // Removal takes effect on the next request.
  sql(`DELETE FROM group_members WHERE group_id = ${groups.private.id} AND user_id = ${member.id}`);
  assert.equal((await member.client.get(events.private.path)).status, 404);
  // An archived group's events are read-only.
  sql(`UPDATE \`groups\` SET archived_at = NOW() WHERE id = ${groups.closed.id}`);
  assert.equal((await owner.client.get(`${events.closed.path}/edit`)).status, 403);
  assert.equal((await owner.client.get(`/g/${groups.closed.slug}/events/new`)).status, 403);
  const r = await postFrom(owner.client, events.closed.path, `${events.closed.path}/rsvp`, { answer: 'yes' });
  assert.equal(r.status, 403);
});

test('the group\'s home page shows its next events to readers, with a link to all of them', async () => {
  const g = createGroup({ visibility: 'closed', name: 'Gruppe mit Terminen', members: [{ id: organiser.id, role: 'owner' }] });
  const home0 = await organiser.client.get(`/g/${g.slug}`);
  assert.equal(home0.status, 200);
  assert.ok(readable(home0.text).includes(T('Groups.Home.NoEvents')));
  const e = await createEvent(organiser.client, `/g/${g.slug}/events`, { title: 'Nächstes Gruppentreffen', start_date: '2030-03-05', repeat: 'weekly', count: '2' });
  assert.equal(e.status, 303);
  const home = await organiser.client.get(`/g/${g.slug}`);
  assert.ok(home.text.includes(`href="${e.path}">Nächstes Gruppentreffen</a>`));
  assert.ok(home.text.includes(`href="/g/${g.slug}/events"`));
  // Two dates of the series, the first cancelled.
  await postFrom(organiser.client, e.path, `${e.path}/dates/2030-03-05/cancel`);
  const after = readable((await organiser.client.get(`/g/${g.slug}`)).text);
  assert.match(after, /05\.03\.2030, 18:00 ?: Nächstes Gruppentreffen abgesagt/);
  // An all-day event: its day, without a time.
  await createEvent(organiser.client, `/g/${g.slug}/events`, { title: 'Gruppenausflug', all_day: '1', start_date: '2030-03-04', start_time: '', end_time: '' });
  assert.match(readable((await organiser.client.get(`/g/${g.slug}`)).text), /04\.03\.2030 \(ganztägig\) ?: Gruppenausflug/);
  // A member of the network outside the closed group sees the group, not its events.
  const outside = await outsider.client.get(`/g/${g.slug}`);
  assert.equal(outside.status, 200);
  assert.ok(!outside.text.includes('Nächstes Gruppentreffen'));
  assert.ok(!outside.text.includes('id="events-title"'));
});

test('several events created at the same moment are all saved (no deadlock between their dates)', async () => {
  const clients = [organiser, other, outsider];
  const forms = await Promise.all(clients.map((u) => u.client.get('/events/new')));
  const results = await Promise.all(
    clients.map((u, i) =>
      u.client.post('/events/new', Object.entries({ ...eventFields({ title: `Gleichzeitig ${i}`, repeat: 'weekly', count: '5' }), csrf: csrfFrom(forms[i].text), once: onceFrom(forms[i].text) })),
    ),
  );
  assert.deepEqual(results.map((r) => r.status), [303, 303, 303], results.map(show).join('\n'));
});
