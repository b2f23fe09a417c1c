/* files: upload checks, the content-addressed store and download headers.
 * See files.h for the pipeline; the comments here say why it is built the
 * way it is. */
#include "files.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gd.h>
#include <gd_errors.h>
#include <magic.h>
#include <openssl/evp.h>

#include "config.h"
#include "crypto.h"
#include "log.h"

/* ==== file names ========================================================== */

/* One code point from s[0..n): its length (1..4), or 0 when the bytes there
 * are not valid UTF-8 (overlong, surrogate, above U+10FFFF, cut off). */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char c = s[0];
	size_t k;
	uint32_t v, min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xc2 && c <= 0xdf) {
		k = 2, v = c & 0x1f, min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		k = 3, v = c & 0x0f, min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		k = 4, v = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (n < k)
		return 0;
	for (size_t i = 1; i < k; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3f);
	}
	if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		return 0;
	*cp = v;
	return k;
}

/* Invisible characters that change how a name reads without showing: bidi
 * embeddings, overrides, isolates and marks (the "gpj.exe" trick), zero
 * width space, BOM, soft hyphen, word joiner and invisible operators,
 * fillers, tags (text hidden inside a name), noncharacters. ZWNJ and ZWJ
 * (U+200C/D) stay: Persian and emoji sequences need them, and they cannot
 * reorder or hide text. */
static int cp_invisible(uint32_t c)
{
	return c == 0xad || c == 0x34f || c == 0x61c || c == 0x115f || c == 0x1160 || c == 0x17b4 ||
	       c == 0x17b5 || (c >= 0x180b && c <= 0x180f) || c == 0x200b || c == 0x200e ||
	       c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) ||
	       c == 0x3164 || c == 0xfeff || c == 0xffa0 || (c >= 0xfff0 && c <= 0xfffb) ||
	       (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe ||
	       (c >= 0x1bca0 && c <= 0x1bca3) || (c >= 0x1d173 && c <= 0x1d17a) ||
	       (c >= 0xe0000 && c <= 0xe007f);
}

/* Unicode spaces and line/paragraph separators: shown as one plain space. */
static int cp_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xa0 || c == 0x1680 ||
	       (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f ||
	       c == 0x205f || c == 0x3000;
}

/* Characters Windows refuses in names, '"' (headers) and look-alikes of the
 * path separators (fraction, division and fullwidth slashes). */
static int cp_replaced(uint32_t c)
{
	return c == '"' || c == '<' || c == '>' || c == ':' || c == '|' || c == '?' || c == '*' ||
	       c == 0x2044 || c == 0x2215 || c == 0x2216 || c == 0x29f8 || c == 0x29f9 ||
	       c == 0xfe68 || c == 0xff0f || c == 0xff3c;
}

static int ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static unsigned char ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* Where the extension's dot is in b[0..m), or m when there is no valid
 * extension (1..KP_EXT_MAX ASCII letters or digits after the last dot,
 * with something before it). */
static size_t ext_dot(const char *b, size_t m)
{
	size_t dot = m;
	for (size_t i = m; i > 0; i--) {
		if (b[i - 1] == '.') {
			dot = i - 1;
			break;
		}
	}
	if (dot == m || dot == 0 || m - dot - 1 == 0 || m - dot - 1 > KP_EXT_MAX)
		return m;
	for (size_t i = dot + 1; i < m; i++) {
		if (!ascii_alnum((unsigned char)b[i]))
			return m;
	}
	return dot;
}

/* CON, PRN, AUX, NUL, COM0-9, LPT0-9 as the part before the first dot
 * (trailing spaces ignored, as Windows does): such a file cannot be saved
 * under its name on Windows. */
static int windows_device(const char *b, size_t m)
{
	size_t n = 0;
	while (n < m && b[n] != '.')
		n++;
	while (n > 0 && b[n - 1] == ' ')
		n--;
	char s[5];
	if (n != 3 && n != 4)
		return 0;
	for (size_t i = 0; i < n; i++)
		s[i] = (char)ascii_lower((unsigned char)b[i]);
	s[n] = '\0';
	if (n == 3)
		return !strcmp(s, "con") || !strcmp(s, "prn") || !strcmp(s, "aux") ||
		       !strcmp(s, "nul");
	return (!strncmp(s, "com", 3) || !strncmp(s, "lpt", 3)) && s[3] >= '0' && s[3] <= '9';
}

static size_t trim_end(const char *b, size_t m)
{
	while (m > 0 && (b[m - 1] == ' ' || b[m - 1] == '.'))
		m--;
	return m;
}

/* Cuts b[0..m) to at most max bytes without splitting a UTF-8 sequence. */
static size_t cut_utf8(const char *b, size_t m, size_t max)
{
	if (m <= max)
		return m;
	m = max;
	while (m > 0 && ((unsigned char)b[m] & 0xc0) == 0x80)
		m--;
	return m;
}

const char *kp_filename_clean(struct kp_arena *a, const char *s, size_t len, const char **ext)
{
	const unsigned char *u = (const unsigned char *)s;
	if (!s)
		len = 0;
	/* The last path component: browsers on Windows once sent the whole
	 * path ("C:\Users\x\a.pdf"); trailing separators name no file. */
	while (len > 0 && (u[len - 1] == '/' || u[len - 1] == '\\'))
		len--;
	size_t start = len;
	while (start > 0 && u[start - 1] != '/' && u[start - 1] != '\\')
		start--;

	/* Room for every byte, one '_' in front (device names) and "file". */
	char *b = kp_arena_alloc(a, len - start + 8);
	if (!b)
		return NULL;
	size_t m = 0;
	for (size_t i = start; i < len;) {
		uint32_t c;
		size_t k = utf8_decode(u + i, len - i, &c);
		const char *put = NULL;
		size_t putn = 0;
		if (k == 0) {
			put = "_", putn = 1, k = 1;
		} else if (c >= 0x20 && c < 0x7f) { /* the common case, quickly */
			put = strchr("\"<>:|?*", (int)c) ? "_" : (const char *)u + i;
			putn = 1;
		} else if (cp_space(c)) {
			put = " ", putn = 1;
		} else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || cp_invisible(c)) {
			put = NULL;
		} else if (cp_replaced(c)) {
			put = "_", putn = 1;
		} else {
			put = (const char *)u + i, putn = k;
		}
		i += k;
		if (!put)
			continue;
		/* No leading spaces or dots (hidden files, ".."), no runs of
		 * spaces, no ".." anywhere. */
		if ((*put == ' ' || *put == '.') && (m == 0 || b[m - 1] == *put))
			continue;
		memcpy(b + m, put, putn);
		m += putn;
	}
	/* Windows drops trailing dots and spaces ("x.exe." saves as x.exe). */
	m = trim_end(b, m);
	if (m > 0 && windows_device(b, m)) {
		memmove(b + 1, b, m);
		b[0] = '_';
		m++;
	}
	if (m > KP_FILENAME_MAX) {
		size_t dot = ext_dot(b, m);
		if (dot < m) {
			size_t extn = m - dot; /* with the dot */
			size_t stem = trim_end(b, cut_utf8(b, dot, KP_FILENAME_MAX - extn));
			memmove(b + stem, b + dot, extn);
			m = stem + extn;
		} else {
			m = trim_end(b, cut_utf8(b, m, KP_FILENAME_MAX));
		}
	}
	if (m == 0) {
		memcpy(b, "file", 4);
		m = 4;
	}
	b[m] = '\0';
	if (ext) {
		size_t dot = ext_dot(b, m);
		char *e = kp_arena_strndup(a, b + dot + (dot < m), m - dot - (dot < m));
		if (!e)
			return NULL;
		for (char *p = e; *p; p++)
			*p = (char)ascii_lower((unsigned char)*p);
		*ext = e;
	}
	return b;
}

/* ==== what may be uploaded ================================================ */

#define MIME_DOCX "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
#define MIME_XLSX "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#define MIME_PPTX "application/vnd.openxmlformats-officedocument.presentationml.presentation"
#define MIME_ODT  "application/vnd.oasis.opendocument.text"
#define MIME_ODS  "application/vnd.oasis.opendocument.spreadsheet"
#define MIME_ODP  "application/vnd.oasis.opendocument.presentation"
#define IMG       KP_UPLOAD_IMAGE
#define DOC       KP_UPLOAD_DOCUMENT

/* The allowlist: an extension, the type we serve it as, and what libmagic
 * (file 5.44, Debian 12) may call its content. A pair not in this table is
 * refused. */
struct file_type {
	const char *ext;
	const char *mime;
	const char *detected[3];
	unsigned profiles;
	enum kp_image_format image;
	int ooxml; /* KP_OOXML_*: the part a ZIP must hold (see check_ooxml) */
	int show_inline;
	int zip; /* a ZIP container (OOXML, ODF): kp_upload_zip_check reads it */
};

static const struct file_type file_types[] = {
    {"jpg", "image/jpeg", {"image/jpeg"}, IMG | DOC, KP_IMG_JPEG, 0, 1},
    {"jpeg", "image/jpeg", {"image/jpeg"}, IMG | DOC, KP_IMG_JPEG, 0, 1},
    {"png", "image/png", {"image/png"}, IMG | DOC, KP_IMG_PNG, 0, 1},
    {"webp", "image/webp", {"image/webp"}, IMG | DOC, KP_IMG_WEBP, 0, 1},
    {"gif", "image/gif", {"image/gif"}, DOC, KP_IMG_GIF, 0, 1},
    {"pdf", "application/pdf", {"application/pdf"}, DOC, KP_IMG_NONE, 0, 1},
    /* Legacy Office files are OLE2 containers, told apart only by the CDF
     * parser (an MSI installer is OLE2 too: application/x-msi). */
    {"doc",
     "application/msword",
     {"application/msword", "application/vnd.ms-office"},
     DOC,
     KP_IMG_NONE,
     0,
     0},
    {"xls",
     "application/vnd.ms-excel",
     {"application/vnd.ms-excel", "application/vnd.ms-office"},
     DOC,
     KP_IMG_NONE,
     0,
     0},
    {"ppt",
     "application/vnd.ms-powerpoint",
     {"application/vnd.ms-powerpoint", "application/vnd.ms-office"},
     DOC,
     KP_IMG_NONE,
     0,
     0},
    {"docx", MIME_DOCX, {MIME_DOCX}, DOC, KP_IMG_NONE, KP_OOXML_WORD, 0, 1},
    {"xlsx", MIME_XLSX, {MIME_XLSX}, DOC, KP_IMG_NONE, KP_OOXML_EXCEL, 0, 1},
    {"pptx", MIME_PPTX, {MIME_PPTX}, DOC, KP_IMG_NONE, KP_OOXML_POWERPOINT, 0, 1},
    {"odt", MIME_ODT, {MIME_ODT}, DOC, KP_IMG_NONE, 0, 0, 1},
    {"ods", MIME_ODS, {MIME_ODS}, DOC, KP_IMG_NONE, 0, 0, 1},
    {"odp", MIME_ODP, {MIME_ODP}, DOC, KP_IMG_NONE, 0, 0, 1},
    /* libmagic calls comma-separated text text/csv, semicolon-separated
     * (what German spreadsheets write) text/plain. */
    {"txt", "text/plain", {"text/plain", "text/csv"}, DOC, KP_IMG_NONE, 0, 0},
    {"csv", "text/csv", {"text/csv", "text/plain"}, DOC, KP_IMG_NONE, 0, 0},
};
#define N_FILE_TYPES (sizeof(file_types) / sizeof(file_types[0]))

static const struct file_type *type_by_ext(const char *ext, unsigned profile)
{
	for (size_t i = 0; i < N_FILE_TYPES; i++) {
		if ((file_types[i].profiles & profile) && !strcmp(file_types[i].ext, ext))
			return &file_types[i];
	}
	return NULL;
}

static const struct file_type *type_by_mime(const char *mime)
{
	for (size_t i = 0; mime && i < N_FILE_TYPES; i++) {
		if (!strcmp(file_types[i].mime, mime))
			return &file_types[i];
	}
	return NULL;
}

static int type_detected(const struct file_type *t, const char *detected)
{
	for (size_t i = 0; i < 3 && t->detected[i]; i++) {
		if (!strcmp(t->detected[i], detected))
			return 1;
	}
	return 0;
}

int kp_mime_inline(const char *mime)
{
	const struct file_type *t = type_by_mime(mime);
	return t && t->show_inline;
}

/* Extensions that run, or render as active content, somewhere: behind
 * another extension ("x.php.jpg", "x.exe.pdf") they are a trick, never a
 * version number. */
static const char *const risky_ext[] = {
    "exe",  "com",  "bat",   "cmd",  "scr",  "pif",  "msi",     "msp",   "msc", "cpl",  "dll",
    "sys",  "jar",  "js",    "jse",  "mjs",  "vbs",  "vbe",     "wsf",   "wsh", "wsc",  "hta",
    "ps1",  "psm1", "psd1",  "sh",   "bash", "zsh",  "csh",     "ksh",   "php", "php3", "php4",
    "php5", "php7", "phtml", "phar", "pl",   "py",   "pyc",     "rb",    "cgi", "asp",  "aspx",
    "ashx", "jsp",  "jspx",  "cfm",  "html", "htm",  "xhtml",   "shtml", "svg", "svgz", "xsl",
    "xslt", "swf",  "lnk",   "url",  "reg",  "inf",  "apk",     "app",   "dmg", "deb",  "rpm",
    "iso",  "img",  "vhd",   "vhdx", "appx", "msix", "command",
};

static int is_risky_ext(const char *e)
{
	for (size_t i = 0; i < sizeof(risky_ext) / sizeof(risky_ext[0]); i++) {
		if (!strcmp(risky_ext[i], e))
			return 1;
	}
	return 0;
}

/* A dot-separated part between the first and the last one that is a risky
 * extension, or an allowed one when the last is not ("x.pdf.exe"). */
static int double_extension(const char *name, const struct file_type *final, unsigned profile)
{
	const char *dot = strchr(name, '.');
	const char *last = strrchr(name, '.');
	while (dot && dot < last) {
		const char *seg = dot + 1;
		const char *end = strchr(seg, '.');
		size_t n = (size_t)(end - seg);
		while (n > 0 && seg[n - 1] == ' ')
			n--;
		while (n > 0 && *seg == ' ')
			seg++, n--;
		char e[KP_EXT_MAX + 1];
		if (n > 0 && n <= KP_EXT_MAX) {
			for (size_t i = 0; i < n; i++)
				e[i] = (char)ascii_lower((unsigned char)seg[i]);
			e[n] = '\0';
			if (is_risky_ext(e) || (!final && type_by_ext(e, profile)))
				return 1;
		}
		dot = end;
	}
	return 0;
}

/* ==== image headers ======================================================= */

static unsigned be16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}
static unsigned le16(const unsigned char *p)
{
	return (unsigned)p[1] << 8 | p[0];
}
static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static uint32_t le32(const unsigned char *p)
{
	return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}
static uint32_t le24(const unsigned char *p)
{
	return (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* The Orientation tag (0x0112) of IFD0 in an Exif APP1 payload ("Exif\0\0"
 * then a TIFF header). Anything malformed: 1 (as stored). */
static int exif_orientation(const unsigned char *p, size_t n)
{
	if (n < 14 || memcmp(p, "Exif\0\0", 6) != 0)
		return 1;
	p += 6, n -= 6;
	int le;
	if (!memcmp(p, "II*\0", 4))
		le = 1;
	else if (!memcmp(p, "MM\0*", 4))
		le = 0;
	else
		return 1;
	uint32_t ifd = le ? le32(p + 4) : be32(p + 4);
	if (ifd > n - 2)
		return 1;
	unsigned count = le ? le16(p + ifd) : be16(p + ifd);
	size_t room = (n - ifd - 2) / 12;
	if (count > room)
		count = (unsigned)room;
	for (unsigned i = 0; i < count; i++) {
		const unsigned char *e = p + ifd + 2 + 12 * (size_t)i;
		unsigned tag = le ? le16(e) : be16(e);
		unsigned type = le ? le16(e + 2) : be16(e + 2);
		if (tag != 0x0112)
			continue;
		unsigned v = le ? le16(e + 8) : be16(e + 8);
		return type == 3 && v >= 1 && v <= 8 ? (int)v : 1;
	}
	return 1;
}

static int probe_jpeg(const unsigned char *d, size_t n, struct kp_image_info *out)
{
	size_t i = 2;
	int exif_seen = 0;
	for (;;) {
		if (i + 2 > n || d[i] != 0xff)
			return -1;
		while (i + 1 < n && d[i + 1] == 0xff) /* fill bytes */
			i++;
		if (i + 2 > n)
			return -1;
		unsigned m = d[i + 1];
		i += 2;
		if (m == 0x01 || (m >= 0xd0 && m <= 0xd8)) /* no length */
			continue;
		if (m == 0xd9 || m == 0xda || i + 2 > n) /* EOI or scan before a frame */
			return -1;
		size_t len = be16(d + i);
		if (len < 2 || len > n - i)
			return -1;
		const unsigned char *seg = d + i + 2;
		size_t segn = len - 2;
		if (m == 0xe1 && !exif_seen && segn >= 6 && !memcmp(seg, "Exif\0\0", 6)) {
			out->orientation = exif_orientation(seg, segn);
			exif_seen = 1;
		}
		/* SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
		if (m >= 0xc0 && m <= 0xcf && m != 0xc4 && m != 0xc8 && m != 0xcc) {
			if (segn < 5)
				return -1;
			out->height = be16(seg + 1);
			out->width = be16(seg + 3);
			out->format = KP_IMG_JPEG;
			return 0;
		}
		i += len;
	}
}

static int probe_png(const unsigned char *d, size_t n, struct kp_image_info *out)
{
	if (n < 24 || be32(d + 8) != 13 || memcmp(d + 12, "IHDR", 4) != 0)
		return -1;
	uint32_t w = be32(d + 16), h = be32(d + 20);
	if (w > INT32_MAX || h > INT32_MAX)
		return -1;
	out->width = w, out->height = h;
	out->format = KP_IMG_PNG;
	return 0;
}

static int probe_webp(const unsigned char *d, size_t n, struct kp_image_info *out)
{
	if (n < 30)
		return -1;
	const unsigned char *c = d + 12, *p = d + 20;
	if (!memcmp(c, "VP8 ", 4)) {
		/* Frame tag (3 bytes, bit 0 clear: a key frame), start code. */
		if ((p[0] & 1) || p[3] != 0x9d || p[4] != 0x01 || p[5] != 0x2a)
			return -1;
		out->width = le16(p + 6) & 0x3fff;
		out->height = le16(p + 8) & 0x3fff;
	} else if (!memcmp(c, "VP8L", 4)) {
		if (p[0] != 0x2f)
			return -1;
		uint32_t b = le32(p + 1);
		out->width = (b & 0x3fff) + 1;
		out->height = ((b >> 14) & 0x3fff) + 1;
	} else if (!memcmp(c, "VP8X", 4)) {
		out->width = le24(p + 4) + 1;
		out->height = le24(p + 7) + 1;
	} else {
		return -1;
	}
	out->format = KP_IMG_WEBP;
	return 0;
}

/* The logical screen, and the first image in it (libgd decodes that one):
 * both must be within the limit, so the larger of the two is reported. */
static int probe_gif(const unsigned char *d, size_t n, struct kp_image_info *out)
{
	if (n < 13)
		return -1;
	unsigned w = le16(d + 6), h = le16(d + 8);
	size_t i = 13;
	if (d[10] & 0x80)
		i += 3u << ((d[10] & 7) + 1);
	for (;;) {
		if (i >= n)
			return -1;
		if (d[i] == 0x2c) { /* image descriptor */
			if (n - i < 10)
				return -1;
			unsigned fw = le16(d + i + 1) + le16(d + i + 5);
			unsigned fh = le16(d + i + 3) + le16(d + i + 7);
			if (fw > w)
				w = fw;
			if (fh > h)
				h = fh;
			break;
		} else if (d[i] == 0x21) { /* extension: label, then sub-blocks */
			i += 2;
			for (;;) {
				if (i >= n)
					return -1;
				size_t k = d[i];
				i += 1 + k;
				if (k == 0)
					break;
			}
		} else {
			return -1; /* trailer or garbage before any image */
		}
	}
	out->width = w, out->height = h;
	out->format = KP_IMG_GIF;
	return 0;
}

int kp_image_probe(const unsigned char *d, size_t n, struct kp_image_info *out)
{
	memset(out, 0, sizeof(*out));
	out->orientation = 1;
	int r = -1;
	if (n >= 3 && d[0] == 0xff && d[1] == 0xd8 && d[2] == 0xff)
		r = probe_jpeg(d, n, out);
	else if (n >= 8 && !memcmp(d, "\x89PNG\r\n\x1a\n", 8))
		r = probe_png(d, n, out);
	else if (n >= 12 && !memcmp(d, "RIFF", 4) && !memcmp(d + 8, "WEBP", 4))
		r = probe_webp(d, n, out);
	else if (n >= 6 && (!memcmp(d, "GIF87a", 6) || !memcmp(d, "GIF89a", 6)))
		r = probe_gif(d, n, out);
	if (r == 0 && (out->width == 0 || out->height == 0))
		r = -1;
	if (r != 0) {
		memset(out, 0, sizeof(*out));
		out->orientation = 1;
	}
	return r;
}

/* ==== ZIP directory (OOXML) =============================================== */

/* The end of central directory record: 22 bytes plus a comment of up to
 * 64 KiB at the end of the file. Its offset, or -1 when there is none. */
static long long zip_eocd(const unsigned char *d, size_t n)
{
	if (n < 30 + 22 || memcmp(d, "PK\3\4", 4) != 0)
		return -1;
	size_t eocd = n - 22, stop = n - 22 > 65535 ? n - 22 - 65535 : 0;
	for (;;) {
		if (!memcmp(d + eocd, "PK\5\6", 4))
			return (long long)eocd;
		if (eocd == stop)
			return -1;
		eocd--;
	}
}

int kp_zip_ooxml(const unsigned char *d, size_t n)
{
	long long at = zip_eocd(d, n);
	if (at < 0)
		return 0;
	size_t eocd = (size_t)at;
	const unsigned char *e = d + eocd;
	unsigned entries = le16(e + 10);
	uint32_t cd_size = le32(e + 12), cd_off = le32(e + 16);
	/* One disk only; ZIP64 (0xffff...) is never needed under our limits. */
	if (le16(e + 4) != 0 || le16(e + 6) != 0 || entries != le16(e + 8) || cd_off > eocd ||
	    cd_size > eocd - cd_off)
		return 0;
	int found = 0, types = 0;
	size_t p = cd_off, end = cd_off + cd_size;
	for (unsigned i = 0; i < entries; i++) {
		if (end - p < 46 || memcmp(d + p, "PK\1\2", 4) != 0)
			return 0;
		size_t nl = le16(d + p + 28), xl = le16(d + p + 30), cl = le16(d + p + 32);
		if (end - p - 46 < nl + xl + cl)
			return 0;
		const char *name = (const char *)d + p + 46;
		if (nl == 19 && !memcmp(name, "[Content_Types].xml", 19))
			found = 1;
		else if (nl > 5 && !memcmp(name, "word/", 5))
			types |= KP_OOXML_WORD;
		else if (nl > 3 && !memcmp(name, "xl/", 3))
			types |= KP_OOXML_EXCEL;
		else if (nl > 4 && !memcmp(name, "ppt/", 4))
			types |= KP_OOXML_POWERPOINT;
		p += 46 + nl + xl + cl;
	}
	return found ? types : 0;
}

/* A decompression bomb is refused by what the archive declares, without
 * inflating anything: a reader (the member who downloads it, a virus
 * scanner, an indexer) trusts those numbers to size its buffers, and a
 * bomb has to declare its output or lie about it, and a lie is what
 * those readers reject on their own (the CRC and sizes do not match).
 * Every member's local header and data must lie before the central
 * directory, and no two members may share bytes (the overlapping-file
 * bomb). ZIP64 (sizes over 4 GiB) is never needed under the upload limit. */
struct zip_span {
	unsigned long long from, to;
};

static int span_cmp(const void *a, const void *b)
{
	const struct zip_span *x = a, *y = b;
	return x->from < y->from ? -1 : x->from > y->from;
}

int kp_zip_bounded(const unsigned char *d, size_t n)
{
	long long at = zip_eocd(d, n);
	if (at < 0)
		return KP_ZIP_MALFORMED;
	size_t eocd = (size_t)at;
	const unsigned char *e = d + eocd;
	unsigned entries = le16(e + 10);
	uint32_t cd_size = le32(e + 12), cd_off = le32(e + 16);
	if (entries == 0xffff || cd_size == 0xffffffffu || cd_off == 0xffffffffu)
		return KP_ZIP_BOMB;
	if (le16(e + 4) != 0 || le16(e + 6) != 0 || entries != le16(e + 8) || cd_off > eocd ||
	    cd_size > eocd - cd_off)
		return KP_ZIP_MALFORMED;
	if (entries > KP_ZIP_MAX_ENTRIES)
		return KP_ZIP_BOMB;
	struct zip_span *spans = malloc((entries ? entries : 1) * sizeof(*spans));
	if (!spans)
		return KP_ZIP_MALFORMED;
	int verdict = KP_ZIP_SAFE;
	unsigned long long total = 0;
	size_t p = cd_off, end = (size_t)cd_off + cd_size;
	for (unsigned i = 0; verdict == KP_ZIP_SAFE && i < entries; i++) {
		if (end - p < 46 || memcmp(d + p, "PK\1\2", 4) != 0) {
			verdict = KP_ZIP_MALFORMED;
			break;
		}
		uint32_t csize = le32(d + p + 20), usize = le32(d + p + 24), off = le32(d + p + 42);
		size_t nl = le16(d + p + 28), xl = le16(d + p + 30), cl = le16(d + p + 32);
		if (end - p - 46 < nl + xl + cl)
			verdict = KP_ZIP_MALFORMED;
		else if (csize == 0xffffffffu || usize == 0xffffffffu || off == 0xffffffffu)
			verdict = KP_ZIP_BOMB;
		else if (off > cd_off || cd_off - off < 30 || memcmp(d + off, "PK\3\4", 4) != 0)
			verdict = KP_ZIP_MALFORMED;
		if (verdict != KP_ZIP_SAFE)
			break;
		unsigned long long span =
		    30ull + le16(d + off + 26) + le16(d + off + 28) + (unsigned long long)csize;
		if (span > cd_off - off) {
			verdict = KP_ZIP_MALFORMED;
			break;
		}
		spans[i].from = off, spans[i].to = off + span;
		total += usize;
		if (total > KP_ZIP_MAX_TOTAL ||
		    (usize > KP_ZIP_RATIO_FLOOR &&
		     usize > (unsigned long long)csize * KP_ZIP_MAX_RATIO))
			verdict = KP_ZIP_BOMB;
		p += 46 + nl + xl + cl;
	}
	if (verdict == KP_ZIP_SAFE && entries > 1) {
		qsort(spans, entries, sizeof(*spans), span_cmp);
		for (unsigned i = 1; i < entries; i++) {
			if (spans[i].from < spans[i - 1].to) {
				verdict = KP_ZIP_BOMB;
				break;
			}
		}
	}
	free(spans);
	return verdict;
}

/* ==== libmagic and libgd ================================================== */

/* MAGIC_NO_CHECK_COMPRESS and _COMPRESS_FORK: never decompress (a gzip
 * bomb costs nothing then) and never run an external decompressor; we take
 * no compressed files. _ELF: skip the ELF section and note parser (a CVE
 * history); soft magic still names an ELF file application/x-*executable,
 * which no extension accepts. _TAR, _APPTYPE (OS/2), _JSON: types we never
 * accept, less code run on hostile bytes (JSON then reads as text/plain,
 * which is what a .txt holding JSON is).
 * Kept on: soft magic (every format we accept, including the ZIP-based
 * OOXML and ODF checks and PDF), text, encoding and CSV detection (txt,
 * csv), and CDF: without it a .doc, an .xls and an MSI installer are all
 * just "OLE2 storage" (fuzzed upstream by OSS-Fuzz since 2016, and a crash
 * costs one worker, DESIGN.md 3 worker loop). */
#define MAGIC_FLAGS                                                                                \
	(MAGIC_MIME_TYPE | MAGIC_ERROR | MAGIC_NO_CHECK_COMPRESS | MAGIC_NO_COMPRESS_FORK |        \
	 MAGIC_NO_CHECK_ELF | MAGIC_NO_CHECK_TAR | MAGIC_NO_CHECK_APPTYPE | MAGIC_NO_CHECK_JSON)

static magic_t magic_cookie;

/* Loaded on first use in each worker and kept: loading the database takes
 * longer than a check. */
static magic_t magic_get(void)
{
	if (magic_cookie)
		return magic_cookie;
	magic_t m = magic_open(MAGIC_FLAGS);
	if (!m) {
		kp_log("files: magic_open: %s", strerror(errno));
		return NULL;
	}
	if (magic_load(m, NULL) != 0) {
		kp_log("files: magic_load: %s", magic_error(m) ? magic_error(m) : "?");
		magic_close(m);
		return NULL;
	}
	magic_cookie = m;
	return m;
}

/* libgd reports problems on stderr by default; ours go through kp_log. */
static void gd_log(int priority, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
static void gd_log(int priority, const char *fmt, va_list ap)
{
	char msg[256];
	vsnprintf(msg, sizeof(msg), fmt, ap);
	size_t n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
		msg[--n] = '\0';
	kp_log("files: libgd: %s", msg);
}

static gdImagePtr image_decode(enum kp_image_format f, const unsigned char *d, size_t n)
{
	static int gd_ready;
	if (!gd_ready) {
		gdSetErrorMethod(gd_log);
		gd_ready = 1;
	}
	if (n > INT_MAX)
		return NULL;
	void *p = (void *)(uintptr_t)d; /* libgd only reads it */
	switch (f) {
	case KP_IMG_JPEG:
		return gdImageCreateFromJpegPtrEx((int)n, p, 1);
	case KP_IMG_PNG:
		return gdImageCreateFromPngPtr((int)n, p);
	case KP_IMG_WEBP:
		return gdImageCreateFromWebpPtr((int)n, p);
	case KP_IMG_GIF:
		return gdImageCreateFromGifPtr((int)n, p);
	default:
		return NULL;
	}
}

/* libgd's JPEG writer adds a comment naming itself and the libjpeg
 * version; we keep no metadata, not even ours. Drops every COM segment
 * before the scan, in place. */
static void jpeg_drop_comments(unsigned char *d, int *size)
{
	size_t n = (size_t)*size, i = 2;
	while (i + 4 <= n && d[i] == 0xff && d[i + 1] != 0xda) {
		size_t len = 2 + be16(d + i + 2);
		if (len > n - i)
			return;
		if (d[i + 1] == 0xfe) {
			memmove(d + i, d + i + len, n - i - len);
			n -= len;
		} else {
			i += len;
		}
	}
	*size = (int)n;
}

/* Encodes in the format it came in. libgd writes no EXIF, ICC or text
 * chunks; the result is freed with gdFree. */
static void *image_encode(gdImagePtr im, enum kp_image_format f, int *size)
{
	switch (f) {
	case KP_IMG_JPEG: {
		unsigned char *p = gdImageJpegPtr(im, size, 85);
		if (p)
			jpeg_drop_comments(p, size);
		return p;
	}
	case KP_IMG_PNG:
		gdImageSaveAlpha(im, 1);
		return gdImagePngPtr(im, size);
	case KP_IMG_WEBP:
		if (!gdImageTrueColor(im) && !gdImagePaletteToTrueColor(im))
			return NULL;
		gdImageSaveAlpha(im, 1);
		return gdImageWebpPtrEx(im, size, 85);
	case KP_IMG_GIF:
		return gdImageGifPtr(im, size);
	default:
		return NULL;
	}
}

/* The picture as EXIF orientation o says it is to be shown. */
static gdImagePtr image_orient(gdImagePtr src, int o)
{
	int w = gdImageSX(src), h = gdImageSY(src);
	int dw = o >= 5 ? h : w, dh = o >= 5 ? w : h;
	gdImagePtr dst = gdImageCreateTrueColor(dw, dh);
	if (!dst)
		return NULL;
	gdImageAlphaBlending(dst, 0);
	gdImageSaveAlpha(dst, 1);
	for (int y = 0; y < dh; y++) {
		for (int x = 0; x < dw; x++) {
			int sx, sy;
			switch (o) {
			case 2: /* mirrored */
				sx = w - 1 - x, sy = y;
				break;
			case 3: /* upside down */
				sx = w - 1 - x, sy = h - 1 - y;
				break;
			case 4: /* mirrored upside down */
				sx = x, sy = h - 1 - y;
				break;
			case 5: /* transposed */
				sx = y, sy = x;
				break;
			case 6: /* turn 90 degrees clockwise */
				sx = y, sy = h - 1 - x;
				break;
			case 7: /* transversed */
				sx = w - 1 - y, sy = h - 1 - x;
				break;
			case 8: /* turn 90 degrees counter-clockwise */
				sx = w - 1 - y, sy = x;
				break;
			default:
				sx = x, sy = y;
			}
			dst->tpixels[y][x] = gdImageGetTrueColorPixel(src, sx, sy);
		}
	}
	return dst;
}

static unsigned round_dim(double v)
{
	return v < 1 ? 1 : (unsigned)(v + 0.5);
}

/* src scaled (never up) and cut for a box, then turned upright. Returns
 * src itself when nothing changes, else a new image (NULL: out of memory). */
static gdImagePtr image_variant(gdImagePtr src, int orientation, const struct kp_image_box *box)
{
	unsigned w = (unsigned)gdImageSX(src), h = (unsigned)gdImageSY(src);
	/* The box in the stored orientation. */
	int swap = orientation >= 5;
	unsigned bw = box ? (swap ? box->height : box->width) : 0;
	unsigned bh = box ? (swap ? box->width : box->height) : 0;
	unsigned cx = 0, cy = 0, cw = w, ch = h, tw = w, th = h;
	if (box && box->cover && bw && bh) {
		/* The largest centred rectangle of the box's shape, then down
		 * to the box. */
		double aspect = (double)bw / bh;
		if ((double)w / h > aspect)
			cw = round_dim(h * aspect);
		else
			ch = round_dim(w / aspect);
		if (cw > w)
			cw = w;
		if (ch > h)
			ch = h;
		cx = (w - cw) / 2, cy = (h - ch) / 2;
		double s = cw > bw ? (double)bw / cw : 1;
		tw = round_dim(cw * s), th = round_dim(ch * s);
		if (tw > bw)
			tw = bw;
		if (th > bh)
			th = bh;
	} else if (bw || bh) {
		double s = 1;
		if (bw && bw < w)
			s = (double)bw / w;
		if (bh && (double)bh / h < s)
			s = (double)bh / h;
		tw = round_dim(w * s), th = round_dim(h * s);
	}
	gdImagePtr cur = src, made = NULL;
	if (tw != w || th != h || cw != w || ch != h) {
		made = gdImageCreateTrueColor((int)tw, (int)th);
		if (!made)
			return NULL;
		gdImageAlphaBlending(made, 0);
		gdImageSaveAlpha(made, 1);
		gdImageCopyResampled(made, src, 0, 0, (int)cx, (int)cy, (int)tw, (int)th, (int)cw,
		                     (int)ch);
		cur = made;
	}
	if (orientation > 1) {
		gdImagePtr turned = image_orient(cur, orientation);
		if (made)
			gdImageDestroy(made);
		return turned;
	}
	return cur;
}

/* ==== reading the temporary file ========================================== */

static enum kp_upload_status errno_status(int e)
{
	return e == ENOSPC || e == EDQUOT || e == EFBIG ? KP_UPLOAD_NO_SPACE : KP_UPLOAD_IO;
}

/* The whole file (n bytes) into a malloc'd buffer the caller frees. */
static unsigned char *read_all(int fd, size_t n)
{
	unsigned char *buf = malloc(n ? n : 1);
	if (!buf)
		return NULL;
	size_t got = 0;
	while (got < n) {
		ssize_t k = pread(fd, buf + got, n - got, (off_t)got);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			free(buf);
			return NULL;
		}
		got += (size_t)k;
	}
	return buf;
}

/* ==== the check =========================================================== */

const char *kp_upload_status_name(enum kp_upload_status st)
{
	static const char *const names[] = {"ok",
	                                    "empty",
	                                    "too_large",
	                                    "bad_extension",
	                                    "double_extension",
	                                    "type_mismatch",
	                                    "too_many_pixels",
	                                    "bad_image",
	                                    "no_space",
	                                    "io"};
	return (unsigned)st < sizeof(names) / sizeof(names[0]) ? names[st] : "io";
}

/* A docx/xlsx/pptx libmagic did not recognise: file 5.44 looks for the
 * part folders only among the first few entries, in the order Microsoft
 * Office writes them; other producers order them differently and get
 * application/zip. The central directory decides then: an OOXML package
 * holds [Content_Types].xml and its main part's folder. A plain ZIP does
 * not. */
static int check_ooxml(int fd, size_t size, const struct file_type *t, const char *detected)
{
	if (!t->ooxml ||
	    (strcmp(detected, "application/zip") && strcmp(detected, "application/octet-stream")))
		return 0;
	unsigned char *d = read_all(fd, size);
	if (!d)
		return 0;
	int ok = (kp_zip_ooxml(d, size) & t->ooxml) != 0;
	free(d);
	return ok;
}

int kp_upload_zip_check(const struct kp_upload *up)
{
	const struct file_type *t = up->mime ? type_by_mime(up->mime) : NULL;
	if (!t || !t->zip)
		return KP_ZIP_SAFE;
	int fd = open(up->tmp_path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0) {
		kp_log("files: open upload: %s", strerror(errno));
		return -1;
	}
	/* Mapped, not read: the directory is at the end of a file of up to
	 * the upload limit, and only the pages looked at are loaded. */
	void *m = up->size ? mmap(NULL, up->size, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
	close(fd);
	if (m == MAP_FAILED) {
		kp_log("files: map upload: %s", strerror(errno));
		return -1;
	}
	int v = kp_zip_bounded(m, up->size);
	munmap(m, up->size);
	return v;
}

enum kp_upload_status kp_upload_check(struct kp_arena *a, const struct kp_param *part,
                                      const struct kp_upload_rules *rules, struct kp_upload *out)
{
	memset(out, 0, sizeof(*out));
	if (!part || !part->is_file)
		return KP_UPLOAD_EMPTY;
	const char *fn = part->filename ? part->filename : "";
	const char *ext = NULL;
	const char *name = kp_filename_clean(a, fn, strlen(fn), &ext);
	if (!name)
		return KP_UPLOAD_IO;
	out->name = name, out->ext = ext;
	if (!part->tmp_path || part->file_size == 0)
		return KP_UPLOAD_EMPTY;
	unsigned profile = rules->profile;
	size_t max = rules->max_bytes;
	if (max == 0)
		max = profile == KP_UPLOAD_IMAGE ? KP_UPLOAD_IMAGE_MAX_BYTES
		                                 : KP_UPLOAD_DOCUMENT_MAX_BYTES;
	unsigned long max_pixels = rules->max_pixels ? rules->max_pixels : KP_UPLOAD_MAX_PIXELS;
	if (part->file_size > max)
		return KP_UPLOAD_TOO_LARGE;

	const struct file_type *t = type_by_ext(ext, profile);
	if (double_extension(name, t, profile))
		return KP_UPLOAD_DOUBLE_EXTENSION;
	if (!t)
		return KP_UPLOAD_BAD_EXTENSION;

	int fd = open(part->tmp_path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0) {
		kp_log("files: open upload: %s", strerror(errno));
		return KP_UPLOAD_IO;
	}
	enum kp_upload_status st = KP_UPLOAD_IO;
	unsigned char *data = NULL;
	struct stat sb;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		kp_log("files: upload is not a regular file");
		goto done;
	}
	/* The file, not the parser's count, is what gets stored. */
	size_t size = (size_t)sb.st_size;
	if (size == 0) {
		st = KP_UPLOAD_EMPTY;
		goto done;
	}
	if (size > max) {
		st = KP_UPLOAD_TOO_LARGE;
		goto done;
	}

	magic_t m = magic_get();
	if (!m)
		goto done;
	const char *detected = magic_descriptor(m, fd);
	if (!detected) {
		kp_log("files: libmagic: %s", magic_error(m) ? magic_error(m) : "?");
		goto done;
	}
	if (!type_detected(t, detected) && !check_ooxml(fd, size, t, detected)) {
		st = KP_UPLOAD_TYPE_MISMATCH;
		goto done;
	}

	if (t->image) {
		/* The header, not libgd, says how large the picture is: libgd
		 * would allocate width x height before reading a pixel. */
		data = read_all(fd, size);
		if (!data) {
			kp_log("files: read upload: %s", strerror(errno));
			goto done;
		}
		struct kp_image_info info;
		if (kp_image_probe(data, size, &info) != 0) {
			st = KP_UPLOAD_BAD_IMAGE;
			goto done;
		}
		if (info.format != t->image) {
			st = KP_UPLOAD_TYPE_MISMATCH;
			goto done;
		}
		if ((unsigned long long)info.width * info.height > max_pixels) {
			st = KP_UPLOAD_TOO_MANY_PIXELS;
			goto done;
		}
		out->is_image = 1;
		out->image_format = info.format;
		out->orientation = info.orientation;
		out->width = info.orientation >= 5 ? info.height : info.width;
		out->height = info.orientation >= 5 ? info.width : info.height;
	}
	out->tmp_path = part->tmp_path;
	out->size = size;
	out->mime = t->mime;
	out->max_pixels = max_pixels;
	st = KP_UPLOAD_OK;
done:
	free(data);
	close(fd);
	if (st != KP_UPLOAD_OK) {
		memset(out, 0, sizeof(*out));
		out->name = name, out->ext = ext;
	}
	return st;
}

/* ==== the store =========================================================== */

static int write_all(int fd, const unsigned char *p, size_t n)
{
	while (n > 0) {
		ssize_t k = write(fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			if (k == 0)
				errno = EIO;
			return -1;
		}
		p += k, n -= (size_t)k;
	}
	return 0;
}

/* Opens parent/name as a folder, creating it 0750 (keeping a setgid bit it
 * inherits, INSTALL 3, so nginx's group can read). *made: it was created. */
static int open_subdir(int parent, const char *name, int *made)
{
	*made = 0;
	if (mkdirat(parent, name, 0750) == 0)
		*made = 1;
	else if (errno != EEXIST)
		return -1;
	int d = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (d < 0)
		return -1;
	struct stat sb;
	if (*made && (fstat(d, &sb) != 0 || fchmod(d, 0750 | (sb.st_mode & S_ISGID)) != 0)) {
		int e = errno;
		close(d);
		errno = e;
		return -1;
	}
	return d;
}

/* Writes bytes (buf, n) or the file src_fd (n bytes) into the store under
 * their SHA-256: a temporary file at the store's root (same file system),
 * hashed while written, 0640, fsync, then renamed into ab/cd/ and the
 * folder fsync'd. Nothing is left behind on failure. */
static enum kp_upload_status store_put(const unsigned char *buf, int src_fd, size_t n,
                                       struct kp_stored *out)
{
	enum kp_upload_status st = KP_UPLOAD_IO;
	const char *what = "open store";
	int root = -1, fd = -1, d1 = -1, d2 = -1, made1 = 0, made2 = 0, have_tmp = 0;
	unsigned char *chunk = NULL;
	char tmp[32], hex[65];
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	errno = ENOMEM; /* for the digest calls, which do not set it */
	if (!md)
		goto fail;

	root = open(kp_cfg.file_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (root < 0)
		goto fail;
	unsigned char rnd[8];
	what = "random";
	if (kp_random(rnd, sizeof(rnd)) != 0)
		goto fail;
	memcpy(tmp, ".tmp-", 5);
	kp_hex(rnd, sizeof(rnd), tmp + 5);
	what = "create temporary file";
	fd = openat(root, tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		goto fail;
	have_tmp = 1;

	what = "write";
	errno = ENOMEM;
	if (EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1)
		goto fail;
	if (buf) {
		if (EVP_DigestUpdate(md, buf, n) != 1 || write_all(fd, buf, n) != 0)
			goto fail;
	} else {
		size_t cap = 1 << 16, done = 0;
		chunk = malloc(cap);
		if (!chunk)
			goto fail;
		what = "read upload";
		while (done < n) {
			size_t want = n - done < cap ? n - done : cap;
			ssize_t k = pread(src_fd, chunk, want, (off_t)done);
			if (k < 0 && errno == EINTR)
				continue;
			if (k <= 0) {
				if (k == 0)
					errno = EIO; /* shorter than it was */
				goto fail;
			}
			what = "write";
			if (EVP_DigestUpdate(md, chunk, (size_t)k) != 1 ||
			    write_all(fd, chunk, (size_t)k) != 0)
				goto fail;
			what = "read upload";
			done += (size_t)k;
		}
	}
	unsigned char digest[32];
	unsigned dlen = 0;
	errno = ENOMEM;
	if (EVP_DigestFinal_ex(md, digest, &dlen) != 1 || dlen != 32)
		goto fail;
	kp_hex(digest, 32, hex);

	/* Mode before fsync, so the fsync makes both durable. */
	what = "fchmod";
	if (fchmod(fd, 0640) != 0)
		goto fail;
	what = "fsync";
	if (fsync(fd) != 0)
		goto fail;
	what = "close";
	int rc = close(fd);
	fd = -1;
	if (rc != 0)
		goto fail;

	char sub[3] = {hex[0], hex[1], '\0'};
	what = "create folder";
	d1 = open_subdir(root, sub, &made1);
	if (d1 < 0)
		goto fail;
	sub[0] = hex[2], sub[1] = hex[3];
	d2 = open_subdir(d1, sub, &made2);
	if (d2 < 0)
		goto fail;

	struct stat sb;
	out->existed = fstatat(d2, hex, &sb, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(sb.st_mode) &&
	               (size_t)sb.st_size == n;
	if (out->existed) {
		/* Same name, same size: the same content (SHA-256). Touch it:
		 * the sweeper spares files younger than a day, and a row
		 * pointing to this one is about to be written. */
		unlinkat(root, tmp, 0);
		have_tmp = 0;
		utimensat(d2, hex, NULL, AT_SYMLINK_NOFOLLOW);
	} else {
		what = "rename";
		if (renameat(root, tmp, d2, hex) != 0)
			goto fail;
		have_tmp = 0;
		what = "fsync folder";
		if (fsync(d2) != 0)
			goto fail;
	}
	what = "fsync folder";
	if ((made2 && fsync(d1) != 0) || (made1 && fsync(root) != 0))
		goto fail;
	memcpy(out->sha256, hex, sizeof(out->sha256));
	out->size = n;
	st = KP_UPLOAD_OK;
	goto done;
fail:
	st = errno_status(errno);
	kp_log("files: %s in %s: %s", what, kp_cfg.file_dir, strerror(errno));
done:
	if (fd >= 0)
		close(fd);
	if (have_tmp)
		unlinkat(root, tmp, 0);
	if (d2 >= 0)
		close(d2);
	if (d1 >= 0)
		close(d1);
	if (root >= 0)
		close(root);
	free(chunk);
	EVP_MD_CTX_free(md);
	return st;
}

static enum kp_upload_status store_images(const struct kp_upload *up, int fd,
                                          const struct kp_image_box *boxes, size_t nboxes,
                                          struct kp_stored *out)
{
	unsigned char *data = read_all(fd, up->size);
	if (!data) {
		kp_log("files: read upload: %s", strerror(errno));
		return KP_UPLOAD_IO;
	}
	enum kp_upload_status st = KP_UPLOAD_IO;
	gdImagePtr im = NULL;
	struct kp_image_info info;
	/* Checked again: the pixel limit guards the decoder below. */
	if (kp_image_probe(data, up->size, &info) != 0 ||
	    info.format != (enum kp_image_format)up->image_format) {
		st = KP_UPLOAD_BAD_IMAGE;
		goto done;
	}
	if ((unsigned long long)info.width * info.height > up->max_pixels) {
		st = KP_UPLOAD_TOO_MANY_PIXELS;
		goto done;
	}
	im = image_decode(info.format, data, up->size);
	if (!im) {
		st = KP_UPLOAD_BAD_IMAGE;
		goto done;
	}
	free(data);
	data = NULL;
	size_t n = nboxes ? nboxes : 1;
	for (size_t i = 0; i < n; i++) {
		gdImagePtr v = image_variant(im, info.orientation, nboxes ? &boxes[i] : NULL);
		if (!v) {
			kp_log("files: out of memory for an image variant");
			st = KP_UPLOAD_IO;
			goto done;
		}
		int size = 0;
		void *enc = image_encode(v, info.format, &size);
		out[i].width = (unsigned)gdImageSX(v);
		out[i].height = (unsigned)gdImageSY(v);
		if (v != im)
			gdImageDestroy(v);
		if (!enc || size <= 0) {
			if (enc)
				gdFree(enc);
			kp_log("files: encoding an image failed");
			st = KP_UPLOAD_IO;
			goto done;
		}
		st = store_put(enc, -1, (size_t)size, &out[i]);
		gdFree(enc);
		if (st != KP_UPLOAD_OK)
			goto done;
		out[i].mime = up->mime;
	}
	st = KP_UPLOAD_OK;
done:
	if (im)
		gdImageDestroy(im);
	free(data);
	return st;
}

enum kp_upload_status kp_upload_store(const struct kp_upload *up, const struct kp_image_box *boxes,
                                      size_t nboxes, struct kp_stored *out)
{
	size_t nout = nboxes ? nboxes : 1;
	for (size_t i = 0; i < nout; i++)
		memset(&out[i], 0, sizeof(out[i]));
	if (!up || !up->tmp_path || !up->mime || (!up->is_image && nboxes)) {
		kp_log("files: kp_upload_store without a checked upload");
		return KP_UPLOAD_IO;
	}
	int fd = open(up->tmp_path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0) {
		kp_log("files: open upload: %s", strerror(errno));
		return KP_UPLOAD_IO;
	}
	enum kp_upload_status st;
	struct stat sb;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || (size_t)sb.st_size != up->size) {
		kp_log("files: the upload changed after its check");
		st = KP_UPLOAD_IO;
	} else if (up->is_image) {
		st = store_images(up, fd, boxes, nboxes, out);
	} else {
		st = store_put(NULL, fd, up->size, &out[0]);
		if (st == KP_UPLOAD_OK)
			out[0].mime = up->mime;
	}
	close(fd);
	return st;
}

/* ==== downloads =========================================================== */

/* The ASCII spelling of U+00C0..U+00FF for the fallback file name. */
static const char *const latin1_ascii[64] = {
    "A", "A", "A", "A", "Ae", "A", "AE", "C", "E", "E", "E", "E", "I",  "I", "I",  "I",
    "D", "N", "O", "O", "O",  "O", "Oe", "x", "O", "U", "U", "U", "Ue", "Y", "Th", "ss",
    "a", "a", "a", "a", "ae", "a", "ae", "c", "e", "e", "e", "e", "i",  "i", "i",  "i",
    "d", "n", "o", "o", "o",  "o", "oe", "_", "o", "u", "u", "u", "ue", "y", "th", "y"};

/* RFC 5987 attr-char: sent as is in filename*; everything else %XX. */
static int attr_char(unsigned char c)
{
	return ascii_alnum(c) || (c && strchr("!#$&+-.^_`|~", c));
}

char *kp_content_disposition(struct kp_arena *a, const char *name, int is_inline)
{
	const char *clean = kp_filename_clean(a, name, name ? strlen(name) : 0, NULL);
	if (!clean)
		return NULL;
	size_t n = strlen(clean);
	/* "attachment; filename=\"" + 2 per byte + "\"; filename*=UTF-8''" +
	 * 3 per byte. */
	char *v = kp_arena_alloc(a, 64 + 5 * n);
	if (!v)
		return NULL;
	const char *kind = is_inline ? "inline; filename=\"" : "attachment; filename=\"";
	size_t o = strlen(kind);
	memcpy(v, kind, o);
	const unsigned char *u = (const unsigned char *)clean;
	for (size_t i = 0; i < n;) {
		uint32_t c;
		size_t k = utf8_decode(u + i, n - i, &c);
		if (k == 0)
			k = 1, c = '_';
		i += k;
		if (c >= 0xc0 && c <= 0xff) {
			const char *t = latin1_ascii[c - 0xc0];
			memcpy(v + o, t, strlen(t));
			o += strlen(t);
		} else if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%') {
			v[o++] = (char)c;
		} else {
			v[o++] = '_';
		}
	}
	static const char hexd[] = "0123456789ABCDEF";
	static const char star[] = "\"; filename*=UTF-8''";
	memcpy(v + o, star, sizeof(star) - 1);
	o += sizeof(star) - 1;
	for (size_t i = 0; i < n; i++) {
		if (attr_char(u[i])) {
			v[o++] = (char)u[i];
		} else {
			v[o++] = '%';
			v[o++] = hexd[u[i] >> 4];
			v[o++] = hexd[u[i] & 15];
		}
	}
	v[o] = '\0';
	return v;
}

int kp_download_prepare(struct kp_arena *a, const char *sha256, const char *mime, const char *name,
                        int want_inline, struct kp_download *out)
{
	memset(out, 0, sizeof(*out));
	if (!sha256 || strlen(sha256) != 64 || strspn(sha256, "0123456789abcdef") != 64)
		return -1;
	const struct file_type *t = type_by_mime(mime);
	out->content_type = t ? t->mime : "application/octet-stream";
	out->is_inline = want_inline && t && t->show_inline;
	out->accel_redirect =
	    kp_arena_printf(a, "/_files/%.2s/%.2s/%s", sha256, sha256 + 2, sha256);
	out->disposition = kp_content_disposition(a, name, out->is_inline);
	out->cache_control = "private, no-cache";
	if (!out->accel_redirect || !out->disposition) {
		memset(out, 0, sizeof(*out));
		return -1;
	}
	return 0;
}
