/* Who may change an organisation and its offers (orgs.h). */
#include "orgs.h"

static struct kp_sql access_sql[] = {
    {"SELECT 1 FROM orgs o JOIN org_members m ON m.org_id = o.id"
     " WHERE o.id = ? AND o.deleted_at IS NULL AND m.user_id = ? AND m.editor = 1"},
    {"SELECT 1 FROM orgs WHERE id = ? AND deleted_at IS NULL"},
};

int org_can_edit(struct kp_req *r, long long org_id)
{
	if (!r->user.id || org_id <= 0)
		return 0;
	struct kp_rows found;
	int rc = r->user.role == KP_ROLE_ADMIN
	             ? kp_db_select(&r->arena, &access_sql[1], KP_ARGS(KP_INT(org_id)), &found)
	             : kp_db_select(&r->arena, &access_sql[0],
	                            KP_ARGS(KP_INT(org_id), KP_INT(r->user.id)), &found);
	return rc != KP_DB_OK ? rc : found.count > 0;
}
