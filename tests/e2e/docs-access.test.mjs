// The access matrix of a group's library (issue 6): every route of the
// docs program under /g/SLUG/docs, and the downloads under /files/, ×
// (non-member, requester, invited, member, group moderator, owner, site
// admin) × (open, closed, private, archived) → the status the rules of
// cgi/core/access.h give (cgi/docs/docs.h says which level each needs).
// The routes come from cgi/docs/main.c, so a route added without a row
// here fails the first test.
//
// Every group has the same library: folder F (by an owner) with document D
// (by the second owner, one version), an empty folder E (by an owner) and
// a document X in the bin (by the second owner). GET routes are asked of
// one group per kind; every POST cell gets a group of its own, and a
// refusal must leave the library as it was.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoClient, DEMO, show } from './lib.mjs';
import { lit, onceToken, sql } from './forum-lib.mjs';
import { multipart } from './people-lib.mjs';
import { KINDS, ROLES, expected, makeGroups, matrixUsers } from './group-matrix-lib.mjs';
import { docIdOf, makePdf, upload } from './docs-lib.mjs';

// prettier-ignore
const READ = {
  open:     '200 200 200 200 200 200 200',
  closed:   '403 403 403 200 200 200 403',
  private:  '404 404 403 200 200 200 404',
  archived: '200 200 200 200 200 200 200',
};
// A download tells nothing to whom may not read: 404 for all of them.
// prettier-ignore
const FILES = {
  open:     '200 200 200 200 200 200 200',
  closed:   '404 404 404 200 200 200 404',
  private:  '404 404 404 200 200 200 404',
  archived: '200 200 200 200 200 200 200',
};
// prettier-ignore
const WRITE = {
  open:     '403 403 403 200 200 200 403',
  closed:   '403 403 403 200 200 200 403',
  private:  '404 404 403 200 200 200 404',
  archived: '403 403 403 403 403 403 403',
};
// Someone else's folder or document: the group's moderators and owners.
// prettier-ignore
const MANAGE = {
  open:     '403 403 403 403 200 200 403',
  closed:   '403 403 403 403 200 200 403',
  private:  '404 404 403 403 200 200 404',
  archived: '403 403 403 403 403 403 403',
};

const as = (level, status) =>
  Object.fromEntries(Object.entries(level).map(([k, v]) => [k, v.replaceAll('200', String(status))]));

const PDF = { filename: 'Matrix.pdf', type: 'application/pdf', data: makePdf('Zugriffsmatrix') };

// Reporting someone else's document: every reader, while somebody can act
// on it (not in an archived group).
// prettier-ignore
const REPORT = {
  open:     '200 200 200 200 200 200 200',
  closed:   '403 403 403 200 200 200 403',
  private:  '404 404 403 200 200 200 404',
  archived: '403 403 403 403 403 403 403',
};

// Route -> [level, tail with ids, form fields]. F, E folders; D, X
// documents; R an open report of D (by the guest).
const MATRIX = {
  'GET /g/*/docs': [READ, ''],
  'GET /g/*/docs/f/*': [READ, '/f/F'],
  'GET /g/*/docs/search': [READ, '/search?q=Zugriffsmatrix'],
  'GET /g/*/docs/bin': [WRITE, '/bin'],
  'GET /g/*/docs/zip': [READ, '/zip'],
  'GET /g/*/docs/f/*/zip': [READ, '/f/F/zip'],
  'GET /g/*/docs/folders/new': [WRITE, '/folders/new'],
  'POST /g/*/docs/folders/new': [as(WRITE, 303), '/folders/new', { name: 'Neuer Ordner', parent: 'F', once: true }],
  'GET /g/*/docs/f/*/edit': [MANAGE, '/f/F/edit'],
  'POST /g/*/docs/f/*/edit': [as(MANAGE, 303), '/f/F/edit', { name: 'Umbenannt', parent: '0' }],
  'POST /g/*/docs/f/*/delete': [as(MANAGE, 303), '/f/E/delete'],
  'GET /g/*/docs/upload': [WRITE, '/upload'],
  'POST /g/*/docs/upload': [as(WRITE, 303), '/upload', { title: 'Hochgeladen', folder: 'F', once: true, file: PDF }],
  'GET /g/*/docs/d/*': [READ, '/d/D'],
  'GET /g/*/docs/d/*/edit': [MANAGE, '/d/D/edit'],
  'POST /g/*/docs/d/*/edit': [as(MANAGE, 303), '/d/D/edit', { title: 'Neuer Titel', description: '', field: '0', tags: 'a, b', folder: 'F' }],
  'POST /g/*/docs/d/*/version': [as(WRITE, 303), '/d/D/version', { once: true, file: PDF }],
  'POST /g/*/docs/d/*/v/*/restore': [as(WRITE, 303), '/d/D/v/1/restore', { once: true }],
  'POST /g/*/docs/d/*/delete': [as(MANAGE, 303), '/d/D/delete'],
  'POST /g/*/docs/d/*/undelete': [as(MANAGE, 303), '/d/X/undelete'],
  'GET /g/*/docs/d/*/report': [REPORT, '/d/D/report'],
  'POST /g/*/docs/d/*/report': [as(REPORT, 303), '/d/D/report', { reason: 'Meldung aus der Matrix' }],
  'GET /g/*/docs/reports': [MANAGE, '/reports'],
  'POST /g/*/docs/reports/*/resolve': [as(MANAGE, 303), '/reports/R/resolve'],
};

function docsRoutes() {
  const text = readFileSync(join(import.meta.dirname, '../../cgi/docs/main.c'), 'utf8');
  return [...text.matchAll(/DOCS_ROUTE\("(GET|POST)", "([^"]*)"/g)].map((m) => `${m[1]} /g/*/docs${m[2]}`);
}

let users;
let sha;

/** The library every matrix group gets (after groupSql: @g is the group). */
function librarySql() {
  const u = (who) => users[who].id;
  const v = (doc, by) =>
    `INSERT INTO document_versions (document_id, number, sha256, mime, size, filename, created_by, created_at)
      VALUES (${doc}, 1, ${lit(sha)}, 'application/pdf', ${PDF.data.length}, 'Matrix.pdf', ${u(by)}, NOW());
     UPDATE documents SET current_version_id = LAST_INSERT_ID(), version_count = 1 WHERE id = ${doc};`;
  return `INSERT INTO doc_folders (group_id, name, created_by, created_at, updated_at) VALUES (@g, 'Ordner F', ${u('owner')}, NOW(), NOW());
  SET @f = LAST_INSERT_ID();
  INSERT INTO doc_folders (group_id, name, created_by, created_at, updated_at) VALUES (@g, 'Ordner E', ${u('owner')}, NOW(), NOW());
  INSERT INTO documents (group_id, folder_id, title, tags, created_by, created_at, updated_at)
    VALUES (@g, @f, 'Zugriffsmatrix Protokoll', 'matrix', ${u('owner2')}, NOW(), NOW());
  SET @d = LAST_INSERT_ID();
  ${v('@d', 'owner2')}
  INSERT INTO documents (group_id, folder_id, title, created_by, created_at, updated_at, deleted_at, deleted_by)
    VALUES (@g, NULL, 'Gelöschte Zugriffsmatrix', ${u('owner2')}, NOW(), NOW(), NOW(), ${u('owner2')});
  SET @x = LAST_INSERT_ID();
  ${v('@x', 'owner2')}
  INSERT INTO reports (kind, content_id, group_id, reporter_id, reason, created_at)
    VALUES ('document', @d, @g, ${u('guest')}, 'Meldung vorab', NOW());`;
}

function libraryIds(slugs) {
  const rows = sql(`SELECT g.slug,
      (SELECT MIN(id) FROM doc_folders WHERE group_id = g.id),
      (SELECT MAX(id) FROM doc_folders WHERE group_id = g.id),
      (SELECT MIN(id) FROM documents WHERE group_id = g.id),
      (SELECT MAX(id) FROM documents WHERE group_id = g.id),
      (SELECT MIN(v.id) FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE d.group_id = g.id),
      (SELECT MIN(id) FROM reports WHERE group_id = g.id)
    FROM \`groups\` g WHERE g.slug IN (${slugs.map(lit).join(', ')})`);
  return Object.fromEntries(rows.map(([slug, F, E, D, X, V, R]) => [slug, { F, E, D, X, V, R }]));
}

const fill = (text, ids) => text.replace(/\b(F|E|D|X|V|R)\b/g, (k) => ids[k]);

function libraryState(slug) {
  const [row] = sql(`SELECT
      (SELECT GROUP_CONCAT(CONCAT_WS(':', id, name, IFNULL(parent_id, 0)) ORDER BY id) FROM doc_folders WHERE group_id = g.id),
      (SELECT GROUP_CONCAT(CONCAT_WS(':', id, title, IFNULL(folder_id, 0), deleted_at IS NULL, version_count, tags) ORDER BY id) FROM documents WHERE group_id = g.id),
      (SELECT COUNT(*) FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE d.group_id = g.id),
      (SELECT GROUP_CONCAT(CONCAT_WS(':', id, content_id, reporter_id, resolved_at IS NULL) ORDER BY id) FROM reports WHERE group_id = g.id)
    FROM \`groups\` g WHERE g.slug = ${lit(slug)}`);
  return JSON.stringify(row);
}

before(async () => {
  users = await matrixUsers();
  // One stored file the matrix groups' versions name.
  const c = await demoClient(DEMO.member1);
  const r = await upload(c, '/docs', [PDF], { title: 'Vorlage der Zugriffsmatrix' });
  assert.equal(r.status, 303, show(r));
  [[sha]] = sql(`SELECT v.sha256 FROM document_versions v WHERE v.document_id = ${docIdOf(r.location)}`);
});

test('every route of the docs program under /g/SLUG/docs has its row in the matrix, and every row is a route', () => {
  const routes = docsRoutes();
  assert.ok(routes.length >= 20, `routes found in cgi/docs/main.c: ${routes.length}`);
  assert.deepEqual([...routes].sort(), Object.keys(MATRIX).sort());
});

test('GET routes of a group library and its downloads: status per role and kind of group; no trace of a private group', async () => {
  const slugs = makeGroups(users, KINDS, librarySql());
  const ids = libraryIds(slugs);
  const failures = [];
  const gets = Object.keys(MATRIX)
    .filter((k) => k.startsWith('GET '))
    .map((k) => [k, ...MATRIX[k]]);
  gets.push(['GET /files/*', FILES, 'V']);
  for (const [route, level, tail] of gets) {
    for (const [i, kind] of KINDS.entries()) {
      const path = route === 'GET /files/*' ? `/files/${ids[slugs[i]].V}` : `/g/${slugs[i]}/docs${fill(tail, ids[slugs[i]])}`;
      for (const role of ROLES) {
        const want = expected(level, kind, role);
        const r = await users[role].client.get(path);
        if (String(r.status) !== want) failures.push(`${route} ${kind} ${role}: ${r.status}, expected ${want}`);
        if (r.status >= 400 && /Zugriffsmatrix|Matrix mx|Ordner F/.test(r.text)) failures.push(`${route} ${kind} ${role}: the error page tells of the group`);
        if (r.status === 200 && route === 'GET /files/*' && !r.headers.get('content-disposition'))
          failures.push(`${route} ${kind} ${role}: no Content-Disposition`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('POST routes of a group library: status per role and kind of group; a refused request changes nothing', async () => {
  const posts = Object.keys(MATRIX).filter((k) => k.startsWith('POST '));
  const cells = [];
  for (const route of posts) for (const kind of KINDS) for (const role of ROLES) cells.push({ route, kind, role });
  const slugs = makeGroups(
    users,
    cells.map((c) => c.kind),
    librarySql(),
  );
  const ids = libraryIds(slugs);
  const failures = [];
  await Promise.all(
    ROLES.map(async (role) => {
      for (const [i, cell] of cells.entries()) {
        if (cell.role !== role) continue;
        const slug = slugs[i];
        const [level, tail, form = {}] = MATRIX[cell.route];
        const path = `/g/${slug}/docs${fill(tail, ids[slug])}`;
        const before = libraryState(slug);
        let r;
        if (form.file) {
          const parts = [['csrf', users[role].csrf]];
          for (const [k, v] of Object.entries(form)) {
            if (k === 'file') parts.push({ name: 'file', ...v });
            else parts.push([k, v === true ? onceToken() : fill(v, ids[slug])]);
          }
          const mp = multipart(parts);
          r = await users[role].client.request('POST', path, { body: mp.body, contentType: mp.contentType });
        } else {
          const fields = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v === true ? onceToken() : fill(v, ids[slug])]));
          r = await users[role].client.post(path, { csrf: users[role].csrf, ...fields });
        }
        const want = expected(level, cell.kind, role);
        const where = `${cell.route} ${cell.kind} ${role}`;
        if (String(r.status) !== want) failures.push(`${where}: ${r.status}, expected ${want} ${show(r).slice(0, 160)}`);
        const changed = libraryState(slug) !== before;
        if (want !== '303' && changed) failures.push(`${where}: refused, yet the library changed`);
        if (want === '303' && !changed) failures.push(`${where}: done, yet nothing changed`);
      }
    }),
  );
  assert.deepEqual(failures, []);
});

test('a member removed from a private group loses its documents at once, also by the URLs they kept', async () => {
  const [slug] = makeGroups(users, ['private'], librarySql());
  const ids = libraryIds([slug])[slug];
  const m = users.member;
  const kept = [`/g/${slug}/docs`, `/g/${slug}/docs/f/${ids.F}`, `/g/${slug}/docs/d/${ids.D}`, `/files/${ids.V}`, `/files/${ids.V}?download=1`, `/g/${slug}/docs/f/${ids.F}/zip`];
  for (const p of kept) assert.equal((await m.client.get(p)).status, 200, `a member reads ${p}`);
  sql(`DELETE FROM group_members WHERE group_id = (SELECT id FROM \`groups\` WHERE slug = ${lit(slug)}) AND user_id = ${m.id}`);
  for (const p of kept) {
    const r = await m.client.get(p);
    assert.equal(r.status, 404, `after removal ${p}: ${r.status}`);
    assert.doesNotMatch(r.text, /Zugriffsmatrix|Ordner F/);
  }
});

test('a document of one library is not found under another library\'s URL', async () => {
  const [a, b] = makeGroups(users, ['open', 'open'], librarySql());
  const ids = libraryIds([a, b]);
  const c = users.member.client;
  for (const tail of [`/d/${ids[a].D}`, `/f/${ids[a].F}`, `/d/${ids[a].D}/edit`, `/f/${ids[a].F}/zip`]) {
    assert.equal((await c.get(`/g/${b}/docs${tail}`)).status, 404, tail);
    assert.equal((await c.get(`/docs${tail}`)).status, 404, `network library: ${tail}`);
  }
  const before = libraryState(a);
  const r = await users.owner.client.post(`/g/${b}/docs/d/${ids[a].D}/delete`, { csrf: users.owner.csrf });
  assert.equal(r.status, 404);
  assert.equal(libraryState(a), before);
});
