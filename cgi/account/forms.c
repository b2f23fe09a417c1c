/* What the account handlers share: field checks and message pages. */
#include <stdio.h>
#include <string.h>

#include "account.h"
#include "auth.h"
#include "config.h"
#include "token.h"
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

/* Next code point of valid UTF-8 (the parsers checked it). */
static unsigned next_code_point(const unsigned char **p)
{
	const unsigned char *u = *p;
	unsigned cp;
	if (u[0] < 0x80) {
		cp = u[0];
		*p += 1;
	} else if (u[0] < 0xE0) {
		cp = (u[0] & 0x1Fu) << 6 | (u[1] & 0x3Fu);
		*p += 2;
	} else if (u[0] < 0xF0) {
		cp = (u[0] & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu);
		*p += 3;
	} else {
		cp = (u[0] & 0x07u) << 18 | (u[1] & 0x3Fu) << 12 | (u[2] & 0x3Fu) << 6 |
		     (u[3] & 0x3Fu);
		*p += 4;
	}
	return cp;
}

static int is_blank(unsigned cp)
{
	return cp == 0x20 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
	       cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/* Invisible, blank-looking or direction-changing characters: a name made
 * with them shows as someone else's. Arabic and Hebrew names need none of
 * them; the joiners U+200C/U+200D stay allowed, Persian names use them. */
static int is_invisible(unsigned cp)
{
	return cp == 0xAD || cp == 0x34F || cp == 0x115F || cp == 0x1160 || cp == 0x180E ||
	       cp == 0x200B || cp == 0x200E || cp == 0x200F || (cp >= 0x2028 && cp <= 0x202E) ||
	       (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 || cp == 0xFEFF || cp == 0xFFA0 ||
	       (cp >= 0xFFF0 && cp <= 0xFFFB);
}

const char *name_problem(const char *name)
{
	if (!*name)
		return "Err.Required";
	size_t chars = 0;
	unsigned first = 0, last = 0;
	for (const unsigned char *p = (const unsigned char *)name; *p;) {
		unsigned cp = next_code_point(&p);
		if (is_invisible(cp))
			return "Err.NameInvalid";
		if (chars++ == 0)
			first = cp;
		last = cp;
	}
	/* users.name holds 100 characters, whatever the script. */
	if (chars > 100)
		return "Err.TooLong";
	/* Blanks at either end make two names that look the same. */
	if (is_blank(first) || is_blank(last))
		return "Err.NameInvalid";
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

int live_token(struct kp_req *r, const char *const *kinds, const char *token,
               struct kp_token_row *row, const char **kind, const char *retry_link,
               const char *retry_key)
{
	int found = 0, rc = KP_DB_OK;
	for (; *kinds && rc == KP_DB_OK && !found; kinds++) {
		rc = kp_token_find(&r->arena, *kinds, token, row, &found);
		if (kind)
			*kind = *kinds;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return -1;
	}
	if (!found) {
		notice(r, 404, "LinkInvalid", retry_link, retry_key);
		return -1;
	}
	return 0;
}
