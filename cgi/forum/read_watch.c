/* Watching: POST {base}/t/ID/watch and {base}/c/ID/watch with watch=1 (be
 * told about new replies / new topics: the post part writes the
 * notification rows) or watch=0 (no more); a topic's button also sends
 * the page it was on, to go back there. Every reader of the forum may watch what they read.
 * Sending the same choice twice changes nothing. */
#include <string.h>

#include "read.h"

static const struct kp_field watch_fields[] = {{"watch", 1, 0}, {"page", 20, 0}, {NULL, 0, 0}};

/* The form's choice (1 or 0) and page (1 when absent); -1 and a 400
 * answer when the form is not one the pages send. */
static int watch_choice(struct kp_req *r, long long *page)
{
	const char *bad = NULL;
	const char *v = kp_form(r, "watch"), *p = kp_form(r, "page");
	*page = p ? kp_parse_id(p) : 1;
	if (kp_fields_check(&r->form, watch_fields, &bad) != 0 || !v ||
	    (strcmp(v, "1") != 0 && strcmp(v, "0") != 0) || *page < 1) {
		kp_log_req(r, "refused watch form (%s) on %s", bad ? bad : "value", r->route);
		kp_error(r, 400);
		return -1;
	}
	return v[0] == '1';
}

void forum_read_watch_topic(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_topic t;
	if (!forum_scope_begin(r, args, &s) || forum_topic_load(r, &s, s.args[0], &t) != 1)
		return;
	if (s.access.looking_in) { /* an admin looking in leaves no trace */
		kp_error(r, 403);
		return;
	}
	long long page = 1;
	int on = watch_choice(r, &page);
	if (on < 0)
		return;
	int rc = kp_db_exec(&read_sql[on ? READ_WATCH_TOPIC : READ_UNWATCH_TOPIC],
	                    KP_ARGS(KP_INT(r->user.id), KP_INT(t.id)), NULL, NULL);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	long long pages = read_pages(t.post_count);
	kp_redirect_flash(r, read_topic_link(r, &s, t.id, page < pages ? page : pages),
	                  on ? "ForumWatchingTopic" : "ForumNotWatchingTopic");
}

void forum_read_watch_category(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_category c;
	if (!forum_scope_begin(r, args, &s) || forum_category_load(r, &s, s.args[0], &c) != 1)
		return;
	if (s.access.looking_in) { /* an admin looking in leaves no trace */
		kp_error(r, 403);
		return;
	}
	long long page = 1;
	int on = watch_choice(r, &page);
	if (on < 0)
		return;
	int rc = kp_db_exec(&read_sql[on ? READ_WATCH_CATEGORY : READ_UNWATCH_CATEGORY],
	                    KP_ARGS(KP_INT(r->user.id), KP_INT(c.id)), NULL, NULL);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	/* Back to the list's first page: where the newest topics are. */
	const char *link = kp_arena_printf(&r->arena, "%s/c/%lld", s.base, c.id);
	kp_redirect_flash(r, link, on ? "ForumWatchingCategory" : "ForumNotWatchingCategory");
}
