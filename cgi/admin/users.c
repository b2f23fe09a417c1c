/* /admin/users: the list (search, filter, CSV), pending registrations,
 * one user's page, and what the coordinators do to an account: approve or
 * reject a registration (a mail tells the person), change the site role,
 * suspend and unsuspend, send a password-reset link, delete with
 * anonymisation. Every change: one transaction with its audit entry. */
#include <string.h>

#include "access.h"
#include "admin.h"
#include "config.h"
#include "export.h"
#include "mail.h"
#include "session.h"
#include "token.h"
#include "view.h"

#define USERS_PER_PAGE 50

static const struct kp_field no_fields[] = {{NULL, 0, 0}};
static const struct kp_field reject_fields[] = {{"message", 2000, KP_FIELD_MULTILINE},
                                                {NULL, 0, 0}};
static const struct kp_field role_fields[] = {{"role", 20, 0}, {NULL, 0, 0}};
static const struct kp_field confirm_fields[] = {{"confirm", 10, 0}, {NULL, 0, 0}};

static const char *const statuses[] = {"unverified", "pending", "active",
                                       "suspended",  "deleted", NULL};
static const char *const roles[] = {"member", "moderator", "admin", NULL};

static int one_of(const char *v, const char *const *set)
{
	for (; v && *set; set++)
		if (strcmp(v, *set) == 0)
			return 1;
	return 0;
}

/* "%text%" for LIKE, with the pattern characters of text taken literally. */
static const char *like_pattern(struct kp_req *r, const char *text)
{
	size_t n = strlen(text);
	char *p = kp_arena_alloc(&r->arena, 2 * n + 3);
	if (!p)
		return "%";
	size_t k = 0;
	p[k++] = '%';
	for (size_t i = 0; i < n; i++) {
		if (text[i] == '%' || text[i] == '_' || text[i] == '\\')
			p[k++] = '\\';
		p[k++] = text[i];
	}
	p[k++] = '%';
	p[k] = 0;
	return p;
}

/* The list's filters from the query string; unknown values count as "any". */
struct user_filter {
	const char *q, *like, *status, *role, *query;
};
static void read_filter(struct kp_req *r, struct user_filter *f)
{
	const char *q = kp_query(r, "q");
	f->q = q && strlen(q) <= 200 ? q : "";
	f->like = like_pattern(r, f->q);
	f->status = one_of(kp_query(r, "status"), statuses) ? kp_query(r, "status") : "";
	f->role = one_of(kp_query(r, "role"), roles) ? kp_query(r, "role") : "";
	f->query = kp_arena_printf(&r->arena, "q=%s&status=%s&role=%s",
	                           kp_url_encode(&r->arena, f->q), f->status, f->role);
}

void users_list(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	struct user_filter f;
	read_filter(r, &f);
	long long page = kp_parse_id(kp_query(r, "page") ? kp_query(r, "page") : "1");
	struct kp_rows count, rows = {0};
	int rc = kp_db_select(&r->arena, &admin_sql[A_USERS_COUNT],
	                      KP_ARGS(KP_STR(f.q), KP_STR(f.like), KP_STR(f.like), KP_STR(f.status),
	                              KP_STR(f.status), KP_STR(f.role), KP_STR(f.role)),
	                      &count);
	if (rc == KP_DB_OK) {
		long long offset =
		    kp_pager(r, kp_cell_int(&count, 0, 0), page < 1 ? 1 : page, USERS_PER_PAGE);
		rc = kp_db_select(&r->arena, &admin_sql[A_USERS_LIST],
		                  KP_ARGS(KP_STR(f.q), KP_STR(f.like), KP_STR(f.like),
		                          KP_STR(f.status), KP_STR(f.status), KP_STR(f.role),
		                          KP_STR(f.role), KP_INT(USERS_PER_PAGE), KP_INT(offset)),
		                  &rows);
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++) {
		kp_setf(r, kp_cell(&rows, i, 0), "Page.Users.%zu.Id", i);
		kp_setf(r, kp_cell(&rows, i, 1), "Page.Users.%zu.Name", i);
		kp_setf(r, kp_cell(&rows, i, 2), "Page.Users.%zu.Email", i);
		kp_setf(r, kp_cell(&rows, i, 3), "Page.Users.%zu.Role", i);
		kp_setf(r, kp_cell(&rows, i, 4), "Page.Users.%zu.Status", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Users.%zu.Created", i),
		            kp_cell(&rows, i, 5));
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Users.%zu.LastLogin", i),
		            kp_cell(&rows, i, 6));
	}
	kp_set_int(r, "Page.Total", kp_cell_int(&count, 0, 0));
	kp_form_value(r, "q", f.q);
	kp_form_value(r, "status", f.status);
	kp_form_value(r, "role", f.role);
	kp_set(r, "Page.Pager.Query", f.query);
	kp_set(r, "Page.Export", kp_arena_printf(&r->arena, "/admin/users/export.csv?%s", f.query));
	kp_set(r, "Page.Title", kp_t(r, "Admin.Users.Title"));
	kp_render(r, 200, "admin/users.cs");
}

void users_export(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	struct user_filter f;
	read_filter(r, &f);
	struct kp_rows rows;
	int rc = kp_db_select(&r->arena, &admin_sql[A_USERS_EXPORT],
	                      KP_ARGS(KP_STR(f.q), KP_STR(f.like), KP_STR(f.like), KP_STR(f.status),
	                              KP_STR(f.status), KP_STR(f.role), KP_STR(f.role)),
	                      &rows);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	struct kp_buf b;
	kp_buf_init(&b, &r->arena);
	static const char *const head[] = {
	    "id",     "name",     "email",          "role",
	    "status", "language", "registered_utc", "last_sign_in_utc"};
	for (size_t c = 0; c < sizeof(head) / sizeof(head[0]); c++)
		kp_csv_cell(&b, head[c]);
	kp_csv_end_row(&b);
	for (size_t i = 0; i < rows.count; i++) {
		for (size_t c = 0; c < rows.cols; c++)
			kp_csv_cell(&b, kp_cell(&rows, i, c));
		kp_csv_end_row(&b);
	}
	if (b.failed) {
		kp_error(r, 500);
		return;
	}
	rc = admin_audit(r, "admin.users.export", 0, f.query);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_header(r, "Content-Disposition", "attachment; filename=\"users.csv\"");
	kp_send(r, 200, "text/csv; charset=utf-8", b.data, b.len);
}

void users_pending(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	struct kp_rows rows;
	int rc = kp_db_select(&r->arena, &admin_sql[A_PENDING], KP_NOARGS, &rows);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++) {
		kp_setf(r, kp_cell(&rows, i, 0), "Page.Pending.%zu.Id", i);
		kp_setf(r, kp_cell(&rows, i, 1), "Page.Pending.%zu.Name", i);
		kp_setf(r, kp_cell(&rows, i, 2), "Page.Pending.%zu.Email", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Pending.%zu.Created", i),
		            kp_cell(&rows, i, 3));
	}
	kp_set(r, "Page.Title", kp_t(r, "Admin.Pending.Title"));
	kp_render(r, 200, "admin/pending.cs");
}

/* The user of /admin/users/ID: fills *u (columns of A_USER_GET); 0 with
 * the answer given (404 for an unknown id, or the database's page). */
static int load_user(struct kp_req *r, const char *arg, struct kp_rows *u)
{
	long long id = kp_parse_id(arg);
	int rc = id > 0 ? kp_db_select(&r->arena, &admin_sql[A_USER_GET], KP_ARGS(KP_INT(id)), u)
	                : KP_DB_OK;
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return 0;
	}
	if (id <= 0 || u->count == 0) {
		kp_error(r, 404);
		return 0;
	}
	return 1;
}
enum { UC_ID, UC_EMAIL, UC_NAME, UC_ROLE, UC_STATUS, UC_LANG, UC_CREATED, UC_LOGIN, UC_APPROVED };

void user_show(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	struct kp_rows u, groups, orgs, sessions;
	if (!load_user(r, args[0], &u))
		return;
	long long id = kp_cell_int(&u, 0, UC_ID);
	int rc = kp_db_select(&r->arena, &admin_sql[A_USER_GROUPS], KP_ARGS(KP_INT(id)), &groups);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &admin_sql[A_USER_ORGS], KP_ARGS(KP_INT(id)), &orgs);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &admin_sql[A_USER_SESSIONS], KP_ARGS(KP_INT(id)),
		                  &sessions);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_set_int(r, "Page.User.Id", id);
	kp_set(r, "Page.User.Email", kp_cell(&u, 0, UC_EMAIL));
	kp_set(r, "Page.User.Name", kp_cell(&u, 0, UC_NAME));
	kp_set(r, "Page.User.Role", kp_cell(&u, 0, UC_ROLE));
	kp_set(r, "Page.User.Status", kp_cell(&u, 0, UC_STATUS));
	kp_set(r, "Page.User.Lang", kp_cell(&u, 0, UC_LANG));
	kp_set_int(r, "Page.User.Self", id == r->user.id);
	kp_set_time(r, "Page.User.Created", kp_cell(&u, 0, UC_CREATED));
	kp_set_time(r, "Page.User.LastLogin", kp_cell(&u, 0, UC_LOGIN));
	kp_set_time(r, "Page.User.Approved", kp_cell(&u, 0, UC_APPROVED));
	kp_form_value(r, "role", kp_cell(&u, 0, UC_ROLE));
	for (size_t i = 0; i < groups.count; i++) {
		kp_setf(r, kp_cell(&groups, i, 0), "Page.Groups.%zu.Slug", i);
		kp_setf(r, kp_cell(&groups, i, 1), "Page.Groups.%zu.Name", i);
		kp_setf(r, kp_cell(&groups, i, 2), "Page.Groups.%zu.Visibility", i);
		kp_setf(r, kp_cell(&groups, i, 3), "Page.Groups.%zu.Role", i);
		kp_setf(r, kp_cell(&groups, i, 4), "Page.Groups.%zu.State", i);
	}
	for (size_t i = 0; i < orgs.count; i++) {
		kp_setf(r, kp_cell(&orgs, i, 0), "Page.Orgs.%zu.Id", i);
		kp_setf(r, kp_cell(&orgs, i, 1), "Page.Orgs.%zu.Name", i);
	}
	for (size_t i = 0; i < sessions.count; i++) {
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Sessions.%zu.Created", i),
		            kp_cell(&sessions, i, 0));
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Sessions.%zu.Seen", i),
		            kp_cell(&sessions, i, 1));
		kp_setf(r, kp_cell(&sessions, i, 2), "Page.Sessions.%zu.Ip", i);
		kp_setf(r, kp_cell(&sessions, i, 3), "Page.Sessions.%zu.Agent", i);
	}
	kp_set(r, "Page.Title",
	       kp_arena_printf(&r->arena, "%s – %s", kp_t(r, "Admin.User.Title"),
	                       kp_cell(&u, 0, UC_NAME)));
	kp_render(r, 200, "admin/user.cs");
}

/* The tail of every action: the answer for rc (KP_DB_CONFLICT: the
 * account was not in the state the action needs, e.g. approved meanwhile
 * in another tab: a flash says so). */
static void action_done(struct kp_req *r, long long id, int rc, const char *flash)
{
	const char *back = kp_arena_printf(&r->arena, "/admin/users/%lld", id);
	if (rc == KP_DB_CONFLICT)
		kp_redirect_flash(r, back, "AdminNotPossible");
	else if (rc != KP_DB_OK)
		kp_db_fail(r, rc);
	else
		kp_redirect_flash(r, back, flash);
}

/* Runs a statement that must change exactly one row: KP_DB_CONFLICT when
 * it changed none (the account is no longer in the state it needs). */
static int exec_one(enum admin_stmt stmt, const struct kp_val *args, size_t nargs)
{
	unsigned long long n = 0;
	int rc = kp_db_exec(&admin_sql[stmt], args, nargs, &n, NULL);
	return rc == KP_DB_OK && n != 1 ? KP_DB_CONFLICT : rc;
}

void user_approve(struct kp_req *r, const char *const *args)
{
	struct kp_rows u;
	if (!admin_begin(r, NEED_ADMIN) || !admin_fields_ok(r, no_fields) ||
	    !load_user(r, args[0], &u))
		return;
	long long id = kp_cell_int(&u, 0, UC_ID);
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = exec_one(A_USER_APPROVE, KP_ARGS(KP_INT(r->user.id), KP_INT(id)));
	if (rc == KP_DB_OK)
		rc = admin_audit(r, "account.approved", id, NULL);
	if (rc == KP_DB_OK)
		rc = kp_mail_template(&r->arena, kp_cell(&u, 0, UC_LANG), "Approved",
		                      kp_cell(&u, 0, UC_EMAIL), kp_cell(&u, 0, UC_NAME),
		                      admin_link(r, "/login"));
	rc = kp_db_end(rc);
	if (rc == KP_DB_OK) {
		kp_redirect_flash(r, "/admin/users/pending", "AdminApproved");
		return;
	}
	action_done(r, id, rc, NULL);
}

void user_reject(struct kp_req *r, const char *const *args)
{
	struct kp_rows u;
	if (!admin_begin(r, NEED_ADMIN) || !admin_fields_ok(r, reject_fields) ||
	    !load_user(r, args[0], &u))
		return;
	long long id = kp_cell_int(&u, 0, UC_ID);
	const char *message = admin_form_trim(r, "message");
	const char *lang = kp_cell(&u, 0, UC_LANG);
	/* The coordinators' message, if any, below the fixed text. */
	const char *body =
	    kp_text_fill(&r->arena, lang, "Mail.Rejected.Body", kp_cell(&u, 0, UC_NAME), message);
	const char *subject =
	    kp_text_fill(&r->arena, lang, "Mail.Rejected.Subject", kp_cell(&u, 0, UC_NAME), "");
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = exec_one(A_USER_REJECT, KP_ARGS(KP_INT(id)));
	if (rc == KP_DB_OK)
		rc = admin_audit(r, "account.rejected", id, kp_cell(&u, 0, UC_EMAIL));
	if (rc == KP_DB_OK)
		rc = kp_mail_enqueue(kp_cell(&u, 0, UC_EMAIL), subject, body);
	rc = kp_db_end(rc);
	if (rc == KP_DB_OK) {
		kp_redirect_flash(r, "/admin/users/pending", "AdminRejected");
		return;
	}
	action_done(r, id, rc, NULL);
}

void user_role(struct kp_req *r, const char *const *args)
{
	struct kp_rows u;
	if (!admin_begin(r, NEED_ADMIN) || !admin_fields_ok(r, role_fields) ||
	    !load_user(r, args[0], &u))
		return;
	long long id = kp_cell_int(&u, 0, UC_ID);
	const char *role = kp_form(r, "role");
	if (!one_of(role, roles)) {
		kp_error(r, 400);
		return;
	}
	/* Not the own role: the last admin could lock everybody out. The
	 * same role again: nothing to do. */
	if (id == r->user.id || strcmp(role, kp_cell(&u, 0, UC_ROLE)) == 0) {
		action_done(r, id, KP_DB_CONFLICT, NULL);
		return;
	}
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = exec_one(A_USER_SET_ROLE, KP_ARGS(KP_STR(role), KP_INT(id)));
	if (rc == KP_DB_OK)
		rc = admin_audit(
		    r, "account.role", id,
		    kp_arena_printf(&r->arena, "%s -> %s", kp_cell(&u, 0, UC_ROLE), role));
	/* A new role starts in new sessions: a moderator made admin has to
	 * sign in again and give a second factor there. */
	if (rc == KP_DB_OK)
		rc = kp_session_end_user(id, 0);
	action_done(r, id, kp_db_end(rc), "AdminRoleChanged");
}

/* The account of the route for an action no admin takes on their own
 * account (suspension, resetting the second factor): 1 with *u and *id,
 * else 0 and the answer is given. */
static int other_user(struct kp_req *r, const char *const *args, struct kp_rows *u, long long *id)
{
	if (!admin_begin(r, NEED_ADMIN) || !admin_fields_ok(r, no_fields) ||
	    !load_user(r, args[0], u))
		return 0;
	*id = kp_cell_int(u, 0, UC_ID);
	if (*id == r->user.id) {
		action_done(r, *id, KP_DB_CONFLICT, NULL);
		return 0;
	}
	return 1;
}

/* Suspension: the account can no longer sign in, its sessions and mailed
 * links end at once. */
void user_suspend(struct kp_req *r, const char *const *args)
{
	struct kp_rows u;
	long long id;
	if (!other_user(r, args, &u, &id))
		return;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = exec_one(A_USER_SET_STATUS,
		              KP_ARGS(KP_STR("suspended"), KP_INT(id), KP_STR("active")));
	if (rc == KP_DB_OK)
		rc = kp_token_use_all(id, "reset");
	if (rc == KP_DB_OK)
		rc = kp_token_use_all(id, "email");
	if (rc == KP_DB_OK)
		rc = kp_session_end_user(id, 0);
	if (rc == KP_DB_OK)
		rc = admin_audit(r, "account.suspended", id, NULL);
	action_done(r, id, kp_db_end(rc), "AdminSuspended");
}

void user_unsuspend(struct kp_req *r, const char *const *args)
{
	struct kp_rows u;
	if (!admin_begin(r, NEED_ADMIN) || !admin_fields_ok(r, no_fields) ||
	    !load_user(r, args[0], &u))
		return;
	long long id = kp_cell_int(&u, 0, UC_ID);
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = exec_one(A_USER_SET_STATUS,
		              KP_ARGS(KP_STR("active"), KP_INT(id), KP_STR("suspended")));
	if (rc == KP_DB_OK)
		rc = admin_audit(r, "account.unsuspended", id, NULL);
	action_done(r, id, kp_db_end(rc), "AdminUnsuspended");
}

void user_reset_link(struct kp_req *r, const char *const *args)
{
	struct kp_rows u;
	if (!admin_begin(r, NEED_ADMIN) || !admin_fields_ok(r, no_fields) ||
	    !load_user(r, args[0], &u))
		return;
	long long id = kp_cell_int(&u, 0, UC_ID);
	/* Only for an account that can sign in once it has a password. */
	if (strcmp(kp_cell(&u, 0, UC_STATUS), "active") != 0) {
		action_done(r, id, KP_DB_CONFLICT, NULL);
		return;
	}
	char token[KP_TOKEN_LEN + 1];
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_token_issue("reset", id, kp_cell(&u, 0, UC_EMAIL), r->user.id,
		                    kp_cfg.reset_ttl, token);
	if (rc == KP_DB_OK)
		rc = kp_mail_template(
		    &r->arena, kp_cell(&u, 0, UC_LANG), "Reset", kp_cell(&u, 0, UC_EMAIL),
		    kp_cell(&u, 0, UC_NAME),
		    admin_link(r, kp_arena_printf(&r->arena, "/password/reset/%s", token)));
	if (rc == KP_DB_OK)
		rc = admin_audit(r, "account.reset_link", id, NULL);
	action_done(r, id, kp_db_end(rc), "AdminResetSent");
}

/* A lost phone and lost recovery codes: the second factor is removed, the
 * person's sessions end, and the next visit of /admin sets up a new one
 * (after signing in with the password). Not one's own: another admin
 * vouches for the person. */
void user_reset_2fa(struct kp_req *r, const char *const *args)
{
	struct kp_rows u;
	long long id;
	if (!other_user(r, args, &u, &id))
		return;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = exec_one(A_USER_DROP_TOTP, KP_ARGS(KP_INT(id)));
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[A_USER_DROP_RECOVERY], KP_ARGS(KP_INT(id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_session_end_user(id, 0);
	if (rc == KP_DB_OK)
		rc = admin_audit(r, "admin.2fa.reset", id, NULL);
	action_done(r, id, kp_db_end(rc), "AdminTwoFaReset");
}

/* Deletion with anonymisation: the row stays (posts and documents keep an
 * author, shown as the former member), everything that identifies the
 * person goes: address, name, password, profile, memberships, sessions,
 * links, second factor, notifications. */
void user_delete(struct kp_req *r, const char *const *args)
{
	struct kp_rows u, gids;
	if (!admin_begin(r, NEED_ADMIN) || !admin_fields_ok(r, confirm_fields) ||
	    !load_user(r, args[0], &u))
		return;
	long long id = kp_cell_int(&u, 0, UC_ID);
	const char *confirm = kp_form(r, "confirm");
	if (id == r->user.id || !confirm || strcmp(confirm, "yes") != 0) {
		action_done(r, id, KP_DB_CONFLICT, NULL);
		return;
	}
	/* A unique address that can never receive mail (RFC 2606 .invalid). */
	const char *email = kp_arena_printf(&r->arena, "deleted-%lld@deleted.invalid", id);
	const char *name = kp_text(kp_cfg.lang, "Admin.FormerMember");
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = exec_one(A_USER_ANONYMISE, KP_ARGS(KP_STR(email), KP_STR(name), KP_INT(id)));
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &admin_sql[A_USER_GROUP_IDS], KP_ARGS(KP_INT(id)),
		                  &gids);
	static const enum admin_stmt drops[] = {
	    A_USER_DROP_PROFILE, A_USER_DROP_ORGS,     A_USER_DROP_GROUPS,       A_USER_DROP_TOKENS,
	    A_USER_DROP_TOTP,    A_USER_DROP_RECOVERY, A_USER_DROP_NOTIFICATIONS};
	for (size_t i = 0; rc == KP_DB_OK && i < sizeof(drops) / sizeof(drops[0]); i++)
		rc = kp_db_exec(&admin_sql[drops[i]], KP_ARGS(KP_INT(id)), NULL, NULL);
	for (size_t i = 0; rc == KP_DB_OK && i < gids.count; i++)
		rc = kp_group_recount(kp_cell_int(&gids, i, 0));
	if (rc == KP_DB_OK)
		rc = kp_session_end_user(id, 0);
	if (rc == KP_DB_OK)
		rc = admin_audit(r, "account.deleted", id, NULL);
	action_done(r, id, kp_db_end(rc), "AdminDeleted");
}
