// The admin pages' groups (issue 8): every group is listed, private ones
// too, with its owners — but a private group's page stays closed to the
// admin; archive and restore; ownership handed to an active member (the
// earlier owners stay as members; never to an outsider or the admin); members and moderators get 404.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, demoClient, inviteUser, mainText, show } from './lib.mjs';
import { addGroupMember, createCategory, createGroup, modInsertTopic, tag } from './forum-lib.mjs';
import { Client } from './lib.mjs';
import { adminClient, auditOf, lit, sql } from './admin-lib.mjs';

const idOf = (email) => Number(sql(`SELECT id FROM users WHERE email = ${lit(email)}`)[0][0]);
const rolesOf = (g) => sql(`SELECT user_id, role, state FROM group_members WHERE group_id = ${g} ORDER BY user_id`);

describe('admin: groups', { concurrency: false }, () => {
  let admin;
  test('set-up', async () => {
    admin = await adminClient({ name: 'Gerd Gruppen' });
  });

  test('a private group is listed with its owners; its page stays 404 for the admin', async () => {
    const owner = await inviteUser({ name: `Olivia Inhaberin ${tag('o')}` });
    const word = tag('p');
    const g = createGroup({ visibility: 'private', name: `Verschwiegen ${word}` });
    addGroupMember(g.id, idOf(owner.email), 'owner');
    sql(`UPDATE \`groups\` SET member_count = 1 WHERE id = ${g.id}`);
    const r = await admin.client.get(`/admin/groups?q=${encodeURIComponent(word)}`);
    assert.equal(r.status, 200);
    assert.match(mainText(r.text), /Gefunden: 1/);
    const text = mainText(r.text);
    assert.ok(text.includes(`Verschwiegen ${word}`));
    assert.ok(text.includes(owner.name));
    assert.ok(!r.text.includes(`href="/g/${g.slug}"`), 'no link into a private group');
    assert.equal((await admin.client.get(`/g/${g.slug}`)).status, 404);
    const total = Number(sql('SELECT COUNT(*) FROM `groups` WHERE deleted_at IS NULL')[0][0]);
    assert.match(mainText((await admin.client.get('/admin/groups')).text), new RegExp(`Gefunden: ${total}\\b`));
  });

  test('archive and restore', async () => {
    const g = createGroup({ name: `Archivgruppe ${tag('a')}` });
    const a = await admin.client.submit('/admin/groups', `/admin/groups/${g.id}/archive`);
    assert.equal(a.status, 303, show(a));
    assert.equal(sql(`SELECT archived_by FROM \`groups\` WHERE id = ${g.id}`)[0][0], String(admin.id));
    assert.equal(auditOf('group.archived')[0].target, g.id);
    const twice = await admin.client.submit('/admin/groups', `/admin/groups/${g.id}/archive`);
    assert.equal(twice.status, 303);
    assert.match(mainText((await admin.client.get(twice.location)).text), /nicht möglich/);
    const r = await admin.client.submit('/admin/groups', `/admin/groups/${g.id}/restore`);
    assert.equal(r.status, 303);
    assert.equal(sql(`SELECT archived_at IS NULL FROM \`groups\` WHERE id = ${g.id}`)[0][0], '1');
    assert.equal(auditOf('group.restored')[0].target, g.id);
  });

  test('ownership is transferred to an active member; earlier owners become members', async () => {
    const old = await inviteUser({ name: `Alt Inhaber ${tag('o')}` });
    const next = await inviteUser({ name: `Neu Inhaber ${tag('n')}` });
    const outsider = await inviteUser({ name: `Draußen ${tag('d')}` });
    const [oldId, nextId] = [idOf(old.email), idOf(next.email)];
    const g = createGroup({ visibility: 'private', name: `Übergabe ${tag('u')}` });
    addGroupMember(g.id, oldId, 'owner');
    const none = await admin.client.submit('/admin/groups', `/admin/groups/${g.id}/owner`, { email: 'niemand@example.org' });
    assert.equal(none.status, 303);
    assert.deepEqual(rolesOf(g.id), [[String(oldId), 'owner', 'active']]);
    // Not to someone outside the group, nor to the admin: either would be
    // a way into a private group around "enter as admin".
    for (const email of [outsider.email, admin.email]) {
      const refused = await admin.client.submit('/admin/groups', `/admin/groups/${g.id}/owner`, { email });
      assert.equal(refused.status, 303, show(refused));
      assert.deepEqual(rolesOf(g.id), [[String(oldId), 'owner', 'active']], email);
    }
    addGroupMember(g.id, nextId, 'member');
    const r = await admin.client.submit('/admin/groups', `/admin/groups/${g.id}/owner`, { email: next.email.toUpperCase() });
    assert.equal(r.status, 303, show(r));
    assert.deepEqual(rolesOf(g.id), [[String(oldId), 'member', 'active'], [String(nextId), 'owner', 'active']]);
    assert.equal(sql(`SELECT member_count FROM \`groups\` WHERE id = ${g.id}`)[0][0], '2');
    const e = auditOf('group.ownership_transferred')[0];
    assert.equal(e.target, g.id);
    assert.match(e.detail, new RegExp(`^${nextId} `));
    // The new owner finds the group's settings open.
    assert.equal((await next.client.get(`/g/${g.slug}/settings`)).status, 200);
    // Not in an archived group.
    const arch = createGroup({ name: `Archiv ${tag('x')}`, archived: true });
    const refused = await admin.client.submit('/admin/groups', `/admin/groups/${arch.id}/owner`, { email: next.email });
    assert.equal(refused.status, 303);
    assert.deepEqual(rolesOf(arch.id), []);
  });

  test('enter as admin: explicit, audited, this session only, read-only, for an hour', async () => {
    const owner = await inviteUser({ name: `Geheim Inhaber ${tag('o')}` });
    const word = tag('s');
    const g = createGroup({ visibility: 'private', name: `Sehr privat ${word}` });
    addGroupMember(g.id, idOf(owner.email), 'owner');
    const cat = createCategory({ groupId: g.id, name: `Intern ${tag('c')}` });
    const { topicId, postId } = modInsertTopic({ categoryId: cat, groupId: g.id, title: `Vertraulich ${tag('t')}` });
    assert.equal((await admin.client.get(`/g/${g.slug}`)).status, 404, 'before entering: not there');
    assert.equal((await admin.client.get(`/g/${g.slug}/forum/t/${topicId}`)).status, 404);
    // The list is paged: find the group by its name.
    const page = await admin.client.get(`/admin/groups?q=${encodeURIComponent(word)}`);
    assert.ok(page.text.includes(`action="/admin/groups/${g.id}/enter"`));
    const r = await admin.client.submit('/admin/groups', `/admin/groups/${g.id}/enter`);
    assert.equal(r.status, 303, show(r));
    assert.equal(r.location, `/g/${g.slug}`);
    const e = auditOf('group.entered_as_admin')[0];
    assert.equal(e.actor, admin.id);
    assert.equal(e.target, g.id);
    assert.equal((await admin.client.get(`/g/${g.slug}`)).status, 200);
    assert.equal((await admin.client.get(`/g/${g.slug}/forum/t/${topicId}`)).status, 200);
    assert.equal((await admin.client.get(`/g/${g.slug}/members`)).status, 200);
    // Read-only: no topic, no settings.
    assert.equal((await admin.client.get(`/g/${g.slug}/forum/c/${cat}/new`)).status, 403);
    assert.equal((await admin.client.get(`/g/${g.slug}/settings`)).status, 403);
    // ... and takes no part that would outlast the visit: no watching,
    // reporting or signing up.
    const ev = Number(sql(`INSERT INTO events (group_id, title, starts_at, ends_at, created_at, updated_at)
      VALUES (${g.id}, 'Intern', NOW() + INTERVAL 1 DAY, NOW() + INTERVAL 25 HOUR, NOW(), NOW());
      SET @e = LAST_INSERT_ID();
      INSERT INTO event_occurrences (event_id, local_date, starts_at, ends_at)
      VALUES (@e, CURDATE() + INTERVAL 1 DAY, NOW() + INTERVAL 1 DAY, NOW() + INTERVAL 25 HOUR);
      SELECT @e;`).at(-1)[0]);
    assert.equal((await admin.client.get(`/g/${g.slug}/events/${ev}`)).status, 200);
    const doc = Number(sql(`INSERT INTO documents (group_id, title, created_at, updated_at) VALUES (${g.id}, 'Internes Dokument', NOW(), NOW());
      SELECT LAST_INSERT_ID();`).at(-1)[0]);
    const docPage = await admin.client.get(`/g/${g.slug}/docs/d/${doc}`);
    assert.equal(docPage.status, 200);
    assert.ok(!docPage.text.includes(`/d/${doc}/report"`), 'no "Melden" for an admin looking in');
    for (const [path, fields] of [
      [`/g/${g.slug}/docs/d/${doc}/report`, { reason: 'Bitte einmal prüfen, danke.' }],
      [`/g/${g.slug}/forum/t/${topicId}/watch`, { watch: '1' }],
      [`/g/${g.slug}/forum/p/${postId}/report`, { reason: 'Bitte einmal prüfen, danke.' }],
      [`/g/${g.slug}/events/${ev}/rsvp`, { answer: 'yes' }],
    ])
      assert.equal((await admin.client.submit(`/g/${g.slug}/forum/t/${topicId}`, path, fields)).status, 403, path);
    assert.equal(sql(`SELECT (SELECT COUNT(*) FROM forum_topic_watches WHERE topic_id = ${topicId})
      + (SELECT COUNT(*) FROM reports WHERE kind = 'forum_post' AND content_id = ${postId})
      + (SELECT COUNT(*) FROM reports WHERE kind = 'document' AND content_id = ${doc})
      + (SELECT COUNT(*) FROM event_rsvps WHERE event_id = ${ev})`)[0][0], '0');
    // Another session of the same admin has not entered.
    const other = new Client();
    await other.loginOk(admin.email, admin.password);
    assert.equal((await other.get(`/g/${g.slug}`)).status, 404);
    // After the hour: gone again.
    sql(`UPDATE admin_group_entries SET expires_at = NOW() - INTERVAL 1 SECOND WHERE group_id = ${g.id}`);
    assert.equal((await admin.client.get(`/g/${g.slug}`)).status, 404);
    // Members cannot use it.
    const member = await demoClient(DEMO.member1);
    assert.equal((await member.submit('/account', `/admin/groups/${g.id}/enter`)).status, 404);
    assert.equal((await member.get(`/g/${g.slug}`)).status, 404);
  });

  test('members and moderators get 404 for the list and every action', async () => {
    const g = createGroup({ name: `Ziel ${tag('z')}` });
    for (const who of [await demoClient(DEMO.member1), await demoClient(DEMO.moderator)]) {
      assert.equal((await who.get('/admin/groups')).status, 404);
      for (const [path, fields] of [[`/admin/groups/${g.id}/archive`, {}], [`/admin/groups/${g.id}/restore`, {}], [`/admin/groups/${g.id}/owner`, { email: DEMO.member1 }]])
        assert.equal((await who.submit('/account', path, fields)).status, 404, path);
    }
    assert.deepEqual(rolesOf(g.id), []);
    assert.equal(sql(`SELECT archived_at IS NULL FROM \`groups\` WHERE id = ${g.id}`)[0][0], '1');
  });
});
