/* libFuzzer target for export.c: whatever text a cell or a string holds,
 * what comes out reads back as it went in.
 *
 * The input, up to the first NUL (cells come from C strings), is written
 * as a CSV row of two cells and as a JSON string. The CSV row is read
 * back by a small RFC 4180 reader of our own: exactly two cells, the
 * first equal to the input (with the apostrophe in front exactly when the
 * input starts like a formula), the second "x". The JSON string is
 * checked by a reader of our own as well: valid UTF-8, no raw control
 * characters, < > & or U+2028/U+2029, only the escapes JSON knows, and
 * it decodes to the input — or, for input that is no valid UTF-8, to the
 * input with each bad byte replaced by U+FFFD. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void require(int ok)
{
	if (!ok)
		abort();
}

/* ---- an independent UTF-8 reader ------------------------------------------ */

/* Bytes of the sequence at s if valid (with its code point), else 0. */
static size_t utf8_at(const unsigned char *s, size_t n, unsigned long *out)
{
	static const struct {
		unsigned char lo, hi; /* lead byte range */
		size_t len;
		unsigned char lo2, hi2; /* the second byte's range */
	} forms[] = {
	    {0xC2, 0xDF, 2, 0x80, 0xBF}, {0xE0, 0xE0, 3, 0xA0, 0xBF}, {0xE1, 0xEC, 3, 0x80, 0xBF},
	    {0xED, 0xED, 3, 0x80, 0x9F}, {0xEE, 0xEF, 3, 0x80, 0xBF}, {0xF0, 0xF0, 4, 0x90, 0xBF},
	    {0xF1, 0xF3, 4, 0x80, 0xBF}, {0xF4, 0xF4, 4, 0x80, 0x8F},
	};
	if (s[0] < 0x80) {
		*out = s[0];
		return 1;
	}
	for (size_t f = 0; f < sizeof(forms) / sizeof(forms[0]); f++) {
		if (s[0] < forms[f].lo || s[0] > forms[f].hi)
			continue;
		size_t len = forms[f].len;
		if (n < len || s[1] < forms[f].lo2 || s[1] > forms[f].hi2)
			return 0;
		unsigned long cp = s[0] & (0xFF >> (len + 1));
		for (size_t i = 1; i < len; i++) {
			if (i > 1 && (s[i] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i] & 0x3F);
		}
		*out = cp;
		return len;
	}
	return 0;
}

/* The input as JSON should see it: bad bytes as U+FFFD (malloc'd). */
static char *repaired(const char *s, size_t *len)
{
	size_t n = strlen(s);
	char *out = malloc(3 * n + 1);
	require(out != NULL);
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		unsigned long cp;
		size_t k = utf8_at((const unsigned char *)s + i, n - i, &cp);
		if (k == 0) {
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i++;
		} else {
			memcpy(out + o, s + i, k);
			o += k;
			i += k;
		}
	}
	out[o] = '\0';
	*len = o;
	return out;
}

static size_t put_utf8(char *out, unsigned long cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	out[0] = (char)(0xE0 | (cp >> 12));
	out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[2] = (char)(0x80 | (cp & 0x3F));
	return 3;
}

static int hex(int c)
{
	return c >= '0' && c <= '9'   ? c - '0'
	       : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10
	                              : -1;
}

/* Checks one JSON string literal (the whole of j) and returns its decoded
 * value (malloc'd). */
static char *json_read_string(const char *j, size_t n, size_t *len)
{
	require(n >= 2 && j[0] == '"' && j[n - 1] == '"');
	char *out = malloc(n + 1);
	require(out != NULL);
	size_t o = 0;
	for (size_t i = 1; i < n - 1;) {
		unsigned char c = (unsigned char)j[i];
		if (c == '\\') {
			require(i + 1 < n - 1);
			char e = j[i + 1];
			const char *simple = strchr("\"\\/bfnrt", e);
			if (e != 'u') {
				require(e && simple != NULL);
				static const char map[] = "\"\\/\b\f\n\r\t";
				out[o++] = map[simple - "\"\\/bfnrt"];
				i += 2;
				continue;
			}
			require(i + 5 < n - 1);
			unsigned long cp = 0;
			for (int k = 2; k < 6; k++) {
				int h = hex((unsigned char)j[i + (size_t)k]);
				require(h >= 0);
				cp = cp * 16 + (unsigned long)h;
			}
			require(cp < 0xD800 || cp > 0xDFFF); /* never a surrogate pair */
			o += put_utf8(out + o, cp);
			i += 6;
			continue;
		}
		require(c >= 0x20 && c != 0x7F && c != '"' && c != '<' && c != '>' && c != '&');
		unsigned long cp;
		size_t k = utf8_at((const unsigned char *)j + i, n - 1 - i, &cp);
		require(k > 0);
		require(cp != 0x2028 && cp != 0x2029);
		memcpy(out + o, j + i, k);
		o += k;
		i += k;
	}
	out[o] = '\0';
	*len = o;
	return out;
}

/* ---- an independent CSV reader -------------------------------------------- */

/* Reads one record ending in CRLF that must be all of s; returns the
 * number of cells, their copies in cells[] (malloc'd). */
static size_t csv_read_row(const char *s, size_t n, char **cells, size_t max)
{
	size_t count = 0, i = 0;
	for (;;) {
		require(count < max);
		char *c = malloc(n + 1);
		require(c != NULL);
		size_t o = 0;
		if (i < n && s[i] == '"') {
			i++;
			for (;;) {
				require(i < n);
				if (s[i] == '"') {
					if (i + 1 < n && s[i + 1] == '"') {
						c[o++] = '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				c[o++] = s[i++];
			}
		} else {
			while (i < n && s[i] != ',' && s[i] != '\r') {
				require(s[i] != '"' && s[i] != '\n');
				c[o++] = s[i++];
			}
		}
		c[o] = '\0';
		cells[count++] = c;
		require(i < n);
		if (s[i] == ',') {
			i++;
			continue;
		}
		require(s[i] == '\r' && i + 2 == n && s[i + 1] == '\n');
		return count;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	require(s != NULL);
	memcpy(s, data, size);
	s[size] = '\0';
	size_t slen = strlen(s);
	struct kp_arena a = {0};

	/* CSV: a row of the input and "x". */
	struct kp_buf b;
	kp_buf_init(&b, &a);
	kp_csv_cell(&b, s);
	kp_csv_cell(&b, "x");
	kp_csv_end_row(&b);
	require(!b.failed && b.len == strlen(b.data));
	char *cells[3];
	require(csv_read_row(b.data, b.len, cells, 3) == 2);
	int risky = slen > 0 && strchr("=+-@\t\r", s[0]) != NULL;
	require(risky == kp_csv_risky(s));
	if (risky)
		require(cells[0][0] == '\'' && strcmp(cells[0] + 1, s) == 0);
	else
		require(strcmp(cells[0], s) == 0);
	require(strcmp(cells[1], "x") == 0);
	free(cells[0]);
	free(cells[1]);

	/* JSON: the input as a string. */
	kp_buf_init(&b, &a);
	kp_json_string(&b, s);
	require(!b.failed && b.len == strlen(b.data));
	size_t got_len, want_len;
	char *got = json_read_string(b.data, b.len, &got_len);
	char *want = repaired(s, &want_len);
	require(got_len == want_len && memcmp(got, want, got_len) == 0);
	free(got);
	free(want);

	kp_arena_reset(&a);
	free(s);
	return 0;
}
