/* /groups/new: a new group. Who may create one is the site setting's
 * answer (kp_access_create_group: every member, or site admins only);
 * anybody else gets 403, for the form and for the POST. The creator
 * becomes its first owner. Creating is one transaction: the one-time
 * token first (a second submission of the same form — a double click —
 * waits for the first and is sent where it led), then whether the slug
 * is free, the group's row, the owner's membership, the member count and
 * the audit entry. */
#include <string.h>

#include "markdown.h"
#include "once.h"
#include "pages.h"

/* Generous byte limits: a value over its limit in characters gets a
 * message at the field; only what no form sends is a 400. */
static const struct kp_field new_fields[] = {
    {"name", 4000, 0},
    {"slug", 400, 0},
    {"description", KP_MARKDOWN_MAX, KP_FIELD_MULTILINE},
    {"visibility", 40, 0},
    {"picture", 0, KP_FIELD_FILE},
    {"once", 64, 0},
    {NULL, 0, 0},
};

/* Answers of create() besides the KP_DB_* statuses. */
enum { CREATE_SLUG_TAKEN = 1 };

/* 1 when the user may create a group; else answers (403, or the database
 * failed) and returns 0. */
static int may_create(struct kp_req *r)
{
	int may = 0;
	int rc = kp_access_create_group(r, &may);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return 0;
	}
	if (!may)
		kp_error(r, 403);
	return may;
}

static void form_page(struct kp_req *r, int status, const char *once)
{
	kp_set(r, "Page.Once", once);
	kp_set(r, "Page.Title", kp_t(r, "Groups.New.Title"));
	kp_render(r, status, "groups/new.cs");
}

void groups_new_form(struct kp_req *r, const char *const *args)
{
	(void)args;
	if (!may_create(r))
		return;
	const char *once = kp_once_new(r);
	if (!once) {
		kp_error(r, 500);
		return;
	}
	form_page(r, 200, once);
}

/* Creates the group of in within one transaction; *path is where it
 * leads. KP_DB_DUPLICATE: this form was sent before, *earlier is where
 * that led ("" if unknown); CREATE_SLUG_TAKEN: another group has the
 * slug (also one created a moment ago). */
static int create(struct kp_req *r, const struct group_input *in, const char *once,
                  const char **path, const char **earlier)
{
	unsigned long long id = 0;
	struct kp_rows taken = {0};
	*earlier = NULL;
	*path = kp_arena_printf(&r->arena, "/g/%s", in->slug);
	/* The claim is the transaction's first statement: its snapshot starts
	 * after an earlier submission of this form committed, so that the
	 * slug that one took is not mistaken for somebody else's. */
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_once_claim(r, once, earlier);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &pages_sql[PAGES_SLUG_TAKEN],
		                  KP_ARGS(KP_STR(in->slug)), &taken);
	if (rc == KP_DB_OK && taken.count)
		rc = CREATE_SLUG_TAKEN;
	if (rc == KP_DB_OK) {
		rc = kp_db_exec(&pages_sql[PAGES_INSERT],
		                KP_ARGS(KP_STR(in->slug), KP_STR(in->name), KP_STR(in->description),
		                        KP_STR(in->picture_sha256), KP_STR(in->picture_mime),
		                        KP_STR(in->visibility), KP_INT(r->user.id)),
		                NULL, &id);
		/* Taken between the look and the insert. */
		if (rc == KP_DB_DUPLICATE)
			rc = CREATE_SLUG_TAKEN;
	}
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&pages_sql[PAGES_OWNER_ADD],
		                KP_ARGS(KP_INT(id), KP_INT(r->user.id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&pages_sql[PAGES_FIRST_CATEGORY],
		                KP_ARGS(KP_INT(id), KP_STR(kp_t(r, "Groups.New.FirstCategory"))),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_group_recount((long long)id);
	if (rc == KP_DB_OK)
		rc = pages_audit(
		    r, "group.created", (long long)id,
		    kp_arena_printf(&r->arena, "%s (%s): %s", in->slug, in->visibility, in->name));
	if (rc == KP_DB_OK)
		rc = kp_once_done(r, once, *path);
	return kp_db_end(rc);
}

void groups_new_submit(struct kp_req *r, const char *const *args)
{
	(void)args;
	if (!pages_fields_ok(r, &r->form, new_fields) || !may_create(r))
		return;
	const char *once = kp_form(r, "once");
	if (!kp_once_valid(once)) {
		kp_log_req(r, "missing or malformed one-time token on %s", r->route);
		kp_error(r, 400);
		return;
	}
	struct group_input in;
	int rc = pages_read_form(r, &in, 1);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (kp_form_has_errors(r)) {
		form_page(r, 422, once);
		return;
	}
	const char *path, *earlier;
	rc = create(r, &in, once, &path, &earlier);
	if (rc == KP_DB_DUPLICATE && earlier) {
		kp_redirect_flash(r, *earlier ? kp_safe_next(earlier) : "/groups", "GroupsCreated");
	} else if (rc == CREATE_SLUG_TAKEN) {
		kp_form_error(r, "slug", "Groups.Err.SlugTaken");
		form_page(r, 422, once);
	} else if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
	} else {
		kp_redirect_flash(r, path, "GroupsCreated");
	}
}
