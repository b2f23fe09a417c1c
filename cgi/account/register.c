/* /register and /verify/TOKEN. Registering never says whether an address
 * already has an account: the answer is always "we sent you a link", and
 * the owner of a registered address gets a mail saying so instead. The
 * link leads to a page with a button — mail scanners follow links, they do
 * not press buttons — and confirming puts the account in the coordinators'
 * queue (kpctl user approve, later the admin pages). */
#include <string.h>

#include "account.h"
#include "auth.h"
#include "audit.h"
#include "config.h"
#include "mail.h"
#include "token.h"
#include "view.h"

static const struct kp_field register_fields[] = {
    {"name", 400, 0},       {"email", 1024, 0}, {"password", 4096, 0},
    {"password2", 4096, 0}, {NULL, 0, 0},
};

static void register_form(struct kp_req *r, int status)
{
	kp_set(r, "Page.Title", kp_t(r, "Title.Register"));
	kp_render(r, status, "account/register.cs");
}

/* 1 when the coordinators let anyone register (site setting
 * "registration": "open", the default; "invite": invitations only); else
 * the answer is given and 0 returned. */
static int registration_open(struct kp_req *r)
{
	struct kp_rows s;
	int rc = kp_db_select(&r->arena, &account_sql[ACC_REGISTRATION_SETTING], KP_NOARGS, &s);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return 0;
	}
	if (s.count && strcmp(kp_cell(&s, 0, 0), "invite") == 0) {
		notice(r, 403, "RegisterClosed", "/login", "Action.Login");
		return 0;
	}
	return 1;
}

void register_show(struct kp_req *r, const char *const *args)
{
	if (r->user.id) {
		kp_redirect(r, "/account");
		return;
	}
	if (!registration_open(r))
		return;
	register_form(r, 200);
}

/* A registration: the account row when the address is new, and a link
 * that carries this registration's name and password hash. Nothing is
 * applied before the link is confirmed, so registering an address that
 * is not one's own (first, or again) gains nothing: only the mailbox's
 * owner can confirm, and they confirm their own details. */
static int register_attempt(struct kp_req *r, const char *name, const char *email, const char *hash,
                            const struct kp_rows *existing)
{
	int rc = kp_db_begin();
	unsigned long long id =
	    existing->count ? (unsigned long long)kp_cell_int(existing, 0, U_ID) : 0;
	if (rc == KP_DB_OK && !existing->count)
		rc = kp_db_exec(&account_sql[ACC_USER_INSERT],
		                KP_ARGS(KP_STR(email), KP_STR(name), KP_STR(hash),
		                        KP_STR("unverified"), KP_STR(r->lang), KP_STR("unverified"),
		                        KP_NULLV),
		                NULL, &id);
	char token[KP_TOKEN_LEN + 1];
	if (rc == KP_DB_OK)
		rc = kp_token_issue_registration((long long)id, email, name, hash,
		                                 kp_cfg.verify_ttl, token);
	if (rc == KP_DB_OK)
		rc = kp_mail_template(&r->arena, r->lang, "Verify", email, name,
		                      site_link(r, "/verify/", token));
	return kp_db_end(rc);
}

void register_submit(struct kp_req *r, const char *const *args)
{
	if (form_fields_ok(r, register_fields) != 0 || !registration_open(r))
		return;
	char *name = form_copy(r, "name");
	char *email = form_copy(r, "email");
	const char *password = form_copy(r, "password");
	const char *password2 = form_copy(r, "password2");
	kp_form_value(r, "name", name);
	kp_form_value(r, "email", email);
	const char *problem = name_problem(name);
	if (problem)
		kp_form_error(r, "name", problem);
	if (!*email)
		kp_form_error(r, "email", "Err.Required");
	else if (kp_email_normalise(email) != 0)
		kp_form_error(r, "email", "Err.EmailInvalid");
	new_password_ok(r, password, password2, email);
	if (kp_form_has_errors(r)) {
		register_form(r, 422);
		return;
	}
	/* Hash before looking the address up: both answers take as long. */
	char hash[KP_HASH_MAX];
	if (kp_password_hash(password, hash) != 0) {
		kp_error(r, 500);
		return;
	}
	struct kp_rows existing;
	int rc = user_by_email(r, email, &existing);
	if (rc == KP_DB_OK && existing.count &&
	    strcmp(kp_cell(&existing, 0, U_STATUS), "unverified") != 0)
		rc = kp_mail_template(&r->arena, kp_cell(&existing, 0, U_LANG), "AlreadyRegistered",
		                      kp_cell(&existing, 0, U_EMAIL), kp_cell(&existing, 0, U_NAME),
		                      site_link(r, "/password/forgot", NULL));
	else if (rc == KP_DB_OK)
		rc = register_attempt(r, name, email, hash, &existing);
	/* The same form sent twice at once: the first one created the
	 * account, and its mail is on the way. */
	if (rc == KP_DB_DUPLICATE)
		rc = KP_DB_OK;
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_log_req(r, "registration submitted");
	notice(r, 200, "RegisterSent", NULL, NULL);
}

/* Both the address of a new account ("verify") and a changed address
 * ("email") are confirmed through /verify/TOKEN. */
static const char *const verify_kinds[] = {"verify", "email", NULL};

void verify_show(struct kp_req *r, const char *const *args)
{
	struct kp_token_row row;
	if (live_token(r, verify_kinds, args[0], &row, NULL, "/login", "Nav.Login") != 0)
		return;
	kp_set(r, "Page.Title", kp_t(r, "Title.Verify"));
	kp_set(r, "Page.Token", args[0]);
	kp_set(r, "Page.Email", row.email);
	kp_render(r, 200, "account/verify.cs");
}

/* The coordinators learn of every account waiting for them. */
static int tell_admins(struct kp_req *r, const char *email)
{
	struct kp_rows admins;
	int rc = kp_db_select(&r->arena, &account_sql[ACC_ADMINS], KP_NOARGS, &admins);
	for (size_t i = 0; rc == KP_DB_OK && i < admins.count; i++)
		rc = kp_mail_template(&r->arena, kp_cell(&admins, i, 1), "Pending",
		                      kp_cell(&admins, i, 0), email, NULL);
	return rc;
}

static int confirm_registration(struct kp_req *r, const struct kp_token_row *row)
{
	unsigned long long changed = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_token_use(row->id);
	/* This link's details become the account's; every other link of it
	 * (someone else's registration of the same address) is spent. */
	if (rc == KP_DB_OK)
		rc = kp_db_exec(
		    &account_sql[ACC_USER_CONFIRM],
		    KP_ARGS(KP_STR(row->name), KP_STR(row->password_hash), KP_INT(row->user_id)),
		    &changed, NULL);
	if (rc == KP_DB_OK)
		rc = kp_token_use_all(row->user_id, "verify");
	if (rc == KP_DB_OK)
		rc = kp_audit(row->user_id, r->remote_addr, "account.verified", row->user_id, NULL);
	if (rc == KP_DB_OK && changed == 1)
		rc = tell_admins(r, row->email);
	return kp_db_end(rc);
}

static int confirm_email_change(struct kp_req *r, const struct kp_token_row *row)
{
	unsigned long long changed = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_token_use(row->id);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(
		    &account_sql[ACC_USER_SET_EMAIL],
		    KP_ARGS(KP_STR(row->email), KP_INT(row->user_id), KP_STR(row->email)), &changed,
		    NULL);
	/* The change was withdrawn (another address requested since). */
	if (rc == KP_DB_OK && changed != 1)
		rc = KP_DB_CONFLICT;
	if (rc == KP_DB_OK)
		rc = kp_audit(row->user_id, r->remote_addr, "account.email_changed", row->user_id,
		              NULL);
	return kp_db_end(rc);
}

void verify_submit(struct kp_req *r, const char *const *args)
{
	static const struct kp_field no_fields[] = {{NULL, 0, 0}};
	if (form_fields_ok(r, no_fields) != 0)
		return;
	struct kp_token_row row;
	const char *kind;
	if (live_token(r, verify_kinds, args[0], &row, &kind, "/login", "Nav.Login") != 0)
		return;
	int is_email = strcmp(kind, "email") == 0;
	int rc = is_email ? confirm_email_change(r, &row) : confirm_registration(r, &row);
	/* A second click at the same moment, or the address taken meanwhile:
	 * the link is spent. */
	if (rc == KP_DB_CONFLICT || rc == KP_DB_DUPLICATE) {
		notice(r, 404, "LinkInvalid", "/login", "Nav.Login");
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_log_req(r, "%s confirmed for user %lld", is_email ? "address" : "registration",
	           row.user_id);
	if (is_email)
		notice(r, 200, "EmailVerified", "/account", "Nav.Account");
	else
		notice(r, 200, "Verified", NULL, NULL);
}
