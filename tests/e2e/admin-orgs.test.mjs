// The admin pages' organisations (issue 8): new organisations confirmed or
// rejected, two duplicates merged (contact persons, offers and fields of
// action move over; a person in both keeps one row), offers not confirmed
// for 12 months listed; every action audited; members cannot post them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, demoClient, inviteUser, mainText, show } from './lib.mjs';
import { addMember, insertOffer, insertOrg, tag } from './directory-lib.mjs';
import { adminClient, auditOf, lit, sql } from './admin-lib.mjs';

const orgRow = (id) => sql(`SELECT verified_at IS NOT NULL, deleted_at IS NOT NULL FROM orgs WHERE id = ${id}`)[0];
const idOf = (email) => Number(sql(`SELECT id FROM users WHERE email = ${lit(email)}`)[0][0]);

describe('admin: organisations', { concurrency: false }, () => {
  let admin;
  test('set-up', async () => {
    admin = await adminClient({ name: 'Olga Organisation' });
  });

  test('a new organisation is confirmed; another is rejected', async () => {
    const a = insertOrg({ name: `Neuer Verein ${tag('o')}`, verified: false });
    const b = insertOrg({ name: `Unklarer Eintrag ${tag('o')}`, verified: false });
    const page = await admin.client.get('/admin/orgs');
    assert.equal(page.status, 200);
    assert.match(page.text, new RegExp(`id="org-${a}"`));
    assert.match(page.text, new RegExp(`id="org-${b}"`));
    const v = await admin.client.submit('/admin/orgs', `/admin/orgs/${a}/verify`);
    assert.equal(v.status, 303, show(v));
    assert.deepEqual(orgRow(a), ['1', '0']);
    assert.equal(auditOf('org.verified')[0].target, a);
    const x = await admin.client.submit('/admin/orgs', `/admin/orgs/${b}/reject`);
    assert.equal(x.status, 303);
    assert.deepEqual(orgRow(b), ['0', '1']);
    assert.equal(auditOf('org.rejected')[0].target, b);
    // A confirmed organisation is not rejected by a stale form.
    const again = await admin.client.submit('/admin/orgs', `/admin/orgs/${a}/reject`);
    assert.equal(again.status, 303);
    assert.deepEqual(orgRow(a), ['1', '0']);
    const after = await admin.client.get('/admin/orgs');
    assert.ok(!after.text.includes(`id="org-${a}"`) && !after.text.includes(`id="org-${b}"`));
  });

  test('two duplicates are merged: persons, offers and fields move, the duplicate goes', async () => {
    const p1 = await inviteUser({ name: `Person Eins ${tag('p')}` });
    const p2 = await inviteUser({ name: `Person Zwei ${tag('p')}` });
    const [u1, u2] = [idOf(p1.email), idOf(p2.email)];
    const keep = insertOrg({ name: `Caritas Musterkreis ${tag('m')}`, fields: [1] });
    const dup = insertOrg({ name: `Caritasverband Musterkreis ${tag('m')}`, fields: [1, 2] });
    addMember(keep, u1, 'Leitung', 1);
    addMember(dup, u1, 'Beratung', 0);
    addMember(dup, u2, 'Beratung', 1);
    const offer = insertOffer({ orgId: dup, title: `Sprachcafé ${tag('f')}` });
    const bad = await admin.client.submit('/admin/orgs', '/admin/orgs/merge', { from: String(keep), into: String(keep) });
    assert.equal(bad.status, 422);
    assert.match(mainText(bad.text), /zwei verschiedene/);
    const r = await admin.client.submit('/admin/orgs', '/admin/orgs/merge', { from: String(dup), into: String(keep) });
    assert.equal(r.status, 303, show(r));
    assert.equal(r.location, `/orgs/${keep}`);
    assert.deepEqual(orgRow(dup), ['1', '1']);
    assert.deepEqual(sql(`SELECT user_id, role, editor FROM org_members WHERE org_id = ${keep} ORDER BY user_id`), [[String(u1), 'Leitung', '1'], [String(u2), 'Beratung', '1']]);
    assert.equal(sql(`SELECT COUNT(*) FROM org_members WHERE org_id = ${dup}`)[0][0], '0');
    assert.equal(sql(`SELECT org_id FROM offers WHERE id = ${offer}`)[0][0], String(keep));
    assert.deepEqual(sql(`SELECT field_id FROM org_fields WHERE org_id = ${keep} ORDER BY field_id`).map((x) => x[0]), ['1', '2']);
    const e = auditOf('org.merged')[0];
    assert.equal(e.target, keep);
    assert.match(e.detail, new RegExp(`^${dup} Caritasverband`));
    // The deleted duplicate cannot be merged again.
    const again = await admin.client.submit('/admin/orgs', '/admin/orgs/merge', { from: String(dup), into: String(keep) });
    assert.equal(again.status, 303);
    assert.equal(again.location, '/admin/orgs');
  });

  test('offers not confirmed for 12 months are listed', async () => {
    const org = insertOrg({ name: `Bildungswerk ${tag('b')}` });
    const old = insertOffer({ orgId: org, title: `Alter Kurs ${tag('k')}`, monthsOld: 14 });
    const fresh = insertOffer({ orgId: org, title: `Neuer Kurs ${tag('k')}`, monthsOld: 2 });
    const page = await admin.client.get('/admin/orgs');
    assert.ok(page.text.includes(`href="/orgs/${org}/offers/${old}"`));
    assert.ok(!page.text.includes(`href="/orgs/${org}/offers/${fresh}"`));
  });

  test('members and moderators get 404 for every organisation action', async () => {
    const o = insertOrg({ name: `Zielorganisation ${tag('w')}`, verified: false });
    const other = insertOrg({ name: `Andere ${tag('w')}` });
    for (const who of [await demoClient(DEMO.member1), await demoClient(DEMO.moderator)]) {
      assert.equal((await who.get('/admin/orgs')).status, 404);
      for (const [path, fields] of [[`/admin/orgs/${o}/verify`, {}], [`/admin/orgs/${o}/reject`, {}], ['/admin/orgs/merge', { from: String(o), into: String(other) }]])
        assert.equal((await who.submit('/account', path, fields)).status, 404, path);
    }
    assert.deepEqual(orgRow(o), ['0', '0']);
  });
});
