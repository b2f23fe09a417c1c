/* groups: the working groups' workspaces — the list of groups, creating
 * one, a group's home page, its members and its settings. The group's
 * forum, documents and events are served by their own programs under
 * /g/SLUG/forum, /g/SLUG/docs and /g/SLUG/events.
 *
 * Parts, each with its header, statement table and templates:
 *   pages.h    /groups (the list), /groups/new, /g/SLUG (the home page),
 *              /g/SLUG/picture, /g/SLUG/settings (+ archive, restore)
 *   members.h  /g/SLUG/members: the list, joining, requests, invitations
 *              (by name, by e-mail), roles, handing over ownership,
 *              removing, leaving
 * and what they share, here: resolving the group of a request.
 *
 * Who may do what is decided by cgi/core/access.h alone (struct
 * kp_access: known, read, members, join, request, manage_members,
 * settings, archive; KP_ACCESS_KNOWN_GROUP for lists of groups); this program adds no rule of its
 * own. Answers: a group the user may not know about is 404 (a private group for everybody but its
 * members and those invited to it); what they can see but not do is 403.
 * An archived group is read-only: only restoring it and leaving it
 * change anything there. */
#ifndef KP_GROUPS_H
#define KP_GROUPS_H
#include "access.h"
#include "app.h"
#include "db.h"
#include "view.h"

#define GROUPS_PER_PAGE 25

/* Every /g/SLUG handler starts here: resolves the group of args[0] and
 * asks access. Answers itself — 404 when the user may not know the group,
 * 503 when the database failed — and returns 0; else 1 with *a filled.
 * Sets Page.Group.Slug, .Name, .Visibility (open|closed|private),
 * .Archived, .Role (member|moderator|owner, empty), .State (active|
 * invited|requested, empty), .Read, .Members, .Join, .Request, .ManageMembers,
 * .Settings, .Archive for the templates. */
int group_begin(struct kp_req *r, const char *const *args, struct kp_access *a);

/* The slug rule of /groups/new and the settings: 3 to 40 of a-z, 0-9 and
 * "-", starting with a letter or digit, not ending with "-", no "--".
 * Words the URLs use themselves (new) are taken. */
int group_slug_valid(const char *slug);

#endif
