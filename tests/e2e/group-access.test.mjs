// The access matrix of the group workspaces (issue 5): every route of the
// groups program under /g/SLUG × (non-member, requester, invited, member,
// group moderator, owner, site admin) × (open, closed, private, archived)
// → the status the rules of cgi/core/access.h give. The routes come from
// the program's own headers (cgi/groups/*.h), so a route added without a
// row here fails the first test.
//
// GET routes are asked of one group per visibility. Every cell of a POST
// route gets a group of its own, set up the same way, so that what one
// user's request changes cannot decide another's answer. "archived" is an
// open group that was archived: everybody may know it, nothing changes in
// it but its restoring and members leaving.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { show } from './lib.mjs';
import { lit, sql } from './forum-lib.mjs';
import { makePng, multipart } from './people-lib.mjs';
import { KINDS, ROLES, makeGroups as makeMatrixGroups, matrixUsers } from './group-matrix-lib.mjs';

// Expected statuses, one column per role in the order of ROLES.
// 200 a page, 303 done (redirect), 403 may know but not do, 404 may not
// know. A requester of a private group cannot exist by the rules (nobody
// can ask to join what they cannot see); such a leftover row (the group
// was closed when they asked) gives nothing: 404 like any outsider.
// prettier-ignore
const MATRIX = {
  'GET /g/*': {
    open:     '200 200 200 200 200 200 200',
    closed:   '200 200 200 200 200 200 200',
    private:  '404 404 200 200 200 200 404',
    archived: '200 200 200 200 200 200 200',
  },
  'GET /g/*/picture': {
    open:     '200 200 200 200 200 200 200',
    closed:   '200 200 200 200 200 200 200',
    private:  '404 404 200 200 200 200 404',
    archived: '200 200 200 200 200 200 200',
  },
  // Who is in a group: everybody for open and closed groups (a closed
  // group shows who is in it), members only for a private one.
  'GET /g/*/members': {
    open:     '200 200 200 200 200 200 200',
    closed:   '200 200 200 200 200 200 200',
    private:  '404 404 403 200 200 200 404',
    archived: '200 200 200 200 200 200 200',
  },
  // Owners change the settings; site admins see the page for archiving.
  'GET /g/*/settings': {
    open:     '403 403 403 403 403 200 200',
    closed:   '403 403 403 403 403 200 200',
    private:  '404 404 403 403 403 200 404',
    archived: '403 403 403 403 403 200 200',
  },
  'POST /g/*/settings': {
    open:     '403 403 403 403 403 303 403',
    closed:   '403 403 403 403 403 303 403',
    private:  '404 404 403 403 403 303 404',
    archived: '403 403 403 403 403 403 403',
  },
  'POST /g/*/settings/archive': {
    open:     '403 403 403 403 403 303 303',
    closed:   '403 403 403 403 403 303 303',
    private:  '404 404 403 403 403 303 404',
    archived: '403 403 403 403 403 ARCHIVED ARCHIVED',
  },
  'POST /g/*/settings/restore': {
    open:     '403 403 403 403 403 NOT_ARCHIVED NOT_ARCHIVED',
    closed:   '403 403 403 403 403 NOT_ARCHIVED NOT_ARCHIVED',
    private:  '404 404 403 403 403 NOT_ARCHIVED 404',
    archived: '403 403 403 403 403 303 303',
  },
  'POST /g/*/members/join': {
    open:     '303 403 403 403 403 403 303',
    closed:   '403 403 403 403 403 403 403',
    private:  '404 404 403 403 403 403 404',
    archived: '403 403 403 403 403 403 403',
  },
  'POST /g/*/members/request': {
    open:     '403 403 403 403 403 403 403',
    closed:   '303 403 403 403 403 403 303',
    private:  '404 404 403 403 403 403 404',
    archived: '403 403 403 403 403 403 403',
  },
  'POST /g/*/members/cancel': {
    open:     '403 303 403 403 403 403 403',
    closed:   '403 303 403 403 403 403 403',
    private:  '404 404 403 403 403 403 404',
    archived: '403 403 403 403 403 403 403',
  },
  'POST /g/*/members/accept': {
    open:     '403 403 303 403 403 403 403',
    closed:   '403 403 303 403 403 403 403',
    private:  '404 404 303 403 403 403 404',
    archived: '403 403 403 403 403 403 403',
  },
  'POST /g/*/members/decline': {
    open:     '403 403 303 403 403 403 403',
    closed:   '403 403 303 403 403 403 403',
    private:  '404 404 303 403 403 403 404',
    archived: '403 403 403 403 403 403 403',
  },
  // Leaving is the one change an archived group still takes (the group
  // has a second owner, so the owner may leave).
  'POST /g/*/members/leave': {
    open:     '403 403 403 303 303 303 403',
    closed:   '403 403 403 303 303 303 403',
    private:  '404 404 403 303 303 303 404',
    archived: '403 403 403 303 303 303 403',
  },
  'POST /g/*/members/invite': {
    open:     '403 403 403 403 303 303 403',
    closed:   '403 403 403 403 303 303 403',
    private:  '404 404 403 403 303 303 404',
    archived: '403 403 403 403 403 403 403',
  },
  'POST /g/*/members/*/approve': {
    open:     '403 403 403 403 303 303 403',
    closed:   '403 403 403 403 303 303 403',
    private:  '404 404 403 403 303 303 404',
    archived: '403 403 403 403 403 403 403',
  },
  'POST /g/*/members/*/refuse': {
    open:     '403 403 403 403 303 303 403',
    closed:   '403 403 403 403 303 303 403',
    private:  '404 404 403 403 303 303 404',
    archived: '403 403 403 403 403 403 403',
  },
  'POST /g/*/members/*/withdraw': {
    open:     '403 403 403 403 303 303 403',
    closed:   '403 403 403 403 303 303 403',
    private:  '404 404 403 403 303 303 404',
    archived: '403 403 403 403 403 403 403',
  },
  'POST /g/*/members/mail/*/withdraw': {
    open:     '403 403 403 403 303 303 403',
    closed:   '403 403 403 403 303 303 403',
    private:  '404 404 403 403 303 303 404',
    archived: '403 403 403 403 403 403 403',
  },
  'POST /g/*/members/*/remove': {
    open:     '403 403 403 403 303 303 403',
    closed:   '403 403 403 403 303 303 403',
    private:  '404 404 403 403 303 303 404',
    archived: '403 403 403 403 403 403 403',
  },
  'POST /g/*/members/*/role': {
    open:     '403 403 403 403 303 303 403',
    closed:   '403 403 403 403 303 303 403',
    private:  '404 404 403 403 303 303 404',
    archived: '403 403 403 403 403 403 403',
  },
};

// Archiving what is archived, restoring what is not: allowed to the user,
// refused by the state — the answer is a redirect with a message, and the
// group is unchanged (checked below).
const STATE_REFUSAL = { ARCHIVED: 303, NOT_ARCHIVED: 303 };

/** The routes of the groups program under /g/, read from its headers. */
function groupRoutes() {
  const dir = join(import.meta.dirname, '../../cgi/groups');
  const routes = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.h'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const m of text.matchAll(/\{"(GET|POST)", "(\/g\/[^"]*)", \w+, [^}]*\}/g)) routes.push(`${m[1]} ${m[2]}`);
  }
  return routes;
}

let users; // role -> { client, id, name, csrf }; also owner2 and guest (someone to invite)
let guest;
let csrf; // role -> token

/** Groups for many cells in one round trip: [{ kind }] -> slugs. Each
 * has an invitation link by e-mail from its owner, too (the target of
 * .../members/mail/ID/withdraw). */
function makeGroups(cells) {
  return makeMatrixGroups(
    users,
    cells.map((c) => c.kind),
    `INSERT INTO tokens (token_hash, kind, email, created_by, group_id, created_at, expires_at)
       VALUES (UNHEX(SHA2(CONCAT('matrix-mail-', @g), 256)), 'invite', CONCAT('mx', @g, '@example.org'),
               ${users.owner.id}, @g, NOW(), NOW() + INTERVAL 1 DAY);`,
  );
}

/** The group's row, its members and its invitation links (used or not). */
function groupRow(slug) {
  const [row] = sql(`SELECT g.id, g.name, g.visibility, g.archived_at IS NOT NULL, g.member_count,
      (SELECT GROUP_CONCAT(CONCAT(user_id, ':', role, ':', state) ORDER BY user_id) FROM group_members WHERE group_id = g.id),
      (SELECT GROUP_CONCAT(CONCAT(id, ':', IFNULL(used_at, '-')) ORDER BY id) FROM tokens WHERE group_id = g.id)
    FROM \`groups\` g WHERE g.slug = ${lit(slug)}`);
  return row;
}

/** The form a POST route gets: valid for the route, so that a refusal can
 * only come from the rules. The target of a route with an ID: the
 * requester (approve, refuse), the invited person (withdraw), the member
 * (remove, role), the group's invitation link (mail/ID/withdraw). */
function request(route, slug) {
  const [, pattern] = route.split(' ');
  const target = { approve: 'requester', refuse: 'requester', withdraw: 'invited', remove: 'member', role: 'member' };
  const action = pattern.split('/').pop();
  const mailToken = () => sql(`SELECT t.id FROM tokens t JOIN \`groups\` g ON g.id = t.group_id WHERE g.slug = ${lit(slug)}`)[0][0];
  const path = pattern
    .replace('/g/*', `/g/${slug}`)
    .replace('/members/mail/*/', () => `/members/mail/${mailToken()}/`)
    .replace('/members/*/', `/members/${users[target[action]]?.id}/`);
  const fields = {
    settings: { name: `Matrix ${slug} neu`, description: 'Neu beschrieben.', visibility: 'open' },
    invite: { who: guest.name },
    role: { role: 'moderator' },
  }[action] || {};
  return { path, fields };
}

before(async () => {
  users = await matrixUsers();
  guest = users.guest;
  csrf = Object.fromEntries([...ROLES, 'owner2'].map((r) => [r, users[r].csrf]));
});

test('every route of the groups program under /g/ has its row in the matrix, and every row is a route', () => {
  const routes = groupRoutes();
  assert.ok(routes.length >= 19, `routes found in cgi/groups/*.h: ${routes.length}`);
  assert.deepEqual([...routes].sort(), Object.keys(MATRIX).sort());
});

test('GET routes: status per role and kind of group; private groups leave no trace for outsiders', async () => {
  const slugs = makeGroups(KINDS.map((kind) => ({ kind })));
  // A picture for each, through the owner's settings form.
  const png = makePng(64, 64);
  for (const [i, kind] of KINDS.entries()) {
    const slug = slugs[i];
    if (kind === 'archived') sql(`UPDATE \`groups\` SET archived_at = NULL WHERE slug = ${lit(slug)}`);
    const { body, contentType } = multipart([
      ['csrf', csrf.owner],
      ['name', `Matrix ${slug}`],
      ['description', 'Eine Gruppe der Zugriffsmatrix.'],
      ['visibility', kind === 'archived' ? 'open' : kind],
      { name: 'picture', filename: 'bild.png', type: 'image/png', data: png },
    ]);
    const r = await users.owner.client.request('POST', `/g/${slug}/settings`, { body, contentType });
    assert.equal(r.status, 303, `picture for ${kind}: ${show(r)}`);
    if (kind === 'archived') sql(`UPDATE \`groups\` SET archived_at = NOW() WHERE slug = ${lit(slug)}`);
  }
  const failures = [];
  for (const route of Object.keys(MATRIX).filter((k) => k.startsWith('GET '))) {
    for (const [i, kind] of KINDS.entries()) {
      const expected = MATRIX[route][kind].split(' ');
      const path = route.slice(4).replace('/g/*', `/g/${slugs[i]}`);
      for (const [j, role] of ROLES.entries()) {
        const r = await users[role].client.get(path);
        if (String(r.status) !== expected[j]) failures.push(`${route} ${kind} ${role}: ${r.status}, expected ${expected[j]}`);
        if (r.status === 404 && r.text.includes(`Matrix ${slugs[i]}`)) failures.push(`${route} ${kind} ${role}: the 404 names the group`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('POST routes: status per role and kind of group; a refused request changes nothing', async () => {
  const posts = Object.keys(MATRIX).filter((k) => k.startsWith('POST '));
  const cells = [];
  for (const route of posts) for (const kind of KINDS) for (const role of ROLES) cells.push({ route, kind, role });
  const slugs = makeGroups(cells);
  const failures = [];
  await Promise.all(
    ROLES.map(async (role) => {
      for (const [i, cell] of cells.entries()) {
        if (cell.role !== role) continue;
        const slug = slugs[i];
        const before = groupRow(slug);
        const { path, fields } = request(cell.route, slug);
        const r = await users[role].client.post(path, { csrf: csrf[role], ...fields });
        const want = MATRIX[cell.route][cell.kind].split(' ')[ROLES.indexOf(role)];
        const status = STATE_REFUSAL[want] ?? Number(want);
        const where = `${cell.route} ${cell.kind} ${role}`;
        if (r.status !== status) failures.push(`${where}: ${r.status}, expected ${status} ${show(r).slice(0, 160)}`);
        const after = groupRow(slug);
        const changed = JSON.stringify(after) !== JSON.stringify(before);
        if (want !== '303' && changed) failures.push(`${where}: refused, yet the group changed: ${before} -> ${after}`);
        if (want === '303' && !changed) failures.push(`${where}: done, yet nothing changed`);
      }
    }),
  );
  assert.deepEqual(failures, []);
});

test('the state after an allowed request is what the route promises', async () => {
  const cells = [
    ['POST /g/*/members/join', 'open', 'outsider', (row) => row.includes(`${users.outsider.id}:member:active`)],
    ['POST /g/*/members/request', 'closed', 'outsider', (row) => row.includes(`${users.outsider.id}:member:requested`)],
    ['POST /g/*/members/accept', 'private', 'invited', (row) => row.includes(`${users.invited.id}:member:active`)],
    ['POST /g/*/members/*/approve', 'closed', 'moderator', (row) => row.includes(`${users.requester.id}:member:active`)],
    ['POST /g/*/members/*/remove', 'private', 'owner', (row) => !row.includes(`${users.member.id}:`)],
    ['POST /g/*/members/*/role', 'open', 'owner', (row) => row.includes(`${users.member.id}:moderator:active`)],
    ['POST /g/*/members/invite', 'closed', 'moderator', (row) => row.includes(`${guest.id}:member:invited`)],
    ['POST /g/*/members/leave', 'archived', 'member', (row) => !row.includes(`${users.member.id}:`)],
    ['POST /g/*/settings/archive', 'open', 'admin', (row, g) => g[3] === '1'],
    ['POST /g/*/settings/restore', 'archived', 'owner', (row, g) => g[3] === '0'],
  ];
  const slugs = makeGroups(cells.map(([, kind]) => ({ kind })));
  for (const [i, [route, kind, role, holds]] of cells.entries()) {
    const { path, fields } = request(route, slugs[i]);
    const r = await users[role].client.post(path, { csrf: csrf[role], ...fields });
    assert.equal(r.status, 303, `${route} ${kind} ${role}: ${show(r)}`);
    const g = groupRow(slugs[i]);
    assert.ok(holds(g[5], g), `${route} ${kind} ${role}: ${g}`);
    // The member count follows the active rows.
    const active = (g[5] || '').split(',').filter((x) => x.endsWith(':active')).length;
    assert.equal(Number(g[4]), active, `${route}: member_count`);
  }
});
