// iCalendar (issue 7): the .ics file of an event and the personal feed,
// read back by an independent parser (Debian's python3-icalendar, the
// RRULE expanded by python3-dateutil): escaping of hostile titles, lines
// folded at 75 octets without breaking UTF-8, CRLF, the Europe/Berlin
// VTIMEZONE and TZID times across the daylight-saving changes, weekly and
// monthly repetition, cancelled dates (EXDATE) and events
// (STATUS:CANCELLED), all-day dates; the feed's secret token (renewed and
// revoked from /account, cut out of the access log) and that a private
// group's events appear in nobody else's feed.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, inviteUsers, show, STACK } from './lib.mjs';
import { createGroup, sql, userId } from './forum-lib.mjs';
import { decodeEntities } from './people-lib.mjs';
import { createEvent, parseIcs, postFrom } from './events-lib.mjs';

let org, member, outsider;

before(async () => {
  const users = await inviteUsers(3, { name: 'Kalender Person' });
  [org, member, outsider] = users.map((u) => ({ ...u, id: userId(u.email) }));
});

async function ics(client, path) {
  const r = await client.get(`${path}.ics`);
  assert.equal(r.status, 200, show(r));
  assert.match(r.headers.get('content-type'), /^text\/calendar; charset=utf-8/);
  return { r, cal: parseIcs(r.text) };
}

test('hostile titles and descriptions come back exactly; lines are folded, CRLF, valid UTF-8', async () => {
  const title = 'Treffen, Raum 3; bitte \\ pünktlich: "Ärger" <b>&amp; 😀 ' + 'Größenordnung äöü€ '.repeat(8);
  const description = 'Zeile eins\nZeile zwei, mit Komma; und Semikolon\n\nBackslash \\ bleibt Text. ' + 'Ü'.repeat(300);
  const place = 'Haus der Kulturen, Raum 1; 2. OG\\Nord';
  const e = await createEvent(org.client, '/events', { title: title.slice(0, 200), description, place });
  assert.equal(e.status, 303, show(e));
  const { r, cal } = await ics(org.client, e.path);
  assert.match(r.headers.get('content-disposition'), /attachment; filename="event-\d+\.ics"/);
  assert.ok(cal.maxLine <= 75, `longest line ${cal.maxLine} octets`);
  assert.ok(cal.crlf, 'every line ends in CRLF');
  assert.equal(Buffer.from(r.text, 'utf8').toString('utf8'), r.text);
  const [ev] = cal.events;
  assert.equal(ev.summary, title.slice(0, 200).trimEnd() === title.slice(0, 200) ? title.slice(0, 200) : title.slice(0, 200).trimEnd());
  // python3-icalendar 4.0.3 reads the escaped backslash before an "N"
  // ("\\N") as a line break (its unescape_char replaces "\N" before
  // "\\"); the line itself is right (RFC 5545 3.3.11), so it is checked
  // as written, and the parsed value up to there.
  assert.ok(r.text.includes('LOCATION:Haus der Kulturen\\, Raum 1\\; 2. OG\\\\Nord\r\n'), 'LOCATION escaped');
  assert.ok(ev.location.startsWith('Haus der Kulturen, Raum 1; 2. OG'));
  assert.ok(ev.description.startsWith('Zeile eins\nZeile zwei, mit Komma; und Semikolon\n\nBackslash \\ bleibt Text. ÜÜÜ'), ev.description);
  assert.ok(ev.description.endsWith(e.path));
  assert.match(ev.uid, new RegExp(`^event-${e.id}@`));
  assert.equal(ev.status, 'CONFIRMED');
  assert.deepEqual(cal.timezones, ['Europe/Berlin']);
  assert.equal(cal.calendar.VERSION, '2.0');
  // A title with a line break is no title: the form refuses it (400).
  const form = await org.client.get('/events/new');
  const { eventFields, onceFrom } = await import('./events-lib.mjs');
  const { csrfFrom } = await import('./lib.mjs');
  const bad = await org.client.post('/events/new', Object.entries({ ...eventFields({ title: 'a\nb' }), csrf: csrfFrom(form.text), once: onceFrom(form.text) }));
  assert.equal(bad.status, 400);
});

test('weekly across the spring change: TZID wall clock 18:00, the UTC instants shift by an hour, as our list says', async () => {
  const e = await createEvent(org.client, '/events', { title: 'Arbeitskreis', start_date: '2027-03-16', start_time: '18:00', end_time: '19:30', repeat: 'weekly', count: '4' });
  const { cal } = await ics(org.client, e.path);
  const [ev] = cal.events;
  assert.equal(ev.startTzid, 'Europe/Berlin');
  assert.equal(ev.startLocal, '20270316T180000');
  assert.equal(ev.rrule, 'FREQ=WEEKLY;COUNT=4');
  assert.deepEqual(ev.occurrences, ['2027-03-16T17:00:00Z', '2027-03-23T17:00:00Z', '2027-03-30T16:00:00Z', '2027-04-06T16:00:00Z']);
  const ours = sql(`SELECT DATE_FORMAT(starts_at, '%Y-%m-%dT%H:%i:%sZ') FROM event_occurrences WHERE event_id = ${e.id} ORDER BY starts_at`).map((x) => x[0]);
  assert.deepEqual(ev.occurrences, ours);
  assert.equal(ev.end, '2027-03-16T18:30:00Z');
  // And across the autumn change, with an end date (UNTIL in UTC).
  const f = await createEvent(org.client, '/events', { title: 'Herbst', start_date: '2027-10-19', start_time: '10:00', end_time: '11:00', repeat: 'weekly', until: '2027-11-02' });
  const [fe] = (await ics(org.client, f.path)).cal.events;
  assert.match(fe.rrule, /^FREQ=WEEKLY;UNTIL=20271102T225959Z/);
  assert.deepEqual(fe.occurrences, ['2027-10-19T08:00:00Z', '2027-10-26T08:00:00Z', '2027-11-02T09:00:00Z']);
});

test('monthly on the n-th weekday, a cancelled date as EXDATE, a cancelled event as STATUS:CANCELLED, SEQUENCE counts changes', async () => {
  const e = await createEvent(org.client, '/events', { title: 'Monatstreffen', start_date: '2030-01-08', start_time: '17:00', end_time: '18:00', repeat: 'monthly', count: '4' });
  let [ev] = (await ics(org.client, e.path)).cal.events;
  assert.equal(ev.rrule, 'FREQ=MONTHLY;COUNT=4;BYDAY=2TU');
  assert.deepEqual(ev.occurrences, ['2030-01-08T16:00:00Z', '2030-02-12T16:00:00Z', '2030-03-12T16:00:00Z', '2030-04-09T15:00:00Z']);
  assert.equal(ev.sequence, 0);
  assert.equal((await postFrom(org.client, e.path, `${e.path}/dates/2030-02-12/cancel`)).status, 303);
  [ev] = (await ics(org.client, e.path)).cal.events;
  assert.deepEqual(ev.exdates, ['2030-02-12T16:00:00Z']);
  assert.deepEqual(ev.occurrences, ['2030-01-08T16:00:00Z', '2030-03-12T16:00:00Z', '2030-04-09T15:00:00Z']);
  assert.equal(ev.sequence, 1);
  assert.equal((await postFrom(org.client, e.path, `${e.path}/cancel`)).status, 303);
  [ev] = (await ics(org.client, e.path)).cal.events;
  assert.equal(ev.status, 'CANCELLED');
  assert.equal(ev.sequence, 2);
});

test('all-day events are dates, the end exclusive', async () => {
  const e = await createEvent(org.client, '/events', { title: 'Interkulturelle Woche', all_day: '1', start_date: '2030-09-23', start_time: '', end_date: '2030-09-29', end_time: '' });
  const [ev] = (await ics(org.client, e.path)).cal.events;
  assert.equal(ev.allDay, true);
  assert.equal(ev.start, '2030-09-23');
  assert.equal(ev.end, '2030-09-30');
});

test('the personal feed: made on /account, shown once, read by its token alone, renewed and revoked; private groups stay private', async () => {
  const group = createGroup({ visibility: 'private', name: 'Geheime Runde', members: [{ id: member.id, role: 'owner' }] });
  const secret = await createEvent(member.client, `/g/${group.slug}/events`, { title: 'Geheimes Treffen', start_date: '2030-12-01' });
  assert.equal(secret.status, 303, show(secret));
  const open = await createEvent(org.client, '/events', { title: 'Offenes Treffen', start_date: '2030-12-02' });
  const settings = await member.client.get('/account');
  assert.match(settings.text, /action="\/events\/feed\/renew"/);
  assert.doesNotMatch(settings.text, /action="\/events\/feed\/revoke"/);
  const made = await postFrom(member.client, '/account', '/events/feed/renew');
  assert.equal(made.status, 200, show(made));
  const url = decodeEntities(made.text.match(/id="f-feed" type="text" readonly value="([^"]+)"/)[1]);
  const path = new URL(url).pathname;
  assert.match(path, /^\/events\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
  assert.equal(sql(`SELECT COUNT(*) FROM event_feeds WHERE user_id = ${member.id}`)[0][0], '1');
  assert.equal(sql(`SELECT COUNT(*) FROM event_feeds WHERE token_hash = '${path.slice(13, 56)}'`)[0][0], '0', 'only the hash is kept');
  // A calendar program: no cookie.
  const anon = new Client();
  const feed = await anon.get(path);
  assert.equal(feed.status, 200, show(feed));
  assert.match(feed.headers.get('cache-control'), /no-store/);
  const cal = parseIcs(feed.text);
  const titles = cal.events.map((e) => e.summary);
  assert.ok(titles.includes('Geheimes Treffen') && titles.includes('Offenes Treffen'));
  assert.ok(cal.maxLine <= 75);
  // The account page now offers renewing and revoking.
  assert.match((await member.client.get('/account')).text, /action="\/events\/feed\/revoke"/);
  // Another member's feed never holds the private group's events.
  const theirs = await postFrom(outsider.client, '/account', '/events/feed/renew');
  const theirPath = new URL(decodeEntities(theirs.text.match(/readonly value="([^"]+)"/)[1])).pathname;
  const other = parseIcs((await anon.get(theirPath)).text).events.map((e) => e.summary);
  assert.ok(other.includes('Offenes Treffen'));
  assert.ok(!other.includes('Geheimes Treffen'));
  // The token is not in the access log.
  const log = readFileSync(join(STACK, 'log', 'nginx-access.log'), 'utf8');
  assert.ok(!log.includes(path.slice(13, 56)), 'the feed token is cut out of the log');
  // Leaving the group takes its events out of the feed at once.
  sql(`DELETE FROM group_members WHERE group_id = ${group.id} AND user_id = ${member.id}`);
  assert.ok(!parseIcs((await anon.get(path)).text).events.some((e) => e.summary === 'Geheimes Treffen'));
  // Renewing ends the old address; revoking ends the new one.
  const renewed = await postFrom(member.client, '/account', '/events/feed/renew');
  const newPath = new URL(decodeEntities(renewed.text.match(/readonly value="([^"]+)"/)[1])).pathname;
  assert.notEqual(newPath, path);
  assert.equal((await anon.get(path)).status, 404);
  assert.equal((await anon.get(newPath)).status, 200);
  const revoked = await postFrom(member.client, '/account', '/events/feed/revoke');
  assert.equal(revoked.status, 303);
  assert.equal(revoked.location, '/account#sec-calendar');
  assert.equal((await anon.get(newPath)).status, 404);
  // Malformed or unknown tokens: 404; a suspended account's feed ends.
  assert.equal((await anon.get('/events/feed/abc.ics')).status, 404);
  assert.equal((await anon.get(`/events/feed/${'A'.repeat(43)}.ics`)).status, 404);
  sql(`UPDATE users SET status = 'suspended' WHERE id = ${outsider.id}`);
  assert.equal((await anon.get(theirPath)).status, 404);
  sql(`UPDATE users SET status = 'active' WHERE id = ${outsider.id}`);
  // Without a session, renewing is refused (sign-in first).
  const noSession = await anon.post('/events/feed/renew', {});
  assert.notEqual(noSession.status, 200);
  void open;
});

/** No markup from user text on a page. */
function assertInert(html, label) {
  const main = (/<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html) || [, html])[1];
  assert.doesNotMatch(main, /<script\b/i, `${label}: <script>`);
  assert.doesNotMatch(main, /<img\b[^>]*\bonerror/i, `${label}: <img onerror>`);
  assert.doesNotMatch(main, /<svg\b/i, `${label}: <svg>`);
  const tags = main.replace(/="[^"]*"/g, '=""');
  assert.doesNotMatch(tags, /<[a-z]+\b[^>]*\bon(load|error|click)\s*=/i, `${label}: an event handler attribute`);
  assert.doesNotMatch(main, /\b(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i, `${label}: a script or data URL`);
  assert.doesNotMatch(main, /<\?cs/, `${label}: template syntax`);
}

const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><a href=javascript:alert(1)>x</a>",
  '[klick](javascript:alert(1))',
  '<?cs var:Page.CSRF ?>',
  'BEGIN:VEVENT',
];

test('an XSS corpus as title, place and description: inert on every page, exact in the calendar file', async () => {
  for (const x of XSS) {
    const e = await createEvent(org.client, '/events', { title: x, place: x, description: `${x}\nEND:VCALENDAR`, start_date: '2031-03-04' });
    assert.equal(e.status, 303, `${x}: ${show(e)}`);
    for (const p of [e.path, `${e.path}/edit`, `${e.path}/attendees`, '/events?month=2031-03'])
      assertInert((await org.client.get(p)).text, `${x} on ${p}`);
    const { cal } = await ics(org.client, e.path);
    assert.equal(cal.events.length, 1, `${x}: one event`);
    assert.equal(cal.events[0].summary, x);
    assert.ok(cal.events[0].description.startsWith(x.replace(/\[klick\]\(javascript:alert\(1\)\)/, 'klick')));
  }
  // An online link that is not http(s) never becomes one (refused on input),
  // and a stored one is written through url_validate.
  const bad = await createEvent(org.client, '/events', { online_url: 'javascript:alert(1)' });
  assert.equal(bad.status, 422);
});

test('a line that ends exactly on the 75th octet is not broken (libical/libical#347 repaired)', async () => {
  // The fuzz target's seed for it: libical folds this value so that a
  // continuation line ends exactly on the 75th octet, and without the
  // repair writes "\r\r\n \n" there.
  const title = readFileSync(new URL('../fuzz/corpus/fuzz_ics/fold-at-75', import.meta.url), 'utf8');
  const e = await createEvent(org.client, '/events', { title, place: title });
  assert.equal(e.status, 303, show(e));
  const { r, cal } = await ics(org.client, e.path);
  assert.ok(!r.text.includes('\r\r'), 'no stray CR');
  assert.ok(!/\r\n \r\n/.test(r.text), 'no empty continuation line');
  assert.ok(cal.maxLine <= 75);
  assert.equal(cal.events[0].summary, title);
  assert.equal(cal.events[0].location, title);
});
