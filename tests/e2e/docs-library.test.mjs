// The libraries as members use them (issue 6): folders (nested, renamed,
// moved, deleted when empty), uploads of one and of several files with
// their details, versions with who and when, restoring an older version,
// the bin (delete, restore, who may), search, a folder as a ZIP (unpacked
// and compared), notifications of a group's members, and the group home
// page's documents section.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, csrfFrom, demoClient, inviteUsers, mainText, show } from './lib.mjs';
import { addGroupMember, createGroup, lit, onceToken, sql, tag, userId } from './forum-lib.mjs';
import { docIdOf, fileIds, makeDocx, makeOdt, makePdf, upload, uploadVersion } from './docs-lib.mjs';

let owner, member, other, outsider;

before(async () => {
  const fresh = await inviteUsers(4, { name: `Bibliothek ${tag('p')}` });
  [owner, member, other, outsider] = fresh.map((u) => ({ ...u, id: userId(u.email) }));
});

async function newFolder(client, base, name, parent = 0) {
  const csrf = await client.csrf(`${base}/folders/new`);
  const r = await client.post(`${base}/folders/new`, { csrf, once: onceToken(), name, parent: String(parent) });
  assert.equal(r.status, 303, show(r));
  return Number(/\/f\/(\d+)$/.exec(r.location)[1]);
}

function unzip(buf) {
  const dir = mkdtempSync(join(tmpdir(), 'kp-zip-'));
  try {
    writeFileSync(join(dir, 'a.zip'), buf);
    // A UTF-8 locale: unzip then keeps the names the UTF-8 flag marks.
    execFileSync('unzip', ['-q', '-d', join(dir, 'x'), join(dir, 'a.zip')], { env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    const out = {};
    const walk = (d, pre) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name), `${pre}${e.name}/`);
        else out[`${pre}${e.name}`] = readFileSync(join(d, e.name));
      }
    };
    walk(join(dir, 'x'), '');
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function getBuffer(client, path) {
  const res = await fetch(process.env.KP_BASE + path, { headers: { cookie: client.cookieHeader() }, redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

test('folders nest, are renamed and moved, never into themselves, and are deleted only when empty', async () => {
  const c = owner.client;
  const a = await newFolder(c, '/docs', `Konzepte ${tag('f')}`);
  const b = await newFolder(c, '/docs', 'Entwürfe', a);
  const d = await newFolder(c, '/docs', 'Alt', b);
  let r = await c.get(`/docs/f/${d}`);
  assert.equal(r.status, 200);
  assert.match(r.text, /docs-crumbs[^]*Konzepte[^]*Entwürfe[^]*aria-current="page">Alt</);
  assert.match((await c.get(`/docs/f/${a}`)).text, new RegExp(`href="/docs/f/${b}">Entwürfe<`));
  // Into itself or its own subfolder: refused with a message, nothing changes.
  let csrf = csrfFrom((await c.get(`/docs/f/${a}/edit`)).text);
  for (const parent of [a, d]) {
    r = await c.post(`/docs/f/${a}/edit`, { csrf, name: 'Konzepte', parent: String(parent) });
    assert.equal(r.status, 422);
    assert.match(mainText(r.text), /nicht in sich selbst/);
  }
  assert.deepEqual(sql(`SELECT IFNULL(parent_id, 0) FROM doc_folders WHERE id = ${a}`), [['0']]);
  // Rename and move d to the top.
  r = await c.post(`/docs/f/${d}/edit`, { csrf, name: 'Archiv 2025', parent: '0' });
  assert.equal(r.status, 303, show(r));
  assert.deepEqual(sql(`SELECT name, IFNULL(parent_id, 0) FROM doc_folders WHERE id = ${d}`), [['Archiv 2025', '0']]);
  // Nine levels: the ninth is refused.
  let p = d;
  for (let i = 2; i <= 8; i++) p = await newFolder(c, '/docs', `Ebene ${i}`, p);
  csrf = csrfFrom((await c.get(`/docs/folders/new?parent=${p}`)).text);
  r = await c.post('/docs/folders/new', { csrf, once: onceToken(), name: 'Ebene 9', parent: String(p) });
  assert.equal(r.status, 422);
  // A folder with a subfolder or a document is not deleted; an empty one is.
  r = await c.post(`/docs/f/${a}/delete`, { csrf });
  assert.equal(r.status, 303);
  assert.equal(sql(`SELECT COUNT(*) FROM doc_folders WHERE id = ${a}`)[0][0], '1');
  r = await upload(c, '/docs', [{ filename: 'plan.pdf', data: makePdf('Plan') }], {}, { folder: b });
  assert.equal(r.status, 303, show(r));
  const doc = docIdOf(r.location);
  r = await c.post(`/docs/f/${b}/delete`, { csrf });
  assert.equal(sql(`SELECT COUNT(*) FROM doc_folders WHERE id = ${b}`)[0][0], '1', 'a folder with a document stays');
  // In the bin, the document no longer keeps its folder; it moves up.
  assert.equal((await c.post(`/docs/d/${doc}/delete`, { csrf })).status, 303);
  r = await c.post(`/docs/f/${b}/delete`, { csrf });
  assert.equal(r.status, 303);
  assert.equal(r.location, `/docs/f/${a}`);
  assert.equal(sql(`SELECT COUNT(*) FROM doc_folders WHERE id = ${b}`)[0][0], '0');
  assert.deepEqual(sql(`SELECT folder_id FROM documents WHERE id = ${doc}`), [[String(a)]]);
  // Someone else may read the folder but not change it.
  assert.equal((await member.client.get(`/docs/f/${a}`)).status, 200);
  assert.equal((await member.client.get(`/docs/f/${a}/edit`)).status, 403);
  assert.equal((await member.client.post(`/docs/f/${a}/delete`, { csrf: await member.client.csrf('/docs') })).status, 403);
  assert.equal((await c.get('/docs/f/999999999')).status, 404);
  assert.equal((await c.get('/docs/f/007')).status, 404);
});

test('several files in one upload become one document each; one file takes the title; details are kept and shown', async () => {
  const c = owner.client;
  const t = tag('t');
  let r = await upload(c, '/docs', [
    { filename: `Protokoll ${t} März.pdf`, data: makePdf('Protokoll') },
    { filename: `Flyer ${t}.odt`, data: makeOdt('Flyer') },
    { filename: `Liste ${t}.docx`, data: makeDocx('Liste') },
  ], { description: 'Aus der **Sitzung**.', tags: ' Sprache,, Kurse ,', field: '3' });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, '/docs');
  const rows = sql(`SELECT title, tags, field_id, description, version_count FROM documents WHERE title LIKE ${lit(`%${t}%`)} ORDER BY title`);
  assert.deepEqual(rows.map((x) => x[0]), [`Flyer ${t}`, `Liste ${t}`, `Protokoll ${t} März`]);
  for (const x of rows) assert.deepEqual(x.slice(1), ['Sprache, Kurse', '3', 'Aus der **Sitzung**.', '1']);
  r = await upload(c, '/docs', [{ filename: 'x.pdf', data: makePdf('x') }], { title: `Integrationskonzept ${t}` });
  const id = docIdOf(r.location);
  r = await c.get(`/docs/d/${id}`);
  assert.equal(r.status, 200);
  assert.match(r.text, new RegExp(`<h1>Integrationskonzept ${t}</h1>`));
  assert.match(r.text, /Das Dokument wurde hochgeladen/);
  // Markdown in the description is rendered, HTML escaped.
  r = await upload(c, '/docs', [{ filename: 'y.pdf', data: makePdf('y') }], { title: '<script>alert(1)</script>', description: '**fett** <img src=x onerror=alert(1)>', tags: '"><b>tag</b>' });
  r = await c.get(r.location);
  assert.doesNotMatch(r.text, /<script>alert|<img src=x|<b>tag/);
  assert.match(r.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(r.text, /<strong>fett<\/strong>/);
  // Empty form: a message, nothing stored.
  const page = await c.get('/docs/upload');
  const mp = (await import('./people-lib.mjs')).multipart([['csrf', csrfFrom(page.text)], ['once', onceToken()], { name: 'file', filename: '', data: '' }]);
  r = await c.request('POST', '/docs/upload', { body: mp.body, contentType: mp.contentType });
  assert.equal(r.status, 422);
  assert.match(mainText(r.text), /Bitte wählen Sie eine Datei aus/);
});

test('a double submit of the upload form stores the documents once', async () => {
  const once = onceToken();
  const t = tag('o');
  const f = [{ filename: `Doppelt ${t}.pdf`, data: makePdf(t) }];
  const [a, b] = await Promise.all([upload(owner.client, '/docs', f, {}, { once }), upload(owner.client, '/docs', f, {}, { once })]);
  assert.equal(a.status, 303);
  assert.equal(b.status, 303);
  assert.equal(a.location, b.location);
  assert.equal(sql(`SELECT COUNT(*) FROM documents WHERE title = ${lit(`Doppelt ${t}`)}`)[0][0], '1');
});

test('versions: a new one becomes current, the history says who and when, an older one can be restored and downloaded', async () => {
  const t = tag('v');
  let r = await upload(owner.client, '/docs', [{ filename: 'Konzept v1.pdf', data: makePdf(`Version eins ${t}`) }], { title: `Konzept ${t}` });
  const id = docIdOf(r.location);
  r = await uploadVersion(member.client, '/docs', id, { filename: 'Konzept v2.docx', data: makeDocx(`Version zwei ${t}`) });
  assert.equal(r.status, 303, show(r));
  r = await member.client.get(`/docs/d/${id}`);
  assert.match(r.text, /Die neue Version wurde hochgeladen/);
  const [v2, v1] = fileIds(r.text);
  assert.match(mainText(r.text), new RegExp(`Version 2 aktuell[^]*Konzept v2\\.docx[^]*von ${member.name}[^]*Version 1[^]*Konzept v1\\.pdf[^]*von ${owner.name}`));
  // The download of the current version is the docx; the old one the pdf.
  let d = await getBuffer(member.client, `/files/${v2}?download=1`);
  assert.equal(d.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  assert.match(d.headers.get('content-disposition'), /^attachment; filename="Konzept v2.docx"/);
  d = await getBuffer(member.client, `/files/${v1}`);
  assert.ok(d.body.includes(`Version eins ${t}`));
  // Restore version 1: a third version with version 1's file.
  const csrf = csrfFrom(r.text);
  // A double click restores once.
  const once = onceToken();
  const [ra, rb] = await Promise.all([1, 2].map(() => member.client.post(`/docs/d/${id}/v/1/restore`, { csrf, once })));
  assert.equal(ra.status, 303);
  assert.equal(rb.status, 303);
  assert.equal((await member.client.post(`/docs/d/${id}/v/1/restore`, { csrf })).status, 400, 'without its token');
  const v = sql(`SELECT number, sha256, IFNULL(restored_from, 0), filename FROM document_versions WHERE document_id = ${id} ORDER BY number`);
  assert.equal(v.length, 3);
  assert.equal(v[2][1], v[0][1]);
  assert.deepEqual([v[2][2], v[2][3]], ['1', 'Konzept v1.pdf']);
  r = await member.client.get(`/docs/d/${id}`);
  assert.match(mainText(r.text), /Version 3 aktuell\s+wiederhergestellt aus Version 1/);
  const current = fileIds(r.text)[0];
  d = await getBuffer(member.client, `/files/${current}`);
  assert.ok(d.body.includes(`Version eins ${t}`));
  // Unknown versions and documents.
  assert.equal((await member.client.post(`/docs/d/${id}/v/9/restore`, { csrf, once: onceToken() })).status, 404);
  assert.equal((await member.client.post(`/docs/d/${id}/v/0/restore`, { csrf, once: onceToken() })).status, 404);
  assert.equal((await member.client.get('/docs/d/999999999')).status, 404);
  assert.equal((await member.client.get('/files/999999999')).status, 404);
});

test('the bin: the uploader and moderators delete and restore; others may not; a deleted document is gone from lists and downloads', async () => {
  const t = tag('b');
  let r = await upload(member.client, '/docs', [{ filename: 'weg.pdf', data: makePdf(t) }], { title: `Papierkorb ${t}` });
  const id = docIdOf(r.location);
  const v = fileIds((await member.client.get(`/docs/d/${id}`)).text)[0];
  const csrfOther = await other.client.csrf('/docs');
  assert.equal((await other.client.post(`/docs/d/${id}/delete`, { csrf: csrfOther })).status, 403);
  assert.equal((await other.client.get(`/docs/d/${id}/edit`)).status, 403);
  const csrf = await member.client.csrf('/docs');
  r = await member.client.post(`/docs/d/${id}/delete`, { csrf });
  assert.equal(r.status, 303);
  assert.equal((await member.client.get(`/docs/d/${id}`)).status, 404);
  assert.equal((await member.client.get(`/files/${v}`)).status, 404);
  assert.doesNotMatch((await member.client.get('/docs')).text, new RegExp(`Papierkorb ${t}`));
  assert.doesNotMatch((await member.client.get(`/docs/search?q=${t}`)).text, new RegExp(`Papierkorb ${t}`));
  // The uploader's bin shows it; another member's does not, and cannot restore it.
  assert.match((await member.client.get('/docs/bin')).text, new RegExp(`Papierkorb ${t}`));
  assert.doesNotMatch((await other.client.get('/docs/bin')).text, new RegExp(`Papierkorb ${t}`));
  assert.equal((await other.client.post(`/docs/d/${id}/undelete`, { csrf: csrfOther })).status, 403);
  // A site moderator sees it in the network library's bin and restores it.
  const mod = await demoClient(DEMO.moderator);
  assert.match((await mod.get('/docs/bin')).text, new RegExp(`Papierkorb ${t}`));
  r = await mod.post(`/docs/d/${id}/undelete`, { csrf: await mod.csrf('/docs') });
  assert.equal(r.status, 303);
  // The trail: who deleted, who restored.
  assert.deepEqual(
    sql(`SELECT action, actor_id = ${userId(DEMO.moderator)} FROM audit_log WHERE target_id = ${id} AND action LIKE 'doc.%' ORDER BY id`),
    [['doc.deleted', '0'], ['doc.restored', '1']],
  );
  assert.equal((await member.client.get(`/files/${v}`)).status, 200);
  // After 30 days it is no longer restorable, and kp-mailer removes it.
  await member.client.post(`/docs/d/${id}/delete`, { csrf });
  sql(`UPDATE documents SET deleted_at = NOW() - INTERVAL 31 DAY WHERE id = ${id}`);
  assert.doesNotMatch((await member.client.get('/docs/bin')).text, new RegExp(`Papierkorb ${t}`));
  assert.equal((await member.client.post(`/docs/d/${id}/undelete`, { csrf })).status, 404);
  execFileSync(join(process.env.KP_KPCTL, '..', 'kp-mailer'), ['--config', process.env.KP_CONFIG, '--once'], { stdio: 'ignore' });
  assert.equal(sql(`SELECT COUNT(*) FROM documents WHERE id = ${id}`)[0][0], '0');
});

test('edit: title, description, field, tags and folder; a bad choice is refused with a message', async () => {
  const t = tag('e');
  const f = await newFolder(owner.client, '/docs', `Ziel ${t}`);
  let r = await upload(owner.client, '/docs', [{ filename: 'e.pdf', data: makePdf(t) }]);
  const id = docIdOf(r.location);
  const csrf = csrfFrom((await owner.client.get(`/docs/d/${id}/edit`)).text);
  r = await owner.client.post(`/docs/d/${id}/edit`, { csrf, title: `Bearbeitet ${t}`, description: 'Neu', field: '2', tags: 'x,y', folder: String(f) });
  assert.equal(r.status, 303, show(r));
  assert.deepEqual(sql(`SELECT title, description, field_id, tags, folder_id FROM documents WHERE id = ${id}`), [[`Bearbeitet ${t}`, 'Neu', '2', 'x, y', String(f)]]);
  for (const bad of [{ folder: '999999999' }, { field: '99999' }, { title: '' }, { title: 'x'.repeat(201) }, { tags: 'y'.repeat(256) }]) {
    r = await owner.client.post(`/docs/d/${id}/edit`, { csrf, title: 'Gut', description: '', field: '0', tags: '', folder: '0', ...bad });
    assert.equal(r.status, 422, JSON.stringify(bad));
  }
  assert.equal(sql(`SELECT title FROM documents WHERE id = ${id}`)[0][0], `Bearbeitet ${t}`);
  // Undeclared or repeated fields.
  r = await owner.client.post(`/docs/d/${id}/edit`, [['csrf', csrf], ['title', 'a'], ['title', 'b']]);
  assert.equal(r.status, 400);
});

test('search: by words in title, description and tags, and by part of a title; only this library, never the bin', async () => {
  const t = tag('s');
  const grp = createGroup({ visibility: 'open', members: [{ id: owner.id, role: 'owner' }] });
  await upload(owner.client, '/docs', [{ filename: 'a.pdf', data: makePdf('a') }], { title: `Sprachkurse ${t}` });
  await upload(owner.client, '/docs', [{ filename: 'b.pdf', data: makePdf('b') }], { title: 'Flyer', description: `Beschreibung mit ${t}wort` });
  await upload(owner.client, '/docs', [{ filename: 'c.pdf', data: makePdf('c') }], { title: 'Liste', tags: `${t}tag, andere` });
  await upload(owner.client, `/g/${grp.slug}/docs`, [{ filename: 'd.pdf', data: makePdf('d') }], { title: `Sprachkurse ${t} der Gruppe` });
  let r = await member.client.get(`/docs/search?q=${encodeURIComponent(`Sprach`)}`);
  assert.match(r.text, new RegExp(`Sprachkurse ${t}<`));
  assert.doesNotMatch(r.text, /der Gruppe/);
  r = await member.client.get(`/docs/search?q=${t}wort`);
  assert.match(mainText(r.text), /Gefundene Dokumente \(1\)[^]*Flyer/);
  r = await member.client.get(`/docs/search?q=${t}tag`);
  assert.match(mainText(r.text), /Gefundene Dokumente \(1\)[^]*Liste/);
  r = await member.client.get(`/g/${grp.slug}/docs/search?q=${t}`);
  assert.match(mainText(r.text), /Gefundene Dokumente \(1\)[^]*der Gruppe/);
  r = await member.client.get(`/docs/search?q=${encodeURIComponent('%_\\')}`);
  assert.equal(r.status, 200);
  assert.match(mainText(r.text), /Gefundene Dokumente \(0\)/);
  assert.equal((await member.client.get('/docs/search?q=a&page=0')).status, 404);
});

test('a folder as a ZIP holds its documents and subfolders\' (current versions), nothing from the bin or elsewhere', async () => {
  const c = owner.client;
  const t = tag('z');
  const a = await newFolder(c, '/docs', `Paket ${t}`);
  const b = await newFolder(c, '/docs', 'Unter/ordner', a);
  const pdf1 = makePdf(`Eins ${t}`);
  const pdf2 = makePdf(`Zwei ${t}`);
  const odt = makeOdt(`Drei ${t}`);
  await upload(c, '/docs', [{ filename: 'Übersicht.pdf', data: pdf1 }], {}, { folder: a });
  let r = await upload(c, '/docs', [{ filename: 'Übersicht.pdf', data: makePdf('alt') }], {}, { folder: b });
  await uploadVersion(c, '/docs', docIdOf(r.location), { filename: 'Übersicht.pdf', data: pdf2 });
  r = await upload(c, '/docs', [{ filename: 'gelöscht.pdf', data: makePdf('weg') }], {}, { folder: a });
  await c.post(`/docs/d/${docIdOf(r.location)}/delete`, { csrf: await c.csrf('/docs') });
  await upload(c, '/docs', [{ filename: 'Flyer.odt', data: odt }, { filename: 'Flyer.odt', data: makeOdt('zweiter') }], {}, { folder: b });
  await upload(c, '/docs', [{ filename: 'draußen.pdf', data: makePdf('draußen') }]);
  const z = await getBuffer(member.client, `/docs/f/${a}/zip`);
  assert.equal(z.status, 200);
  assert.equal(z.headers.get('content-type'), 'application/zip');
  assert.match(z.headers.get('content-disposition'), new RegExp(`^attachment; filename="Paket ${t}.zip"`));
  const files = unzip(z.body);
  assert.deepEqual(Object.keys(files).sort(), ['Unter_ordner/Flyer (2).odt', 'Unter_ordner/Flyer.odt', 'Unter_ordner/Übersicht.pdf', 'Übersicht.pdf'].sort());
  assert.ok(files['Übersicht.pdf'].equals(pdf1));
  assert.ok(files['Unter_ordner/Übersicht.pdf'].equals(pdf2), 'the current version');
  // The subfolder alone.
  const zb = unzip((await getBuffer(member.client, `/docs/f/${b}/zip`)).body);
  assert.equal(Object.keys(zb).length, 3);
  // A group's ZIP is not the network's, and an outsider of a private group gets 404.
  const grp = createGroup({ visibility: 'private', members: [{ id: owner.id, role: 'owner' }] });
  await upload(c, `/g/${grp.slug}/docs`, [{ filename: 'geheim.pdf', data: makePdf('geheim') }]);
  const gz = unzip((await getBuffer(c, `/g/${grp.slug}/docs/zip`)).body);
  assert.deepEqual(Object.keys(gz), ['geheim.pdf']);
  assert.equal((await getBuffer(outsider.client, `/g/${grp.slug}/docs/zip`)).status, 404);
});

test('a new document in a group: a notification for every other active member, none for outsiders', async () => {
  const grp = createGroup({ visibility: 'closed', members: [{ id: owner.id, role: 'owner' }, { id: member.id }] });
  addGroupMember(grp.id, other.id, 'member', 'requested');
  const r = await upload(member.client, `/g/${grp.slug}/docs`, [{ filename: 'neu.pdf', data: makePdf('neu') }]);
  const id = docIdOf(r.location);
  const rows = sql(`SELECT user_id, kind, actor_id, group_id FROM notifications WHERE document_id = ${id} ORDER BY user_id`);
  assert.deepEqual(rows, [[String(owner.id), 'doc_new', String(member.id), String(grp.id)]]);
});

test('the group home page shows the recent documents and links to the library', async () => {
  const grp = createGroup({ visibility: 'open', members: [{ id: owner.id, role: 'owner' }] });
  const t = tag('h');
  await upload(owner.client, `/g/${grp.slug}/docs`, [{ filename: 'h.pdf', data: makePdf('h') }], { title: `Neuigkeit ${t}` });
  const r = await outsider.client.get(`/g/${grp.slug}`);
  assert.equal(r.status, 200);
  assert.match(r.text, new RegExp(`href="/g/${grp.slug}/docs"`));
  assert.match(r.text, new RegExp(`Neuigkeit ${t}`));
  const closed = createGroup({ visibility: 'closed', members: [{ id: owner.id, role: 'owner' }] });
  await upload(owner.client, `/g/${closed.slug}/docs`, [{ filename: 'h.pdf', data: makePdf('h') }], { title: `Intern ${t}` });
  assert.doesNotMatch((await outsider.client.get(`/g/${closed.slug}`)).text, new RegExp(`Intern ${t}`));
  assert.match((await owner.client.get(`/g/${closed.slug}`)).text, new RegExp(`Intern ${t}`));
});

test('every state change needs the CSRF token and POST', async () => {
  const r = await upload(owner.client, '/docs', [{ filename: 'c.pdf', data: makePdf('c') }]);
  const id = docIdOf(r.location);
  for (const path of [`/docs/d/${id}/delete`, `/docs/d/${id}/v/1/restore`, '/docs/folders/new', '/docs/upload', `/docs/d/${id}/version`]) {
    assert.equal((await owner.client.post(path, {})).status, 403, path);
    assert.equal((await owner.client.post(path, { csrf: await member.client.csrf('/docs') })).status, 403, path);
  }
  assert.equal((await owner.client.get(`/docs/d/${id}/delete`)).status, 405);
  assert.equal(sql(`SELECT deleted_at IS NULL FROM documents WHERE id = ${id}`)[0][0], '1');
  assert.equal((await new (await import('./lib.mjs')).Client().get('/docs')).status, 303);
});

test('a folder of 51 documents has two pages; page numbers outside are 404', async () => {
  const c = owner.client;
  const f = await newFolder(c, '/docs', `Viele ${tag('p')}`);
  const r = await upload(c, '/docs', [{ filename: 'v.pdf', data: makePdf('viele') }], { title: 'Dokument 00' }, { folder: f });
  const [[ver]] = sql(`SELECT current_version_id FROM documents WHERE id = ${docIdOf(r.location)}`);
  const rows = Array.from({ length: 50 }, (_, i) => `(NULL, ${f}, 'Dokument ${String(i + 1).padStart(2, '0')}', ${owner.id}, NOW(), NOW(), ${ver}, 1)`);
  sql(`INSERT INTO documents (group_id, folder_id, title, created_by, created_at, updated_at, current_version_id, version_count) VALUES ${rows.join(', ')}`);
  let p = await member.client.get(`/docs/f/${f}`);
  assert.match(mainText(p.text), /Dokumente \(51\)/);
  assert.equal((p.text.match(/href="\/docs\/d\/\d+"/g) || []).length, 50);
  assert.match(p.text, new RegExp(`href="/docs/f/${f}\\?page=2"`));
  p = await member.client.get(`/docs/f/${f}?page=2`);
  assert.equal(p.status, 200);
  assert.match(p.text, /Dokument 50</);
  for (const bad of ['3', '0', '01', 'x']) assert.equal((await member.client.get(`/docs/f/${f}?page=${bad}`)).status, 404, bad);
});

test('a folder over 2000 documents is not zipped: the page says so', async () => {
  const c = owner.client;
  const f = await newFolder(c, '/docs', `Riesig ${tag('r')}`);
  const r = await upload(c, '/docs', [{ filename: 'r.pdf', data: makePdf('riesig') }], {}, { folder: f });
  const [[ver]] = sql(`SELECT current_version_id FROM documents WHERE id = ${docIdOf(r.location)}`);
  const rows = Array.from({ length: 2000 }, (_, i) => `(NULL, ${f}, 'R ${i}', ${owner.id}, NOW(), NOW(), ${ver}, 1)`);
  sql(`INSERT INTO documents (group_id, folder_id, title, created_by, created_at, updated_at, current_version_id, version_count) VALUES ${rows.join(', ')}`);
  const z = await member.client.get(`/docs/f/${f}/zip`);
  assert.equal(z.status, 303);
  assert.equal(z.location, `/docs/f/${f}`);
  assert.match(mainText((await member.client.get(z.location)).text), /zu groß für ein ZIP-Archiv/);
  // The bin does not count: with 1999 of them deleted the ZIP is made.
  sql(`UPDATE documents SET deleted_at = NOW() WHERE folder_id = ${f} AND title LIKE 'R %' AND title <> 'R 0'`);
  const ok = await member.client.get(`/docs/f/${f}/zip`);
  assert.equal(ok.status, 200);
  assert.equal(ok.headers.get('content-type'), 'application/zip');
});

test('search in every library the user may read: the network\'s and their groups\', never another private or closed group\'s', async () => {
  const t = tag('q');
  const open = createGroup({ visibility: 'open', members: [{ id: owner.id, role: 'owner' }] });
  const closed = createGroup({ visibility: 'closed', members: [{ id: owner.id, role: 'owner' }, { id: member.id }] });
  const priv = createGroup({ visibility: 'private', name: `Geheimgruppe ${t}`, members: [{ id: owner.id, role: 'owner' }] });
  await upload(owner.client, '/docs', [{ filename: 'n.pdf', data: makePdf('n') }], { title: `Netz ${t}` });
  await upload(owner.client, `/g/${open.slug}/docs`, [{ filename: 'o.pdf', data: makePdf('o') }], { title: `Offen ${t}` });
  await upload(owner.client, `/g/${closed.slug}/docs`, [{ filename: 'c.pdf', data: makePdf('c') }], { title: `Geschlossen ${t}` });
  await upload(owner.client, `/g/${priv.slug}/docs`, [{ filename: 'p.pdf', data: makePdf('p') }], { title: `Privat ${t}` });
  const found = async (client, base = '/docs') => {
    const r = await client.get(`${base}/search?q=${t}&all=1`);
    assert.equal(r.status, 200);
    return [...r.text.matchAll(/href="([^"]+)\/d\/\d+">([^<]+)</g)].map((m) => `${m[1]} ${m[2]}`).sort();
  };
  assert.deepEqual(await found(member.client), [`/docs Netz ${t}`, `/g/${closed.slug}/docs Geschlossen ${t}`, `/g/${open.slug}/docs Offen ${t}`].sort());
  assert.deepEqual(await found(outsider.client), [`/docs Netz ${t}`, `/g/${open.slug}/docs Offen ${t}`].sort());
  assert.equal((await found(owner.client, `/g/${open.slug}/docs`)).length, 4, 'from a group\'s library too');
  const r = await outsider.client.get(`/docs/search?q=${t}&all=1`);
  assert.doesNotMatch(r.text, /Geheimgruppe|Privat /);
  assert.match(mainText(r.text), new RegExp(`Offen ${t}\\s*in Gruppe`));
  // Without all=1 only the library itself; all must be 1.
  assert.deepEqual(await (async () => {
    const x = await member.client.get(`/docs/search?q=${t}`);
    return [...x.text.matchAll(/href="([^"]+)\/d\/\d+">/g)].map((m) => m[1]);
  })(), ['/docs']);
  assert.equal((await member.client.get(`/docs/search?q=${t}&all=2`)).status, 400);
});
