/* libFuzzer target for the parts of files.c that read what a client sends:
 * kp_filename_clean and the Content-Disposition builder (the file name of
 * every upload), and the two header readers that see an upload's bytes
 * before anything else does, kp_image_probe and kp_zip_ooxml.
 *
 * Besides "no crash", it checks the promises: a cleaned name is valid
 * UTF-8, non-empty, within KP_FILENAME_MAX, without control characters,
 * path separators, "..", leading dots, bidi or other invisible format
 * characters; cleaning it again changes nothing; its extension is what the
 * name ends with. A Content-Disposition value is printable ASCII with
 * exactly the two quotes of filename="...", and its filename* decodes back
 * to the cleaned name. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "files.h"
#include "params.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void require(int ok)
{
	if (!ok)
		abort();
}

/* A decoder of our own, so that a bug in files.c's is not shared. Returns
 * the code point and advances *i; -1 for invalid UTF-8. */
static long next_cp(const unsigned char *s, size_t n, size_t *i)
{
	unsigned char c = s[*i];
	size_t k = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : 4;
	if ((c & 0xc0) == 0x80 || c > 0xf4 || *i + k > n)
		return -1;
	long v = k == 1 ? c : k == 2 ? c & 0x1f : k == 3 ? c & 0x0f : c & 0x07;
	for (size_t j = 1; j < k; j++) {
		if ((s[*i + j] & 0xc0) != 0x80)
			return -1;
		v = (v << 6) | (s[*i + j] & 0x3f);
	}
	static const long min[] = {0, 0, 0x80, 0x800, 0x10000};
	if (v < min[k] || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		return -1;
	*i += k;
	return v;
}

static int forbidden_cp(long c)
{
	return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '/' || c == '\\' || c == '"' ||
	       c == '<' || c == '>' || c == ':' || c == '|' || c == '?' || c == '*' ||
	       /* bidi controls and marks */
	       (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e ||
	       c == 0x200f || c == 0x061c ||
	       /* other invisible format characters, separators, slashes */
	       c == 0x200b || c == 0xfeff || c == 0xad || c == 0x2060 ||
	       (c >= 0xe0000 && c <= 0xe007f) || c == 0x2028 || c == 0x2029 || c == 0xa0 ||
	       c == 0x2215 || c == 0xff0f || c == 0xff3c || (c & 0xfffe) == 0xfffe;
}

static void check_name(const char *name, const char *ext)
{
	size_t n = strlen(name);
	require(n >= 1 && n <= KP_FILENAME_MAX);
	require(kp_text_valid(name, n, 0));
	const unsigned char *u = (const unsigned char *)name;
	for (size_t i = 0; i < n;) {
		long c = next_cp(u, n, &i);
		require(c >= 0);
		require(!forbidden_cp(c));
	}
	require(name[0] != '.' && name[0] != ' ');
	require(name[n - 1] != '.' && name[n - 1] != ' ');
	require(strstr(name, "..") == NULL);
	require(strstr(name, "  ") == NULL);
	size_t el = strlen(ext);
	require(el <= KP_EXT_MAX);
	for (size_t i = 0; i < el; i++)
		require((ext[i] >= 'a' && ext[i] <= 'z') || (ext[i] >= '0' && ext[i] <= '9'));
	if (el > 0) {
		require(n > el + 1 && name[n - el - 1] == '.');
		require(strncasecmp(name + n - el, ext, el) == 0);
	}
}

static int attr_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       (c && strchr("!#$&+-.^_`|~", c));
}

static int hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static void check_disposition(struct kp_arena *a, const char *v, int is_inline, const char *clean)
{
	require(v != NULL);
	const char *lead = is_inline ? "inline; filename=\"" : "attachment; filename=\"";
	require(strncmp(v, lead, strlen(lead)) == 0);
	size_t quotes = 0;
	for (const char *p = v; *p; p++) {
		require(*p >= 0x20 && *p < 0x7f); /* no CR, LF, NUL, bytes >= 0x80 */
		quotes += *p == '"';
	}
	require(quotes == 2);
	require(strlen(v) <= 64 + 5 * (size_t)KP_FILENAME_MAX);
	const char *star = strstr(v, "\"; filename*=UTF-8''");
	require(star != NULL);
	/* The ASCII fallback is never empty. */
	require(star > v + strlen(lead));
	const char *enc = star + strlen("\"; filename*=UTF-8''");
	char *dec = kp_arena_alloc(a, strlen(enc) + 1);
	require(dec != NULL);
	size_t o = 0;
	for (const char *p = enc; *p;) {
		if (*p == '%') {
			int h = hexval(p[1]), l = h < 0 ? -1 : hexval(p[2]);
			require(h >= 0 && l >= 0);
			dec[o++] = (char)(h << 4 | l);
			p += 3;
		} else {
			require(attr_char(*p));
			dec[o++] = *p++;
		}
	}
	dec[o] = '\0';
	require(strcmp(dec, clean) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kp_arena a = {0};
	const char *ext = NULL, *ext2 = NULL;
	const char *name = kp_filename_clean(&a, (const char *)data, size, &ext);
	require(name && ext);
	check_name(name, ext);
	/* Cleaning is idempotent: a stored name survives a second pass. */
	const char *again = kp_filename_clean(&a, name, strlen(name), &ext2);
	require(again && strcmp(again, name) == 0 && strcmp(ext, ext2) == 0);

	/* The builder takes a C string (a database value): up to a NUL. */
	char *raw = kp_arena_strndup(&a, (const char *)data, size);
	require(raw != NULL);
	const char *clean = kp_filename_clean(&a, raw, strlen(raw), NULL);
	require(clean != NULL);
	for (int inl = 0; inl < 2; inl++)
		check_disposition(&a, kp_content_disposition(&a, raw, inl), inl, clean);
	struct kp_download d;
	require(kp_download_prepare(
	            &a, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", raw,
	            raw, 1, &d) == 0);
	require(strcmp(d.content_type, "application/octet-stream") == 0 ||
	        strchr(d.content_type, '/') != NULL);
	require(!d.is_inline || kp_mime_inline(d.content_type));
	check_disposition(&a, d.disposition, d.is_inline, clean);
	/* A hash from the input never becomes a path unless it is one. */
	if (kp_download_prepare(&a, raw, "application/pdf", "x.pdf", 0, &d) == 0)
		require(strlen(raw) == 64 && strspn(raw, "0123456789abcdef") == 64);

	/* The header readers on the raw bytes. */
	struct kp_image_info info;
	if (kp_image_probe(data, size, &info) == 0) {
		require(info.format >= KP_IMG_JPEG && info.format <= KP_IMG_GIF);
		require(info.width > 0 && info.height > 0);
		require(info.orientation >= 1 && info.orientation <= 8);
		require(info.format == KP_IMG_JPEG || info.orientation == 1);
	} else {
		require(info.format == KP_IMG_NONE && info.width == 0 && info.height == 0);
	}
	int z = kp_zip_ooxml(data, size);
	require((z & ~(KP_OOXML_WORD | KP_OOXML_EXCEL | KP_OOXML_POWERPOINT)) == 0);
	kp_arena_reset(&a);
	return 0;
}
