/* /g/SLUG/settings: the group's name, description, picture and
 * visibility, for its owners (access.settings); archiving and restoring
 * (POST .../archive, .../restore) for owners and site admins
 * (access.archive). A site admin who is no owner sees the page with the
 * archive section alone; an archived group's owner too (nothing but
 * restoring changes an archived group); everybody else who knows the
 * group gets 403. The slug is not changed here: URLs that people keep
 * and share would break. Every change leaves an audit entry; a change of
 * visibility its own, with old → new. */
#include <string.h>

#include "markdown.h"
#include "pages.h"

static const struct kp_field settings_fields[] = {
    {"name", 4000, 0},        {"description", KP_MARKDOWN_MAX, KP_FIELD_MULTILINE},
    {"visibility", 40, 0},    {"picture", 0, KP_FIELD_FILE},
    {"remove_picture", 1, 0}, {NULL, 0, 0},
};

/* The archive and restore forms carry nothing but the CSRF token. */
static const struct kp_field no_fields[] = {{NULL, 0, 0}};

/* Answers of save() and archive_or_restore besides the KP_DB_* statuses:
 * archived meanwhile, or the user is no owner any more (403). */
enum { SAVE_ARCHIVED = 1, SAVE_NOT_OWNER };

/* After the group's lock: is the user still an active owner? (access.h
 * decided before the lock; an owner demoted or removed meanwhile changes
 * nothing.) */
static int still_owner(struct kp_req *r, long long group_id)
{
	struct kp_rows m;
	int rc = kp_db_select(&r->arena, &pages_sql[PAGES_ME_LOCK],
	                      KP_ARGS(KP_INT(group_id), KP_INT(r->user.id)), &m);
	if (rc == KP_DB_OK && m.count == 0)
		rc = SAVE_NOT_OWNER;
	return rc;
}

/* The page: the form (access.settings) and the archive section
 * (access.archive). from_form: the values are the ones sent (after an
 * error), else the stored ones. */
static void settings_page(struct kp_req *r, const struct kp_access *a, int status, int from_form)
{
	int rc = pages_group_row(r, a);
	if (rc == KP_DB_CONFLICT) {
		kp_error(r, 404);
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (a->settings && !from_form) {
		const char *d = kp_get(r, "Page.Group.Description");
		kp_form_value(r, "name", a->name);
		kp_form_value(r, "description", d ? d : "");
		kp_form_value(r, "visibility", kp_get(r, "Page.Group.Visibility"));
	}
	kp_set(r, "Page.Title",
	       kp_arena_printf(&r->arena, "%s – %s", kp_t(r, "Groups.Settings.Title"), a->name));
	kp_render(r, status, "groups/settings.cs");
}

void group_settings_form(struct kp_req *r, const char *const *args)
{
	struct kp_access a;
	if (!group_begin(r, args, &a))
		return;
	if (!a.settings && !a.archive) {
		kp_error(r, 403);
		return;
	}
	settings_page(r, &a, 200, 0);
}

/* Saves in (the group a) in one transaction: the row locked first, so
 * that the old visibility in the audit entry is the one replaced, and an
 * archiving in the meantime wins (SAVE_ARCHIVED); then the user's own
 * ownership again (SAVE_NOT_OWNER). A group that stops being closed drops
 * its waiting requests and the notes about them: nobody can approve them
 * any more. */
static int save(struct kp_req *r, const struct kp_access *a, const struct group_input *in)
{
	struct kp_rows g = {0};
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &pages_sql[PAGES_LOCK], KP_ARGS(KP_INT(a->group_id)),
		                  &g);
	if (rc == KP_DB_OK && (g.count == 0 || kp_cell_int(&g, 0, 1)))
		rc = SAVE_ARCHIVED;
	if (rc == KP_DB_OK)
		rc = still_owner(r, a->group_id);
	if (rc == KP_DB_OK && strcmp(kp_cell(&g, 0, 0), "closed") == 0 &&
	    strcmp(in->visibility, "closed") != 0) {
		rc = kp_db_exec(&pages_sql[PAGES_REQUESTS_DELETE], KP_ARGS(KP_INT(a->group_id)),
		                NULL, NULL);
		if (rc == KP_DB_OK)
			rc = kp_db_exec(&pages_sql[PAGES_REQUEST_NOTES_DELETE],
			                KP_ARGS(KP_INT(a->group_id)), NULL, NULL);
	}
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&pages_sql[PAGES_UPDATE],
		                KP_ARGS(KP_STR(in->name), KP_STR(in->description),
		                        KP_STR(in->visibility), KP_INT(a->group_id)),
		                NULL, NULL);
	if (rc == KP_DB_OK && in->picture_change)
		rc = kp_db_exec(&pages_sql[PAGES_PICTURE_SET],
		                KP_ARGS(KP_STR(in->picture_sha256), KP_STR(in->picture_mime),
		                        KP_INT(a->group_id)),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = pages_audit(r, "group.settings_changed", a->group_id, in->name);
	const char *old = rc == KP_DB_OK ? kp_cell(&g, 0, 0) : NULL;
	if (rc == KP_DB_OK && strcmp(old, in->visibility) != 0)
		rc = pages_audit(r, "group.visibility_changed", a->group_id,
		                 kp_arena_printf(&r->arena, "%s → %s", old, in->visibility));
	return kp_db_end(rc);
}

void group_settings_submit(struct kp_req *r, const char *const *args)
{
	struct kp_access a;
	if (!pages_fields_ok(r, &r->form, settings_fields) || !group_begin(r, args, &a))
		return;
	if (!a.settings) {
		kp_error(r, 403);
		return;
	}
	struct group_input in;
	int rc = pages_read_form(r, &in, 0);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (kp_form_has_errors(r)) {
		settings_page(r, &a, 422, 1);
		return;
	}
	rc = save(r, &a, &in);
	if (rc == SAVE_ARCHIVED || rc == SAVE_NOT_OWNER) {
		kp_error(r, 403);
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "/g/%s", a.slug), "GroupsSaved");
}

/* Archive (archive = 1) or restore (0): access.archive; a group already
 * in that state changes nothing and says so. */
static void archive_or_restore(struct kp_req *r, const char *const *args, int archive)
{
	struct kp_access a;
	if (!pages_fields_ok(r, &r->form, no_fields) || !group_begin(r, args, &a))
		return;
	if (!a.archive) {
		kp_error(r, 403);
		return;
	}
	/* The group's row locked, then the user's ownership read again: a
	 * site admin's right stays as access.h has it (their site role), an
	 * owner's goes with their ownership. */
	unsigned long long changed = 0;
	struct kp_rows g;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &pages_sql[PAGES_LOCK], KP_ARGS(KP_INT(a.group_id)),
		                  &g);
	if (rc == KP_DB_OK && r->user.role < KP_ROLE_ADMIN)
		rc = still_owner(r, a.group_id);
	if (rc == KP_DB_OK && archive)
		rc = kp_db_exec(&pages_sql[PAGES_ARCHIVE],
		                KP_ARGS(KP_INT(r->user.id), KP_INT(a.group_id)), &changed, NULL);
	else if (rc == KP_DB_OK)
		rc = kp_db_exec(&pages_sql[PAGES_RESTORE], KP_ARGS(KP_INT(a.group_id)), &changed,
		                NULL);
	if (rc == KP_DB_OK && changed)
		rc = pages_audit(r, archive ? "group.archived" : "group.restored", a.group_id,
		                 a.name);
	rc = kp_db_end(rc);
	if (rc == SAVE_NOT_OWNER) {
		kp_error(r, 403);
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	const char *flash = archive ? (changed ? "GroupsArchived" : "GroupsAlreadyArchived")
	                            : (changed ? "GroupsRestored" : "GroupsNotArchived");
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "/g/%s", a.slug), flash);
}

void group_archive(struct kp_req *r, const char *const *args)
{
	archive_or_restore(r, args, 1);
}

void group_restore(struct kp_req *r, const char *const *args)
{
	archive_or_restore(r, args, 0);
}
