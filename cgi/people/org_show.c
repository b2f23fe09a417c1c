/* /orgs/ID: one organisation as every member sees it (its editors also
 * see the links to change it), its logo, and a site admin's confirmation
 * (POST /orgs/ID/verify). */
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "common.h"
#include "files.h"
#include "orgs.h"
#include "view.h"

int org_load(struct kp_req *r, const char *id_text, struct kp_rows *row)
{
	long long id = kp_parse_id(id_text);
	int rc = KP_DB_OK;
	row->count = 0;
	if (id > 0)
		rc = kp_db_select(&r->arena, &org_sql[ORG_SHOW],
		                  KP_ARGS(KP_STR(r->lang), KP_INT(id)), row);
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

int org_load_editable(struct kp_req *r, const char *id_text, struct kp_rows *row)
{
	if (org_load(r, id_text, row) != 0)
		return -1;
	int may = org_can_edit(r, kp_cell_int(row, 0, O_ID));
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

/* Text typed by people: NULL and "" are both "not given". */
static void set_text(struct kp_req *r, const char *name, const char *value)
{
	if (value && *value)
		kp_set(r, name, value);
}

void org_show_page(struct kp_req *r, const struct kp_rows *o, int status, const char *error_key)
{
	long long id = kp_cell_int(o, 0, O_ID);
	int can_edit = org_can_edit(r, id);
	struct kp_rows fields, members, offers, me;
	int rc = can_edit < 0 ? can_edit : KP_DB_OK;
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &org_sql[ORG_FIELDS_OF],
		                  KP_ARGS(KP_STR(r->lang), KP_INT(id)), &fields);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &org_sql[ORG_MEMBERS_OF],
		                  KP_ARGS(KP_INT(id), KP_INT(0)), &members);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &org_sql[ORG_OFFERS_OF],
		                  KP_ARGS(KP_STR(r->lang), KP_INT(id)), &offers);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &org_sql[ORG_IS_MEMBER],
		                  KP_ARGS(KP_INT(id), KP_INT(r->user.id)), &me);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_set(r, "Page.Title", kp_cell(o, 0, O_NAME));
	kp_set_int(r, "Page.Org.Id", id);
	kp_set(r, "Page.Org.Name", kp_cell(o, 0, O_NAME));
	kp_set(r, "Page.Org.Type", kp_cell(o, 0, O_TYPE));
	set_text(r, "Page.Org.Street", kp_cell(o, 0, O_STREET));
	set_text(r, "Page.Org.Postcode", kp_cell(o, 0, O_POSTCODE));
	set_text(r, "Page.Org.City", kp_cell(o, 0, O_CITY));
	set_text(r, "Page.Org.Municipality", kp_cell(o, 0, O_MUNICIPALITY));
	const char *website = kp_cell(o, 0, O_WEBSITE);
	set_text(r, "Page.Org.Website", website);
	kp_set_int(r, "Page.Org.WebsiteLink", website && web_url_ok(website));
	set_text(r, "Page.Org.Phone", kp_cell(o, 0, O_PHONE));
	set_text(r, "Page.Org.Email", kp_cell(o, 0, O_EMAIL));
	set_text(r, "Page.Org.Description", kp_cell(o, 0, O_DESCRIPTION));
	kp_set_int(r, "Page.Org.HasLogo", kp_cell(o, 0, O_LOGO) != NULL);
	kp_set_int(r, "Page.Org.Verified", kp_cell(o, 0, O_VERIFIED_AT) != NULL);
	kp_set_int(r, "Page.Org.Public", kp_cell_int(o, 0, O_PUBLIC) == 1);
	kp_set(r, "Page.Org.Updated",
	       kp_format_time(&r->arena, r->lang, kp_cell(o, 0, O_UPDATED_AT)));
	kp_set_int(r, "Page.Org.CanEdit", can_edit == 1);
	kp_set_int(r, "Page.Org.IsMember", me.count > 0);
	for (size_t i = 0; i < fields.count; i++)
		kp_setf(r, kp_cell(&fields, i, 1), "Page.Org.Fields.%zu", i);
	for (size_t i = 0; i < members.count; i++) {
		kp_setf(r, kp_cell(&members, i, OM_USER_ID), "Page.Org.Members.%zu.Id", i);
		kp_setf(r, kp_cell(&members, i, OM_NAME), "Page.Org.Members.%zu.Name", i);
		const char *role = kp_cell(&members, i, OM_ROLE);
		if (role && *role)
			kp_setf(r, role, "Page.Org.Members.%zu.Role", i);
	}
	for (size_t i = 0; i < offers.count; i++) {
		kp_setf(r, kp_cell(&offers, i, 0), "Page.Org.Offers.%zu.Id", i);
		kp_setf(r, kp_cell(&offers, i, 1), "Page.Org.Offers.%zu.Title", i);
		kp_setf(r, kp_cell(&offers, i, 2), "Page.Org.Offers.%zu.Field", i);
		kp_setf(r, kp_cell(&offers, i, 3), "Page.Org.Offers.%zu.Outdated", i);
		kp_setf(r, kp_cell(&offers, i, 4), "Page.Org.Offers.%zu.Public", i);
	}
	if (error_key)
		kp_set(r, "Page.Error", kp_t(r, error_key));
	kp_render(r, status, "orgs/show.cs");
}

void org_show(struct kp_req *r, const char *const *args)
{
	struct kp_rows o;
	if (org_load(r, args[0], &o) == 0)
		org_show_page(r, &o, 200, NULL);
}

void org_logo(struct kp_req *r, const char *const *args)
{
	struct kp_rows o;
	if (org_load(r, args[0], &o) != 0)
		return;
	const char *sha = kp_cell(&o, 0, O_LOGO);
	if (!sha) {
		kp_error(r, 404);
		return;
	}
	struct kp_download d;
	if (kp_download_prepare(&r->arena, sha, kp_cell(&o, 0, O_LOGO_MIME), "logo", 1, &d) != 0) {
		kp_error(r, 500);
		return;
	}
	kp_header(r, "X-Accel-Redirect", d.accel_redirect);
	kp_header(r, "Content-Disposition", d.disposition);
	kp_header(r, "Cache-Control", d.cache_control);
	kp_send(r, 200, d.content_type, "", 0);
}

/* Site admins confirm an organisation; for anybody else the route does
 * not exist (404). Confirming twice changes nothing. */
void org_verify(struct kp_req *r, const char *const *args)
{
	struct kp_rows o;
	if (r->user.role != KP_ROLE_ADMIN) {
		kp_error(r, 404);
		return;
	}
	if (org_load(r, args[0], &o) != 0)
		return;
	long long id = kp_cell_int(&o, 0, O_ID);
	unsigned long long changed = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&org_sql[ORG_VERIFY], KP_ARGS(KP_INT(r->user.id), KP_INT(id)),
		                &changed, NULL);
	if (rc == KP_DB_OK && changed)
		rc = kp_audit(r->user.id, r->remote_addr, "org.verified", id, NULL);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "/orgs/%lld", id), "OrgVerified");
}

int org_list_of_person(struct kp_req *r, long long user_id)
{
	struct kp_rows o;
	int rc = kp_db_select(&r->arena, &org_sql[ORG_OF_PERSON], KP_ARGS(KP_INT(user_id)), &o);
	for (size_t i = 0; rc == KP_DB_OK && i < o.count; i++) {
		kp_setf(r, kp_cell(&o, i, 0), "Page.Orgs.%zu.Id", i);
		kp_setf(r, kp_cell(&o, i, 1), "Page.Orgs.%zu.Name", i);
		const char *role = kp_cell(&o, i, 2);
		if (role && *role)
			kp_setf(r, role, "Page.Orgs.%zu.Role", i);
	}
	return rc;
}
