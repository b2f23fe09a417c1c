#include "export.h"

#include <stdio.h>
#include <string.h>

void kp_buf_init(struct kp_buf *b, struct kp_arena *a)
{
	memset(b, 0, sizeof(*b));
	b->arena = a;
	b->data = "";
}

/* Room for n more bytes and a NUL; 0 when there is. The arena cannot
 * give memory back, so a buffer doubles: at most twice its size in all. */
static int reserve(struct kp_buf *b, size_t n)
{
	if (b->failed)
		return -1;
	if (n > KP_BUF_MAX - b->len) {
		b->failed = 1;
		return -1;
	}
	if (b->len + n + 1 <= b->cap)
		return 0;
	size_t cap = b->cap ? b->cap : 4096;
	while (cap < b->len + n + 1)
		cap *= 2;
	char *p = kp_arena_alloc(b->arena, cap);
	if (!p) {
		b->failed = 1;
		return -1;
	}
	memcpy(p, b->data, b->len);
	b->data = p;
	b->cap = cap;
	return 0;
}

void kp_buf_add(struct kp_buf *b, const char *s, size_t n)
{
	if (reserve(b, n) != 0)
		return;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void kp_buf_str(struct kp_buf *b, const char *s)
{
	kp_buf_add(b, s, strlen(s));
}

static void add_char(struct kp_buf *b, char c)
{
	kp_buf_add(b, &c, 1);
}

/* ---- CSV ----------------------------------------------------------------- */

int kp_csv_risky(const char *s)
{
	return s && *s && strchr("=+-@\t\r", *s) != NULL;
}

void kp_csv_cell(struct kp_buf *b, const char *s)
{
	if (b->cells++)
		add_char(b, ',');
	if (!s)
		return;
	int quote = strpbrk(s, ",\"\r\n") != NULL;
	if (quote)
		add_char(b, '"');
	if (kp_csv_risky(s))
		add_char(b, '\'');
	for (const char *p = s; *p;) {
		size_t n = strcspn(p, "\"");
		kp_buf_add(b, p, n);
		p += n;
		if (*p == '"') {
			kp_buf_add(b, "\"\"", 2);
			p++;
		}
	}
	if (quote)
		add_char(b, '"');
}

void kp_csv_end_row(struct kp_buf *b)
{
	kp_buf_add(b, "\r\n", 2);
	b->cells = 0;
}

/* ---- JSON ---------------------------------------------------------------- */

/* The length of the valid UTF-8 sequence at s (n bytes left) and its code
 * point; 0 when the bytes there are no valid sequence (overlong forms,
 * surrogates and values above U+10FFFF included). */
static size_t utf8_next(const unsigned char *s, size_t n, unsigned *cp)
{
	unsigned c = s[0];
	size_t len;
	unsigned min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		min = 0x80;
		c &= 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		min = 0x800;
		c &= 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		min = 0x10000;
		c &= 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

/* Before a value or a key: the comma that separates it from the one
 * before. Opening a container or writing a key means none comes next. */
static void separate(struct kp_buf *b)
{
	if (b->comma)
		add_char(b, ',');
}

static void escaped(struct kp_buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t left = strlen(s);
	add_char(b, '"');
	while (left > 0) {
		/* The run of bytes that need nothing, copied at once. */
		size_t run = 0;
		while (run < left && p[run] >= 0x20 && p[run] < 0x7F && p[run] != '"' &&
		       p[run] != '\\' && p[run] != '<' && p[run] != '>' && p[run] != '&')
			run++;
		kp_buf_add(b, (const char *)p, run);
		p += run;
		left -= run;
		if (left == 0)
			break;
		unsigned cp;
		size_t n = utf8_next(p, left, &cp);
		char esc[8];
		if (n == 0) {
			kp_buf_add(b, "\xEF\xBF\xBD", 3); /* U+FFFD for a byte that is no text */
			n = 1;
		} else if (cp == '"' || cp == '\\') {
			esc[0] = '\\';
			esc[1] = (char)cp;
			kp_buf_add(b, esc, 2);
		} else if (cp < 0x80 || cp == 0x2028 || cp == 0x2029) {
			/* controls, DEL, < > &, and the two line separators that end
			 * a JavaScript string */
			snprintf(esc, sizeof(esc), "\\u%04x", cp);
			kp_buf_add(b, esc, 6);
		} else {
			kp_buf_add(b, (const char *)p, n);
		}
		p += n;
		left -= n;
	}
	add_char(b, '"');
}

void kp_json_begin_object(struct kp_buf *b)
{
	separate(b);
	add_char(b, '{');
	b->comma = 0;
}

void kp_json_end_object(struct kp_buf *b)
{
	add_char(b, '}');
	b->comma = 1;
}

void kp_json_begin_array(struct kp_buf *b)
{
	separate(b);
	add_char(b, '[');
	b->comma = 0;
}

void kp_json_end_array(struct kp_buf *b)
{
	add_char(b, ']');
	b->comma = 1;
}

void kp_json_key(struct kp_buf *b, const char *key)
{
	separate(b);
	escaped(b, key);
	add_char(b, ':');
	b->comma = 0;
}

void kp_json_string(struct kp_buf *b, const char *s)
{
	separate(b);
	if (s)
		escaped(b, s);
	else
		kp_buf_str(b, "null");
	b->comma = 1;
}

void kp_json_int(struct kp_buf *b, long long v)
{
	char num[32];
	separate(b);
	snprintf(num, sizeof(num), "%lld", v);
	kp_buf_str(b, num);
	b->comma = 1;
}

void kp_json_bool(struct kp_buf *b, int v)
{
	separate(b);
	kp_buf_str(b, v ? "true" : "false");
	b->comma = 1;
}

void kp_json_null(struct kp_buf *b)
{
	separate(b);
	kp_buf_str(b, "null");
	b->comma = 1;
}

void kp_json_number_text(struct kp_buf *b, const char *digits)
{
	const char *d = digits && *digits == '-' ? digits + 1 : digits;
	size_t n = d ? strspn(d, "0123456789") : 0;
	if (!d || n == 0 || d[n] != '\0' || (d[0] == '0' && n > 1) || n > 19) {
		kp_json_null(b);
		return;
	}
	separate(b);
	kp_buf_str(b, digits);
	b->comma = 1;
}
