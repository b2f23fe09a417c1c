/* A moderator's changes to a post (moderate.h): hide it with a reason
 * the thread shows in its place, restore it, or split a reply off into
 * a new topic of the same forum. Hiding a topic's first post leaves the
 * topic as it is: its replies stay readable. */
#include <string.h>

#include "moderate.h"

static const struct kp_field hide_fields[] = {{"reason", 4000, KP_FIELD_MULTILINE}, {NULL, 0, 0}};
static const struct kp_field split_fields[] = {
    {"title", 4000, 0}, {"category", 20, 0}, {NULL, 0, 0}};

/* The post of the route, loaded in scope, for a moderator of the forum:
 * 1, or 0 when the answer is sent. */
static int moderated_post(struct kp_req *r, const char *const *args, struct forum_scope *s,
                          struct forum_post *p)
{
	if (!forum_scope_begin(r, args, s))
		return 0;
	if (forum_post_load(r, s, s->args[0], p) != 1)
		return 0;
	return mod_may_moderate(r, s);
}

/* ---------------------------------------------------------- hide ---- */

static void hide_page(struct kp_req *r, int status)
{
	kp_set(r, "Page.Title", kp_t(r, "ForumMod.Title.Hide"));
	kp_render(r, status, "forum/mod_hide.cs");
}

/* A deleted post has no text left to hide. */
static int hideable(struct kp_req *r, const struct forum_post *p)
{
	if (!p->deleted)
		return 1;
	kp_error(r, 403);
	return 0;
}

void forum_mod_hide_show(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_post p;
	struct forum_topic t;
	if (!moderated_post(r, args, &s, &p) || !hideable(r, &p) ||
	    mod_post_context(r, &s, &p, &t) != 1)
		return;
	/* Hidden already: the form changes the reason. */
	if (p.hidden && p.hidden_reason)
		kp_form_value(r, "reason", p.hidden_reason);
	hide_page(r, 200);
}

void forum_mod_hide_submit(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_post p;
	struct forum_topic t;
	if (!moderated_post(r, args, &s, &p) || !mod_fields_ok(r, hide_fields) ||
	    !hideable(r, &p) || mod_post_context(r, &s, &p, &t) != 1)
		return;
	const char *reason = mod_text(r, "reason", MOD_HIDE_REASON_MIN, MOD_HIDE_REASON_MAX,
	                              "ForumMod.Err.ReasonShort", "ForumMod.Err.HideReasonLong");
	if (kp_form_has_errors(r)) {
		hide_page(r, 422);
		return;
	}
	unsigned long long changed = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&mod_sql[MOD_POST_HIDE],
		                KP_ARGS(KP_INT(r->user.id), KP_STR(reason), KP_INT(p.id)), &changed,
		                NULL);
	/* Deleted by its author meanwhile. */
	if (rc == KP_DB_OK && changed == 0)
		rc = KP_DB_CONFLICT;
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&mod_sql[MOD_POST_REPORTS_RESOLVE],
		                KP_ARGS(KP_INT(r->user.id), KP_INT(p.id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = mod_audit(r, "forum.post.hide", p.id, reason);
	rc = kp_db_end(rc);
	if (rc == KP_DB_CONFLICT) {
		kp_error(r, 403);
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, mod_post_link(r, &s, p.id), "ForumModHidden");
}

/* ------------------------------------------------------- restore ---- */

void forum_mod_restore(struct kp_req *r, const char *const *args)
{
	static const struct kp_field none[] = {{NULL, 0, 0}};
	struct forum_scope s;
	struct forum_post p;
	if (!moderated_post(r, args, &s, &p) || !mod_fields_ok(r, none))
		return;
	unsigned long long changed = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&mod_sql[MOD_POST_RESTORE], KP_ARGS(KP_INT(p.id)), &changed, NULL);
	/* A post that was not hidden (a second click) stays as it is. */
	if (rc == KP_DB_OK && changed)
		rc = mod_audit(r, "forum.post.restore", p.id, NULL);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, mod_post_link(r, &s, p.id), "ForumModRestored");
}

/* --------------------------------------------------------- split ---- */

/* Only a reply becomes a new topic: a topic's first post is the topic
 * (move the topic instead), and a deleted post has nothing to start
 * one with. */
static int splittable(struct kp_req *r, const struct forum_post *p, const struct forum_topic *t)
{
	if (p->id != t->first_post_id && !p->deleted)
		return 1;
	kp_error(r, 403);
	return 0;
}

static void split_page(struct kp_req *r, const struct forum_scope *s, int status)
{
	size_t n = 0;
	int rc = mod_set_targets(r, s, 0, &n);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_set_int(r, "Page.TargetCount", (long long)n);
	kp_set(r, "Page.Title", kp_t(r, "ForumMod.Title.Split"));
	kp_render(r, status, "forum/mod_split.cs");
}

void forum_mod_split_show(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_post p;
	struct forum_topic t;
	if (!moderated_post(r, args, &s, &p) || mod_post_context(r, &s, &p, &t) != 1 ||
	    !splittable(r, &p, &t))
		return;
	/* The topic's own category is the first guess (if it takes topics). */
	kp_form_value(r, "category", kp_arena_printf(&r->arena, "%lld", t.category_id));
	split_page(r, &s, 200);
}

/* The rows of a split, in the caller's transaction: *topic_id the new
 * topic. KP_DB_CONFLICT when the post or its topic changed meanwhile. */
static int split_rows(struct kp_req *r, const struct forum_post *p, const char *title,
                      long long target, long long *topic_id)
{
	struct kp_rows topic = {0}, post = {0};
	int rc = kp_db_select(&r->arena, &mod_sql[MOD_TOPIC_FOR_UPDATE],
	                      KP_ARGS(KP_INT(p->topic_id)), &topic);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &mod_sql[MOD_POST_FOR_UPDATE], KP_ARGS(KP_INT(p->id)),
		                  &post);
	if (rc != KP_DB_OK)
		return rc;
	if (topic.count == 0 || post.count == 0 || kp_cell_int(&topic, 0, 1) == p->id ||
	    kp_cell_int(&post, 0, 0) != p->topic_id || kp_cell_int(&post, 0, 1) != 0)
		return KP_DB_CONFLICT;
	long long from = kp_cell_int(&topic, 0, 0);
	unsigned long long id = 0;
	rc = kp_db_exec(&mod_sql[MOD_SPLIT_TOPIC_INSERT],
	                KP_ARGS(KP_INT(target), KP_STR(title), KP_INT(p->id)), NULL, &id);
	if (rc == KP_DB_OK)
		rc =
		    kp_db_exec(&mod_sql[MOD_SPLIT_POST_MOVE],
		               KP_ARGS(KP_INT(id), KP_INT(p->id), KP_INT(p->topic_id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&mod_sql[MOD_SPLIT_WATCH], KP_ARGS(KP_INT(id), KP_INT(p->id)), NULL,
		                NULL);
	if (rc == KP_DB_OK)
		rc = forum_counts_recount_topic((long long)id);
	if (rc == KP_DB_OK)
		rc = forum_counts_recount_topic(p->topic_id);
	if (rc == KP_DB_OK)
		rc = mod_recount_categories(from, target);
	if (rc == KP_DB_OK)
		rc = mod_audit(r, "forum.post.split", p->id,
		               kp_arena_printf(&r->arena, "topic %lld -> %llu", p->topic_id, id));
	*topic_id = (long long)id;
	return rc;
}

void forum_mod_split_submit(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_post p;
	struct forum_topic t;
	if (!moderated_post(r, args, &s, &p) || !mod_fields_ok(r, split_fields) ||
	    mod_post_context(r, &s, &p, &t) != 1 || !splittable(r, &p, &t))
		return;
	const char *title = mod_text(r, "title", MOD_TITLE_MIN, MOD_TITLE_MAX,
	                             "ForumMod.Err.TitleShort", "ForumMod.Err.TitleLong");
	long long target = 0;
	int rc = mod_target_category(r, &s, 0, &target);
	if (rc == KP_DB_OK && kp_form_has_errors(r)) {
		split_page(r, &s, 422);
		return;
	}
	long long topic_id = 0;
	if (rc == KP_DB_OK)
		rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = split_rows(r, &p, title, target, &topic_id);
	rc = kp_db_end(rc);
	if (rc == KP_DB_CONFLICT) {
		kp_error(r, 403);
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, mod_topic_link(r, &s, topic_id), "ForumModSplit");
}
