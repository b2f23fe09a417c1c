/* /admin/orgs: keeping the directory of organisations trustworthy. New
 * organisations (any member may create one) wait to be confirmed
 * ("verified": only then can they appear in the public /directory) or are
 * rejected; two entries for the same organisation are merged (contact
 * persons, offers and fields of action move to the one kept); offers not
 * confirmed as current for 12 months are listed (the people program
 * reminds their editors once). Editing is the people program's form,
 * which site admins may use for every organisation. */
#include <string.h>

#include "admin.h"
#include "view.h"

static const struct kp_field no_fields[] = {{NULL, 0, 0}};
static const struct kp_field merge_fields[] = {{"from", 20, 0}, {"into", 20, 0}, {NULL, 0, 0}};

static void orgs_page(struct kp_req *r, int status)
{
	struct kp_rows un, all, old;
	int rc = kp_db_select(&r->arena, &admin_sql[A_ORGS_UNVERIFIED], KP_NOARGS, &un);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &admin_sql[A_ORGS_ALL], KP_NOARGS, &all);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &admin_sql[A_OFFERS_OUTDATED], KP_NOARGS, &old);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	int en = strcmp(r->lang, "en") == 0;
	for (size_t i = 0; i < un.count; i++) {
		kp_setf(r, kp_cell(&un, i, 0), "Page.New.%zu.Id", i);
		kp_setf(r, kp_cell(&un, i, 1), "Page.New.%zu.Name", i);
		kp_setf(r, kp_cell(&un, i, en ? 3 : 2), "Page.New.%zu.Type", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.New.%zu.Created", i),
		            kp_cell(&un, i, 4));
		kp_setf(r, kp_cell(&un, i, 5), "Page.New.%zu.Creator", i);
	}
	for (size_t i = 0; i < all.count; i++) {
		kp_setf(r, kp_cell(&all, i, 0), "Page.Orgs.%zu.Id", i);
		const char *city = kp_cell(&all, i, 2);
		kp_setf(r,
		        city && *city
		            ? kp_arena_printf(&r->arena, "%s (%s, %s)", kp_cell(&all, i, 1), city,
		                              kp_cell(&all, i, 0))
		            : kp_arena_printf(&r->arena, "%s (%s)", kp_cell(&all, i, 1),
		                              kp_cell(&all, i, 0)),
		        "Page.Orgs.%zu.Label", i);
	}
	for (size_t i = 0; i < old.count; i++) {
		kp_setf(r, kp_cell(&old, i, 0), "Page.Outdated.%zu.Id", i);
		kp_setf(r, kp_cell(&old, i, 1), "Page.Outdated.%zu.Title", i);
		kp_setf(r, kp_cell(&old, i, 2), "Page.Outdated.%zu.OrgId", i);
		kp_setf(r, kp_cell(&old, i, 3), "Page.Outdated.%zu.Org", i);
		kp_setf(r, kp_cell(&old, i, 4), "Page.Outdated.%zu.Checked", i);
		kp_setf(r, kp_cell(&old, i, 5) ? "1" : "0", "Page.Outdated.%zu.Reminded", i);
	}
	kp_set(r, "Page.Title", kp_t(r, "Admin.Orgs.Title"));
	kp_render(r, status, "admin/orgs.cs");
}

void orgs_show(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	orgs_page(r, 200);
}

/* verify and reject: one statement that changes the organisation only in
 * the state it needs (new, not deleted), and its audit entry. */
static void decide(struct kp_req *r, const char *arg, enum admin_stmt stmt, const char *action,
                   const char *flash)
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
		rc = stmt == A_ORG_VERIFY
		         ? kp_db_exec(&admin_sql[stmt], KP_ARGS(KP_INT(r->user.id), KP_INT(id)), &n,
		                      NULL)
		         : kp_db_exec(&admin_sql[stmt], KP_ARGS(KP_INT(id)), &n, NULL);
	if (rc == KP_DB_OK && n != 1)
		rc = KP_DB_CONFLICT;
	if (rc == KP_DB_OK)
		rc = admin_audit(r, action, id, NULL);
	rc = kp_db_end(rc);
	if (rc == KP_DB_CONFLICT)
		kp_redirect_flash(r, "/admin/orgs", "AdminNotPossible");
	else if (rc != KP_DB_OK)
		kp_db_fail(r, rc);
	else
		kp_redirect_flash(r, "/admin/orgs", flash);
}

void org_verify(struct kp_req *r, const char *const *args)
{
	decide(r, args[0], A_ORG_VERIFY, "org.verified", "AdminOrgVerified");
}

void org_reject(struct kp_req *r, const char *const *args)
{
	decide(r, args[0], A_ORG_REJECT, "org.rejected", "AdminOrgRejected");
}

void orgs_merge(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN) || !admin_fields_ok(r, merge_fields))
		return;
	long long from = kp_parse_id(kp_form(r, "from") ? kp_form(r, "from") : "");
	long long into = kp_parse_id(kp_form(r, "into") ? kp_form(r, "into") : "");
	if (from <= 0 || into <= 0 || from == into) {
		kp_set(r, "Page.Error", kp_t(r, "Admin.Orgs.MergeSame"));
		orgs_page(r, 422);
		return;
	}
	struct kp_rows both;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &admin_sql[A_ORG_LOCK],
		                  KP_ARGS(KP_INT(from), KP_INT(into)), &both);
	/* Both must still be there (locked: nobody deletes one meanwhile). */
	if (rc == KP_DB_OK && both.count != 2)
		rc = KP_DB_CONFLICT;
	const char *from_name = NULL;
	for (size_t i = 0; rc == KP_DB_OK && i < both.count; i++)
		if (kp_cell_int(&both, i, 0) == from)
			from_name = kp_cell(&both, i, 1);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[A_ORG_MERGE_MEMBERS],
		                KP_ARGS(KP_INT(into), KP_INT(from)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[A_ORG_DROP_MEMBERS], KP_ARGS(KP_INT(from)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[A_ORG_MERGE_OFFERS], KP_ARGS(KP_INT(into), KP_INT(from)),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[A_ORG_MERGE_FIELDS], KP_ARGS(KP_INT(into), KP_INT(from)),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[A_ORG_DROP], KP_ARGS(KP_INT(from)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = admin_audit(r, "org.merged", into,
		                 kp_arena_printf(&r->arena, "%lld %s", from, from_name));
	rc = kp_db_end(rc);
	if (rc == KP_DB_CONFLICT) {
		kp_redirect_flash(r, "/admin/orgs", "AdminNotPossible");
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "/orgs/%lld", into), "AdminOrgsMerged");
}
