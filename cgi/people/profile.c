/* /people/ID: a member's profile, and its vCard. Contact details (phone,
 * e-mail) each have a visibility chosen by the member: all members, or
 * nobody; hidden ones appear neither in the page nor in the vCard — only
 * the member and site admins see them (marked as hidden). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "orgs.h"
#include "people.h"
#include "view.h"

int profile_is_own_or_admin(struct kp_req *r, long long user_id)
{
	return r->user.id == user_id || r->user.role == KP_ROLE_ADMIN;
}

int profile_load(struct kp_req *r, const char *id_text, struct kp_rows *row)
{
	long long id = kp_parse_id(id_text);
	int rc = KP_DB_OK;
	row->count = 0;
	if (id > 0)
		rc = kp_db_select(&r->arena, &people_sql[PPL_SHOW], KP_ARGS(KP_INT(id)), row);
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

/* Phone and e-mail as this viewer may see them (NULL: not shown). */
static void visible_contacts(struct kp_req *r, const struct kp_rows *p, const char **phone,
                             const char **email)
{
	int own = profile_is_own_or_admin(r, kp_cell_int(p, 0, P_ID));
	*phone = kp_cell(p, 0, P_PHONE);
	*email = kp_cell(p, 0, P_EMAIL);
	if (!own && kp_cell_int(p, 0, P_PHONE_VISIBLE) != 1)
		*phone = NULL;
	if (!own && kp_cell_int(p, 0, P_EMAIL_VISIBLE) != 1)
		*email = NULL;
	if (*phone && !**phone)
		*phone = NULL;
}

void people_show(struct kp_req *r, const char *const *args)
{
	struct kp_rows p, fields, langs;
	if (profile_load(r, args[0], &p) != 0)
		return;
	long long id = kp_cell_int(&p, 0, P_ID);
	int rc = kp_db_select(&r->arena, &people_sql[PPL_FIELDS_OF],
	                      KP_ARGS(KP_STR(r->lang), KP_INT(id)), &fields);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &people_sql[PPL_LANGS_OF],
		                  KP_ARGS(KP_STR(r->lang), KP_INT(id)), &langs);
	if (rc == KP_DB_OK)
		rc = org_list_of_person(r, id); /* Page.Orgs (orgs.h) */
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	const char *phone, *email;
	visible_contacts(r, &p, &phone, &email);
	kp_set(r, "Page.Title", kp_cell(&p, 0, P_NAME));
	kp_set_int(r, "Page.Profile.Id", id);
	kp_set(r, "Page.Profile.Name", kp_cell(&p, 0, P_NAME));
	kp_set(r, "Page.Profile.Position", kp_cell(&p, 0, P_POSITION));
	kp_set(r, "Page.Profile.Municipality", kp_cell(&p, 0, P_MUNICIPALITY));
	kp_set(r, "Page.Profile.About", kp_cell(&p, 0, P_ABOUT));
	if (phone)
		kp_set(r, "Page.Profile.Phone", phone);
	if (email)
		kp_set(r, "Page.Profile.Email", email);
	kp_set_int(r, "Page.Profile.HasPhoto", kp_cell(&p, 0, P_PHOTO) != NULL);
	int own = profile_is_own_or_admin(r, id);
	kp_set_int(r, "Page.Profile.CanEdit", own);
	if (own) {
		kp_set_int(r, "Page.Profile.PhoneHidden", kp_cell_int(&p, 0, P_PHONE_VISIBLE) != 1);
		kp_set_int(r, "Page.Profile.EmailHidden", kp_cell_int(&p, 0, P_EMAIL_VISIBLE) != 1);
	}
	for (size_t i = 0; i < fields.count; i++)
		kp_setf(r, kp_cell(&fields, i, 1), "Page.Profile.Fields.%zu", i);
	for (size_t i = 0; i < langs.count; i++)
		kp_setf(r, kp_cell(&langs, i, 1), "Page.Profile.Languages.%zu", i);
	kp_render(r, 200, "people/show.cs");
}

/* vCard text value (RFC 6350 3.4): backslash, comma, semicolon and line
 * breaks escaped. */
static const char *vcard_text(struct kp_req *r, const char *s)
{
	char *out = kp_arena_alloc(&r->arena, 2 * strlen(s) + 1);
	size_t o = 0;
	for (; *s; s++) {
		if (*s == '\\' || *s == ',' || *s == ';') {
			out[o++] = '\\';
			out[o++] = *s;
		} else if (*s == '\n') {
			out[o++] = '\\';
			out[o++] = 'n';
		} else if (*s != '\r') {
			out[o++] = *s;
		}
	}
	out[o] = '\0';
	return out;
}

void people_vcard(struct kp_req *r, const char *const *args)
{
	struct kp_rows p;
	if (profile_load(r, args[0], &p) != 0)
		return;
	const char *phone, *email;
	visible_contacts(r, &p, &phone, &email);
	const char *name = vcard_text(r, kp_cell(&p, 0, P_NAME));
	const char *position = kp_cell(&p, 0, P_POSITION);
	const char *town = kp_cell(&p, 0, P_MUNICIPALITY);
	/* ORG: the first of the member's organisations (by name). */
	int orc = org_list_of_person(r, kp_cell_int(&p, 0, P_ID));
	if (orc != KP_DB_OK) {
		kp_db_fail(r, orc);
		return;
	}
	const char *org = kp_get(r, "Page.Orgs.0.Name");
	const char *card = kp_arena_printf(
	    &r->arena,
	    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:%s\r\n%s%s%s%s%s%s%s%s%s%s%s%s%s%s%sEND:VCARD\r\n",
	    name, org ? "ORG:" : "", org ? vcard_text(r, org) : "", org ? "\r\n" : "",
	    position && *position ? "TITLE:" : "",
	    position && *position ? vcard_text(r, position) : "",
	    position && *position ? "\r\n" : "", phone ? "TEL;TYPE=work:" : "",
	    phone ? vcard_text(r, phone) : "", phone ? "\r\n" : "", email ? "EMAIL;TYPE=work:" : "",
	    email ? vcard_text(r, email) : "", email ? "\r\n" : "",
	    town && *town ? "ADR;TYPE=work:;;;" : "", town && *town ? vcard_text(r, town) : "",
	    town && *town ? ";;;\r\n" : "");
	char disposition[64];
	snprintf(disposition, sizeof(disposition), "attachment; filename=\"kontakt-%lld.vcf\"",
	         kp_cell_int(&p, 0, P_ID));
	kp_header(r, "Content-Disposition", disposition);
	kp_send(r, 200, "text/vcard; charset=utf-8", card, strlen(card));
}
