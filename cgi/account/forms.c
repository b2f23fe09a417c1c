/* What the account handlers share: field checks and message pages. */
#include <stdio.h>
#include <string.h>

#include "account.h"
#include "auth.h"
#include "config.h"
#include "view.h"

int form_fields_ok(struct kp_req *r, const struct kp_field *fields)
{
	const char *bad = NULL;
	if (kp_fields_check(&r->form, fields, &bad) == 0)
		return 0;
	kp_log_req(r, "refused form field %s on %s", bad ? bad : "?", r->route);
	kp_error(r, 400);
	return -1;
}

char *form_copy(struct kp_req *r, const char *name)
{
	const char *v = kp_form(r, name);
	return kp_arena_strdup(&r->arena, v ? v : "");
}

const char *name_problem(const char *name)
{
	size_t n = strlen(name), chars = 0;
	if (n == 0)
		return "Err.Required";
	/* users.name holds 100 characters, whatever the script. */
	for (size_t i = 0; i < n; i++)
		chars += ((unsigned char)name[i] & 0xC0) != 0x80;
	if (chars > 100)
		return "Err.TooLong";
	/* Leading/trailing blanks make two names that look the same. */
	if (name[0] == ' ' || name[n - 1] == ' ')
		return "Err.NameInvalid";
	/* So do invisible and direction-changing characters (U+200B, U+200E,
	 * U+200F, U+202A-U+202E, U+2060-U+2069, U+FEFF): a name that shows as
	 * someone else's. Arabic and Hebrew names need none of them; the
	 * joiners U+200C/U+200D stay allowed, Persian names use them. */
	for (size_t i = 0; i + 2 < n; i++) {
		const unsigned char *u = (const unsigned char *)name + i;
		if (u[0] == 0xE2 && u[1] == 0x80 &&
		    (u[2] == 0x8B || u[2] == 0x8E || u[2] == 0x8F ||
		     (u[2] >= 0xAA && u[2] <= 0xAE)))
			return "Err.NameInvalid";
		if (u[0] == 0xE2 && u[1] == 0x81 && u[2] >= 0xA0 && u[2] <= 0xA9)
			return "Err.NameInvalid";
		if (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
			return "Err.NameInvalid";
	}
	return NULL;
}

int new_password_ok(struct kp_req *r, const char *password, const char *password2,
                    const char *email)
{
	const char *problem = kp_password_policy(password, email);
	if (problem) {
		kp_form_error(r, "password", problem);
		return 0;
	}
	if (strcmp(password, password2) != 0) {
		kp_form_error(r, "password2", "Err.PasswordMismatch");
		return 0;
	}
	return 1;
}

void notice(struct kp_req *r, int status, const char *key, const char *link, const char *link_key)
{
	char k[64];
	snprintf(k, sizeof(k), "Title.%s", key);
	kp_set(r, "Page.Title", kp_t(r, k));
	snprintf(k, sizeof(k), "Notice.%s", key);
	kp_set(r, "Page.Text", kp_t(r, k));
	if (link) {
		kp_set(r, "Page.Link.Href", link);
		kp_set(r, "Page.Link.Text", kp_t(r, link_key));
	}
	kp_render(r, status, "account/notice.cs");
}

int user_by_email(struct kp_req *r, const char *email, struct kp_rows *rows)
{
	return kp_db_select(&r->arena, &account_sql[ACC_USER_BY_EMAIL], KP_ARGS(KP_STR(email)),
	                    rows);
}

const char *site_link(struct kp_req *r, const char *path, const char *token)
{
	return kp_arena_printf(&r->arena, "%s%s%s", kp_cfg.base_url, path, token ? token : "");
}
