/* What every admin page shares: the gate (role + second factor), field
 * checks, audit entries, settings. */
#include <string.h>

#include "admin.h"
#include "audit.h"
#include "config.h"
#include "view.h"

int admin_begin(struct kp_req *r, enum admin_need need)
{
	/* 404, not 403: for members the desk does not exist (issue 8). */
	enum kp_role least = need == NEED_ADMIN ? KP_ROLE_ADMIN : KP_ROLE_MODERATOR;
	if (!r->user.id || r->user.role < least) {
		kp_error(r, 404);
		return 0;
	}
	struct kp_rows s;
	int rc = kp_db_select(&r->arena, &admin_sql[A_SESSION_VERIFIED],
	                      KP_ARGS(KP_INT(r->session_id)), &s);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return 0;
	}
	if (s.count == 0 || kp_cell_int(&s, 0, 0) != 1) {
		/* Asked on every request (never cached): a session verified
		 * elsewhere or ended meanwhile counts at once. */
		kp_redirect(r, "/admin/2fa/verify");
		return 0;
	}
	kp_set_int(r, "Page.Admin.IsAdmin", r->user.role == KP_ROLE_ADMIN);
	return 1;
}

int admin_fields_ok(struct kp_req *r, const struct kp_field *fields)
{
	const char *bad = NULL;
	if (kp_fields_check(&r->form, fields, &bad) == 0)
		return 1;
	kp_log_req(r, "refused form field %s on %s", bad ? bad : "?", r->route);
	kp_error(r, 400);
	return 0;
}

int admin_audit(struct kp_req *r, const char *action, long long target_id, const char *detail)
{
	/* audit_log.detail holds 255 characters: cut at a character boundary
	 * so that what is kept stays valid text. */
	if (detail) {
		size_t n = 0, chars = 0;
		while (detail[n]) {
			if (((unsigned char)detail[n] & 0xC0) != 0x80 && ++chars > 255)
				break;
			n++;
		}
		detail = kp_arena_strndup(&r->arena, detail, n);
	}
	return kp_audit(r->user.id, r->remote_addr, action, target_id, detail);
}

char *admin_form_trim(struct kp_req *r, const char *name)
{
	const char *v = kp_form(r, name);
	if (!v)
		return kp_arena_strdup(&r->arena, "");
	while (*v == ' ' || *v == '\t' || *v == '\n')
		v++;
	size_t n = strlen(v);
	while (n && (v[n - 1] == ' ' || v[n - 1] == '\t' || v[n - 1] == '\n'))
		n--;
	return kp_arena_strndup(&r->arena, v, n);
}

const char *admin_link(struct kp_req *r, const char *path)
{
	return kp_arena_printf(&r->arena, "%s%s", kp_cfg.base_url, path);
}

int admin_setting(struct kp_req *r, const char *name, const char *def, const char **out)
{
	struct kp_rows s;
	int rc = kp_db_select(&r->arena, &admin_sql[A_SETTINGS_GET], KP_ARGS(KP_STR(name)), &s);
	if (rc == KP_DB_OK)
		*out = s.count ? kp_cell(&s, 0, 0) : def;
	return rc;
}
