/* GET /g/SLUG/members: the active members by role (owners, moderators,
 * members), by name, 100 a page, with their organisations — for whoever
 * may see who is in the group (access.members; a private group's invited
 * person knows the group but not its members: 403). For the group's
 * managers (access.manage_members) also the waiting requests, the open
 * invitations, the invite form and each member's role and removal (a
 * moderator's page offers nothing about owners, and never the role
 * owner). The viewer's own state comes with its button, as on the home
 * page. */
#include <string.h>

#include "members.h"
#include "pages.h"

static const struct kp_field list_fields[] = {{"page", 20, 0}, {NULL, 0, 0}};

static const char *const role_names[] = {"", "member", "moderator", "owner"};

void members_page(struct kp_req *r, const struct kp_access *a, long long page, int status)
{
	struct kp_rows rows, pending = {0}, mailed = {0};
	int rc = kp_db_select(&r->arena, &members_sql[MEMBERS_LIST],
	                      KP_ARGS(KP_INT(a->group_id), KP_INT(MEMBERS_PER_PAGE),
	                              KP_INT((page - 1) * MEMBERS_PER_PAGE)),
	                      &rows);
	if (rc == KP_DB_OK && a->manage_members)
		rc = kp_db_select(&r->arena, &members_sql[MEMBERS_PENDING],
		                  KP_ARGS(KP_INT(a->group_id)), &pending);
	if (rc == KP_DB_OK && a->manage_members)
		rc = kp_db_select(&r->arena, &members_sql[MEMBERS_MAIL_PENDING],
		                  KP_ARGS(KP_INT(a->group_id)), &mailed);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (rows.count == 0 && page > 1) {
		kp_error(r, 404);
		return;
	}
	long long total = rows.count ? kp_cell_int(&rows, 0, ML_TOTAL) : 0;
	kp_pager(r, total, page, MEMBERS_PER_PAGE);
	kp_set_int(r, "Page.Total", total);
	int owner = a->role == KP_GROUP_OWNER;
	for (size_t i = 0; i < rows.count; i++) {
		const char *role = kp_cell(&rows, i, ML_ROLE);
		long long id = kp_cell_int(&rows, i, ML_ID);
		kp_setf(r, kp_cell(&rows, i, ML_ID), "Page.Members.%s.%zu.Id", role, i);
		kp_setf(r, kp_cell(&rows, i, ML_NAME), "Page.Members.%s.%zu.Name", role, i);
		if (kp_cell(&rows, i, ML_ORG)) {
			kp_setf(r, kp_cell(&rows, i, ML_ORG_ID), "Page.Members.%s.%zu.OrgId", role,
			        i);
			kp_setf(r, kp_cell(&rows, i, ML_ORG), "Page.Members.%s.%zu.Org", role, i);
		}
		/* Managers act on others; on themselves by leaving. Moderators
		 * leave owners alone. */
		int manage =
		    a->manage_members && id != r->user.id && (owner || strcmp(role, "owner") != 0);
		kp_setf(r, manage ? "1" : "0", "Page.Members.%s.%zu.Manage", role, i);
		if (manage)
			kp_setf(r, "1", "Page.RemoveHint.%s", role);
	}
	/* Invitations of accounts by name; those by address (MP_EMAIL) go with
	 * the links (Page.Mailed), by the address alone. */
	size_t nm = 0;
	for (size_t i = 0; i < pending.count; i++) {
		const char *state = kp_cell(&pending, i, MP_STATE);
		const char *email = kp_cell(&pending, i, MP_EMAIL);
		if (email) {
			kp_setf(r, "0", "Page.Mailed.%zu.Id", nm);
			kp_setf(r, email, "Page.Mailed.%zu.Email", nm);
			if (kp_cell(&pending, i, MP_BY))
				kp_setf(r, kp_cell(&pending, i, MP_BY), "Page.Mailed.%zu.By", nm);
			kp_set_time(r, kp_arena_printf(&r->arena, "Page.Mailed.%zu.Since", nm),
			            kp_cell(&pending, i, MP_SINCE));
			nm++;
			continue;
		}
		kp_setf(r, kp_cell(&pending, i, MP_ID), "Page.Pending.%s.%zu.Id", state, i);
		kp_setf(r, kp_cell(&pending, i, MP_NAME), "Page.Pending.%s.%zu.Name", state, i);
		if (kp_cell(&pending, i, MP_ORG)) {
			kp_setf(r, kp_cell(&pending, i, MP_ORG_ID), "Page.Pending.%s.%zu.OrgId",
			        state, i);
			kp_setf(r, kp_cell(&pending, i, MP_ORG), "Page.Pending.%s.%zu.Org", state,
			        i);
		}
		if (kp_cell(&pending, i, MP_BY))
			kp_setf(r, kp_cell(&pending, i, MP_BY), "Page.Pending.%s.%zu.By", state, i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Pending.%s.%zu.Since", state, i),
		            kp_cell(&pending, i, MP_SINCE));
	}
	for (size_t i = 0; i < mailed.count; i++, nm++) {
		kp_setf(r, kp_cell(&mailed, i, MM_ID), "Page.Mailed.%zu.Id", nm);
		kp_setf(r, kp_cell(&mailed, i, MM_EMAIL), "Page.Mailed.%zu.Email", nm);
		if (kp_cell(&mailed, i, MM_BY))
			kp_setf(r, kp_cell(&mailed, i, MM_BY), "Page.Mailed.%zu.By", nm);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Mailed.%zu.Since", nm),
		            kp_cell(&mailed, i, MM_AT));
	}
	kp_set(r, "Page.MembersLink", members_url(r, a));
	kp_set(r, "Page.MyRole", role_names[a->role]);
	if (page > 1)
		kp_set(r, "Page.Title",
		       kp_arena_printf(&r->arena, "%s – %s – %s %lld",
		                       kp_t(r, "GroupMembers.Title"), a->name,
		                       kp_t(r, "Groups.List.PageN"), page));
	else
		kp_set(
		    r, "Page.Title",
		    kp_arena_printf(&r->arena, "%s – %s", kp_t(r, "GroupMembers.Title"), a->name));
	kp_render(r, status, "groups/members.cs");
}

void members_list(struct kp_req *r, const char *const *args)
{
	struct kp_access a;
	if (!pages_fields_ok(r, &r->query_params, list_fields) || !group_begin(r, args, &a))
		return;
	if (!a.members) {
		kp_error(r, 403);
		return;
	}
	long long page = 1;
	const char *v = kp_query(r, "page");
	if (v && *v)
		page = kp_parse_id(v);
	/* A page outside the range is not there, as the forum's pages. */
	if (page < 1 || page > 1000000) {
		kp_error(r, 404);
		return;
	}
	members_page(r, &a, page, 200);
}
