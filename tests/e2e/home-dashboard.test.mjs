// / (cgi/home/dashboard.c): signed out, the public introduction (with the
// plain-language part and the ways to the directory and the sign-in);
// signed in, the dashboard — unread notifications, invitations and
// requests waiting for me, my groups with what is new, the newest topics
// in watched categories — each only what the member may read.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Client, inviteUsers, mainText } from './lib.mjs';
import { addGroupMember, createCategory, createGroup, modInsertTopic, sql, userId } from './forum-lib.mjs';
import { noteIds, replyTo, startTopic, watchTopic } from './home-lib.mjs';

let ann, ben;
before(async () => {
  [ann, ben] = await inviteUsers(2, { name: 'Startseite' });
  for (const p of [ann, ben]) p.id = userId(p.email);
});

/** A section of the dashboard by its heading's id. */
function section(html, id) {
  const m = new RegExp(`<section class="panel" aria-labelledby="${id}">[\\s\\S]*?</section>`).exec(html);
  return m ? m[0] : '';
}

test('signed out: what the network is, in plain language too, with the directory and the sign-in', async () => {
  for (const [lang, easy] of [['de', /In Leichter Sprache/], ['en', /In plain language/]]) {
    const r = await new Client({ headers: { 'accept-language': lang } }).get('/');
    assert.equal(r.status, 200);
    assert.match(r.text, easy);
    for (const href of ['/login', '/register', '/directory', '/directory/offers']) assert.match(r.text, new RegExp(`href="${href}"`));
    assert.doesNotMatch(r.text, /href="\/notifications"|role="search"/, 'nothing for members');
  }
});

test('a new member: every section says it is empty and links on', async () => {
  const [cleo] = await inviteUsers(1, { name: 'Leer' });
  const r = await cleo.client.get('/');
  assert.equal(r.status, 200);
  const t = mainText(r.text);
  assert.match(t, /Guten Tag, Leer 1!/);
  assert.match(t, /Keine neuen Benachrichtigungen/);
  assert.match(t, /Sie sind noch in keiner Gruppe/);
  assert.match(t, /Sie beobachten noch keine Kategorie/);
  assert.doesNotMatch(t, /Einladungen für Sie|Anfragen, die auf Sie warten/);
});

test('invitations and requests waiting for me, my groups with what is new', async () => {
  const priv = createGroup({ visibility: 'private', name: 'Private Einladung', members: [{ id: ann.id, role: 'owner' }] });
  addGroupMember(priv.id, ben.id, 'member', 'invited');
  const closed = createGroup({ visibility: 'closed', name: 'Geschlossen Anfrage', members: [{ id: ben.id, role: 'owner' }] });
  addGroupMember(closed.id, ann.id, 'member', 'requested');
  const mine = createGroup({ visibility: 'open', name: 'Meine Gruppe', members: [{ id: ben.id }, { id: ann.id }] });
  const cat = createCategory({ groupId: mine.id });
  const t = modInsertTopic({ categoryId: cat, groupId: mine.id, title: 'Neuigkeit in der Gruppe', authorId: ann.id });
  const r = await ben.client.get('/');
  const waiting = section(r.text, 'waiting-title');
  assert.match(waiting, new RegExp(`href="/g/${priv.slug}">Private Einladung`));
  assert.match(waiting, new RegExp(`href="/g/${closed.slug}/members">Geschlossen Anfrage`));
  const groups = section(r.text, 'groups-title');
  assert.match(groups, new RegExp(`href="/g/${mine.slug}">Meine Gruppe`));
  assert.match(groups, /Themen mit Neuem: 1/);
  assert.match(groups, new RegExp(`href="/g/${mine.slug}/forum/t/${t.topicId}">Neuigkeit in der Gruppe`));
  assert.doesNotMatch(groups, /Private Einladung/, 'only groups I am an active member of');
  assert.match(groups, /Geschlossen Anfrage/, 'one I own');
  // Read: nothing new any more.
  sql(`INSERT INTO forum_reads (user_id, topic_id, last_post_id) VALUES (${ben.id}, ${t.topicId}, ${t.postId})`);
  assert.doesNotMatch(section((await ben.client.get('/')).text, 'groups-title'), /Themen mit Neuem/);
  // The request decided, the invitation withdrawn: gone.
  sql(`DELETE FROM group_members WHERE (group_id = ${priv.id} AND user_id = ${ben.id}) OR (group_id = ${closed.id} AND user_id = ${ann.id})`);
  assert.equal(section((await ben.client.get('/')).text, 'waiting-title'), '');
});

test('newest topics in watched categories, only where the member reads; unread notifications', async () => {
  const g = createGroup({ visibility: 'private', members: [{ id: ann.id }, { id: ben.id }] });
  const gcat = createCategory({ groupId: g.id });
  const ncat = createCategory({});
  for (const c of [gcat, ncat]) sql(`INSERT INTO forum_category_watches (user_id, category_id, created_at) VALUES (${ben.id}, ${c}, NOW())`);
  const a = modInsertTopic({ categoryId: ncat, title: 'Netzwerkthema beobachtet' });
  const b = modInsertTopic({ categoryId: gcat, groupId: g.id, title: 'Gruppenthema beobachtet' });
  let w = section((await ben.client.get('/')).text, 'watched-title');
  assert.match(w, new RegExp(`href="/forum/t/${a.topicId}"`));
  assert.match(w, new RegExp(`href="/g/${g.slug}/forum/t/${b.topicId}"`));
  sql(`DELETE FROM group_members WHERE group_id = ${g.id} AND user_id = ${ben.id}`);
  w = section((await ben.client.get('/')).text, 'watched-title');
  assert.doesNotMatch(w, /Gruppenthema beobachtet/, 'left the group: its topics are gone');
  assert.match(w, /Netzwerkthema beobachtet/);

  // A reply for ben: on the dashboard while unread, gone once opened.
  const { topicId } = await startTopic(ann.client, '/forum', ncat);
  watchTopic(ben.id, topicId);
  await replyTo(ann.client, '/forum', topicId);
  const home = await ben.client.get('/');
  const [id] = noteIds(section(home.text, 'notes-title'));
  assert.ok(id);
  await ben.client.get(`/notifications/${id}`);
  assert.ok(!noteIds(section((await ben.client.get('/')).text, 'notes-title')).includes(id));
});

test('in English for an English-speaking member', async () => {
  sql(`UPDATE users SET lang = 'en' WHERE id = ${ann.id}`);
  const r = await ann.client.get('/');
  assert.match(mainText(r.text), /Hello, Startseite 1!/);
  assert.match(mainText(r.text), /My groups/);
  sql(`UPDATE users SET lang = 'de' WHERE id = ${ann.id}`);
});
