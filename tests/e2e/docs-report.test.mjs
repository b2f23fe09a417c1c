// Reporting a document (issues 6 and 8): a reader of a library tells its
// moderators what is wrong with a document, with a reason of 5 to 1000
// characters; never their own document, never one in the bin, never in an
// archived group; one open report per member and document (the second is
// a friendly word); CSRF. A group library's reports go to the group's
// owners and moderators ({base}/reports, resolve); the network library's
// to the admin queue, which hides (to the bin), restores (out of it),
// dismisses and warns the uploader, as it does for forum posts.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, demoClient, inviteUser, mainText, show, waitForMail } from './lib.mjs';
import { createGroup, sql, tag, userId } from './forum-lib.mjs';
import { adminClient, auditOf } from './admin-lib.mjs';
import { docIdOf, makePdf, upload } from './docs-lib.mjs';

let uploader, uploaderId, reader, readerId;

before(async () => {
  uploader = await inviteUser({ name: `Hochladende ${tag('u')}` });
  uploaderId = userId(uploader.email);
  reader = { client: await demoClient(DEMO.member1), id: userId(DEMO.member1) };
  readerId = reader.id;
});

/** POST fields with a token of the client's session. */
async function send(c, path, fields = {}) {
  return c.post(path, { csrf: await c.csrf('/account'), ...fields });
}

/** A new document in a library (base), uploaded by the client. */
async function newDoc(c, base, title = `Bericht ${tag('d')}`, description = 'Ein **wichtiger** Bericht.') {
  const r = await upload(c, base, [{ filename: 'Bericht.pdf', type: 'application/pdf', data: makePdf(title) }], { title, description });
  assert.equal(r.status, 303, show(r));
  return { id: docIdOf(r.location), title };
}

const reportsOf = (doc) =>
  sql(`SELECT kind, content_id, group_id, reporter_id, reason, resolved_at IS NULL FROM reports WHERE kind = 'document' AND content_id = ${doc} ORDER BY id`);
const openReports = (doc) => Number(sql(`SELECT COUNT(*) FROM reports WHERE kind = 'document' AND content_id = ${doc} AND resolved_at IS NULL`)[0][0]);

/** The admin queue's page (oldest first, 30 a page) where report rid is,
 * however many open reports other tests left before it. */
function queuePage(c, rid) {
  const pos = Number(sql(`SELECT COUNT(*) FROM reports WHERE resolved_at IS NULL AND group_id IS NULL AND id <= ${rid}`)[0][0]);
  return c.get(`/admin/reports?page=${Math.max(1, Math.ceil(pos / 30))}`);
}

function fieldError(html, name) {
  const m = new RegExp(`<p class="field-error" id="e-${name}">([\\s\\S]*?)</p>`).exec(html);
  return m ? m[1].replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() : null;
}

test('report: a reader sends a reason from the document page; bad reasons get a message and store nothing; the second report is a friendly word', async () => {
  const d = await newDoc(uploader.client, '/docs');
  const path = `/docs/d/${d.id}/report`;
  // The link on the document page: for readers, not for the uploader.
  let r = await reader.client.get(`/docs/d/${d.id}`);
  assert.equal(r.status, 200);
  assert.ok(r.text.includes(`href="${path}"`), 'a reader sees "Melden"');
  r = await uploader.client.get(`/docs/d/${d.id}`);
  assert.ok(!r.text.includes(`href="${path}"`), 'the uploader does not');
  r = await reader.client.get(path);
  assert.equal(r.status, 200, show(r));
  assert.ok(mainText(r.text).includes(d.title), 'the document is named');
  assert.match(r.text, /<textarea[^>]*name="reason"/);
  for (const [value, message] of [
    ['', 'Bitte füllen'],
    ['abcd', 'mindestens 5 Zeichen'],
    ['  ab \n ', 'mindestens 5 Zeichen'],
    ['r'.repeat(1001), 'höchstens 1000 Zeichen'],
  ]) {
    r = await send(reader.client, path, { reason: value });
    assert.equal(r.status, 422, `${JSON.stringify(value.slice(0, 8))}: ${show(r)}`);
    const err = fieldError(r.text, 'reason');
    assert.ok(err && err.includes(message), `"${message}" at the field, got "${err}"`);
    assert.ok(r.text.includes('href="#f-reason"'), 'the summary links to the field');
  }
  // More than the declared field size is refused outright.
  r = await send(reader.client, path, { reason: 'x'.repeat(9000) });
  assert.equal(r.status, 400);
  assert.deepEqual(reportsOf(d.id), []);
  // Without a token, or with another session's: refused, nothing stored.
  r = await reader.client.post(path, { reason: 'Ohne Token gemeldet.' });
  assert.equal(r.status, 403, show(r));
  r = await reader.client.post(path, { csrf: await uploader.client.csrf('/account'), reason: 'Fremdes Token.' });
  assert.equal(r.status, 403, show(r));
  assert.deepEqual(reportsOf(d.id), []);

  r = await send(reader.client, path, { reason: '  Enthält persönliche Daten Dritter.  ' });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `/docs/d/${d.id}`);
  assert.deepEqual(reportsOf(d.id), [['document', String(d.id), null, String(readerId), 'Enthält persönliche Daten Dritter.', '1']]);
  r = await reader.client.get(r.location);
  assert.ok(mainText(r.text).includes('Vielen Dank für Ihre Meldung'), 'the flash');
  // Twice: a friendly word, no form, still one report.
  r = await send(reader.client, path, { reason: 'Noch einmal gemeldet.' });
  assert.equal(r.status, 200, show(r));
  assert.ok(mainText(r.text).includes('schon gemeldet'));
  assert.ok(!r.text.includes('name="reason"'));
  r = await reader.client.get(path);
  assert.ok(mainText(r.text).includes('schon gemeldet'));
  assert.equal(reportsOf(d.id).length, 1);
  // English.
  r = await reader.client.get(path, { headers: { 'accept-language': 'en' } });
  assert.equal(r.status, 200);
  // Leave the network's queue as it was for the other tests.
  sql(`UPDATE reports SET resolved_at = NOW() WHERE kind = 'document' AND content_id = ${d.id}`);
});

test('report: refused on one\'s own document (403), a document in the bin or unknown (404), in an archived group (403)', async () => {
  const d = await newDoc(uploader.client, '/docs');
  let r = await uploader.client.get(`/docs/d/${d.id}/report`);
  assert.equal(r.status, 403, show(r));
  r = await send(uploader.client, `/docs/d/${d.id}/report`, { reason: 'Mein eigenes Dokument.' });
  assert.equal(r.status, 403, show(r));
  r = await send(uploader.client, `/docs/d/${d.id}/delete`);
  assert.equal(r.status, 303, show(r));
  r = await send(reader.client, `/docs/d/${d.id}/report`, { reason: 'Liegt im Papierkorb.' });
  assert.equal(r.status, 404, show(r));
  assert.equal((await reader.client.get(`/docs/d/${d.id}/report`)).status, 404);
  assert.equal((await reader.client.get('/docs/d/999999999/report')).status, 404);
  assert.deepEqual(reportsOf(d.id), []);

  const arch = createGroup({ visibility: 'open', archived: true, members: [{ id: uploaderId, role: 'owner' }, { id: readerId }] });
  const [[aDoc]] = sql(`INSERT INTO documents (group_id, title, created_by, created_at, updated_at) VALUES (${arch.id}, 'Archiviert', ${uploaderId}, NOW(), NOW());
    SELECT LAST_INSERT_ID();`).slice(-1);
  const base = `/g/${arch.slug}/docs`;
  assert.equal((await reader.client.get(`${base}/d/${aDoc}`)).status, 200, 'readable');
  assert.ok(!(await reader.client.get(`${base}/d/${aDoc}`)).text.includes('/report"'), 'no link in an archived group');
  r = await send(reader.client, `${base}/d/${aDoc}/report`, { reason: 'Archivierte Gruppe.' });
  assert.equal(r.status, 403, show(r));
  assert.deepEqual(reportsOf(aDoc), []);
});

test('group library: outsiders of a private group get 404; a member\'s report goes to the group\'s moderators, who resolve it; not to the admin queue', async () => {
  const mod = await inviteUser({ name: `Gruppenmoderation ${tag('m')}` });
  const modId = userId(mod.email);
  const g = createGroup({
    visibility: 'private',
    members: [{ id: uploaderId, role: 'member' }, { id: readerId, role: 'member' }, { id: modId, role: 'moderator' }],
  });
  const base = `/g/${g.slug}/docs`;
  const d = await newDoc(uploader.client, base, `Gruppenbericht ${tag('d')}`);
  const outsider = await demoClient(DEMO.member2);
  let r = await outsider.get(`${base}/d/${d.id}/report`);
  assert.equal(r.status, 404);
  assert.ok(!r.text.includes(d.title));
  r = await send(outsider, `${base}/d/${d.id}/report`, { reason: 'Von außerhalb gemeldet.' });
  assert.equal(r.status, 404);
  assert.equal((await outsider.get(`${base}/reports`)).status, 404);
  assert.deepEqual(reportsOf(d.id), []);

  r = await send(reader.client, `${base}/d/${d.id}/report`, { reason: 'Falsche Telefonnummern <b>im</b> Dokument.' });
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `${base}/d/${d.id}`);
  assert.deepEqual(reportsOf(d.id), [['document', String(d.id), String(g.id), String(readerId), 'Falsche Telefonnummern <b>im</b> Dokument.', '1']]);
  const [[rid]] = sql(`SELECT id FROM reports WHERE kind = 'document' AND content_id = ${d.id}`);

  // Members may not see the list; the group's moderator does, linked from
  // the library.
  assert.ok(!(await reader.client.get(base)).text.includes(`href="${base}/reports"`));
  assert.ok((await mod.client.get(base)).text.includes(`href="${base}/reports"`));
  assert.equal((await reader.client.get(`${base}/reports`)).status, 403);
  r = await send(reader.client, `${base}/reports/${rid}/resolve`);
  assert.equal(r.status, 403);
  r = await mod.client.get(`${base}/reports`);
  assert.equal(r.status, 200, show(r));
  assert.match(r.text, new RegExp(`id="report-${rid}"`));
  const text = mainText(r.text);
  assert.ok(text.includes(d.title) && text.includes(uploader.name), text.slice(0, 400));
  assert.ok(r.text.includes('Falsche Telefonnummern &lt;b&gt;im&lt;/b&gt; Dokument.'), 'the reason, escaped');
  assert.ok(r.text.includes(`href="${base}/d/${d.id}"`));
  // A report of another library is not there.
  const other = createGroup({ visibility: 'open', members: [{ id: modId, role: 'owner' }] });
  r = await send(mod.client, `/g/${other.slug}/docs/reports/${rid}/resolve`);
  assert.equal(r.status, 404);
  // Not in the admin queue, and the queue cannot decide it.
  const admin = await adminClient({ name: `Verwaltung ${tag('a')}` });
  r = await queuePage(admin.client, rid);
  assert.ok(!r.text.includes(`id="report-${rid}"`));
  r = await admin.client.submit('/admin/reports', `/admin/reports/${rid}`, { decision: 'hide', note: 'Von der Verwaltung' });
  assert.equal(r.status, 303);
  assert.equal(openReports(d.id), 1);
  assert.equal(sql(`SELECT deleted_at IS NULL FROM documents WHERE id = ${d.id}`)[0][0], '1');

  r = await send(mod.client, `${base}/reports/${rid}/resolve`);
  assert.equal(r.status, 303, show(r));
  assert.equal(r.location, `${base}/reports`);
  assert.deepEqual(sql(`SELECT resolved_by, resolved_at IS NOT NULL FROM reports WHERE id = ${rid}`)[0], [String(modId), '1']);
  const a = auditOf('doc.report.resolve')[0];
  assert.equal(a.actor, modId);
  assert.equal(a.target, Number(rid));
  r = await mod.client.get(`${base}/reports`);
  assert.ok(!r.text.includes(`id="report-${rid}"`));
  assert.ok(mainText(r.text).includes('keine offenen Meldungen'));
  // Resolved, the member may report again.
  r = await send(reader.client, `${base}/d/${d.id}/report`, { reason: 'Immer noch falsch.' });
  assert.equal(r.status, 303);
  // The moderator puts it in the bin: the uploader cannot take it out
  // again (their own deletions they can).
  r = await send(mod.client, `${base}/d/${d.id}/delete`);
  assert.equal(r.status, 303, show(r));
  assert.ok(!mainText((await uploader.client.get(`${base}/bin`)).text).includes(d.title));
  r = await send(uploader.client, `${base}/d/${d.id}/undelete`);
  assert.equal(r.status, 403, show(r));
  assert.ok(mainText((await mod.client.get(`${base}/bin`)).text).includes(d.title));
  const own = await newDoc(uploader.client, base, `Eigenes ${tag('d')}`);
  assert.equal((await send(uploader.client, `${base}/d/${own.id}/delete`)).status, 303);
  assert.ok(mainText((await uploader.client.get(`${base}/bin`)).text).includes(own.title));
  assert.equal((await send(uploader.client, `${base}/d/${own.id}/undelete`)).status, 303);
  assert.equal(sql(`SELECT deleted_at IS NULL FROM documents WHERE id = ${own.id}`)[0][0], '1');
});

test('admin queue: a document report — hide moves it to the bin, restore takes it out, warn mails the uploader, dismiss changes nothing; each settles the reports and is audited', async () => {
  const moderator = await adminClient({ role: 'moderator', name: `Mo ${tag('m')}` });
  const admin = await adminClient({ name: `Ad ${tag('a')}` });
  const d = await newDoc(uploader.client, '/docs', `Gemeldetes Dokument ${tag('d')}`, 'Eine *fragwürdige* Beschreibung.');
  const path = `/docs/d/${d.id}/report`;
  let r = await send(reader.client, path, { reason: 'Werbung für eine Firma.' });
  assert.equal(r.status, 303, show(r));
  const second = await demoClient(DEMO.member2);
  r = await send(second, path, { reason: 'Auch von mir gemeldet.' });
  assert.equal(r.status, 303, show(r));
  const [[rid]] = sql(`SELECT MIN(id) FROM reports WHERE kind = 'document' AND content_id = ${d.id}`);

  r = await queuePage(moderator.client, rid);
  assert.equal(r.status, 200);
  assert.match(r.text, new RegExp(`id="report-${rid}"`));
  const item = new RegExp(`<li id="report-${rid}">([\\s\\S]*?)</li>\\s*(<li|</ol>)`).exec(r.text)[1];
  const text = mainText(item);
  for (const want of ['Dokument', uploader.name, d.title, 'Eine fragwürdige Beschreibung.', 'Werbung für eine Firma.'])
    assert.ok(text.includes(want), `the queue shows ${want}: ${text.slice(0, 300)}`);
  assert.ok(item.includes(`href="/docs/d/${d.id}"`));
  assert.ok(item.includes('value="hide"') && item.includes('value="warn"') && !item.includes('value="restore"'));

  // A member, and a group's moderator, posting decisions directly: 404, nothing changes.
  const gm = await inviteUser({ name: `Gruppenmod ${tag('g')}` });
  createGroup({ visibility: 'open', members: [{ id: userId(gm.email), role: 'moderator' }] });
  for (const c of [reader.client, gm.client]) {
    assert.equal((await c.get('/admin/reports')).status, 404);
    r = await send(c, `/admin/reports/${rid}`, { decision: 'hide', note: 'Unbefugt' });
    assert.equal(r.status, 404, show(r));
  }
  assert.equal(openReports(d.id), 2);
  assert.equal(sql(`SELECT deleted_at IS NULL FROM documents WHERE id = ${d.id}`)[0][0], '1');

  // Hide needs a note; then the document goes to the bin.
  r = await moderator.client.submit('/admin/reports', `/admin/reports/${rid}`, { decision: 'hide', note: '' });
  assert.equal(r.status, 303);
  assert.equal(sql(`SELECT deleted_at IS NULL FROM documents WHERE id = ${d.id}`)[0][0], '1');
  r = await moderator.client.submit('/admin/reports', `/admin/reports/${rid}`, { decision: 'hide', note: 'Werbung' });
  assert.equal(r.status, 303, show(r));
  assert.deepEqual(sql(`SELECT deleted_at IS NOT NULL, deleted_by FROM documents WHERE id = ${d.id}`)[0], ['1', String(moderator.id)]);
  assert.equal(openReports(d.id), 0, 'both reports settled');
  let e = auditOf('report.hide')[0];
  assert.deepEqual([e.actor, e.target, e.detail], [moderator.id, d.id, 'document: Werbung']);
  assert.equal((await reader.client.get(`/docs/d/${d.id}`)).status, 404, 'readers no longer find it');
  // The decision stands: the uploader can neither see it in the bin nor
  // take it out; the network's moderators find it there.
  r = await uploader.client.get('/docs/bin');
  assert.ok(!mainText(r.text).includes(d.title), 'not in the uploader\'s bin');
  r = await send(uploader.client, `/docs/d/${d.id}/undelete`);
  assert.equal(r.status, 403, show(r));
  assert.equal(sql(`SELECT deleted_at IS NOT NULL FROM documents WHERE id = ${d.id}`)[0][0], '1');
  r = await moderator.client.get('/docs/bin');
  assert.ok(mainText(r.text).includes(d.title), 'in the moderators\' bin');

  // A report open while it is in the bin: restore takes it out.
  sql(`INSERT INTO reports (kind, content_id, reporter_id, reason, created_at) VALUES ('document', ${d.id}, ${uploaderId}, 'Bitte noch einmal prüfen.', NOW())`);
  const [[rid2]] = sql(`SELECT MAX(id) FROM reports WHERE kind = 'document' AND content_id = ${d.id}`);
  r = await queuePage(admin.client, rid2);
  const item2 = new RegExp(`<li id="report-${rid2}">([\\s\\S]*?)</li>`).exec(r.text)[1];
  assert.ok(mainText(item2).includes('im Papierkorb') && item2.includes('value="restore"') && !item2.includes('value="hide"'));
  r = await admin.client.submit('/admin/reports', `/admin/reports/${rid2}`, { decision: 'restore', note: 'Doch in Ordnung' });
  assert.equal(r.status, 303);
  assert.deepEqual(sql(`SELECT deleted_at IS NULL, deleted_by IS NULL FROM documents WHERE id = ${d.id}`)[0], ['1', '1']);
  e = auditOf('report.restore')[0];
  assert.deepEqual([e.actor, e.target], [admin.id, d.id]);
  assert.equal((await reader.client.get(`/docs/d/${d.id}`)).status, 200);

  // Warn: a mail to the uploader with the moderator's words.
  r = await send(reader.client, path, { reason: 'Wieder Werbung.' });
  assert.equal(r.status, 303);
  const [[rid3]] = sql(`SELECT MAX(id) FROM reports WHERE kind = 'document' AND content_id = ${d.id}`);
  r = await moderator.client.submit('/admin/reports', `/admin/reports/${rid3}`, { decision: 'warn', note: 'Bitte keine Werbung hochladen.' });
  assert.equal(r.status, 303);
  const mail = await waitForMail(uploader.email, { filter: (m) => m.body.includes('Bitte keine Werbung hochladen.') });
  assert.ok(mail.body.includes('Bitte keine Werbung hochladen.'));
  assert.equal(openReports(d.id), 0);
  assert.equal(auditOf('report.warn')[0].target, d.id);

  // Dismiss: settled, the document stays.
  r = await send(reader.client, path, { reason: 'Ein letztes Mal.' });
  assert.equal(r.status, 303);
  const [[rid4]] = sql(`SELECT MAX(id) FROM reports WHERE kind = 'document' AND content_id = ${d.id}`);
  r = await moderator.client.submit('/admin/reports', `/admin/reports/${rid4}`, { decision: 'dismiss', note: '' });
  assert.equal(r.status, 303);
  assert.equal(openReports(d.id), 0);
  assert.equal(sql(`SELECT deleted_at IS NULL FROM documents WHERE id = ${d.id}`)[0][0], '1');
  e = auditOf('report.dismiss')[0];
  assert.deepEqual([e.actor, e.target, e.detail], [moderator.id, d.id, 'document: ']);
  // A restore of a document not in the bin is not possible: nothing changes.
  sql(`INSERT INTO reports (kind, content_id, reporter_id, reason, created_at) VALUES ('document', ${d.id}, ${readerId}, 'Noch eine.', NOW())`);
  const [[rid5]] = sql(`SELECT MAX(id) FROM reports WHERE kind = 'document' AND content_id = ${d.id}`);
  r = await moderator.client.submit('/admin/reports', `/admin/reports/${rid5}`, { decision: 'restore', note: 'x' });
  assert.equal(r.status, 303);
  assert.equal(openReports(d.id), 1);
  sql(`UPDATE reports SET resolved_at = NOW() WHERE kind = 'document' AND content_id = ${d.id}`);
});
