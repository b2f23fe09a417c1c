// What the access matrices of the group workspaces share
// (group-access.test.mjs for the groups program, group-forum-access.test.mjs
// for a group's forum): the seven kinds of user, the four kinds of group,
// and groups made by SQL with the same cast every time.
import { DEMO, demoClient, inviteUsers } from './lib.mjs';
import { lit, sql, tag, userId } from './forum-lib.mjs';

export const ROLES = ['outsider', 'requester', 'invited', 'member', 'moderator', 'owner', 'admin'];
export const KINDS = ['open', 'closed', 'private', 'archived'];

/**
 * The cast, each { client, id, name, csrf }: the seven ROLES plus owner2
 * (a second owner, so that an owner may leave) and guest (someone to
 * invite, in no group). Fresh accounts; admin is the demo admin.
 */
export async function matrixUsers() {
  const fresh = await inviteUsers(8, { name: `Matrix ${tag('p')}` });
  const names = ['outsider', 'requester', 'invited', 'member', 'moderator', 'owner', 'owner2', 'guest'];
  const users = {};
  names.forEach((n, i) => (users[n] = { ...fresh[i], id: userId(fresh[i].email) }));
  users.admin = { client: await demoClient(DEMO.admin), id: userId(DEMO.admin), name: 'admin' };
  for (const r of [...ROLES, 'owner2']) users[r].csrf = await users[r].client.csrf('/account');
  return users;
}

/**
 * SQL that makes a group of kind with the standard cast: a pending
 * request (requester), an invitation (invited), an active member,
 * moderator and two owners. "archived" is an open group that was archived.
 * Leaves the group's id in @g; extra is SQL run after it (it may use @g).
 */
export function groupSql(users, kind, slug, extra = '') {
  const visibility = kind === 'archived' ? 'open' : kind;
  const m = (role, who, state = 'active') => `(@g, ${users[who].id}, ${lit(role)}, ${lit(state)}, NOW(), NOW())`;
  return `INSERT INTO \`groups\` (slug, name, description, visibility, archived_at, created_at, updated_at)
    VALUES (${lit(slug)}, ${lit(`Matrix ${slug}`)}, 'Eine Gruppe der Zugriffsmatrix.', ${lit(visibility)},
            ${kind === 'archived' ? 'NOW()' : 'NULL'}, NOW(), NOW());
  SET @g = LAST_INSERT_ID();
  INSERT INTO group_members (group_id, user_id, role, state, created_at, updated_at) VALUES
    ${m('member', 'requester', 'requested')}, ${m('member', 'invited', 'invited')},
    ${m('member', 'member')}, ${m('moderator', 'moderator')}, ${m('owner', 'owner')},
    ${m('owner', 'owner2')};
  UPDATE \`groups\` SET member_count = 4 WHERE id = @g;
  ${extra}`;
}

/** Groups for many cells in one round trip: one per entry of kinds; their slugs. */
export function makeGroups(users, kinds, extra = '') {
  const slugs = kinds.map(() => tag('mx'));
  sql(kinds.map((kind, i) => groupSql(users, kind, slugs[i], extra)).join('\n'));
  return slugs;
}

/** One matrix row per kind: "s1 s2 ..." in the order of ROLES -> [status]. */
export function expected(row, kind, role) {
  return row[kind].split(' ')[ROLES.indexOf(role)];
}
