// Stored files that no row names any more (a replaced or removed photo)
// are deleted by kp-mailer's housekeeping after a day; files in use, and
// young ones, stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG, KPCTL, STACK, inviteUser } from './lib.mjs';
import { makePng, multipart, ownId, postProfile } from './people-lib.mjs';
import { onceToken } from './forum-lib.mjs';

const MAILER = join(dirname(KPCTL), 'kp-mailer');
const stored = (sha) => join(STACK, 'data', 'files', sha.slice(0, 2), sha.slice(2, 4), sha);
const twoDaysAgo = () => (Date.now() - 2 * 86400 * 1000) / 1000;

function sweep() {
  const r = spawnSync(MAILER, ['--config', CONFIG, '--once'], { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  return r.stderr;
}

test('a removed photo leaves the store after a day; a used one stays, also a group picture', async () => {
  const u = await inviteUser({ name: 'Fege Test' });
  // A group with a picture: it stays as long as the group names it.
  const slug = `fege-${Date.now().toString(36)}`;
  const form = multipart([
    ['csrf', await u.client.csrf('/groups/new')],
    ['once', onceToken()],
    ['name', 'Fegegruppe'],
    ['slug', slug],
    ['visibility', 'open'],
    { name: 'picture', filename: 'g.png', type: 'image/png', data: makePng(401 + Math.floor(Math.random() * 300), 19) },
  ]);
  assert.equal((await u.client.request('POST', '/groups/new', form)).status, 303);
  const id = await ownId(u.client);
  // Two photos no other test stores (the store keeps one copy per content).
  const w1 = 101 + Math.floor(Math.random() * 300);
  const w2 = w1 + 1;
  assert.equal((await postProfile(u.client, id, { photo: { filename: 'a.png', type: 'image/png', data: makePng(w1, 21) } })).status, 303);
  const before = new Set(listStore());
  assert.equal((await postProfile(u.client, id, { photo: { filename: 'b.png', type: 'image/png', data: makePng(w2, 23) } })).status, 303);
  const added = listStore().filter((f) => !before.has(f));
  assert.equal(added.length, 2, 'the second photo and its thumbnail were stored');
  // Everything in the store is made two days old: only what rows name stays.
  for (const f of listStore()) utimesSync(stored(f), twoDaysAgo(), twoDaysAgo());
  const log = sweep();
  for (const f of added) assert.ok(existsSync(stored(f)), `the photo in use stays: ${f}`);
  const gone = [...before].filter((f) => !existsSync(stored(f)));
  assert.ok(gone.length >= 2, `the replaced photo and thumbnail are gone (log: ${log})`);
  // Removing the photo: after a day its files go too; the avatar is back.
  const now = Date.now() / 1000;
  for (const f of added) utimesSync(stored(f), now, now);
  assert.equal((await postProfile(u.client, id, { remove_photo: '1' })).status, 303);
  sweep();
  for (const f of added) assert.ok(existsSync(stored(f)), 'young files are spared');
  for (const f of added) utimesSync(stored(f), twoDaysAgo(), twoDaysAgo());
  sweep();
  for (const f of added) assert.ok(!existsSync(stored(f)), `removed photo swept: ${f}`);
  assert.match((await u.client.get(`/people/${id}/photo`)).headers.get('content-type'), /svg/);
  const picture = await u.client.get(`/g/${slug}/picture`);
  assert.equal(picture.status, 200, 'the group picture outlived every sweep');
  assert.match(picture.headers.get('content-type'), /image\/(png|jpeg|webp)/);
});

function listStore() {
  const root = join(STACK, 'data', 'files');
  const out = [];
  for (const a of readdirSync(root).filter((n) => n.length === 2))
    for (const b of readdirSync(join(root, a)).filter((n) => n.length === 2))
      for (const f of readdirSync(join(root, a, b)).filter((n) => n.length === 64)) out.push(f);
  return out;
}

test('a document keeps its files through every sweep, an old version too; 30 days in the bin, they go', async () => {
  const { makePdf, upload, uploadVersion, docIdOf } = await import('./docs-lib.mjs');
  const { sql } = await import('./forum-lib.mjs');
  const u = await inviteUser({ name: 'Fege Dokument' });
  const v1 = makePdf(`Fege Version eins ${Date.now()}`);
  const v2 = makePdf(`Fege Version zwei ${Date.now()}`);
  const r = await upload(u.client, '/docs', [{ filename: 'fege.pdf', data: v1 }]);
  assert.equal(r.status, 303);
  const id = docIdOf(r.location);
  assert.equal((await uploadVersion(u.client, '/docs', id, { filename: 'fege.pdf', data: v2 })).status, 303);
  const files = sql(`SELECT sha256 FROM document_versions WHERE document_id = ${id} ORDER BY number`).map((x) => x[0]);
  assert.equal(files.length, 2);
  for (const f of files) utimesSync(stored(f), twoDaysAgo(), twoDaysAgo());
  sweep();
  for (const f of files) assert.ok(existsSync(stored(f)), `a version's file stays: ${f}`);
  // In the bin for 30 days: the row goes, then the files with the next sweep.
  assert.equal((await u.client.post(`/docs/d/${id}/delete`, { csrf: await u.client.csrf('/docs') })).status, 303);
  sweep();
  for (const f of files) assert.ok(existsSync(stored(f)), 'restorable: the files stay');
  sql(`UPDATE documents SET deleted_at = NOW() - INTERVAL 31 DAY WHERE id = ${id}`);
  sweep();
  assert.equal(sql(`SELECT COUNT(*) FROM documents WHERE id = ${id}`)[0][0], '0');
  for (const f of files) assert.ok(!existsSync(stored(f)), `swept: ${f}`);
});
