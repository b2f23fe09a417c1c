// Helpers of the forum's tests (forum-*.test.mjs): groups, memberships and
// categories written straight into the stack's MariaDB — the group
// workspaces' own pages come with a later issue, and the forum's tests need
// every kind of group now — plus the one-time form token a compose form
// carries and the ids a page links to. Rows go through directory-lib.mjs's
// sql() (the stack's application user through its socket).
import { randomBytes } from 'node:crypto';
import { lit, sql, tag } from './directory-lib.mjs';

export { lit, sql, tag };

/** The id of the account with this e-mail address. */
export function userId(email) {
  const rows = sql(`SELECT id FROM users WHERE email = ${lit(email)}`);
  if (!rows.length) throw new Error(`no user ${email}`);
  return Number(rows[0][0]);
}

/** A group: visibility 'open' | 'closed' | 'private'; members: [{ id, role
 * = 'member', state = 'active' }]. Returns { id, slug, base } where base is
 * the group forum's URL prefix. */
export function createGroup({ visibility = 'open', name, archived = false, members = [] } = {}) {
  const slug = tag('g');
  const rows = sql(
    `INSERT INTO \`groups\` (slug, name, visibility, archived_at, created_at, updated_at)
     VALUES (${lit(slug)}, ${lit(name || `Gruppe ${slug}`)}, ${lit(visibility)}, ${archived ? 'NOW()' : 'NULL'}, NOW(), NOW());
     SELECT LAST_INSERT_ID();`,
  );
  const id = Number(rows[rows.length - 1][0]);
  for (const m of members) addGroupMember(id, m.id, m.role, m.state);
  return { id, slug, base: `/g/${slug}/forum` };
}

export function addGroupMember(groupId, uid, role = 'member', state = 'active') {
  sql(`INSERT INTO group_members (group_id, user_id, role, state, created_at)
       VALUES (${groupId}, ${uid}, ${lit(role)}, ${lit(state)}, NOW())
       ON DUPLICATE KEY UPDATE role = VALUES(role), state = VALUES(state)`);
}

/** A category of the network's forum (groupId null) or of a group's. */
export function createCategory({ groupId = null, name, description = null, position = 0, retired = 0 } = {}) {
  const rows = sql(
    `INSERT INTO forum_categories (group_id, name, description, position, retired, created_at, updated_at)
     VALUES (${lit(groupId)}, ${lit(name || `Kategorie ${tag('k')}`)}, ${lit(description)}, ${position}, ${retired}, NOW(), NOW());
     SELECT LAST_INSERT_ID();`,
  );
  return Number(rows[rows.length - 1][0]);
}

/** A fresh one-time form token (forms carry one in the field "once"). */
export function onceToken() {
  return randomBytes(32).toString('base64url');
}

/** The ids in links like href="PREFIX/123" in html, in order, unique. */
export function idsLinked(html, prefix) {
  const esc = prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const re = new RegExp(`href="${esc}/(\\d+)`, 'g');
  return [...new Set([...html.matchAll(re)].map((m) => Number(m[1])))];
}
