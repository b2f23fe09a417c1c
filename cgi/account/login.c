/* /login and /logout. Unknown address, wrong password, an account that is
 * not yet confirmed, waiting for approval or suspended: one answer, one
 * timing (the password is checked against a dummy hash when there is no
 * account), so the form tells nobody who has an account. */
#include <stdio.h>
#include <string.h>

#include "account.h"
#include "audit.h"
#include "auth.h"
#include "session.h"
#include "view.h"

static const struct kp_field login_fields[] = {
    {"email", 1024, 0},
    {"password", 4096, 0},
    {"next", 2048, 0},
    {NULL, 0, 0},
};

static void login_form(struct kp_req *r, int status, const char *next)
{
	kp_set(r, "Page.Title", kp_t(r, "Title.Login"));
	if (next && strcmp(next, "/") != 0)
		kp_set(r, "Page.Next", next);
	kp_render(r, status, "account/login.cs");
}

void login_show(struct kp_req *r, const char *const *args)
{
	const char *next = kp_safe_next(kp_query(r, "next"));
	if (r->user.id) {
		kp_redirect(r, next);
		return;
	}
	login_form(r, 200, next);
}

void login_submit(struct kp_req *r, const char *const *args)
{
	if (form_fields_ok(r, login_fields) != 0)
		return;
	const char *next = kp_safe_next(kp_form(r, "next"));
	char *email = form_copy(r, "email");
	const char *password = kp_form(r, "password");
	kp_form_value(r, "email", email);
	if (!password || !*password || !*email) {
		if (!*email)
			kp_form_error(r, "email", "Err.Required");
		if (!password || !*password)
			kp_form_error(r, "password", "Err.Required");
		login_form(r, 422, next);
		return;
	}
	int well_formed = kp_email_normalise(email) == 0;
	long wait = kp_throttle_wait(r, email);
	if (wait < 0) {
		kp_db_fail(r, (int)wait);
		return;
	}
	if (wait > 0) {
		kp_throttle_record(r, email, "throttled");
		/* Every sign-in attempt is in the audit log (issue 8); the typed
		 * address is not (people type passwords into the wrong field). */
		kp_audit(0, r->remote_addr, "account.login_throttled", 0, NULL);
		char secs[24];
		snprintf(secs, sizeof(secs), "%ld", wait);
		kp_header(r, "Retry-After", secs);
		kp_set(r, "Page.Error", kp_t(r, "Err.Throttled"));
		login_form(r, 429, next);
		return;
	}
	struct kp_rows user = {0};
	if (well_formed) {
		int rc = user_by_email(r, email, &user);
		if (rc != KP_DB_OK) {
			kp_db_fail(r, rc);
			return;
		}
	}
	const char *hash = user.count ? kp_cell(&user, 0, U_HASH) : NULL;
	int ok = kp_password_verify(password, hash) && user.count &&
	         strcmp(kp_cell(&user, 0, U_STATUS), "active") == 0;
	if (!ok) {
		kp_throttle_record(r, email, "fail");
		kp_audit(0, r->remote_addr, "account.login_failed",
		         user.count ? kp_cell_int(&user, 0, U_ID) : 0, NULL);
		kp_set(r, "Page.Error", kp_t(r, "Err.LoginFailed"));
		login_form(r, 422, next);
		return;
	}
	long long id = kp_cell_int(&user, 0, U_ID);
	int rc = kp_session_start(r, id);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&account_sql[ACC_USER_LOGGED_IN], KP_ARGS(KP_INT(id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_audit(id, r->remote_addr, "account.login", id, NULL);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_throttle_record(r, email, "ok");
	kp_redirect(r, next);
}

void logout_submit(struct kp_req *r, const char *const *args)
{
	int rc = kp_session_end(r);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, "/login", "SignedOut");
}
