/* /account: the own name, language, e-mail address (confirmed by a link
 * to the new address before it counts), password (the current one
 * required; every other session ends) and the list of signed-in devices,
 * each of which can be signed out. */
#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "audit.h"
#include "auth.h"
#include "config.h"
#include "mail.h"
#include "session.h"
#include "token.h"
#include "view.h"

static const struct kp_field profile_fields[] = {{"name", 400, 0}, {"lang", 16, 0}, {NULL, 0, 0}};
static const struct kp_field email_fields[] = {
    {"new_email", 1024, 0}, {"email_password", 4096, 0}, {NULL, 0, 0}};
static const struct kp_field password_fields[] = {
    {"current_password", 4096, 0}, {"password", 4096, 0}, {"password2", 4096, 0}, {NULL, 0, 0}};
static const struct kp_field no_fields[] = {{NULL, 0, 0}};

/* The browser's name and system from a User-Agent, enough for a person to
 * recognise a device ("Firefox, Windows"), not a fingerprint. */
static const char *short_agent(struct kp_req *r, const char *ua)
{
	static const char *const browsers[] = {"Edg", "Firefox", "Chrome", "Safari"};
	static const char *const names[] = {"Edge", "Firefox", "Chrome", "Safari"};
	static const char *const systems[] = {"Windows", "Android", "iPhone", "iPad",
	                                      "Mac OS",  "Linux",   "CrOS"};
	const char *browser = NULL, *system = NULL;
	for (size_t i = 0; i < 4 && !browser; i++)
		if (strstr(ua, browsers[i]))
			browser = names[i];
	for (size_t i = 0; i < 7 && !system; i++)
		if (strstr(ua, systems[i]))
			system = systems[i];
	if (!browser && !system)
		return kp_text_clean(&r->arena, ua, 40);
	return kp_arena_printf(&r->arena, "%s%s%s", browser ? browser : "",
	                       browser && system ? ", " : "", system ? system : "");
}

static int load_sessions(struct kp_req *r)
{
	struct kp_rows s;
	int rc = kp_db_select(&r->arena, &account_sql[ACC_SESSIONS_OF_USER],
	                      KP_ARGS(KP_INT(r->user.id)), &s);
	for (size_t i = 0; rc == KP_DB_OK && i < s.count; i++) {
		kp_setf(r, kp_cell(&s, i, 0), "Page.Sessions.%zu.Id", i);
		kp_setf(r, kp_format_time(&r->arena, r->lang, kp_cell(&s, i, 1)),
		        "Page.Sessions.%zu.Created", i);
		kp_setf(r, kp_format_time(&r->arena, r->lang, kp_cell(&s, i, 2)),
		        "Page.Sessions.%zu.LastSeen", i);
		kp_setf(r, kp_cell(&s, i, 3), "Page.Sessions.%zu.Address", i);
		kp_setf(r, short_agent(r, kp_cell(&s, i, 4)), "Page.Sessions.%zu.Agent", i);
		kp_setf(r, kp_cell_int(&s, i, 0) == r->session_id ? "1" : "0",
		        "Page.Sessions.%zu.Current", i);
	}
	return rc;
}

/* The page, with whatever the handler already put into Page.Form (the
 * user's input after an error) taking precedence over stored values. */
static void settings_page(struct kp_req *r, int status, const struct kp_rows *user)
{
	struct kp_rows own;
	if (!user) {
		int rc = kp_db_select(&r->arena, &account_sql[ACC_USER_BY_ID],
		                      KP_ARGS(KP_INT(r->user.id)), &own);
		if (rc == KP_DB_OK && own.count == 0)
			rc = KP_DB_ERROR;
		if (rc != KP_DB_OK) {
			kp_db_fail(r, rc);
			return;
		}
		user = &own;
	}
	int rc = load_sessions(r);
	struct kp_rows feed;
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &account_sql[ACC_CALENDAR_FEED],
		                  KP_ARGS(KP_INT(r->user.id)), &feed);
	if (rc == KP_DB_OK && feed.count)
		kp_set_time(r, "Page.CalendarFeed", kp_cell(&feed, 0, 0));
	if (rc == KP_DB_OK)
		rc = notify_prefs_load(r);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_set(r, "Page.Title", kp_t(r, "Title.Settings"));
	kp_set(r, "Page.Account.Email", kp_cell(user, 0, U_EMAIL));
	if (kp_cell(user, 0, U_PENDING_EMAIL))
		kp_set(r, "Page.Account.PendingEmail", kp_cell(user, 0, U_PENDING_EMAIL));
	if (!kp_get(r, "Page.Form.name.Value"))
		kp_form_value(r, "name", kp_cell(user, 0, U_NAME));
	if (!kp_get(r, "Page.Form.lang.Value"))
		kp_form_value(r, "lang", kp_cell(user, 0, U_LANG));
	kp_render(r, status, "account/settings.cs");
}

void settings_show(struct kp_req *r, const char *const *args)
{
	settings_page(r, 200, NULL);
}

void settings_show_status(struct kp_req *r, int status)
{
	settings_page(r, status, NULL);
}

void settings_profile(struct kp_req *r, const char *const *args)
{
	if (form_fields_ok(r, profile_fields) != 0)
		return;
	const char *name = form_copy(r, "name");
	const char *lang = form_copy(r, "lang");
	kp_form_value(r, "name", name);
	kp_form_value(r, "lang", lang);
	const char *problem = name_problem(name);
	if (problem)
		kp_form_error(r, "name", problem);
	if (strcmp(lang, "de") != 0 && strcmp(lang, "en") != 0)
		kp_form_error(r, "lang", "Err.LangInvalid");
	if (kp_form_has_errors(r)) {
		settings_page(r, 422, NULL);
		return;
	}
	int rc = kp_db_exec(&account_sql[ACC_USER_SET_PROFILE],
	                    KP_ARGS(KP_STR(name), KP_STR(lang), KP_INT(r->user.id)), NULL, NULL);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, "/account", "ProfileSaved");
}

/* The current password, checked like a sign-in: wrong answers count
 * towards the throttle, so a forgotten open session is no way to guess. */
static int current_password_ok(struct kp_req *r, const struct kp_rows *user, const char *password,
                               const char *field)
{
	long wait = kp_throttle_wait(r, r->user.email);
	if (wait < 0) {
		kp_db_fail(r, (int)wait);
		return -1;
	}
	if (wait > 0) {
		kp_form_error(r, field, "Err.Throttled");
		return 0;
	}
	if (!kp_password_verify(password, kp_cell(user, 0, U_HASH))) {
		kp_throttle_record(r, r->user.email, "fail");
		kp_form_error(r, field, "Err.PasswordWrong");
		return 0;
	}
	return 1;
}

static int own_row(struct kp_req *r, struct kp_rows *user)
{
	int rc = kp_db_select(&r->arena, &account_sql[ACC_USER_BY_ID], KP_ARGS(KP_INT(r->user.id)),
	                      user);
	if (rc == KP_DB_OK && user->count == 0)
		rc = KP_DB_ERROR;
	if (rc != KP_DB_OK)
		kp_db_fail(r, rc);
	return rc;
}

/* A security notice to the account's current address: if someone else
 * changed the password or the address, the owner learns of it there. */
static int tell_owner(struct kp_req *r, const char *mail_key)
{
	return kp_mail_template(&r->arena, r->lang, mail_key, r->user.email, r->user.name,
	                        site_link(r, "/password/forgot", NULL));
}

static int request_email_change(struct kp_req *r, const char *email)
{
	struct kp_rows taken;
	int rc = user_by_email(r, email, &taken);
	if (rc != KP_DB_OK)
		return rc;
	rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&account_sql[ACC_USER_SET_PENDING_EMAIL],
		                KP_ARGS(KP_STR(email), KP_INT(r->user.id)), NULL, NULL);
	/* An address in use gets a note instead of a link; the person asking
	 * learns nothing about whose it is. */
	if (rc == KP_DB_OK && taken.count) {
		rc = kp_mail_template(&r->arena, r->lang, "AlreadyRegistered", email,
		                      kp_cell(&taken, 0, U_NAME),
		                      site_link(r, "/password/forgot", NULL));
	} else if (rc == KP_DB_OK) {
		char token[KP_TOKEN_LEN + 1];
		rc = kp_token_use_all(r->user.id, "email");
		if (rc == KP_DB_OK)
			rc = kp_token_issue("email", r->user.id, email, r->user.id,
			                    kp_cfg.verify_ttl, token);
		if (rc == KP_DB_OK)
			rc = kp_mail_template(&r->arena, r->lang, "VerifyChange", email,
			                      r->user.name, site_link(r, "/verify/", token));
	}
	if (rc == KP_DB_OK)
		rc = tell_owner(r, "EmailChangeRequested");
	return kp_db_end(rc);
}

void settings_email(struct kp_req *r, const char *const *args)
{
	if (form_fields_ok(r, email_fields) != 0)
		return;
	struct kp_rows user;
	if (own_row(r, &user) != KP_DB_OK)
		return;
	char *email = form_copy(r, "new_email");
	kp_form_value(r, "new_email", email);
	if (!*email)
		kp_form_error(r, "new_email", "Err.Required");
	else if (kp_email_normalise(email) != 0)
		kp_form_error(r, "new_email", "Err.EmailInvalid");
	else if (strcmp(email, kp_cell(&user, 0, U_EMAIL)) == 0)
		kp_form_error(r, "new_email", "Err.EmailSame");
	if (!kp_form_has_errors(r)) {
		int ok =
		    current_password_ok(r, &user, form_copy(r, "email_password"), "email_password");
		if (ok < 0)
			return;
	}
	if (kp_form_has_errors(r)) {
		settings_page(r, 422, &user);
		return;
	}
	int rc = request_email_change(r, email);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_log_req(r, "e-mail change requested");
	kp_redirect_flash(r, "/account", "EmailSent");
}

void settings_password(struct kp_req *r, const char *const *args)
{
	if (form_fields_ok(r, password_fields) != 0)
		return;
	struct kp_rows user;
	if (own_row(r, &user) != KP_DB_OK)
		return;
	int ok =
	    current_password_ok(r, &user, form_copy(r, "current_password"), "current_password");
	if (ok < 0)
		return;
	if (ok)
		new_password_ok(r, form_copy(r, "password"), form_copy(r, "password2"),
		                r->user.email);
	if (kp_form_has_errors(r)) {
		settings_page(r, 422, &user);
		return;
	}
	char hash[KP_HASH_MAX];
	if (kp_password_hash(kp_form(r, "password"), hash) != 0) {
		kp_error(r, 500);
		return;
	}
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&account_sql[ACC_USER_SET_PASSWORD],
		                KP_ARGS(KP_STR(hash), KP_INT(r->user.id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_session_end_user(r->user.id, r->session_id);
	if (rc == KP_DB_OK)
		rc = kp_token_use_all(r->user.id, "reset");
	if (rc == KP_DB_OK)
		rc = kp_audit(r->user.id, r->remote_addr, "account.password_changed", r->user.id,
		              NULL);
	if (rc == KP_DB_OK)
		rc = tell_owner(r, "PasswordChanged");
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_log_req(r, "password changed, other sessions ended");
	kp_redirect_flash(r, "/account", "PasswordChanged");
}

void settings_session_end(struct kp_req *r, const char *const *args)
{
	if (form_fields_ok(r, no_fields) != 0)
		return;
	long long id = kp_parse_id(args[0]);
	if (id <= 0) {
		kp_error(r, 404);
		return;
	}
	unsigned long long affected = 0;
	int rc = kp_db_exec(&account_sql[ACC_SESSION_END], KP_ARGS(KP_INT(id), KP_INT(r->user.id)),
	                    &affected, NULL);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	/* Not found and not yours look the same. */
	if (affected == 0) {
		kp_error(r, 404);
		return;
	}
	if (id == r->session_id) {
		kp_cookie(r, "kp_session", "", 0);
		kp_redirect_flash(r, "/login", "SignedOut");
		return;
	}
	kp_redirect_flash(r, "/account", "SessionEnded");
}

void settings_sessions_end_others(struct kp_req *r, const char *const *args)
{
	if (form_fields_ok(r, no_fields) != 0)
		return;
	int rc = kp_session_end_user(r->user.id, r->session_id);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, "/account", "OthersEnded");
}
