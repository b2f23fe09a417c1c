/* Loading a category, topic or post of the forum in scope, and keeping
 * the counts of topics and categories (forum.h). */
#include "forum.h"

enum {
	ITEM_CATEGORY,
	ITEM_TOPIC,
	ITEM_POST,
	ITEM_POST_PAGE,
	COUNT_POST_TOPIC,
	COUNT_POST_CATEGORY,
	COUNT_TOPIC_CATEGORY,
	RECOUNT_TOPIC,
	RECOUNT_CATEGORY,
	ITEM_COUNT_STMTS
};

static struct kp_sql sql[ITEM_COUNT_STMTS] = {
    [ITEM_CATEGORY] = {"SELECT id, IFNULL(group_id, 0), IFNULL(field_id, 0), name, description,"
                       " retired FROM forum_categories WHERE id = ?"},
    [ITEM_TOPIC] = {"SELECT t.id, t.category_id, IFNULL(t.group_id, 0), IFNULL(t.created_by, 0),"
                    " t.post_count, IFNULL(t.first_post_id, 0), IFNULL(t.last_post_id, 0),"
                    " t.title, c.name, t.pinned, t.locked"
                    " FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id"
                    " WHERE t.id = ? AND t.deleted_at IS NULL"},
    [ITEM_POST] = {"SELECT p.id, p.topic_id, IFNULL(p.group_id, 0), IFNULL(p.created_by, 0),"
                   " p.body, p.created_at, p.edited_at, p.hidden_reason, p.revision_count,"
                   " p.deleted_at IS NOT NULL, p.hidden_at IS NOT NULL"
                   " FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id"
                   " WHERE p.id = ? AND t.deleted_at IS NULL"},
    [ITEM_POST_PAGE] = {"SELECT COUNT(*) FROM forum_posts WHERE topic_id = ? AND id < ?"},
    [COUNT_POST_TOPIC] = {"UPDATE forum_topics SET post_count = post_count + 1,"
                          " first_post_id = IFNULL(first_post_id, ?), last_post_id = ?,"
                          " last_post_at = NOW(), last_poster_id = ?, updated_at = NOW()"
                          " WHERE id = ?"},
    [COUNT_POST_CATEGORY] = {"UPDATE forum_categories SET post_count = post_count + 1,"
                             " last_post_id = ?, last_post_at = NOW() WHERE id = ?"},
    [COUNT_TOPIC_CATEGORY] = {"UPDATE forum_categories SET topic_count = topic_count + 1"
                              " WHERE id = ?"},
    /* From the rows: an index range of the topic's posts. */
    [RECOUNT_TOPIC] =
        {"UPDATE forum_topics t"
         " JOIN (SELECT COUNT(*) n, MIN(id) first, MAX(id) last"
         "       FROM forum_posts WHERE topic_id = ?) a"
         " LEFT JOIN forum_posts l ON l.id = a.last"
         " SET t.post_count = a.n, t.first_post_id = a.first,"
         " t.last_post_id = a.last, t.last_post_at = IFNULL(l.created_at, t.created_at),"
         " t.last_poster_id = l.created_by WHERE t.id = ?"},
    /* Only after a move or split: the category's topics, counted once. */
    [RECOUNT_CATEGORY] = {"UPDATE forum_categories c"
                          " JOIN (SELECT COUNT(*) n, IFNULL(SUM(post_count), 0) posts,"
                          "       MAX(last_post_id) last"
                          "       FROM forum_topics WHERE category_id = ? AND deleted_at IS NULL) a"
                          " LEFT JOIN forum_posts l ON l.id = a.last"
                          " SET c.topic_count = a.n, c.post_count = a.posts,"
                          " c.last_post_id = a.last, c.last_post_at = l.created_at WHERE c.id = ?"},
};

/* The common tail of the loaders: 404 for what is not there or not in
 * this forum, 503/500 for a failed database. */
static int found(struct kp_req *r, int rc, size_t count, const struct forum_scope *s,
                 long long group_id)
{
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return -1;
	}
	if (count == 0 || !forum_scope_has(s, group_id)) {
		kp_error(r, 404);
		return 0;
	}
	return 1;
}

int forum_category_load(struct kp_req *r, const struct forum_scope *s, const char *id,
                        struct forum_category *out)
{
	struct kp_rows rows = {0};
	long long n = kp_parse_id(id);
	int rc = n > 0 ? kp_db_select(&r->arena, &sql[ITEM_CATEGORY], KP_ARGS(KP_INT(n)), &rows)
	               : KP_DB_OK;
	if (rc == KP_DB_OK && rows.count) {
		out->id = kp_cell_int(&rows, 0, 0);
		out->group_id = kp_cell_int(&rows, 0, 1);
		out->field_id = kp_cell_int(&rows, 0, 2);
		out->name = kp_cell(&rows, 0, 3);
		out->description = kp_cell(&rows, 0, 4);
		out->retired = kp_cell_int(&rows, 0, 5) != 0;
	}
	return found(r, rc, rows.count, s, rows.count ? out->group_id : 0);
}

int forum_topic_load(struct kp_req *r, const struct forum_scope *s, const char *id,
                     struct forum_topic *out)
{
	struct kp_rows rows = {0};
	long long n = kp_parse_id(id);
	int rc =
	    n > 0 ? kp_db_select(&r->arena, &sql[ITEM_TOPIC], KP_ARGS(KP_INT(n)), &rows) : KP_DB_OK;
	if (rc == KP_DB_OK && rows.count) {
		out->id = kp_cell_int(&rows, 0, 0);
		out->category_id = kp_cell_int(&rows, 0, 1);
		out->group_id = kp_cell_int(&rows, 0, 2);
		out->created_by = kp_cell_int(&rows, 0, 3);
		out->post_count = kp_cell_int(&rows, 0, 4);
		out->first_post_id = kp_cell_int(&rows, 0, 5);
		out->last_post_id = kp_cell_int(&rows, 0, 6);
		out->title = kp_cell(&rows, 0, 7);
		out->category_name = kp_cell(&rows, 0, 8);
		out->pinned = kp_cell_int(&rows, 0, 9) != 0;
		out->locked = kp_cell_int(&rows, 0, 10) != 0;
		out->deleted = 0;
	}
	return found(r, rc, rows.count, s, rows.count ? out->group_id : 0);
}

int forum_post_load(struct kp_req *r, const struct forum_scope *s, const char *id,
                    struct forum_post *out)
{
	struct kp_rows rows = {0};
	long long n = kp_parse_id(id);
	int rc =
	    n > 0 ? kp_db_select(&r->arena, &sql[ITEM_POST], KP_ARGS(KP_INT(n)), &rows) : KP_DB_OK;
	if (rc == KP_DB_OK && rows.count) {
		out->id = kp_cell_int(&rows, 0, 0);
		out->topic_id = kp_cell_int(&rows, 0, 1);
		out->group_id = kp_cell_int(&rows, 0, 2);
		out->created_by = kp_cell_int(&rows, 0, 3);
		out->body = kp_cell(&rows, 0, 4);
		out->created_at = kp_cell(&rows, 0, 5);
		out->edited_at = kp_cell(&rows, 0, 6);
		out->hidden_reason = kp_cell(&rows, 0, 7);
		out->revision_count = (int)kp_cell_int(&rows, 0, 8);
		out->deleted = kp_cell_int(&rows, 0, 9) != 0;
		out->hidden = kp_cell_int(&rows, 0, 10) != 0;
	}
	return found(r, rc, rows.count, s, rows.count ? out->group_id : 0);
}

int forum_post_page(struct kp_req *r, const struct forum_post *p, long long *page)
{
	struct kp_rows rows;
	int rc = kp_db_select(&r->arena, &sql[ITEM_POST_PAGE],
	                      KP_ARGS(KP_INT(p->topic_id), KP_INT(p->id)), &rows);
	if (rc == KP_DB_OK)
		*page = kp_cell_int(&rows, 0, 0) / FORUM_PER_PAGE + 1;
	return rc;
}

int forum_counts_post_added(long long topic_id, long long category_id, long long post_id,
                            long long user_id)
{
	int rc =
	    kp_db_exec(&sql[COUNT_POST_TOPIC],
	               KP_ARGS(KP_INT(post_id), KP_INT(post_id), KP_INT(user_id), KP_INT(topic_id)),
	               NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&sql[COUNT_POST_CATEGORY],
		                KP_ARGS(KP_INT(post_id), KP_INT(category_id)), NULL, NULL);
	return rc;
}

int forum_counts_topic_added(long long category_id)
{
	return kp_db_exec(&sql[COUNT_TOPIC_CATEGORY], KP_ARGS(KP_INT(category_id)), NULL, NULL);
}

int forum_counts_recount_topic(long long topic_id)
{
	return kp_db_exec(&sql[RECOUNT_TOPIC], KP_ARGS(KP_INT(topic_id), KP_INT(topic_id)), NULL,
	                  NULL);
}

int forum_counts_recount_category(long long category_id)
{
	return kp_db_exec(&sql[RECOUNT_CATEGORY], KP_ARGS(KP_INT(category_id), KP_INT(category_id)),
	                  NULL, NULL);
}
