/* /admin/groups: every group with its visibility, members and owners —
 * private ones too: the coordinators learn that they exist and who runs
 * them, never what is inside (access.h: site roles give nothing in a
 * group). Archive and restore a group; hand its ownership to an active
 * account (a group whose owners left, or a handover the owners cannot
 * make themselves): the new owner becomes the only owner, earlier owners
 * stay as members. Each change under the group's row lock, audited.
 * "Enter as admin": the one way to a group's content for a site admin
 * who is not a member — explicit, audited, for this session and an hour,
 * read-only (access.c). */
#include <string.h>

#include "access.h"
#include "admin.h"
#include "auth.h"
#include "view.h"

#define GROUPS_PER_PAGE 50

static const struct kp_field no_fields[] = {{NULL, 0, 0}};
static const struct kp_field owner_fields[] = {{"email", 1024, 0}, {NULL, 0, 0}};

void groups_list(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	const char *q = kp_query(r, "q");
	q = q && strlen(q) <= 200 ? q : "";
	/* "%q%" with the pattern characters taken as typed. */
	size_t n = strlen(q), k = 0;
	char *like = kp_arena_alloc(&r->arena, 2 * n + 3);
	if (!like) {
		kp_error(r, 500);
		return;
	}
	like[k++] = '%';
	for (size_t i = 0; i < n; i++) {
		if (q[i] == '%' || q[i] == '_' || q[i] == '\\')
			like[k++] = '\\';
		like[k++] = q[i];
	}
	like[k++] = '%';
	like[k] = 0;
	long long page = kp_parse_id(kp_query(r, "page") ? kp_query(r, "page") : "1");
	struct kp_rows count, rows = {0};
	int rc = kp_db_select(&r->arena, &admin_sql[A_GROUPS_COUNT],
	                      KP_ARGS(KP_STR(q), KP_STR(like), KP_STR(like)), &count);
	if (rc == KP_DB_OK) {
		long long offset =
		    kp_pager(r, kp_cell_int(&count, 0, 0), page < 1 ? 1 : page, GROUPS_PER_PAGE);
		rc = kp_db_select(&r->arena, &admin_sql[A_GROUPS_LIST],
		                  KP_ARGS(KP_STR(q), KP_STR(like), KP_STR(like),
		                          KP_INT(GROUPS_PER_PAGE), KP_INT(offset)),
		                  &rows);
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++) {
		kp_setf(r, kp_cell(&rows, i, 0), "Page.Groups.%zu.Id", i);
		kp_setf(r, kp_cell(&rows, i, 1), "Page.Groups.%zu.Slug", i);
		kp_setf(r, kp_cell(&rows, i, 2), "Page.Groups.%zu.Name", i);
		kp_setf(r, kp_cell(&rows, i, 3), "Page.Groups.%zu.Visibility", i);
		kp_setf(r, kp_cell(&rows, i, 4), "Page.Groups.%zu.Archived", i);
		kp_setf(r, kp_cell(&rows, i, 5), "Page.Groups.%zu.Members", i);
		kp_setf(r, kp_cell(&rows, i, 6), "Page.Groups.%zu.Owners", i);
	}
	kp_set_int(r, "Page.Total", kp_cell_int(&count, 0, 0));
	kp_form_value(r, "q", q);
	kp_set(r, "Page.Pager.Query",
	       kp_arena_printf(&r->arena, "q=%s", kp_url_encode(&r->arena, q)));
	kp_set(r, "Page.Title", kp_t(r, "Admin.Groups.Title"));
	kp_render(r, 200, "admin/groups.cs");
}

/* The group's row, locked: 1 with *archived set, 0 when it is not there
 * (deleted) — KP_DB_CONFLICT through *rc. */
static int lock_group(struct kp_req *r, long long id, int *archived, int *rc)
{
	struct kp_rows g;
	*rc = kp_db_select(&r->arena, &admin_sql[A_GROUP_LOCK], KP_ARGS(KP_INT(id)), &g);
	if (*rc == KP_DB_OK && g.count == 0)
		*rc = KP_DB_CONFLICT;
	if (*rc != KP_DB_OK)
		return 0;
	*archived = kp_cell_int(&g, 0, 1) == 1;
	return 1;
}

static void done(struct kp_req *r, int rc, const char *flash)
{
	if (rc == KP_DB_CONFLICT)
		kp_redirect_flash(r, "/admin/groups", "AdminNotPossible");
	else if (rc != KP_DB_OK)
		kp_db_fail(r, rc);
	else
		kp_redirect_flash(r, "/admin/groups", flash);
}

static void archive_or_restore(struct kp_req *r, const char *arg, int archive)
{
	if (!admin_begin(r, NEED_ADMIN) || !admin_fields_ok(r, no_fields))
		return;
	long long id = kp_parse_id(arg);
	if (id <= 0) {
		kp_error(r, 404);
		return;
	}
	unsigned long long n = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = archive
		         ? kp_db_exec(&admin_sql[A_GROUP_ARCHIVE],
		                      KP_ARGS(KP_INT(r->user.id), KP_INT(id)), &n, NULL)
		         : kp_db_exec(&admin_sql[A_GROUP_RESTORE], KP_ARGS(KP_INT(id)), &n, NULL);
	if (rc == KP_DB_OK && n != 1)
		rc = KP_DB_CONFLICT;
	if (rc == KP_DB_OK)
		rc = admin_audit(r, archive ? "group.archived" : "group.restored", id, NULL);
	done(r, kp_db_end(rc), archive ? "AdminGroupArchived" : "AdminGroupRestored");
}

void group_archive(struct kp_req *r, const char *const *args)
{
	archive_or_restore(r, args[0], 1);
}

void group_restore(struct kp_req *r, const char *const *args)
{
	archive_or_restore(r, args[0], 0);
}

void group_transfer(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN) || !admin_fields_ok(r, owner_fields))
		return;
	long long id = kp_parse_id(args[0]);
	if (id <= 0) {
		kp_error(r, 404);
		return;
	}
	char *email = admin_form_trim(r, "email");
	struct kp_rows u = {0};
	int rc = kp_email_normalise(email) == 0
	             ? kp_db_select(&r->arena, &admin_sql[A_USER_ACTIVE_BY_EMAIL],
	                            KP_ARGS(KP_STR(email)), &u)
	             : KP_DB_OK;
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (u.count == 0) {
		kp_redirect_flash(r, "/admin/groups", "AdminNoSuchMember");
		return;
	}
	long long owner = kp_cell_int(&u, 0, 0);
	/* An admin never makes themself owner: their way into a group is the
	 * read-only, audited "enter as admin". */
	if (owner == r->user.id) {
		kp_redirect_flash(r, "/admin/groups", "AdminOwnerNotSelf");
		return;
	}
	int archived = 0;
	struct kp_rows member = {0};
	rc = kp_db_begin();
	/* Nothing changes in an archived group but its restoring (access.h). */
	if (rc == KP_DB_OK && lock_group(r, id, &archived, &rc) && archived)
		rc = KP_DB_CONFLICT;
	/* Only an active member can take over (an owner already is one). */
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &admin_sql[A_GROUP_ACTIVE_MEMBER],
		                  KP_ARGS(KP_INT(id), KP_INT(owner)), &member);
	if (rc == KP_DB_OK && kp_cell_int(&member, 0, 0) == 0) {
		kp_db_end(KP_DB_CONFLICT);
		kp_redirect_flash(r, "/admin/groups", "AdminOwnerNotMember");
		return;
	}
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[A_GROUP_OWNER_SET], KP_ARGS(KP_INT(id), KP_INT(owner)),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[A_GROUP_OWNERS_DEMOTE],
		                KP_ARGS(KP_INT(id), KP_INT(owner)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_group_recount(id);
	if (rc == KP_DB_OK)
		rc = admin_audit(r, "group.ownership_transferred", id,
		                 kp_arena_printf(&r->arena, "%lld %s", owner, kp_cell(&u, 0, 1)));
	done(r, kp_db_end(rc), "AdminGroupOwner");
}

void group_enter(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN) || !admin_fields_ok(r, no_fields))
		return;
	long long id = kp_parse_id(args[0]);
	struct kp_rows g = {0};
	int rc = id > 0 ? kp_db_select(&r->arena, &admin_sql[A_GROUP_SLUG], KP_ARGS(KP_INT(id)), &g)
	                : KP_DB_OK;
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (g.count == 0) {
		kp_error(r, 404);
		return;
	}
	rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[A_GROUP_ENTER],
		                KP_ARGS(KP_INT(r->session_id), KP_INT(id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = admin_audit(r, "group.entered_as_admin", id, kp_cell(&g, 0, 0));
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect(r, kp_arena_printf(&r->arena, "/g/%s", kp_cell(&g, 0, 0)));
}
