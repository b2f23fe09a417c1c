/* groups, part "members" (see groups.h): who is in a group and how one
 * gets in and out. Statements in members_sql.c.
 *
 *   GET  /g/SLUG/members                  active members by role with
 *                                         their organisations (for whom
 *                                         access.known and, for a closed
 *                                         group, every member: it shows
 *                                         who is in it); for managers also
 *                                         requests, invitations and the
 *                                         invite form
 *   POST /g/SLUG/members/join             open group: member at once
 *   POST /g/SLUG/members/request          closed group: ask to join
 *   POST /g/SLUG/members/cancel           withdraw one's own request
 *   POST /g/SLUG/members/accept           accept an invitation
 *   POST /g/SLUG/members/decline          decline an invitation
 *   POST /g/SLUG/members/leave            leave (not the last owner)
 *   POST /g/SLUG/members/invite           managers: by name (a member of
 *                                         the network) or by e-mail
 *                                         (someone without an account gets
 *                                         the foundation's invitation
 *                                         link, tokens.group_id)
 *   POST /g/SLUG/members/ID/approve       managers: a request
 *   POST /g/SLUG/members/ID/refuse        managers: a request
 *   POST /g/SLUG/members/ID/withdraw      managers: an invitation
 *   POST /g/SLUG/members/ID/remove        managers (moderators: not owners)
 *   POST /g/SLUG/members/ID/role          managers: member|moderator;
 *                                         owners also owner (handing
 *                                         over), never the last owner
 *                                         away
 *   POST /g/SLUG/members/mail/ID/withdraw managers: an invitation by
 *                                         e-mail (ID: the link's token;
 *                                         0 with the field email: an
 *                                         account invited by address) */
#ifndef KP_GROUPS_MEMBERS_H
#define KP_GROUPS_MEMBERS_H
#include "groups.h"

void members_list(struct kp_req *r, const char *const *args);
void members_join(struct kp_req *r, const char *const *args);
void members_request(struct kp_req *r, const char *const *args);
void members_cancel(struct kp_req *r, const char *const *args);
void members_accept(struct kp_req *r, const char *const *args);
void members_decline(struct kp_req *r, const char *const *args);
void members_leave(struct kp_req *r, const char *const *args);
void members_invite(struct kp_req *r, const char *const *args);
void members_approve(struct kp_req *r, const char *const *args);
void members_refuse(struct kp_req *r, const char *const *args);
void members_withdraw(struct kp_req *r, const char *const *args);
void members_remove(struct kp_req *r, const char *const *args);
void members_role(struct kp_req *r, const char *const *args);
void members_mail_withdraw(struct kp_req *r, const char *const *args);

/* clang-format off */
#define GROUPS_MEMBER_ROUTES                                                                       \
    {"GET", "/g/*/members", members_list, 0},                                                      \
    {"POST", "/g/*/members/join", members_join, 0},                                                \
    {"POST", "/g/*/members/request", members_request, 0},                                          \
    {"POST", "/g/*/members/cancel", members_cancel, 0},                                            \
    {"POST", "/g/*/members/accept", members_accept, 0},                                            \
    {"POST", "/g/*/members/decline", members_decline, 0},                                          \
    {"POST", "/g/*/members/leave", members_leave, 0},                                              \
    {"POST", "/g/*/members/invite", members_invite, 0},                                            \
    {"POST", "/g/*/members/*/approve", members_approve, 0},                                        \
    {"POST", "/g/*/members/*/refuse", members_refuse, 0},                                          \
    {"POST", "/g/*/members/*/withdraw", members_withdraw, 0},                                      \
    {"POST", "/g/*/members/*/remove", members_remove, 0},                                          \
    {"POST", "/g/*/members/*/role", members_role, 0},                                              \
    {"POST", "/g/*/members/mail/*/withdraw", members_mail_withdraw, 0},
/* clang-format on */

/* ---- inside the part ----------------------------------------------------- *
 * Files: members_list.c (the page), members_join.c (the user's own way in
 * and out), members_manage.c (what owners and moderators do),
 * members_sql.c (the statements). */

#define MEMBERS_PER_PAGE             100
#define MEMBERS_CHOICES_MAX          20 /* names offered when an invitation by name is ambiguous */
#define MEMBERS_MAIL_INVITES_PER_DAY 30 /* invitations by e-mail per inviter and 24 h */

enum members_stmt {
	MEMBERS_LIST,
	MEMBERS_PENDING,
	MEMBERS_LOCK_GROUP,
	MEMBERS_ROW_LOCK,
	MEMBERS_OWNERS,
	MEMBERS_INSERT,
	MEMBERS_ACTIVATE,
	MEMBERS_DELETE,
	MEMBERS_SET_ROLE,
	MEMBERS_NOTIFY,
	MEMBERS_NOTIFY_MANAGERS,
	MEMBERS_FIND_NAME,
	MEMBERS_USER_ACTIVE,
	MEMBERS_USER_BY_EMAIL,
	MEMBERS_MAIL_INVITES_TODAY,
	MEMBERS_LOCK_INVITER,
	MEMBERS_MAIL_SPENT,
	MEMBERS_MAIL_PENDING,
	MEMBERS_MAIL_WITHDRAW,
	MEMBERS_BY_INVITED_EMAIL,
	MEMBERS_NOTES_DELETE,
	MEMBERS_COUNT_STMTS
};
extern struct kp_sql members_sql[MEMBERS_COUNT_STMTS];

/* Columns of MEMBERS_LIST. */
enum { ML_ID, ML_NAME, ML_ROLE, ML_ORG_ID, ML_ORG, ML_TOTAL };
/* Columns of MEMBERS_PENDING. */
enum { MP_ID, MP_NAME, MP_STATE, MP_ORG_ID, MP_ORG, MP_BY, MP_SINCE, MP_EMAIL };
/* Columns of MEMBERS_MAIL_PENDING. */
enum { MM_ID, MM_EMAIL, MM_BY, MM_AT };

/* Answers of a membership change besides the KP_DB_* statuses. */
enum {
	MEMBERS_GONE = 1,   /* the group was deleted or archived meanwhile: 403 */
	MEMBERS_NO_ROW,     /* no row of the expected state: 404 (403 for one's own) */
	MEMBERS_LAST_OWNER, /* the last active owner would go: a message */
	MEMBERS_NOT_YOURS,  /* a moderator about an owner: 403 */
	MEMBERS_SAME,       /* already as asked (a second click): nothing changed, the same
	                     * message as the change */
	MEMBERS_NOT_NOW,    /* the group's visibility or the actor's own rights changed
	                     * meanwhile: 403, nothing changed */
};

/* The members page of group a (page from 1) with status; 404 for a page
 * past the end. Whatever the caller set (Page.Choices, the form) stays.
 * (members_list.c) */
void members_page(struct kp_req *r, const struct kp_access *a, long long page, int status);

/* Locks the group's row for a membership change (members_join.c):
 * KP_DB_OK, MEMBERS_GONE when it is deleted or, unless archived_ok,
 * archived; or a db status. Every change locks it first, so that two
 * changes of one group's owners wait for each other (last-owner rule).
 * *visibility (may be NULL): the locked row's, arena. */
int members_lock_group(struct kp_req *r, long long group_id, int archived_ok,
                       const char **visibility);

/* The acting user's own rights, read again after the group's lock from
 * their own row (locked): *manage (an active owner or moderator), *owner
 * (an active owner). access.h decided before the lock; a manager demoted
 * or removed meanwhile acts no more. */
int members_actor(struct kp_req *r, long long group_id, int *manage, int *owner);

/* Deletes notifications that are moot now (members_sql MEMBERS_NOTES_DELETE;
 * actor, user: 0 for any). */
int members_notes_delete(long long group_id, const char *kind, long long actor, long long user);

/* The role and state of user's row, locked (arena strings); both NULL
 * when there is none. */
int members_row(struct kp_req *r, long long group_id, long long user_id, const char **role,
                const char **state);

/* 1 when user (of role) is the group's only active owner, or no other
 * active owner can sign in (after the lock; the owners' rows are locked
 * too). */
int members_last_owner(struct kp_req *r, long long group_id, long long user, const char *role,
                       int *last);

/* A notification of kind to user about the group, from the actor (never
 * to the actor themselves, nor to an account that cannot sign in). */
int members_notify(struct kp_req *r, const char *kind, long long user_id, long long group_id);

/* URL of the group's members page (arena). */
const char *members_url(struct kp_req *r, const struct kp_access *a);

#endif
