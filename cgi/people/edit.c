/* /people/ID/edit (and /profile/edit, the own one): position,
 * municipality, phone and e-mail with their visibility, fields of action,
 * languages, the "I am the one to ask about ..." text and the photo. Only
 * the member and site admins; anybody else gets the same 404 as for a
 * member who does not exist. */
#include <stdlib.h>
#include <string.h>

#include "markdown.h"
#include "common.h"
#include "people.h"
#include "view.h"

static const struct kp_field edit_fields[] = {
    {"position", 4000, 0},
    {"municipality", 40, 0},
    {"phone", 1000, 0},
    {"phone_visible", 1, 0},
    {"email_visible", 1, 0},
    {"about", KP_MARKDOWN_MAX, KP_FIELD_MULTILINE},
    {"field", 6, KP_FIELD_LIST},
    {"language", 2, KP_FIELD_LIST},
    {"photo", 0, KP_FIELD_FILE},
    {"remove_photo", 1, 0},
    {NULL, 0, 0},
};

void profile_edit_redirect(struct kp_req *r, const char *const *args)
{
	kp_redirect(r, kp_arena_printf(&r->arena, "/people/%lld/edit", r->user.id));
}

/* The form; with values from the profile (GET) or from the submitted
 * form (after an error, the member's input is kept). */
static void edit_page(struct kp_req *r, int status, const struct kp_rows *p, int from_form)
{
	int rc = people_choices(r);
	struct kp_rows fields, langs;
	long long id = kp_cell_int(p, 0, P_ID);
	if (rc == KP_DB_OK && !from_form)
		rc = kp_db_select(&r->arena, &people_sql[PPL_FIELDS_OF],
		                  KP_ARGS(KP_STR(r->lang), KP_INT(id)), &fields);
	if (rc == KP_DB_OK && !from_form)
		rc = kp_db_select(&r->arena, &people_sql[PPL_LANGS_OF],
		                  KP_ARGS(KP_STR(r->lang), KP_INT(id)), &langs);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (from_form) {
		check_chosen(r, "Fields", "Id", "field");
		check_chosen(r, "Languages", "Code", "language");
	} else {
		kp_form_value(r, "position", kp_cell(p, 0, P_POSITION));
		kp_form_value(r, "municipality", kp_cell(p, 0, P_MUNICIPALITY_ID));
		kp_form_value(r, "phone", kp_cell(p, 0, P_PHONE));
		kp_form_value(r, "phone_visible", kp_cell(p, 0, P_PHONE_VISIBLE));
		kp_form_value(r, "email_visible", kp_cell(p, 0, P_EMAIL_VISIBLE));
		kp_form_value(r, "about", kp_cell(p, 0, P_ABOUT));
		/* Reuse the form-based marking with the stored choices. */
		for (size_t i = 0; i < fields.count; i++)
			kp_params_add(&r->arena, &r->form, "field", 5, kp_cell(&fields, i, 0),
			              strlen(kp_cell(&fields, i, 0)));
		for (size_t i = 0; i < langs.count; i++)
			kp_params_add(&r->arena, &r->form, "language", 8, kp_cell(&langs, i, 0),
			              strlen(kp_cell(&langs, i, 0)));
		check_chosen(r, "Fields", "Id", "field");
		check_chosen(r, "Languages", "Code", "language");
	}
	kp_set_int(r, "Page.Profile.Id", id);
	kp_set(r, "Page.Profile.Name", kp_cell(p, 0, P_NAME));
	kp_set(r, "Page.Profile.Email", kp_cell(p, 0, P_EMAIL));
	kp_set_int(r, "Page.Profile.HasPhoto", kp_cell(p, 0, P_PHOTO) != NULL);
	kp_set(r, "Page.Title", kp_t(r, "Title.ProfileEdit"));
	kp_render(r, status, "people/edit.cs");
}

/* The profile to edit, if the signed-in user may; else 404 (answered). */
static int editable(struct kp_req *r, const char *id_text, struct kp_rows *p)
{
	if (profile_load(r, id_text, p) != 0)
		return -1;
	if (!profile_is_own_or_admin(r, kp_cell_int(p, 0, P_ID))) {
		kp_error(r, 404);
		return -1;
	}
	return 0;
}

void profile_edit_show(struct kp_req *r, const char *const *args)
{
	struct kp_rows p;
	if (editable(r, args[0], &p) == 0)
		edit_page(r, 200, &p, 0);
}

/* Checks the text fields; sets field errors. */
static int validate(struct kp_req *r, long long *municipality)
{
	const char *position = kp_form(r, "position");
	const char *phone = kp_form(r, "phone");
	const char *about = kp_form(r, "about");
	const char *m = kp_form(r, "municipality");
	if (position && text_length(position) > 120)
		kp_form_error(r, "position", "Err.TooLong");
	if (phone && *phone && (text_length(phone) > 40 || !phone_ok(phone)))
		kp_form_error(r, "phone", "Err.PhoneInvalid");
	if (about && text_length(about) > 4000)
		kp_form_error(r, "about", "Err.TooLong");
	else if (about && kp_markdown_check(about, strlen(about)) != KP_MARKDOWN_OK)
		kp_form_error(r, "about", "Err.TextTooComplex");
	*municipality = 0;
	if (m && *m) {
		*municipality = kp_parse_id(m);
		struct kp_rows found = {0};
		int rc = *municipality <= 0
		             ? KP_DB_OK
		             : kp_db_select(&r->arena, &people_sql[PPL_MUNICIPALITY_EXISTS],
		                            KP_ARGS(KP_INT(*municipality)), &found);
		if (rc != KP_DB_OK)
			return rc;
		if (found.count == 0)
			kp_form_error(r, "municipality", "Err.ChoiceInvalid");
	}
	for (const char *f = kp_form(r, "phone_visible"); f && strcmp(f, "1") != 0; f = NULL)
		kp_form_error(r, "phone_visible", "Err.ChoiceInvalid");
	for (const char *f = kp_form(r, "email_visible"); f && strcmp(f, "1") != 0; f = NULL)
		kp_form_error(r, "email_visible", "Err.ChoiceInvalid");
	return KP_DB_OK;
}

/* A field id is digits only, a language code two lower-case letters. */
static int choice_ok(const struct kp_param *p)
{
	int is_field = strcmp(p->name, "field") == 0;
	size_t n = strlen(p->value);
	if (n == 0 || (!is_field && n != 2))
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = p->value[i];
		if (is_field ? (c < '0' || c > '9') : (c < 'a' || c > 'z'))
			return 0;
	}
	return 1;
}

/* Stores the profile and its lists, all or nothing. Unknown field or
 * language ids are dropped by the INSERT ... SELECT (a retired field is no
 * choice any more). A municipality that does not exist would fail the foreign
 * key; validate() has checked it exists. */
static int save(struct kp_req *r, long long id, long long municipality,
                const struct photo_change *photo)
{
	const char *phone = kp_form(r, "phone");
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&people_sql[PPL_PROFILE_UPSERT],
		                KP_ARGS(KP_INT(id), KP_STR(kp_form(r, "position")),
		                        municipality ? KP_INT(municipality) : KP_NULLV,
		                        KP_STR(phone && *phone ? phone : NULL),
		                        KP_INT(kp_form(r, "phone_visible") != NULL),
		                        KP_INT(kp_form(r, "email_visible") != NULL),
		                        KP_STR(kp_form(r, "about"))),
		                NULL, NULL);
	if (rc == KP_DB_OK && photo->change)
		rc = kp_db_exec(&people_sql[PPL_PHOTO_SET],
		                KP_ARGS(KP_STR(photo->photo), KP_STR(photo->thumb),
		                        KP_STR(photo->mime), KP_INT(id)),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&people_sql[PPL_FIELDS_CLEAR], KP_ARGS(KP_INT(id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&people_sql[PPL_LANGS_CLEAR], KP_ARGS(KP_INT(id)), NULL, NULL);
	for (const struct kp_param *p = r->form.head; rc == KP_DB_OK && p; p = p->next) {
		/* Choices are ids and codes, nothing else ("3x" is not field
		 * 3); what is none of the offered choices is not stored. */
		if (!choice_ok(p))
			continue;
		if (strcmp(p->name, "field") == 0)
			rc = kp_db_exec(&people_sql[PPL_FIELD_ADD],
			                KP_ARGS(KP_INT(id), KP_INT(kp_parse_id(p->value))), NULL,
			                NULL);
		else if (strcmp(p->name, "language") == 0)
			rc = kp_db_exec(&people_sql[PPL_LANG_ADD],
			                KP_ARGS(KP_INT(id), KP_STR(p->value)), NULL, NULL);
	}
	return kp_db_end(rc);
}

void profile_edit_submit(struct kp_req *r, const char *const *args)
{
	const char *bad = NULL;
	if (kp_fields_check(&r->form, edit_fields, &bad) != 0) {
		kp_log_req(r, "refused form field %s on %s", bad ? bad : "?", r->route);
		kp_error(r, 400);
		return;
	}
	struct kp_rows p;
	if (editable(r, args[0], &p) != 0)
		return;
	long long id = kp_cell_int(&p, 0, P_ID);
	long long municipality;
	int checked = validate(r, &municipality);
	if (checked != KP_DB_OK) {
		kp_db_fail(r, checked);
		return;
	}
	static const char *const text_fields[] = {"position",      "municipality",  "phone",
	                                          "phone_visible", "email_visible", "about",
	                                          "remove_photo"};
	for (size_t i = 0; i < sizeof(text_fields) / sizeof(text_fields[0]); i++)
		kp_form_value(r, text_fields[i], kp_form(r, text_fields[i]));
	if (!kp_form_has_errors(r)) {
		struct photo_change photo = {0};
		int rc = photo_prepare(r, &photo);
		if (rc == KP_DB_OK)
			rc = save(r, id, municipality, &photo);
		if (rc == KP_DB_OK) {
			kp_redirect_flash(r, kp_arena_printf(&r->arena, "/people/%lld", id),
			                  "ProfileSaved");
			return;
		}
		if (rc != PHOTO_REFUSED) {
			kp_db_fail(r, rc);
			return;
		}
	}
	edit_page(r, 422, &p, 1);
}
