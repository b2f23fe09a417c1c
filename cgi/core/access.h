/* access: the one place that decides what the signed-in user may do with
 * the content of the network (group_id NULL) or of a group. Forum, docs,
 * events, search, feeds, notifications and downloads ask it; nothing else
 * decides. (Organisations and profiles have their own rule: org_access.c.)
 *
 * The rules (DESIGN.md 5):
 *  - The network's own content: every signed-in member reads and writes;
 *    site moderators and admins moderate; site admins set it up (the
 *    forum's categories).
 *  - A group's content, by the group's visibility:
 *      open     every member sees the group and reads its content;
 *      closed   every member sees that it exists; only its members read;
 *      private  only its members know it exists: for everybody else it is
 *               not there (404, never 403), also for site admins — a
 *               private group is private from the platform's operators too.
 *    Members (state 'active') read and write; the group's owners and
 *    moderators moderate. An archived group is read-only for everybody:
 *    nobody writes or moderates there.
 *    Site roles give nothing in a group: the group's own roles decide —
 *    with one exception: a site admin who explicitly "entered" a group
 *    (/admin/groups, audited, per session, for an hour) reads it and its
 *    members, read-only.
 *  - The way into a group: an open group anyone joins; a closed one takes
 *    a request that an owner or moderator approves, or an invitation; a
 *    private one only an invitation (whoever is invited learns that it
 *    exists, to accept or decline; nothing of its content). Owners and
 *    moderators manage the members (moderators cannot touch owners or make
 *    one); owners change the settings and hand over ownership; owners and
 *    site admins archive and restore a group they know. Nothing changes
 *    in an archived group but its restoring and members leaving it.
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
/* The user's membership row, whatever its role. */
enum kp_group_state {
	KP_GSTATE_NONE = 0,
	KP_GSTATE_INVITED,
	KP_GSTATE_REQUESTED,
	KP_GSTATE_ACTIVE
};

struct kp_access {
	long long group_id; /* 0: the network's own content */
	const char *slug;   /* the group's, arena; NULL for the network */
	const char *name;   /* the group's name, arena; NULL for the network */
	enum kp_visibility visibility;
	int archived;
	enum kp_group_role role;   /* the user's role in the group (active only) */
	enum kp_group_state state; /* the user's membership row */
	int known;                 /* the user may learn that the group exists (else 404) */
	int read;                  /* sees the content */
	int members;               /* sees who is in the group (not for private ones' outsiders) */
	int write;                 /* may add content and change their own */
	int moderate;              /* may moderate others' content */
	int join;                  /* may join at once (open group, no row yet) */
	int request;               /* may ask to join (closed group, no row yet) */
	int manage_members;        /* invites, approves, removes, sets roles below owner */
	int settings;              /* the group's owners: name, description, picture,
	                            * visibility, forum categories; the network's: site admins */
	int archive;               /* archives or restores the group */
	int looking_in;            /* a site admin who reads only through "enter as
	                            * admin": takes no part (no sign-up, watch or
	                            * report), so nothing of the visit stays */
};

/* The network's own content (never touches the database). */
void kp_access_network(const struct kp_req *r, struct kp_access *out);

/* A request of a part served both for the network (/PART/...) and for
 * every group (/g/SLUG/PART/...): forum, docs, events. The group is the
 * one args[0] names when the path starts with /g/, else the network. Fills
 * *out, *rest (the route's arguments after the slug) and *base ("/PART" or
 * "/g/SLUG/PART", arena), and for the templates PAGE.Base,
 * PAGE.Group.Slug / .Name / .Archived, PAGE.CanWrite and PAGE.CanModerate
 * (page: "Page.Forum", ...). Answers 404 for what the user may not know
 * of, 403 when they may not read it, 500 when the database failed: 0 then,
 * 1 when the request may go on. */
int kp_access_part(struct kp_req *r, const char *part, const char *page, const char *const *args,
                   struct kp_access *out, const char *const **rest, const char **base);

/* A group by its slug or id: KP_DB_OK and *out filled; a group that does
 * not exist or is deleted leaves everything 0 (known = 0: answer 404).
 * Other KP_DB_* statuses: the database failed. */
int kp_access_group_slug(struct kp_req *r, const char *slug, struct kp_access *out);
int kp_access_group_id(struct kp_req *r, long long group_id, struct kp_access *out);

/* Scope of an item's group_id (0 or NULL in the DB: the network). */
int kp_access_scope(struct kp_req *r, long long group_id, struct kp_access *out);

/* May the user create a group? (site setting groups.create: every member,
 * or only site admins). KP_DB_* status; *may set on KP_DB_OK. */
int kp_access_create_group(struct kp_req *r, int *may);

/* groups.member_count after a membership changed (a row's state changed,
 * a row came or went), inside the caller's transaction; KP_DB_* status.
 * Every program that changes memberships calls it (the groups program,
 * the account program when a group invitation is accepted); lists read
 * the count and never count rows. */
int kp_group_recount(long long group_id);

/* SQL for lists across scopes: true when the content's group column COL
 * (e.g. "t.group_id") is readable by the user whose id is bound to the one
 * "?" it contains. Keep it in step with the rules above. */
#define KP_ACCESS_READABLE(COL)                                                                    \
	" (" COL " IS NULL OR " COL " IN (SELECT g.id FROM `groups` g"                             \
	" LEFT JOIN group_members gm ON gm.group_id = g.id AND gm.user_id = ?"                     \
	" AND gm.state = 'active'"                                                                 \
	" WHERE g.deleted_at IS NULL AND (g.visibility = 'open' OR gm.user_id IS NOT NULL))) "

/* SQL for lists of groups: true when the group g (alias "g") may be known
 * to the user whose id is bound to the one "?" it contains — every group
 * but the private ones the user is neither a member of nor invited to.
 * Keep it in step with decide() in access.c. */
#define KP_ACCESS_KNOWN_GROUP                                                                      \
	" (g.deleted_at IS NULL AND (g.visibility <> 'private' OR EXISTS (SELECT 1"                \
	" FROM group_members kgm WHERE kgm.group_id = g.id AND kgm.user_id = ?"                    \
	" AND kgm.state IN ('active','invited')))) "

#endif
