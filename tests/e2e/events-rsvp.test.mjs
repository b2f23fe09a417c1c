// Signing up for events (issue 7): yes / maybe / no with a capacity, the
// waiting list that moves up when someone cancels (with a notification row
// for who moved up), no waiting list (refused when full), the deadline,
// answering twice, a capacity below the seats taken, seats under a burst
// of parallel sign-ups, the organisers' attendee list and its CSV
// (formula-injection guard), and "who else is coming" as the organiser's
// choice.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { inviteUsers, show } from './lib.mjs';
import { lit, sql, userId } from './forum-lib.mjs';
import { fieldError, orgLangText, readable } from './people-lib.mjs';
import { createEvent, eventFields, postFrom } from './events-lib.mjs';

const T = (key) => orgLangText(key, 'de');
let org, a, b, c, d; // organiser and four members: { client, id, name }

before(async () => {
  const users = await inviteUsers(5, { name: 'Anmeldung Person' });
  [org, a, b, c, d] = users.map((u) => ({ ...u, id: userId(u.email) }));
  // A name a spreadsheet would run as a formula.
  sql(`UPDATE users SET name = '=HYPERLINK("http://evil.example")' WHERE id = ${d.id}`);
});

const answer = (user, path, value) => postFrom(user.client, path, `${path}/rsvp`, { answer: value });
// Answers as "user:answer:waiting", sorted (the users' ids come in any order).
const rsvps = (id) => sql(`SELECT user_id, answer, waiting FROM event_rsvps WHERE event_id = ${id}`).map((r) => r.join(':')).sort();
const set = (list) => [...list].sort();
const flash = async (user, path) => readable((await user.client.get(path)).text);

test('capacity with a waiting list: the third yes waits, and moves up when a seat is given back', async () => {
  const e = await createEvent(org.client, '/events', { title: 'Schulung mit zwei Plätzen', capacity: '2', waitlist: '1' });
  assert.equal(e.status, 303, show(e));
  for (const u of [a, b]) {
    const r = await answer(u, e.path, 'yes');
    assert.equal(r.status, 303);
    assert.ok((await flash(u, e.path)).includes(T('Flash.RsvpYes')));
  }
  assert.equal((await answer(c, e.path, 'yes')).status, 303);
  assert.ok((await flash(c, e.path)).includes(T('Flash.RsvpWaiting')));
  assert.deepEqual(rsvps(e.id), set([`${a.id}:yes:0`, `${b.id}:yes:0`, `${c.id}:yes:1`]));
  // d waits too, behind c.
  await answer(d, e.path, 'yes');
  // "maybe" takes no seat.
  // a gives the seat back: c (first in line) moves up, d still waits.
  assert.equal((await answer(a, e.path, 'no')).status, 303);
  assert.deepEqual(rsvps(e.id), set([`${a.id}:no:0`, `${b.id}:yes:0`, `${c.id}:yes:0`, `${d.id}:yes:1`]));
  assert.equal(sql(`SELECT COUNT(*) FROM notifications WHERE kind = 'event_moved_up' AND event_id = ${e.id} AND user_id = ${c.id}`)[0][0], '1');
  assert.equal(sql(`SELECT COUNT(*) FROM notifications WHERE kind = 'event_moved_up' AND event_id = ${e.id} AND user_id = ${d.id}`)[0][0], '0');
  // b says maybe: the seat goes to d.
  await answer(b, e.path, 'maybe');
  assert.deepEqual(rsvps(e.id), set([`${a.id}:no:0`, `${b.id}:maybe:0`, `${c.id}:yes:0`, `${d.id}:yes:0`]));
  // a wants back in: the waiting list now.
  await answer(a, e.path, 'yes');
  assert.ok(rsvps(e.id).includes(`${a.id}:yes:1`));
  // The page says how it stands.
  const page = await flash(org, e.path);
  assert.match(page, /2 Zusagen, 0 Plätze frei von 2, 1 auf der Warteliste, 1 vielleicht/);
  // The organiser raises the capacity: a moves up, with a notification.
  const edit = await postFrom(org.client, `${e.path}/edit`, `${e.path}/edit`, eventFields({ title: 'Schulung mit drei Plätzen', capacity: '3', waitlist: '1' }));
  assert.equal(edit.status, 303, show(edit));
  assert.ok(rsvps(e.id).includes(`${a.id}:yes:0`));
  assert.equal(sql(`SELECT COUNT(*) FROM notifications WHERE kind = 'event_moved_up' AND event_id = ${e.id} AND user_id = ${a.id}`)[0][0], '1');
  // Below the seats taken (3): refused with a message, nothing changed.
  const below = await postFrom(org.client, `${e.path}/edit`, `${e.path}/edit`, eventFields({ title: 'Weniger Plätze', capacity: '2', waitlist: '1' }));
  assert.equal(below.status, 422);
  assert.ok(fieldError(below.text, 'capacity').includes(T('Events.Err.CapacityBelow')));
  assert.deepEqual(sql(`SELECT title, capacity FROM events WHERE id = ${e.id}`)[0], ['Schulung mit drei Plätzen', '3']);
});

test('answering twice is refused; a bad answer is a 400', async () => {
  const e = await createEvent(org.client, '/events', { title: 'Zweimal' });
  await answer(a, e.path, 'yes');
  const before = sql(`SELECT answered_at FROM event_rsvps WHERE event_id = ${e.id} AND user_id = ${a.id}`)[0][0];
  assert.equal((await answer(a, e.path, 'yes')).status, 303);
  assert.ok((await flash(a, e.path)).includes(T('Flash.RsvpSame')));
  assert.equal(sql(`SELECT answered_at FROM event_rsvps WHERE event_id = ${e.id} AND user_id = ${a.id}`)[0][0], before);
  assert.equal((await answer(a, e.path, 'perhaps')).status, 400);
  assert.equal((await postFrom(a.client, e.path, `${e.path}/rsvp`, {})).status, 400);
});

test('without a waiting list a full event refuses further sign-ups', async () => {
  const e = await createEvent(org.client, '/events', { title: 'Ohne Warteliste', capacity: '1', waitlist: undefined });
  assert.equal(sql(`SELECT waitlist FROM events WHERE id = ${e.id}`)[0][0], '0');
  await answer(a, e.path, 'yes');
  assert.equal((await answer(b, e.path, 'yes')).status, 303);
  assert.ok((await flash(b, e.path)).includes(T('Flash.RsvpFull')));
  assert.deepEqual(rsvps(e.id), set([`${a.id}:yes:0`]));
  // "maybe" is still possible.
  await answer(b, e.path, 'maybe');
  assert.deepEqual(rsvps(e.id), set([`${a.id}:yes:0`, `${b.id}:maybe:0`]));
});

test('past the deadline nobody signs up, but a seat can still be given back', async () => {
  const e = await createEvent(org.client, '/events', { title: 'Mit Anmeldeschluss', capacity: '1', deadline_date: '2030-05-01' });
  assert.equal(e.status, 303, show(e));
  // 23:59 Berlin summer time on the day.
  assert.equal(sql(`SELECT signup_deadline FROM events WHERE id = ${e.id}`)[0][0], '2030-05-01 21:59:00');
  await answer(a, e.path, 'yes');
  await answer(b, e.path, 'yes');
  sql(`UPDATE events SET signup_deadline = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE id = ${e.id}`);
  assert.equal((await answer(c, e.path, 'yes')).status, 303);
  assert.ok((await flash(c, e.path)).includes(T('Flash.RsvpDeadline')));
  assert.equal((await answer(c, e.path, 'maybe')).status, 303);
  assert.deepEqual(rsvps(e.id), set([`${a.id}:yes:0`, `${b.id}:yes:1`]));
  // a cancels after the deadline: allowed, and b moves up.
  await answer(a, e.path, 'no');
  assert.deepEqual(rsvps(e.id), set([`${a.id}:no:0`, `${b.id}:yes:0`]));
});

test('a burst of parallel sign-ups never takes more seats than there are', async () => {
  const e = await createEvent(org.client, '/events', { title: 'Ansturm', capacity: '2' });
  const users = [a, b, c, d];
  // Tokens first, so that the POSTs really run at once.
  const pages = await Promise.all(users.map((u) => u.client.get(e.path)));
  const { csrfFrom } = await import('./lib.mjs');
  await Promise.all(users.map((u, i) => u.client.post(`${e.path}/rsvp`, { csrf: csrfFrom(pages[i].text), answer: 'yes' })));
  const seats = sql(`SELECT SUM(waiting = 0), SUM(waiting = 1) FROM event_rsvps WHERE event_id = ${e.id} AND answer = 'yes'`)[0];
  assert.deepEqual(seats, ['2', '2']);
});

test('the attendee list and its CSV: for organisers, spreadsheet-safe', async () => {
  const e = await createEvent(org.client, '/events', { title: 'Mit Liste', capacity: '1' });
  await answer(d, e.path, 'yes');
  await answer(a, e.path, 'yes');
  await answer(b, e.path, 'maybe');
  const page = await org.client.get(`${e.path}/attendees`);
  assert.equal(page.status, 200);
  const text = readable(page.text);
  assert.ok(text.includes(a.name) && text.includes(b.name) && text.includes('=HYPERLINK("http://evil.example")'));
  assert.ok(text.includes(T('Events.Status.waiting')));
  const csv = await org.client.get(`${e.path}/attendees.csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /^text\/csv/);
  assert.match(csv.headers.get('content-disposition'), /attachment; filename="event-\d+-attendees.csv"/);
  const lines = csv.text.split('\r\n');
  assert.equal(lines[0], 'Name,Antwort,Geantwortet am');
  assert.ok(lines.some((l) => l.startsWith(`"'=HYPERLINK(""http://evil.example"")",Zusage,`)), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith(`${a.name},Warteliste,`)));
  assert.ok(lines.some((l) => l.startsWith(`${b.name},Vielleicht,`)));
  assert.equal((await a.client.get(`${e.path}/attendees.csv`)).status, 403);
});

test('"who else is coming" only when the organiser allows it, and only for those who answered', async () => {
  const hidden = await createEvent(org.client, '/events', { title: 'Ohne Namen' });
  const shown = await createEvent(org.client, '/events', { title: 'Mit Namen', show_attendees: '1' });
  for (const e of [hidden, shown]) {
    await answer(a, e.path, 'yes');
    await answer(b, e.path, 'yes');
  }
  assert.ok(!(await flash(a, hidden.path)).includes(b.name));
  assert.ok((await flash(a, shown.path)).includes(b.name));
  // Somebody who has not answered sees no names.
  assert.ok(!(await flash(c, shown.path)).includes(b.name));
  // The organiser always does.
  assert.ok((await flash(org, hidden.path)).includes(b.name));
});

test('an event that is over takes no more sign-ups (a "no" is still possible)', async () => {
  const e = await createEvent(org.client, '/events', { title: 'Schon vorbei', start_date: '2031-06-03' });
  await answer(a, e.path, 'maybe');
  sql(`UPDATE event_occurrences SET starts_at = UTC_TIMESTAMP() - INTERVAL 3 HOUR, ends_at = UTC_TIMESTAMP() - INTERVAL 1 HOUR WHERE event_id = ${e.id}`);
  assert.equal((await answer(b, e.path, 'yes')).status, 303);
  assert.ok((await flash(b, e.path)).includes(T('Flash.RsvpPast')));
  await answer(a, e.path, 'no');
  assert.deepEqual(rsvps(e.id), [`${a.id}:no:0`]);
  // The page offers no answer buttons then.
  assert.doesNotMatch((await b.client.get(e.path)).text, /action="[^"]*\/rsvp"/);
});

test('an answer without the CSRF token or from another site is refused and changes nothing', async () => {
  const e = await createEvent(org.client, '/events', { title: 'Ohne Token' });
  const none = await a.client.post(`${e.path}/rsvp`, { answer: 'yes' });
  assert.equal(none.status, 403);
  const page = await a.client.get(e.path);
  const { csrfFrom } = await import('./lib.mjs');
  const foreign = await a.client.post(`${e.path}/rsvp`, { csrf: csrfFrom(page.text), answer: 'yes' }, { headers: { origin: 'https://evil.example' } });
  assert.equal(foreign.status, 403);
  assert.deepEqual(rsvps(e.id), []);
  // Fields nobody declared are ignored: no answer for somebody else.
  const r = await a.client.post(`${e.path}/rsvp`, { csrf: csrfFrom(page.text), answer: 'yes', user_id: String(b.id) });
  assert.equal(r.status, 303);
  assert.deepEqual(rsvps(e.id), [`${a.id}:yes:0`]);
});
