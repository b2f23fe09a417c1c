// The access matrix of a group's events (issue 7): every route of the
// events program under /g/SLUG/events × (non-member, requester, invited,
// member, group moderator, owner, site admin) × (open, closed, private,
// archived) → the status the rules of cgi/core/access.h give. The routes
// come from cgi/events/main.c (EVENTS_ROUTE), so a route added without a
// row here fails the first test.
//
// Every group has the same event: a weekly series of three dates created
// by an owner. GET routes are asked of one group per kind; every POST
// cell gets a group of its own, and a refusal must leave the group's
// events as they were.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { show } from './lib.mjs';
import { lit, onceToken, sql } from './forum-lib.mjs';
import { KINDS, ROLES, expected, makeGroups, matrixUsers } from './group-matrix-lib.mjs';
import { eventFields } from './events-lib.mjs';

// Reading: as the group's forum. One column per role in the order of ROLES.
// prettier-ignore
const READ = {
  open:     '200 200 200 200 200 200 200',
  closed:   '403 403 403 200 200 200 403',
  private:  '404 404 403 200 200 200 404',
  archived: '200 200 200 200 200 200 200',
};
// Creating: members of a group that is not archived.
// prettier-ignore
const WRITE = {
  open:     '403 403 403 200 200 200 403',
  closed:   '403 403 403 200 200 200 403',
  private:  '404 404 403 200 200 200 404',
  archived: '403 403 403 403 403 403 403',
};
// Organising the owner's event: its creator (an owner) and the group's
// moderators and owners; nobody in an archived group.
// prettier-ignore
const ORGANISE = {
  open:     '403 403 403 403 200 200 403',
  closed:   '403 403 403 403 200 200 403',
  private:  '404 404 403 403 200 200 404',
  archived: '403 403 403 403 403 403 403',
};
// Answering: every reader, not in an archived group.
// prettier-ignore
const ANSWER = {
  open:     '303 303 303 303 303 303 303',
  closed:   '403 403 403 303 303 303 403',
  private:  '404 404 403 303 303 303 404',
  archived: '403 403 403 403 403 403 403',
};

const as = (level, status) =>
  Object.fromEntries(Object.entries(level).map(([k, v]) => [k, v.replaceAll('200', String(status))]));

// Route -> [level, path tail (E: the event), form fields (true: a fresh
// one-time token)].
const MATRIX = {
  'GET /g/*/events': [READ, ''],
  'GET /g/*/events/new': [WRITE, '/new'],
  'POST /g/*/events/new': [as(WRITE, 303), '/new', { ...eventFields({ title: 'Neu in der Matrix' }), once: true }],
  'GET /g/*/events/*.ics': [READ, '/E.ics'],
  'GET /g/*/events/*': [READ, '/E'],
  'GET /g/*/events/*/edit': [ORGANISE, '/E/edit'],
  'POST /g/*/events/*/edit': [as(ORGANISE, 303), '/E/edit', eventFields({ title: 'Geändert in der Matrix', start_date: '2031-01-07', repeat: 'weekly', count: '3' })],
  'POST /g/*/events/*/cancel': [as(ORGANISE, 303), '/E/cancel'],
  'POST /g/*/events/*/dates/*/cancel': [as(ORGANISE, 303), '/E/dates/2031-01-14/cancel'],
  'POST /g/*/events/*/rsvp': [ANSWER, '/E/rsvp', { answer: 'yes' }],
  'GET /g/*/events/*/attendees': [ORGANISE, '/E/attendees'],
  'GET /g/*/events/*/attendees.csv': [ORGANISE, '/E/attendees.csv'],
};

/** The group routes of cgi/events/main.c. */
function groupEventRoutes() {
  const src = readFileSync(new URL('../../cgi/events/main.c', import.meta.url), 'utf8');
  return [...src.matchAll(/EVENTS_ROUTE\("(GET|POST)", "([^"]*)"/g)].map((m) => `${m[1]} /g/*/events${m[2]}`);
}

let users;

/** The event every matrix group gets (after groupSql: @g is the group):
 * weekly on Tuesdays at 18:00 Berlin time, three dates, by an owner. */
function eventSql() {
  return `INSERT INTO events (group_id, title, all_day, starts_at, ends_at, repeat_freq, repeat_interval, repeat_count, created_by, created_at, updated_at)
    VALUES (@g, 'Zugriffsmatrix-Treffen', 0, '2031-01-07 17:00:00', '2031-01-07 19:00:00', 'weekly', 1, 3, ${users.owner.id}, NOW(), NOW());
  SET @e = LAST_INSERT_ID();
  INSERT INTO event_occurrences (event_id, local_date, starts_at, ends_at) VALUES
    (@e, '2031-01-07', '2031-01-07 17:00:00', '2031-01-07 19:00:00'),
    (@e, '2031-01-14', '2031-01-14 17:00:00', '2031-01-14 19:00:00'),
    (@e, '2031-01-21', '2031-01-21 17:00:00', '2031-01-21 19:00:00');`;
}

function eventIds(slugs) {
  const rows = sql(`SELECT g.slug, MIN(e.id) FROM \`groups\` g JOIN events e ON e.group_id = g.id
    WHERE g.slug IN (${slugs.map(lit).join(', ')}) GROUP BY g.slug`);
  return Object.fromEntries(rows);
}

/** Everything of the group's events a POST could change. */
function eventsState(slug) {
  const [row] = sql(`SELECT
      (SELECT GROUP_CONCAT(CONCAT_WS(':', id, title, starts_at, sequence, cancelled_at IS NULL) ORDER BY id) FROM events WHERE group_id = g.id),
      (SELECT GROUP_CONCAT(CONCAT_WS(':', oc.event_id, oc.local_date, oc.cancelled) ORDER BY oc.event_id, oc.local_date) FROM event_occurrences oc JOIN events e ON e.id = oc.event_id WHERE e.group_id = g.id),
      (SELECT GROUP_CONCAT(CONCAT_WS(':', r.event_id, r.user_id, r.answer) ORDER BY r.event_id, r.user_id) FROM event_rsvps r JOIN events e ON e.id = r.event_id WHERE e.group_id = g.id)
    FROM \`groups\` g WHERE g.slug = ${lit(slug)}`);
  return JSON.stringify(row);
}

before(async () => {
  users = await matrixUsers();
});

test('every route of the events under /g/SLUG/events has its row in the matrix, and every row is a route', () => {
  const routes = groupEventRoutes();
  assert.ok(routes.length >= 12, `routes found in cgi/events/main.c: ${routes.length}`);
  assert.deepEqual([...routes].sort(), Object.keys(MATRIX).sort());
});

test('GET routes of a group\'s events: status per role and kind of group; no trace of a private group', async () => {
  const slugs = makeGroups(users, KINDS, eventSql());
  const ids = eventIds(slugs);
  const failures = [];
  for (const route of Object.keys(MATRIX).filter((k) => k.startsWith('GET '))) {
    const [level, tail] = MATRIX[route];
    for (const [i, kind] of KINDS.entries()) {
      const path = `/g/${slugs[i]}/events${tail.replace('E', ids[slugs[i]])}`;
      for (const role of ROLES) {
        const want = expected(level, kind, role);
        const r = await users[role].client.get(path);
        if (String(r.status) !== want) failures.push(`${route} ${kind} ${role}: ${r.status}, expected ${want}`);
        if (r.status === 404 && /Zugriffsmatrix|Matrix mx/.test(r.text)) failures.push(`${route} ${kind} ${role}: the 404 tells of the group`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('POST routes of a group\'s events: status per role and kind of group; a refused request changes nothing', async () => {
  const posts = Object.keys(MATRIX).filter((k) => k.startsWith('POST '));
  const cells = [];
  for (const route of posts) for (const kind of KINDS) for (const role of ROLES) cells.push({ route, kind, role });
  const slugs = makeGroups(
    users,
    cells.map((c) => c.kind),
    eventSql(),
  );
  const ids = eventIds(slugs);
  const failures = [];
  await Promise.all(
    ROLES.map(async (role) => {
      for (const [i, cell] of cells.entries()) {
        if (cell.role !== role) continue;
        const slug = slugs[i];
        const [level, tail, form = {}] = MATRIX[cell.route];
        const fields = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v === true ? onceToken() : v]));
        const before = eventsState(slug);
        const r = await users[role].client.post(`/g/${slug}/events${tail.replace('E', ids[slug])}`, { csrf: users[role].csrf, ...fields });
        const want = expected(level, cell.kind, role);
        const where = `${cell.route} ${cell.kind} ${role}`;
        if (String(r.status) !== want) failures.push(`${where}: ${r.status}, expected ${want} ${show(r).slice(0, 160)}`);
        const changed = eventsState(slug) !== before;
        if (want !== '303' && changed) failures.push(`${where}: refused, yet the events changed`);
        if (want === '303' && !changed) failures.push(`${where}: done, yet nothing changed`);
      }
    }),
  );
  assert.deepEqual(failures, []);
});
