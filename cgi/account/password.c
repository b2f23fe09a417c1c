/* /password/forgot and /password/reset. The forgot form only records the
 * request and answers the same for every address; kp-mailer sends a link
 * to active accounts, at most one per five minutes. A reset ends every
 * session of the account and every other reset link. */
#include <string.h>

#include "account.h"
#include "audit.h"
#include "auth.h"
#include "config.h"
#include "mail.h"
#include "session.h"
#include "token.h"
#include "view.h"

static const struct kp_field forgot_fields[] = {{"email", 1024, 0}, {NULL, 0, 0}};
static const struct kp_field reset_fields[] = {
    {"token", 64, 0}, {"password", 4096, 0}, {"password2", 4096, 0}, {NULL, 0, 0}};

void forgot_show(struct kp_req *r, const char *const *args)
{
	kp_set(r, "Page.Title", kp_t(r, "Title.Forgot"));
	kp_render(r, 200, "account/forgot.cs");
}

void forgot_submit(struct kp_req *r, const char *const *args)
{
	if (form_fields_ok(r, forgot_fields) != 0)
		return;
	char *email = form_copy(r, "email");
	kp_form_value(r, "email", email);
	if (!*email || kp_email_normalise(email) != 0) {
		kp_form_error(r, "email", *email ? "Err.EmailInvalid" : "Err.Required");
		kp_set(r, "Page.Title", kp_t(r, "Title.Forgot"));
		kp_render(r, 422, "account/forgot.cs");
		return;
	}
	/* One row, whatever the address: the answer must not tell, not even
	 * by its time, whether an account exists. kp-mailer sends the link. */
	int rc = kp_db_exec(&account_sql[ACC_RESET_REQUEST], KP_ARGS(KP_STR(email)), NULL, NULL);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	notice(r, 200, "ForgotSent", "/login", "Nav.Login");
}

static void reset_form(struct kp_req *r, int status, const char *token)
{
	kp_set(r, "Page.Title", kp_t(r, "Title.Reset"));
	kp_set(r, "Page.Token", token);
	kp_render(r, status, "account/reset.cs");
}

static const char *const reset_kind[] = {"reset", NULL};

void reset_show(struct kp_req *r, const char *const *args)
{
	struct kp_token_row row;
	if (live_token(r, reset_kind, args[0], &row, NULL, "/password/forgot",
	               "Action.RequestNewLink") == 0)
		reset_form(r, 200, args[0]);
}

static int set_password(struct kp_req *r, const struct kp_token_row *row, const char *hash)
{
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_token_use(row->id);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&account_sql[ACC_USER_SET_PASSWORD],
		                KP_ARGS(KP_STR(hash), KP_INT(row->user_id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_token_use_all(row->user_id, "reset");
	if (rc == KP_DB_OK)
		rc = kp_session_end_user(row->user_id, 0);
	if (rc == KP_DB_OK)
		rc = kp_audit(row->user_id, r->remote_addr, "account.password_reset", row->user_id,
		              NULL);
	/* The owner hears of it at the account's address (a reset by someone
	 * who had the mailbox for a moment should not go unnoticed). */
	struct kp_rows u;
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &account_sql[ACC_USER_BY_ID],
		                  KP_ARGS(KP_INT(row->user_id)), &u);
	if (rc == KP_DB_OK && u.count)
		rc = kp_mail_template(&r->arena, kp_cell(&u, 0, U_LANG), "PasswordChanged",
		                      kp_cell(&u, 0, U_EMAIL), kp_cell(&u, 0, U_NAME),
		                      site_link(r, "/password/forgot", NULL));
	return kp_db_end(rc);
}

void reset_submit(struct kp_req *r, const char *const *args)
{
	if (form_fields_ok(r, reset_fields) != 0)
		return;
	const char *token = form_copy(r, "token");
	struct kp_token_row row;
	if (live_token(r, reset_kind, token, &row, NULL, "/password/forgot",
	               "Action.RequestNewLink") != 0)
		return;
	if (!new_password_ok(r, form_copy(r, "password"), form_copy(r, "password2"), row.email)) {
		reset_form(r, 422, token);
		return;
	}
	char hash[KP_HASH_MAX];
	if (kp_password_hash(kp_form(r, "password"), hash) != 0) {
		kp_error(r, 500);
		return;
	}
	int rc = set_password(r, &row, hash);
	if (rc == KP_DB_CONFLICT) {
		notice(r, 404, "LinkInvalid", "/password/forgot", "Action.RequestNewLink");
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_log_req(r, "password reset for user %lld", row.user_id);
	notice(r, 200, "ResetDone", "/login", "Nav.Login");
}
