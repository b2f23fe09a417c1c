// The access matrix of a group's forum (issues 4 and 5): every route of
// the forum program under /g/SLUG/forum × (non-member, requester, invited,
// member, group moderator, owner, site admin) × (open, closed, private,
// archived) → the status the rules of cgi/core/access.h give. The routes
// come from the forum's headers (FORUM_ROUTE in cgi/forum/*.h), so a route
// added without a row here fails the first test.
//
// Every group has the same forum: categories A and B, a topic in A begun
// by an owner, a reply by the member (the post edited, deleted, reported,
// hidden and split off here), a hidden reply (restored here) and an open
// report of the member's reply by the second owner. GET routes are asked
// of one group per kind; every POST cell gets a group of its own, and a
// refusal must leave the forum as it was.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { show } from './lib.mjs';
import { lit, onceToken, sql } from './forum-lib.mjs';
import { KINDS, ROLES, expected, makeGroups, matrixUsers } from './group-matrix-lib.mjs';

// The levels of access.h, one column per role in the order of ROLES.
// 200/303 allowed, 403 may know the group but not do this, 404 may not
// know the group. Site admins have no rights of their own inside a group
// (private groups are invisible to them); they read what every member reads.
// prettier-ignore
const READ = {
  open:     '200 200 200 200 200 200 200',
  closed:   '403 403 403 200 200 200 403',
  private:  '404 404 403 200 200 200 404',
  archived: '200 200 200 200 200 200 200',
};
// Writing: members of a group that is not archived.
// prettier-ignore
const WRITE = {
  open:     '403 403 403 200 200 200 403',
  closed:   '403 403 403 200 200 200 403',
  private:  '404 404 403 200 200 200 404',
  archived: '403 403 403 403 403 403 403',
};
// One's own post (the member's reply): only its author, while they may write.
// prettier-ignore
const AUTHOR = {
  open:     '403 403 403 200 403 403 403',
  closed:   '403 403 403 200 403 403 403',
  private:  '404 404 403 200 403 403 404',
  archived: '403 403 403 403 403 403 403',
};
// Reporting the member's reply: every reader but its author, not in an
// archived group (nobody could act on the report).
// prettier-ignore
const REPORT = {
  open:     '200 200 200 403 200 200 200',
  closed:   '403 403 403 403 200 200 403',
  private:  '404 404 403 403 200 200 404',
  archived: '403 403 403 403 403 403 403',
};
// Moderating: the group's moderators and owners, not in an archived group.
// prettier-ignore
const MODERATE = {
  open:     '403 403 403 403 200 200 403',
  closed:   '403 403 403 403 200 200 403',
  private:  '404 404 403 403 200 200 404',
  archived: '403 403 403 403 403 403 403',
};
// Setting up the forum (its categories): the group's owners.
// prettier-ignore
const SETTINGS = {
  open:     '403 403 403 403 403 200 403',
  closed:   '403 403 403 403 403 200 403',
  private:  '404 404 403 403 403 200 404',
  archived: '403 403 403 403 403 403 403',
};

/** A level whose allowed answer is status (a POST's 303, a permalink's 303). */
const as = (level, status) =>
  Object.fromEntries(Object.entries(level).map(([k, v]) => [k, v.replaceAll('200', String(status))]));

// Route -> [level, path tail with ids, form fields]. In tails: C the
// category A, C2 category B, T the topic, P the member's reply, H the
// hidden reply, R the report.
const MATRIX = {
  'GET /g/*/forum': [READ, ''],
  'GET /g/*/forum/c/*': [READ, '/c/C'],
  'GET /g/*/forum/t/*': [READ, '/t/T'],
  'GET /g/*/forum/p/*': [as(READ, 303), '/p/P'],
  'GET /g/*/forum/p/*/history': [READ, '/p/P/history'],
  'GET /g/*/forum/search': [READ, '/search?q=Zugriffsmatrix'],
  'POST /g/*/forum/t/*/watch': [as(READ, 303), '/t/T/watch', { watch: '1' }],
  'POST /g/*/forum/c/*/watch': [as(READ, 303), '/c/C/watch', { watch: '1' }],
  'GET /g/*/forum/c/*/new': [WRITE, '/c/C/new'],
  'POST /g/*/forum/c/*/new': [as(WRITE, 303), '/c/C/new', { title: 'Ein neues Thema', body: 'Der erste Beitrag.', once: true }],
  'GET /g/*/forum/t/*/reply': [WRITE, '/t/T/reply'],
  'POST /g/*/forum/t/*/reply': [as(WRITE, 303), '/t/T/reply', { body: 'Noch eine Antwort.', once: true }],
  'GET /g/*/forum/p/*/edit': [AUTHOR, '/p/P/edit'],
  'POST /g/*/forum/p/*/edit': [as(AUTHOR, 303), '/p/P/edit', { body: 'Die Antwort, verbessert.' }],
  'GET /g/*/forum/p/*/delete': [AUTHOR, '/p/P/delete'],
  'POST /g/*/forum/p/*/delete': [as(AUTHOR, 303), '/p/P/delete'],
  'GET /g/*/forum/p/*/report': [REPORT, '/p/P/report'],
  'POST /g/*/forum/p/*/report': [as(REPORT, 303), '/p/P/report', { reason: 'Das gehört nicht hierher.' }],
  'POST /g/*/forum/t/*/pin': [as(MODERATE, 303), '/t/T/pin', { value: '1' }],
  'POST /g/*/forum/t/*/lock': [as(MODERATE, 303), '/t/T/lock', { value: '1' }],
  'GET /g/*/forum/t/*/rename': [MODERATE, '/t/T/rename'],
  'POST /g/*/forum/t/*/rename': [as(MODERATE, 303), '/t/T/rename', { title: 'Ein besserer Titel' }],
  'GET /g/*/forum/t/*/move': [MODERATE, '/t/T/move'],
  'POST /g/*/forum/t/*/move': [as(MODERATE, 303), '/t/T/move', { category: 'C2' }],
  'GET /g/*/forum/p/*/hide': [MODERATE, '/p/P/hide'],
  'POST /g/*/forum/p/*/hide': [as(MODERATE, 303), '/p/P/hide', { reason: 'Persönliche Daten.' }],
  'POST /g/*/forum/p/*/restore': [as(MODERATE, 303), '/p/H/restore'],
  'GET /g/*/forum/p/*/split': [MODERATE, '/p/P/split'],
  'POST /g/*/forum/p/*/split': [as(MODERATE, 303), '/p/P/split', { title: 'Abgetrennt', category: 'C' }],
  'GET /g/*/forum/reports': [MODERATE, '/reports'],
  'POST /g/*/forum/reports/*/resolve': [as(MODERATE, 303), '/reports/R/resolve'],
  'GET /g/*/forum/categories/new': [SETTINGS, '/categories/new'],
  'POST /g/*/forum/categories/new': [as(SETTINGS, 303), '/categories/new', { name: 'Neue Kategorie', description: '', position: '3' }],
  'GET /g/*/forum/c/*/edit': [SETTINGS, '/c/C/edit'],
  'POST /g/*/forum/c/*/edit': [as(SETTINGS, 303), '/c/C/edit', { name: 'Umbenannt', description: 'Neu beschrieben.', position: '1' }],
};

/** The group forum's routes, read from the forum program's headers. */
function groupForumRoutes() {
  const dir = join(import.meta.dirname, '../../cgi/forum');
  const routes = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.h'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const m of text.matchAll(/FORUM_ROUTE\("(GET|POST)", "([^"]*)"/g)) routes.push(`${m[1]} /g/*/forum${m[2]}`);
  }
  return routes;
}

let users;

/** The forum every matrix group gets (after groupSql: @g is the group). */
function forumSql() {
  const u = (who) => users[who].id;
  return `INSERT INTO forum_categories (group_id, name, position, created_at, updated_at) VALUES (@g, 'Kategorie A', 1, NOW(), NOW());
  SET @ca = LAST_INSERT_ID();
  INSERT INTO forum_categories (group_id, name, position, created_at, updated_at) VALUES (@g, 'Kategorie B', 2, NOW(), NOW());
  INSERT INTO forum_topics (category_id, group_id, title, created_by, created_at, updated_at, last_post_at)
    VALUES (@ca, @g, 'Zugriffsmatrix im Gruppenforum', ${u('owner')}, NOW(), NOW(), NOW());
  SET @t = LAST_INSERT_ID();
  INSERT INTO forum_posts (topic_id, group_id, created_by, created_at, body)
    VALUES (@t, @g, ${u('owner')}, NOW() - INTERVAL 3 MINUTE, 'Wer prüft die Zugriffsmatrix?');
  SET @p1 = LAST_INSERT_ID();
  INSERT INTO forum_posts (topic_id, group_id, created_by, created_at, body)
    VALUES (@t, @g, ${u('member')}, NOW() - INTERVAL 2 MINUTE, 'Ich prüfe sie.');
  SET @p2 = LAST_INSERT_ID();
  INSERT INTO forum_posts (topic_id, group_id, created_by, created_at, body, hidden_at, hidden_by, hidden_reason)
    VALUES (@t, @g, ${u('member')}, NOW() - INTERVAL 1 MINUTE, 'Versehentlich gepostet.', NOW(), ${u('owner')}, 'Doppelt.');
  SET @p3 = LAST_INSERT_ID();
  UPDATE forum_topics SET post_count = 3, first_post_id = @p1, last_post_id = @p3, last_poster_id = ${u('member')} WHERE id = @t;
  UPDATE forum_categories SET topic_count = 1, post_count = 3, last_post_id = @p3, last_post_at = NOW() WHERE id = @ca;
  INSERT INTO reports (kind, content_id, group_id, reporter_id, reason, created_at)
    VALUES ('forum_post', @p2, @g, ${u('owner2')}, 'Bitte ansehen.', NOW());`;
}

/** The ids a tail names, for the group of slug. */
function forumIds(slugs) {
  const rows = sql(`SELECT g.slug,
      (SELECT MIN(id) FROM forum_categories WHERE group_id = g.id),
      (SELECT MAX(id) FROM forum_categories WHERE group_id = g.id),
      (SELECT MIN(id) FROM forum_topics WHERE group_id = g.id),
      (SELECT MIN(id) FROM forum_posts WHERE group_id = g.id AND created_by = ${users.member.id} AND hidden_at IS NULL),
      (SELECT MIN(id) FROM forum_posts WHERE group_id = g.id AND hidden_at IS NOT NULL),
      (SELECT MIN(id) FROM reports WHERE group_id = g.id)
    FROM \`groups\` g WHERE g.slug IN (${slugs.map(lit).join(', ')})`);
  return Object.fromEntries(rows.map(([slug, C, C2, T, P, H, R]) => [slug, { C, C2, T, P, H, R }]));
}

function fill(text, ids) {
  return text.replace(/\b(C2|C|T|P|H|R)\b/g, (k) => ids[k]);
}

/** Everything in the group's forum a POST could change. */
function forumState(slug) {
  const [row] = sql(`SELECT
      (SELECT GROUP_CONCAT(CONCAT_WS(':', id, name, IFNULL(description, ''), position, retired) ORDER BY id) FROM forum_categories WHERE group_id = g.id),
      (SELECT GROUP_CONCAT(CONCAT_WS(':', id, category_id, title, pinned, locked, post_count, deleted_at IS NULL) ORDER BY id) FROM forum_topics WHERE group_id = g.id),
      (SELECT GROUP_CONCAT(CONCAT_WS(':', id, topic_id, MD5(body), revision_count, deleted_at IS NULL, hidden_at IS NULL) ORDER BY id) FROM forum_posts WHERE group_id = g.id),
      (SELECT GROUP_CONCAT(CONCAT_WS(':', id, resolved_at IS NULL) ORDER BY id) FROM reports WHERE group_id = g.id),
      (SELECT COUNT(*) FROM forum_topic_watches w JOIN forum_topics t ON t.id = w.topic_id WHERE t.group_id = g.id),
      (SELECT COUNT(*) FROM forum_category_watches w JOIN forum_categories c ON c.id = w.category_id WHERE c.group_id = g.id)
    FROM \`groups\` g WHERE g.slug = ${lit(slug)}`);
  return JSON.stringify(row);
}

before(async () => {
  users = await matrixUsers();
});

test('every route of the forum under /g/SLUG/forum has its row in the matrix, and every row is a route', () => {
  const routes = groupForumRoutes();
  assert.ok(routes.length >= 35, `routes found in cgi/forum/*.h: ${routes.length}`);
  assert.deepEqual([...routes].sort(), Object.keys(MATRIX).sort());
});

test('GET routes of a group forum: status per role and kind of group; no trace of a private group', async () => {
  const slugs = makeGroups(users, KINDS, forumSql());
  const ids = forumIds(slugs);
  const failures = [];
  for (const route of Object.keys(MATRIX).filter((k) => k.startsWith('GET '))) {
    const [level, tail] = MATRIX[route];
    for (const [i, kind] of KINDS.entries()) {
      const path = `/g/${slugs[i]}/forum${fill(tail, ids[slugs[i]])}`;
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

test('POST routes of a group forum: status per role and kind of group; a refused request changes nothing', async () => {
  const posts = Object.keys(MATRIX).filter((k) => k.startsWith('POST '));
  const cells = [];
  for (const route of posts) for (const kind of KINDS) for (const role of ROLES) cells.push({ route, kind, role });
  const slugs = makeGroups(
    users,
    cells.map((c) => c.kind),
    forumSql(),
  );
  const ids = forumIds(slugs);
  const failures = [];
  await Promise.all(
    ROLES.map(async (role) => {
      for (const [i, cell] of cells.entries()) {
        if (cell.role !== role) continue;
        const slug = slugs[i];
        const [level, tail, form = {}] = MATRIX[cell.route];
        const fields = Object.fromEntries(
          Object.entries(form).map(([k, v]) => [k, v === true ? onceToken() : fill(v, ids[slug])]),
        );
        const before = forumState(slug);
        const r = await users[role].client.post(`/g/${slug}/forum${fill(tail, ids[slug])}`, { csrf: users[role].csrf, ...fields });
        const want = expected(level, cell.kind, role);
        const where = `${cell.route} ${cell.kind} ${role}`;
        if (String(r.status) !== want) failures.push(`${where}: ${r.status}, expected ${want} ${show(r).slice(0, 160)}`);
        const changed = forumState(slug) !== before;
        if (want !== '303' && changed) failures.push(`${where}: refused, yet the forum changed`);
        if (want === '303' && !changed) failures.push(`${where}: done, yet nothing changed`);
      }
    }),
  );
  assert.deepEqual(failures, []);
});
