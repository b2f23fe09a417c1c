// The admin pages' content settings and moderation queue (issue 8): fields
// of action and organisation types created, renamed, ordered and retired
// (never deleted: what refers to them stays intact); the network's forum
// categories listed with the forum's own pages; reported posts of the
// network's forum hidden, restored, dismissed or their author warned by a
// site moderator or admin, each decision settling the reports and noted in
// the audit log; a group's reports stay with the group's moderators.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, demoClient, inviteUser, mainText, show, waitForMail } from './lib.mjs';
import { createCategory, createGroup, modInsertTopic, tag } from './forum-lib.mjs';
import { adminClient, auditOf, lit, sql } from './admin-lib.mjs';

const fieldRow = (id) => sql(`SELECT name_de, name_en, position, retired FROM fields_of_action WHERE id = ${id}`)[0];
const openReports = (postId) => Number(sql(`SELECT COUNT(*) FROM reports WHERE kind = 'forum_post' AND content_id = ${postId} AND resolved_at IS NULL`)[0][0]);

describe('admin: content settings and moderation queue', { concurrency: false }, () => {
  let admin, moderator;
  test('set-up', async () => {
    admin = await adminClient({ name: 'Carla Inhalte' });
    moderator = await adminClient({ role: 'moderator', name: 'Mo Derat' });
  });

  test('fields of action: create, rename, order, retire; a retired field keeps its references', async () => {
    const name = `Mobilität ${tag('f')}`;
    const r = await admin.client.submit('/admin/content/fields', '/admin/content/fields/new', { name_de: name, name_en: 'Mobility', position: '110' });
    assert.equal(r.status, 303, show(r));
    const id = Number(sql(`SELECT id FROM fields_of_action WHERE name_de = ${lit(name)}`)[0][0]);
    assert.deepEqual(fieldRow(id), [name, 'Mobility', '110', '0']);
    assert.equal(auditOf('content.field.create')[0].target, id);
    // In use by a forum category: it stays, retired.
    const cat = createCategory({ name: `Kategorie ${tag('c')}` });
    sql(`UPDATE forum_categories SET field_id = ${id} WHERE id = ${cat}`);
    const renamed = `${name} und Verkehr`;
    const u = await admin.client.submit('/admin/content/fields', `/admin/content/fields/${id}`, { name_de: renamed, name_en: 'Mobility and transport', position: '5', retired: '1' });
    assert.equal(u.status, 303, show(u));
    assert.deepEqual(fieldRow(id), [renamed, 'Mobility and transport', '5', '1']);
    assert.equal(sql(`SELECT field_id FROM forum_categories WHERE id = ${cat}`)[0][0], String(id));
    assert.equal(auditOf('content.field.retire')[0].target, id);
    const page = await admin.client.get('/admin/content/fields');
    assert.equal(page.status, 200);
    assert.ok(page.text.includes(`value="${renamed}"`));
    assert.match(page.text, new RegExp(`id="ret-${id}" name="retired" type="checkbox" value="1" checked`));
    // The network's forum categories, linked to the forum's pages.
    assert.ok(page.text.includes(`href="/forum/c/${cat}/edit"`));
    // Bad entries: a message, nothing stored.
    const empty = await admin.client.submit('/admin/content/fields', '/admin/content/fields/new', { name_de: ' ', name_en: 'x', position: '1' });
    assert.equal(empty.status, 422);
    assert.match(mainText(empty.text), /auf Deutsch und auf Englisch/);
    const pos = await admin.client.submit('/admin/content/fields', `/admin/content/fields/${id}`, { name_de: 'x', name_en: 'x', position: '-3' });
    assert.equal(pos.status, 422);
    const dup = await admin.client.submit('/admin/content/fields', '/admin/content/fields/new', { name_de: 'Bildung', name_en: 'Education 2', position: '1' });
    assert.equal(dup.status, 422);
    assert.match(mainText(dup.text), /gibt es schon/);
    assert.deepEqual(fieldRow(id), [renamed, 'Mobility and transport', '5', '1']);
    assert.equal((await admin.client.get('/admin/content/other')).status, 404);
  });

  test('organisation types: the same rules', async () => {
    const name = `Stiftung ${tag('o')}`;
    const r = await admin.client.submit('/admin/content/types', '/admin/content/types/new', { name_de: name, name_en: 'Foundation', position: '95' });
    assert.equal(r.status, 303);
    const id = Number(sql(`SELECT id FROM org_types WHERE name_de = ${lit(name)}`)[0][0]);
    const u = await admin.client.submit('/admin/content/types', `/admin/content/types/${id}`, { name_de: name, name_en: 'Charitable foundation', position: '95', retired: '1' });
    assert.equal(u.status, 303);
    assert.deepEqual(sql(`SELECT name_en, retired FROM org_types WHERE id = ${id}`)[0], ['Charitable foundation', '1']);
    assert.equal(auditOf('content.org_type.retire')[0].target, id);
  });

  test('moderation queue: a reported post hidden, restored, its author warned, a report dismissed', async () => {
    const author = await inviteUser({ name: `Autor ${tag('a')}` });
    const authorId = Number(sql(`SELECT id FROM users WHERE email = ${lit(author.email)}`)[0][0]);
    const cat = createCategory({ name: `Meldekategorie ${tag('m')}` });
    const { postId } = modInsertTopic({ categoryId: cat, authorId, title: `Gemeldet ${tag('t')}`, body: 'Ein **unfreundlicher** Beitrag.' });
    const reporter = await demoClient(DEMO.member1);
    const rep = await reporter.submit(`/forum/p/${postId}/report`, `/forum/p/${postId}/report`, { reason: 'Der Ton ist beleidigend.' });
    assert.equal(rep.status, 303, show(rep));
    const reportId = Number(sql(`SELECT id FROM reports WHERE kind = 'forum_post' AND content_id = ${postId}`)[0][0]);

    // Moderators see the queue (their start page after the second factor),
    // oldest first, 30 a page: the newest report is on the last page.
    const open = Number(sql('SELECT COUNT(*) FROM reports WHERE resolved_at IS NULL AND group_id IS NULL')[0][0]);
    const q = await moderator.client.get(`/admin/reports?page=${Math.ceil(open / 30)}`);
    assert.equal(q.status, 200);
    assert.match(q.text, new RegExp(`id="report-${reportId}"`));
    assert.ok(mainText(q.text).includes('Der Ton ist beleidigend.'));
    assert.ok(mainText(q.text).includes('Ein unfreundlicher Beitrag.'));
    assert.match(mainText(q.text), new RegExp(`Offene Meldungen: ${open}\\b`));

    // Hiding needs a note.
    const none = await moderator.client.submit('/admin/reports', `/admin/reports/${reportId}`, { decision: 'hide', note: '' });
    assert.equal(none.status, 303);
    assert.equal(sql(`SELECT hidden_at IS NULL FROM forum_posts WHERE id = ${postId}`)[0][0], '1');
    const hide = await moderator.client.submit('/admin/reports', `/admin/reports/${reportId}`, { decision: 'hide', note: 'Beleidigung' });
    assert.equal(hide.status, 303, show(hide));
    assert.deepEqual(sql(`SELECT hidden_by, hidden_reason FROM forum_posts WHERE id = ${postId}`)[0], [String(moderator.id), 'Beleidigung']);
    assert.equal(openReports(postId), 0);
    const e = auditOf('report.hide')[0];
    assert.equal(e.actor, moderator.id);
    assert.equal(e.target, postId);
    assert.equal(e.detail, 'forum_post: Beleidigung');
    // Settled: a second decision finds nothing.
    const again = await moderator.client.submit('/admin/reports', `/admin/reports/${reportId}`, { decision: 'dismiss', note: '' });
    assert.equal(again.status, 303);
    assert.equal(auditOf('report.dismiss').filter((x) => x.target === postId).length, 0);

    // A hidden post cannot be reported through the forum (members do not
    // see it): a report that was open when it was hidden by someone else
    // stands for it here. Restore, then warn on a third report.
    sql(`INSERT INTO reports (kind, content_id, reporter_id, reason, created_at) VALUES ('forum_post', ${postId}, ${authorId}, 'Bitte noch einmal prüfen.', NOW())`);
    const second = Number(sql(`SELECT MAX(id) FROM reports WHERE kind = 'forum_post' AND content_id = ${postId}`)[0][0]);
    const restore = await admin.client.submit('/admin/reports', `/admin/reports/${second}`, { decision: 'restore', note: 'War ein Missverständnis' });
    assert.equal(restore.status, 303);
    assert.equal(sql(`SELECT hidden_at IS NULL FROM forum_posts WHERE id = ${postId}`)[0][0], '1');
    assert.equal(auditOf('report.restore')[0].target, postId);
    await reporter.submit(`/forum/p/${postId}/report`, `/forum/p/${postId}/report`, { reason: 'Schon wieder so ein Ton.' });
    const third = Number(sql(`SELECT MAX(id) FROM reports WHERE kind = 'forum_post' AND content_id = ${postId}`)[0][0]);
    const warn = await moderator.client.submit('/admin/reports', `/admin/reports/${third}`, { decision: 'warn', note: 'Bitte bleiben Sie sachlich.' });
    assert.equal(warn.status, 303);
    const mail = await waitForMail(author.email);
    assert.match(mail.subject, /Hinweis der Moderation/);
    assert.ok(mail.body.includes('Bitte bleiben Sie sachlich.'));
    assert.equal(openReports(postId), 0);
    assert.equal(auditOf('report.warn')[0].target, postId);
    // Dismiss.
    await reporter.submit(`/forum/p/${postId}/report`, `/forum/p/${postId}/report`, { reason: 'Noch einmal gemeldet.' });
    const fourth = Number(sql(`SELECT MAX(id) FROM reports WHERE kind = 'forum_post' AND content_id = ${postId}`)[0][0]);
    const dismiss = await moderator.client.submit('/admin/reports', `/admin/reports/${fourth}`, { decision: 'dismiss', note: '' });
    assert.equal(dismiss.status, 303);
    assert.equal(openReports(postId), 0);
    assert.equal(sql(`SELECT hidden_at IS NULL FROM forum_posts WHERE id = ${postId}`)[0][0], '1', 'dismissing changes nothing');
    assert.equal(auditOf('report.dismiss')[0].target, postId);
    const bad = await moderator.client.submit('/admin/reports', `/admin/reports/${fourth}`, { decision: 'delete' });
    assert.equal(bad.status, 400);
  });

  test("a group's reports are not in the queue; members cannot open or decide it", async () => {
    const g = createGroup({ visibility: 'private', name: `Geheim ${tag('g')}` }).id;
    const cat = createCategory({ groupId: g, name: `Intern ${tag('i')}` });
    const { postId } = modInsertTopic({ categoryId: cat, groupId: g, title: `Intern ${tag('t')}` });
    sql(`INSERT INTO reports (kind, content_id, group_id, reason, created_at) VALUES ('forum_post', ${postId}, ${g}, 'intern', NOW())`);
    const rid = Number(sql('SELECT MAX(id) FROM reports')[0][0]);
    const q = await admin.client.get('/admin/reports');
    assert.ok(!q.text.includes(`id="report-${rid}"`));
    const d = await admin.client.submit('/admin/reports', `/admin/reports/${rid}`, { decision: 'dismiss', note: '' });
    assert.equal(d.status, 303);
    assert.equal(sql(`SELECT resolved_at IS NULL FROM reports WHERE id = ${rid}`)[0][0], '1');
    const member = await demoClient(DEMO.member1);
    assert.equal((await member.get('/admin/reports')).status, 404);
    assert.equal((await member.submit('/account', `/admin/reports/${rid}`, { decision: 'dismiss' })).status, 404);
    assert.equal((await moderator.client.get('/admin/content/fields')).status, 404, 'content settings are for admins');
    assert.equal((await moderator.client.submit('/admin/reports', '/admin/content/fields/new', { name_de: 'x', name_en: 'y', position: '1' })).status, 404);
  });
});
