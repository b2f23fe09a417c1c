/* The library of a docs request, its folders and documents (docs.h). */
#include <stdio.h>
#include <string.h>

#include "docs.h"

int docs_scope_begin(struct kp_req *r, const char *const *args, struct docs_scope *s)
{
	memset(s, 0, sizeof(*s));
	return kp_access_part(r, "docs", "Page.Docs", args, &s->access, &s->args, &s->base);
}

struct kp_val docs_scope_gid(const struct docs_scope *s)
{
	return s->access.group_id ? KP_INT(s->access.group_id) : KP_NULLV;
}

int docs_may_manage(struct kp_req *r, const struct docs_scope *s, long long created_by)
{
	return s->access.moderate || (s->access.write && created_by == r->user.id);
}

int docs_fields_ok(struct kp_req *r, const struct kp_params *p, const struct kp_field *fields)
{
	const char *bad = NULL;
	if (kp_fields_check(p, fields, &bad) == 0)
		return 1;
	kp_log_req(r, "refused field %s on %s", bad ? bad : "?", r->route);
	kp_error(r, 400);
	return 0;
}

/* ---- folders ------------------------------------------------------------- */

int docs_tree_load(struct kp_req *r, const struct docs_scope *s, struct docs_tree *t)
{
	struct kp_rows f;
	memset(t, 0, sizeof(*t));
	int rc = kp_db_select(&r->arena, &docs_sql[DOCS_FOLDERS], KP_ARGS(docs_scope_gid(s)), &f);
	if (rc != KP_DB_OK)
		return rc;
	t->f = kp_arena_alloc(&r->arena, (f.count ? f.count : 1) * sizeof(*t->f));
	if (!t->f)
		return KP_DB_ERROR;
	for (size_t i = 0; i < f.count; i++) {
		t->f[i].id = kp_cell_int(&f, i, 0);
		t->f[i].parent = kp_cell_int(&f, i, 1);
		t->f[i].name = kp_cell(&f, i, 2);
		t->f[i].created_by = kp_cell_int(&f, i, 3);
	}
	t->n = f.count;
	return KP_DB_OK;
}

const struct docs_folder *docs_tree_find(const struct docs_tree *t, long long id)
{
	for (size_t i = 0; id > 0 && i < t->n; i++) {
		if (t->f[i].id == id)
			return &t->f[i];
	}
	return NULL;
}

/* Walks up at most t->n steps, so a cycle in the rows (which the moves
 * never make) cannot loop forever. */
int docs_tree_within(const struct docs_tree *t, long long id, long long ancestor)
{
	for (size_t steps = 0; id > 0 && steps <= t->n; steps++) {
		if (id == ancestor)
			return 1;
		const struct docs_folder *f = docs_tree_find(t, id);
		id = f ? f->parent : 0;
	}
	return 0;
}

int docs_tree_depth(const struct docs_tree *t, long long id)
{
	int d = 0;
	for (size_t steps = 0; id > 0 && steps <= t->n; steps++) {
		const struct docs_folder *f = docs_tree_find(t, id);
		if (!f)
			break;
		d++;
		id = f->parent;
	}
	return d;
}

int docs_tree_height(const struct docs_tree *t, long long id)
{
	int h = 0, base = docs_tree_depth(t, id);
	for (size_t i = 0; i < t->n; i++) {
		if (t->f[i].id != id && docs_tree_within(t, t->f[i].id, id)) {
			int d = docs_tree_depth(t, t->f[i].id) - base;
			if (d > h)
				h = d;
		}
	}
	return h;
}

void docs_crumbs(struct kp_req *r, const struct docs_tree *t, long long id)
{
	/* HDF keeps children in the order they were set: the chain is
	 * collected from the folder up, then set from the top down. */
	const struct docs_folder *chain[DOCS_MAX_DEPTH + 1];
	int n = 0;
	for (const struct docs_folder *f = docs_tree_find(t, id); f && n <= DOCS_MAX_DEPTH;
	     f = docs_tree_find(t, f->parent))
		chain[n++] = f;
	for (int i = 0; i < n; i++) {
		const struct docs_folder *f = chain[n - 1 - i];
		kp_setf(r, kp_arena_printf(&r->arena, "%lld", f->id), "Page.Crumbs.%d.Id", i);
		kp_setf(r, f->name, "Page.Crumbs.%d.Name", i);
		if (i == n - 1)
			kp_setf(r, "1", "Page.Crumbs.%d.Last", i);
	}
}

/* Depth-first from parent, so that a folder follows its parent. */
static void choices_under(struct kp_req *r, const struct docs_tree *t, long long parent,
                          long long skip, int depth, int *n)
{
	for (size_t i = 0; i < t->n && depth < DOCS_MAX_DEPTH + 1; i++) {
		const struct docs_folder *f = &t->f[i];
		if (f->parent != parent || (skip && f->id == skip))
			continue;
		char indent[3 * DOCS_MAX_DEPTH + 1] = "";
		for (int d = 0; d < depth && d < DOCS_MAX_DEPTH; d++)
			memcpy(indent + 3 * d, "\xc2\xb7 ", 3); /* "· " */
		indent[3 * (depth < DOCS_MAX_DEPTH ? depth : DOCS_MAX_DEPTH)] = '\0';
		kp_setf(r, kp_arena_printf(&r->arena, "%lld", f->id), "Page.Folders.%d.Id", *n);
		kp_setf(r, kp_arena_printf(&r->arena, "%s%s", indent, f->name),
		        "Page.Folders.%d.Label", *n);
		(*n)++;
		choices_under(r, t, f->id, skip, depth + 1, n);
	}
}

void docs_folder_choices(struct kp_req *r, const struct docs_tree *t, long long skip)
{
	int n = 0;
	choices_under(r, t, 0, skip, 0, &n);
}

long long docs_folder_arg(const struct docs_tree *t, const char *v)
{
	if (!v || !*v || strcmp(v, "0") == 0)
		return 0;
	long long id = kp_parse_id(v);
	return id > 0 && docs_tree_find(t, id) ? id : -1;
}

/* ---- documents ----------------------------------------------------------- */

int docs_document_load(struct kp_req *r, const struct docs_scope *s, const char *id, int deleted_ok,
                       struct docs_document *out)
{
	memset(out, 0, sizeof(*out));
	long long n = kp_parse_id(id);
	struct kp_rows d = {0};
	int rc =
	    n > 0 ? kp_db_select(&r->arena, &docs_sql[DOCS_DOC], KP_ARGS(KP_INT(n)), &d) : KP_DB_OK;
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return -1;
	}
	/* Another library's document is not found here; a deleted one only
	 * where deleted_ok, and only while it can still be restored. */
	if (d.count == 0 || kp_cell_int(&d, 0, 1) != s->access.group_id ||
	    (kp_cell(&d, 0, 12) && (!deleted_ok || kp_cell_int(&d, 0, 13) != 1))) {
		kp_error(r, 404);
		return 0;
	}
	out->id = kp_cell_int(&d, 0, 0);
	out->group_id = kp_cell_int(&d, 0, 1);
	out->folder_id = kp_cell_int(&d, 0, 2);
	out->field_id = kp_cell_int(&d, 0, 3);
	out->created_by = kp_cell_int(&d, 0, 4);
	out->current_version_id = kp_cell_int(&d, 0, 5);
	out->version_count = kp_cell_int(&d, 0, 6);
	out->title = kp_cell(&d, 0, 7);
	out->description = kp_cell(&d, 0, 8);
	out->tags = kp_cell(&d, 0, 9);
	out->created_at = kp_cell(&d, 0, 10);
	out->updated_at = kp_cell(&d, 0, 11);
	out->deleted_at = kp_cell(&d, 0, 12);
	out->deleted_by = kp_cell_int(&d, 0, 14);
	return 1;
}

const char *docs_tags_clean(struct kp_req *r, const char *in)
{
	size_t n = strlen(in);
	char *out = kp_arena_alloc(&r->arena, n + 1);
	if (!out)
		return NULL;
	size_t o = 0, chars = 0;
	const char *p = in;
	while (*p) {
		while (*p == ',' || *p == ' ')
			p++;
		const char *start = p;
		while (*p && *p != ',')
			p++;
		const char *end = p;
		while (end > start && end[-1] == ' ')
			end--;
		if (end == start)
			continue;
		if (o) {
			memcpy(out + o, ", ", 2);
			o += 2;
		}
		memcpy(out + o, start, (size_t)(end - start));
		o += (size_t)(end - start);
	}
	out[o] = '\0';
	for (size_t i = 0; i < o; i++)
		chars += ((unsigned char)out[i] & 0xC0) != 0x80;
	return chars <= 255 ? out : NULL;
}

const char *docs_size_text(struct kp_req *r, long long bytes)
{
	/* Binary units under the names people know from their file managers
	 * (the limit of 52428800 bytes is "50 MB"); one decimal below 10. */
	int de = strcmp(r->lang, "en") != 0;
	const char *s;
	double kb = (double)bytes / 1024.0, mb = kb / 1024.0;
	if (bytes < 1024)
		s = kp_arena_printf(&r->arena, "%lld B", bytes);
	else if (kb < 1024)
		s = kp_arena_printf(&r->arena, kb < 10 ? "%.1f KB" : "%.0f KB", kb);
	else
		s = kp_arena_printf(&r->arena, mb < 10 ? "%.1f MB" : "%.0f MB", mb);
	if (de && s) {
		char *c = strchr(s, '.');
		if (c)
			*c = ',';
	}
	return s ? s : "";
}

/* The short name of a type for people ("PDF", "Word", ...). */
static const char *kind_of(const char *mime)
{
	static const struct {
		const char *prefix, *kind;
	} kinds[] = {
	    {"application/pdf", "PDF"},
	    {"application/msword", "Word"},
	    {"application/vnd.openxmlformats-officedocument.wordprocessingml", "Word"},
	    {"application/vnd.ms-excel", "Excel"},
	    {"application/vnd.openxmlformats-officedocument.spreadsheetml", "Excel"},
	    {"application/vnd.ms-powerpoint", "PowerPoint"},
	    {"application/vnd.openxmlformats-officedocument.presentationml", "PowerPoint"},
	    {"application/vnd.oasis.opendocument.text", "ODT"},
	    {"application/vnd.oasis.opendocument.spreadsheet", "ODS"},
	    {"application/vnd.oasis.opendocument.presentation", "ODP"},
	    {"text/csv", "CSV"},
	    {"text/plain", "Text"},
	    {"image/jpeg", "JPEG"},
	    {"image/png", "PNG"},
	    {"image/webp", "WebP"},
	    {"image/gif", "GIF"},
	};
	for (size_t i = 0; mime && i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		if (strncmp(mime, kinds[i].prefix, strlen(kinds[i].prefix)) == 0)
			return kinds[i].kind;
	}
	return "?";
}

void docs_list_set(struct kp_req *r, const char *prefix, const struct kp_rows *d)
{
	for (size_t i = 0; i < d->count; i++) {
		kp_setf(r, kp_cell(d, i, DL_ID), "%s.%zu.Id", prefix, i);
		kp_setf(r, kp_cell(d, i, DL_TITLE), "%s.%zu.Title", prefix, i);
		kp_setf(r, kp_cell(d, i, DL_FILENAME), "%s.%zu.FileName", prefix, i);
		kp_setf(r, kind_of(kp_cell(d, i, DL_MIME)), "%s.%zu.Kind", prefix, i);
		kp_setf(r, docs_size_text(r, kp_cell_int(d, i, DL_SIZE)), "%s.%zu.Size", prefix, i);
		kp_setf(r, kp_cell(d, i, DL_VERSIONS), "%s.%zu.Versions", prefix, i);
		if (kp_cell(d, i, DL_USER_ID)) {
			kp_setf(r, kp_cell(d, i, DL_USER_ID), "%s.%zu.UserId", prefix, i);
			kp_setf(r, kp_cell(d, i, DL_USER), "%s.%zu.User", prefix, i);
		}
		kp_set_time(r, kp_arena_printf(&r->arena, "%s.%zu.Updated", prefix, i),
		            kp_cell(d, i, DL_UPDATED));
		/* Rows of every library (the search in all of them) link to
		 * their own library and name it. */
		if (d->cols > DL_GROUP_NAME) {
			const char *slug = kp_cell(d, i, DL_GROUP_SLUG);
			kp_setf(r, slug ? kp_arena_printf(&r->arena, "/g/%s/docs", slug) : "/docs",
			        "%s.%zu.Base", prefix, i);
			kp_setf(r,
			        slug ? kp_cell(d, i, DL_GROUP_NAME) : kp_t(r, "Docs.Title.Network"),
			        "%s.%zu.Library", prefix, i);
		}
		if (kp_cell(d, i, DL_DELETED))
			kp_set_time(r, kp_arena_printf(&r->arena, "%s.%zu.Deleted", prefix, i),
			            kp_cell(d, i, DL_DELETED));
	}
}

int docs_field_options(struct kp_req *r)
{
	struct kp_rows f;
	int rc = kp_db_select(&r->arena, &docs_sql[DOCS_FIELDS],
	                      KP_ARGS(KP_STR(r->lang), KP_INT(0)), &f);
	if (rc != KP_DB_OK)
		return rc;
	kp_set(r, "Page.FieldOptions.0", kp_t(r, "Docs.Field.NoField"));
	for (size_t i = 0; i < f.count; i++)
		kp_setf(r, kp_cell(&f, i, 1), "Page.FieldOptions.%s", kp_cell(&f, i, 0));
	return KP_DB_OK;
}

long long docs_field_arg(struct kp_req *r, const char *v)
{
	if (!v || !*v || strcmp(v, "0") == 0)
		return 0;
	long long id = kp_parse_id(v);
	if (id <= 0)
		return -1;
	const char *known = kp_get(r, kp_arena_printf(&r->arena, "Page.FieldOptions.%lld", id));
	return known ? id : -1;
}
