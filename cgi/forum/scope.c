/* The scope of a forum request and the items in it (forum.h). */
#include <string.h>

#include "forum.h"

int forum_scope_begin(struct kp_req *r, const char *const *args, struct forum_scope *s)
{
	memset(s, 0, sizeof(*s));
	return kp_access_part(r, "forum", "Page.Forum", args, &s->access, &s->args, &s->base);
}

int forum_scope_has(const struct forum_scope *s, long long group_id)
{
	return (group_id > 0 ? group_id : 0) == s->access.group_id;
}
