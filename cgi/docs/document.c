/* A document (docs.h): {base}/d/ID shows it with its versions (who, when,
 * download, restore) and the form for a new version; {base}/d/ID/edit
 * changes title, description, field of action, tags and folder; delete
 * puts it in the bin, undelete takes it out; {base}/d/ID/v/N/restore
 * makes version N's file the newest version again (history is kept). */
#include <string.h>

#include "audit.h"
#include "docs.h"
#include "files.h"
#include "markdown.h"
#include "once.h"

static const struct kp_field edit_fields[] = {
    {"title", 4000, 0}, {"description", KP_MARKDOWN_MAX, KP_FIELD_MULTILINE},
    {"field", 20, 0},   {"tags", 4000, 0},
    {"folder", 20, 0},  {NULL, 0, 0},
};
static const struct kp_field no_fields[] = {{NULL, 0, 0}};
static const struct kp_field restore_fields[] = {{"once", 100, 0}, {NULL, 0, 0}};

void docs_document_page(struct kp_req *r, const struct docs_scope *s, const struct docs_document *d,
                        int status)
{
	struct docs_tree t;
	struct kp_rows v, f;
	int rc = docs_tree_load(r, s, &t);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &docs_sql[DOCS_VERSIONS], KP_ARGS(KP_INT(d->id)), &v);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &docs_sql[DOCS_FIELDS],
		                  KP_ARGS(KP_STR(r->lang), KP_INT(d->field_id)), &f);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	docs_crumbs(r, &t, d->folder_id);
	kp_set_int(r, "Page.Doc.Id", d->id);
	kp_set(r, "Page.Doc.Title", d->title);
	kp_set(r, "Page.Doc.Description", d->description);
	kp_set(r, "Page.Doc.Tags", d->tags);
	kp_set_time(r, "Page.Doc.Created", d->created_at);
	for (size_t i = 0; i < f.count; i++) {
		if (kp_cell_int(&f, i, 0) == d->field_id)
			kp_set(r, "Page.Doc.Field", kp_cell(&f, i, 1));
	}
	kp_set_int(r, "Page.Doc.CanManage", docs_may_manage(r, s, d->created_by));
	/* Reporting (report.c): anyone who reads it but its uploader, while
	 * somebody can still act on it. */
	kp_set_int(r, "Page.Doc.CanReport",
	           d->created_by != r->user.id && !s->access.archived && !s->access.looking_in);
	for (size_t i = 0; i < v.count; i++) {
		kp_setf(r, kp_cell(&v, i, 0), "Page.Versions.%zu.Id", i);
		kp_setf(r, kp_cell(&v, i, 1), "Page.Versions.%zu.Number", i);
		kp_setf(r, kp_cell(&v, i, 2), "Page.Versions.%zu.FileName", i);
		kp_setf(r, docs_size_text(r, kp_cell_int(&v, i, 4)), "Page.Versions.%zu.Size", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Versions.%zu.Created", i),
		            kp_cell(&v, i, 5));
		if (kp_cell(&v, i, 6)) {
			kp_setf(r, kp_cell(&v, i, 6), "Page.Versions.%zu.UserId", i);
			kp_setf(r, kp_cell(&v, i, 7), "Page.Versions.%zu.User", i);
		}
		if (kp_cell(&v, i, 8))
			kp_setf(r, kp_cell(&v, i, 8), "Page.Versions.%zu.RestoredFrom", i);
		if (kp_mime_inline(kp_cell(&v, i, 3)))
			kp_setf(r, "1", "Page.Versions.%zu.Viewable", i);
		if (i == 0)
			kp_setf(r, "1", "Page.Versions.%zu.Current", i);
	}
	const char *once = kp_form(r, "once");
	kp_set(r, "Page.Once", once && kp_once_valid(once) ? once : kp_once_new(r));
	/* Its own token: a restore and a new version from the same page are
	 * two different things to do once each. */
	kp_set(r, "Page.RestoreOnce", kp_once_new(r));
	kp_set(r, "Page.Title", d->title);
	kp_set_int(r, "Page.Script.Upload", s->access.write);
	kp_render(r, status, "docs/document.cs");
}

void docs_document_show(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_document d;
	if (!docs_scope_begin(r, args, &s) || docs_document_load(r, &s, s.args[0], 0, &d) <= 0)
		return;
	docs_document_page(r, &s, &d, 200);
}

/* The document of the route, which the user may manage (docs.h). */
static int managed(struct kp_req *r, const char *const *args, struct docs_scope *s,
                   struct docs_document *d, int deleted)
{
	if (!docs_scope_begin(r, args, s) || docs_document_load(r, s, s->args[0], deleted, d) <= 0)
		return 0;
	if (deleted && !d->deleted_at) {
		kp_redirect(r, kp_arena_printf(&r->arena, "%s/d/%lld", s->base, d->id));
		return 0;
	}
	if (!docs_may_manage(r, s, d->created_by)) {
		kp_error(r, 403);
		return 0;
	}
	return 1;
}

static void edit_page(struct kp_req *r, const struct docs_scope *s, const struct docs_document *d,
                      const struct docs_tree *t, int status)
{
	docs_folder_choices(r, t, 0);
	kp_set_int(r, "Page.Doc.Id", d->id);
	kp_set(r, "Page.Doc.Title", d->title);
	kp_set(r, "Page.Title", kp_t(r, "Docs.Edit.Title"));
	kp_set(r, "Page.Action", kp_arena_printf(&r->arena, "%s/d/%lld/edit", s->base, d->id));
	kp_render(r, status, "docs/edit.cs");
}

void docs_document_edit_form(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_document d;
	struct docs_tree t;
	if (!managed(r, args, &s, &d, 0))
		return;
	int rc = docs_tree_load(r, &s, &t);
	if (rc == KP_DB_OK)
		rc = docs_field_options(r);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_form_value(r, "title", d.title);
	kp_form_value(r, "description", d.description);
	kp_form_value(r, "tags", d.tags);
	kp_form_value(r, "field", kp_arena_printf(&r->arena, "%lld", d.field_id));
	kp_form_value(r, "folder", kp_arena_printf(&r->arena, "%lld", d.folder_id));
	edit_page(r, &s, &d, &t, 200);
}

static size_t chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

void docs_document_edit_submit(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_document d;
	struct docs_tree t;
	if (!docs_fields_ok(r, &r->form, edit_fields) || !managed(r, args, &s, &d, 0))
		return;
	int rc = docs_tree_load(r, &s, &t);
	if (rc == KP_DB_OK)
		rc = docs_field_options(r);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	const char *title = kp_form(r, "title");
	while (title && *title == ' ')
		title++;
	kp_form_value(r, "title", title ? title : "");
	if (!title || !*title)
		kp_form_error(r, "title", "Err.Required");
	else if (chars(title) > 200)
		kp_form_error(r, "title", "Err.TooLong");
	const char *desc = kp_form(r, "description");
	kp_form_value(r, "description", desc ? desc : "");
	const char *tags_in = kp_form(r, "tags");
	kp_form_value(r, "tags", tags_in ? tags_in : "");
	const char *tags = docs_tags_clean(r, tags_in ? tags_in : "");
	if (!tags)
		kp_form_error(r, "tags", "Err.TooLong");
	const char *fv = kp_form(r, "field");
	kp_form_value(r, "field", fv ? fv : "0");
	long long field = docs_field_arg(r, fv);
	if (field < 0)
		kp_form_error(r, "field", "Err.ChoiceInvalid");
	const char *fo = kp_form(r, "folder");
	kp_form_value(r, "folder", fo ? fo : "0");
	long long folder = docs_folder_arg(&t, fo);
	if (folder < 0)
		kp_form_error(r, "folder", "Err.ChoiceInvalid");
	if (kp_form_has_errors(r)) {
		edit_page(r, &s, &d, &t, 422);
		return;
	}
	unsigned long long changed = 0;
	rc = kp_db_exec(&docs_sql[DOCS_DOC_UPDATE],
	                KP_ARGS(KP_STR(title), desc && *desc ? KP_STR(desc) : KP_NULLV,
	                        field ? KP_INT(field) : KP_NULLV, KP_STR(tags),
	                        folder ? KP_INT(folder) : KP_NULLV, KP_INT(d.id)),
	                &changed, NULL);
	/* A folder deleted meanwhile: the foreign key says no. */
	if (rc == KP_DB_ERROR) {
		kp_redirect_flash(r, s.base, "DocsFolderChanged");
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "%s/d/%lld", s.base, d.id), "DocsSaved");
}

void docs_document_delete(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_document d;
	if (!docs_fields_ok(r, &r->form, no_fields) || !managed(r, args, &s, &d, 0))
		return;
	/* The trail says who deleted what: a moderator may delete a
	 * member's document. */
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&docs_sql[DOCS_DOC_DELETE],
		                KP_ARGS(KP_INT(r->user.id), KP_INT(d.id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_audit(r->user.id, r->remote_addr, "doc.deleted", d.id, d.title);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(
	    r, d.folder_id ? kp_arena_printf(&r->arena, "%s/f/%lld", s.base, d.folder_id) : s.base,
	    "DocsDeleted");
}

void docs_document_undelete(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_document d;
	if (!docs_fields_ok(r, &r->form, no_fields) || !managed(r, args, &s, &d, 1))
		return;
	/* What a moderator put in the bin (a reported document, say) only a
	 * moderator takes out: else its uploader could undo the decision. */
	if (!s.access.moderate && d.deleted_by != r->user.id) {
		kp_error(r, 403);
		return;
	}
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&docs_sql[DOCS_DOC_UNDELETE], KP_ARGS(KP_INT(d.id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_audit(r->user.id, r->remote_addr, "doc.restored", d.id, d.title);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, kp_arena_printf(&r->arena, "%s/d/%lld", s.base, d.id),
	                  "DocsUndeleted");
}

void docs_version_restore(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_document d;
	if (!docs_fields_ok(r, &r->form, restore_fields) || !docs_scope_begin(r, args, &s) ||
	    docs_document_load(r, &s, s.args[0], 0, &d) <= 0)
		return;
	long long number = kp_parse_id(s.args[1]);
	struct kp_rows v = {0};
	int rc = number > 0 ? kp_db_select(&r->arena, &docs_sql[DOCS_VERSION],
	                                   KP_ARGS(KP_INT(d.id), KP_INT(number)), &v)
	                    : KP_DB_OK;
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (v.count == 0) {
		kp_error(r, 404);
		return;
	}
	if (!s.access.write) {
		kp_error(r, 403);
		return;
	}
	const char *once = kp_form(r, "once");
	if (!once || !kp_once_valid(once)) {
		kp_error(r, 400);
		return;
	}
	/* A double click restores once, not twice. */
	const char *to = kp_arena_printf(&r->arena, "%s/d/%lld", s.base, d.id);
	docs_version_submit_once(r, once, d.id, kp_cell(&v, 0, 0), kp_cell(&v, 0, 1),
	                         kp_cell_int(&v, 0, 2), kp_cell(&v, 0, 3), number, to,
	                         "DocsVersionRestored");
}

void docs_version_submit_once(struct kp_req *r, const char *once, long long doc, const char *sha,
                              const char *mime, long long size, const char *filename,
                              long long restored_from, const char *to, const char *flash)
{
	const char *earlier = NULL;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_once_claim(r, once, &earlier);
	if (rc == KP_DB_OK)
		rc = docs_version_add(r, doc, sha, mime, size, filename, restored_from);
	if (rc == KP_DB_OK)
		rc = kp_once_done(r, once, to);
	rc = kp_db_end(rc);
	if (rc == KP_DB_DUPLICATE && earlier) {
		kp_redirect(r, *earlier ? earlier : to);
		return;
	}
	if (rc == DOCS_GONE) {
		kp_error(r, 404);
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, to, flash);
}
