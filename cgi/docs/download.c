/* Downloads (docs.h). /files/VERSION: access is checked against the
 * document's library, then nginx sends the stored file (X-Accel-Redirect
 * to its internal /_files/ location, which sets nosniff and "CSP:
 * sandbox"); PDF and raster images inline, everything else as an
 * attachment, ?download=1 always as an attachment. {base}/zip and
 * {base}/f/ID/zip: the library or a folder with its subfolders as a ZIP
 * (minizip), holding the current version of each document not in the
 * bin — what the reader may read there, and nothing of another library.
 *
 * The ZIP is written to a temporary file in the temporary folder, which is
 * removed as soon as it is complete and open (its pages stay mapped until
 * the answer is sent), and handed to FastCGI; nginx buffers it to the
 * client. (A worker killed while writing leaves its .zip-* file behind in
 * the temporary folder, not in the store.) Files are stored, not deflated: PDFs, images and
 * Office files are compressed already. Over DOCS_ZIP_MAX_FILES documents
 * or DOCS_ZIP_MAX_BYTES the page says so instead. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <minizip/zip.h>

#include "config.h"
#include "docs.h"
#include "files.h"
#include "log.h"

static const struct kp_field download_fields[] = {{"download", 1, 0}, {NULL, 0, 0}};

void docs_file(struct kp_req *r, const char *const *args)
{
	if (!docs_fields_ok(r, &r->query_params, download_fields))
		return;
	long long id = kp_parse_id(args[0]);
	struct kp_rows v = {0};
	int rc =
	    id > 0 ? kp_db_select(&r->arena, &docs_sql[DOCS_VERSION_FILE], KP_ARGS(KP_INT(id)), &v)
	           : KP_DB_OK;
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	/* Not there, in the bin, or in a library the user may not read: the
	 * same 404, so that a file's number tells nothing. */
	struct kp_access a = {0};
	if (v.count && kp_cell_int(&v, 0, 4) == 1)
		rc = kp_access_scope(r, kp_cell_int(&v, 0, 3), &a);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (!a.read) {
		kp_error(r, 404);
		return;
	}
	const char *dl = kp_query(r, "download");
	if (dl && strcmp(dl, "1") != 0) {
		kp_error(r, 400);
		return;
	}
	struct kp_download d;
	if (kp_download_prepare(&r->arena, kp_cell(&v, 0, 0), kp_cell(&v, 0, 1), kp_cell(&v, 0, 2),
	                        !dl, &d) != 0) {
		kp_error(r, 500);
		return;
	}
	kp_header(r, "X-Accel-Redirect", d.accel_redirect);
	kp_header(r, "Content-Disposition", d.disposition);
	kp_header(r, "Cache-Control", d.cache_control);
	kp_send(r, 200, d.content_type, "", 0);
}

/* ---- ZIP ------------------------------------------------------------------ */

struct zip_names {
	const char **used;
	size_t n, cap;
};

/* path unless an entry has it already, else "stem (2).ext", "(3)", ... */
static const char *unique_name(struct kp_req *r, struct zip_names *z, const char *path)
{
	const char *name = path;
	for (int k = 2;; k++) {
		size_t i = 0;
		while (i < z->n && strcmp(z->used[i], name) != 0)
			i++;
		if (i == z->n)
			break;
		const char *slash = strrchr(path, '/');
		const char *dot = strrchr(path, '.');
		if (!dot || (slash && dot < slash))
			dot = path + strlen(path);
		name = kp_arena_printf(&r->arena, "%.*s (%d)%s", (int)(dot - path), path, k, dot);
		if (!name)
			return NULL;
	}
	if (z->n == z->cap) {
		size_t cap = z->cap ? 2 * z->cap : 64;
		const char **u = kp_arena_alloc(&r->arena, cap * sizeof(*u));
		if (!u)
			return NULL;
		if (z->n)
			memcpy(u, z->used, z->n * sizeof(*u));
		z->used = u, z->cap = cap;
	}
	z->used[z->n++] = name;
	return name;
}

/* The folder's path inside the ZIP ("A/B/"), relative to root (0: the
 * library), each name cleaned as a file name. "" for root itself. */
static const char *folder_path(struct kp_req *r, const struct docs_tree *t, long long id,
                               long long root)
{
	const char *p = "";
	for (size_t steps = 0; id != root && id > 0 && steps <= t->n; steps++) {
		const struct docs_folder *f = docs_tree_find(t, id);
		if (!f)
			return NULL;
		/* A slash in a folder's name is part of the name, not a path:
		 * kp_filename_clean would keep only what follows it. */
		char *raw = kp_arena_strdup(&r->arena, f->name);
		for (char *c = raw; c && *c; c++) {
			if (*c == '/' || *c == '\\')
				*c = '_';
		}
		const char *clean =
		    raw ? kp_filename_clean(&r->arena, raw, strlen(raw), NULL) : NULL;
		p = kp_arena_printf(&r->arena, "%s/%s", clean ? clean : "_", p);
		id = f->parent;
	}
	return p;
}

/* Copies one stored file into the open ZIP entry. */
static int copy_stored(zipFile zf, const char *sha)
{
	char path[1024];
	snprintf(path, sizeof(path), "%s/%.2s/%.2s/%s", kp_cfg.file_dir, sha, sha + 2, sha);
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0) {
		kp_log("docs: zip: open stored file %.12s...: %s", sha, strerror(errno));
		return -1;
	}
	static char buf[1 << 16];
	int rc = 0;
	for (;;) {
		ssize_t k = read(fd, buf, sizeof(buf));
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			rc = -1;
			break;
		}
		if (k == 0)
			break;
		if (zipWriteInFileInZip(zf, buf, (unsigned)k) != ZIP_OK) {
			rc = -1;
			break;
		}
	}
	close(fd);
	return rc;
}

enum { ZIP_TOO_BIG = 1 };

/* Writes the ZIP of folder root (0: the whole library) to fd's path. */
static int write_zip(struct kp_req *r, const struct docs_scope *s, const struct docs_tree *t,
                     long long root, const char *path)
{
	struct kp_rows f;
	int rc = kp_db_select(&r->arena, &docs_sql[DOCS_ZIP_FILES], KP_ARGS(docs_scope_gid(s)), &f);
	if (rc != KP_DB_OK)
		return rc;
	unsigned long long total = 0;
	size_t count = 0;
	for (size_t i = 0; i < f.count; i++) {
		long long folder = kp_cell_int(&f, i, 0);
		if (root && !docs_tree_within(t, folder, root))
			continue;
		count++;
		total += (unsigned long long)kp_cell_int(&f, i, 3);
	}
	if (count > DOCS_ZIP_MAX_FILES || total > DOCS_ZIP_MAX_BYTES)
		return ZIP_TOO_BIG;
	zipFile zf = zipOpen64(path, APPEND_STATUS_CREATE);
	if (!zf) {
		kp_log("docs: zip: cannot create the archive");
		return KP_DB_ERROR;
	}
	struct zip_names names = {0};
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	zip_fileinfo zi = {0};
	zi.external_fa = 0100644ul << 16; /* rw-r--r-- for Unix unzips */
	zi.tmz_date.tm_sec = (unsigned)tm.tm_sec, zi.tmz_date.tm_min = (unsigned)tm.tm_min;
	zi.tmz_date.tm_hour = (unsigned)tm.tm_hour, zi.tmz_date.tm_mday = (unsigned)tm.tm_mday;
	zi.tmz_date.tm_mon = (unsigned)tm.tm_mon, zi.tmz_date.tm_year = (unsigned)tm.tm_year + 1900;
	for (size_t i = 0; rc == KP_DB_OK && i < f.count; i++) {
		long long folder = kp_cell_int(&f, i, 0);
		if (root && !docs_tree_within(t, folder, root))
			continue;
		const char *dir = folder_path(r, t, folder, root);
		const char *name =
		    dir ? kp_arena_printf(&r->arena, "%s%s", dir, kp_cell(&f, i, 2)) : NULL;
		name = name ? unique_name(r, &names, name) : NULL;
		if (!name) {
			rc = KP_DB_ERROR;
			break;
		}
		/* Bit 11: the names are UTF-8 (APPNOTE 4.4.4), so that
		 * "Übersicht.pdf" unpacks as such; "made by" Unix, so that no
		 * unzip takes them for DOS code page 437 and converts them. */
		if (zipOpenNewFileInZip4_64(zf, name, &zi, NULL, 0, NULL, 0, NULL, 0, 0, 0,
		                            -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, NULL, 0,
		                            (3 << 8) | 20, 1 << 11, 1) != ZIP_OK ||
		    copy_stored(zf, kp_cell(&f, i, 1)) != 0 || zipCloseFileInZip(zf) != ZIP_OK)
			rc = KP_DB_ERROR;
	}
	if (zipClose(zf, NULL) != ZIP_OK && rc == KP_DB_OK)
		rc = KP_DB_ERROR;
	if (rc != KP_DB_OK)
		kp_log("docs: zip: writing the archive failed");
	return rc;
}

static void zip_answer(struct kp_req *r, const char *const *args, int folder_route)
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
	long long root = 0;
	const char *name = s.access.group_id ? s.access.name : kp_t(r, "Docs.Title.Network");
	if (folder_route) {
		root = docs_folder_arg(&t, s.args[0]);
		if (root <= 0) {
			kp_error(r, 404);
			return;
		}
		name = docs_tree_find(&t, root)->name;
	}
	char path[600];
	snprintf(path, sizeof(path), "%s/.zip-XXXXXX", kp_cfg.tmp_dir);
	int fd = mkstemp(path);
	if (fd < 0) {
		kp_log("docs: zip: temporary file: %s", strerror(errno));
		kp_error(r, 500);
		return;
	}
	rc = write_zip(r, &s, &t, root, path);
	/* Opened before the unlink; the name is gone either way. */
	int zfd = open(path, O_RDONLY | O_CLOEXEC);
	unlink(path);
	close(fd);
	const char *back = root ? kp_arena_printf(&r->arena, "%s/f/%lld", s.base, root) : s.base;
	if (rc == ZIP_TOO_BIG) {
		if (zfd >= 0)
			close(zfd);
		kp_redirect_flash(r, back, "DocsZipTooBig");
		return;
	}
	struct stat st;
	if (rc != KP_DB_OK || zfd < 0 || fstat(zfd, &st) != 0 || st.st_size <= 0) {
		if (zfd >= 0)
			close(zfd);
		if (rc == KP_DB_DOWN)
			kp_db_fail(r, rc);
		else
			kp_error(r, 500);
		return;
	}
	void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, zfd, 0);
	close(zfd);
	if (m == MAP_FAILED) {
		kp_error(r, 500);
		return;
	}
	const char *zip_name = kp_arena_printf(&r->arena, "%s.zip", name);
	char *disp = kp_content_disposition(&r->arena, zip_name ? zip_name : "documents.zip", 0);
	if (disp)
		kp_header(r, "Content-Disposition", disp);
	kp_header(r, "Cache-Control", "private, no-store");
	kp_send(r, 200, "application/zip", m, (size_t)st.st_size);
	munmap(m, (size_t)st.st_size);
}

void docs_zip_library(struct kp_req *r, const char *const *args)
{
	zip_answer(r, args, 0);
}

void docs_zip_folder(struct kp_req *r, const char *const *args)
{
	zip_answer(r, args, 1);
}
