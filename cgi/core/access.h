/* access: the one place that decides what the signed-in user may do with
 * the content of the network (group_id NULL) or of a group. Forum, docs,
 * events, search, feeds, notifications and downloads ask it; nothing else
 * decides. (Organisations and profiles have their own rule: org_access.c.)
 *
 * The rules (DESIGN.md 5):
 *  - The network's own content: every signed-in member reads and writes;
 *    site moderators and admins moderate.
 *  - A group's content, by the group's visibility:
 *      open     every member sees the group and reads its content;
 *      closed   every member sees that it exists; only its members read;
 *      private  only its members know it exists: for everybody else it is
 *               not there (404, never 403), also for site admins — a
 *               private group is private from the platform's operators too.
 *    Members (state 'active') read and write; the group's owners and
 *    moderators moderate. An archived group is read-only for everybody:
 *    nobody writes or moderates there.
 *    Site roles give nothing in a group: the group's own roles decide.
 *
 * A handler asks once per request for the scope of what it shows, then
 * checks the item's group_id against that scope (an item of another group
 * is not found). Lists that span scopes (search, notifications, feeds)
 * filter in SQL with KP_ACCESS_READABLE below. */
#ifndef KP_ACCESS_H
#define KP_ACCESS_H
#include "request.h"

enum kp_group_role { KP_GROUP_NONE = 0, KP_GROUP_MEMBER, KP_GROUP_MODERATOR, KP_GROUP_OWNER };
enum kp_visibility { KP_VIS_OPEN = 0, KP_VIS_CLOSED, KP_VIS_PRIVATE };

struct kp_access {
	long long group_id; /* 0: the network's own content */
	const char *slug;   /* the group's, arena; NULL for the network */
	const char *name;   /* the group's name, arena; NULL for the network */
	enum kp_visibility visibility;
	int archived;
	enum kp_group_role role; /* the user's role in the group (active only) */
	int known;               /* the user may learn that the group exists (else 404) */
	int read;                /* sees the content */
	int write;               /* may add content and change their own */
	int moderate;            /* may moderate others' content */
};

/* The network's own content (never touches the database). */
void kp_access_network(const struct kp_req *r, struct kp_access *out);

/* A group by its slug or id: KP_DB_OK and *out filled; a group that does
 * not exist or is deleted leaves everything 0 (known = 0: answer 404).
 * Other KP_DB_* statuses: the database failed. */
int kp_access_group_slug(struct kp_req *r, const char *slug, struct kp_access *out);
int kp_access_group_id(struct kp_req *r, long long group_id, struct kp_access *out);

/* Scope of an item's group_id (0 or NULL in the DB: the network). */
int kp_access_scope(struct kp_req *r, long long group_id, struct kp_access *out);

/* SQL for lists across scopes: true when the content's group column COL
 * (e.g. "t.group_id") is readable by the user whose id is bound to the one
 * "?" it contains. Keep it in step with the rules above. */
#define KP_ACCESS_READABLE(COL)                                                                    \
	" (" COL " IS NULL OR " COL " IN (SELECT g.id FROM `groups` g"                             \
	" LEFT JOIN group_members gm ON gm.group_id = g.id AND gm.user_id = ?"                     \
	" AND gm.state = 'active'"                                                                 \
	" WHERE g.deleted_at IS NULL AND (g.visibility = 'open' OR gm.user_id IS NOT NULL))) "

#endif
