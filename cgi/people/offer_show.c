/* /orgs/ID/offers/ID: one offer, for every member. The contact person is
 * shown only while active and still linked to the organisation, with the
 * phone number and e-mail address their profile shows to members (the
 * person themself and site admins see them anyway, as on the profile);
 * otherwise the organisation is the contact. Editors of the organisation
 * get the edit, confirm and delete actions. */
#include <string.h>

#include "offers.h"
#include "orgs.h"
#include "people.h"
#include "view.h"

int offer_load(struct kp_req *r, const char *org_text, const char *offer_text, struct kp_rows *row)
{
	long long org = kp_parse_id(org_text), id = kp_parse_id(offer_text);
	int rc = KP_DB_OK;
	row->count = 0;
	if (org > 0 && id > 0)
		rc = kp_db_select(
		    &r->arena, &offer_sql[OFR_SHOW],
		    KP_ARGS(KP_STR(r->lang), KP_STR(r->lang), KP_INT(id), KP_INT(org)), row);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return -1;
	}
	if (row->count == 0) {
		kp_error(r, 404);
		return -1;
	}
	return 0;
}

int offer_load_editable(struct kp_req *r, const char *org_text, const char *offer_text,
                        struct kp_rows *row)
{
	if (offer_load(r, org_text, offer_text, row) != 0)
		return -1;
	int may = org_can_edit(r, kp_cell_int(row, 0, F_ORG_ID));
	if (may < 0) {
		kp_db_fail(r, may);
		return -1;
	}
	if (!may) {
		kp_error(r, 404);
		return -1;
	}
	return 0;
}

/* The contact person's details as this viewer may see them, by the rule
 * of the profile page: what the person shows to members, and everything
 * to the person themself and to site admins. */
static void contact_details(struct kp_req *r, const struct kp_rows *o)
{
	const char *id = kp_cell(o, 0, F_CONTACT_ID);
	if (!id)
		return;
	int own = profile_is_own_or_admin(r, kp_cell_int(o, 0, F_CONTACT_ID));
	const char *phone = kp_cell(o, 0, F_CONTACT_PHONE);
	kp_set(r, "Page.Offer.Contact.Id", id);
	kp_set(r, "Page.Offer.Contact.Name", kp_cell(o, 0, F_CONTACT_NAME));
	if (phone && *phone && (own || kp_cell_int(o, 0, F_CONTACT_PHONE_VISIBLE) == 1))
		kp_set(r, "Page.Offer.Contact.Phone", phone);
	if (own || kp_cell_int(o, 0, F_CONTACT_EMAIL_VISIBLE) == 1)
		kp_set(r, "Page.Offer.Contact.Email", kp_cell(o, 0, F_CONTACT_EMAIL));
}

void offer_show(struct kp_req *r, const char *const *args)
{
	struct kp_rows o, targets, langs;
	if (offer_load(r, args[0], args[1], &o) != 0)
		return;
	long long id = kp_cell_int(&o, 0, F_ID);
	int rc = kp_db_select(&r->arena, &offer_sql[OFR_TARGETS_OF],
	                      KP_ARGS(KP_STR(r->lang), KP_INT(id)), &targets);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &offer_sql[OFR_LANGS_OF],
		                  KP_ARGS(KP_STR(r->lang), KP_INT(id)), &langs);
	int may = rc == KP_DB_OK ? org_can_edit(r, kp_cell_int(&o, 0, F_ORG_ID)) : rc;
	if (may < 0) {
		kp_db_fail(r, may);
		return;
	}
	static const struct {
		int col;
		const char *name;
	} cols[] = {
	    {F_ID, "Id"},
	    {F_ORG_ID, "OrgId"},
	    {F_ORG_NAME, "Org"},
	    {F_TITLE, "Title"},
	    {F_DESCRIPTION, "Description"},
	    {F_FIELD, "Field"},
	    {F_PLACE, "Place"},
	    {F_MUNICIPALITY, "Municipality"},
	    {F_COSTS, "Costs"},
	    {F_STEP_FREE, "StepFree"},
	    {F_ACCESSIBILITY, "Accessibility"},
	    {F_CONTACT_ROLE, "ContactRole"},
	    {F_CHECKED_ON, "CheckedOn"},
	    {F_CHECKED_TEXT, "CheckedText"},
	    {F_OUTDATED, "Outdated"},
	    {F_PUBLIC, "Public"},
	    {F_ORG_LISTED, "OrgListed"},
	};
	for (size_t i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		kp_setf(r, kp_cell(&o, 0, cols[i].col), "Page.Offer.%s", cols[i].name);
	contact_details(r, &o);
	for (size_t i = 0; i < targets.count; i++)
		kp_setf(r, kp_cell(&targets, i, 1), "Page.Offer.TargetGroups.%zu", i);
	for (size_t i = 0; i < langs.count; i++)
		kp_setf(r, kp_cell(&langs, i, 1), "Page.Offer.Languages.%zu", i);
	kp_set_int(r, "Page.Offer.CanEdit", may);
	kp_set(r, "Page.Title", kp_cell(&o, 0, F_TITLE));
	kp_render(r, 200, "offers/show.cs");
}
