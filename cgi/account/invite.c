/* /invite/TOKEN: an invitation (kpctl user invite, a group's members
 * page, later the admin pages) creates an active account at once — the
 * inviting coordinator or group member has vouched for it — and signs the
 * new member in. An invitation from a group (tokens.group_id) makes the
 * account a member of that group in the same transaction, unless the
 * group is gone or archived meanwhile, or whoever invited is no longer an
 * owner or moderator there (the invitation carried their rights): then
 * the account alone. */
#include <string.h>

#include "access.h"
#include "account.h"
#include "audit.h"
#include "auth.h"
#include "session.h"
#include "token.h"
#include "view.h"

static const struct kp_field invite_fields[] = {
    {"name", 400, 0}, {"password", 4096, 0}, {"password2", 4096, 0}, {NULL, 0, 0}};

static const char *const invite_kind[] = {"invite", NULL};

/* The form; for an invitation into a group that still takes members,
 * Page.Invite.Group and .Inviter tell the person what they are accepting
 * (the mail named both already). */
static void invite_form(struct kp_req *r, int status, const char *token,
                        const struct kp_token_row *row)
{
	kp_set(r, "Page.Title", kp_t(r, "Title.Invite"));
	kp_set(r, "Page.Token", token);
	kp_set(r, "Page.Invite.Email", row->email);
	struct kp_rows g = {0};
	if (row->group_id) {
		int rc = kp_db_select(&r->arena, &account_sql[ACC_GROUP_OF_INVITE],
		                      KP_ARGS(KP_INT(row->created_by), KP_INT(row->group_id)), &g);
		if (rc != KP_DB_OK) {
			kp_db_fail(r, rc);
			return;
		}
	}
	if (g.count) {
		kp_set(r, "Page.Invite.Group", kp_cell(&g, 0, 0));
		if (kp_cell(&g, 0, 1))
			kp_set(r, "Page.Invite.Inviter", kp_cell(&g, 0, 1));
	}
	kp_render(r, status, "account/invite.cs");
}

void invite_show(struct kp_req *r, const char *const *args)
{
	struct kp_token_row row;
	if (live_token(r, invite_kind, args[0], &row, NULL, "/login", "Nav.Login") == 0)
		invite_form(r, 200, args[0], &row);
}

/* The new account new_id joins the group of the invitation: *slug set
 * (arena) when it did. */
static int join_group(struct kp_req *r, const struct kp_token_row *row, long long new_id,
                      const char **slug)
{
	struct kp_rows g;
	int rc = kp_db_select(&r->arena, &account_sql[ACC_GROUP_LOCK],
	                      KP_ARGS(KP_INT(row->group_id)), &g);
	if (rc != KP_DB_OK || g.count == 0 || kp_cell_int(&g, 0, 1) || !row->created_by)
		return rc;
	struct kp_rows m;
	rc = kp_db_select(&r->arena, &account_sql[ACC_GROUP_INVITER_MANAGES],
	                  KP_ARGS(KP_INT(row->created_by), KP_INT(row->group_id)), &m);
	if (rc != KP_DB_OK || m.count == 0)
		return rc;
	rc = kp_db_exec(&account_sql[ACC_GROUP_MEMBER_ADD],
	                KP_ARGS(KP_INT(row->group_id), KP_INT(new_id), KP_INT(row->created_by)),
	                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_group_recount(row->group_id);
	if (rc == KP_DB_OK)
		*slug = kp_cell(&g, 0, 0);
	return rc;
}

static int create_invited(struct kp_req *r, const struct kp_token_row *row, const char *name,
                          const char *hash, const char **slug)
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
	if (rc == KP_DB_OK && row->group_id)
		rc = join_group(r, row, (long long)new_id, slug);
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
		invite_form(r, 422, args[0], &row);
		return;
	}
	char hash[KP_HASH_MAX];
	if (kp_password_hash(kp_form(r, "password"), hash) != 0) {
		kp_error(r, 500);
		return;
	}
	const char *slug = NULL;
	int rc = create_invited(r, &row, name, hash, &slug);
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
	/* Invited into a group: its home page first. */
	kp_redirect_flash(r, slug ? kp_arena_printf(&r->arena, "/g/%s", slug) : "/", "Welcome");
}
