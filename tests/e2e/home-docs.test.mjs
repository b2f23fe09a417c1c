// Documents in the home program and kp-mailer: 'doc_new' (a new document
// in one of my groups, written by the documents program when a member
// uploads) listed, counted, opened to the document, in the daily digest
// (the default for documents) or at once — only while the document is
// there (not in the bin) and the member may read its library. The
// dashboard's "new documents" and the search over documents (title,
// description, tags), each only what the member may read. Documents are
// uploaded through the documents program's own form.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, DEMO, csrfFrom, demoClient, inviteUsers, mainText, show, waitForMail } from './lib.mjs';
import { createGroup, sql, userId } from './forum-lib.mjs';
import { docIdOf, makePdf, upload } from './docs-lib.mjs';
import { at, handled, mailer, noteIds, num, parts, queued, unreadBadge } from './home-lib.mjs';

let owner, ben, cleo, admin;
before(async () => {
  [owner, ben, cleo] = await inviteUsers(3, { name: 'Dokumentfreund' });
  for (const p of [owner, ben, cleo]) p.id = userId(p.email);
  admin = await demoClient(DEMO.admin);
});

/** A section of the dashboard by its heading's id. */
function section(html, id) {
  const m = new RegExp(`<section class="panel" aria-labelledby="${id}">[\\s\\S]*?</section>`).exec(html);
  return m ? m[0] : '';
}

/** One document uploaded through the form into the library at base
 * ("/docs" or "/g/SLUG/docs"): its id. */
async function addDoc(client, base, fields) {
  const r = await upload(client, base, [{ filename: 'datei.pdf', data: makePdf(fields.title || 'x'), type: 'application/pdf' }], fields);
  assert.equal(r.status, 303, show(r));
  const id = docIdOf(r.location);
  assert.ok(id, `a document: ${r.location}`);
  return id;
}

/** Moves a document to the bin through the document page's form. */
async function toBin(client, base, id) {
  const page = await client.get(`${base}/d/${id}`);
  const r = await client.post(`${base}/d/${id}/delete`, { csrf: csrfFrom(page.text) });
  assert.equal(r.status, 303, show(r));
  assert.ok(sql(`SELECT deleted_at FROM documents WHERE id = ${id}`)[0][0]);
}

const noteOf = (uid, doc) => num(`SELECT MAX(id) FROM notifications WHERE user_id = ${uid} AND document_id = ${doc} AND kind = 'doc_new'`);

test('a new document in my group: listed, counted, opened to the document; gone when in the bin or the group left', async () => {
  const g = createGroup({ visibility: 'private', name: 'Aktenrunde', members: [{ id: owner.id, role: 'owner' }, { id: ben.id }] });
  const base = `/g/${g.slug}/docs`;
  const before1 = Number(unreadBadge((await ben.client.get('/notifications')).text));
  const doc = await addDoc(owner.client, base, { title: 'Protokoll <Mai>' });
  const id = noteOf(ben.id, doc);
  assert.ok(id > 0, 'the documents program wrote the row');
  let list = await ben.client.get('/notifications');
  assert.ok(noteIds(list.text).includes(id));
  assert.equal(Number(unreadBadge(list.text)), before1 + 1);
  assert.ok(mainText(list.text).includes('Neues Dokument in Ihrer Gruppe'));
  assert.ok(list.text.includes('Protokoll &lt;Mai&gt;'));
  assert.ok(mainText(list.text).includes('Aktenrunde'));
  const open = await ben.client.get(`/notifications/${id}`);
  assert.equal(open.status, 303);
  assert.equal(open.location, `${base}/d/${doc}`);
  assert.equal((await ben.client.get(open.location)).status, 200, 'the document page');

  // In the bin: gone from page, count and link.
  const doc2 = await addDoc(owner.client, base, { title: 'Entwurf zum Löschen' });
  const id2 = noteOf(ben.id, doc2);
  list = await ben.client.get('/notifications');
  const count = Number(unreadBadge(list.text));
  await toBin(owner.client, base, doc2);
  list = await ben.client.get('/notifications');
  assert.ok(!noteIds(list.text).includes(id2));
  assert.equal(Number(unreadBadge(list.text)), count - 1);
  assert.equal((await ben.client.get(`/notifications/${id2}`)).status, 404);

  // Left the group: none of its documents.
  sql(`DELETE FROM group_members WHERE group_id = ${g.id} AND user_id = ${ben.id}`);
  list = await ben.client.get('/notifications');
  assert.ok(!noteIds(list.text).includes(id));
  assert.doesNotMatch(list.text, /Protokoll|Aktenrunde/);
  assert.equal((await ben.client.get(`/notifications/${id}`)).status, 404);
  // Invited again: the group known, its documents not.
  sql(`INSERT INTO group_members (group_id, user_id, role, state, created_at) VALUES (${g.id}, ${ben.id}, 'member', 'invited', NOW())`);
  assert.equal((await ben.client.get(`/notifications/${id}`)).status, 404);
  sql(`DELETE FROM group_members WHERE group_id = ${g.id} AND user_id = ${ben.id}`);
});

test('mail: the daily digest by default, under the group, nothing in the bin or of a group left; at once when chosen', async () => {
  const [dora, emil] = await inviteUsers(2, { name: 'Aktenleser' });
  dora.id = userId(dora.email);
  emil.id = userId(emil.email);
  sql(`INSERT INTO notification_prefs (user_id, type, delivery, updated_at) VALUES (${emil.id}, 'documents', 'instant', NOW())`);
  const g = createGroup({ visibility: 'closed', name: 'Bibliotheksrunde', members: [{ id: owner.id, role: 'owner' }, { id: dora.id }, { id: emil.id }] });
  const left = createGroup({ visibility: 'private', name: 'Verlassene Bibliothek', members: [{ id: owner.id, role: 'owner' }, { id: dora.id }] });
  const kept = await addDoc(owner.client, `/g/${g.slug}/docs`, { title: 'Leitfaden Ankommen' });
  const binned = await addDoc(owner.client, `/g/${g.slug}/docs`, { title: 'Alter Entwurf' });
  await addDoc(owner.client, `/g/${left.slug}/docs`, { title: 'Geheimer Vermerk' });

  // emil chose "at once".
  const mail1 = await waitForMail(emil.email, { filter: (m) => m.subject.includes('Leitfaden Ankommen') });
  assert.equal(mail1.subject, 'Neues Dokument in Ihrer Gruppe: Leitfaden Ankommen');
  assert.ok(parts(mail1).text.includes(`${BASE}/notifications/${noteOf(emil.id, kept)}`));
  assert.match(mail1.headers['list-unsubscribe'], new RegExp(`/notifications/unsubscribe/${emil.id}/documents/`));

  // dora: nothing at once, three rows wait for the digest.
  await handled(dora.id);
  assert.equal(num(`SELECT COUNT(*) FROM notifications WHERE user_id = ${dora.id} AND digest = 'daily'`), 3);
  assert.equal(queued(dora.email), 0);
  await toBin(owner.client, `/g/${g.slug}/docs`, binned);
  sql(`DELETE FROM group_members WHERE group_id = ${left.id} AND user_id = ${dora.id}`);
  await mailer(at('2031-05-06T08:00:00Z'));
  assert.equal(queued(dora.email), 1);
  const mail = await waitForMail(dora.email, { filter: (m) => m.subject.includes('Zusammenfassung') });
  const { text, html } = parts(mail);
  assert.match(text, /== Bibliotheksrunde ==\n\n# Leitfaden Ankommen\n\nNeues Dokument in Ihrer Gruppe \(von Dokumentfreund 1\)/);
  assert.ok(text.includes(`${BASE}/notifications/${noteOf(dora.id, kept)}`));
  assert.doesNotMatch(text + html, /Alter Entwurf|Geheimer Vermerk|Verlassene Bibliothek/);
  assert.equal(num(`SELECT COUNT(*) FROM notifications WHERE user_id = ${dora.id} AND mailed_at IS NULL`), 0);
});

test('the dashboard: new documents of the libraries I read, not in the bin, nothing of a private group', async () => {
  const [eva] = await inviteUsers(1, { name: 'Aktenblick' });
  eva.id = userId(eva.email);
  const mine = createGroup({ visibility: 'private', name: 'Meine Akten', members: [{ id: owner.id, role: 'owner' }, { id: eva.id }] });
  const priv = createGroup({ visibility: 'private', name: 'Fremde Akten', members: [{ id: owner.id, role: 'owner' }] });
  const net = await addDoc(owner.client, '/docs', { title: 'Netzwerk-Handreichung' });
  const own = await addDoc(owner.client, `/g/${mine.slug}/docs`, { title: 'Gruppenplan' });
  await addDoc(owner.client, `/g/${priv.slug}/docs`, { title: 'Fremder Plan' });
  const gone = await addDoc(owner.client, '/docs', { title: 'Weggeworfenes Blatt' });
  await toBin(owner.client, '/docs', gone);

  let s = section((await eva.client.get('/')).text, 'docs-title');
  const items = [...s.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(items.slice(0, 2), [[`/g/${mine.slug}/docs/d/${own}`, 'Gruppenplan'], [`/docs/d/${net}`, 'Netzwerk-Handreichung']], 'newest first');
  assert.match(s, /Meine Akten · von Dokumentfreund 1/);
  assert.match(s, /Bibliothek des Netzwerks/);
  assert.match(s, /href="\/docs"/);
  assert.doesNotMatch(s, /Fremder Plan|Fremde Akten|Weggeworfenes Blatt/);

  // Left the group: its documents leave the dashboard too.
  sql(`DELETE FROM group_members WHERE group_id = ${mine.id} AND user_id = ${eva.id}`);
  s = section((await eva.client.get('/')).text, 'docs-title');
  assert.doesNotMatch(s, /Gruppenplan|Meine Akten/);
  assert.match(s, /Netzwerk-Handreichung/);
});

test('search: documents by title, description and tags; only what the member may read; the filters', async () => {
  const word = `Aktenzeichen${Date.now().toString(36).replace(/[0-9]/g, 'q')}`;
  const g = createGroup({ visibility: 'private', name: 'Suchakten', members: [{ id: owner.id, role: 'owner' }, { id: ben.id }, { id: cleo.id }] });
  const gbase = `/g/${g.slug}/docs`;
  const byTitle = await addDoc(owner.client, '/docs', { title: `${word} Übersicht` });
  const byDesc = await addDoc(owner.client, '/docs', { title: 'Merkblatt', description: `Alles zum **${word}** hier.` });
  const byTag = await addDoc(owner.client, '/docs', { title: 'Formular', tags: `${word}, Antrag` });
  const priv = await addDoc(owner.client, gbase, { title: `${word} der Gruppe` });
  const binned = await addDoc(owner.client, '/docs', { title: `${word} im Papierkorb` });
  await toBin(owner.client, '/docs', binned);
  const found = async (client, extra = '') => {
    const r = await client.get(`/search?q=${encodeURIComponent(word)}&kind=docs${extra}`);
    assert.equal(r.status, 200, show(r));
    return r.text;
  };

  let t = await found(ben.client);
  for (const d of [byTitle, byDesc, byTag]) assert.ok(t.includes(`href="/docs/d/${d}"`), `document ${d}`);
  assert.ok(t.includes(`href="${gbase}/d/${priv}"`));
  assert.ok(!t.includes(`/d/${binned}"`), 'not what is in the bin');
  assert.match(t, /<h3 id="kind-docs-title">Dokumente/);
  assert.match(t, new RegExp(`<mark>${word}</mark> Übersicht`));
  assert.match(t, new RegExp(`Alles zum <mark>${word}</mark> hier`), 'the description as text, highlighted');
  assert.match(t, new RegExp(`<mark>${word}</mark>, Antrag`), 'the tags when there is no description');
  assert.match(t, /Bibliothek des Netzwerks/);

  const all = await ben.client.get(`/search?q=${encodeURIComponent(word)}`);
  assert.match(all.text, /id="kind-docs"/);
  assert.ok(all.text.includes(`href="/docs/d/${byTitle}"`));

  // An outsider, a site admin, someone who left: never the private group's document.
  sql(`DELETE FROM group_members WHERE group_id = ${g.id} AND user_id = ${cleo.id}`);
  const [outsider] = await inviteUsers(1, { name: 'Aktenfremd' });
  for (const [who, client] of [['outsider', outsider.client], ['site admin', admin], ['left', cleo.client]]) {
    const text = await found(client);
    assert.ok(text.includes(`href="/docs/d/${byTitle}"`), `${who}: the network's document`);
    assert.doesNotMatch(text, new RegExp(`${g.slug}|Suchakten|der Gruppe`), `${who}: nothing of the private group`);
    const a = await client.get(`/search?q=${encodeURIComponent(word)}`);
    assert.doesNotMatch(a.text, new RegExp(`${g.slug}|Suchakten|im Papierkorb`), `${who}, all kinds`);
  }

  // The group filter; the period by the last change.
  t = await found(ben.client, `&group=${g.id}`);
  assert.ok(t.includes(`${gbase}/d/${priv}`));
  assert.ok(!t.includes(`href="/docs/d/${byTitle}"`));
  sql(`UPDATE documents SET updated_at = NOW() - INTERVAL 40 DAY WHERE id = ${byTitle}`);
  t = await found(ben.client, '&since=month');
  assert.ok(!t.includes(`href="/docs/d/${byTitle}"`));
  assert.ok(t.includes(`href="/docs/d/${byDesc}"`));
  t = await found(ben.client, '&since=year');
  assert.ok(t.includes(`href="/docs/d/${byTitle}"`));
});
