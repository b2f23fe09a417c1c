// The organisation shown with a member's name (the table shown_orgs, kept by
// the triggers of sql/migrations/0014_shown_org.sql): the first by name of
// the member's organisations that are not deleted, whoever changes the
// memberships or the organisations — checked in the database after each
// kind of change, and on a forum page and a group's home page, which read it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoClient, textOf } from './lib.mjs';
import { addGroupMember, createCategory, createGroup, lit, modInsertTopic, sql, tag } from './forum-lib.mjs';
import { insertPerson } from './directory-lib.mjs';

function shown(uid) {
  const v = sql(`SELECT IFNULL((SELECT org_id FROM shown_orgs WHERE user_id = ${uid}), 0)`)[0][0];
  return Number(v);
}

function org(name) {
  return Number(sql(`INSERT INTO orgs (name, type_id) VALUES (${lit(name)}, 1); SELECT LAST_INSERT_ID();`).at(-1)[0]);
}

test('the shown organisation follows memberships, renames, deletions and moves', () => {
  const k = tag('so');
  const uid = insertPerson({ name: `Shown ${k}`, email: `${k}-a@example.org` });
  const other = insertPerson({ name: `Other ${k}`, email: `${k}-b@example.org` });
  const zeta = org(`Zeta ${k}`);
  const mid = org(`Mitte ${k}`);
  assert.equal(shown(uid), 0, 'no organisation: none shown');

  sql(`INSERT INTO org_members (org_id, user_id) VALUES (${zeta}, ${uid})`);
  assert.equal(shown(uid), zeta, 'the only organisation');
  sql(`INSERT INTO org_members (org_id, user_id) VALUES (${mid}, ${uid})`);
  assert.equal(shown(uid), mid, 'a second one earlier by name comes first');

  sql(`UPDATE orgs SET name = ${lit(`Aaa ${k}`)} WHERE id = ${zeta}`);
  assert.equal(shown(uid), zeta, 'renamed to come first');
  sql(`UPDATE orgs SET deleted_at = NOW() WHERE id = ${zeta}`);
  assert.equal(shown(uid), mid, 'a deleted organisation is not shown');
  sql(`UPDATE orgs SET deleted_at = NULL WHERE id = ${zeta}`);
  assert.equal(shown(uid), zeta, 'restored: shown again');

  // Moving a membership to another organisation (as a merge does) and to
  // another person.
  const merged = org(`Ziel ${k}`);
  sql(`UPDATE org_members SET org_id = ${merged} WHERE org_id = ${zeta} AND user_id = ${uid}`);
  assert.equal(shown(uid), mid, 'moved away from the first: the next one');
  sql(`UPDATE org_members SET user_id = ${other} WHERE org_id = ${mid} AND user_id = ${uid}`);
  assert.equal(shown(uid), merged, 'membership handed to someone else');
  assert.equal(shown(other), mid, 'and shown for them');

  sql(`DELETE FROM org_members WHERE user_id = ${uid}`);
  assert.equal(shown(uid), 0, 'left every organisation');
  sql(`DELETE FROM orgs WHERE id = ${mid}`);
  assert.equal(shown(other), 0, 'a removed organisation is no longer shown');
});

test('forum posts and a group home page show the organisation kept on the member', async () => {
  const k = tag('sp');
  const uid = insertPerson({ name: `Autorin ${k}`, email: `${k}@example.org` });
  const o = org(`Beratung ${k}`);
  sql(`INSERT INTO org_members (org_id, user_id) VALUES (${o}, ${uid})`);
  const cat = createCategory({ name: `Kategorie ${k}` });
  const { topicId } = modInsertTopic({ categoryId: cat, authorId: uid, title: `Thema ${k}` });
  const g = createGroup({ visibility: 'open', name: `Gruppe ${k}` });
  addGroupMember(g.id, uid, 'owner');
  const c = await demoClient();

  let page = textOf((await c.get(`/forum/t/${topicId}`)).text);
  assert.match(page, new RegExp(`Beratung ${k}`));
  let home = textOf((await c.get(`/g/${g.slug}`)).text);
  assert.match(home, new RegExp(`Beratung ${k}`));

  sql(`UPDATE orgs SET name = ${lit(`Neuer Name ${k}`)} WHERE id = ${o}`);
  page = textOf((await c.get(`/forum/t/${topicId}`)).text);
  assert.match(page, new RegExp(`Neuer Name ${k}`));
  sql(`UPDATE orgs SET deleted_at = NOW() WHERE id = ${o}`);
  page = textOf((await c.get(`/forum/t/${topicId}`)).text);
  assert.doesNotMatch(page, new RegExp(`Neuer Name ${k}`));
  home = textOf((await c.get(`/g/${g.slug}`)).text);
  assert.doesNotMatch(home, new RegExp(`Neuer Name ${k}`));
});
