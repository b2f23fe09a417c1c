/* /account, section "Benachrichtigungen": per type of notification
 * (cgi/core/notify.h) how the member is told — only in the app, an
 * e-mail at once, a daily or a weekly digest — and which of their groups
 * are muted (never a mail about them; the notifications page still
 * lists them). The settings page calls notify_prefs_load; the form posts
 * to /account/notifications. Its statements are kept here, apart from
 * account_sql.c, as the section is kept apart in its template
 * (account/notify_prefs.cs). */
#include <string.h>

#include "account.h"
#include "notify.h"
#include "view.h"

enum { NP_PREFS, NP_GROUPS, NP_SET, NP_UNMUTE_ALL, NP_MUTE, NP_COUNT };
static struct kp_sql np_sql[NP_COUNT] = {
    /* The member's choices (user): type, delivery. */
    [NP_PREFS] = {"SELECT type, delivery FROM notification_prefs WHERE user_id = ?"},
    /* The member's groups and whether each is muted (user, user): id,
     * name, muted. */
    [NP_GROUPS] = {"SELECT g.id, g.name, m.user_id IS NOT NULL FROM group_members gm"
                   " JOIN `groups` g ON g.id = gm.group_id AND g.deleted_at IS NULL"
                   " LEFT JOIN group_mutes m ON m.group_id = g.id AND m.user_id = ?"
                   " WHERE gm.user_id = ? AND gm.state = 'active' ORDER BY g.name, g.id"},
    /* user, type, delivery */
    [NP_SET] = {"INSERT INTO notification_prefs (user_id, type, delivery, updated_at)"
                " VALUES (?, ?, ?, NOW())"
                " ON DUPLICATE KEY UPDATE delivery = VALUES(delivery), updated_at = NOW()"},
    /* user */
    [NP_UNMUTE_ALL] = {"DELETE FROM group_mutes WHERE user_id = ?"},
    /* A group the member is an active member of (user, group, user). */
    [NP_MUTE] = {"INSERT IGNORE INTO group_mutes (user_id, group_id, created_at)"
                 " SELECT ?, gm.group_id, NOW() FROM group_members gm"
                 " WHERE gm.group_id = ? AND gm.user_id = ? AND gm.state = 'active'"},
};

int notify_prefs_load(struct kp_req *r)
{
	struct kp_rows prefs, groups;
	int rc = kp_db_select(&r->arena, &np_sql[NP_PREFS], KP_ARGS(KP_INT(r->user.id)), &prefs);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &np_sql[NP_GROUPS],
		                  KP_ARGS(KP_INT(r->user.id), KP_INT(r->user.id)), &groups);
	if (rc != KP_DB_OK)
		return rc;
	for (size_t i = 0; i < kp_notify_type_count; i++) {
		const struct kp_notify_type *t = &kp_notify_types[i];
		const char *chosen = kp_delivery_names[t->fallback];
		for (size_t k = 0; k < prefs.count; k++)
			if (strcmp(kp_cell(&prefs, k, 0), t->type) == 0)
				chosen = kp_cell(&prefs, k, 1);
		/* After a refused POST, what was sent stays chosen. */
		const char *sent =
		    kp_get(r, kp_arena_printf(&r->arena, "Page.NotifyPrefs.Sent.%s", t->type));
		kp_setf(r, t->type, "Page.NotifyPrefs.Types.%zu.Type", i);
		kp_setf(r, sent ? sent : chosen, "Page.NotifyPrefs.Types.%zu.Delivery", i);
	}
	for (size_t i = 0; i < groups.count; i++) {
		kp_setf(r, kp_cell(&groups, i, 0), "Page.NotifyPrefs.Groups.%zu.Id", i);
		kp_setf(r, kp_cell(&groups, i, 1), "Page.NotifyPrefs.Groups.%zu.Name", i);
		kp_setf(r, kp_cell(&groups, i, 2), "Page.NotifyPrefs.Groups.%zu.Muted", i);
	}
	return KP_DB_OK;
}

void settings_notifications(struct kp_req *r, const char *const *args)
{
	/* Fields: one "type_<type>" per type, "mute" once per muted group. */
	struct kp_field fields[16];
	size_t nf = 0;
	for (size_t i = 0; i < kp_notify_type_count && nf < 14; i++)
		fields[nf++] = (struct kp_field){
		    kp_arena_printf(&r->arena, "type_%s", kp_notify_types[i].type), 16, 0};
	fields[nf++] = (struct kp_field){"mute", 18, KP_FIELD_LIST};
	fields[nf] = (struct kp_field){NULL, 0, 0};
	if (form_fields_ok(r, fields) != 0)
		return;
	int choice[16];
	int bad = 0;
	for (size_t i = 0; i < kp_notify_type_count && i < 14; i++) {
		const char *v = kp_form(r, fields[i].name);
		choice[i] = kp_delivery_parse(v);
		if (choice[i] < 0)
			bad = 1;
		else
			kp_setf(r, v, "Page.NotifyPrefs.Sent.%s", kp_notify_types[i].type);
	}
	long long mutes[64];
	size_t nm = 0;
	for (const struct kp_param *p = r->form.head; p; p = p->next) {
		if (strcmp(p->name, "mute") != 0)
			continue;
		long long g = kp_parse_id(p->value);
		if (g <= 0 || nm == sizeof(mutes) / sizeof(mutes[0]))
			bad = 1;
		else
			mutes[nm++] = g;
	}
	if (bad) {
		kp_form_error(r, "notify", "Err.NotifyPrefs");
		settings_show_status(r, 422);
		return;
	}
	int rc = kp_db_begin();
	for (size_t i = 0; rc == KP_DB_OK && i < kp_notify_type_count; i++)
		rc = kp_db_exec(&np_sql[NP_SET],
		                KP_ARGS(KP_INT(r->user.id), KP_STR(kp_notify_types[i].type),
		                        KP_STR(kp_delivery_names[choice[i]])),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&np_sql[NP_UNMUTE_ALL], KP_ARGS(KP_INT(r->user.id)), NULL, NULL);
	for (size_t i = 0; rc == KP_DB_OK && i < nm; i++)
		rc = kp_db_exec(&np_sql[NP_MUTE],
		                KP_ARGS(KP_INT(r->user.id), KP_INT(mutes[i]), KP_INT(r->user.id)),
		                NULL, NULL);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, "/account#sec-notifications", "NotifyPrefsSaved");
}
