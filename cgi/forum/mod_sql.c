/* Every statement of the forum's moderation part (moderate.h), side by
 * side with its enum. A forum is named by its group id, NULL for the
 * network's own: "group_id <=> ?" matches both (and uses the index). */
#include "moderate.h"

/* The search: topics whose title matches and posts whose body matches
 * (each MATCH ... AGAINST uses its FULLTEXT index), one row per hit with
 * the post to link to (a title's hit: the topic's first post). FT and FP
 * say which forums count, over the topic's and the post's group_id.
 * Deleted topics, deleted and hidden posts never match. Each kind keeps
 * its SEARCH_HITS_MAX best hits: a word found in half the forum still
 * gives an answer in time, and nobody reads further than that (they add
 * a word). Arguments: the terms twice, FT's, the terms twice, FP's. */
#define SEARCH_HITS_MAX "1000"
#define SEARCH_HITS(FT, FP)                                                                        \
	" ((SELECT t.id topic_id, IFNULL(t.first_post_id, 0) post_id,"                             \
	"   MATCH(t.title) AGAINST (? IN BOOLEAN MODE) score"                                      \
	"   FROM forum_topics t"                                                                   \
	"   WHERE MATCH(t.title) AGAINST (? IN BOOLEAN MODE) AND t.deleted_at IS NULL AND" FT      \
	"   ORDER BY score DESC, t.id DESC LIMIT " SEARCH_HITS_MAX ")"                             \
	" UNION ALL"                                                                               \
	"  (SELECT p.topic_id, p.id, MATCH(p.body) AGAINST (? IN BOOLEAN MODE) score"              \
	"   FROM forum_posts p"                                                                    \
	"   WHERE MATCH(p.body) AGAINST (? IN BOOLEAN MODE) AND p.deleted_at IS NULL"              \
	"   AND p.hidden_at IS NULL AND" FP                                                        \
	"   ORDER BY score DESC, p.id DESC LIMIT " SEARCH_HITS_MAX ")) "

/* clang-format off */
/* One row per topic: its best hit (the post to link to and quote), by
 * relevance, then by the topic's last activity, and how many topics
 * there are in all (one full-text search per page, not a second one to
 * count). The excerpt's text only from a post that is neither deleted nor
 * hidden (a title's hit may point to a first post that is). Then LIMIT,
 * OFFSET. */
#define SEARCH_PAGE(FT, FP)                                                                        \
	"SELECT t.id, t.title, b.post_id,"                                                         \
	" CASE WHEN p.deleted_at IS NULL AND p.hidden_at IS NULL THEN p.body END,"                 \
	" c.id, c.name, gr.slug, gr.name, t.last_post_at, COUNT(*) OVER ()"                        \
	" FROM (SELECT m.topic_id, m.post_id, m.score, ROW_NUMBER() OVER"                          \
	"       (PARTITION BY m.topic_id ORDER BY m.score DESC, m.post_id) rn"                     \
	"       FROM" SEARCH_HITS(FT, FP) "m) b"                                                   \
	" JOIN forum_topics t ON t.id = b.topic_id AND t.deleted_at IS NULL"                       \
	" JOIN forum_categories c ON c.id = t.category_id"                                         \
	" LEFT JOIN `groups` gr ON gr.id = t.group_id"                                             \
	" LEFT JOIN forum_posts p ON p.id = b.post_id"                                             \
	" WHERE b.rn = 1"                                                                          \
	" ORDER BY b.score DESC, t.last_post_at DESC, t.id DESC LIMIT ? OFFSET ?"
/* clang-format on */

/* /forum/search: every forum the user may read (the user's id bound to
 * each filter); /g/SLUG/forum/search: that group's (its id). */
#define READABLE_T KP_ACCESS_READABLE("t.group_id")
#define READABLE_P KP_ACCESS_READABLE("p.group_id")
#define GROUP_T    " t.group_id = ? "
#define GROUP_P    " p.group_id = ? "

struct kp_sql mod_sql[MOD_COUNT_STMTS] = {
    [MOD_TOPIC_PIN] = {"UPDATE forum_topics SET pinned = ? WHERE id = ?"},
    [MOD_TOPIC_LOCK] = {"UPDATE forum_topics SET locked = ? WHERE id = ?"},
    [MOD_TOPIC_RENAME] = {"UPDATE forum_topics SET title = ?, updated_at = NOW() WHERE id = ?"},
    /* Moves and splits of one topic run one after the other: each locks
     * the topic's row first and takes its category from there. */
    [MOD_TOPIC_FOR_UPDATE] = {"SELECT category_id, IFNULL(first_post_id, 0) FROM forum_topics"
                              " WHERE id = ? AND deleted_at IS NULL FOR UPDATE"},
    [MOD_TOPIC_MOVE] = {"UPDATE forum_topics SET category_id = ?, updated_at = NOW()"
                        " WHERE id = ?"},
    /* Where a topic may go (or a split-off post start a new one): the
     * forum's categories that take new topics, but for one (0: none). */
    [MOD_TARGETS] = {"SELECT id, name FROM forum_categories"
                     " WHERE group_id <=> ? AND retired = 0 AND id <> ?"
                     " ORDER BY position, name, id"},
    [MOD_TARGET_CATEGORY] = {"SELECT id FROM forum_categories"
                             " WHERE id = ? AND group_id <=> ? AND retired = 0 AND id <> ?"},
    [MOD_USER_NAME] = {"SELECT name FROM users WHERE id = ?"},
    [MOD_POST_HIDE] = {"UPDATE forum_posts SET hidden_at = NOW(), hidden_by = ?,"
                       " hidden_reason = ? WHERE id = ? AND deleted_at IS NULL"},
    [MOD_POST_RESTORE] = {"UPDATE forum_posts SET hidden_at = NULL, hidden_by = NULL,"
                          " hidden_reason = NULL WHERE id = ? AND hidden_at IS NOT NULL"},
    /* Hiding a post settles its open reports: the moderator acted. */
    [MOD_POST_REPORTS_RESOLVE] = {"UPDATE reports SET resolved_at = NOW(), resolved_by = ?"
                                  " WHERE kind = 'forum_post' AND content_id = ?"
                                  " AND resolved_at IS NULL"},
    /* The new topic of a split: in the chosen category of the same forum
     * (the post's group_id), by the post's author, begun when the post
     * was written; its counts follow from the rows (recount). */
    [MOD_SPLIT_TOPIC_INSERT] = {"INSERT INTO forum_topics (category_id, group_id, title,"
                                " created_by, created_at, updated_at, last_post_at)"
                                " SELECT ?, group_id, ?, created_by, created_at, NOW(), created_at"
                                " FROM forum_posts WHERE id = ?"},
    [MOD_SPLIT_POST_MOVE] = {"UPDATE forum_posts SET topic_id = ? WHERE id = ? AND topic_id = ?"},
    /* The author of a split-off post watches their new topic, as they
     * would one they had begun themselves (new topic, post). */
    [MOD_SPLIT_WATCH] = {"INSERT IGNORE INTO forum_topic_watches (user_id, topic_id, created_at)"
                         " SELECT created_by, ?, NOW() FROM forum_posts"
                         " WHERE id = ? AND created_by IS NOT NULL"},
    /* Reports of one post by one member run one after the other. */
    [MOD_POST_FOR_UPDATE] = {"SELECT topic_id, deleted_at IS NOT NULL FROM forum_posts"
                             " WHERE id = ? FOR UPDATE"},
    [MOD_REPORT_OPEN_OF] = {"SELECT id FROM reports WHERE kind = 'forum_post' AND content_id = ?"
                            " AND reporter_id = ? AND resolved_at IS NULL LIMIT 1"},
    [MOD_REPORT_INSERT] = {"INSERT INTO reports (kind, content_id, group_id, reporter_id, reason,"
                           " created_at) VALUES ('forum_post', ?, ?, ?, ?, NOW())"},
    /* The open reports of one forum: a range of reports_open. */
    [MOD_REPORTS_COUNT] = {"SELECT COUNT(*) FROM reports WHERE resolved_at IS NULL"
                           " AND group_id <=> ? AND kind = 'forum_post'"},
    [MOD_REPORTS_LIST] = {"SELECT r.id, r.content_id, r.reason, r.created_at, u.name, p.body,"
                          " p.deleted_at IS NOT NULL, p.hidden_at IS NOT NULL, a.name,"
                          " t.id, t.title"
                          " FROM reports r"
                          " LEFT JOIN users u ON u.id = r.reporter_id"
                          " LEFT JOIN forum_posts p ON p.id = r.content_id"
                          " LEFT JOIN users a ON a.id = p.created_by"
                          " LEFT JOIN forum_topics t ON t.id = p.topic_id"
                          " WHERE r.resolved_at IS NULL AND r.group_id <=> ?"
                          " AND r.kind = 'forum_post'"
                          " ORDER BY r.id LIMIT ? OFFSET ?"},
    [MOD_REPORT_LOAD] = {"SELECT id, IFNULL(group_id, 0), resolved_at IS NOT NULL, content_id"
                         " FROM reports WHERE id = ? AND kind = 'forum_post'"},
    [MOD_REPORT_RESOLVE] = {"UPDATE reports SET resolved_at = NOW(), resolved_by = ?"
                            " WHERE id = ? AND resolved_at IS NULL"},
    [MOD_SEARCH_ALL] = {SEARCH_PAGE(READABLE_T, READABLE_P)},
    [MOD_SEARCH_GROUP] = {SEARCH_PAGE(GROUP_T, GROUP_P)},
    [MOD_CATEGORY_POSITION] = {"SELECT position FROM forum_categories WHERE id = ?"},
    /* The choices; a retired field stays a choice for the category that
     * has it (the second ?). */
    [MOD_FIELDS] = {"SELECT id, IF(? = 'en', name_en, name_de) FROM fields_of_action"
                    " WHERE retired = 0 OR id = ? ORDER BY position, id"},
    [MOD_FIELD_EXISTS] =
        {"SELECT id FROM fields_of_action WHERE id = ? AND (retired = 0 OR id = ?)"},
    [MOD_CATEGORY_INSERT] = {"INSERT INTO forum_categories (group_id, name, description, field_id,"
                             " position, retired, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, NOW(), NOW())"},
    [MOD_CATEGORY_UPDATE] = {"UPDATE forum_categories SET name = ?, description = ?, field_id = ?,"
                             " position = ?, retired = ?, updated_at = NOW() WHERE id = ?"},
};
