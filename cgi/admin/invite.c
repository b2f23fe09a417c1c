/* /admin/users/invite: invitations by e-mail, one address or a pasted
 * list (one per line, or separated by commas, semicolons or blanks). Each
 * address gets its own link (kp_token "invite", accepted by the account
 * program's /invite/TOKEN). Addresses that are not addresses or already
 * have an account are listed back and get nothing; the others are
 * invited, all in one transaction. The form's one-time token (once.h)
 * keeps a double click from mailing every invitation twice. */
#include <string.h>

#include "admin.h"
#include "auth.h"
#include "config.h"
#include "mail.h"
#include "once.h"
#include "token.h"
#include "view.h"

#define INVITE_MAX 200

static const struct kp_field invite_fields[] = {
    {"emails", 64 * 1024, KP_FIELD_MULTILINE}, {"lang", 2, 0}, {"once", 64, 0}, {NULL, 0, 0}};

static void invite_page(struct kp_req *r, int status, const char *once)
{
	kp_set(r, "Page.Once", once);
	kp_set(r, "Page.Title", kp_t(r, "Admin.Invite.Title"));
	kp_render(r, status, "admin/invite.cs");
}

void users_invite_show(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	const char *once = kp_once_new(r);
	if (!once) {
		kp_error(r, 500);
		return;
	}
	invite_page(r, 200, once);
}

void users_invite_submit(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN) || !admin_fields_ok(r, invite_fields))
		return;
	const char *once = kp_form(r, "once");
	if (!kp_once_valid(once)) {
		kp_log_req(r, "missing or malformed one-time token on %s", r->route);
		kp_error(r, 400);
		return;
	}
	const char *lang = kp_form(r, "lang");
	if (!lang || (strcmp(lang, "de") != 0 && strcmp(lang, "en") != 0))
		lang = kp_cfg.lang;
	char *text = kp_arena_strdup(&r->arena, kp_form(r, "emails") ? kp_form(r, "emails") : "");
	kp_form_value(r, "emails", text);
	kp_form_value(r, "lang", lang);
	/* Split, normalise, drop repeats. */
	const char *good[INVITE_MAX];
	size_t ngood = 0, nbad = 0, nexists = 0;
	int too_many = 0;
	char *save = NULL;
	char *scan = kp_arena_strdup(&r->arena, text);
	for (char *tok = strtok_r(scan, " \t\n,;", &save); tok;
	     tok = strtok_r(NULL, " \t\n,;", &save)) {
		const char *typed = kp_arena_strdup(&r->arena, tok);
		if (kp_email_normalise(tok) != 0) {
			kp_setf(r, typed, "Page.Bad.%zu", nbad++);
			continue;
		}
		int repeat = 0;
		for (size_t i = 0; i < ngood; i++)
			repeat |= strcmp(good[i], tok) == 0;
		if (repeat)
			continue;
		struct kp_rows u;
		int rc =
		    kp_db_select(&r->arena, &admin_sql[A_USER_BY_EMAIL], KP_ARGS(KP_STR(tok)), &u);
		if (rc != KP_DB_OK) {
			kp_db_fail(r, rc);
			return;
		}
		if (u.count) {
			kp_setf(r, tok, "Page.Exists.%zu", nexists++);
			continue;
		}
		if (ngood == INVITE_MAX) {
			too_many = 1;
			break;
		}
		good[ngood++] = tok;
	}
	if (too_many || nbad || nexists || ngood == 0) {
		kp_form_error(r, "emails",
		              too_many                   ? "Admin.Invite.TooMany"
		              : ngood || nbad || nexists ? "Admin.Invite.FixList"
		                                         : "Err.Required");
		invite_page(r, 422, once);
		return;
	}
	const char *earlier = NULL;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_once_claim(r, once, &earlier);
	for (size_t i = 0; rc == KP_DB_OK && i < ngood; i++) {
		char token[KP_TOKEN_LEN + 1];
		rc = kp_token_issue("invite", 0, good[i], r->user.id, kp_cfg.invite_ttl, token);
		if (rc == KP_DB_OK)
			rc = kp_mail_template(
			    &r->arena, lang, "Invite", good[i], "",
			    admin_link(r, kp_arena_printf(&r->arena, "/invite/%s", token)));
		if (rc == KP_DB_OK)
			rc = admin_audit(r, "account.invited", 0, good[i]);
	}
	if (rc == KP_DB_OK)
		rc = kp_once_done(r, once, "/admin/users");
	rc = kp_db_end(rc);
	/* Sent before (a double click): the first submission invited them. */
	if (rc != KP_DB_OK && rc != KP_DB_DUPLICATE) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, "/admin/users", ngood == 1 ? "AdminInvitedOne" : "AdminInvitedMany");
}
