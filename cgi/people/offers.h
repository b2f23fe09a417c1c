/* Offers (Angebote) of an organisation: /orgs/offers (the members' list),
 * /orgs/ID/offers/new, /orgs/ID/offers/ID (show, edit, confirm as
 * current, delete). Every member reads them; only who may edit the
 * organisation (org_can_edit, orgs.h) changes them. An offer belongs to
 * its organisation, not to a person: its contact person is optional and
 * shown only while still active and linked to the organisation.
 * Statements in offer_sql.c. */
#ifndef KP_OFFERS_H
#define KP_OFFERS_H
#include "app.h"
#include "db.h"

enum offer_stmt {
	OFR_COUNT,
	OFR_LIST_BY_TITLE,
	OFR_LIST_BY_NEW,
	OFR_LIST_BY_CHECKED,
	OFR_SHOW,
	OFR_TARGETS_OF,
	OFR_LANGS_OF,
	OFR_ALL_TARGETS,
	OFR_ALL_TYPES,
	OFR_ORG,
	OFR_CONTACTS,
	OFR_FIELD_EXISTS,
	OFR_MUNICIPALITY_EXISTS,
	OFR_CONTACT_EXISTS,
	OFR_INSERT,
	OFR_UPDATE,
	OFR_TARGETS_CLEAR,
	OFR_TARGET_ADD,
	OFR_LANGS_CLEAR,
	OFR_LANG_ADD,
	OFR_CONFIRM,
	OFR_DELETE,
	OFR_COUNT_STMTS
};
extern struct kp_sql offer_sql[OFR_COUNT_STMTS];

/* Columns of OFR_SHOW. The contact columns (F_CONTACT_ID ...) are NULL
 * when the offer has no contact person, or the person is no longer active
 * or no longer linked to the organisation. */
enum {
	F_ID,
	F_ORG_ID,
	F_ORG_NAME,
	F_TITLE,
	F_DESCRIPTION,
	F_FIELD_ID,
	F_FIELD,
	F_PLACE,
	F_MUNICIPALITY_ID,
	F_MUNICIPALITY,
	F_COSTS,
	F_STEP_FREE,
	F_ACCESSIBILITY,
	F_CONTACT_ROLE,
	F_CHECKED_ON,
	F_CHECKED_TEXT,
	F_OUTDATED,
	F_PUBLIC,
	F_ORG_LISTED,
	F_CONTACT_ID,
	F_CONTACT_NAME,
	F_CONTACT_EMAIL,
	F_CONTACT_PHONE,
	F_CONTACT_PHONE_VISIBLE,
	F_CONTACT_EMAIL_VISIBLE
};

void offer_list(struct kp_req *r, const char *const *args);
void offer_show(struct kp_req *r, const char *const *args);
void offer_new_show(struct kp_req *r, const char *const *args);
void offer_new_submit(struct kp_req *r, const char *const *args);
void offer_edit_show(struct kp_req *r, const char *const *args);
void offer_edit_submit(struct kp_req *r, const char *const *args);
void offer_confirm(struct kp_req *r, const char *const *args);
void offer_delete_show(struct kp_req *r, const char *const *args);
void offer_delete(struct kp_req *r, const char *const *args);

/* Shared by the handlers (offer_show.c). */
/* Offer offer_text of organisation org_text (ids from the path), unless
 * either is deleted or the offer belongs to another organisation, as one
 * row of OFR_SHOW; otherwise answers 404 and returns -1. */
int offer_load(struct kp_req *r, const char *org_text, const char *offer_text, struct kp_rows *row);
/* The same for the routes that change it: also 404 unless the signed-in
 * user may edit the organisation (as for an offer that does not exist). */
int offer_load_editable(struct kp_req *r, const char *org_text, const char *offer_text,
                        struct kp_rows *row);
/* Page.TargetGroups.N.Id / .Name and Page.OrgTypes.N.Id / .Name: the
 * choices of the list's filters and of the form (offer_list.c). Returns a
 * db status. */
int offer_choices(struct kp_req *r);

/* The routes of this part, spliced into main.c's table (before
 * ORG_ROUTES: "/orgs/offers" must win over "/orgs/ID"). */
/* clang-format off */
#define OFFER_ROUTES \
    {"GET", "/orgs/offers", offer_list, 0}, \
    {"GET", "/orgs/*/offers/new", offer_new_show, 0}, \
    {"POST", "/orgs/*/offers/new", offer_new_submit, 0}, \
    {"GET", "/orgs/*/offers/*", offer_show, 0}, \
    {"GET", "/orgs/*/offers/*/edit", offer_edit_show, 0}, \
    {"POST", "/orgs/*/offers/*/edit", offer_edit_submit, 0}, \
    {"POST", "/orgs/*/offers/*/confirm", offer_confirm, 0}, \
    {"GET", "/orgs/*/offers/*/delete", offer_delete_show, 0}, \
    {"POST", "/orgs/*/offers/*/delete", offer_delete, 0},
/* clang-format on */

#endif
