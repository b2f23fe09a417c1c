/* docs: the network's library (/docs/...) and every group's library
 * (/g/SLUG/docs/...), one program, the same handlers for both, and the
 * downloads of their files (/files/VERSION).
 *
 * Parts (statements of all in docs_sql.c):
 *   scope.c     the library of a request and what the user may do there
 *               (cgi/core/access.h decides; nothing here adds a rule),
 *               loading folders and documents with the scope check
 *   library.c   {base}: the top level; {base}/f/ID: a folder; search;
 *               {base}/bin: what the user may restore
 *   folders.c   new, rename/move, delete when empty
 *   upload.c    one or several files into a folder; a new version
 *   document.c  a document with its versions; edit, move, delete, restore
 *   download.c  /files/VERSION (X-Accel-Redirect), a folder as a ZIP
 *   report.c    {base}/d/ID/report: a reader reports a document;
 *               {base}/reports: the library's open reports for its
 *               moderators, /reports/ID/resolve (as the forum's)
 *
 * Who may (beyond reading, which is access.read):
 *   upload, new version, restore a version, new folder   access.write
 *   edit, move, delete, undelete a document; rename, move,
 *   delete a folder          its creator (with access.write), or
 *                            access.moderate (group owners and moderators;
 *                            site moderators and admins in the network's);
 *                            undelete: the creator only what they deleted
 *                            themselves (a moderator's decision stands)
 * Site admins have no rights of their own inside a group (access.h), so a
 * group's bin is its uploaders', owners' and moderators' alone.
 * An item of another library is not found (404); so is a deleted document
 * anywhere but in the bin. What the user may not know of (a private
 * group) is 404; a closed group's library for a non-member is 403, as in
 * the forum. A download of something the user may not read is 404: a
 * file's URL tells nothing. */
#ifndef KP_DOCS_H
#define KP_DOCS_H
#include "access.h"
#include "app.h"
#include "db.h"
#include "view.h"

#define DOCS_PER_PAGE         50 /* documents on a folder or search page */
#define DOCS_MAX_DEPTH        8  /* folders inside folders */
#define DOCS_BIN_DAYS         30 /* days a deleted document can be restored */
#define DOCS_ZIP_MAX_BYTES    (1ull << 30)
#define DOCS_ZIP_MAX_FILES    2000
#define DOCS_REPORT_MIN       5 /* characters of a report's reason, as the forum's */
#define DOCS_REPORT_MAX       1000
#define DOCS_REPORTS_PER_PAGE 30

struct docs_scope {
	struct kp_access access;
	const char *base;        /* "/docs" or "/g/SLUG/docs" (arena) */
	const char *const *args; /* the route's arguments after the group's slug */
};

/* Both URL forms of one route: /docs TAIL and /g/SLUG/docs TAIL. */
#define DOCS_ROUTE(method, tail, handler, flags)                                                   \
	{method, "/docs" tail, handler, flags},                                                    \
	{                                                                                          \
		method, "/g/*/docs" tail, handler, flags                                           \
	}

/* Every library handler starts here: resolves the library from the path,
 * asks access, answers itself (404, 403, 503) when the user may not read
 * there and returns 0. Sets Page.Docs.Base, .Group.*, .CanWrite,
 * .CanModerate. */
int docs_scope_begin(struct kp_req *r, const char *const *args, struct docs_scope *s);
/* The library's group as a statement argument: NULL for the network. */
struct kp_val docs_scope_gid(const struct docs_scope *s);
/* 1 when the user created it (and may still write) or moderates. */
int docs_may_manage(struct kp_req *r, const struct docs_scope *s, long long created_by);
/* Checks the declared fields; answers 400 itself and returns 0. */
int docs_fields_ok(struct kp_req *r, const struct kp_params *p, const struct kp_field *fields);

/* The library's folders, loaded at once (one indexed read; a library has
 * tens to hundreds), for crumbs, choosers, cycles and ZIPs. */
struct docs_folder {
	long long id, parent, created_by;
	const char *name;
};
struct docs_tree {
	size_t n;
	struct docs_folder *f;
};
int docs_tree_load(struct kp_req *r, const struct docs_scope *s, struct docs_tree *t);
const struct docs_folder *docs_tree_find(const struct docs_tree *t, long long id);
/* 1 when folder id is ancestor itself or inside it. */
int docs_tree_within(const struct docs_tree *t, long long id, long long ancestor);
/* Levels from the top (a top-level folder is 1); 0 for the top. */
int docs_tree_depth(const struct docs_tree *t, long long id);
/* Levels below the folder (0 when it has no subfolders). */
int docs_tree_height(const struct docs_tree *t, long long id);
/* Page.Crumbs.N.Id / .Name from the top down to folder id (inclusive). */
void docs_crumbs(struct kp_req *r, const struct docs_tree *t, long long id);
/* Page.Folders.N.Id / .Label: every folder, indented by depth, for a
 * <select>; without skip's subtree (0: nothing skipped). */
void docs_folder_choices(struct kp_req *r, const struct docs_tree *t, long long skip);

/* A folder id from a form or query: "", "0" or absent is the top (0); a
 * folder of this library its id; anything else -1. */
long long docs_folder_arg(const struct docs_tree *t, const char *v);

struct docs_document {
	long long id, group_id, folder_id, field_id, created_by, current_version_id, version_count;
	long long deleted_by; /* 0: not deleted, or by an account now gone */
	const char *title, *description, *tags, *created_at, *updated_at, *deleted_at;
};
/* Loads a document of this library by id: 1 found; 0 not there (404 sent)
 * — a deleted one too unless deleted_ok; -1 the database failed (sent). */
int docs_document_load(struct kp_req *r, const struct docs_scope *s, const char *id, int deleted_ok,
                       struct docs_document *out);

/* A new version of document doc, inside the caller's transaction: the
 * document locked, its number the next one, made the current one.
 * DOCS_GONE when the document went to the bin meanwhile. */
#define DOCS_GONE 1
int docs_version_add(struct kp_req *r, long long doc, const char *sha, const char *mime,
                     long long size, const char *filename, long long restored_from);
/* docs_version_add in its own transaction, guarded by the form's one-time
 * token (once), then the answer: to `to` with flash; a repeated form to
 * where the first one led; 404 when the document went to the bin. */
void docs_version_submit_once(struct kp_req *r, const char *once, long long doc, const char *sha,
                              const char *mime, long long size, const char *filename,
                              long long restored_from, const char *to, const char *flash);
/* The document page (document.c), also after a refused new version. */
void docs_document_page(struct kp_req *r, const struct docs_scope *s, const struct docs_document *d,
                        int status);

/* Tags as typed ("a, b ,,c") as they are kept ("a, b, c"), in the arena;
 * NULL when they would not fit in 255 characters. */
const char *docs_tags_clean(struct kp_req *r, const char *in);

/* Page.Docs.N.* for a list of documents (columns of DOCS_LIST_COLS). */
void docs_list_set(struct kp_req *r, const char *prefix, const struct kp_rows *rows);
/* "12,3 MB" for people. */
const char *docs_size_text(struct kp_req *r, long long bytes);

/* Page.FieldOptions (fields of action, for the select) */
int docs_field_options(struct kp_req *r);
/* A field of action from the form: "" → 0; an offered id; else -1. */
long long docs_field_arg(struct kp_req *r, const char *v);

/* Statements. */
enum docs_stmt {
	DOCS_FOLDERS,
	DOCS_FOLDER_INSERT,
	DOCS_FOLDER_UPDATE,
	DOCS_FOLDER_LOCK,
	DOCS_FOLDER_CHILDREN,
	DOCS_FOLDER_DOCS,
	DOCS_FOLDER_BIN_UP,
	DOCS_FOLDER_DELETE,
	DOCS_LIST,
	DOCS_LIST_COUNT,
	DOCS_SEARCH,
	DOCS_SEARCH_COUNT,
	DOCS_SEARCH_ALL,
	DOCS_SEARCH_ALL_COUNT,
	DOCS_BIN,
	DOCS_DOC,
	DOCS_DOC_LOCK,
	DOCS_DOC_INSERT,
	DOCS_DOC_UPDATE,
	DOCS_DOC_SET_VERSION,
	DOCS_DOC_DELETE,
	DOCS_DOC_UNDELETE,
	DOCS_VERSIONS,
	DOCS_VERSION,
	DOCS_VERSION_INSERT,
	DOCS_VERSION_FILE,
	DOCS_NOTIFY,
	DOCS_FIELDS,
	DOCS_ZIP_FILES,
	DOCS_REPORT_OPEN_OF,
	DOCS_REPORT_INSERT,
	DOCS_REPORTS_COUNT,
	DOCS_REPORTS_LIST,
	DOCS_REPORT_LOAD,
	DOCS_REPORT_RESOLVE,
	DOCS_COUNT_STMTS
};
extern struct kp_sql docs_sql[DOCS_COUNT_STMTS];

/* Columns of DOCS_LIST, DOCS_SEARCH and DOCS_BIN; DOCS_SEARCH_ALL adds
 * DL_GROUP_SLUG and DL_GROUP_NAME (NULL for the network's library). */
enum {
	DL_ID,
	DL_TITLE,
	DL_FOLDER,
	DL_UPDATED,
	DL_FILENAME,
	DL_MIME,
	DL_SIZE,
	DL_VERSIONS,
	DL_USER_ID,
	DL_USER,
	DL_DELETED,
	DL_CREATED_BY,
	DL_GROUP_SLUG,
	DL_GROUP_NAME,
	DL_COLS
};

/* Handlers. */
void docs_library(struct kp_req *r, const char *const *args);
void docs_folder_show(struct kp_req *r, const char *const *args);
void docs_search(struct kp_req *r, const char *const *args);
void docs_bin(struct kp_req *r, const char *const *args);
void docs_folder_new_form(struct kp_req *r, const char *const *args);
void docs_folder_new_submit(struct kp_req *r, const char *const *args);
void docs_folder_edit_form(struct kp_req *r, const char *const *args);
void docs_folder_edit_submit(struct kp_req *r, const char *const *args);
void docs_folder_delete(struct kp_req *r, const char *const *args);
void docs_upload_form(struct kp_req *r, const char *const *args);
void docs_upload_submit(struct kp_req *r, const char *const *args);
void docs_version_submit(struct kp_req *r, const char *const *args);
void docs_document_show(struct kp_req *r, const char *const *args);
void docs_document_edit_form(struct kp_req *r, const char *const *args);
void docs_document_edit_submit(struct kp_req *r, const char *const *args);
void docs_document_delete(struct kp_req *r, const char *const *args);
void docs_document_undelete(struct kp_req *r, const char *const *args);
void docs_version_restore(struct kp_req *r, const char *const *args);
void docs_file(struct kp_req *r, const char *const *args);
void docs_zip_library(struct kp_req *r, const char *const *args);
void docs_zip_folder(struct kp_req *r, const char *const *args);
void docs_report_show(struct kp_req *r, const char *const *args);
void docs_report_submit(struct kp_req *r, const char *const *args);
void docs_reports(struct kp_req *r, const char *const *args);
void docs_report_resolve(struct kp_req *r, const char *const *args);

#endif
