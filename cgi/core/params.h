/* params: our strict parsers for query strings, url-encoded bodies, cookie
 * headers and multipart bodies (multipart.h). ClearSilver's CGI kit is not
 * used (DESIGN.md 3). Everything parsed lives in the request's arena.
 *
 * Rules, the same for every source:
 *  - names match [a-z0-9_]+ (cookies: [A-Za-z0-9_-]+, see kp_parse_cookies),
 *  - values are valid UTF-8 (no overlongs, no surrogates, <= U+10FFFF)
 *    without control characters; '\n' and '\t' are allowed (whether a given
 *    field may hold them is the handler's declaration, kp_fields_check),
 *    "\r\n" is normalised to "\n", a lone '\r' is refused, NUL is refused,
 *  - at most limits->max_params parameters, each value at most
 *    limits->max_value bytes (after decoding), names at most 64 bytes,
 *  - duplicates are kept in order; kp_fields_check refuses them unless the
 *    field is declared as a list,
 *  - a parse that fails leaves the list as it was (cookies: see below);
 *    a limit of 0 allows nothing. */
#ifndef KP_PARAMS_H
#define KP_PARAMS_H
#include <stddef.h>
#include "arena.h"

enum kp_parse_status {
	KP_PARSE_OK = 0,
	KP_PARSE_BAD_NAME,     /* empty, too long or outside the allowed set */
	KP_PARSE_BAD_ESCAPE,   /* '%' not followed by two hex digits */
	KP_PARSE_BAD_UTF8,     /* invalid UTF-8 in name or value */
	KP_PARSE_CONTROL_CHAR, /* NUL, lone CR or another control character */
	KP_PARSE_TOO_MANY,     /* more than max_params */
	KP_PARSE_TOO_LONG,     /* a value over max_value */
	KP_PARSE_MALFORMED,    /* anything else (multipart structure, headers) */
	KP_PARSE_NOMEM,
	KP_PARSE_IO, /* reading the body or writing a temporary file failed */
};

struct kp_param {
	const char *name;
	const char *value; /* NUL-terminated; for a file part: the client's name */
	size_t len;        /* bytes in value */
	/* File parts of multipart bodies only (is_file != 0): the body was
	 * streamed to tmp_path (created 0600 in the temp folder, removed by
	 * kp_params_cleanup). filename is the client's name, untrusted: never
	 * use it on the file system. client_type is the client's Content-Type,
	 * untrusted too ("application/octet-stream" when not sent). A file
	 * input left empty (filename "") has no file: tmp_path is NULL and
	 * file_size 0. */
	int is_file;
	const char *filename;
	const char *client_type;
	const char *tmp_path;
	size_t file_size;
	struct kp_param *next;
};

struct kp_params {
	struct kp_param *head, *tail;
	size_t count;
};

struct kp_limits {
	size_t max_params;  /* e.g. 200 */
	size_t max_value;   /* e.g. 64 KiB for text fields */
	size_t max_file;    /* multipart: bytes per file part */
	size_t max_body;    /* multipart: bytes in the whole body */
	const char *tmpdir; /* multipart: where file parts go */
};

/* "a=1&b=x%20y+z": '+' is a space. An empty string gives no parameters.
 * "a" (no '=') gives a with an empty value. Empty pairs ("a=1&&b=2") are
 * skipped. */
enum kp_parse_status kp_parse_urlencoded(struct kp_arena *a, const char *s, size_t len,
                                         const struct kp_limits *lim, struct kp_params *out);

/* Cookie header: "a=1; b=2". Names [A-Za-z0-9_-]+; values are taken as they
 * are (no percent decoding), without surrounding quotes, and must be
 * printable ASCII without ';', ',', '"', '\\' or spaces. A malformed pair is
 * skipped rather than failing the whole header (browsers send what other
 * sites on the same host set); duplicates: the first wins in kp_param_get.
 * Over a limit, the status says so and the cookies before it are kept. */
enum kp_parse_status kp_parse_cookies(struct kp_arena *a, const char *header,
                                      const struct kp_limits *lim, struct kp_params *out);

/* First parameter with that name, or NULL. */
const struct kp_param *kp_param_get(const struct kp_params *p, const char *name);
/* Its value, or NULL. */
const char *kp_param_value(const struct kp_params *p, const char *name);
/* How many parameters have that name. */
size_t kp_param_count(const struct kp_params *p, const char *name);

/* Valid UTF-8 without control characters except those allowed by the flags
 * below: 1 when valid, else 0. Used by the parsers and by anything else
 * that takes text. */
#define KP_TEXT_ALLOW_NEWLINE 1 /* '\n' */
#define KP_TEXT_ALLOW_TAB     2 /* '\t' */
int kp_text_valid(const char *s, size_t len, int flags);

/* A copy of s (in the arena) that is valid text for kp_text_valid(..., 0):
 * every invalid byte or control character becomes '?', and the copy is
 * cut at a character boundary to at most max_bytes. For values we store
 * but do not validate (a browser's User-Agent). */
char *kp_text_clean(struct kp_arena *a, const char *s, size_t max_bytes);

/* Appends a parameter (names/values are copied into the arena). */
enum kp_parse_status kp_params_add(struct kp_arena *a, struct kp_params *p, const char *name,
                                   size_t name_len, const char *value, size_t value_len);

/* Removes the temporary files of file parts. */
void kp_params_cleanup(struct kp_params *p);

/* Declared inputs: what a handler accepts. Undeclared parameters are
 * ignored (so `role=admin` smuggled into a form does nothing). */
#define KP_FIELD_MULTILINE 1 /* may contain '\n' and '\t' (text areas) */
#define KP_FIELD_LIST      2 /* may occur more than once */
#define KP_FIELD_FILE      4 /* a multipart file part */
struct kp_field {
	const char *name;
	size_t max_len; /* in bytes; 0: the parser's limit */
	int flags;
};
/* 0 when every declared field occurs at most once (unless LIST), is within
 * max_len, holds no newline/tab unless MULTILINE, and is a file part exactly
 * when declared FILE; otherwise -1 and *bad names the offending field. The
 * list ends with a {NULL} entry. */
int kp_fields_check(const struct kp_params *p, const struct kp_field *fields, const char **bad);

#endif
