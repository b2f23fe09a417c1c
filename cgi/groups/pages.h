/* groups, part "pages" (see groups.h): the list, creating a group, the
 * home page, the picture and the settings. Statements in pages_sql.c.
 *
 *   GET  /groups               the groups the user may know of: name,
 *                              picture, description, visibility, member
 *                              count, the user's state; ?mine=1, ?q=,
 *                              ?page=N
 *   GET  /groups/new           the form (403 when the site setting lets
 *   POST /groups/new           only admins create groups); the creator
 *                              becomes the owner; one-time token
 *   GET  /g/SLUG               home: description, picture, the user's
 *                              state with join / request / accept /
 *                              decline / leave, newest topics of the
 *                              group's forum, the members with their
 *                              organisations (content only for readers)
 *   GET  /g/SLUG/picture       the picture (404 when none)
 *   GET  /g/SLUG/settings      name, description, picture, visibility
 *   POST /g/SLUG/settings      (owners)
 *   POST /g/SLUG/settings/archive   owners and site admins (access.archive)
 *   POST /g/SLUG/settings/restore */
#ifndef KP_GROUPS_PAGES_H
#define KP_GROUPS_PAGES_H
#include "groups.h"

void groups_list(struct kp_req *r, const char *const *args);
void groups_new_form(struct kp_req *r, const char *const *args);
void groups_new_submit(struct kp_req *r, const char *const *args);
void group_home(struct kp_req *r, const char *const *args);
void group_picture(struct kp_req *r, const char *const *args);
void group_settings_form(struct kp_req *r, const char *const *args);
void group_settings_submit(struct kp_req *r, const char *const *args);
void group_archive(struct kp_req *r, const char *const *args);
void group_restore(struct kp_req *r, const char *const *args);

/* clang-format off */
#define GROUPS_PAGE_ROUTES                                                                         \
    {"GET", "/groups", groups_list, 0},                                                            \
    {"GET", "/groups/new", groups_new_form, 0},                                                    \
    {"POST", "/groups/new", groups_new_submit, KP_ROUTE_MULTIPART},                                \
    {"GET", "/g/*", group_home, 0},                                                                \
    {"GET", "/g/*/picture", group_picture, 0},                                                     \
    {"GET", "/g/*/settings", group_settings_form, 0},                                              \
    {"POST", "/g/*/settings", group_settings_submit, KP_ROUTE_MULTIPART},                          \
    {"POST", "/g/*/settings/archive", group_archive, 0},                                           \
    {"POST", "/g/*/settings/restore", group_restore, 0},
/* clang-format on */

#endif
