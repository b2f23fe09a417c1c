/* /admin/settings: the site settings the coordinators choose — the
 * network's name (kp_site_name: every page's title and every mail), its
 * logo (kp_site_logo: every page's header; served at /site/logo), the
 * contact address (also the feedback contact of the accessibility
 * statement), who may create groups (access.h reads groups.create), and
 * whether anyone may register (the account program reads registration).
 * /admin/legal/SLUG edits the legal pages; legal_public shows them to
 * everybody, signed in or not, at /impressum, /datenschutz and
 * /barrierefreiheit (linked in every page's footer). */
#include <string.h>

#include "admin.h"
#include "auth.h"
#include "files.h"
#include "markdown.h"
#include "view.h"

static const struct kp_field settings_fields[] = {{"site_name", 400, 0},
                                                  {"contact", 1024, 0},
                                                  {"groups_create", 20, 0},
                                                  {"registration", 20, 0},
                                                  {NULL, 0, 0}};
static const struct kp_field legal_fields[] = {{"body", KP_MARKDOWN_MAX, KP_FIELD_MULTILINE},
                                               {NULL, 0, 0}};

static const char *const legal_slugs[] = {"impressum", "datenschutz", "barrierefreiheit", NULL};

static void settings_page(struct kp_req *r, int status)
{
	kp_set(r, "Page.Title", kp_t(r, "Admin.Settings.Title"));
	kp_render(r, status, "admin/settings.cs");
}

void settings_show(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	const char *contact = "", *create = "members", *reg = "open";
	int rc = admin_setting(r, "contact", "", &contact);
	if (rc == KP_DB_OK)
		rc = admin_setting(r, "groups.create", "members", &create);
	if (rc == KP_DB_OK)
		rc = admin_setting(r, "registration", "open", &reg);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_form_value(r, "site_name", kp_site_name());
	kp_form_value(r, "contact", contact);
	kp_form_value(r, "groups_create", create);
	kp_form_value(r, "registration", reg);
	settings_page(r, 200);
}

void settings_submit(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN) || !admin_fields_ok(r, settings_fields))
		return;
	char *site_name = admin_form_trim(r, "site_name");
	char *contact = admin_form_trim(r, "contact");
	const char *create = kp_form(r, "groups_create"), *reg = kp_form(r, "registration");
	kp_form_value(r, "site_name", site_name);
	kp_form_value(r, "contact", contact);
	kp_form_value(r, "groups_create", create ? create : "");
	kp_form_value(r, "registration", reg ? reg : "");
	size_t name_chars = 0;
	for (const char *c = site_name; *c; c++)
		name_chars += ((unsigned char)*c & 0xC0) != 0x80;
	if (name_chars == 0)
		kp_form_error(r, "site_name", "Err.Required");
	else if (name_chars > 100)
		kp_form_error(r, "site_name", "Admin.Settings.NameLong");
	/* The contact is shown on public pages as a mailto: link: an address
	 * or nothing. */
	if (*contact && kp_email_normalise(contact) != 0)
		kp_form_error(r, "contact", "Err.EmailInvalid");
	if (!create || (strcmp(create, "members") != 0 && strcmp(create, "admins") != 0))
		kp_form_error(r, "groups_create", "Err.ChoiceInvalid");
	if (!reg || (strcmp(reg, "open") != 0 && strcmp(reg, "invite") != 0))
		kp_form_error(r, "registration", "Err.ChoiceInvalid");
	if (kp_form_has_errors(r)) {
		settings_page(r, 422);
		return;
	}
	const char *names[] = {"site.name", "contact", "groups.create", "registration"};
	const char *values[] = {site_name, contact, create, reg};
	int rc = kp_db_begin();
	for (size_t i = 0; rc == KP_DB_OK && i < 4; i++) {
		rc = kp_db_exec(&admin_sql[A_SETTING_SET],
		                KP_ARGS(KP_STR(names[i]), KP_STR(values[i]), KP_INT(r->user.id)),
		                NULL, NULL);
		if (rc == KP_DB_OK)
			rc =
			    admin_audit(r, "settings.changed", 0,
			                kp_arena_printf(&r->arena, "%s = %s", names[i], values[i]));
	}
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, "/admin/settings", "AdminSaved");
}

static const char *legal_slug(const char *s)
{
	for (size_t i = 0; legal_slugs[i]; i++)
		if (strcmp(s, legal_slugs[i]) == 0)
			return legal_slugs[i];
	return NULL;
}

static void legal_edit_page(struct kp_req *r, const char *slug, int status)
{
	kp_set(r, "Page.Slug", slug);
	kp_set(r, "Page.Title", kp_t(r, kp_arena_printf(&r->arena, "Admin.Legal.Title.%s", slug)));
	kp_render(r, status, "admin/legal_edit.cs");
}

void legal_edit_show(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	const char *slug = legal_slug(args[0]);
	if (!slug) {
		kp_error(r, 404);
		return;
	}
	struct kp_rows p;
	int rc = kp_db_select(&r->arena, &admin_sql[A_LEGAL_GET], KP_ARGS(KP_STR(slug)), &p);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_form_value(r, "body", p.count ? kp_cell(&p, 0, 0) : "");
	legal_edit_page(r, slug, 200);
}

void legal_edit_submit(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	const char *slug = legal_slug(args[0]);
	if (!slug) {
		kp_error(r, 404);
		return;
	}
	if (!admin_fields_ok(r, legal_fields))
		return;
	const char *body = kp_form(r, "body") ? kp_form(r, "body") : "";
	kp_form_value(r, "body", body);
	enum kp_markdown_status st = kp_markdown_check(body, strlen(body));
	if (st != KP_MARKDOWN_OK) {
		kp_form_error(r, "body", "Err.TextTooComplex");
		legal_edit_page(r, slug, 422);
		return;
	}
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc =
		    kp_db_exec(&admin_sql[A_LEGAL_SET],
		               KP_ARGS(KP_STR(body), KP_INT(r->user.id), KP_STR(slug)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = admin_audit(r, "legal.changed", 0, slug);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "/admin/legal/%s", slug), "AdminSaved");
}

void legal_public(struct kp_req *r, const char *const *args)
{
	const char *slug = legal_slug(r->path + 1);
	if (!slug) {
		kp_error(r, 404);
		return;
	}
	struct kp_rows p;
	const char *contact = "";
	int rc = kp_db_select(&r->arena, &admin_sql[A_LEGAL_GET], KP_ARGS(KP_STR(slug)), &p);
	if (rc == KP_DB_OK)
		rc = admin_setting(r, "contact", "", &contact);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (p.count) {
		kp_set(r, "Page.Body", kp_cell(&p, 0, 0));
		kp_set_time(r, "Page.Updated", kp_cell(&p, 0, 1));
	}
	kp_set(r, "Page.Slug", slug);
	kp_set(r, "Page.Contact", contact);
	kp_set(r, "Page.Title", kp_t(r, kp_arena_printf(&r->arena, "Admin.Legal.Title.%s", slug)));
	kp_render(r, 200, "admin/legal.cs");
}

static const struct kp_field logo_fields[] = {
    {"logo", 0, KP_FIELD_FILE}, {"remove_logo", 1, 0}, {NULL, 0, 0}};

/* The logo: an image re-encoded to fit 480x160 (headers are wide and
 * low), stored as the settings logo.sha256 and logo.mime; "remove_logo"
 * without a file goes back to the platform's sign. The old file stays in
 * the store until kp-mailer's sweeper finds no row naming it. */
void logo_submit(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN) || !admin_fields_ok(r, logo_fields))
		return;
	const struct kp_param *part = kp_param_get(&r->form, "logo");
	int remove = kp_form(r, "remove_logo") && strcmp(kp_form(r, "remove_logo"), "1") == 0;
	const char *sha = "", *mime = "";
	if (part && part->is_file && part->file_size > 0) {
		static const struct kp_image_box box = {480, 160, 0};
		struct kp_upload_rules rules = {KP_UPLOAD_IMAGE, 10u << 20, 25000000ul};
		struct kp_upload up;
		struct kp_stored stored;
		enum kp_upload_status st = kp_upload_check(&r->arena, part, &rules, &up);
		if (st == KP_UPLOAD_OK)
			st = kp_upload_store(&up, &box, 1, &stored);
		const char *err = NULL;
		switch (st) {
		case KP_UPLOAD_OK:
			sha = kp_arena_strdup(&r->arena, stored.sha256);
			mime = stored.mime;
			break;
		case KP_UPLOAD_EMPTY:
			break;
		case KP_UPLOAD_TOO_LARGE:
			err = "Err.PhotoTooLarge";
			break;
		case KP_UPLOAD_TOO_MANY_PIXELS:
			err = "Err.PhotoTooManyPixels";
			break;
		case KP_UPLOAD_BAD_IMAGE:
			err = "Err.PhotoUnreadable";
			break;
		case KP_UPLOAD_BAD_EXTENSION:
		case KP_UPLOAD_DOUBLE_EXTENSION:
		case KP_UPLOAD_TYPE_MISMATCH:
			kp_log_req(r, "logo refused: %s", kp_upload_status_name(st));
			err = "Err.PhotoType";
			break;
		case KP_UPLOAD_NO_SPACE:
			kp_db_fail(r, KP_DB_DOWN);
			return;
		case KP_UPLOAD_IO:
			kp_error(r, 500);
			return;
		}
		if (err) {
			kp_form_error(r, "logo", err);
			const char *contact = "", *create = "members", *reg = "open";
			int rc = admin_setting(r, "contact", "", &contact);
			if (rc == KP_DB_OK)
				rc = admin_setting(r, "groups.create", "members", &create);
			if (rc == KP_DB_OK)
				rc = admin_setting(r, "registration", "open", &reg);
			if (rc != KP_DB_OK) {
				kp_db_fail(r, rc);
				return;
			}
			kp_form_value(r, "site_name", kp_site_name());
			kp_form_value(r, "contact", contact);
			kp_form_value(r, "groups_create", create);
			kp_form_value(r, "registration", reg);
			settings_page(r, 422);
			return;
		}
	}
	if (!*sha && !remove) {
		kp_redirect_flash(r, "/admin/settings", "AdminSaved");
		return;
	}
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[A_SETTING_SET],
		                KP_ARGS(KP_STR("logo.sha256"), KP_STR(sha), KP_INT(r->user.id)),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[A_SETTING_SET],
		                KP_ARGS(KP_STR("logo.mime"), KP_STR(mime), KP_INT(r->user.id)),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = admin_audit(r, "settings.logo", 0, *sha ? sha : "removed");
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, "/admin/settings", "AdminSaved");
}

/* /site/logo, for everybody (the header of every page, signed out too). */
void site_logo(struct kp_req *r, const char *const *args)
{
	const char *sha = "", *mime = "";
	int rc = admin_setting(r, "logo.sha256", "", &sha);
	if (rc == KP_DB_OK)
		rc = admin_setting(r, "logo.mime", "", &mime);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	struct kp_download d;
	if (!*sha || kp_download_prepare(&r->arena, sha, mime, "logo", 1, &d) != 0) {
		kp_error(r, 404);
		return;
	}
	/* No Cache-Control of the download's own: the logo is public, so the
	 * anonymous route's policy applies (kp_send). */
	kp_header(r, "X-Accel-Redirect", d.accel_redirect);
	kp_header(r, "Content-Disposition", d.disposition);
	kp_send(r, 200, d.content_type, "", 0);
}
