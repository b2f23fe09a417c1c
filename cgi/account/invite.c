/* /invite/TOKEN: an invitation (kpctl user invite, later the admin pages)
 * creates an active account at once — the inviting coordinator has
 * approved it — and signs the new member in. */
#include <string.h>

#include "account.h"
#include "audit.h"
#include "auth.h"
#include "session.h"
#include "token.h"
#include "view.h"

static const struct kp_field invite_fields[] = {
    {"name", 400, 0}, {"password", 4096, 0}, {"password2", 4096, 0}, {NULL, 0, 0}};

static const char *const invite_kind[] = {"invite", NULL};

static void invite_form(struct kp_req *r, int status, const char *token, const char *email)
{
	kp_set(r, "Page.Title", kp_t(r, "Title.Invite"));
	kp_set(r, "Page.Token", token);
	kp_set(r, "Page.Invite.Email", email);
	kp_render(r, status, "account/invite.cs");
}

void invite_show(struct kp_req *r, const char *const *args)
{
	struct kp_token_row row;
	if (live_token(r, invite_kind, args[0], &row, NULL, "/login", "Nav.Login") == 0)
		invite_form(r, 200, args[0], row.email);
}

static int create_invited(struct kp_req *r, const struct kp_token_row *row, const char *name,
                          const char *hash)
{
	unsigned long long new_id = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_token_use(row->id);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&account_sql[ACC_USER_INSERT],
		                KP_ARGS(KP_STR(row->email), KP_STR(name), KP_STR(hash),
		                        KP_STR("active"), KP_STR(r->lang), KP_STR("active"),
		                        row->created_by ? KP_INT(row->created_by) : KP_NULLV),
		                NULL, &new_id);
	if (rc == KP_DB_OK)
		rc = kp_audit(row->created_by, r->remote_addr, "account.invite_accepted",
		              (long long)new_id, NULL);
	/* Signed in within the same transaction: either the member has an
	 * account and is in, or the link still works. */
	if (rc == KP_DB_OK)
		rc = kp_session_start(r, (long long)new_id);
	return kp_db_end(rc);
}

void invite_submit(struct kp_req *r, const char *const *args)
{
	if (form_fields_ok(r, invite_fields) != 0)
		return;
	struct kp_token_row row;
	if (live_token(r, invite_kind, args[0], &row, NULL, "/login", "Nav.Login") != 0)
		return;
	char *name = form_copy(r, "name");
	kp_form_value(r, "name", name);
	const char *problem = name_problem(name);
	if (problem)
		kp_form_error(r, "name", problem);
	new_password_ok(r, form_copy(r, "password"), form_copy(r, "password2"), row.email);
	if (kp_form_has_errors(r)) {
		invite_form(r, 422, args[0], row.email);
		return;
	}
	char hash[KP_HASH_MAX];
	if (kp_password_hash(kp_form(r, "password"), hash) != 0) {
		kp_error(r, 500);
		return;
	}
	int rc = create_invited(r, &row, name, hash);
	/* Spent meanwhile, or the address registered on its own since. */
	if (rc == KP_DB_CONFLICT || rc == KP_DB_DUPLICATE) {
		notice(r, 404, "LinkInvalid", "/login", "Nav.Login");
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_log_req(r, "invitation accepted");
	kp_redirect_flash(r, "/", "Welcome");
}
