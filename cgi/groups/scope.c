/* The group of a request (groups.h) and the slug rule. */
#include <string.h>

#include "groups.h"

static const char *const visibility_names[] = {"open", "closed", "private"};
static const char *const role_names[] = {"", "member", "moderator", "owner"};
static const char *const state_names[] = {"", "invited", "requested", "active"};

int group_begin(struct kp_req *r, const char *const *args, struct kp_access *a)
{
	int rc = kp_access_group_slug(r, args[0], a);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return 0;
	}
	if (!a->known) {
		kp_error(r, 404);
		return 0;
	}
	kp_set(r, "Page.Group.Slug", a->slug);
	kp_set(r, "Page.Group.Name", a->name);
	kp_set(r, "Page.Group.Visibility", visibility_names[a->visibility]);
	kp_set_int(r, "Page.Group.Archived", a->archived);
	kp_set(r, "Page.Group.Role", role_names[a->role]);
	kp_set(r, "Page.Group.State", state_names[a->state]);
	kp_set_int(r, "Page.Group.Read", a->read);
	kp_set_int(r, "Page.Group.Members", a->members);
	kp_set_int(r, "Page.Group.Join", a->join);
	kp_set_int(r, "Page.Group.Request", a->request);
	kp_set_int(r, "Page.Group.ManageMembers", a->manage_members);
	kp_set_int(r, "Page.Group.Settings", a->settings);
	kp_set_int(r, "Page.Group.Archive", a->archive);
	return 1;
}

int group_slug_valid(const char *slug)
{
	size_t n = strlen(slug);
	if (n < 3 || n > 40 || slug[0] == '-' || slug[n - 1] == '-' || strstr(slug, "--"))
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = slug[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
			return 0;
	}
	return strcmp(slug, "new") != 0;
}
