// kp-mailer's notification mails (cgi/tools/notify_mail.c) against the
// stack's loopback SMTP sink: a mail at once (a mention), plain text and
// HTML in the member's language with the link to the item and a one-click
// unsubscribe (List-Unsubscribe + List-Unsubscribe-Post, RFC 8058) that
// works signed out and only for that kind; the daily digest built for a
// fixed clock, grouped by group and topic, nothing the member can no
// longer read, one per member and day; muted groups; two mailers at once
// send each mail once.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, Client, inviteUsers, show, sleep, waitForMail } from './lib.mjs';
import { createCategory, createGroup, modInsertTopic, sql, userId } from './forum-lib.mjs';
import { at, handled, mailer, num, parts, queued, replyTo, startTopic, watchTopic } from './home-lib.mjs';

let ann, ben, cleo;
before(async () => {
  [ann, ben, cleo] = await inviteUsers(3, { name: 'Postbote' });
  for (const p of [ann, ben, cleo]) p.id = userId(p.email);
  sql(`UPDATE users SET lang = 'en' WHERE id = ${cleo.id}`);
});

test('a mention: a mail at once, text and HTML, the link through /notifications, unsubscribe headers', async () => {
  const cat = createCategory({});
  const title = `Frage <b>"fett"</b> & Co ${Date.now()}`;
  const { topicId } = await startTopic(ann.client, '/forum', cat, { title });
  const postId = await replyTo(ann.client, '/forum', topicId, 'Hallo @Postbote_2, was meinen Sie?');
  const id = num(`SELECT id FROM notifications WHERE user_id = ${ben.id} AND post_id = ${postId} AND kind = 'forum_mention'`);
  const mail = await waitForMail(ben.email, { filter: (m) => m.subject.includes('erwähnt') });
  assert.equal(mail.subject, `Sie wurden in einem Beitrag erwähnt: ${title}`);
  const { text, html } = parts(mail);
  assert.match(text, /^Guten Tag Postbote 2,/);
  assert.ok(text.includes(`${BASE}/notifications/${id}`));
  assert.ok(text.includes(title), 'the title as typed in the plain part');
  assert.ok(html.includes('Frage &lt;b&gt;&quot;fett&quot;&lt;/b&gt; &amp; Co'), 'escaped in the HTML part');
  assert.doesNotMatch(html, /<b>"fett"/);
  assert.ok(html.includes(`href="${BASE}/notifications/${id}"`));
  const unsub = /^<([^>]+)>$/.exec(mail.headers['list-unsubscribe'])?.[1];
  assert.ok(unsub && unsub.startsWith(`${BASE}/notifications/unsubscribe/${ben.id}/mention/`), mail.headers['list-unsubscribe']);
  assert.equal(mail.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
  assert.ok(text.includes(unsub) && html.includes(unsub));
  // The link leads to the post (after the sign-in) and marks it read.
  const r = await ben.client.get(`/notifications/${id}`);
  assert.equal(r.location, `/forum/p/${postId}`);
});

test("in the member's language", async () => {
  const cat = createCategory({});
  const { topicId } = await startTopic(ann.client, '/forum', cat);
  await replyTo(ann.client, '/forum', topicId, 'Hello @Postbote_3!');
  const mail = await waitForMail(cleo.email, { filter: (m) => m.subject.includes('mentioned') });
  assert.match(mail.subject, /^You were mentioned in a post: /);
  assert.match(parts(mail).text, /^Hello Postbote 3,/);
});

test('one-click unsubscribe: signed out, only that kind; a wrong signature changes nothing', async () => {
  const cat = createCategory({});
  const { topicId } = await startTopic(ann.client, '/forum', cat);
  await replyTo(ann.client, '/forum', topicId, '@Postbote_2 noch eine Frage');
  const mail = await waitForMail(ben.email, { filter: (m) => m.subject.includes('erwähnt') });
  const url = /^<([^>]+)>$/.exec(mail.headers['list-unsubscribe'])[1];
  const path = url.slice(BASE.length);
  const prefs = () => Object.fromEntries(sql(`SELECT type, delivery FROM notification_prefs WHERE user_id = ${ben.id}`));
  const anon = new Client();
  // GET (a link checker, a person): a page with a button, nothing changed.
  const page = await anon.get(path);
  assert.equal(page.status, 200);
  assert.match(page.text, /Erwähnungen/);
  assert.deepEqual(prefs(), {});
  // Wrong signature, another member's id, an unknown kind: 404, nothing changed.
  const sig = path.split('/').pop();
  const bad = [
    path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    path.replace(`/${ben.id}/`, `/${ann.id}/`),
    path.replace('/mention/', '/reply/'),
    `/notifications/unsubscribe/${ben.id}/alles/${sig}`,
  ];
  for (const p of bad) {
    const r = await anon.request('POST', p, { body: 'List-Unsubscribe=One-Click' });
    assert.equal(r.status, 404, p);
  }
  assert.deepEqual(prefs(), {});
  // RFC 8058: POST with that body, no cookie, no token, no Origin.
  const r = await anon.request('POST', path, { body: 'List-Unsubscribe=One-Click' });
  assert.equal(r.status, 200, show(r));
  assert.deepEqual(prefs(), { mention: 'app' }, 'only mentions; the other kinds keep their defaults');
  // Again: still fine.
  assert.equal((await anon.request('POST', path, { body: 'List-Unsubscribe=One-Click' })).status, 200);
  // The next mention: in the app, no mail.
  const before1 = queued(ben.email);
  await replyTo(ann.client, '/forum', topicId, '@Postbote_2 und noch eine');
  await handled(ben.id);
  assert.equal(queued(ben.email), before1);
  sql(`DELETE FROM notification_prefs WHERE user_id = ${ben.id}`);
});

test('no mail about what the member can no longer read, nor to a muted group', async () => {
  // A notification about a post in a private group ben is not in (he left
  // before the mailer came round).
  const g = createGroup({ visibility: 'private', members: [{ id: ann.id }] });
  const gcat = createCategory({ groupId: g.id });
  const t = modInsertTopic({ categoryId: gcat, groupId: g.id, title: 'Geheim' });
  const before1 = queued(ben.email);
  sql(`INSERT INTO notifications (user_id, kind, actor_id, group_id, topic_id, post_id, created_at)
       VALUES (${ben.id}, 'forum_mention', ${ann.id}, ${g.id}, ${t.topicId}, ${t.postId}, NOW())`);
  // A mention in an open group ben muted.
  const open = createGroup({ visibility: 'open', members: [{ id: ann.id }, { id: ben.id }] });
  sql(`INSERT INTO group_mutes (user_id, group_id, created_at) VALUES (${ben.id}, ${open.id}, NOW())`);
  const ocat = createCategory({ groupId: open.id });
  const { topicId } = await startTopic(ann.client, open.base, ocat);
  await replyTo(ann.client, open.base, topicId, '@Postbote_2 hier stumm');
  await handled(ben.id);
  assert.equal(queued(ben.email), before1);
  assert.ok(num(`SELECT COUNT(*) FROM notifications WHERE user_id = ${ben.id} AND group_id = ${open.id}`) > 0, 'in the app all the same');
});

test('daily digest for a fixed clock: grouped, only what is still readable, one per day, two mailers at once', async () => {
  const [dora] = await inviteUsers(1, { name: 'Digest' });
  dora.id = userId(dora.email);
  const g = createGroup({ visibility: 'private', name: 'Verlassene Gruppe', members: [{ id: ann.id }, { id: dora.id }] });
  const gcat = createCategory({ groupId: g.id });
  const ncat = createCategory({});
  const a = await startTopic(ann.client, '/forum', ncat, { title: 'Thema im Netzwerk' });
  const b = await startTopic(ann.client, g.base, gcat, { title: 'Thema der Gruppe' });
  watchTopic(dora.id, a.topicId);
  watchTopic(dora.id, b.topicId);
  const r1 = await replyTo(ann.client, '/forum', a.topicId, 'Erste Antwort');
  const r2 = await replyTo(ann.client, '/forum', a.topicId, 'Zweite Antwort');
  await replyTo(ann.client, g.base, b.topicId, 'Antwort in der Gruppe');
  // Replies wait for the daily digest (the default), nothing at once.
  await handled(dora.id);
  assert.equal(num(`SELECT COUNT(*) FROM notifications WHERE user_id = ${dora.id} AND digest = 'daily'`), 3);
  assert.equal(queued(dora.email), 0);
  // dora leaves the private group before the digest.
  sql(`DELETE FROM group_members WHERE group_id = ${g.id} AND user_id = ${dora.id}`);
  // Before 06:00 local time: not yet (03:00 UTC is 04:00 in Berlin).
  await mailer(at('2031-03-04T03:00:00Z'));
  assert.equal(queued(dora.email), 0);
  // Two mailers at once on that morning: one digest.
  await Promise.all([mailer(at('2031-03-04T08:00:00Z')), mailer(at('2031-03-04T08:00:00Z'))]);
  assert.equal(queued(dora.email), 1);
  const mail = await waitForMail(dora.email, { filter: (m) => m.subject.includes('Zusammenfassung') });
  assert.equal(mail.subject, 'Ihre tägliche Zusammenfassung von Netzwerk Integration');
  const { text, html } = parts(mail);
  assert.match(text, /Das ist seit gestern neu für Sie:/);
  assert.match(text, /== Forum des Netzwerks ==\n\n# Thema im Netzwerk\n\nNeue Antwort in einem Thema, das Sie beobachten \(von Postbote 1\)/);
  for (const r of [r1, r2]) {
    const id = num(`SELECT id FROM notifications WHERE user_id = ${dora.id} AND post_id = ${r}`);
    assert.ok(text.includes(`${BASE}/notifications/${id}`));
  }
  assert.doesNotMatch(text + html, /Verlassene Gruppe|Thema der Gruppe|Antwort in der Gruppe/, 'nothing of the group left');
  assert.match(mail.headers['list-unsubscribe'], new RegExp(`/notifications/unsubscribe/${dora.id}/daily/`));
  assert.equal(num(`SELECT COUNT(*) FROM notifications WHERE user_id = ${dora.id} AND mailed_at IS NULL`), 0, 'every row done');
  // Later that day: no second digest, even with something new waiting.
  sql(`INSERT INTO notifications (user_id, kind, actor_id, topic_id, post_id, created_at, digest)
       VALUES (${dora.id}, 'forum_reply', ${ann.id}, ${a.topicId}, ${r1}, NOW(), 'daily')`);
  await mailer(at('2031-03-04T15:00:00Z'));
  assert.equal(queued(dora.email), 1);
  // The next day it comes.
  await mailer(at('2031-03-05T08:00:00Z'));
  assert.equal(queued(dora.email), 2);
  // Unsubscribing from the digest: every daily type goes to the app only.
  const url = /^<([^>]+)>$/.exec(mail.headers['list-unsubscribe'])[1];
  const res = await new Client().request('POST', url.slice(BASE.length), { body: 'List-Unsubscribe=One-Click' });
  assert.equal(res.status, 200);
  assert.deepEqual(Object.fromEntries(sql(`SELECT type, delivery FROM notification_prefs WHERE user_id = ${dora.id}`)), { reply: 'app', topic: 'app', documents: 'app' });
});

test('weekly digest: from Monday, with what waited from before that Monday, once a week, in English', async () => {
  const [fred] = await inviteUsers(1, { name: 'Woche' });
  fred.id = userId(fred.email);
  sql(`UPDATE users SET lang = 'en' WHERE id = ${fred.id}`);
  sql(`INSERT INTO notification_prefs (user_id, type, delivery, updated_at) VALUES (${fred.id}, 'reply', 'weekly', NOW())`);
  const cat = createCategory({});
  const a = await startTopic(ann.client, '/forum', cat, { title: 'Wochenthema' });
  watchTopic(fred.id, a.topicId);
  await replyTo(ann.client, '/forum', a.topicId, 'Eins');
  await handled(fred.id);
  assert.equal(num(`SELECT COUNT(*) FROM notifications WHERE user_id = ${fred.id} AND digest = 'weekly'`), 1);
  // A Wednesday morning (2031-03-12): the week began on Monday the 10th.
  await mailer(at('2031-03-12T09:00:00Z'));
  assert.equal(queued(fred.email), 1);
  const mail = await waitForMail(fred.email, { filter: (m) => m.subject.includes('summary') });
  assert.equal(mail.subject, 'Your weekly summary from Netzwerk Integration');
  assert.match(parts(mail).text, /This was new for you last week:[\s\S]*# Wochenthema/);
  assert.match(mail.headers['list-unsubscribe'], new RegExp(`/notifications/unsubscribe/${fred.id}/weekly/`));
  // Later that week, something waiting: the next Monday, not before.
  sql(`INSERT INTO notifications (user_id, kind, actor_id, topic_id, post_id, created_at, digest)
       SELECT user_id, kind, actor_id, topic_id, post_id, NOW(), 'weekly' FROM notifications WHERE user_id = ${fred.id} LIMIT 1`);
  await mailer(at('2031-03-14T09:00:00Z'));
  assert.equal(queued(fred.email), 1);
  await mailer(at('2031-03-17T09:00:00Z'));
  assert.equal(queued(fred.email), 2);
});

test('two mailers at once: every immediate mail once', async () => {
  const [eva] = await inviteUsers(1, { name: 'Doppelt' });
  eva.id = userId(eva.email);
  const g = createGroup({ visibility: 'open' });
  // Ten decisions about her membership at once (group: mailed at once).
  sql(`INSERT INTO notifications (user_id, kind, actor_id, group_id, created_at)
       SELECT ${eva.id}, 'group_approved', ${ann.id}, ${g.id}, NOW() FROM seq_1_to_10`);
  await Promise.all([mailer(), mailer(), mailer()]);
  await handled(eva.id);
  assert.equal(queued(eva.email), 10);
  const approved = (m) => m.subject.startsWith('Ihre Anfrage wurde angenommen');
  for (let i = 0; i < 10; i++) await waitForMail(eva.email, { filter: approved });
  await sleep(1500);
  await assert.rejects(waitForMail(eva.email, { timeout: 500, filter: approved }), 'no eleventh mail');
});
