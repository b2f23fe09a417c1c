/* The scope of a forum request and the items in it (forum.h). */
#include <string.h>

#include "forum.h"

int forum_scope_begin(struct kp_req *r, const char *const *args, struct forum_scope *s)
{
	memset(s, 0, sizeof(*s));
	int rc = KP_DB_OK;
	if (strncmp(r->path, "/g/", 3) == 0) {
		rc = kp_access_group_slug(r, args[0], &s->access);
		s->args = args + 1;
		if (rc == KP_DB_OK && s->access.known)
			s->base = kp_arena_printf(&r->arena, "/g/%s/forum", s->access.slug);
	} else {
		kp_access_network(r, &s->access);
		s->args = args;
		s->base = "/forum";
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return 0;
	}
	if (!s->access.known) {
		kp_error(r, 404);
		return 0;
	}
	kp_set(r, "Page.Forum.Base", s->base);
	if (s->access.group_id) {
		kp_set(r, "Page.Forum.Group.Slug", s->access.slug);
		kp_set(r, "Page.Forum.Group.Name", s->access.name);
		kp_set_int(r, "Page.Forum.Group.Archived", s->access.archived);
	}
	if (!s->access.read) {
		kp_error(r, 403);
		return 0;
	}
	kp_set_int(r, "Page.Forum.CanWrite", s->access.write);
	kp_set_int(r, "Page.Forum.CanModerate", s->access.moderate);
	return 1;
}

int forum_scope_has(const struct forum_scope *s, long long group_id)
{
	return (group_id > 0 ? group_id : 0) == s->access.group_id;
}
