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

// ------------------------------------------- moderation part's helpers ----
// Topics and posts written straight into the database for the moderation
// tests (forum-moderate.test.mjs), with the counts of topic and category
// kept as the programs keep them (forum.h).

/** A topic with its first post in category categoryId (of the group
 * groupId, null for the network's forum). ageSeconds: how long ago it was
 * written. Returns { topicId, postId }. */
export function modInsertTopic({ categoryId, groupId = null, title, authorId = null, body = 'Erster Beitrag.', ageSeconds = 0 }) {
  const at = `NOW() - INTERVAL ${Number(ageSeconds)} SECOND`;
  const rows = sql(
    `INSERT INTO forum_topics (category_id, group_id, title, created_by, created_at, updated_at, last_post_at)
     VALUES (${categoryId}, ${lit(groupId)}, ${lit(title || `Thema ${tag('t')}`)}, ${lit(authorId)}, ${at}, ${at}, ${at});
     SET @t = LAST_INSERT_ID();
     INSERT INTO forum_posts (topic_id, group_id, created_by, created_at, body)
     VALUES (@t, ${lit(groupId)}, ${lit(authorId)}, ${at}, ${lit(body)});
     SET @p = LAST_INSERT_ID();
     UPDATE forum_topics SET post_count = 1, first_post_id = @p, last_post_id = @p, last_poster_id = ${lit(authorId)} WHERE id = @t;
     UPDATE forum_categories SET topic_count = topic_count + 1, post_count = post_count + 1,
       last_post_id = @p, last_post_at = ${at} WHERE id = ${categoryId};
     SELECT @t, @p;`,
  );
  const last = rows[rows.length - 1];
  return { topicId: Number(last[0]), postId: Number(last[1]) };
}

/** A reply in topicId (same forum as the topic); returns its id. */
export function modInsertPost({ topicId, authorId = null, body = 'Eine Antwort.', ageSeconds = 0 }) {
  const at = `NOW() - INTERVAL ${Number(ageSeconds)} SECOND`;
  const rows = sql(
    `INSERT INTO forum_posts (topic_id, group_id, created_by, created_at, body)
     SELECT id, group_id, ${lit(authorId)}, ${at}, ${lit(body)} FROM forum_topics WHERE id = ${topicId};
     SET @p = LAST_INSERT_ID();
     UPDATE forum_topics SET post_count = post_count + 1, last_post_id = @p, last_post_at = ${at},
       last_poster_id = ${lit(authorId)} WHERE id = ${topicId};
     UPDATE forum_categories c JOIN forum_topics t ON t.category_id = c.id
       SET c.post_count = c.post_count + 1, c.last_post_id = @p, c.last_post_at = ${at} WHERE t.id = ${topicId};
     SELECT @p;`,
  );
  return Number(rows[rows.length - 1][0]);
}

/** A category's stored counts and what its rows say they should be:
 * { stored: {topics, posts, last}, rows: {topics, posts, last} }. */
export function modCategoryCounts(categoryId) {
  const [s] = sql(`SELECT topic_count, post_count, IFNULL(last_post_id, 0) FROM forum_categories WHERE id = ${categoryId}`);
  const [r] = sql(
    `SELECT COUNT(DISTINCT t.id), COUNT(p.id), IFNULL(MAX(p.id), 0)
     FROM forum_topics t LEFT JOIN forum_posts p ON p.topic_id = t.id
     WHERE t.category_id = ${categoryId} AND t.deleted_at IS NULL`,
  );
  const n = (a) => ({ topics: Number(a[0]), posts: Number(a[1]), last: Number(a[2]) });
  return { stored: n(s), rows: n(r) };
}

/** A topic's stored counts and what its posts say they should be. */
export function modTopicCounts(topicId) {
  const [s] = sql(`SELECT post_count, IFNULL(first_post_id, 0), IFNULL(last_post_id, 0) FROM forum_topics WHERE id = ${topicId}`);
  const [r] = sql(`SELECT COUNT(*), IFNULL(MIN(id), 0), IFNULL(MAX(id), 0) FROM forum_posts WHERE topic_id = ${topicId}`);
  const n = (a) => ({ posts: Number(a[0]), first: Number(a[1]), last: Number(a[2]) });
  return { stored: n(s), rows: n(r) };
}
