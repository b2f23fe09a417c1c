/* files: uploads into the file store, and how to serve them back
 * (DESIGN.md 3 "files", SECURITY-TESTS.md "Uploads and downloads").
 *
 * An upload goes through two calls:
 *
 *   kp_upload_check  the multipart file part (params.h) against a profile:
 *                    size limit, the client's name cleaned, its extension
 *                    on the profile's list and not a double extension, the
 *                    content's type (libmagic) the one that extension names,
 *                    images: dimensions from the header within the pixel
 *                    limit (before anything is decoded). Writes nothing.
 *   kp_upload_store  documents: the bytes as they are; images: decoded and
 *                    re-encoded by libgd (no EXIF/GPS, no ICC, no comments,
 *                    EXIF orientation applied), once per size the caller
 *                    asks for. Each result goes into the store under the
 *                    SHA-256 of its bytes, atomically: a temporary file in
 *                    the store, fsync, rename, fsync of the folder.
 *
 * The store is kp_cfg.file_dir: <file_dir>/ab/cd/<sha256 in hex>. Nothing
 * the client sent ever reaches a path; the same content is stored once.
 * A stored file is never removed here: after a failed database insert, do
 * not delete it (another row may point to the same content); a sweeper that
 * compares the store with the database removes unreferenced files.
 *
 * Memory: strings in the results live in the arena passed in, or are
 * static; nothing needs freeing. The part's temporary file stays the
 * parser's (kp_params_cleanup removes it).
 *
 * Logging: system failures (KP_UPLOAD_IO, KP_UPLOAD_NO_SPACE) are logged
 * here with their cause; refusals of what the user sent are not (they are
 * answers, not faults). */
#ifndef KP_FILES_H
#define KP_FILES_H
#include <stddef.h>
#include "arena.h"
#include "params.h"

/* ---- file names ---------------------------------------------------------- */

#define KP_FILENAME_MAX 180 /* bytes of a cleaned display name */
#define KP_EXT_MAX      10  /* bytes of an extension (without the dot) */

/* The client's file name (len bytes, any bytes) as a display name, in the
 * arena: the last path component, valid UTF-8 (invalid bytes become '_'),
 * no control characters (tab and newline become spaces), no invisible
 * format characters (bidi embeddings, overrides and isolates, LRM/RLM,
 * zero-width space, BOM, soft hyphen, word joiner, tags, ...), Unicode
 * spaces as one ' ', no '/', '\\' or their look-alikes, none of
 * < > : " | ? * (Windows refuses them; '"' would break headers), no "..",
 * no leading or trailing dots and spaces, no bare Windows device name
 * (CON, NUL, COM1, ...), at most KP_FILENAME_MAX bytes (the stem is cut at
 * a character boundary, the extension kept), never empty ("file").
 * *ext (when ext is not NULL) is the lower-case ASCII extension without
 * the dot, or "" when the name has none (1 to KP_EXT_MAX letters and
 * digits after the last dot). Returns NULL only when out of memory. */
const char *kp_filename_clean(struct kp_arena *a, const char *s, size_t len, const char **ext);

/* ---- uploads ------------------------------------------------------------- */

/* Which (extension, content type) pairs an upload may be. */
enum kp_upload_profile {
	KP_UPLOAD_IMAGE = 1,    /* photos, logos: jpg/jpeg, png, webp */
	KP_UPLOAD_DOCUMENT = 2, /* pdf, doc/docx, xls/xlsx, ppt/pptx, odt/ods/odp,
	                           txt, csv, jpg/jpeg, png, webp, gif */
};

#define KP_UPLOAD_IMAGE_MAX_BYTES    (10u << 20) /* default limits */
#define KP_UPLOAD_DOCUMENT_MAX_BYTES (20u << 20)
/* 40 megapixels: a decoded image takes 4 bytes per pixel (160 MB). */
#define KP_UPLOAD_MAX_PIXELS 40000000ul

/* Each refusal has its own code; the handler maps it to a message in the
 * user's language (kp_upload_status_name gives a stable word for logs). */
enum kp_upload_status {
	KP_UPLOAD_OK = 0,
	KP_UPLOAD_EMPTY,            /* no file chosen, or 0 bytes */
	KP_UPLOAD_TOO_LARGE,        /* over the byte limit */
	KP_UPLOAD_BAD_EXTENSION,    /* no extension, or one the profile does not allow */
	KP_UPLOAD_DOUBLE_EXTENSION, /* "x.pdf.exe", "x.php.jpg": a second extension
	                               that hides or names an executable type */
	KP_UPLOAD_TYPE_MISMATCH,    /* the content is not what the extension says:
	                               a ZIP named .docx, HTML or SVG named .png,
	                               a script named .jpg, a program named .pdf */
	KP_UPLOAD_TOO_MANY_PIXELS,  /* an image over the pixel limit (also a
	                               decompression bomb's declared size) */
	KP_UPLOAD_BAD_IMAGE,        /* an image whose header or data is unreadable */
	KP_UPLOAD_NO_SPACE,         /* disk full or quota (ENOSPC, EDQUOT, EFBIG) */
	KP_UPLOAD_IO,               /* any other system failure */
};

/* "ok", "empty", "too_large", "bad_extension", "double_extension",
 * "type_mismatch", "too_many_pixels", "bad_image", "no_space", "io". */
const char *kp_upload_status_name(enum kp_upload_status st);

struct kp_upload_rules {
	enum kp_upload_profile profile;
	size_t max_bytes;         /* 0: the profile's default above */
	unsigned long max_pixels; /* images; 0: KP_UPLOAD_MAX_PIXELS */
};

/* What kp_upload_check found; kp_upload_store takes it as it is. */
struct kp_upload {
	const char *tmp_path;   /* the part's temporary file (not ours to remove) */
	size_t size;            /* bytes received */
	const char *name;       /* cleaned display name (arena) */
	const char *ext;        /* its lower-case extension (arena) */
	const char *mime;       /* the server's type for it (static) */
	int is_image;           /* stored re-encoded by kp_upload_store */
	unsigned width, height; /* images: as displayed (orientation applied) */
	/* For kp_upload_store. */
	int image_format;
	int orientation; /* EXIF 1..8 */
	unsigned long max_pixels;
};

/* part: a file part of a multipart body (is_file set). On KP_UPLOAD_OK, out
 * is filled; otherwise out->name and out->ext are filled as far as the
 * check got (for a message that names the file) and the rest is zero. */
enum kp_upload_status kp_upload_check(struct kp_arena *a, const struct kp_param *part,
                                      const struct kp_upload_rules *rules, struct kp_upload *out);

/* A size an image is stored in. width or height 0: no limit that way;
 * both 0: the image's own size. Images are never scaled up. */
struct kp_image_box {
	unsigned width, height;
	/* 0: fit inside the box, the whole picture kept (a 512x512 box makes a
	 * 4:3 photo 512x384). 1: fill the box, the centre cut out (96x96 square
	 * thumbnails for avatars); needs both width and height. */
	int cover;
};

struct kp_stored {
	char sha256[65];        /* lower-case hex: the file's name in the store */
	size_t size;            /* bytes stored */
	const char *mime;       /* the server's type (static) */
	unsigned width, height; /* images: of this stored copy */
	int existed;            /* the same content was in the store already */
};

/* Stores a checked upload. Documents: nboxes must be 0, the result is
 * out[0]. Images: one re-encoded copy per box in out[i]; with nboxes 0 one
 * copy at the image's own size in out[0]. The image is decoded once.
 * Besides KP_UPLOAD_NO_SPACE and KP_UPLOAD_IO (also: the temporary file
 * changed since the check) it returns KP_UPLOAD_BAD_IMAGE when libgd
 * cannot decode the pixel data behind a good header. A failing copy
 * leaves no partial or temporary file; copies stored before it in the
 * same call stay (whole, unreferenced: the sweeper's). */
enum kp_upload_status kp_upload_store(const struct kp_upload *up, const struct kp_image_box *boxes,
                                      size_t nboxes, struct kp_stored *out);

/* ---- downloads ----------------------------------------------------------- */

/* How to answer a download of a stored file, after the program has checked
 * access (DESIGN.md 3 files, conf/nginx/knotenpunkt-routes.conf /_files/):
 *
 *   kp_header(r, "X-Accel-Redirect", d.accel_redirect);
 *   kp_header(r, "Content-Disposition", d.disposition);
 *   kp_header(r, "Cache-Control", d.cache_control);
 *   kp_send(r, 200, d.content_type, "", 0);
 *
 * nginx adds nosniff, "CSP: sandbox" and friends in its /_files/ location. */
struct kp_download {
	const char *accel_redirect; /* "/_files/ab/cd/<sha256>" */
	const char *content_type;   /* server-chosen; application/octet-stream for
	                               a type not on any list */
	const char *disposition;    /* inline or attachment, with the name */
	const char *cache_control;  /* private, revalidated: access is checked on
	                               every request */
	int is_inline;
};

/* sha256: 64 lower-case hex digits (from the database row); mime: the
 * stored type (kp_stored.mime); name: the display name (cleaned again);
 * want_inline: show it in the browser if the type allows (only PDF and
 * raster images do). -1 when sha256 is malformed or out of memory. */
int kp_download_prepare(struct kp_arena *a, const char *sha256, const char *mime, const char *name,
                        int want_inline, struct kp_download *out);

/* A Content-Disposition value (RFC 6266): `attachment; filename="ASCII";
 * filename*=UTF-8''percent-encoded`, from kp_filename_clean(name). The ASCII
 * fallback transliterates Latin-1 letters (ä → ae) and replaces other
 * characters, '"', '\\' and '%' with '_'. Only printable ASCII, never CR,
 * LF or a quote inside the quotes. NULL only when out of memory. */
char *kp_content_disposition(struct kp_arena *a, const char *name, int is_inline);

/* 1 when the type may be shown inline (PDF, JPEG, PNG, WebP, GIF). */
int kp_mime_inline(const char *mime);

/* ---- the parsers inside, for the fuzz target and tests ------------------- */

enum kp_image_format { KP_IMG_NONE = 0, KP_IMG_JPEG, KP_IMG_PNG, KP_IMG_WEBP, KP_IMG_GIF };

struct kp_image_info {
	enum kp_image_format format;
	unsigned width, height; /* as stored (before orientation) */
	int orientation;        /* EXIF orientation 1..8 (JPEG only; else 1) */
};

/* Reads format, dimensions and orientation from the first bytes of a JPEG,
 * PNG, WebP or GIF (no decoding). 0 on success; -1 when the header is not
 * one of those or is malformed (a dimension of 0 included). */
int kp_image_probe(const unsigned char *data, size_t n, struct kp_image_info *out);

/* What a ZIP archive's central directory says about OOXML: 0 unless it
 * starts with a local file header and holds "[Content_Types].xml"; then the
 * parts found: KP_OOXML_WORD ("word/..."), _EXCEL ("xl/..."), _POWERPOINT
 * ("ppt/..."). Reads names only, never decompresses. */
#define KP_OOXML_WORD       1
#define KP_OOXML_EXCEL      2
#define KP_OOXML_POWERPOINT 4
int kp_zip_ooxml(const unsigned char *data, size_t n);

/* What a ZIP container (docx/xlsx/pptx, odt/ods/odp) declares, read from
 * its central directory and local headers without decompressing anything
 * (files.c says why that is enough). KP_ZIP_BOMB: more than
 * KP_ZIP_MAX_ENTRIES members, more than KP_ZIP_MAX_TOTAL bytes declared in
 * all, a member over KP_ZIP_RATIO_FLOOR bytes that declares more than
 * KP_ZIP_MAX_RATIO times its compressed size, members that share their
 * bytes, or ZIP64. KP_ZIP_MALFORMED: not a ZIP whose directory can be
 * followed. */
#define KP_ZIP_SAFE        0
#define KP_ZIP_BOMB        1
#define KP_ZIP_MALFORMED   2
#define KP_ZIP_MAX_ENTRIES 10000
#define KP_ZIP_MAX_TOTAL   (512ull << 20)
#define KP_ZIP_MAX_RATIO   200ull
#define KP_ZIP_RATIO_FLOOR (1ull << 20)
int kp_zip_bounded(const unsigned char *data, size_t n);

/* After kp_upload_check said OK: for a ZIP container type, its verdict by
 * kp_zip_bounded (the handler refuses BOMB and MALFORMED with a message);
 * KP_ZIP_SAFE for every other type; -1 when the file cannot be read
 * (logged). A separate call, so that the image uploads of the other
 * programs keep their answers as they are. */
int kp_upload_zip_check(const struct kp_upload *up);

#endif
