#include "access.h"

#include <string.h>

#include "app.h"
#include "db.h"
#include "view.h"

/* The last column: this session entered the group as admin (cgi/admin,
 * "enter as admin": explicit, audited, for an hour), or NULL. */
#define GROUP_ACCESS                                                                               \
	"SELECT g.id, g.slug, g.name, g.visibility, g.archived_at IS NOT NULL, gm.role, gm.state," \
	" ae.group_id"                                                                             \
	" FROM `groups` g LEFT JOIN group_members gm"                                              \
	" ON gm.group_id = g.id AND gm.user_id = ?"                                                \
	" LEFT JOIN admin_group_entries ae ON ae.group_id = g.id AND ae.session_id = ?"            \
	" AND ae.expires_at > NOW()"                                                               \
	" WHERE g.deleted_at IS NULL AND "

static struct kp_sql access_sql[] = {
    {GROUP_ACCESS "g.slug = ?"},
    {GROUP_ACCESS "g.id = ?"},
    {"SELECT value FROM site_settings WHERE name = 'groups.create'"},
    /* The members who can sign in: a suspended or deleted account is
     * listed nowhere, so it is not counted either. */
    {"UPDATE `groups` SET member_count = (SELECT COUNT(*) FROM group_members gm"
     " JOIN users u ON u.id = gm.user_id AND u.status = 'active'"
     " WHERE gm.group_id = ? AND gm.state = 'active') WHERE id = ?"},
};

void kp_access_network(const struct kp_req *r, struct kp_access *out)
{
	memset(out, 0, sizeof(*out));
	if (!r->user.id)
		return;
	out->known = out->read = out->write = 1;
	out->moderate = r->user.role >= KP_ROLE_MODERATOR;
	out->settings = r->user.role >= KP_ROLE_ADMIN;
}

static enum kp_group_role role_of(const char *s)
{
	if (!s)
		return KP_GROUP_NONE;
	if (strcmp(s, "owner") == 0)
		return KP_GROUP_OWNER;
	if (strcmp(s, "moderator") == 0)
		return KP_GROUP_MODERATOR;
	return KP_GROUP_MEMBER;
}

static enum kp_group_state state_of(const char *s)
{
	if (!s)
		return KP_GSTATE_NONE;
	if (strcmp(s, "active") == 0)
		return KP_GSTATE_ACTIVE;
	if (strcmp(s, "invited") == 0)
		return KP_GSTATE_INVITED;
	return KP_GSTATE_REQUESTED;
}

static enum kp_visibility visibility_of(const char *s)
{
	if (strcmp(s, "open") == 0)
		return KP_VIS_OPEN;
	if (strcmp(s, "closed") == 0)
		return KP_VIS_CLOSED;
	return KP_VIS_PRIVATE; /* the safe reading of anything unexpected */
}

/* The rules of access.h, applied to one row of GROUP_ACCESS. */
static void decide(struct kp_req *r, const struct kp_rows *rows, struct kp_access *out)
{
	out->group_id = kp_cell_int(rows, 0, 0);
	out->slug = kp_cell(rows, 0, 1);
	out->name = kp_cell(rows, 0, 2);
	out->visibility = visibility_of(kp_cell(rows, 0, 3));
	out->archived = kp_cell_int(rows, 0, 4) != 0;
	if (!r->user.id)
		return; /* signed out: no group exists */
	out->state = state_of(kp_cell(rows, 0, 6));
	int member = out->state == KP_GSTATE_ACTIVE;
	out->role = member ? role_of(kp_cell(rows, 0, 5)) : KP_GROUP_NONE;
	int open = !out->archived;
	out->known = member || out->visibility != KP_VIS_PRIVATE || out->state == KP_GSTATE_INVITED;
	out->read = member || out->visibility == KP_VIS_OPEN;
	out->members = member || out->visibility != KP_VIS_PRIVATE;
	out->write = member && open;
	out->moderate = out->role >= KP_GROUP_MODERATOR && open;
	out->join = out->state == KP_GSTATE_NONE && out->visibility == KP_VIS_OPEN && open;
	out->request = out->state == KP_GSTATE_NONE && out->visibility == KP_VIS_CLOSED && open;
	out->manage_members = out->moderate;
	out->settings = out->role == KP_GROUP_OWNER && open;
	out->archive = out->role == KP_GROUP_OWNER || (out->known && r->user.role >= KP_ROLE_ADMIN);
	/* A site admin who entered the group in this session reads it, and
	 * only reads: no writing, moderating or managing. The role is asked
	 * again, so an admin demoted meanwhile reads nothing. */
	if (r->user.role >= KP_ROLE_ADMIN && kp_cell(rows, 0, 7) && !out->read) {
		out->known = out->read = out->members = 1;
		out->looking_in = 1;
	}
}

static int group_access(struct kp_req *r, struct kp_sql *q, struct kp_val key,
                        struct kp_access *out)
{
	memset(out, 0, sizeof(*out));
	struct kp_rows rows;
	int rc = kp_db_select(&r->arena, q, KP_ARGS(KP_INT(r->user.id), KP_INT(r->session_id), key),
	                      &rows);
	if (rc != KP_DB_OK || rows.count == 0)
		return rc;
	decide(r, &rows, out);
	if (!out->known) /* nothing about a private group leaves this module */
		memset(out, 0, sizeof(*out));
	return KP_DB_OK;
}

int kp_access_group_slug(struct kp_req *r, const char *slug, struct kp_access *out)
{
	return group_access(r, &access_sql[0], KP_STR(slug), out);
}

int kp_access_group_id(struct kp_req *r, long long group_id, struct kp_access *out)
{
	return group_access(r, &access_sql[1], KP_INT(group_id), out);
}

int kp_access_scope(struct kp_req *r, long long group_id, struct kp_access *out)
{
	if (group_id <= 0) {
		kp_access_network(r, out);
		return KP_DB_OK;
	}
	return kp_access_group_id(r, group_id, out);
}

int kp_access_create_group(struct kp_req *r, int *may)
{
	*may = 0;
	if (!r->user.id)
		return KP_DB_OK;
	if (r->user.role >= KP_ROLE_ADMIN) {
		*may = 1;
		return KP_DB_OK;
	}
	struct kp_rows rows;
	int rc = kp_db_select(&r->arena, &access_sql[2], KP_NOARGS, &rows);
	if (rc != KP_DB_OK)
		return rc;
	/* A missing row is the default: every member. */
	const char *who = rows.count ? kp_cell(&rows, 0, 0) : NULL;
	*may = !who || strcmp(who, "admins") != 0;
	return KP_DB_OK;
}

int kp_group_recount(long long group_id)
{
	return kp_db_exec(&access_sql[3], KP_ARGS(KP_INT(group_id), KP_INT(group_id)), NULL, NULL);
}

int kp_access_part(struct kp_req *r, const char *part, const char *page, const char *const *args,
                   struct kp_access *out, const char *const **rest, const char **base)
{
	int rc = KP_DB_OK;
	*base = NULL;
	if (strncmp(r->path, "/g/", 3) == 0) {
		rc = kp_access_group_slug(r, args[0], out);
		*rest = args + 1;
		if (rc == KP_DB_OK && out->known)
			*base = kp_arena_printf(&r->arena, "/g/%s/%s", out->slug, part);
	} else {
		kp_access_network(r, out);
		*rest = args;
		*base = kp_arena_printf(&r->arena, "/%s", part);
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return 0;
	}
	if (!out->known) {
		kp_error(r, 404);
		return 0;
	}
	kp_setf(r, *base, "%s.Base", page);
	if (out->group_id) {
		kp_setf(r, out->slug, "%s.Group.Slug", page);
		kp_setf(r, out->name, "%s.Group.Name", page);
		kp_setf(r, out->archived ? "1" : "0", "%s.Group.Archived", page);
	}
	if (!out->read) {
		kp_error(r, 403);
		return 0;
	}
	kp_setf(r, out->write ? "1" : "0", "%s.CanWrite", page);
	kp_setf(r, out->moderate ? "1" : "0", "%s.CanModerate", page);
	return 1;
}
