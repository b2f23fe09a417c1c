// /notifications (cgi/home/notifications.c) and the header's unread count
// (cgi/core/view.c, notify.c): rows the forum and the groups program write
// in production, listed newest first; opening one marks it read and leads
// to its item; "mark all read" up to what the page showed; only what the
// member may still read is listed, counted or opened (a hidden post, a
// private group left, someone else's notification); bad input; CSRF.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Client, inviteUsers, mainText, show } from './lib.mjs';
import { addGroupMember, createCategory, createGroup, sql, userId } from './forum-lib.mjs';
import { noteIds, notesAbout, num, replyTo, startTopic, unreadBadge, watchTopic } from './home-lib.mjs';

let ann, ben, cara;
before(async () => {
  [ann, ben, cara] = await inviteUsers(3, { name: 'Benachrichtigung' });
  for (const p of [ann, ben, cara]) p.id = userId(p.email);
});

/** A topic by ann in the network's forum, watched by ben, and ann's
 * reply: ben's notification. */
async function replyForBen(base = '/forum', cat = null) {
  const category = cat || createCategory({ name: `Kategorie ${Math.random()}` });
  const { topicId } = await startTopic(ann.client, base, category);
  watchTopic(ben.id, topicId);
  const postId = await replyTo(ann.client, base, topicId, 'Eine Antwort für Ben.');
  const [note] = notesAbout(ben.id, postId);
  assert.ok(note, 'the forum wrote a notification');
  return { topicId, postId, note };
}

test('a reply in a watched topic: listed, counted in every header, opened → read and at the post', async () => {
  const before1 = Number(unreadBadge((await ben.client.get('/groups')).text));
  const { postId, note } = await replyForBen();
  // The count in another program's header (groups) and here.
  const groups = await ben.client.get('/groups');
  assert.equal(Number(unreadBadge(groups.text)), before1 + 1);
  const list = await ben.client.get('/notifications');
  assert.equal(list.status, 200);
  assert.equal(noteIds(list.text)[0], note.id, 'newest first');
  assert.match(mainText(list.text), /Neue Antwort in einem Thema, das Sie beobachten/);
  assert.match(mainText(list.text), /von Benachrichtigung 1/);
  // Listing does not mark it read; opening does.
  assert.equal(notesAbout(ben.id, postId)[0].read, false);
  const open = await ben.client.get(`/notifications/${note.id}`);
  assert.equal(open.status, 303, show(open));
  assert.equal(open.location, `/forum/p/${postId}`);
  assert.equal(notesAbout(ben.id, postId)[0].read, true);
  assert.equal(Number(unreadBadge((await ben.client.get('/groups')).text)), before1);
  // Opened again: still leads there, stays read.
  const again = await ben.client.get(`/notifications/${note.id}`);
  assert.equal(again.location, `/forum/p/${postId}`);
});

test('a reply in a group forum leads to the post under the group', async () => {
  const g = createGroup({ visibility: 'closed', members: [{ id: ann.id }, { id: ben.id }] });
  const cat = createCategory({ groupId: g.id });
  const { postId, note } = await replyForBen(g.base, cat);
  const open = await ben.client.get(`/notifications/${note.id}`);
  assert.equal(open.location, `/g/${g.slug}/forum/p/${postId}`);
});

test('what the member can no longer read: not listed, not counted, not opened', async () => {
  // A private group's post, then ben leaves the group.
  const g = createGroup({ visibility: 'private', members: [{ id: ann.id }, { id: ben.id }] });
  const cat = createCategory({ groupId: g.id });
  const priv = await replyForBen(g.base, cat);
  // A post of the network's forum, then hidden by a moderator.
  const hid = await replyForBen();
  let list = await ben.client.get('/notifications');
  assert.ok(noteIds(list.text).includes(priv.note.id));
  assert.ok(noteIds(list.text).includes(hid.note.id));
  const count = Number(unreadBadge(list.text));

  sql(`DELETE FROM group_members WHERE group_id = ${g.id} AND user_id = ${ben.id}`);
  sql(`UPDATE forum_posts SET hidden_at = NOW() WHERE id = ${hid.postId}`);
  list = await ben.client.get('/notifications');
  assert.ok(!noteIds(list.text).includes(priv.note.id), 'the private group left');
  assert.ok(!noteIds(list.text).includes(hid.note.id), 'the hidden post');
  assert.doesNotMatch(list.text, new RegExp(g.slug));
  assert.equal(Number(unreadBadge(list.text)), count - 2);
  for (const n of [priv.note, hid.note]) {
    const r = await ben.client.get(`/notifications/${n.id}`);
    assert.equal(r.status, 404);
  }
  // Neither was marked read by the refused opening.
  assert.equal(num(`SELECT COUNT(*) FROM notifications WHERE id IN (${priv.note.id}, ${hid.note.id}) AND read_at IS NULL`), 2);
});

test("someone else's notification: 404 and left unread", async () => {
  const { note } = await replyForBen();
  const r = await cara.client.get(`/notifications/${note.id}`);
  assert.equal(r.status, 404);
  assert.equal(num(`SELECT read_at IS NULL FROM notifications WHERE id = ${note.id}`), 1);
  assert.ok(!noteIds((await cara.client.get('/notifications')).text).includes(note.id));
});

test('group notifications: an invitation leads to the group, a request to its members page', async () => {
  const g = createGroup({ visibility: 'private', members: [{ id: ann.id, role: 'owner' }] });
  // The groups program's own invitation by name and a request to a closed group.
  const members = await ann.client.get(`/g/${g.slug}/members`);
  assert.equal(members.status, 200);
  addGroupMember(g.id, cara.id, 'member', 'invited');
  sql(`INSERT INTO notifications (user_id, kind, actor_id, group_id, created_at) VALUES (${cara.id}, 'group_invite', ${ann.id}, ${g.id}, NOW())`);
  const id = num(`SELECT MAX(id) FROM notifications WHERE user_id = ${cara.id} AND kind = 'group_invite'`);
  const list = await cara.client.get('/notifications');
  assert.ok(noteIds(list.text).includes(id));
  assert.match(mainText(list.text), /Sie wurden in eine Gruppe eingeladen/);
  const open = await cara.client.get(`/notifications/${id}`);
  assert.equal(open.location, `/g/${g.slug}`);
  // The invitation withdrawn (the row gone): the private group is unknown again.
  sql(`DELETE FROM group_members WHERE group_id = ${g.id} AND user_id = ${cara.id}`);
  assert.equal((await cara.client.get(`/notifications/${id}`)).status, 404);

  const c = createGroup({ visibility: 'closed', members: [{ id: ann.id, role: 'owner' }] });
  const req = await ben.client.submit(`/g/${c.slug}`, `/g/${c.slug}/members/request`, {});
  assert.equal(req.status, 303, show(req));
  const rid = num(`SELECT MAX(id) FROM notifications WHERE user_id = ${ann.id} AND kind = 'group_request' AND group_id = ${c.id}`);
  assert.ok(rid > 0, 'the groups program wrote the request');
  const o = await ann.client.get(`/notifications/${rid}`);
  assert.equal(o.location, `/g/${c.slug}/members`);
});

test('mark all read: up to the newest the page showed; a later one stays unread', async () => {
  const a = await replyForBen();
  const page = await ben.client.get('/notifications');
  const upto = /name="upto" value="(\d+)"/.exec(page.text)[1];
  assert.equal(Number(upto), a.note.id);
  const b = await replyForBen(); // arrives after the page was shown
  const csrf = /name="csrf" value="([^"]+)"/.exec(page.text)[1];
  const r = await ben.client.post('/notifications/read', { csrf, upto });
  assert.equal(r.status, 303);
  assert.equal(r.location, '/notifications');
  assert.equal(num(`SELECT COUNT(*) FROM notifications WHERE user_id = ${ben.id} AND read_at IS NULL AND id <= ${upto}`), 0);
  assert.equal(notesAbout(ben.id, b.postId)[0].read, false);
  const after = await ben.client.get('/notifications');
  assert.match(mainText(after.text), /Alle Benachrichtigungen sind als gelesen markiert/);
  assert.equal(unreadBadge(after.text), '1');
});

test('mark all read: CSRF checked, bad input changes nothing', async () => {
  await replyForBen();
  const unread = () => num(`SELECT COUNT(*) FROM notifications WHERE user_id = ${ben.id} AND read_at IS NULL`);
  const n = unread();
  assert.ok(n > 0);
  const noToken = await ben.client.post('/notifications/read', { upto: '999999999' });
  assert.equal(noToken.status, 403);
  const csrf = await ben.client.csrf('/notifications');
  for (const upto of ['', 'abc', '-1', '007']) {
    const r = await ben.client.post('/notifications/read', { csrf, upto });
    assert.equal(r.status, 303, `upto=${upto}`);
    assert.equal(unread(), n, `upto=${upto} changed nothing`);
  }
  const dup = await ben.client.post('/notifications/read', [['csrf', csrf], ['upto', '1'], ['upto', '2']]);
  assert.equal(dup.status, 400);
  assert.equal(unread(), n);
});

test('bad addresses and signed out', async () => {
  for (const p of ['/notifications/abc', '/notifications/0', '/notifications/007', '/notifications/99999999999']) {
    const r = await ben.client.get(p);
    assert.equal(r.status, 404, p);
  }
  assert.equal((await ben.client.get('/notifications?page=x')).status, 400);
  assert.equal((await ben.client.get('/notifications?page=1&page=2')).status, 400);
  assert.equal((await ben.client.get('/notifications?page=999')).status, 200, 'past the end: the last page');
  const anon = new Client();
  for (const p of ['/notifications', '/notifications/1']) {
    const r = await anon.get(p);
    assert.equal(r.status, 303, p);
    assert.match(r.location, /^\/login/);
  }
  assert.equal((await anon.post('/notifications/read', { upto: '1' })).status, 403);
});

test('paginated: 30 a page, newest first across pages', async () => {
  const id = userId(cara.email);
  sql(`DELETE FROM notifications WHERE user_id = ${id}`);
  sql(`INSERT INTO notifications (user_id, kind, actor_id, group_id, created_at)
       SELECT ${id}, 'group_approved', ${ann.id}, g.id, NOW() FROM \`groups\` g WHERE g.visibility = 'open' AND g.deleted_at IS NULL LIMIT 1`);
  for (let i = 0; i < 5; i++)
    sql(`INSERT INTO notifications (user_id, kind, actor_id, group_id, created_at)
         SELECT user_id, kind, actor_id, group_id, NOW() FROM notifications WHERE user_id = ${id} AND kind = 'group_approved'`);
  const total = num(`SELECT COUNT(*) FROM notifications WHERE user_id = ${id}`);
  assert.ok(total > 30);
  const p1 = await cara.client.get('/notifications');
  const p2 = await cara.client.get('/notifications?page=2');
  const ids1 = noteIds(p1.text), ids2 = noteIds(p2.text);
  assert.equal(ids1.length, 30);
  assert.ok(ids2.length > 0);
  assert.ok(Math.min(...ids1) > Math.max(...ids2));
  assert.doesNotMatch(p2.text, /name="upto"/, 'mark all read only on the first page');
  assert.equal(unreadBadge(p1.text), total >= 100 ? '99+' : String(total));
});
