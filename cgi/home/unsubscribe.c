/* /notifications/unsubscribe/UID/WHAT/SIG: the one-click unsubscribe of
 * a notification mail (List-Unsubscribe and List-Unsubscribe-Post, RFC
 * 8058; the link is made and checked by cgi/core/notify.h). It works
 * signed out: the signed link is the proof. GET shows what the button
 * will stop (mail programs and virus scanners open links; a GET changes
 * nothing), POST stops it — only that kind of mail: WHAT is one type
 * (reply, mention, ...) or "daily" / "weekly" (the digest: every type the
 * member gets in it). A link that is not right is 404. */
#include <string.h>

#include "home.h"

enum { U_PREFS, U_SET, U_COUNT };
static struct kp_sql unsub_sql[U_COUNT] = {
    /* The member's choices (user): type, delivery; no row for an account
     * that can no longer sign in (nothing to change). */
    [U_PREFS] = {"SELECT np.type, np.delivery FROM users u"
                 " LEFT JOIN notification_prefs np ON np.user_id = u.id"
                 " WHERE u.id = ? AND u.status = 'active'"},
    /* user, type: in the app only from now on */
    [U_SET] = {"INSERT INTO notification_prefs (user_id, type, delivery, updated_at)"
               " VALUES (?, ?, 'app', NOW())"
               " ON DUPLICATE KEY UPDATE delivery = 'app', updated_at = NOW()"},
};

/* The link's user, or 0 when the link is not right. Sets Page.What (the
 * type or the digest, for the page's text) and Page.Action. */
static long long link_user(struct kp_req *r, const char *const *args)
{
	long long uid = kp_parse_id(args[0]);
	const char *what = args[1];
	int known = strcmp(what, "daily") == 0 || strcmp(what, "weekly") == 0 ||
	            kp_notify_type_of(what) != NULL;
	if (uid <= 0 || !known || !kp_notify_unsubscribe_ok(uid, what, args[2])) {
		kp_error(r, 404);
		return 0;
	}
	kp_set(r, "Page.What", what);
	kp_set(r, "Page.Action", kp_notify_unsubscribe_path(&r->arena, uid, what));
	return uid;
}

void home_unsubscribe_show(struct kp_req *r, const char *const *args)
{
	if (!link_user(r, args))
		return;
	kp_set(r, "Page.Title", kp_t(r, "Home.Unsub.Title"));
	kp_render(r, 200, "home/unsubscribe.cs");
}

void home_unsubscribe(struct kp_req *r, const char *const *args)
{
	long long uid = link_user(r, args);
	if (!uid)
		return;
	const char *what = args[1];
	struct kp_rows prefs = {0};
	int rc = kp_db_select(&r->arena, &unsub_sql[U_PREFS], KP_ARGS(KP_INT(uid)), &prefs);
	int began = rc == KP_DB_OK && prefs.count > 0;
	if (began)
		rc = kp_db_begin();
	for (size_t i = 0; rc == KP_DB_OK && began && i < kp_notify_type_count; i++) {
		const struct kp_notify_type *t = &kp_notify_types[i];
		const char *now = kp_delivery_names[t->fallback];
		for (size_t k = 0; k < prefs.count; k++)
			if (kp_cell(&prefs, k, 0) && strcmp(kp_cell(&prefs, k, 0), t->type) == 0)
				now = kp_cell(&prefs, k, 1);
		/* That type, or every type the digest of that period carries. */
		if (strcmp(what, t->type) == 0 || strcmp(what, now) == 0)
			rc = kp_db_exec(&unsub_sql[U_SET], KP_ARGS(KP_INT(uid), KP_STR(t->type)),
			                NULL, NULL);
	}
	if (began)
		rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_log_req(r, "user %lld unsubscribed from %s mails", uid, what);
	kp_set_int(r, "Page.Done", 1);
	kp_set(r, "Page.Title", kp_t(r, "Home.Unsub.Title"));
	kp_render(r, 200, "home/unsubscribe.cs");
}
