/* Changing offers: /orgs/ID/offers/new, /orgs/ID/offers/ID/edit,
 * .../confirm ("still current") and .../delete (soft, after a question).
 * Only who may edit the organisation (org_can_edit); anybody else gets
 * the same 404 as for an offer that does not exist. Saving the form
 * counts as confirming: the editor has looked at every field. Each change
 * is written with its audit entry in one transaction. */
#include <string.h>

#include "audit.h"
#include "common.h"
#include "markdown.h"
#include "offers.h"
#include "orgs.h"
#include "people.h"
#include "view.h"

/* Byte limits well above the character limits checked below (4 bytes a
 * character), so that a long entry gets a message at the field. */
static const struct kp_field offer_fields[] = {
    {"title", 4 * 160, 0},
    {"description", KP_MARKDOWN_MAX, KP_FIELD_MULTILINE},
    {"field", 20, 0},
    {"target", 20, KP_FIELD_LIST},
    {"language", 10, KP_FIELD_LIST},
    {"place", 4 * 200, 0},
    {"municipality", 20, 0},
    {"costs", 4 * 200, 0},
    {"step_free", 10, 0},
    {"accessibility", 4 * 300, 0},
    {"contact", 20, 0},
    {"contact_role", 4 * 120, 0},
    {"public", 10, 0},
    {NULL, 0, 0},
};

static const char *const text_fields[] = {
    "title",     "description",   "field",   "place",        "municipality", "costs",
    "step_free", "accessibility", "contact", "contact_role", "public"};
#define TEXT_FIELDS (sizeof(text_fields) / sizeof(text_fields[0]))

/* What the form asks to store, checked. Empty optional texts are NULL. */
struct offer_input {
	const char *title, *description, *place, *costs, *step_free, *accessibility, *role;
	long long field, municipality, contact;
	int public;
};

/* The choices of the form: fields, languages, municipalities (list.c),
 * target groups (offer_list.c) and the organisation's possible contact
 * persons (Page.Contacts.N.Id / .Name). */
static int form_choices(struct kp_req *r, long long org_id)
{
	struct kp_rows c;
	int rc = people_choices(r);
	if (rc == KP_DB_OK)
		rc = offer_choices(r);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &offer_sql[OFR_CONTACTS], KP_ARGS(KP_INT(org_id)), &c);
	for (size_t i = 0; rc == KP_DB_OK && i < c.count; i++) {
		kp_setf(r, kp_cell(&c, i, 0), "Page.Contacts.%zu.Id", i);
		kp_setf(r, kp_cell(&c, i, 1), "Page.Contacts.%zu.Name", i);
	}
	return rc;
}

/* 1 when value is one of the choices Page.<list>.N.<key>. */
static int in_list(struct kp_req *r, const char *list, const char *key, const char *value)
{
	for (int i = 0;; i++) {
		const char *v =
		    kp_get(r, kp_arena_printf(&r->arena, "Page.%s.%d.%s", list, i, key));
		if (!v)
			return 0;
		if (strcmp(v, value) == 0)
			return 1;
	}
}

/* A form value without the blanks around it; NULL when empty (arena). */
static const char *trimmed(struct kp_req *r, const char *name)
{
	const char *v = kp_form(r, name);
	if (!v)
		return NULL;
	while (*v == ' ')
		v++;
	size_t n = strlen(v);
	while (n > 0 && v[n - 1] == ' ')
		n--;
	return n ? kp_arena_strndup(&r->arena, v, n) : NULL;
}

/* An optional choice of a list: 0 when empty, else its id, or a message
 * at the field when it is none of the choices. */
static long long chosen_id(struct kp_req *r, const char *name, const char *list)
{
	const char *v = kp_form(r, name);
	if (!v || !*v)
		return 0;
	if (!in_list(r, list, "Id", v)) {
		kp_form_error(r, name, "Err.ChoiceInvalid");
		return 0;
	}
	return kp_parse_id(v);
}

static void check_length(struct kp_req *r, const char *name, const char *v, size_t max)
{
	if (v && text_length(v) > max)
		kp_form_error(r, name, "Err.TooLong");
}

/* Every field checked, with a message at each field that is not right;
 * the choices are those form_choices put into the page. */
static void validate(struct kp_req *r, struct offer_input *in)
{
	memset(in, 0, sizeof(*in));
	in->title = trimmed(r, "title");
	if (!in->title)
		kp_form_error(r, "title", "Err.Required");
	check_length(r, "title", in->title, 160);
	/* A description of blanks and line breaks only is none. */
	const char *d = kp_form(r, "description");
	in->description = d && d[strspn(d, " \n\t")] ? d : NULL;
	if (in->description && text_length(d) > 8000)
		kp_form_error(r, "description", "Err.TooLong");
	else if (in->description && kp_markdown_check(d, strlen(d)) != KP_MARKDOWN_OK)
		kp_form_error(r, "description", "Err.TextTooComplex");
	const char *f = kp_form(r, "field");
	if (!f || !*f)
		kp_form_error(r, "field", "Err.Required");
	else
		in->field = chosen_id(r, "field", "Fields");
	/* Each ticked box must be one of the boxes (an error once). */
	int bad_target = 0, bad_language = 0;
	for (const struct kp_param *p = r->form.head; p; p = p->next) {
		if (strcmp(p->name, "target") == 0 && !in_list(r, "TargetGroups", "Id", p->value))
			bad_target = 1;
		if (strcmp(p->name, "language") == 0 && !in_list(r, "Languages", "Code", p->value))
			bad_language = 1;
	}
	if (bad_target)
		kp_form_error(r, "target", "Err.ChoiceInvalid");
	if (bad_language)
		kp_form_error(r, "language", "Err.ChoiceInvalid");
	in->place = trimmed(r, "place");
	check_length(r, "place", in->place, 200);
	in->municipality = chosen_id(r, "municipality", "Municipalities");
	in->costs = trimmed(r, "costs");
	check_length(r, "costs", in->costs, 200);
	const char *s = kp_form(r, "step_free");
	in->step_free = s && *s ? s : "unknown";
	if (strcmp(in->step_free, "unknown") != 0 && strcmp(in->step_free, "yes") != 0 &&
	    strcmp(in->step_free, "partly") != 0 && strcmp(in->step_free, "no") != 0)
		kp_form_error(r, "step_free", "Err.ChoiceInvalid");
	in->accessibility = trimmed(r, "accessibility");
	check_length(r, "accessibility", in->accessibility, 300);
	in->contact = chosen_id(r, "contact", "Contacts");
	in->role = trimmed(r, "contact_role");
	check_length(r, "contact_role", in->role, 120);
	const char *pub = kp_form(r, "public");
	if (pub && strcmp(pub, "1") != 0)
		kp_form_error(r, "public", "Err.ChoiceInvalid");
	in->public = pub != NULL;
}

/* The form page. Values: from the form as sent (after an error), or for
 * an existing offer from its row o with its stored lists, or the
 * defaults of a new offer (o NULL, nothing sent). */
static void form_page(struct kp_req *r, int status, long long org_id, const char *org_name,
                      const struct kp_rows *o, int from_form)
{
	long long id = o ? kp_cell_int(o, 0, F_ID) : 0;
	struct kp_rows targets = {0}, langs = {0};
	int rc = KP_DB_OK;
	if (o && !from_form)
		rc = kp_db_select(&r->arena, &offer_sql[OFR_TARGETS_OF],
		                  KP_ARGS(KP_STR(r->lang), KP_INT(id)), &targets);
	if (rc == KP_DB_OK && o && !from_form)
		rc = kp_db_select(&r->arena, &offer_sql[OFR_LANGS_OF],
		                  KP_ARGS(KP_STR(r->lang), KP_INT(id)), &langs);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (from_form) {
		for (size_t i = 0; i < TEXT_FIELDS; i++)
			kp_form_value(r, text_fields[i], kp_form(r, text_fields[i]));
	} else if (o) {
		static const struct {
			const char *name;
			int col;
		} stored[] = {
		    {"title", F_TITLE},
		    {"description", F_DESCRIPTION},
		    {"field", F_FIELD_ID},
		    {"place", F_PLACE},
		    {"municipality", F_MUNICIPALITY_ID},
		    {"costs", F_COSTS},
		    {"step_free", F_STEP_FREE},
		    {"accessibility", F_ACCESSIBILITY},
		    {"contact", F_CONTACT_ID},
		    {"contact_role", F_CONTACT_ROLE},
		};
		for (size_t i = 0; i < sizeof(stored) / sizeof(stored[0]); i++)
			kp_form_value(r, stored[i].name, kp_cell(o, 0, stored[i].col));
		if (kp_cell_int(o, 0, F_PUBLIC) == 1)
			kp_form_value(r, "public", "1");
		/* The form-based marking below, with the stored choices. */
		for (size_t i = 0; i < targets.count; i++)
			kp_params_add(&r->arena, &r->form, "target", 6, kp_cell(&targets, i, 0),
			              strlen(kp_cell(&targets, i, 0)));
		for (size_t i = 0; i < langs.count; i++)
			kp_params_add(&r->arena, &r->form, "language", 8, kp_cell(&langs, i, 0),
			              strlen(kp_cell(&langs, i, 0)));
	} else {
		kp_form_value(r, "step_free", "unknown");
	}
	check_chosen(r, "TargetGroups", "Id", "target");
	check_chosen(r, "Languages", "Code", "language");
	kp_set_int(r, "Page.Org.Id", org_id);
	kp_set(r, "Page.Org.Name", org_name);
	if (o) {
		kp_set_int(r, "Page.Offer.Id", id);
		kp_set(r, "Page.Offer.Title", kp_cell(o, 0, F_TITLE));
	}
	kp_set(r, "Page.Title", kp_t(r, o ? "Offers.Title.Edit" : "Offers.Title.New"));
	kp_render(r, status, "offers/form.cs");
}

/* Target groups and languages of offer id as ticked in the form, after
 * the old ones are cleared. Unticked boxes simply are not sent. */
static int save_lists(struct kp_req *r, long long id)
{
	int rc = kp_db_exec(&offer_sql[OFR_TARGETS_CLEAR], KP_ARGS(KP_INT(id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&offer_sql[OFR_LANGS_CLEAR], KP_ARGS(KP_INT(id)), NULL, NULL);
	for (const struct kp_param *p = r->form.head; rc == KP_DB_OK && p; p = p->next) {
		if (strcmp(p->name, "target") == 0)
			rc = kp_db_exec(&offer_sql[OFR_TARGET_ADD],
			                KP_ARGS(KP_INT(id), KP_INT(kp_parse_id(p->value))), NULL,
			                NULL);
		else if (strcmp(p->name, "language") == 0)
			rc = kp_db_exec(&offer_sql[OFR_LANG_ADD],
			                KP_ARGS(KP_INT(id), KP_STR(p->value)), NULL, NULL);
	}
	return rc;
}

static int audit(struct kp_req *r, const char *action, long long id, long long org_id)
{
	return kp_audit(r->user.id, r->remote_addr, action, id,
	                kp_arena_printf(&r->arena, "org %lld", org_id));
}

/* Writes a new offer (*id 0; *id is set) or the changes to offer *id,
 * with its lists and the audit entry, all or nothing. */
static int save(struct kp_req *r, long long org_id, const struct offer_input *in, long long *id)
{
	/* The columns in the order both statements name them. */
	const struct kp_val cols[11] = {
	    KP_STR(in->title),
	    KP_STR(in->description),
	    KP_INT(in->field),
	    KP_STR(in->place),
	    in->municipality ? KP_INT(in->municipality) : KP_NULLV,
	    KP_STR(in->costs),
	    KP_STR(in->step_free),
	    KP_STR(in->accessibility),
	    in->contact ? KP_INT(in->contact) : KP_NULLV,
	    KP_STR(in->role),
	    KP_INT(in->public),
	};
	struct kp_val a[13];
	int created = *id == 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK && !created) {
		memcpy(a, cols, sizeof(cols));
		a[11] = KP_INT(*id);
		a[12] = KP_INT(org_id);
		rc = kp_db_exec(&offer_sql[OFR_UPDATE], a, 13, NULL, NULL);
	} else if (rc == KP_DB_OK) {
		unsigned long long new_id = 0;
		a[0] = KP_INT(org_id);
		memcpy(a + 1, cols, sizeof(cols));
		a[12] = KP_INT(r->user.id);
		rc = kp_db_exec(&offer_sql[OFR_INSERT], a, 13, NULL, &new_id);
		*id = (long long)new_id;
	}
	if (rc == KP_DB_OK)
		rc = save_lists(r, *id);
	if (rc == KP_DB_OK)
		rc = audit(r, created ? "offer.created" : "offer.edited", *id, org_id);
	return kp_db_end(rc);
}

/* Checks the form and saves it; answers with the redirect, the form
 * again (422) or an error page. o: the offer being edited, or NULL. */
static void submit(struct kp_req *r, long long org_id, const char *org_name,
                   const struct kp_rows *o)
{
	int rc = form_choices(r, org_id);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	struct offer_input in;
	validate(r, &in);
	if (kp_form_has_errors(r)) {
		form_page(r, 422, org_id, org_name, o, 1);
		return;
	}
	long long id = o ? kp_cell_int(o, 0, F_ID) : 0;
	rc = save(r, org_id, &in, &id);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "/orgs/%lld/offers/%lld", org_id, id),
	                  o ? "OfferSaved" : "OfferCreated");
}

/* The organisation of a new offer, if the signed-in user may edit it: its
 * id and name; otherwise answers 404 (or the db error) and returns -1. */
static int org_for_new(struct kp_req *r, const char *org_text, long long *org_id, const char **name)
{
	*org_id = kp_parse_id(org_text);
	int may = org_can_edit(r, *org_id);
	struct kp_rows org = {0};
	int rc = may < 0 ? may : KP_DB_OK;
	if (may > 0)
		rc = kp_db_select(&r->arena, &offer_sql[OFR_ORG], KP_ARGS(KP_INT(*org_id)), &org);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return -1;
	}
	if (org.count == 0) {
		kp_error(r, 404);
		return -1;
	}
	*name = kp_cell(&org, 0, 1);
	return 0;
}

/* The declared fields of a POST; answers 400 and returns -1 otherwise. */
static int fields_ok(struct kp_req *r, const struct kp_field *fields)
{
	const char *bad = NULL;
	if (kp_fields_check(&r->form, fields, &bad) == 0)
		return 0;
	kp_log_req(r, "refused form field %s on %s", bad ? bad : "?", r->route);
	kp_error(r, 400);
	return -1;
}

void offer_new_show(struct kp_req *r, const char *const *args)
{
	long long org_id;
	const char *name;
	if (org_for_new(r, args[0], &org_id, &name) != 0)
		return;
	int rc = form_choices(r, org_id);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	form_page(r, 200, org_id, name, NULL, 0);
}

void offer_new_submit(struct kp_req *r, const char *const *args)
{
	long long org_id;
	const char *name;
	if (fields_ok(r, offer_fields) == 0 && org_for_new(r, args[0], &org_id, &name) == 0)
		submit(r, org_id, name, NULL);
}

void offer_edit_show(struct kp_req *r, const char *const *args)
{
	struct kp_rows o;
	if (offer_load_editable(r, args[0], args[1], &o) != 0)
		return;
	long long org_id = kp_cell_int(&o, 0, F_ORG_ID);
	int rc = form_choices(r, org_id);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	form_page(r, 200, org_id, kp_cell(&o, 0, F_ORG_NAME), &o, 0);
}

void offer_edit_submit(struct kp_req *r, const char *const *args)
{
	struct kp_rows o;
	if (fields_ok(r, offer_fields) == 0 && offer_load_editable(r, args[0], args[1], &o) == 0)
		submit(r, kp_cell_int(&o, 0, F_ORG_ID), kp_cell(&o, 0, F_ORG_NAME), &o);
}

/* The forms of confirm and delete carry nothing but the token. */
static const struct kp_field no_fields[] = {{NULL, 0, 0}};

void offer_confirm(struct kp_req *r, const char *const *args)
{
	struct kp_rows o;
	if (fields_ok(r, no_fields) != 0 || offer_load_editable(r, args[0], args[1], &o) != 0)
		return;
	long long id = kp_cell_int(&o, 0, F_ID), org_id = kp_cell_int(&o, 0, F_ORG_ID);
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&offer_sql[OFR_CONFIRM], KP_ARGS(KP_INT(id), KP_INT(org_id)), NULL,
		                NULL);
	if (rc == KP_DB_OK)
		rc = audit(r, "offer.confirmed", id, org_id);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "/orgs/%lld/offers/%lld", org_id, id),
	                  "OfferConfirmed");
}

void offer_delete_show(struct kp_req *r, const char *const *args)
{
	struct kp_rows o;
	if (offer_load_editable(r, args[0], args[1], &o) != 0)
		return;
	kp_set(r, "Page.Offer.Id", kp_cell(&o, 0, F_ID));
	kp_set(r, "Page.Offer.OrgId", kp_cell(&o, 0, F_ORG_ID));
	kp_set(r, "Page.Offer.Org", kp_cell(&o, 0, F_ORG_NAME));
	kp_set(r, "Page.Offer.Title", kp_cell(&o, 0, F_TITLE));
	kp_set(r, "Page.Title", kp_t(r, "Offers.Title.Delete"));
	kp_render(r, 200, "offers/delete.cs");
}

void offer_delete(struct kp_req *r, const char *const *args)
{
	struct kp_rows o;
	if (fields_ok(r, no_fields) != 0 || offer_load_editable(r, args[0], args[1], &o) != 0)
		return;
	long long id = kp_cell_int(&o, 0, F_ID), org_id = kp_cell_int(&o, 0, F_ORG_ID);
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&offer_sql[OFR_DELETE], KP_ARGS(KP_INT(id), KP_INT(org_id)), NULL,
		                NULL);
	if (rc == KP_DB_OK)
		rc = audit(r, "offer.deleted", id, org_id);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "/orgs/%lld", org_id), "OfferDeleted");
}
