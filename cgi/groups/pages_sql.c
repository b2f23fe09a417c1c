/* Every statement of the pages part (pages.h), side by side with its
 * enum. The list reads the stored member counts (groups.member_count,
 * kept by kp_group_recount) and never counts rows; each page's rows come
 * with their joins in one statement. Times are UTC. */
#include "pages.h"

struct kp_sql pages_sql[PAGES_COUNT_STMTS] = {
    /* A page of the groups the user (first two ?) may know of, by name
     * (groups_name: deleted_at, name), with the user's own row: mine (1:
     * only groups with a row of the user — active, invited or
     * requested), the name search (q, then its LIKE pattern), limit,
     * offset. The page's ids and the total (COUNT(*) OVER (), so the
     * pager needs no second statement) come first, without the long
     * descriptions, then the page's 25 rows; the list shows the start of
     * a description only, so 1000 characters of it are plenty. */
    [PAGES_LIST] =
        {"SELECT g.slug, g.name, LEFT(g.description, 1000), g.visibility, g.member_count,"
         " g.archived_at IS NOT NULL, g.picture_sha256 IS NOT NULL, pg.role, pg.state,"
         " pg.total"
         " FROM (SELECT g.id, gm.role, gm.state, COUNT(*) OVER () AS total"
         "       FROM `groups` g"
         "       LEFT JOIN group_members gm ON gm.group_id = g.id AND gm.user_id = ?"
         "       WHERE" KP_ACCESS_KNOWN_GROUP "       AND (? = 0 OR gm.user_id IS NOT NULL)"
         "       AND (? = '' OR g.name LIKE ?)"
         "       ORDER BY g.name, g.id LIMIT ? OFFSET ?) pg"
         " JOIN `groups` g ON g.id = pg.id"
         " ORDER BY g.name, g.id"},
    /* Slugs stay taken by deleted groups too (groups_slug is unique). */
    [PAGES_SLUG_TAKEN] = {"SELECT id FROM `groups` WHERE slug = ?"},
    /* slug, name, description, picture, its type, visibility, creator */
    [PAGES_INSERT] = {"INSERT INTO `groups` (slug, name, description, picture_sha256, picture_mime,"
                      " visibility, created_by, created_at, updated_at)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, NOW(), NOW())"},
    /* The creator: the group's first owner (group, user). */
    [PAGES_OWNER_ADD] = {"INSERT INTO group_members (group_id, user_id, role, state, created_at,"
                         " updated_at) VALUES (?, ?, 'owner', 'active', NOW(), NOW())"},
    /* A new group's forum starts with one category, so that its members
     * can write at once; the owners rename it or add others later. */
    [PAGES_FIRST_CATEGORY] = {"INSERT INTO forum_categories (group_id, name, position, created_at,"
                              " updated_at) VALUES (?, ?, 1, NOW(), NOW())"},
    /* What the home page and the settings show beyond access.h's row
     * (group): who archived it is a name (NULL: the account is gone). */
    [PAGES_SHOW] = {"SELECT g.description, g.picture_sha256, g.picture_mime, g.member_count,"
                    " g.archived_at, ab.name, g.created_at"
                    " FROM `groups` g LEFT JOIN users ab ON ab.id = g.archived_by"
                    " WHERE g.id = ? AND g.deleted_at IS NULL"},
    /* The picture (group) and its type. */
    [PAGES_PICTURE] = {"SELECT picture_sha256, picture_mime FROM `groups`"
                       " WHERE id = ? AND deleted_at IS NULL"},
    /* The 5 topics of the group's forum with the newest posts (group),
     * with who wrote last. forum_topics_group narrows to the group; the
     * group's topics are sorted (a priority queue of 5). */
    [PAGES_TOPICS] = {"SELECT t.id, t.title, t.post_count, t.last_post_at, lu.id, lu.name"
                      " FROM forum_topics t LEFT JOIN users lu ON lu.id = t.last_poster_id"
                      " WHERE t.group_id = ? AND t.deleted_at IS NULL"
                      " ORDER BY t.last_post_at DESC, t.id DESC LIMIT 5"},
    /* The group's next 5 dates (group) that have not ended, with whether
     * the date or the whole event is cancelled (the events program keeps
     * them: event_occurrences, one index range on starts_at). */
    [PAGES_EVENTS] = {"SELECT e.id, e.title, oc.starts_at, e.all_day,"
                      " oc.cancelled OR e.cancelled_at IS NOT NULL"
                      " FROM event_occurrences oc JOIN events e ON e.id = oc.event_id"
                      " WHERE e.group_id = ? AND oc.ends_at >= UTC_TIMESTAMP()"
                      " ORDER BY oc.starts_at, e.id LIMIT 5"},
    /* Up to 12 active members (group): owners first, then moderators,
     * then by name (the ENUM's order is member, moderator, owner), each
     * with the organisation shown with their name (shown_orgs), as
     * the forum's author line has it.
     * Accounts that are not active (suspended, deleted) are not shown. */
    [PAGES_MEMBERS] =
        {"SELECT pg.user_id, pg.name, pg.role, o.id, o.name"
         " FROM (SELECT gm.user_id, gm.role, u.name"
         "       FROM group_members gm JOIN users u ON u.id = gm.user_id"
         "       WHERE gm.group_id = ? AND gm.state = 'active' AND u.status = 'active'"
         "       ORDER BY gm.role DESC, u.name, u.id LIMIT 12) pg"
         " LEFT JOIN shown_orgs so ON so.user_id = pg.user_id"
         " LEFT JOIN orgs o ON o.id = so.org_id"
         " ORDER BY pg.role DESC, pg.name, pg.user_id"},
    /* The group's row, locked for the settings' transaction: its
     * visibility before the change (for the audit entry) and whether it
     * was archived meanwhile. */
    [PAGES_LOCK] = {"SELECT visibility, archived_at IS NOT NULL FROM `groups`"
                    " WHERE id = ? AND deleted_at IS NULL FOR UPDATE"},
    /* name, description, visibility, group */
    [PAGES_UPDATE] = {"UPDATE `groups` SET name = ?, description = ?, visibility = ?,"
                      " updated_at = NOW() WHERE id = ?"},
    /* picture, its type (both NULL: removed), group */
    [PAGES_PICTURE_SET] = {"UPDATE `groups` SET picture_sha256 = ?, picture_mime = ? WHERE id = ?"},
    /* Nothing changed (0 rows): it was archived already, or restored. */
    [PAGES_ARCHIVE] = {"UPDATE `groups` SET archived_at = NOW(), archived_by = ?"
                       " WHERE id = ? AND archived_at IS NULL AND deleted_at IS NULL"},
    [PAGES_RESTORE] = {"UPDATE `groups` SET archived_at = NULL, archived_by = NULL"
                       " WHERE id = ? AND archived_at IS NOT NULL AND deleted_at IS NULL"},
    /* Whether the user is an active owner (group, user), read again after
     * the group's lock: 1 row when so. */
    [PAGES_ME_LOCK] = {"SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ?"
                       " AND state = 'active' AND role = 'owner' FOR UPDATE"},
    /* A group that is no longer closed takes no requests: the waiting ones
     * go (group), with the managers' notes about them. */
    [PAGES_REQUESTS_DELETE] =
        {"DELETE FROM group_members WHERE group_id = ? AND state = 'requested'"},
    [PAGES_REQUEST_NOTES_DELETE] = {"DELETE FROM notifications WHERE group_id = ?"
                                    " AND kind = 'group_request'"},
    /* The five documents of the group's library changed last (the docs
     * program's tables, sql/migrations/0010_docs.sql), not those in the bin. */
    [PAGES_DOCS] = {"SELECT d.id, d.title, d.updated_at, v.filename FROM documents d"
                    " JOIN document_versions v ON v.id = d.current_version_id"
                    " WHERE d.group_id = ? AND d.deleted_at IS NULL"
                    " ORDER BY d.updated_at DESC, d.id DESC LIMIT 5"},
};
