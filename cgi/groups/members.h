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
 *                                         away */
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
    {"POST", "/g/*/members/*/role", members_role, 0},
/* clang-format on */

#endif
