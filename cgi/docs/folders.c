/* Folders (docs.h): new ({base}/folders/new?parent=ID), rename and move
 * ({base}/f/ID/edit), delete when empty ({base}/f/ID/delete). Names are 1
 * to 120 characters of one line; folders nest DOCS_MAX_DEPTH deep; a
 * folder never moves into itself or below itself. */
#include <string.h>

#include "docs.h"
#include "once.h"

static const struct kp_field folder_fields[] = {
    {"name", 4000, 0}, {"parent", 20, 0}, {"once", 100, 0}, {NULL, 0, 0}};
static const struct kp_field no_fields[] = {{NULL, 0, 0}};

enum { FOLDER_MOVED_AWAY = 1, FOLDER_NOT_EMPTY };

static size_t chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* The name without blanks around it, checked (form error), or NULL. */
static const char *name_arg(struct kp_req *r)
{
	const char *v = kp_form(r, "name");
	if (!v)
		v = "";
	while (*v == ' ')
		v++;
	size_t n = strlen(v);
	while (n && v[n - 1] == ' ')
		n--;
	const char *name = kp_arena_strndup(&r->arena, v, n);
	kp_form_value(r, "name", name ? name : "");
	if (!name || !*name) {
		kp_form_error(r, "name", "Err.Required");
		return NULL;
	}
	if (chars(name) > 120) {
		kp_form_error(r, "name", "Err.TooLong");
		return NULL;
	}
	return name;
}

static void form_page(struct kp_req *r, const struct docs_scope *s, const struct docs_tree *t,
                      const struct docs_folder *f, int status)
{
	docs_folder_choices(r, t, f ? f->id : 0);
	kp_set(r, "Page.Action",
	       f ? kp_arena_printf(&r->arena, "%s/f/%lld/edit", s->base, f->id)
	         : kp_arena_printf(&r->arena, "%s/folders/new", s->base));
	if (f) {
		kp_set_int(r, "Page.Folder.Id", f->id);
		kp_set(r, "Page.Folder.Name", f->name);
		kp_set(r, "Page.Title", kp_t(r, "Docs.Folder.EditTitle"));
	} else {
		kp_set(r, "Page.Title", kp_t(r, "Docs.Folder.NewTitle"));
		const char *once = kp_form(r, "once");
		kp_set(r, "Page.Once", once && kp_once_valid(once) ? once : kp_once_new(r));
	}
	kp_render(r, status, "docs/folder_form.cs");
}

/* Loads scope and tree; answers itself and returns 0 on failure. */
static int begin(struct kp_req *r, const char *const *args, struct docs_scope *s,
                 struct docs_tree *t)
{
	if (!docs_scope_begin(r, args, s))
		return 0;
	int rc = docs_tree_load(r, s, t);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return 0;
	}
	return 1;
}

void docs_folder_new_form(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_tree t;
	if (!begin(r, args, &s, &t))
		return;
	if (!s.access.write) {
		kp_error(r, 403);
		return;
	}
	long long parent = docs_folder_arg(&t, kp_query(r, "parent"));
	if (parent < 0) {
		kp_error(r, 404);
		return;
	}
	kp_form_value(r, "parent", kp_arena_printf(&r->arena, "%lld", parent));
	form_page(r, &s, &t, NULL, 200);
}

void docs_folder_new_submit(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_tree t;
	if (!docs_fields_ok(r, &r->form, folder_fields) || !begin(r, args, &s, &t))
		return;
	if (!s.access.write) {
		kp_error(r, 403);
		return;
	}
	const char *name = name_arg(r);
	long long parent = docs_folder_arg(&t, kp_form(r, "parent"));
	kp_form_value(r, "parent", kp_form(r, "parent"));
	if (parent < 0)
		kp_form_error(r, "parent", "Err.ChoiceInvalid");
	else if (docs_tree_depth(&t, parent) >= DOCS_MAX_DEPTH)
		kp_form_error(r, "parent", "Docs.Err.TooDeep");
	const char *once = kp_form(r, "once");
	if (!once || !kp_once_valid(once)) {
		kp_error(r, 400);
		return;
	}
	if (!name || kp_form_has_errors(r)) {
		form_page(r, &s, &t, NULL, 422);
		return;
	}
	const char *earlier = NULL;
	unsigned long long id = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_once_claim(r, once, &earlier);
	/* The parent locked: a delete of it meanwhile either waits for this
	 * folder or has happened (then the insert fails on the key). */
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &docs_sql[DOCS_FOLDER_LOCK],
		                  KP_ARGS(docs_scope_gid(&s)), &(struct kp_rows){0});
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&docs_sql[DOCS_FOLDER_INSERT],
		                KP_ARGS(docs_scope_gid(&s), parent ? KP_INT(parent) : KP_NULLV,
		                        KP_STR(name), KP_INT(r->user.id)),
		                NULL, &id);
	const char *to = kp_arena_printf(&r->arena, "%s/f/%llu", s.base, id);
	if (rc == KP_DB_OK)
		rc = kp_once_done(r, once, to);
	rc = kp_db_end(rc);
	if (rc == KP_DB_DUPLICATE && earlier) {
		kp_redirect(r, *earlier ? earlier : s.base);
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, to, "DocsFolderCreated");
}

/* The folder of the route, which the user may manage: answers and
 * returns NULL otherwise. */
static const struct docs_folder *managed(struct kp_req *r, const struct docs_scope *s,
                                         const struct docs_tree *t)
{
	long long id = docs_folder_arg(t, s->args[0]);
	const struct docs_folder *f = id > 0 ? docs_tree_find(t, id) : NULL;
	if (!f) {
		kp_error(r, 404);
		return NULL;
	}
	if (!docs_may_manage(r, s, f->created_by)) {
		kp_error(r, 403);
		return NULL;
	}
	return f;
}

void docs_folder_edit_form(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_tree t;
	if (!begin(r, args, &s, &t))
		return;
	const struct docs_folder *f = managed(r, &s, &t);
	if (!f)
		return;
	kp_form_value(r, "name", f->name);
	kp_form_value(r, "parent", kp_arena_printf(&r->arena, "%lld", f->parent));
	form_page(r, &s, &t, f, 200);
}

void docs_folder_edit_submit(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_tree t;
	if (!docs_fields_ok(r, &r->form, folder_fields) || !begin(r, args, &s, &t))
		return;
	const struct docs_folder *f = managed(r, &s, &t);
	if (!f)
		return;
	const char *name = name_arg(r);
	long long parent = docs_folder_arg(&t, kp_form(r, "parent"));
	kp_form_value(r, "parent", kp_form(r, "parent"));
	if (parent < 0)
		kp_form_error(r, "parent", "Err.ChoiceInvalid");
	else if (parent && docs_tree_within(&t, parent, f->id))
		kp_form_error(r, "parent", "Docs.Err.IntoItself");
	else if (docs_tree_depth(&t, parent) + 1 + docs_tree_height(&t, f->id) > DOCS_MAX_DEPTH)
		kp_form_error(r, "parent", "Docs.Err.TooDeep");
	if (!name || kp_form_has_errors(r)) {
		form_page(r, &s, &t, f, 422);
		return;
	}
	/* The tree locked and read again: two moves at once (A into B, B
	 * into A) must not both pass the check above. */
	struct docs_tree now;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &docs_sql[DOCS_FOLDER_LOCK],
		                  KP_ARGS(docs_scope_gid(&s)), &(struct kp_rows){0});
	if (rc == KP_DB_OK)
		rc = docs_tree_load(r, &s, &now);
	if (rc == KP_DB_OK &&
	    (!docs_tree_find(&now, f->id) || (parent && !docs_tree_find(&now, parent)) ||
	     (parent && docs_tree_within(&now, parent, f->id)) ||
	     docs_tree_depth(&now, parent) + 1 + docs_tree_height(&now, f->id) > DOCS_MAX_DEPTH))
		rc = FOLDER_MOVED_AWAY;
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&docs_sql[DOCS_FOLDER_UPDATE],
		                KP_ARGS(KP_STR(name), parent ? KP_INT(parent) : KP_NULLV,
		                        KP_INT(f->id), docs_scope_gid(&s)),
		                NULL, NULL);
	rc = kp_db_end(rc);
	const char *to = kp_arena_printf(&r->arena, "%s/f/%lld", s.base, f->id);
	if (rc == FOLDER_MOVED_AWAY) {
		kp_redirect_flash(r, s.base, "DocsFolderChanged");
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, to, "DocsFolderSaved");
}

void docs_folder_delete(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_tree t;
	if (!docs_fields_ok(r, &r->form, no_fields) || !begin(r, args, &s, &t))
		return;
	const struct docs_folder *f = managed(r, &s, &t);
	if (!f)
		return;
	/* Empty means: no folders and no documents outside the bin. The bin's
	 * documents of the folder move up to its parent, so that they can
	 * still be restored. */
	struct kp_rows sub, docs;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &docs_sql[DOCS_FOLDER_LOCK],
		                  KP_ARGS(docs_scope_gid(&s)), &(struct kp_rows){0});
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &docs_sql[DOCS_FOLDER_CHILDREN],
		                  KP_ARGS(KP_INT(f->id)), &sub);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &docs_sql[DOCS_FOLDER_DOCS], KP_ARGS(KP_INT(f->id)),
		                  &docs);
	if (rc == KP_DB_OK && (kp_cell_int(&sub, 0, 0) || kp_cell_int(&docs, 0, 0)))
		rc = FOLDER_NOT_EMPTY;
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&docs_sql[DOCS_FOLDER_BIN_UP],
		                KP_ARGS(f->parent ? KP_INT(f->parent) : KP_NULLV, KP_INT(f->id)),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&docs_sql[DOCS_FOLDER_DELETE],
		                KP_ARGS(KP_INT(f->id), docs_scope_gid(&s)), NULL, NULL);
	rc = kp_db_end(rc);
	const char *here = kp_arena_printf(&r->arena, "%s/f/%lld", s.base, f->id);
	if (rc == FOLDER_NOT_EMPTY) {
		kp_redirect_flash(r, here, "DocsFolderNotEmpty");
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(
	    r, f->parent ? kp_arena_printf(&r->arena, "%s/f/%lld", s.base, f->parent) : s.base,
	    "DocsFolderDeleted");
}
