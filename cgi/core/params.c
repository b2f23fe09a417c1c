#include "params.h"

#include <string.h>
#include <unistd.h>

/* Names are identifiers in handlers and templates, never free text. */
#define KP_NAME_MAX 64

/* ---- text rules ---- */

static int utf8_cont(unsigned char c)
{
	return c >= 0x80 && c <= 0xbf;
}

/* Length (1..4) of the UTF-8 sequence at s, or 0 when it is not the
 * shortest encoding of a scalar value. The tight second-byte ranges after
 * 0xe0, 0xed, 0xf0 and 0xf4 are what rule out overlongs, surrogates and
 * code points above U+10FFFF. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xbf;
	if (c < 0x80)
		return 1;
	if (c < 0xc2 || c > 0xf4)
		return 0;
	if (c < 0xe0)
		return n >= 2 && utf8_cont(s[1]) ? 2 : 0;
	if (c == 0xe0 || c == 0xf0)
		lo = c == 0xe0 ? 0xa0 : 0x90;
	if (c == 0xed || c == 0xf4)
		hi = c == 0xed ? 0x9f : 0x8f;
	if (n < 2 || s[1] < lo || s[1] > hi)
		return 0;
	if (c < 0xf0)
		return n >= 3 && utf8_cont(s[2]) ? 3 : 0;
	return n >= 4 && utf8_cont(s[2]) && utf8_cont(s[3]) ? 4 : 0;
}

/* C0 controls, DEL and the C1 controls U+0080..U+009F (0xc2 0x80..0x9f):
 * none of them belongs in text a person typed. */
static int is_control(const unsigned char *s, size_t len, int flags)
{
	if (len == 2)
		return s[0] == 0xc2 && s[1] < 0xa0;
	if (len != 1)
		return 0;
	if (s[0] == '\n')
		return !(flags & KP_TEXT_ALLOW_NEWLINE);
	if (s[0] == '\t')
		return !(flags & KP_TEXT_ALLOW_TAB);
	return s[0] < 0x20 || s[0] == 0x7f;
}

/* Like kp_text_valid, but says which rule broke, for the parse status. */
static enum kp_parse_status text_check(const char *s, size_t n, int flags)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		size_t k = utf8_seq(u + i, n - i);
		if (k == 0)
			return KP_PARSE_BAD_UTF8;
		if (is_control(u + i, k, flags))
			return KP_PARSE_CONTROL_CHAR;
		i += k;
	}
	return KP_PARSE_OK;
}

int kp_text_valid(const char *s, size_t len, int flags)
{
	return text_check(s, len, flags) == KP_PARSE_OK;
}

/* In place: "\r\n" becomes "\n" (browsers send text areas with CRLF); a
 * '\r' anywhere else is refused rather than guessed at. */
static enum kp_parse_status crlf_to_lf(char *s, size_t *n)
{
	size_t j = 0;
	for (size_t i = 0; i < *n; i++) {
		if (s[i] != '\r') {
			s[j++] = s[i];
			continue;
		}
		if (i + 1 >= *n || s[i + 1] != '\n')
			return KP_PARSE_CONTROL_CHAR;
	}
	s[j] = '\0';
	*n = j;
	return KP_PARSE_OK;
}

static int name_valid(const char *s, size_t n)
{
	if (n == 0 || n > KP_NAME_MAX)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
			return 0;
	}
	return 1;
}

/* ---- the list ---- */

/* Links strings that already live in the arena. */
static enum kp_parse_status params_link(struct kp_arena *a, struct kp_params *p, const char *name,
                                        const char *value, size_t len)
{
	struct kp_param *q = kp_arena_alloc(a, sizeof(*q));
	if (!q)
		return KP_PARSE_NOMEM;
	q->name = name;
	q->value = value;
	q->len = len;
	if (p->tail)
		p->tail->next = q;
	else
		p->head = q;
	p->tail = q;
	p->count++;
	return KP_PARSE_OK;
}

/* A failed parse leaves the list as it was: a request either has all of a
 * source's parameters or is refused, never half of them. */
static void params_restore(struct kp_params *p, const struct kp_params *before)
{
	*p = *before;
	if (p->tail)
		p->tail->next = NULL;
}

enum kp_parse_status kp_params_add(struct kp_arena *a, struct kp_params *p, const char *name,
                                   size_t name_len, const char *value, size_t value_len)
{
	char *n = kp_arena_strndup(a, name, name_len);
	char *v = kp_arena_strndup(a, value ? value : "", value ? value_len : 0);
	if (!n || !v)
		return KP_PARSE_NOMEM;
	return params_link(a, p, n, v, value ? value_len : 0);
}

void kp_params_cleanup(struct kp_params *p)
{
	for (struct kp_param *q = p ? p->head : NULL; q; q = q->next) {
		if (!q->is_file || !q->tmp_path)
			continue;
		unlink(q->tmp_path);
		/* Cleaning up twice must not remove a file that reused the name. */
		q->tmp_path = NULL;
	}
}

const struct kp_param *kp_param_get(const struct kp_params *p, const char *name)
{
	for (const struct kp_param *q = p && name ? p->head : NULL; q; q = q->next) {
		if (strcmp(q->name, name) == 0)
			return q;
	}
	return NULL;
}

const char *kp_param_value(const struct kp_params *p, const char *name)
{
	const struct kp_param *q = kp_param_get(p, name);
	return q ? q->value : NULL;
}

size_t kp_param_count(const struct kp_params *p, const char *name)
{
	size_t n = 0;
	for (const struct kp_param *q = p && name ? p->head : NULL; q; q = q->next) {
		if (strcmp(q->name, name) == 0)
			n++;
	}
	return n;
}

/* ---- application/x-www-form-urlencoded ---- */

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* dst has room for n bytes; decoding never grows the text. */
static enum kp_parse_status url_decode(const char *s, size_t n, char *dst, size_t *dst_len)
{
	size_t j = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '+') {
			c = ' ';
		} else if (c == '%') {
			int hi = n - i >= 3 ? hex_value(s[i + 1]) : -1;
			int lo = n - i >= 3 ? hex_value(s[i + 2]) : -1;
			if (hi < 0 || lo < 0)
				return KP_PARSE_BAD_ESCAPE;
			c = (char)(hi << 4 | lo);
			i += 2;
		}
		dst[j++] = c;
	}
	*dst_len = j;
	return KP_PARSE_OK;
}

static enum kp_parse_status url_name(struct kp_arena *a, const char *s, size_t n, char **name)
{
	/* Three raw bytes per name byte at most ("%61"): longer cannot fit. */
	char buf[3 * KP_NAME_MAX];
	size_t len;
	if (n > sizeof(buf))
		return KP_PARSE_BAD_NAME;
	enum kp_parse_status st = url_decode(s, n, buf, &len);
	if (st != KP_PARSE_OK)
		return st;
	if (!name_valid(buf, len))
		return KP_PARSE_BAD_NAME;
	*name = kp_arena_strndup(a, buf, len);
	return *name ? KP_PARSE_OK : KP_PARSE_NOMEM;
}

static enum kp_parse_status url_value(struct kp_arena *a, const char *s, size_t n,
                                      const struct kp_limits *lim, char **value, size_t *len)
{
	char *buf = kp_arena_alloc(a, n + 1);
	if (!buf)
		return KP_PARSE_NOMEM;
	enum kp_parse_status st = url_decode(s, n, buf, len);
	if (st == KP_PARSE_OK)
		st = crlf_to_lf(buf, len);
	if (st == KP_PARSE_OK && *len > lim->max_value)
		st = KP_PARSE_TOO_LONG;
	if (st == KP_PARSE_OK)
		st = text_check(buf, *len, KP_TEXT_ALLOW_NEWLINE | KP_TEXT_ALLOW_TAB);
	*value = buf;
	return st;
}

/* One "name=value" (or "name") pair, n > 0. */
static enum kp_parse_status url_pair(struct kp_arena *a, const char *s, size_t n,
                                     const struct kp_limits *lim, struct kp_params *out)
{
	const char *eq = memchr(s, '=', n);
	size_t name_len = eq ? (size_t)(eq - s) : n;
	size_t value_len = eq ? n - name_len - 1 : 0;
	char *name, *value;
	size_t len;
	enum kp_parse_status st = url_name(a, s, name_len, &name);
	if (st == KP_PARSE_OK)
		st = url_value(a, eq ? eq + 1 : s + n, value_len, lim, &value, &len);
	if (st == KP_PARSE_OK)
		st = params_link(a, out, name, value, len);
	return st;
}

enum kp_parse_status kp_parse_urlencoded(struct kp_arena *a, const char *s, size_t len,
                                         const struct kp_limits *lim, struct kp_params *out)
{
	if (len == 0)
		return KP_PARSE_OK;
	if (!s)
		return KP_PARSE_MALFORMED;
	const struct kp_params before = *out;
	const char *p = s, *end = s + len;
	size_t added = 0;
	enum kp_parse_status st = KP_PARSE_OK;
	while (p < end && st == KP_PARSE_OK) {
		const char *amp = memchr(p, '&', (size_t)(end - p));
		const char *stop = amp ? amp : end;
		if (stop > p)
			st = ++added > lim->max_params
			         ? KP_PARSE_TOO_MANY
			         : url_pair(a, p, (size_t)(stop - p), lim, out);
		p = amp ? amp + 1 : end;
	}
	if (st != KP_PARSE_OK)
		params_restore(out, &before);
	return st;
}

/* ---- Cookie header ---- */

static int cookie_name_valid(const char *s, size_t n)
{
	if (n == 0 || n > KP_NAME_MAX)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '_' || c == '-'))
			return 0;
	}
	return 1;
}

static int cookie_value_valid(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c <= 0x20 || c >= 0x7f || c == ';' || c == ',' || c == '"' || c == '\\')
			return 0;
	}
	return 1;
}

static int is_ows(char c)
{
	return c == ' ' || c == '\t';
}

/* Cuts "  name=value " into its parts; 0 when the pair is malformed and is
 * to be skipped. */
static int cookie_split(const char *s, size_t n, const char **name, size_t *name_len,
                        const char **value, size_t *value_len)
{
	while (n > 0 && is_ows(*s))
		s++, n--;
	while (n > 0 && is_ows(s[n - 1]))
		n--;
	const char *eq = memchr(s, '=', n);
	if (!eq)
		return 0;
	*name = s;
	*name_len = (size_t)(eq - s);
	*value = eq + 1;
	*value_len = n - *name_len - 1;
	if (*value_len >= 2 && **value == '"' && (*value)[*value_len - 1] == '"') {
		++*value;
		*value_len -= 2;
	}
	return cookie_name_valid(*name, *name_len) && cookie_value_valid(*value, *value_len);
}

static enum kp_parse_status cookie_pair(struct kp_arena *a, const char *s, size_t n,
                                        const struct kp_limits *lim, struct kp_params *out,
                                        size_t *added)
{
	const char *name, *value;
	size_t name_len, value_len;
	if (!cookie_split(s, n, &name, &name_len, &value, &value_len))
		return KP_PARSE_OK;
	if (++*added > lim->max_params)
		return KP_PARSE_TOO_MANY;
	if (value_len > lim->max_value)
		return KP_PARSE_TOO_LONG;
	return kp_params_add(a, out, name, name_len, value, value_len);
}

enum kp_parse_status kp_parse_cookies(struct kp_arena *a, const char *header,
                                      const struct kp_limits *lim, struct kp_params *out)
{
	if (!header)
		return KP_PARSE_OK;
	const char *p = header;
	size_t added = 0;
	enum kp_parse_status st = KP_PARSE_OK;
	/* Unlike the other parsers, a limit keeps the cookies before it: the
	 * header is not the user's input but the sum of what sites on this
	 * host set, and our session cookie may well be among the first. */
	while (*p && st == KP_PARSE_OK) {
		size_t n = strcspn(p, ";");
		st = cookie_pair(a, p, n, lim, out, &added);
		p += p[n] ? n + 1 : n;
	}
	return st;
}

/* ---- declared fields ---- */

/* One occurrence of a declared field against its declaration. */
static int field_fits(const struct kp_param *q, const struct kp_field *f)
{
	int want_file = (f->flags & KP_FIELD_FILE) != 0;
	if ((q->is_file != 0) != want_file)
		return 0;
	/* For a file the limit is on its content; the client's name for it
	 * is bounded by the multipart header line limit already. */
	size_t size = q->is_file ? q->file_size : q->len;
	if (f->max_len && size > f->max_len)
		return 0;
	if (!(f->flags & KP_FIELD_MULTILINE) &&
	    (memchr(q->value, '\n', q->len) || memchr(q->value, '\t', q->len)))
		return 0;
	return 1;
}

static int field_ok(const struct kp_params *p, const struct kp_field *f)
{
	size_t seen = 0;
	for (const struct kp_param *q = p ? p->head : NULL; q; q = q->next) {
		if (strcmp(q->name, f->name) != 0)
			continue;
		if (++seen > 1 && !(f->flags & KP_FIELD_LIST))
			return 0;
		if (!field_fits(q, f))
			return 0;
	}
	return 1;
}

int kp_fields_check(const struct kp_params *p, const struct kp_field *fields, const char **bad)
{
	if (bad)
		*bad = NULL;
	for (const struct kp_field *f = fields; f && f->name; f++) {
		if (!field_ok(p, f)) {
			if (bad)
				*bad = f->name;
			return -1;
		}
	}
	return 0;
}

char *kp_text_clean(struct kp_arena *a, const char *s, size_t max_bytes)
{
	size_t n = strlen(s);
	char *out = kp_arena_alloc(a, (n < max_bytes ? n : max_bytes) + 1);
	if (!out)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		if (i + len > n || !kp_text_valid(s + i, len, 0)) {
			len = 1;
			if (o + 1 > max_bytes)
				break;
			out[o++] = '?';
		} else {
			if (o + len > max_bytes)
				break;
			memcpy(out + o, s + i, len);
			o += len;
		}
		i += len;
	}
	out[o] = '\0';
	return out;
}
