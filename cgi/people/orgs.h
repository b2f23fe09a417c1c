/* Organisations: /orgs (the members' list with filters), /orgs/ID,
 * /orgs/new, /orgs/ID/edit, contact persons and their roles, the logo, an
 * admin's confirmation. Statements in org_sql.c. */
#ifndef KP_ORGS_H
#define KP_ORGS_H
#include "app.h"
#include "db.h"

/* The one access decision for organisations (org_access.c): 1 when the
 * signed-in user may edit organisation org_id (and its offers): a site
 * admin, or a member linked to it with the editor role. 0 when not, or
 * when there is no such organisation (deleted ones included); < 0 a db
 * status. Every member may see every organisation that is not deleted. */
int org_can_edit(struct kp_req *r, long long org_id);

enum org_stmt {
	ORG_COUNT,
	ORG_LIST_BY_NAME,
	ORG_LIST_BY_NEW,
	ORG_LIST_BY_UPDATED,
	ORG_SHOW,
	ORG_FIELDS_OF,
	ORG_MEMBERS_OF,
	ORG_OFFERS_OF,
	ORG_IS_MEMBER,
	ORG_ALL_TYPES,
	ORG_ALL_FIELDS,
	ORG_ALL_LANGS,
	ORG_ALL_MUNICIPALITIES,
	ORG_TYPE_EXISTS,
	ORG_MUNICIPALITY_EXISTS,
	ORG_INSERT,
	ORG_UPDATE,
	ORG_LOGO_SET,
	ORG_FIELDS_CLEAR,
	ORG_FIELD_ADD,
	ORG_MEMBER_FIRST,
	ORG_MEMBER_ADD,
	ORG_MEMBER_UPDATE,
	ORG_MEMBER_REMOVE,
	ORG_ACTIVE_EDITORS,
	ORG_TOUCH,
	ORG_VERIFY,
	ORG_CANDIDATES,
	ORG_LOCK,
	ORG_OF_PERSON,
	ORG_COUNT_STMTS
};
extern struct kp_sql org_sql[ORG_COUNT_STMTS];

/* Columns of ORG_SHOW. */
enum {
	O_ID,
	O_NAME,
	O_TYPE_ID,
	O_TYPE,
	O_STREET,
	O_POSTCODE,
	O_CITY,
	O_MUNICIPALITY_ID,
	O_MUNICIPALITY,
	O_WEBSITE,
	O_PHONE,
	O_EMAIL,
	O_DESCRIPTION,
	O_LOGO,
	O_LOGO_MIME,
	O_VERIFIED_AT,
	O_PUBLIC,
	O_CREATED_AT,
	O_UPDATED_AT
};

/* Columns of ORG_MEMBERS_OF. */
enum { OM_USER_ID, OM_NAME, OM_ROLE, OM_POSITION, OM_EDITOR, OM_ACTIVE };

void org_list(struct kp_req *r, const char *const *args);
void org_show(struct kp_req *r, const char *const *args);
void org_logo(struct kp_req *r, const char *const *args);
void org_new_show(struct kp_req *r, const char *const *args);
void org_new_submit(struct kp_req *r, const char *const *args);
void org_edit_show(struct kp_req *r, const char *const *args);
void org_edit_submit(struct kp_req *r, const char *const *args);
void org_members_show(struct kp_req *r, const char *const *args);
void org_members_save(struct kp_req *r, const char *const *args);
void org_members_add(struct kp_req *r, const char *const *args);
void org_leave(struct kp_req *r, const char *const *args);
void org_verify(struct kp_req *r, const char *const *args);

/* Shared by the handlers (org_show.c). */
/* The organisation with this id ("12" from the path) unless deleted, as
 * one row of ORG_SHOW; otherwise answers 404 and returns -1. */
int org_load(struct kp_req *r, const char *id_text, struct kp_rows *row);
/* The same, for the edit routes: answers 404 unless org_can_edit (as for
 * an organisation that does not exist). */
int org_load_editable(struct kp_req *r, const char *id_text, struct kp_rows *row);
/* The organisation's page (Page.Org.*) with an answer status; error_key:
 * a form-level message (Lang key) or NULL. */
void org_show_page(struct kp_req *r, const struct kp_rows *o, int status, const char *error_key);

/* Page.Types / .Fields / .Languages / .Municipalities: the choices of the
 * filter form and of the organisation form (org_list.c). type_id and
 * municipality_id: the organisation's own, offered even when retired (0:
 * none). Returns a db status. */
int org_choices(struct kp_req *r, long long type_id, long long municipality_id);

/* A form field without blanks around it (arena), "" when absent: one-line
 * text is checked, stored and shown again so (org_edit.c). */
const char *org_trimmed(struct kp_req *r, const char *name);

/* A person's organisations for their profile: Page.Orgs.N.Id / .Name /
 * .Role (role may be absent), by name. Returns a db status. */
int org_list_of_person(struct kp_req *r, long long user_id);

/* The routes of this part, spliced into main.c's table. Specific paths
 * before the wildcard ("/orgs/new" before "/orgs/ID"): first match wins. */
/* clang-format off */
#define ORG_ROUTES \
    {"GET", "/orgs", org_list, 0}, \
    {"GET", "/orgs/new", org_new_show, 0}, \
    {"POST", "/orgs/new", org_new_submit, KP_ROUTE_MULTIPART}, \
    {"GET", "/orgs/*", org_show, 0}, \
    {"GET", "/orgs/*/logo", org_logo, 0}, \
    {"GET", "/orgs/*/edit", org_edit_show, 0}, \
    {"POST", "/orgs/*/edit", org_edit_submit, KP_ROUTE_MULTIPART}, \
    {"GET", "/orgs/*/members", org_members_show, 0}, \
    {"POST", "/orgs/*/members", org_members_save, 0}, \
    {"POST", "/orgs/*/members/add", org_members_add, 0}, \
    {"POST", "/orgs/*/leave", org_leave, 0}, \
    {"POST", "/orgs/*/verify", org_verify, 0},
/* clang-format on */

#endif
