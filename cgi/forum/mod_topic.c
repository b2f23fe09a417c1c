/* A moderator's changes to a topic (moderate.h): pin and lock (value=1
 * or 0, straight from the topic page's buttons), rename and move (each a
 * form page first). Each goes back to the topic with a message. */
#include <string.h>

#include "moderate.h"

static const struct kp_field flag_fields[] = {{"value", 1, 0}, {NULL, 0, 0}};
static const struct kp_field rename_fields[] = {{"title", 4000, 0}, {NULL, 0, 0}};
static const struct kp_field move_fields[] = {{"category", 20, 0}, {NULL, 0, 0}};

/* The topic of the route, loaded in scope, for a moderator of the forum:
 * 1, or 0 when the answer is sent. */
static int moderated_topic(struct kp_req *r, const char *const *args, struct forum_scope *s,
                           struct forum_topic *t)
{
	if (!forum_scope_begin(r, args, s))
		return 0;
	if (forum_topic_load(r, s, s->args[0], t) != 1)
		return 0;
	return mod_may_moderate(r, s);
}

/* pin / lock: one flag, one statement, one audit entry. */
static void set_flag(struct kp_req *r, const char *const *args, enum mod_stmt stmt,
                     const char *on_action, const char *off_action, const char *on_flash,
                     const char *off_flash)
{
	struct forum_scope s;
	struct forum_topic t;
	if (!moderated_topic(r, args, &s, &t) || !mod_fields_ok(r, flag_fields))
		return;
	const char *v = kp_form(r, "value");
	if (!v || (strcmp(v, "1") != 0 && strcmp(v, "0") != 0)) {
		kp_log_req(r, "value other than 1 or 0 on %s", r->route);
		kp_error(r, 400);
		return;
	}
	int on = v[0] == '1';
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&mod_sql[stmt], KP_ARGS(KP_INT(on), KP_INT(t.id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = mod_audit(r, on ? on_action : off_action, t.id, NULL);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, mod_topic_link(r, &s, t.id), on ? on_flash : off_flash);
}

void forum_mod_pin(struct kp_req *r, const char *const *args)
{
	set_flag(r, args, MOD_TOPIC_PIN, "forum.topic.pin", "forum.topic.unpin", "ForumModPinned",
	         "ForumModUnpinned");
}

void forum_mod_lock(struct kp_req *r, const char *const *args)
{
	set_flag(r, args, MOD_TOPIC_LOCK, "forum.topic.lock", "forum.topic.unlock",
	         "ForumModLocked", "ForumModUnlocked");
}

/* ------------------------------------------------------------ rename ---- */

static void rename_page(struct kp_req *r, int status)
{
	kp_set(r, "Page.Title", kp_t(r, "ForumMod.Title.Rename"));
	kp_render(r, status, "forum/mod_rename.cs");
}

void forum_mod_rename_show(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_topic t;
	if (!moderated_topic(r, args, &s, &t))
		return;
	mod_set_topic(r, &t);
	kp_form_value(r, "title", t.title);
	rename_page(r, 200);
}

void forum_mod_rename_submit(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_topic t;
	if (!moderated_topic(r, args, &s, &t) || !mod_fields_ok(r, rename_fields))
		return;
	mod_set_topic(r, &t);
	const char *title = mod_text(r, "title", MOD_TITLE_MIN, MOD_TITLE_MAX,
	                             "ForumMod.Err.TitleShort", "ForumMod.Err.TitleLong");
	if (kp_form_has_errors(r)) {
		rename_page(r, 422);
		return;
	}
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&mod_sql[MOD_TOPIC_RENAME], KP_ARGS(KP_STR(title), KP_INT(t.id)),
		                NULL, NULL);
	/* The old title: what the audit log keeps of a rename. */
	if (rc == KP_DB_OK)
		rc = mod_audit(r, "forum.topic.rename", t.id, t.title);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, mod_topic_link(r, &s, t.id), "ForumModRenamed");
}

/* -------------------------------------------------------------- move ---- */

static void move_page(struct kp_req *r, const struct forum_scope *s, const struct forum_topic *t,
                      int status)
{
	size_t n = 0;
	int rc = mod_set_targets(r, s, t->category_id, &n);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_set_int(r, "Page.TargetCount", (long long)n);
	kp_set(r, "Page.Title", kp_t(r, "ForumMod.Title.Move"));
	kp_render(r, status, "forum/mod_move.cs");
}

void forum_mod_move_show(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_topic t;
	if (!moderated_topic(r, args, &s, &t))
		return;
	mod_set_topic(r, &t);
	move_page(r, &s, &t, 200);
}

void forum_mod_move_submit(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_topic t;
	if (!moderated_topic(r, args, &s, &t) || !mod_fields_ok(r, move_fields))
		return;
	mod_set_topic(r, &t);
	long long target = 0;
	int rc = mod_target_category(r, &s, t.category_id, &target);
	if (rc == KP_DB_OK && kp_form_has_errors(r)) {
		move_page(r, &s, &t, 422);
		return;
	}
	struct kp_rows locked = {0};
	if (rc == KP_DB_OK)
		rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &mod_sql[MOD_TOPIC_FOR_UPDATE], KP_ARGS(KP_INT(t.id)),
		                  &locked);
	/* Deleted meanwhile: nothing to move. */
	if (rc == KP_DB_OK && locked.count == 0)
		rc = KP_DB_CONFLICT;
	long long from = rc == KP_DB_OK ? kp_cell_int(&locked, 0, 0) : 0;
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&mod_sql[MOD_TOPIC_MOVE], KP_ARGS(KP_INT(target), KP_INT(t.id)),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = mod_recount_categories(from, target);
	if (rc == KP_DB_OK)
		rc = mod_audit(r, "forum.topic.move", t.id,
		               kp_arena_printf(&r->arena, "category %lld -> %lld", from, target));
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, mod_topic_link(r, &s, t.id), "ForumModMoved");
}
