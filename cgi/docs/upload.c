/* Uploads (docs.h): {base}/upload?folder=ID takes one or several files
 * with a title (one file: its title; several: each is named after its
 * file), a description, a field of action and tags for all of them;
 * {base}/d/ID/version takes a new version of a document.
 *
 * All or nothing: every file is checked (cgi/core/files.h: the size limit
 * Files.MaxUploadBytes, name, extension and content must agree on the
 * allowlist, ZIP containers by what they declare), and one refused file
 * refuses the whole form with a reason per file. Then each file goes into
 * the store (temporary file, rename), and only then are the rows written,
 * in one transaction: a full disk leaves no row without its file, and
 * a failed transaction leaves at most stored files no row names, which
 * the sweeper removes a day later. */
#include <string.h>

#include "config.h"
#include "docs.h"
#include "files.h"
#include "markdown.h"
#include "once.h"

#define DOCS_MAX_FILES 20 /* files in one upload */

static const struct kp_field upload_fields[] = {
    {"file", 0, KP_FIELD_FILE | KP_FIELD_LIST},
    {"title", 4000, 0},
    {"description", KP_MARKDOWN_MAX, KP_FIELD_MULTILINE},
    {"field", 20, 0},
    {"tags", 4000, 0},
    {"folder", 20, 0},
    {"once", 100, 0},
    {NULL, 0, 0},
};
static const struct kp_field version_fields[] = {
    {"file", 0, KP_FIELD_FILE}, {"once", 100, 0}, {NULL, 0, 0}};

/* A file of the form, checked and then stored. */
struct docs_file {
	struct kp_upload up;
	struct kp_stored stored;
};

/* The message for a refusal (Lang.Docs.Refused.*). */
static const char *refusal_key(enum kp_upload_status st)
{
	switch (st) {
	case KP_UPLOAD_TOO_LARGE:
		return "Docs.Refused.TooLarge";
	case KP_UPLOAD_BAD_EXTENSION:
		return "Docs.Refused.Type";
	case KP_UPLOAD_DOUBLE_EXTENSION:
		return "Docs.Refused.DoubleExtension";
	case KP_UPLOAD_TYPE_MISMATCH:
		return "Docs.Refused.Mismatch";
	case KP_UPLOAD_TOO_MANY_PIXELS:
		return "Docs.Refused.Pixels";
	case KP_UPLOAD_BAD_IMAGE:
		return "Docs.Refused.BadImage";
	default:
		return "Docs.Refused.Empty";
	}
}

/* Checks every file part named "file": the checked files in files[],
 * their number in *n. A refused file adds Page.Refused.N.Name / .Reason
 * and the form error. Returns KP_DB_OK (also with refusals), or
 * KP_DB_ERROR when a check could not read its file. */
static int check_files(struct kp_req *r, struct docs_file *files, size_t *n)
{
	struct kp_upload_rules rules = {KP_UPLOAD_DOCUMENT, (size_t)kp_cfg.upload_max, 0};
	size_t refused = 0;
	*n = 0;
	for (const struct kp_param *p = r->form.head; p; p = p->next) {
		if (strcmp(p->name, "file") != 0 || !p->is_file || (!p->tmp_path && !*p->filename))
			continue;
		if (*n == DOCS_MAX_FILES) {
			kp_form_error(r, "file", "Docs.Err.TooManyFiles");
			return KP_DB_OK;
		}
		struct docs_file *f = &files[*n];
		enum kp_upload_status st = kp_upload_check(&r->arena, p, &rules, &f->up);
		const char *reason = NULL;
		if (st == KP_UPLOAD_IO || st == KP_UPLOAD_NO_SPACE)
			return KP_DB_ERROR;
		if (st != KP_UPLOAD_OK) {
			reason = refusal_key(st);
		} else {
			int z = kp_upload_zip_check(&f->up);
			if (z < 0)
				return KP_DB_ERROR;
			if (z == KP_ZIP_BOMB)
				reason = "Docs.Refused.Bomb";
			else if (z == KP_ZIP_MALFORMED)
				reason = "Docs.Refused.Mismatch";
		}
		if (reason) {
			kp_log_req(r, "upload refused: %s", reason);
			kp_setf(r, f->up.name ? f->up.name : "?", "Page.Refused.%zu.Name", refused);
			const char *text = kp_t(r, reason);
			if (st == KP_UPLOAD_TOO_LARGE)
				text = kp_arena_printf(&r->arena, "%s (%s)", text,
				                       docs_size_text(r, kp_cfg.upload_max));
			kp_setf(r, text, "Page.Refused.%zu.Reason", refused);
			refused++;
			continue;
		}
		(*n)++;
	}
	if (refused)
		kp_form_error(r, "file",
		              refused == 1 ? "Docs.Err.FileRefused" : "Docs.Err.FilesRefused");
	else if (*n == 0)
		kp_form_error(r, "file", "Docs.Err.NoFile");
	return KP_DB_OK;
}

/* Stores the checked files. KP_DB_OK; UPLOAD_NO_SPACE when the disk is
 * full (the page says so); KP_DB_ERROR otherwise. */
enum { UPLOAD_NO_SPACE = 1 };
static int store_files(struct kp_req *r, struct docs_file *files, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		enum kp_upload_status st = kp_upload_store(&files[i].up, NULL, 0, &files[i].stored);
		if (st == KP_UPLOAD_NO_SPACE) {
			kp_log_req(r, "upload: the file store is full");
			return UPLOAD_NO_SPACE;
		}
		if (st == KP_UPLOAD_BAD_IMAGE) {
			kp_setf(r, files[i].up.name, "Page.Refused.0.Name");
			kp_setf(r, kp_t(r, "Docs.Refused.BadImage"), "Page.Refused.0.Reason");
			kp_form_error(r, "file", "Docs.Err.FileRefused");
			return KP_DB_OK;
		}
		if (st != KP_UPLOAD_OK)
			return KP_DB_ERROR;
	}
	return KP_DB_OK;
}

/* The answer to a full store: the form again with a message that says
 * nothing was saved (507: the request may succeed later). */
static void no_space(struct kp_req *r)
{
	kp_set(r, "Page.Error", kp_t(r, "Docs.Err.NoSpace"));
}

static int form_prepare(struct kp_req *r, const struct docs_scope *s, struct docs_tree *t)
{
	int rc = docs_tree_load(r, s, t);
	if (rc == KP_DB_OK)
		rc = docs_field_options(r);
	if (rc == KP_DB_OK) {
		docs_folder_choices(r, t, 0);
		kp_set(r, "Page.MaxSize", docs_size_text(r, kp_cfg.upload_max));
	}
	return rc;
}

static void upload_page(struct kp_req *r, const struct docs_scope *s, int status)
{
	const char *once = kp_form(r, "once");
	kp_set(r, "Page.Once", once && kp_once_valid(once) ? once : kp_once_new(r));
	kp_set(r, "Page.Title", kp_t(r, "Docs.Upload.Title"));
	kp_set_int(r, "Page.Script.Upload", 1);
	kp_set(r, "Page.Action", kp_arena_printf(&r->arena, "%s/upload", s->base));
	kp_render(r, status, "docs/upload.cs");
}

void docs_upload_form(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_tree t;
	if (!docs_scope_begin(r, args, &s))
		return;
	if (!s.access.write) {
		kp_error(r, 403);
		return;
	}
	int rc = form_prepare(r, &s, &t);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	long long folder = docs_folder_arg(&t, kp_query(r, "folder"));
	if (folder < 0) {
		kp_error(r, 404);
		return;
	}
	kp_form_value(r, "folder", kp_arena_printf(&r->arena, "%lld", folder));
	upload_page(r, &s, 200);
}

static size_t chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* A file's name without its extension, as a title ("Protokoll 3.pdf" →
 * "Protokoll 3"); the whole name when that would leave nothing. */
static const char *title_of(struct kp_req *r, const char *name)
{
	const char *dot = strrchr(name, '.');
	if (!dot || dot == name)
		return name;
	const char *t = kp_arena_strndup(&r->arena, name, (size_t)(dot - name));
	return t ? t : name;
}

struct upload_input {
	const char *title, *description, *tags;
	long long field, folder;
};

static void read_input(struct kp_req *r, const struct docs_tree *t, struct upload_input *in)
{
	const char *v = kp_form(r, "title");
	in->title = v ? v : "";
	kp_form_value(r, "title", in->title);
	if (chars(in->title) > 200)
		kp_form_error(r, "title", "Err.TooLong");
	v = kp_form(r, "description");
	in->description = v ? v : "";
	kp_form_value(r, "description", in->description);
	v = kp_form(r, "tags");
	kp_form_value(r, "tags", v ? v : "");
	in->tags = docs_tags_clean(r, v ? v : "");
	if (!in->tags)
		kp_form_error(r, "tags", "Err.TooLong");
	v = kp_form(r, "field");
	kp_form_value(r, "field", v ? v : "0");
	in->field = docs_field_arg(r, v);
	if (in->field < 0)
		kp_form_error(r, "field", "Err.ChoiceInvalid");
	v = kp_form(r, "folder");
	kp_form_value(r, "folder", v ? v : "0");
	in->folder = docs_folder_arg(t, v);
	if (in->folder < 0)
		kp_form_error(r, "folder", "Err.ChoiceInvalid");
}

/* Writes the documents, their first versions and the group's notes. */
static int insert_documents(struct kp_req *r, const struct docs_scope *s,
                            const struct upload_input *in, const struct docs_file *files, size_t n,
                            unsigned long long *first)
{
	int rc = KP_DB_OK;
	for (size_t i = 0; rc == KP_DB_OK && i < n; i++) {
		const struct docs_file *f = &files[i];
		const char *title = n == 1 && *in->title ? in->title : title_of(r, f->up.name);
		unsigned long long doc = 0, ver = 0;
		rc = kp_db_exec(&docs_sql[DOCS_DOC_INSERT],
		                KP_ARGS(docs_scope_gid(s),
		                        in->folder ? KP_INT(in->folder) : KP_NULLV, KP_STR(title),
		                        *in->description ? KP_STR(in->description) : KP_NULLV,
		                        in->field ? KP_INT(in->field) : KP_NULLV, KP_STR(in->tags),
		                        KP_INT(r->user.id)),
		                NULL, &doc);
		if (rc == KP_DB_OK)
			rc = kp_db_exec(&docs_sql[DOCS_VERSION_INSERT],
			                KP_ARGS(KP_INT(doc), KP_INT(1), KP_STR(f->stored.sha256),
			                        KP_STR(f->stored.mime), KP_INT(f->stored.size),
			                        KP_STR(f->up.name), KP_NULLV, KP_INT(r->user.id)),
			                NULL, &ver);
		if (rc == KP_DB_OK)
			rc = kp_db_exec(&docs_sql[DOCS_DOC_SET_VERSION],
			                KP_ARGS(KP_INT(ver), KP_INT(1), KP_INT(doc)), NULL, NULL);
		if (rc == KP_DB_OK && s->access.group_id)
			rc = kp_db_exec(&docs_sql[DOCS_NOTIFY],
			                KP_ARGS(KP_INT(r->user.id), KP_INT(doc),
			                        KP_INT(s->access.group_id), KP_INT(r->user.id)),
			                NULL, NULL);
		if (i == 0)
			*first = doc;
	}
	return rc;
}

void docs_upload_submit(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_tree t;
	if (!docs_fields_ok(r, &r->form, upload_fields) || !docs_scope_begin(r, args, &s))
		return;
	if (!s.access.write) {
		kp_error(r, 403);
		return;
	}
	const char *once = kp_form(r, "once");
	if (!once || !kp_once_valid(once)) {
		kp_error(r, 400);
		return;
	}
	int rc = form_prepare(r, &s, &t);
	struct upload_input in;
	struct docs_file files[DOCS_MAX_FILES];
	size_t n = 0;
	if (rc == KP_DB_OK) {
		read_input(r, &t, &in);
		rc = check_files(r, files, &n);
	}
	if (rc == KP_DB_OK && !kp_form_has_errors(r))
		rc = store_files(r, files, n);
	if (rc == UPLOAD_NO_SPACE) {
		no_space(r);
		upload_page(r, &s, 507);
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (kp_form_has_errors(r)) {
		upload_page(r, &s, 422);
		return;
	}
	const char *earlier = NULL;
	unsigned long long first = 0;
	rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_once_claim(r, once, &earlier);
	if (rc == KP_DB_OK)
		rc = insert_documents(r, &s, &in, files, n, &first);
	const char *to = n == 1      ? kp_arena_printf(&r->arena, "%s/d/%llu", s.base, first)
	                 : in.folder ? kp_arena_printf(&r->arena, "%s/f/%lld", s.base, in.folder)
	                             : s.base;
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
	kp_log_req(r, "uploaded %zu document(s), first %llu", n, first);
	kp_redirect_flash(r, to, n == 1 ? "DocsUploaded" : "DocsUploadedMany");
}

int docs_version_add(struct kp_req *r, long long doc, const char *sha, const char *mime,
                     long long size, const char *filename, long long restored_from)
{
	struct kp_rows d;
	unsigned long long ver = 0;
	int rc = kp_db_select(&r->arena, &docs_sql[DOCS_DOC_LOCK], KP_ARGS(KP_INT(doc)), &d);
	if (rc == KP_DB_OK && (d.count == 0 || kp_cell(&d, 0, 1)))
		rc = DOCS_GONE;
	long long number = rc == KP_DB_OK ? kp_cell_int(&d, 0, 0) + 1 : 0;
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&docs_sql[DOCS_VERSION_INSERT],
		                KP_ARGS(KP_INT(doc), KP_INT(number), KP_STR(sha), KP_STR(mime),
		                        KP_INT(size), KP_STR(filename),
		                        restored_from ? KP_INT(restored_from) : KP_NULLV,
		                        KP_INT(r->user.id)),
		                NULL, &ver);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&docs_sql[DOCS_DOC_SET_VERSION],
		                KP_ARGS(KP_INT(ver), KP_INT(number), KP_INT(doc)), NULL, NULL);
	return rc;
}

void docs_version_submit(struct kp_req *r, const char *const *args)
{
	struct docs_scope s;
	struct docs_document d;
	if (!docs_fields_ok(r, &r->form, version_fields) || !docs_scope_begin(r, args, &s))
		return;
	if (docs_document_load(r, &s, s.args[0], 0, &d) <= 0)
		return;
	if (!s.access.write) {
		kp_error(r, 403);
		return;
	}
	const char *once = kp_form(r, "once");
	if (!once || !kp_once_valid(once)) {
		kp_error(r, 400);
		return;
	}
	struct docs_file files[DOCS_MAX_FILES];
	size_t n = 0;
	int rc = check_files(r, files, &n);
	if (rc == KP_DB_OK && !kp_form_has_errors(r))
		rc = store_files(r, files, n);
	if (rc == UPLOAD_NO_SPACE) {
		no_space(r);
		docs_document_page(r, &s, &d, 507);
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (kp_form_has_errors(r)) {
		docs_document_page(r, &s, &d, 422);
		return;
	}
	const char *to = kp_arena_printf(&r->arena, "%s/d/%lld", s.base, d.id);
	docs_version_submit_once(r, once, d.id, files[0].stored.sha256, files[0].stored.mime,
	                         (long long)files[0].stored.size, files[0].up.name, 0, to,
	                         "DocsVersionAdded");
}
