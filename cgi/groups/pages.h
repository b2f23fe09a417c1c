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
 *   POST /g/SLUG/settings/restore
 *
 * Files: pages_list.c (/groups), pages_new.c (/groups/new), pages_home.c
 * (/g/SLUG, its picture), pages_settings.c (settings, archive, restore),
 * pages_form.c (what the new and the settings form share: the checks of
 * name, description, visibility and picture). */
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

/* ---- inside the part ----------------------------------------------------- */

/* The statements (pages_sql.c), an enum and the array side by side. */
enum pages_stmt {
	PAGES_LIST,
	PAGES_SLUG_TAKEN,
	PAGES_INSERT,
	PAGES_OWNER_ADD,
	PAGES_FIRST_CATEGORY,
	PAGES_SHOW,
	PAGES_PICTURE,
	PAGES_TOPICS,
	PAGES_EVENTS,
	PAGES_MEMBERS,
	PAGES_LOCK,
	PAGES_UPDATE,
	PAGES_PICTURE_SET,
	PAGES_ARCHIVE,
	PAGES_RESTORE,
	PAGES_ME_LOCK,
	PAGES_REQUESTS_DELETE,
	PAGES_REQUEST_NOTES_DELETE,
	PAGES_DOCS,
	PAGES_COUNT_STMTS
};
extern struct kp_sql pages_sql[PAGES_COUNT_STMTS];

/* Columns of PAGES_LIST. */
enum {
	PL_SLUG,
	PL_NAME,
	PL_DESCRIPTION,
	PL_VISIBILITY,
	PL_MEMBERS,
	PL_ARCHIVED,
	PL_PICTURE,
	PL_ROLE,
	PL_STATE,
	PL_TOTAL
};
/* Columns of PAGES_SHOW. */
enum {
	PS_DESCRIPTION,
	PS_PICTURE,
	PS_PICTURE_MIME,
	PS_MEMBERS,
	PS_ARCHIVED_AT,
	PS_ARCHIVED_BY,
	PS_CREATED_AT
};

/* Limits of the group form, in characters. */
#define GROUP_NAME_MAX        120
#define GROUP_DESCRIPTION_MAX 10000

/* What the group form sent, checked (pages_form.c). */
struct group_input {
	const char *name;        /* without blanks around it */
	const char *slug;        /* the new form only */
	const char *description; /* Markdown; NULL when empty */
	const char *visibility;  /* open | closed | private */
	/* The settings' "remove the picture" box was ticked (the new form has
	 * none: there, remove_picture is not read). */
	int remove_picture;
	/* The picture: change 0 keeps it; 1 with sha256 NULL removes it. */
	int picture_change;
	const char *picture_sha256, *picture_mime;
};

/* Declared fields, else a 400 (logged); 1 when they pass. */
int pages_fields_ok(struct kp_req *r, const struct kp_params *p, const struct kp_field *fields);

/* Checks name, description and visibility, and the slug's shape when
 * with_slug (the new form) or else the remove_picture box (the settings),
 * sets the messages at the fields and keeps the input in Page.Form.* for
 * the page again. */
void pages_check_input(struct kp_req *r, struct group_input *in, int with_slug);

/* The picture of the form's "picture" part, stored into the file store
 * (not yet the row), or its removal ("remove_picture"). KP_DB_OK with
 * in->picture_* set; PICTURE_REFUSED when the file is no acceptable image
 * (the message is at the field); or a db status (KP_DB_DOWN: disk full). */
#define PICTURE_REFUSED 1
int pages_picture(struct kp_req *r, struct group_input *in);

/* Both forms' reading: pages_check_input, then, when the fields are good,
 * pages_picture. KP_DB_OK — the form may still have messages
 * (kp_form_has_errors) — or a db status for kp_db_fail. */
int pages_read_form(struct kp_req *r, struct group_input *in, int with_slug);

/* Characters (code points) of valid UTF-8. */
size_t pages_chars(const char *s);

/* The first character of a name, upper-cased when it is an ASCII letter:
 * the picture of a group without one (arena). */
const char *pages_initial(struct kp_req *r, const char *name);

/* The group's own row (PAGES_SHOW) for the home page and the settings:
 * Page.Group.Description (absent when empty), .HasPicture, .Initial,
 * .MemberCount, .Archived.At / .AtText, .ArchivedBy (absent: the account
 * is gone), .Created.At / .AtText (pages_home.c). Returns a db status;
 * KP_DB_CONFLICT when the group is gone meanwhile (answer 404). */
int pages_group_row(struct kp_req *r, const struct kp_access *a);

/* An audit entry about group_id by the user; detail cut to the 255
 * characters audit_log keeps. */
int pages_audit(struct kp_req *r, const char *action, long long group_id, const char *detail);

#endif
