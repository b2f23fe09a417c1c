/* /orgs/new and /orgs/ID/edit: one form for both. Any member may create
 * an organisation (it is "unverified" until a site admin confirms it) and
 * becomes its first contact person and editor; editing is for its
 * editors and site admins (org_can_edit), anybody else gets the same 404
 * as for an organisation that does not exist. */
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "common.h"
#include "files.h"
#include "markdown.h"
#include "orgs.h"
#include "view.h"

/* Generous byte limits: a value over its limit in characters gets a
 * message at the field; only what no form sends is a 400. */
static const struct kp_field org_form_fields[] = {
    {"name", 4000, 0},           {"type", 40, 0},
    {"street", 4000, 0},         {"postcode", 400, 0},
    {"city", 4000, 0},           {"municipality", 40, 0},
    {"website", 4000, 0},        {"phone", 1000, 0},
    {"email", 1000, 0},          {"description", KP_MARKDOWN_MAX, KP_FIELD_MULTILINE},
    {"field", 6, KP_FIELD_LIST}, {"logo", 0, KP_FIELD_FILE},
    {"remove_logo", 1, 0},       {"public", 1, 0},
    {"my_role", 4000, 0},        {NULL, 0, 0},
};

/* Kept in the form after an error: one-line text as it is checked (without
 * blanks around it), the rest as it was sent. */
static const char *const trimmed_fields[] = {"name",    "street", "postcode", "city",
                                             "website", "phone",  "email",    "my_role"};
static const char *const sent_fields[] = {"type", "municipality", "description", "public",
                                          "remove_logo"};

/* The form's values, checked (validate). */
struct org_input {
	const char *name, *street, *postcode, *city, *website, *phone, *email, *description, *role;
	long long type, municipality;
	int public;
};

/* See orgs.h. */
const char *org_trimmed(struct kp_req *r, const char *name)
{
	const char *v = kp_form(r, name);
	if (!v)
		return "";
	while (*v == ' ')
		v++;
	size_t n = strlen(v);
	while (n > 0 && v[n - 1] == ' ')
		n--;
	return kp_arena_strndup(&r->arena, v, n);
}

static const char *or_null(const char *s)
{
	return s && *s ? s : NULL;
}

/* The id chosen in a select: *id 0 for none; -1 (with the message at the
 * field) for anything but one of the choices (stmt; current: the
 * organisation's own, a choice even when retired). Returns a db status. */
static int choice(struct kp_req *r, const char *field, enum org_stmt stmt, long long current,
                  long long *id)
{
	const char *v = kp_form(r, field);
	*id = 0;
	if (!v || !*v)
		return KP_DB_OK;
	*id = kp_parse_id(v);
	struct kp_rows found = {0};
	int rc = *id <= 0 ? KP_DB_OK
	                  : kp_db_select(&r->arena, &org_sql[stmt],
	                                 KP_ARGS(KP_INT(*id), KP_INT(current)), &found);
	if (rc == KP_DB_OK && found.count == 0) {
		kp_form_error(r, field, "Err.ChoiceInvalid");
		*id = -1;
	}
	return rc;
}

static int is_postcode(const char *s)
{
	size_t n = 0;
	for (; s[n]; n++)
		if (s[n] < '0' || s[n] > '9')
			return 0;
	return n == 5;
}

/* Checks the form; sets field errors. o: the organisation being edited,
 * or NULL for a new one. Returns a db status. */
static int validate(struct kp_req *r, const struct kp_rows *o, struct org_input *in)
{
	memset(in, 0, sizeof(*in));
	in->name = org_trimmed(r, "name");
	in->street = org_trimmed(r, "street");
	in->postcode = org_trimmed(r, "postcode");
	in->city = org_trimmed(r, "city");
	in->website = org_trimmed(r, "website");
	in->phone = org_trimmed(r, "phone");
	in->role = org_trimmed(r, "my_role");
	const char *email = org_trimmed(r, "email");
	in->description = kp_form(r, "description") ? kp_form(r, "description") : "";
	if (!*in->name)
		kp_form_error(r, "name", "Err.Required");
	else if (text_length(in->name) > 160)
		kp_form_error(r, "name", "Err.TooLong");
	const char *type = kp_form(r, "type");
	int rc = KP_DB_OK;
	if (!type || !*type)
		kp_form_error(r, "type", "Err.Required");
	else
		rc = choice(r, "type", ORG_TYPE_EXISTS, o ? kp_cell_int(o, 0, O_TYPE_ID) : 0,
		            &in->type);
	if (text_length(in->street) > 120)
		kp_form_error(r, "street", "Err.TooLong");
	if (*in->postcode && !is_postcode(in->postcode))
		kp_form_error(r, "postcode", "Err.OrgPostcode");
	if (text_length(in->city) > 80)
		kp_form_error(r, "city", "Err.TooLong");
	if (rc == KP_DB_OK)
		rc = choice(r, "municipality", ORG_MUNICIPALITY_EXISTS,
		            o && kp_cell(o, 0, O_MUNICIPALITY_ID)
		                ? kp_cell_int(o, 0, O_MUNICIPALITY_ID)
		                : 0,
		            &in->municipality);
	if (*in->website && !web_url_ok(in->website))
		kp_form_error(r, "website", "Err.UrlInvalid");
	if (*in->phone && (text_length(in->phone) > 40 || !phone_ok(in->phone)))
		kp_form_error(r, "phone", "Err.PhoneInvalid");
	if (*email && !(in->email = email_clean(r, email)))
		kp_form_error(r, "email", "Err.EmailInvalid");
	if (text_length(in->description) > 8000)
		kp_form_error(r, "description", "Err.TooLong");
	else if (kp_markdown_check(in->description, strlen(in->description)) != KP_MARKDOWN_OK)
		kp_form_error(r, "description", "Err.TextTooComplex");
	if (text_length(in->role) > 120)
		kp_form_error(r, "my_role", "Err.TooLong");
	static const char *const boxes[] = {"public", "remove_logo"};
	for (size_t i = 0; i < 2; i++) {
		const char *v = kp_form(r, boxes[i]);
		if (v && strcmp(v, "1") != 0)
			kp_form_error(r, boxes[i], "Err.ChoiceInvalid");
	}
	in->public = kp_form(r, "public") != NULL;
	return rc;
}

/* The form; with values from the organisation (GET) or from the submitted
 * form (after an error, the input is kept). o: NULL for a new one. */
static void form_page(struct kp_req *r, int status, const struct kp_rows *o, int from_form)
{
	long long type = o ? kp_cell_int(o, 0, O_TYPE_ID) : 0;
	long long municipality =
	    o && kp_cell(o, 0, O_MUNICIPALITY_ID) ? kp_cell_int(o, 0, O_MUNICIPALITY_ID) : 0;
	int rc = org_choices(r, type, municipality);
	struct kp_rows fields = {0};
	if (rc == KP_DB_OK && o && !from_form)
		rc = kp_db_select(&r->arena, &org_sql[ORG_FIELDS_OF],
		                  KP_ARGS(KP_STR(r->lang), KP_INT(kp_cell_int(o, 0, O_ID))),
		                  &fields);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (o && !from_form) {
		static const struct {
			const char *field;
			int col;
		} stored[] = {{"name", O_NAME},       {"type", O_TYPE_ID},
		              {"street", O_STREET},   {"postcode", O_POSTCODE},
		              {"city", O_CITY},       {"municipality", O_MUNICIPALITY_ID},
		              {"website", O_WEBSITE}, {"phone", O_PHONE},
		              {"email", O_EMAIL},     {"description", O_DESCRIPTION},
		              {"public", O_PUBLIC}};
		for (size_t i = 0; i < sizeof(stored) / sizeof(stored[0]); i++)
			kp_form_value(r, stored[i].field, kp_cell(o, 0, stored[i].col));
		/* Reuse the form-based marking with the stored choices. */
		for (size_t i = 0; i < fields.count; i++)
			kp_params_add(&r->arena, &r->form, "field", 5, kp_cell(&fields, i, 0),
			              strlen(kp_cell(&fields, i, 0)));
	}
	check_chosen(r, "Fields", "Id", "field");
	if (o) {
		kp_set_int(r, "Page.Org.Id", kp_cell_int(o, 0, O_ID));
		kp_set(r, "Page.Org.Name", kp_cell(o, 0, O_NAME));
		kp_set_int(r, "Page.Org.HasLogo", kp_cell(o, 0, O_LOGO) != NULL);
		kp_set_int(r, "Page.Org.Verified", kp_cell(o, 0, O_VERIFIED_AT) != NULL);
	}
	kp_set(r, "Page.Title", kp_t(r, o ? "Orgs.Title.Edit" : "Orgs.Title.New"));
	kp_render(r, status, "orgs/edit.cs");
}

void org_new_show(struct kp_req *r, const char *const *args)
{
	form_page(r, 200, NULL, 0);
}

void org_edit_show(struct kp_req *r, const char *const *args)
{
	struct kp_rows o;
	if (org_load_editable(r, args[0], &o) == 0)
		form_page(r, 200, &o, 0);
}

/* The logo the form asks for: stored into the file store (not yet the
 * row). *change 0: keep the logo as it is; 1 with *sha NULL: remove it.
 * Returns a db status or IMAGE_REFUSED. */
static int logo_prepare(struct kp_req *r, int *change, const char **sha, const char **mime)
{
	/* Fits 400x400, the whole logo kept (no square cut: logos are often
	 * wide). */
	static const struct kp_image_box box = {400, 400, 0};
	struct kp_stored stored;
	int got;
	*change = 0;
	*sha = *mime = NULL;
	int rc = image_store(r, "logo", &box, 1, &stored, &got);
	if (rc == KP_DB_OK && got) {
		*change = 1;
		*sha = kp_arena_strdup(&r->arena, stored.sha256);
		*mime = stored.mime;
	} else if (rc == KP_DB_OK) {
		*change = kp_form(r, "remove_logo") != NULL;
	}
	return rc;
}

/* The chosen fields of action: what is none of the offered choices (a
 * retired or unknown id, "3x") is not stored. */
static int save_fields(struct kp_req *r, long long id)
{
	int rc = kp_db_exec(&org_sql[ORG_FIELDS_CLEAR], KP_ARGS(KP_INT(id)), NULL, NULL);
	for (const struct kp_param *p = r->form.head; rc == KP_DB_OK && p; p = p->next) {
		long long field = strcmp(p->name, "field") == 0 ? kp_parse_id(p->value) : -1;
		if (field > 0)
			rc = kp_db_exec(&org_sql[ORG_FIELD_ADD], KP_ARGS(KP_INT(id), KP_INT(field)),
			                NULL, NULL);
	}
	return rc;
}

#define INPUT_ARGS(in)                                                                             \
	KP_STR((in).name), KP_INT((in).type), KP_STR(or_null((in).street)),                        \
	    KP_STR(or_null((in).postcode)), KP_STR(or_null((in).city)),                            \
	    (in).municipality ? KP_INT((in).municipality) : KP_NULLV,                              \
	    KP_STR(or_null((in).website)), KP_STR(or_null((in).phone)), KP_STR((in).email),        \
	    KP_STR(or_null((in).description))

/* Checks the form and stores the logo; answers the form again (422) when
 * something is refused. Returns 0 to go on, -1 when answered. */
static int checked_input(struct kp_req *r, const struct kp_rows *o, struct org_input *in,
                         int *logo_change, const char **logo, const char **mime)
{
	int rc = validate(r, o, in);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return -1;
	}
	for (size_t i = 0; i < sizeof(trimmed_fields) / sizeof(trimmed_fields[0]); i++)
		kp_form_value(r, trimmed_fields[i], org_trimmed(r, trimmed_fields[i]));
	for (size_t i = 0; i < sizeof(sent_fields) / sizeof(sent_fields[0]); i++)
		kp_form_value(r, sent_fields[i], kp_form(r, sent_fields[i]));
	if (!kp_form_has_errors(r)) {
		rc = logo_prepare(r, logo_change, logo, mime);
		if (rc == KP_DB_OK)
			return 0;
		if (rc != IMAGE_REFUSED) {
			kp_db_fail(r, rc);
			return -1;
		}
	}
	form_page(r, 422, o, 1);
	return -1;
}

void org_new_submit(struct kp_req *r, const char *const *args)
{
	const char *bad = NULL;
	if (kp_fields_check(&r->form, org_form_fields, &bad) != 0) {
		kp_log_req(r, "refused form field %s on %s", bad ? bad : "?", r->route);
		kp_error(r, 400);
		return;
	}
	struct org_input in;
	int logo_change;
	const char *logo, *mime;
	if (checked_input(r, NULL, &in, &logo_change, &logo, &mime) != 0)
		return;
	unsigned long long id = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&org_sql[ORG_INSERT],
		                KP_ARGS(INPUT_ARGS(in), KP_STR(logo), KP_STR(mime),
		                        KP_INT(in.public), KP_INT(r->user.id)),
		                NULL, &id);
	if (rc == KP_DB_OK)
		rc = save_fields(r, (long long)id);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&org_sql[ORG_MEMBER_FIRST],
		                KP_ARGS(KP_INT(id), KP_INT(r->user.id), KP_STR(or_null(in.role))),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_audit(r->user.id, r->remote_addr, "org.created", (long long)id, in.name);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "/orgs/%llu", id), "OrgCreated");
}

void org_edit_submit(struct kp_req *r, const char *const *args)
{
	const char *bad = NULL;
	if (kp_fields_check(&r->form, org_form_fields, &bad) != 0) {
		kp_log_req(r, "refused form field %s on %s", bad ? bad : "?", r->route);
		kp_error(r, 400);
		return;
	}
	struct kp_rows o;
	if (org_load_editable(r, args[0], &o) != 0)
		return;
	long long id = kp_cell_int(&o, 0, O_ID);
	struct org_input in;
	int logo_change;
	const char *logo, *mime;
	if (checked_input(r, &o, &in, &logo_change, &logo, &mime) != 0)
		return;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&org_sql[ORG_UPDATE],
		                KP_ARGS(INPUT_ARGS(in), KP_INT(in.public), KP_INT(id)), NULL, NULL);
	if (rc == KP_DB_OK && logo_change)
		rc = kp_db_exec(&org_sql[ORG_LOGO_SET],
		                KP_ARGS(KP_STR(logo), KP_STR(mime), KP_INT(id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = save_fields(r, id);
	if (rc == KP_DB_OK)
		rc = kp_audit(r->user.id, r->remote_addr, "org.edited", id, in.name);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "/orgs/%lld", id), "OrgSaved");
}
