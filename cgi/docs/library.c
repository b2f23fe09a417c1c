/* What members read in a library (docs.h): the top level and each folder
 * (its subfolders, then its documents, 50 a page), the search, and the
 * bin of deleted documents the user may restore. */
#include <string.h>

#include "docs.h"

/* ?page=N: 1 when absent; -1 when not a page number (404). */
static long long page_arg(struct kp_req *r)
{
	const char *p = kp_query(r, "page");
	if (!p)
		return 1;
	long long n = kp_parse_id(p);
	return n >= 1 ? n : -1;
}

static const char *library_title(struct kp_req *r, const struct docs_scope *s)
{
	if (!s->access.group_id)
		return kp_t(r, "Docs.Title.Network");
	return kp_arena_printf(&r->arena, "%s – %s", kp_t(r, "Docs.Title.Group"), s->access.name);
}

/* The folder (0: the top) with its subfolders and a page of documents. */
static void show(struct kp_req *r, const struct docs_scope *s, const struct docs_tree *t,
                 long long folder)
{
	long long page = page_arg(r);
	if (page < 0) {
		kp_error(r, 404);
		return;
	}
	struct kp_val fid = folder ? KP_INT(folder) : KP_NULLV;
	struct kp_rows c, d;
	int rc = kp_db_select(&r->arena, &docs_sql[DOCS_LIST_COUNT],
	                      KP_ARGS(docs_scope_gid(s), fid), &c);
	long long offset = 0;
	if (rc == KP_DB_OK) {
		long long total = kp_cell_int(&c, 0, 0);
		long long pages = total ? (total + DOCS_PER_PAGE - 1) / DOCS_PER_PAGE : 1;
		if (page > pages) {
			kp_error(r, 404);
			return;
		}
		offset = kp_pager(r, total, page, DOCS_PER_PAGE);
		rc = kp_db_select(
		    &r->arena, &docs_sql[DOCS_LIST],
		    KP_ARGS(docs_scope_gid(s), fid, KP_INT(DOCS_PER_PAGE), KP_INT(offset)), &d);
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	int n = 0;
	for (size_t i = 0; i < t->n; i++) {
		if (t->f[i].parent != folder)
			continue;
		kp_setf(r, kp_arena_printf(&r->arena, "%lld", t->f[i].id), "Page.Sub.%d.Id", n);
		kp_setf(r, t->f[i].name, "Page.Sub.%d.Name", n);
		n++;
	}
	docs_list_set(r, "Page.Docs.List", &d);
	const char *title = library_title(r, s);
	kp_set(r, "Page.Library", title);
	if (folder) {
		const struct docs_folder *f = docs_tree_find(t, folder);
		docs_crumbs(r, t, folder);
		kp_set_int(r, "Page.Folder.Id", folder);
		kp_set(r, "Page.Folder.Name", f->name);
		kp_set_int(r, "Page.Folder.CanManage", docs_may_manage(r, s, f->created_by));
		kp_set_int(r, "Page.Folder.CanNest",
		           s->access.write && docs_tree_depth(t, folder) < DOCS_MAX_DEPTH);
		kp_set(r, "Page.Folder.Link",
		       kp_arena_printf(&r->arena, "%s/f/%lld", s->base, folder));
		kp_set(r, "Page.Title", f->name);
	} else {
		kp_set_int(r, "Page.Folder.CanNest", s->access.write);
		kp_set(r, "Page.Folder.Link", s->base);
		kp_set(r, "Page.Title", title);
	}
	kp_render(r, 200, "docs/library.cs");
}

void docs_library(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_tree t;
	if (!docs_scope_begin(r, args, &s))
		return;
	int rc = docs_tree_load(r, &s, &t);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	show(r, &s, &t, 0);
}

void docs_folder_show(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_tree t;
	if (!docs_scope_begin(r, args, &s))
		return;
	int rc = docs_tree_load(r, &s, &t);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	long long id = docs_folder_arg(&t, s.args[0]);
	if (id <= 0) {
		kp_error(r, 404);
		return;
	}
	show(r, &s, &t, id);
}

/* A LIKE pattern for "contains q", with LIKE's own characters escaped. */
static const char *like_pattern(struct kp_req *r, const char *q)
{
	size_t n = strlen(q);
	char *p = kp_arena_alloc(&r->arena, 2 * n + 3);
	if (!p)
		return NULL;
	size_t o = 0;
	p[o++] = '%';
	for (size_t i = 0; i < n; i++) {
		if (q[i] == '%' || q[i] == '_' || q[i] == '\\')
			p[o++] = '\\';
		p[o++] = q[i];
	}
	p[o++] = '%';
	p[o] = '\0';
	return p;
}

/* ?q=WORDS[&all=1]: this library's documents, or (all=1) those of every
 * library the user may read — access.h's rule in SQL (KP_ACCESS_READABLE),
 * so a private group's documents are found by its members alone. */
void docs_search(struct kp_req *r, const char *const *args)
{
	static const struct kp_field fields[] = {
	    {"q", 200, 0}, {"all", 1, 0}, {"page", 20, 0}, {NULL, 0, 0}};
	struct docs_scope s;
	if (!docs_fields_ok(r, &r->query_params, fields) || !docs_scope_begin(r, args, &s))
		return;
	long long page = page_arg(r);
	const char *all_arg = kp_query(r, "all");
	if (page < 0 || (all_arg && strcmp(all_arg, "1") != 0)) {
		kp_error(r, page < 0 ? 404 : 400);
		return;
	}
	int all = all_arg != NULL;
	const char *q = kp_query(r, "q");
	while (q && *q == ' ')
		q++;
	kp_set(r, "Page.Library", library_title(r, &s));
	kp_set(r, "Page.Title", kp_t(r, "Docs.Search.Title"));
	kp_form_value(r, "q", q ? q : "");
	if (all)
		kp_form_value(r, "all", "1");
	if (!q || !*q) {
		kp_render(r, 200, "docs/search.cs");
		return;
	}
	const char *like = like_pattern(r, q);
	struct kp_val where = all ? KP_INT(r->user.id) : docs_scope_gid(&s);
	struct kp_rows c, d = {0};
	int rc = kp_db_select(&r->arena, &docs_sql[all ? DOCS_SEARCH_ALL_COUNT : DOCS_SEARCH_COUNT],
	                      KP_ARGS(where, KP_STR(q), KP_STR(like), KP_STR(like)), &c);
	if (rc == KP_DB_OK) {
		long long total = kp_cell_int(&c, 0, 0);
		long long pages = total ? (total + DOCS_PER_PAGE - 1) / DOCS_PER_PAGE : 1;
		if (page > pages) {
			kp_error(r, 404);
			return;
		}
		long long offset = kp_pager(r, total, page, DOCS_PER_PAGE);
		rc = kp_db_select(&r->arena, &docs_sql[all ? DOCS_SEARCH_ALL : DOCS_SEARCH],
		                  KP_ARGS(where, KP_STR(q), KP_STR(like), KP_STR(like), KP_STR(q),
		                          KP_INT(DOCS_PER_PAGE), KP_INT(offset)),
		                  &d);
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_set(r, "Page.Query", q);
	kp_set(
	    r, "Page.Pager.Query",
	    kp_arena_printf(&r->arena, "q=%s%s", kp_url_encode(&r->arena, q), all ? "&all=1" : ""));
	docs_list_set(r, "Page.Docs.List", &d);
	kp_render(r, 200, "docs/search.cs");
}

void docs_bin(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	if (!docs_scope_begin(r, args, &s))
		return;
	/* Only who may change the library has a bin: an archived group's
	 * documents stay where they are. */
	if (!s.access.write) {
		kp_error(r, 403);
		return;
	}
	struct kp_rows d;
	int rc = kp_db_select(
	    &r->arena, &docs_sql[DOCS_BIN],
	    KP_ARGS(docs_scope_gid(&s), KP_INT(s.access.moderate), KP_INT(r->user.id)), &d);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	docs_list_set(r, "Page.Docs.List", &d);
	kp_set(r, "Page.Library", library_title(r, &s));
	kp_set(r, "Page.Title", kp_t(r, "Docs.Bin.Title"));
	kp_render(r, 200, "docs/bin.cs");
}
