#include "multipart.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The body passes through one read buffer and, for files, one write
 * buffer of this size: memory does not grow with the body. */
#define MP_BUF          16384
#define MP_BOUNDARY_MAX 70 /* RFC 2046 */
#define MP_LINE_MAX     1024
#define MP_HEADERS_MAX  16
#define MP_NAME_MAX     64
/* What the client did not say, in the words of RFC 7578 4.4. */
#define MP_DEFAULT_TYPE "application/octet-stream"

enum mp_state {
	MP_BODY,        /* preamble or part content: looking for the delimiter */
	MP_AFTER_DELIM, /* just after CRLF "--" boundary */
	MP_PADDING,     /* transport padding before the CRLF */
	MP_DELIM_LF,    /* CR seen after the delimiter */
	MP_CLOSE_DASH,  /* one '-' of the closing "--" seen */
	MP_CLOSE_PAD,   /* after the close delimiter: padding, CRLF or the end */
	MP_CLOSE_LF,    /* CR seen after the close delimiter */
	MP_EPILOGUE,    /* ignored up to the end of the body */
	MP_HEADER,      /* in a part's header line */
	MP_HEADER_LF,   /* CR seen in a part's header line */
};

/* Where content bytes go. */
enum mp_sink {
	MP_DISCARD, /* the preamble */
	MP_TEXT,    /* a text part, collected for its value */
	MP_FILE,    /* a file part, streamed to the temporary file */
	MP_NOFILE,  /* filename="": no file chosen, so no content allowed */
};

struct mp_str {
	char *s;
	size_t n;
};

/* What the headers of the current part said. */
struct mp_part {
	enum mp_sink sink;
	size_t headers;
	int have_disposition, have_type;
	struct mp_str name, filename, type;
	int pending_cr; /* text: a '\r' that must be followed by '\n' */
};

/* The whole state of one call, on the heap because of the buffers. */
struct mp {
	struct kp_arena *a;
	const struct kp_limits *lim;
	struct kp_params *out;
	size_t parts, total;
	enum mp_state state;
	char delim[4 + MP_BOUNDARY_MAX]; /* CRLF "--" boundary */
	size_t delim_len, match;         /* match: bytes of delim seen so far */
	struct mp_part part;
	size_t line_len;
	char *text; /* malloc'd, reused by every text part of the call */
	size_t text_len, text_cap;
	struct kp_param *file; /* the file part being written */
	int fd;
	size_t wlen;
	char line[MP_LINE_MAX];
	char scratch[MP_LINE_MAX];
	char wbuf[MP_BUF];
	char rbuf[MP_BUF];
};

/* ---- small helpers ---- */

static int is_ows(char c)
{
	return c == ' ' || c == '\t';
}

static int is_tchar(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       (c && strchr("!#$%&'*+-.^_`|~", c));
}

/* ASCII only: a locale must not change what a header name means. */
static int ieq(const char *s, size_t n, const char *lit)
{
	size_t i = 0;
	for (; i < n && lit[i]; i++) {
		char c = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i];
		if (c != lit[i])
			return 0;
	}
	return i == n && lit[i] == '\0';
}

static int name_valid(const struct mp_str *s)
{
	if (s->n == 0 || s->n > MP_NAME_MAX)
		return 0;
	for (size_t i = 0; i < s->n; i++) {
		char c = s->s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
			return 0;
	}
	return 1;
}

/* Any C0 control (minus the allowed ones), DEL or C1 control (0xc2
 * 0x80..0x9f) in s. kp_text_valid only says yes or no; this tells a
 * control character from broken UTF-8 for the status. */
static int has_control(const char *s, size_t n, int flags)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n; i++) {
		if ((u[i] == '\n' && (flags & KP_TEXT_ALLOW_NEWLINE)) ||
		    (u[i] == '\t' && (flags & KP_TEXT_ALLOW_TAB)))
			continue;
		if (u[i] < 0x20 || u[i] == 0x7f)
			return 1;
		if (u[i] == 0xc2 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] < 0xa0)
			return 1;
	}
	return 0;
}

static enum kp_parse_status text_status(const char *s, size_t n, int flags)
{
	if (kp_text_valid(s, n, flags))
		return KP_PARSE_OK;
	return has_control(s, n, flags) ? KP_PARSE_CONTROL_CHAR : KP_PARSE_BAD_UTF8;
}

/* ---- header values: token, quoted-string, ";name=value" parameters ---- */

struct hv {
	const char *p, *end;
};

static void hv_ows(struct hv *h)
{
	while (h->p < h->end && is_ows(*h->p))
		h->p++;
}

static size_t hv_token(struct hv *h)
{
	const char *start = h->p;
	while (h->p < h->end && is_tchar(*h->p))
		h->p++;
	return (size_t)(h->p - start);
}

/* Appends c to dst unless dst is NULL (the value is skipped); 0 when full. */
static int hv_put(char *dst, size_t cap, size_t *len, char c)
{
	if (dst) {
		if (*len >= cap)
			return 0;
		dst[*len] = c;
	}
	++*len;
	return 1;
}

/* A quoted-string; a backslash takes the next byte as it is. */
static int hv_quoted(struct hv *h, char *dst, size_t cap, size_t *len)
{
	h->p++;
	while (h->p < h->end) {
		char c = *h->p++;
		if (c == '"')
			return 1;
		if (c == '\\') {
			if (h->p == h->end)
				return 0;
			c = *h->p++;
		}
		if (!hv_put(dst, cap, len, c))
			return 0;
	}
	return 0;
}

/* A parameter value, token or quoted-string, into dst (or skipped). */
static int hv_value(struct hv *h, char *dst, size_t cap, size_t *len)
{
	*len = 0;
	if (h->p < h->end && *h->p == '"')
		return hv_quoted(h, dst, cap, len);
	const char *start = h->p;
	size_t n = hv_token(h);
	if (n == 0 || (dst && n > cap))
		return 0;
	if (dst)
		memcpy(dst, start, n);
	*len = n;
	return 1;
}

/* Next "; name=": 1 and the name, 0 at the end, -1 when malformed. */
static int hv_param(struct hv *h, const char **name, size_t *name_len)
{
	hv_ows(h);
	if (h->p == h->end)
		return 0;
	if (*h->p != ';')
		return -1;
	h->p++;
	hv_ows(h);
	*name = h->p;
	*name_len = hv_token(h);
	if (*name_len == 0 || h->p == h->end || *h->p != '=')
		return -1;
	h->p++;
	return 1;
}

/* ---- the boundary, from the request's Content-Type ---- */

static int boundary_char(char c, int last)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
		return 1;
	if (c == ' ')
		return !last;
	return c && strchr("'()+_,-./:=?", c) != NULL;
}

static int boundary_valid(const char *b, size_t n)
{
	if (n == 0 || n > MP_BOUNDARY_MAX)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (!boundary_char(b[i], i + 1 == n))
			return 0;
	}
	return 1;
}

/* Reads the parameters after the media type; exactly one boundary. */
static enum kp_parse_status mp_boundary_param(struct mp *m, struct hv *h)
{
	char *b = m->delim + 4;
	size_t blen = 0;
	int have = 0, r;
	const char *name;
	size_t name_len, len;
	while ((r = hv_param(h, &name, &name_len)) > 0) {
		int is_boundary = ieq(name, name_len, "boundary");
		if (is_boundary && have)
			return KP_PARSE_MALFORMED;
		if (!hv_value(h, is_boundary ? b : NULL, MP_BOUNDARY_MAX, &len))
			return KP_PARSE_MALFORMED;
		if (is_boundary) {
			have = 1;
			blen = len;
		}
	}
	if (r < 0 || !have || !boundary_valid(b, blen))
		return KP_PARSE_MALFORMED;
	memcpy(m->delim, "\r\n--", 4);
	m->delim_len = 4 + blen;
	return KP_PARSE_OK;
}

static enum kp_parse_status mp_boundary(struct mp *m, const char *content_type)
{
	static const char type[] = "multipart/form-data";
	if (!content_type)
		return KP_PARSE_MALFORMED;
	struct hv h = {content_type, content_type + strlen(content_type)};
	hv_ows(&h);
	size_t n = sizeof(type) - 1;
	if ((size_t)(h.end - h.p) < n || !ieq(h.p, n, type))
		return KP_PARSE_MALFORMED;
	h.p += n;
	return mp_boundary_param(m, &h);
}

/* ---- content sinks ---- */

static enum kp_parse_status text_append(struct mp *m, const char *p, size_t n)
{
	if (n > m->lim->max_value - m->text_len)
		return KP_PARSE_TOO_LONG;
	if (n == 0)
		return KP_PARSE_OK;
	size_t need = m->text_len + n;
	if (need > m->text_cap) {
		/* Doubling keeps copies rare; need <= max_value, checked above. */
		size_t cap = m->text_cap ? m->text_cap : 1024;
		while (cap < need)
			cap = cap > SIZE_MAX / 2 ? need : cap * 2;
		if (cap > m->lim->max_value)
			cap = m->lim->max_value;
		char *t = realloc(m->text, cap);
		if (!t)
			return KP_PARSE_NOMEM;
		m->text = t;
		m->text_cap = cap;
	}
	memcpy(m->text + m->text_len, p, n);
	m->text_len = need;
	return KP_PARSE_OK;
}

/* Text content with "\r\n" made "\n"; a lone '\r' is refused, also across
 * the pieces the body arrives in. */
static enum kp_parse_status text_content(struct mp *m, const char *p, size_t n)
{
	while (n > 0) {
		if (m->part.pending_cr) {
			if (*p != '\n')
				return KP_PARSE_CONTROL_CHAR;
			m->part.pending_cr = 0;
		}
		const char *cr = memchr(p, '\r', n);
		size_t k = cr ? (size_t)(cr - p) : n;
		enum kp_parse_status st = text_append(m, p, k);
		if (st != KP_PARSE_OK || !cr)
			return st;
		m->part.pending_cr = 1;
		p += k + 1;
		n -= k + 1;
	}
	return KP_PARSE_OK;
}

static enum kp_parse_status file_flush(struct mp *m)
{
	size_t off = 0;
	while (off < m->wlen) {
		ssize_t w = write(m->fd, m->wbuf + off, m->wlen - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return KP_PARSE_IO;
		off += (size_t)w;
	}
	m->wlen = 0;
	return KP_PARSE_OK;
}

static enum kp_parse_status file_content(struct mp *m, const char *p, size_t n)
{
	if (n > m->lim->max_file - m->file->file_size)
		return KP_PARSE_TOO_LONG;
	m->file->file_size += n;
	while (n > 0) {
		if (m->wlen == sizeof(m->wbuf)) {
			enum kp_parse_status st = file_flush(m);
			if (st != KP_PARSE_OK)
				return st;
		}
		size_t k = sizeof(m->wbuf) - m->wlen;
		k = k < n ? k : n;
		memcpy(m->wbuf + m->wlen, p, k);
		m->wlen += k;
		p += k;
		n -= k;
	}
	return KP_PARSE_OK;
}

static enum kp_parse_status mp_content(struct mp *m, const char *p, size_t n)
{
	switch (m->part.sink) {
	case MP_TEXT:
		return text_content(m, p, n);
	case MP_FILE:
		return file_content(m, p, n);
	case MP_NOFILE:
		return n ? KP_PARSE_MALFORMED : KP_PARSE_OK;
	case MP_DISCARD:
		break;
	}
	return KP_PARSE_OK;
}

/* ---- parts ---- */

static enum kp_parse_status text_end(struct mp *m)
{
	if (m->part.pending_cr)
		return KP_PARSE_CONTROL_CHAR;
	const char *v = m->text ? m->text : "";
	enum kp_parse_status st =
	    text_status(v, m->text_len, KP_TEXT_ALLOW_NEWLINE | KP_TEXT_ALLOW_TAB);
	if (st != KP_PARSE_OK)
		return st;
	return kp_params_add(m->a, m->out, m->part.name.s, m->part.name.n, v, m->text_len);
}

static enum kp_parse_status file_end(struct mp *m)
{
	enum kp_parse_status st = file_flush(m);
	/* close() reports late write errors (NFS, quotas): a file we could
	 * not complete is not accepted. */
	if (close(m->fd) != 0 && st == KP_PARSE_OK)
		st = KP_PARSE_IO;
	m->fd = -1;
	return st;
}

/* The delimiter ended the current part (or the preamble). */
static enum kp_parse_status mp_part_end(struct mp *m)
{
	enum kp_parse_status st = KP_PARSE_OK;
	if (m->part.sink == MP_TEXT)
		st = text_end(m);
	else if (m->part.sink == MP_FILE)
		st = file_end(m);
	m->part.sink = MP_DISCARD;
	m->state = MP_AFTER_DELIM;
	return st;
}

static enum kp_parse_status file_param(struct mp *m, const char *tmp_path)
{
	const struct mp_part *pt = &m->part;
	const char *type = pt->type.s ? pt->type.s : MP_DEFAULT_TYPE;
	enum kp_parse_status st =
	    kp_params_add(m->a, m->out, pt->name.s, pt->name.n, pt->filename.s, pt->filename.n);
	if (st != KP_PARSE_OK)
		return st;
	struct kp_param *q = m->out->tail;
	q->is_file = 1;
	q->filename = q->value;
	q->client_type = type;
	q->tmp_path = tmp_path;
	m->file = q;
	return KP_PARSE_OK;
}

static enum kp_parse_status file_begin(struct mp *m)
{
	const struct mp_part *pt = &m->part;
	enum kp_parse_status st = text_status(pt->filename.s, pt->filename.n, 0);
	if (st == KP_PARSE_OK && pt->type.s)
		st = text_status(pt->type.s, pt->type.n, 0);
	if (st != KP_PARSE_OK)
		return st;
	if (pt->filename.n == 0) {
		m->part.sink = MP_NOFILE;
		return file_param(m, NULL);
	}
	if (!m->lim->tmpdir || !*m->lim->tmpdir)
		return KP_PARSE_IO;
	char *path = kp_arena_printf(m->a, "%s/kp-upload-XXXXXX", m->lim->tmpdir);
	if (!path)
		return KP_PARSE_NOMEM;
	/* 0600, and not inherited by anything the worker might run. */
	int fd = mkostemp(path, O_CLOEXEC);
	if (fd < 0)
		return KP_PARSE_IO;
	st = file_param(m, path);
	if (st != KP_PARSE_OK) {
		close(fd);
		unlink(path);
		return st;
	}
	m->fd = fd;
	m->wlen = 0;
	m->part.sink = MP_FILE;
	return KP_PARSE_OK;
}

/* The blank line after a part's headers: decide where its content goes. */
static enum kp_parse_status mp_content_begin(struct mp *m)
{
	if (!m->part.name.s)
		return KP_PARSE_MALFORMED;
	if (!name_valid(&m->part.name))
		return KP_PARSE_BAD_NAME;
	if (++m->parts > m->lim->max_params)
		return KP_PARSE_TOO_MANY;
	m->state = MP_BODY;
	m->match = 0;
	if (m->part.filename.s)
		return file_begin(m);
	m->part.sink = MP_TEXT;
	m->text_len = 0;
	return KP_PARSE_OK;
}

/* ---- part headers ---- */

static enum kp_parse_status mp_str_set(struct mp *m, struct mp_str *s, const char *v, size_t n)
{
	s->s = kp_arena_strndup(m->a, v, n);
	s->n = n;
	return s->s ? KP_PARSE_OK : KP_PARSE_NOMEM;
}

/* form-data; name="..."; filename="..." */
static enum kp_parse_status mp_disposition(struct mp *m, struct hv *h)
{
	if (m->part.have_disposition)
		return KP_PARSE_MALFORMED;
	m->part.have_disposition = 1;
	const char *type = h->p;
	if (!ieq(type, hv_token(h), "form-data"))
		return KP_PARSE_MALFORMED;
	const char *pname;
	size_t pname_len, len;
	int r;
	while ((r = hv_param(h, &pname, &pname_len)) > 0) {
		struct mp_str *slot = ieq(pname, pname_len, "name")       ? &m->part.name
		                      : ieq(pname, pname_len, "filename") ? &m->part.filename
		                                                          : NULL;
		if (!hv_value(h, slot ? m->scratch : NULL, sizeof(m->scratch), &len))
			return KP_PARSE_MALFORMED;
		if (!slot)
			continue;
		if (slot->s)
			return KP_PARSE_MALFORMED;
		enum kp_parse_status st = mp_str_set(m, slot, m->scratch, len);
		if (st != KP_PARSE_OK)
			return st;
	}
	return r < 0 ? KP_PARSE_MALFORMED : KP_PARSE_OK;
}

static enum kp_parse_status mp_type(struct mp *m, struct hv *h)
{
	if (m->part.have_type)
		return KP_PARSE_MALFORMED;
	m->part.have_type = 1;
	return mp_str_set(m, &m->part.type, h->p, (size_t)(h->end - h->p));
}

/* One complete header line, without its CRLF; the empty line ends them. */
static enum kp_parse_status mp_header_line(struct mp *m)
{
	size_t n = m->line_len;
	m->line_len = 0;
	if (n == 0)
		return mp_content_begin(m);
	if (++m->part.headers > MP_HEADERS_MAX)
		return KP_PARSE_MALFORMED;
	struct hv h = {m->line, m->line + n};
	size_t name_len = hv_token(&h);
	/* Also refuses folded lines (leading white space): obsolete. */
	if (name_len == 0 || h.p == h.end || *h.p != ':')
		return KP_PARSE_MALFORMED;
	h.p++;
	hv_ows(&h);
	while (h.end > h.p && is_ows(h.end[-1]))
		h.end--;
	if (ieq(m->line, name_len, "content-disposition"))
		return mp_disposition(m, &h);
	if (ieq(m->line, name_len, "content-type"))
		return mp_type(m, &h);
	return KP_PARSE_OK;
}

static enum kp_parse_status mp_header_byte(struct mp *m, char c)
{
	if (m->state == MP_HEADER_LF) {
		if (c != '\n')
			return KP_PARSE_MALFORMED;
		m->state = MP_HEADER;
		return mp_header_line(m);
	}
	if (c == '\r') {
		m->state = MP_HEADER_LF;
		return KP_PARSE_OK;
	}
	if (c == '\n' || m->line_len == sizeof(m->line))
		return KP_PARSE_MALFORMED;
	m->line[m->line_len++] = c;
	return KP_PARSE_OK;
}

static void mp_part_reset(struct mp *m)
{
	memset(&m->part, 0, sizeof(m->part));
	m->part.sink = MP_DISCARD;
	m->line_len = 0;
	m->state = MP_HEADER;
}

/* ---- delimiters ---- */

static enum kp_parse_status mp_next(struct mp *m, enum mp_state next)
{
	m->state = next;
	return KP_PARSE_OK;
}

/* What may follow CRLF "--" boundary: padding and CRLF before a part, or
 * "--" for the end. Anything else would be a boundary inside content,
 * which RFC 2046 forbids: refused rather than guessed at. */
static enum kp_parse_status mp_delim_byte(struct mp *m, char c)
{
	switch (m->state) {
	case MP_AFTER_DELIM:
		if (c == '-')
			return mp_next(m, MP_CLOSE_DASH);
		return is_ows(c)   ? mp_next(m, MP_PADDING)
		       : c == '\r' ? mp_next(m, MP_DELIM_LF)
		                   : KP_PARSE_MALFORMED;
	case MP_PADDING:
		return is_ows(c)   ? KP_PARSE_OK
		       : c == '\r' ? mp_next(m, MP_DELIM_LF)
		                   : KP_PARSE_MALFORMED;
	case MP_DELIM_LF:
		if (c != '\n')
			return KP_PARSE_MALFORMED;
		mp_part_reset(m);
		return KP_PARSE_OK;
	case MP_CLOSE_DASH:
		return c == '-' ? mp_next(m, MP_CLOSE_PAD) : KP_PARSE_MALFORMED;
	case MP_CLOSE_PAD:
		return is_ows(c)   ? KP_PARSE_OK
		       : c == '\r' ? mp_next(m, MP_CLOSE_LF)
		                   : KP_PARSE_MALFORMED;
	case MP_CLOSE_LF:
		return c == '\n' ? mp_next(m, MP_EPILOGUE) : KP_PARSE_MALFORMED;
	default:
		return KP_PARSE_MALFORMED;
	}
}

/* Content up to the next CRLF "--" boundary. The delimiter starts with the
 * only '\r' it holds, so a failed partial match never hides the start of
 * another one: its bytes are content and the scan goes on at the current
 * byte. Returns how much of p was used in *used. */
static enum kp_parse_status mp_body(struct mp *m, const char *p, size_t n, size_t *used)
{
	if (m->match == 0) {
		const char *cr = memchr(p, '\r', n);
		size_t k = cr ? (size_t)(cr - p) : n;
		*used = cr ? k + 1 : n;
		m->match = cr ? 1 : 0;
		return mp_content(m, p, k);
	}
	if (*p != m->delim[m->match]) {
		size_t held = m->match;
		*used = 0;
		m->match = 0;
		return mp_content(m, m->delim, held);
	}
	*used = 1;
	if (++m->match < m->delim_len)
		return KP_PARSE_OK;
	m->match = 0;
	return mp_part_end(m);
}

static enum kp_parse_status mp_feed(struct mp *m, const char *p, size_t n)
{
	enum kp_parse_status st = KP_PARSE_OK;
	while (n > 0 && st == KP_PARSE_OK) {
		size_t used = 1;
		if (m->state == MP_BODY)
			st = mp_body(m, p, n, &used);
		else if (m->state == MP_EPILOGUE)
			used = n;
		else if (m->state == MP_HEADER || m->state == MP_HEADER_LF)
			st = mp_header_byte(m, *p);
		else
			st = mp_delim_byte(m, *p);
		p += used;
		n -= used;
	}
	return st;
}

/* ---- the call ---- */

static enum kp_parse_status mp_run(struct mp *m, kp_body_reader reader, void *ctx)
{
	for (;;) {
		size_t want = sizeof(m->rbuf);
		size_t room = m->lim->max_body - m->total;
		/* One byte past the limit is enough to know it is exceeded. */
		if (room < want)
			want = room + 1;
		ssize_t got = reader(ctx, m->rbuf, want);
		if (got < 0 || (size_t)got > want)
			return KP_PARSE_IO;
		if (got == 0)
			break;
		m->total += (size_t)got;
		if (m->total > m->lim->max_body)
			return KP_PARSE_TOO_LONG;
		enum kp_parse_status st = mp_feed(m, m->rbuf, (size_t)got);
		if (st != KP_PARSE_OK)
			return st;
	}
	/* The close delimiter was seen: all parts are complete. */
	if (m->state == MP_CLOSE_PAD || m->state == MP_EPILOGUE)
		return KP_PARSE_OK;
	return KP_PARSE_MALFORMED;
}

/* Undoes the call: no open file, no temporary file, no new parameter. */
static void mp_fail(struct mp *m, const struct kp_params *before)
{
	if (m->fd >= 0)
		close(m->fd);
	m->fd = -1;
	struct kp_params added = {before->tail ? before->tail->next : m->out->head, m->out->tail,
	                          0};
	kp_params_cleanup(&added);
	*m->out = *before;
	if (m->out->tail)
		m->out->tail->next = NULL;
}

enum kp_parse_status kp_parse_multipart(struct kp_arena *a, const char *content_type,
                                        kp_body_reader reader, void *ctx,
                                        const struct kp_limits *lim, struct kp_params *out)
{
	if (!reader)
		return KP_PARSE_IO;
	struct mp *m = calloc(1, sizeof(*m));
	if (!m)
		return KP_PARSE_NOMEM;
	m->a = a;
	m->lim = lim;
	m->out = out;
	m->fd = -1;
	/* The body may start with the delimiter itself: as if a CRLF came
	 * first. Until then everything is preamble, discarded. */
	m->state = MP_BODY;
	m->match = 2;
	m->part.sink = MP_DISCARD;
	const struct kp_params before = *out;
	enum kp_parse_status st = mp_boundary(m, content_type);
	if (st == KP_PARSE_OK)
		st = mp_run(m, reader, ctx);
	if (st != KP_PARSE_OK)
		mp_fail(m, &before);
	free(m->text);
	free(m);
	return st;
}
