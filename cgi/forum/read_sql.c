/* Every statement of the forum's read part (read.h), side by side with
 * its enum. The pages read stored counts and "last post" fields (kept by
 * the writers, forum.h) and index ranges; nothing here counts rows to
 * show a page, and each page's rows come with their joins in one
 * statement. Times are UTC; the relative ones ("vor 5 Minuten") are the
 * database's seconds to NOW(), so they agree with what it stored. */
#include "read.h"

struct kp_sql read_sql[READ_COUNT_STMTS] = {
    /* The forum's categories (language, group: NULL for the network's
     * forum), retired ones last, each with its last post, that post's
     * topic and author. */
    [READ_CATEGORIES] = {"SELECT c.id, c.name, c.description, IF(? = 'en', f.name_en, f.name_de),"
                         " c.retired, c.topic_count, c.post_count, c.last_post_id, c.last_post_at,"
                         " TIMESTAMPDIFF(SECOND, c.last_post_at, NOW()), t.id, t.title, u.id,"
                         " u.name"
                         " FROM forum_categories c"
                         " LEFT JOIN fields_of_action f ON f.id = c.field_id"
                         " LEFT JOIN forum_posts lp ON lp.id = c.last_post_id"
                         " LEFT JOIN forum_topics t ON t.id = lp.topic_id AND t.deleted_at IS NULL"
                         " LEFT JOIN users u ON u.id = lp.created_by"
                         " WHERE c.group_id <=> ?"
                         " ORDER BY c.retired, c.position, c.name, c.id"},
    /* A category's stored topic count, and whether the user (first ?)
     * watches it (category). */
    [READ_CATEGORY_STATE] = {"SELECT c.topic_count, EXISTS(SELECT 1 FROM forum_category_watches w"
                             " WHERE w.user_id = ? AND w.category_id = c.id)"
                             " FROM forum_categories c WHERE c.id = ?"},
    /* A page of a category's topics (category, limit, offset, user):
     * pinned first, then by last activity. The page's ids come first,
     * from a backward range of forum_topics_list alone (it holds
     * deleted_at, so skipping the pages before needs no row), then the
     * page's 25 rows with their joins. Unread (0004_forum.sql,
     * forum_reads): the last post is newer than what the user has read;
     * a topic never opened only when its last post came after the user
     * joined. */
    [READ_TOPICS] = {"SELECT t.id, t.title, t.pinned, t.locked, t.post_count, t.last_post_id,"
                     " t.last_post_at, TIMESTAMPDIFF(SECOND, t.last_post_at, NOW()), lu.id,"
                     " lu.name, su.id, su.name,"
                     " IFNULL(t.last_post_id, 0) > IFNULL(fr.last_post_id, 0)"
                     "   AND (fr.user_id IS NOT NULL OR t.last_post_at > me.created_at)"
                     " FROM (SELECT id FROM forum_topics"
                     "       WHERE category_id = ? AND deleted_at IS NULL"
                     "       ORDER BY pinned DESC, last_post_at DESC, id DESC"
                     "       LIMIT ? OFFSET ?) pg"
                     " JOIN forum_topics t ON t.id = pg.id"
                     " JOIN users me ON me.id = ?"
                     " LEFT JOIN forum_reads fr ON fr.user_id = me.id AND fr.topic_id = t.id"
                     " LEFT JOIN users lu ON lu.id = t.last_poster_id"
                     " LEFT JOIN users su ON su.id = t.created_by"
                     " ORDER BY t.pinned DESC, t.last_post_at DESC, t.id DESC"},
    /* Whether the user watches the topic, and the last post they have read
     * in it (0: none) (user, topic, user, topic). */
    [READ_TOPIC_STATE] = {"SELECT EXISTS(SELECT 1 FROM forum_topic_watches"
                          " WHERE user_id = ? AND topic_id = ?),"
                          " IFNULL((SELECT last_post_id FROM forum_reads"
                          " WHERE user_id = ? AND topic_id = ?), 0)"},
    /* The first post of a topic's page (topic, offset): a range of the
     * covering index forum_posts_topic. (As a subquery of READ_POSTS the
     * optimiser would not use its value for the range.) */
    [READ_PAGE_START] = {"SELECT id FROM forum_posts WHERE topic_id = ?"
                         " ORDER BY id LIMIT 1 OFFSET ?"},
    /* A page of a topic's posts (topic, first id, limit): an index range
     * of forum_posts_topic. Each with its author and the organisation shown
     * with the author's name (shown_orgs, kept by triggers:
     * sql/migrations/0014_shown_org.sql). A deleted post brings no text
     * along. */
    [READ_POSTS] = {"SELECT p.id, IFNULL(p.created_by, 0), u.name, o.id, o.name, p.created_at,"
                    " TIMESTAMPDIFF(SECOND, p.created_at, NOW()),"
                    " IF(p.deleted_at IS NULL, p.body, NULL), p.revision_count,"
                    " p.deleted_at IS NOT NULL, p.hidden_at IS NOT NULL, p.hidden_reason"
                    " FROM forum_posts p"
                    " LEFT JOIN users u ON u.id = p.created_by"
                    " LEFT JOIN shown_orgs so ON so.user_id = p.created_by"
                    " LEFT JOIN orgs o ON o.id = so.org_id"
                    " WHERE p.topic_id = ? AND p.id >= ?"
                    " ORDER BY p.id LIMIT ?"},
    /* The user has read the topic up to a post (user, topic, post); never
     * back: an older page read later leaves the mark where it was. */
    [READ_MARK] = {"INSERT INTO forum_reads (user_id, topic_id, last_post_id) VALUES (?, ?, ?)"
                   " ON DUPLICATE KEY UPDATE last_post_id ="
                   " GREATEST(last_post_id, VALUES(last_post_id))"},
    /* user, topic */
    [READ_WATCH_TOPIC] = {"INSERT IGNORE INTO forum_topic_watches (user_id, topic_id, created_at)"
                          " VALUES (?, ?, NOW())"},
    [READ_UNWATCH_TOPIC] = {"DELETE FROM forum_topic_watches WHERE user_id = ? AND topic_id = ?"},
    /* user, category */
    [READ_WATCH_CATEGORY] = {"INSERT IGNORE INTO forum_category_watches (user_id, category_id,"
                             " created_at) VALUES (?, ?, NOW())"},
    [READ_UNWATCH_CATEGORY] = {"DELETE FROM forum_category_watches"
                               " WHERE user_id = ? AND category_id = ?"},
};
