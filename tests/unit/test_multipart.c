/* Unit tests for multipart.c: boundaries, structure, part headers, text and
 * file parts, limits, streaming in pieces of any size, and that failures
 * leave no temporary file, no open descriptor and no half parameter list. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "multipart.h"

#define CT       "multipart/form-data; boundary=frontier"
#define B        "--frontier"
#define CRLF     "\r\n"
#define END      CRLF B "--" CRLF
#define CD(name) "Content-Disposition: form-data; name=\"" name "\"" CRLF
#define TEXT(name, value)                                                                          \
	B CRLF CD(name)                                                                            \
	CRLF value CRLF

/* The folder file parts go to; made fresh for the run. */
static char tmpdir[] = "/tmp/kp-test-multipart-XXXXXX";

/* Pieces the reader hands out: 0 is "as much as asked for". */
static const size_t chunk_sizes[] = {0, 1, 2, 3, 7, 64, 16383};
#define NCHUNKS (sizeof(chunk_sizes) / sizeof(chunk_sizes[0]))

static struct kp_limits limits(void)
{
	return (struct kp_limits){.max_params = 200,
	                          .max_value = 1024,
	                          .max_file = 1 << 22,
	                          .max_body = 1 << 23,
	                          .tmpdir = tmpdir};
}

/* ---- the body reader ---- */

struct src {
	const char *data;
	size_t len, off;
	size_t chunk;   /* at most this much per call; 0: no limit */
	size_t fail_at; /* -1 once off reaches this */
	int overread;   /* claims one byte more than asked for */
};

static ssize_t src_read(void *ctx, char *buf, size_t n)
{
	struct src *s = ctx;
	if (s->off >= s->fail_at)
		return -1;
	if (s->overread)
		return (ssize_t)n + 1;
	size_t k = s->len - s->off;
	if (k > n)
		k = n;
	if (s->chunk && k > s->chunk)
		k = s->chunk;
	if (s->fail_at - s->off < k)
		k = s->fail_at - s->off;
	memcpy(buf, s->data + s->off, k);
	s->off += k;
	return (ssize_t)k;
}

/* ---- building bodies ---- */

struct body {
	char *p;
	size_t n, cap;
};

static void body_add(struct body *b, const void *data, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->p = realloc(b->p, b->cap);
		assert_non_null(b->p);
	}
	memcpy(b->p + b->n, data, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static void body_addf(struct body *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void body_addf(struct body *b, const char *fmt, ...)
{
	char buf[4096];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	assert_true(n >= 0 && (size_t)n < sizeof(buf));
	body_add(b, buf, (size_t)n);
}

/* Bytes that look like delimiters without being one, and every byte value. */
static void add_tricky_bytes(struct body *b, const char *boundary)
{
	size_t bl = strlen(boundary);
	body_addf(b, "--%s", boundary); /* not after CRLF */
	if (boundary[0] != '-')
		body_addf(b, "\r\n-%s", boundary); /* one dash */
	body_addf(b, "\r\r\n\n--");                /* CR CR LF */
	body_add(b, "\r\n--", 4);                  /* a prefix of the delimiter */
	body_add(b, boundary, bl - 1);             /* all but its last byte */
	body_add(b, "\r", 1);
	for (int c = 0; c < 256; c++) {
		char x = (char)c;
		body_add(b, &x, 1);
	}
	body_add(b, "\r\n--", 4);
	body_add(b, boundary, bl - 1);
	body_add(b, "\x01\r", 2); /* ends in CR: right before the real delimiter */
}

/* ---- helpers ---- */

static size_t dir_count(const char *path)
{
	DIR *d = opendir(path);
	assert_non_null(d);
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, ".."))
			n++;
	}
	closedir(d);
	return n;
}

/* The lowest free descriptor: grows when a parse leaks one. */
static int free_fd(void)
{
	int fd = dup(0);
	assert_true(fd >= 0);
	close(fd);
	return fd;
}

static enum kp_parse_status parse(struct kp_arena *a, const char *ct, const char *data, size_t len,
                                  size_t chunk, const struct kp_limits *lim, struct kp_params *out)
{
	struct src s = {.data = data, .len = len, .chunk = chunk, .fail_at = SIZE_MAX};
	return kp_parse_multipart(a, ct, src_read, &s, lim, out);
}

/* Every piece size gives the same status; a failure leaves nothing. */
static void expect_lim(const char *ct, const char *data, size_t len, const struct kp_limits *lim,
                       enum kp_parse_status want)
{
	int fd = free_fd();
	for (size_t i = 0; i < NCHUNKS; i++) {
		struct kp_arena a = {0};
		struct kp_params out = {0};
		enum kp_parse_status st = parse(&a, ct, data, len, chunk_sizes[i], lim, &out);
		if (st != want)
			fail_msg("chunk %zu: status %d, want %d", chunk_sizes[i], st, want);
		if (st != KP_PARSE_OK) {
			assert_int_equal(out.count, 0);
			assert_null(out.head);
			assert_null(out.tail);
			assert_int_equal(dir_count(tmpdir), 0);
		}
		kp_params_cleanup(&out);
		assert_int_equal(dir_count(tmpdir), 0);
		assert_int_equal(free_fd(), fd);
		kp_arena_reset(&a);
	}
}

static void expect(const char *ct, const char *body, enum kp_parse_status want)
{
	struct kp_limits lim = limits();
	expect_lim(ct, body, strlen(body), &lim, want);
}

static void expect_body(const char *body, enum kp_parse_status want)
{
	expect(CT, body, want);
}

/* A body that must parse into "name=value ..." (files as name=@filename:size)
 * whatever the piece size. */
static void expect_dump_lim(const char *ct, const char *data, size_t len,
                            const struct kp_limits *lim, const char *want)
{
	for (size_t i = 0; i < NCHUNKS; i++) {
		struct kp_arena a = {0};
		struct kp_params out = {0};
		char got[4096];
		size_t off = 0;
		enum kp_parse_status st = parse(&a, ct, data, len, chunk_sizes[i], lim, &out);
		if (st != KP_PARSE_OK)
			fail_msg("chunk %zu: status %d", chunk_sizes[i], st);
		got[0] = '\0';
		for (const struct kp_param *q = out.head; q; q = q->next) {
			int n = q->is_file
			            ? snprintf(got + off, sizeof(got) - off, "%s%s=@%s:%zu",
			                       off ? " " : "", q->name, q->filename, q->file_size)
			            : snprintf(got + off, sizeof(got) - off, "%s%s=%s",
			                       off ? " " : "", q->name, q->value);
			assert_true(n >= 0 && (size_t)n < sizeof(got) - off);
			off += (size_t)n;
		}
		assert_string_equal(got, want);
		kp_params_cleanup(&out);
		assert_int_equal(dir_count(tmpdir), 0);
		kp_arena_reset(&a);
	}
}

static void expect_dump(const char *body, const char *want)
{
	struct kp_limits lim = limits();
	expect_dump_lim(CT, body, strlen(body), &lim, want);
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	struct body b = {0};
	char buf[8192];
	size_t n;
	body_add(&b, "", 0);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		body_add(&b, buf, n);
	fclose(f);
	*len = b.n;
	return b.p;
}

static void assert_file(const struct kp_param *q, const char *want, size_t want_len)
{
	assert_true(q->is_file);
	assert_non_null(q->tmp_path);
	assert_int_equal(q->file_size, want_len);
	struct stat st;
	assert_int_equal(stat(q->tmp_path, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0600);
	size_t dl = strlen(tmpdir);
	assert_memory_equal(q->tmp_path, tmpdir, dl);
	assert_int_equal(q->tmp_path[dl], '/');
	size_t len;
	char *got = read_file(q->tmp_path, &len);
	assert_int_equal(len, want_len);
	assert_memory_equal(got, want, want_len);
	free(got);
}

/* ---- fixtures ---- */

static int suite_setup(void **state)
{
	if (!mkdtemp(tmpdir))
		return -1;
	/* Parsing must be the same whatever the process's umask. */
	umask(022);
	return 0;
}

static int suite_teardown(void **state)
{
	return rmdir(tmpdir);
}

/* ---- the boundary ---- */

static void test_boundary_content_type(void **state)
{
	const char *body = TEXT("a", "1") B "--" CRLF;
	static const char *ok[] = {
	    "multipart/form-data; boundary=frontier",
	    "multipart/form-data;boundary=frontier",
	    "  multipart/form-data ;  boundary=frontier  ",
	    "MULTIPART/Form-Data; BOUNDARY=frontier",
	    "multipart/form-data; boundary=\"frontier\"",
	    "multipart/form-data; charset=utf-8; boundary=frontier",
	    "multipart/form-data; boundary=frontier; charset=\"utf-8\"",
	    "multipart/form-data; boundary=\"fron\\tier\"",
	    "multipart/form-data; x=\"a;boundary=nope\"; boundary=frontier",
	};
	static const char *bad[] = {
	    "multipart/form-data",
	    "multipart/form-data;",
	    "multipart/form-data; boundary=frontier;",
	    "multipart/form-data boundary=frontier",
	    "multipart/form-dataX; boundary=frontier",
	    "multipart/mixed; boundary=frontier",
	    "application/x-www-form-urlencoded; boundary=frontier",
	    "text/plain",
	    "",
	    "multipart/form-data; boundary=",
	    "multipart/form-data; boundary=\"\"",
	    "multipart/form-data; boundary = frontier",
	    "multipart/form-data; boundary=frontier; boundary=frontier",
	    "multipart/form-data; boundary=\"frontier",
	    "multipart/form-data; boundary=Frontier", /* case matters: no delimiter */
	    "multipart/form-data; boundary=front",    /* a prefix: content follows */
	    "multipart/form-data; boundary=fron\"tier\"",
	    "multipart/form-data; =frontier",
	};
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		expect(ok[i], body, KP_PARSE_OK);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		expect(bad[i], body, KP_PARSE_MALFORMED);
	expect(NULL, body, KP_PARSE_MALFORMED);
}

static void test_boundary_charset(void **state)
{
	/* RFC 2046 bchars; quoted when they are not token characters. */
	static const char *ok[] = {"a",
	                           "0",
	                           "'()+_,-./:=?",
	                           "a b",
	                           " a",
	                           "AaB03x",
	                           "----WebKitFormBoundary7MA4YWxkTrZu0gW"};
	/* As written in the header, and as it would appear in the body. */
	static const struct {
		const char *param, *raw;
	} bad[] = {{"a ", "a "},   {"a@b", "a@b"},   {"a\\\"b", "a\"b"}, {"a\\\\b", "a\\b"},
	           {"a;b", "a;b"}, {"a\tb", "a\tb"}, {"ä", "ä"},         {"a[b]", "a[b]"},
	           {"a!b", "a!b"}, {"a#b", "a#b"}};
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		char ct[256];
		struct body b = {0};
		snprintf(ct, sizeof(ct), "multipart/form-data; boundary=\"%s\"", ok[i]);
		body_addf(&b, "--%s\r\n" CD("a") "\r\n1\r\n--%s--\r\n", ok[i], ok[i]);
		expect(ct, b.p, KP_PARSE_OK);
		free(b.p);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char ct[256];
		struct body b = {0};
		snprintf(ct, sizeof(ct), "multipart/form-data; boundary=\"%s\"", bad[i].param);
		body_addf(&b, "--%s\r\n" CD("a") "\r\n1\r\n--%s--\r\n", bad[i].raw, bad[i].raw);
		expect(ct, b.p, KP_PARSE_MALFORMED);
		free(b.p);
	}
	/* Unquoted, only token characters may be used. */
	expect("multipart/form-data; boundary=a/b", "--a/b--\r\n", KP_PARSE_MALFORMED);
	expect("multipart/form-data; boundary=a:b", "--a:b--\r\n", KP_PARSE_MALFORMED);
	expect("multipart/form-data; boundary=\"a/b\"", "--a/b--\r\n", KP_PARSE_OK);
	expect("multipart/form-data; boundary=a'b+c_d-e.f", "--a'b+c_d-e.f--\r\n", KP_PARSE_OK);
}

static void test_boundary_length(void **state)
{
	char b70[71], b71[72], ct[128];
	memset(b70, 'b', 70);
	b70[70] = '\0';
	memset(b71, 'b', 71);
	b71[71] = '\0';
	struct body body = {0};
	body_addf(&body, "--%s\r\n" CD("a") "\r\n1\r\n--%s--", b70, b70);
	snprintf(ct, sizeof(ct), "multipart/form-data; boundary=%s", b70);
	expect(ct, body.p, KP_PARSE_OK);
	snprintf(ct, sizeof(ct), "multipart/form-data; boundary=\"%s\"", b70);
	expect(ct, body.p, KP_PARSE_OK);
	free(body.p);
	body = (struct body){0};
	body_addf(&body, "--%s\r\n" CD("a") "\r\n1\r\n--%s--", b71, b71);
	snprintf(ct, sizeof(ct), "multipart/form-data; boundary=%s", b71);
	expect(ct, body.p, KP_PARSE_MALFORMED);
	snprintf(ct, sizeof(ct), "multipart/form-data; boundary=\"%s\"", b71);
	expect(ct, body.p, KP_PARSE_MALFORMED);
	free(body.p);
	/* Very long: still a clean refusal. */
	char *huge = malloc(100000);
	assert_non_null(huge);
	int n = snprintf(huge, 100000, "multipart/form-data; boundary=");
	memset(huge + n, 'x', 100000 - (size_t)n - 1);
	huge[100000 - 1] = '\0';
	expect(huge, "--x--", KP_PARSE_MALFORMED);
	free(huge);
}

/* One body per boundary length, in a mixed order, through the same process:
 * nothing of one call may leak into the next. */
static void test_boundary_lengths_in_sequence(void **state)
{
	static const char quoted_chars[] =
	    "0123456789'()+_,-./:=? abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";
	static const char token_chars[] =
	    "0123456789'+_-.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR";
	static const size_t sizes[] = {0, 1, 5, 4093};
	for (int i = 0; i < 140; i++) {
		size_t len = (size_t)(i % 2 ? 1 + i / 2 : 70 - i / 2);
		int quoted = i % 4 < 2;
		const char *alpha = quoted ? quoted_chars : token_chars;
		size_t alen = strlen(alpha);
		char boundary[71], ct[128];
		for (size_t k = 0; k < len; k++)
			boundary[k] = alpha[(k * 7 + len) % alen];
		if (boundary[len - 1] == ' ')
			boundary[len - 1] = 'z';
		boundary[len] = '\0';
		snprintf(ct, sizeof(ct),
		         quoted ? "multipart/form-data; boundary=\"%s\""
		                : "multipart/form-data; boundary=%s",
		         boundary);

		struct body file = {0};
		add_tricky_bytes(&file, boundary);
		struct body b = {0};
		if (i % 3 == 0)
			body_addf(&b, "preamble --%s \r\n", boundary);
		body_addf(&b, "--%s\r\n" CD("title") "\r\nL%zu--%s\r\n", boundary, len, boundary);
		body_addf(&b,
		          "--%s\r\nContent-Disposition: form-data; name=\"f\"; "
		          "filename=\"b.bin\"\r\n\r\n",
		          boundary);
		body_add(&b, file.p, file.n);
		body_addf(&b, "\r\n--%s--\r\n", boundary);

		for (size_t s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++) {
			struct kp_arena a = {0};
			struct kp_params out = {0};
			struct kp_limits lim = limits();
			char want[128];
			assert_int_equal(parse(&a, ct, b.p, b.n, sizes[s], &lim, &out),
			                 KP_PARSE_OK);
			assert_int_equal(out.count, 2);
			snprintf(want, sizeof(want), "L%zu--%s", len, boundary);
			assert_string_equal(kp_param_value(&out, "title"), want);
			assert_file(kp_param_get(&out, "f"), file.p, file.n);
			kp_params_cleanup(&out);
			kp_arena_reset(&a);
		}
		free(file.p);
		free(b.p);
	}
	assert_int_equal(dir_count(tmpdir), 0);
}

/* ---- structure ---- */

static void test_text_parts(void **state)
{
	expect_dump(TEXT("a", "1") TEXT("b", "zwei") B "--" CRLF, "a=1 b=zwei");
	expect_dump(TEXT("a", "") B "--", "a=");
	expect_dump(TEXT("a", "x") TEXT("a", "y") TEXT("b", "z") TEXT("a", "w") B "--",
	            "a=x a=y b=z a=w");
	/* Fields named like metadata are just fields. */
	expect_dump(TEXT("filename", "f") TEXT("name", "n") TEXT("content_type", "c")
	                TEXT("tmp_path", "/etc/passwd") TEXT("boundary", "b") B "--",
	            "filename=f name=n content_type=c tmp_path=/etc/passwd boundary=b");
	expect_dump(B "--", "");
	expect_dump(B "--" CRLF, "");
}

static void test_preamble_epilogue(void **state)
{
	expect_dump("This is the preamble.\r\n" TEXT("a", "1") B "--" CRLF "epilogue " B CRLF,
	            "a=1");
	expect_dump(CRLF TEXT("a", "1") B "--", "a=1");
	expect_dump("--frontie\r\n-" B "\r\n" TEXT("a", "1") B "--", "a=1");
	expect_dump(TEXT("a", "1") B "--" CRLF "\r\n--frontier\r\ngarbage\x01\xff", "a=1");
	/* The boundary with something after it is refused in the preamble too. */
	expect_body(B "x\r\n" TEXT("a", "1") B "--", KP_PARSE_MALFORMED);
	/* Transport padding after a delimiter. */
	expect_dump(B " \t " CRLF CD("a") CRLF "1" CRLF B "-- \t" CRLF, "a=1");
	expect_dump(B "\t" CRLF CD("a") CRLF "1" CRLF B "--\t", "a=1");
}

static void test_structure_errors(void **state)
{
	static const char *bad[] = {
	    "",
	    "no delimiter at all",
	    CRLF,
	    B,
	    B CRLF,
	    B CRLF CD("a"),
	    B CRLF CD("a") CRLF,
	    B CRLF CD("a") CRLF "value",
	    B CRLF CD("a") CRLF "value" CRLF,
	    TEXT("a", "1"),
	    TEXT("a", "1") B,
	    TEXT("a", "1") B "-",
	    TEXT("a", "1") B "-x",
	    TEXT("a", "1") B "--x",
	    TEXT("a", "1") B "--\r",
	    TEXT("a", "1") B "--\rx",
	    TEXT("a", "1") B "-- x",
	    B "x" CRLF CD("a") CRLF "1" CRLF B "--",
	    B " x" CRLF CD("a") CRLF "1" CRLF B "--",
	    B "\rx" CRLF CD("a") CRLF "1" CRLF B "--",
	    B "\n" CD("a") CRLF "1" CRLF B "--",
	    TEXT("a", "1") B "x" CRLF B "--",
	    TEXT("a", "1--frontier") "--frontier\r\n" CD("b") CRLF "2" CRLF B "Z--",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct kp_limits lim = limits();
		expect_lim(CT, bad[i], strlen(bad[i]), &lim, KP_PARSE_MALFORMED);
	}
	/* Garbage after the close delimiter on its line. */
	expect_body(TEXT("a", "1") B "--"
	                             "\r\r\n",
	            KP_PARSE_MALFORMED);
}

static void test_delimiter_lookalikes(void **state)
{
	/* Content holding what is nearly a delimiter stays content. */
	expect_dump(TEXT("a", "x--frontier") B "--", "a=x--frontier");
	expect_dump(TEXT("a", "x\r\n-frontier") B "--", "a=x\n-frontier");
	expect_dump(TEXT("a", "x\r\n--frontie") B "--", "a=x\n--frontie");
	expect_dump(TEXT("a", "x\r\n--frontie\r\n--frontie") B "--", "a=x\n--frontie\n--frontie");
	expect_dump(TEXT("a", "\r\n\r\n") B "--", "a=\n\n");
	expect_dump(TEXT("a", "\r\n--") B "--", "a=\n--");
	expect_dump(TEXT("a", "\r\n") B "--", "a=\n");
	/* A longer boundary sharing the prefix is a delimiter violation. */
	expect_body(TEXT("a", "x\r\n--frontiers") B "--", KP_PARSE_MALFORMED);
}

/* ---- part headers ---- */

static void test_header_errors(void **state)
{
	static const char *bad[] = {
	    B CRLF CRLF "1" CRLF B "--",                                       /* no headers */
	    B CRLF "Content-Type: text/plain" CRLF CRLF "1" CRLF B "--",       /* no CD */
	    B CRLF "Content-Disposition: form-data" CRLF CRLF "1" CRLF B "--", /* no name */
	    B CRLF "Content-Disposition: form-data; filename=\"a\"" CRLF CRLF CRLF B "--",
	    B CRLF "Content-Disposition: attachment; name=\"a\"" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-datax; name=\"a\"" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition: ; name=\"a\"" CRLF CRLF "1" CRLF B "--",
	    B CRLF CD("a") CD("a") CRLF "1" CRLF B "--",
	    B CRLF CD("a") "content-disposition: form-data; name=b" CRLF CRLF "1" CRLF B "--",
	    B CRLF CD("a") "Content-Type: text/plain" CRLF "content-type: text/html" CRLF CRLF
	                   "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-data; name=a; name=b" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-data; name=a; NAME=a" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-data; name=a; filename=x; filename=y" CRLF CRLF
	           "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-data; name=\"a\";" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-data; name=" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-data; name=\"a" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-data; name=\"a\\" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-data; name=\"a\"x" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-data; name=a/b" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-data; name" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-data name=a" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition form-data; name=a" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition : form-data; name=a" CRLF CRLF "1" CRLF B "--",
	    B CRLF ": form-data; name=a" CRLF CRLF "1" CRLF B "--",
	    B CRLF CD("a") " folded: line" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-data;" CRLF " name=a" CRLF CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-data; name=a\n" CRLF "1" CRLF B "--",
	    B CRLF "Content-Disposition: form-data; name=a\rx" CRLF CRLF "1" CRLF B "--",
	    B CRLF CD("a") "\n"
	                   "1" CRLF B "--",
	    B CRLF CD("a") "X-Foo: a\rb" CRLF CRLF "1" CRLF B "--",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct kp_limits lim = limits();
		struct kp_arena a = {0};
		struct kp_params out = {0};
		enum kp_parse_status st = parse(&a, CT, bad[i], strlen(bad[i]), 0, &lim, &out);
		if (st != KP_PARSE_MALFORMED)
			fail_msg("case %zu: status %d, want MALFORMED", i, st);
		kp_arena_reset(&a);
		expect_lim(CT, bad[i], strlen(bad[i]), &lim, KP_PARSE_MALFORMED);
	}
}

static void test_header_forms(void **state)
{
	expect_dump(B CRLF "content-DISPOSITION:Form-Data;NAME=abc" CRLF CRLF "1" CRLF B "--",
	            "abc=1");
	expect_dump(B CRLF "Content-Disposition: \t form-data ;\tname=\"a\\_b\" \t" CRLF CRLF
	                   "1" CRLF B "--",
	            "a_b=1");
	/* Unknown headers and parameters are ignored, also odd ones. */
	expect_dump(B CRLF "X-Foo: bar" CRLF "Content-Transfer-Encoding: base64" CRLF
	                   "Content-Disposition: form-data; foo=bar; name=\"a\"; "
	                   "filename*=utf-8''evil.exe; size=\"12\"" CRLF
	                   "Content-Type: application/octet-stream" CRLF "X-Empty:" CRLF
	                   "X-Ctl: \x01\x7f" CRLF "X-Dup: 1" CRLF "X-Dup: 2" CRLF CRLF "1" CRLF B
	                   "--",
	            "a=1");
	expect_dump(B CRLF CD("a") "Content-Type: text/plain; charset=utf-8" CRLF CRLF "ü" CRLF B
	                           "--",
	            "a=ü");
}

static void test_header_limits(void **state)
{
	/* 16 header lines are fine, 17 are not. */
	struct body b = {0};
	body_addf(&b, B CRLF CD("a"));
	for (int i = 1; i < 16; i++)
		body_addf(&b, "X-H%d: %d" CRLF, i, i);
	struct body b17 = {0};
	body_add(&b17, b.p, b.n);
	body_addf(&b17, "X-H16: 16" CRLF CRLF "1" CRLF B "--");
	body_addf(&b, CRLF "1" CRLF B "--");
	expect_body(b.p, KP_PARSE_OK);
	expect_body(b17.p, KP_PARSE_MALFORMED);
	free(b.p);
	free(b17.p);

	/* A header line of 1024 bytes is fine, 1025 is not. */
	for (size_t len = 1022; len <= 1026; len++) {
		const char *head = "Content-Disposition: form-data; name=a; x=";
		size_t hl = strlen(head);
		char *line = malloc(len + 1);
		assert_non_null(line);
		memcpy(line, head, hl);
		memset(line + hl, 'v', len - hl);
		line[len] = '\0';
		b = (struct body){0};
		body_addf(&b, B CRLF "%s" CRLF CRLF "1" CRLF B "--", line);
		expect_body(b.p, len <= 1024 ? KP_PARSE_OK : KP_PARSE_MALFORMED);
		free(b.p);
		free(line);
	}
	/* An endless header line is refused early, not buffered. */
	b = (struct body){0};
	body_addf(&b, B CRLF "X-Long: ");
	for (int i = 0; i < 1000; i++)
		body_addf(&b, "%s", "0123456789");
	expect_body(b.p, KP_PARSE_MALFORMED);
	free(b.p);
}

static void test_names(void **state)
{
	static const char *bad[] = {"A", "a-b", "", "a.b", "a b", "a%5fb", "ä", "a\\\"b"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct body b = {0};
		body_addf(&b,
		          B CRLF "Content-Disposition: form-data; name=\"%s\"" CRLF CRLF "1" CRLF B
		                 "--",
		          bad[i]);
		expect_body(b.p, KP_PARSE_BAD_NAME);
		free(b.p);
	}
	char name[66];
	memset(name, 'n', 65);
	name[65] = '\0';
	struct body b = {0};
	body_addf(&b, B CRLF "Content-Disposition: form-data; name=%s" CRLF CRLF "1" CRLF B "--",
	          name);
	expect_body(b.p, KP_PARSE_BAD_NAME);
	free(b.p);
	name[64] = '\0';
	b = (struct body){0};
	body_addf(&b, B CRLF "Content-Disposition: form-data; name=%s" CRLF CRLF "1" CRLF B "--",
	          name);
	expect_body(b.p, KP_PARSE_OK);
	free(b.p);
	/* A NUL inside the name. */
	const char nul[] =
	    B CRLF "Content-Disposition: form-data; name=\"a\0b\"" CRLF CRLF "1" CRLF B "--";
	struct kp_limits lim = limits();
	expect_lim(CT, nul, sizeof(nul) - 1, &lim, KP_PARSE_BAD_NAME);
}

/* ---- text values ---- */

static void test_text_values(void **state)
{
	expect_dump(TEXT("a", "line 1\r\nline 2\r\n\tindented") B "--",
	            "a=line 1\nline 2\n\tindented");
	expect_dump(TEXT("a", "Grüße, Ελληνικά, 日本語, \xf0\x9f\x98\x80") B "--",
	            "a=Grüße, Ελληνικά, 日本語, \xf0\x9f\x98\x80");
	expect_dump(TEXT("a", "\n") B "--", "a=\n");
	expect_body(TEXT("a", "x\ry") B "--", KP_PARSE_CONTROL_CHAR);
	expect_body(TEXT("a", "x\r") B "--", KP_PARSE_CONTROL_CHAR);
	expect_body(TEXT("a", "\r") B "--", KP_PARSE_CONTROL_CHAR);
	expect_body(TEXT("a", "\r\r\n") B "--", KP_PARSE_CONTROL_CHAR);
	expect_body(TEXT("a", "x\x01y") B "--", KP_PARSE_CONTROL_CHAR);
	expect_body(TEXT("a", "x\x7fy") B "--", KP_PARSE_CONTROL_CHAR);
	expect_body(TEXT("a", "\x1b[31m") B "--", KP_PARSE_CONTROL_CHAR);
	expect_body(TEXT("a", "x\xc2\x85y") B "--", KP_PARSE_CONTROL_CHAR);
	expect_body(TEXT("a", "x\xc2\x9f") B "--", KP_PARSE_CONTROL_CHAR);
	expect_body(TEXT("a", "x\xff") B "--", KP_PARSE_BAD_UTF8);
	expect_body(TEXT("a", "\xc0\x80") B "--", KP_PARSE_BAD_UTF8);
	expect_body(TEXT("a", "\xed\xa0\x80") B "--", KP_PARSE_BAD_UTF8);
	expect_body(TEXT("a", "\xf4\x90\x80\x80") B "--", KP_PARSE_BAD_UTF8);
	expect_body(TEXT("a", "\xe2\x82") B "--", KP_PARSE_BAD_UTF8);
	const char nul[] = TEXT("a", "x\0y") B "--";
	struct kp_limits lim = limits();
	expect_lim(CT, nul, sizeof(nul) - 1, &lim, KP_PARSE_CONTROL_CHAR);
	/* The first bad part fails the whole body, also after good ones. */
	expect_body(TEXT("a", "ok") TEXT("b", "\x01") TEXT("c", "ok") B "--",
	            KP_PARSE_CONTROL_CHAR);
}

/* ---- file parts ---- */

static void test_file_part(void **state)
{
	struct body file = {0};
	add_tricky_bytes(&file, "frontier");
	struct body b = {0};
	body_addf(&b, TEXT("title", "Protokoll"));
	body_addf(&b, B CRLF "Content-Disposition: form-data; name=\"doc\"; "
	                     "filename=\"Protokoll M\xc3\xa4rz \\\"final\\\" C:\\\\x.pdf\"" CRLF
	                     "Content-Type: application/pdf" CRLF CRLF);
	body_add(&b, file.p, file.n);
	body_addf(&b, CRLF TEXT("after", "1") B "--" CRLF);

	for (size_t i = 0; i < NCHUNKS; i++) {
		struct kp_arena a = {0};
		struct kp_params out = {0};
		struct kp_limits lim = limits();
		int fd = free_fd();
		assert_int_equal(parse(&a, CT, b.p, b.n, chunk_sizes[i], &lim, &out), KP_PARSE_OK);
		assert_int_equal(free_fd(), fd);
		assert_int_equal(out.count, 3);
		const struct kp_param *q = kp_param_get(&out, "doc");
		assert_file(q, file.p, file.n);
		assert_string_equal(q->filename, "Protokoll M\xc3\xa4rz \"final\" C:\\x.pdf");
		assert_ptr_equal(q->value, q->filename);
		assert_int_equal(q->len, strlen(q->filename));
		assert_string_equal(q->client_type, "application/pdf");
		assert_string_equal(kp_param_value(&out, "title"), "Protokoll");
		assert_false(kp_param_get(&out, "title")->is_file);
		assert_null(kp_param_get(&out, "title")->tmp_path);
		assert_string_equal(kp_param_value(&out, "after"), "1");
		assert_int_equal(dir_count(tmpdir), 1);
		kp_params_cleanup(&out);
		assert_int_equal(dir_count(tmpdir), 0);
		kp_arena_reset(&a);
	}
	free(file.p);
	free(b.p);
}

static void test_file_variants(void **state)
{
	/* No Content-Type: the RFC 7578 default. Empty file. Path-like
	 * names are kept as the client sent them: they are untrusted. */
	const char *body = B CRLF
	    "Content-Disposition: form-data; name=\"f\"; filename=x.txt" CRLF CRLF CRLF B CRLF
	    "Content-Disposition: form-data; name=\"g\"; "
	    "filename=\"../../etc/passwd\"" CRLF CRLF "root" CRLF B "--";
	struct kp_arena a = {0};
	struct kp_params out = {0};
	struct kp_limits lim = limits();
	assert_int_equal(parse(&a, CT, body, strlen(body), 1, &lim, &out), KP_PARSE_OK);
	const struct kp_param *f = kp_param_get(&out, "f");
	assert_file(f, "", 0);
	assert_string_equal(f->client_type, "application/octet-stream");
	assert_string_equal(f->filename, "x.txt");
	const struct kp_param *g = kp_param_get(&out, "g");
	assert_file(g, "root", 4);
	assert_string_equal(g->filename, "../../etc/passwd");
	assert_int_equal(dir_count(tmpdir), 2);
	kp_params_cleanup(&out);
	kp_arena_reset(&a);

	/* Several files and a duplicate name, in order. */
	expect_dump(B CRLF "Content-Disposition: form-data; name=f; filename=a" CRLF CRLF
	                   "12" CRLF B CRLF
	                   "Content-Disposition: form-data; name=f; filename=b" CRLF CRLF
	                   "345" CRLF TEXT("f", "text") B "--",
	            "f=@a:2 f=@b:3 f=text");
	/* A file's content is bytes: CR, NUL and bad UTF-8 are kept. */
	const char raw[] = B CRLF "Content-Disposition: form-data; name=f; filename=r" CRLF CRLF
	                          "\r\x00\xff\r\r\n" CRLF B "--";
	expect_dump_lim(CT, raw, sizeof(raw) - 1, &lim, "f=@r:6");
}

static void test_file_no_file_chosen(void **state)
{
	/* What browsers send for an empty file input. */
	const char *body = B CRLF "Content-Disposition: form-data; name=\"f\"; filename=\"\"" CRLF
	                          "Content-Type: application/octet-stream" CRLF CRLF CRLF B "--";
	struct kp_arena a = {0};
	struct kp_params out = {0};
	struct kp_limits lim = limits();
	assert_int_equal(parse(&a, CT, body, strlen(body), 0, &lim, &out), KP_PARSE_OK);
	const struct kp_param *f = kp_param_get(&out, "f");
	assert_non_null(f);
	assert_true(f->is_file);
	assert_string_equal(f->filename, "");
	assert_string_equal(f->value, "");
	assert_int_equal(f->file_size, 0);
	assert_null(f->tmp_path);
	assert_int_equal(dir_count(tmpdir), 0);
	kp_params_cleanup(&out);
	kp_arena_reset(&a);
	expect_dump(body, "f=@:0");
	/* No file chosen, but content: ambiguous, refused. */
	expect_body(B CRLF "Content-Disposition: form-data; name=f; filename=\"\"" CRLF CRLF
	                   "x" CRLF B "--",
	            KP_PARSE_MALFORMED);
	/* No tmpdir needed when no file is written. */
	lim.tmpdir = NULL;
	expect_lim(CT, body, strlen(body), &lim, KP_PARSE_OK);
}

static void test_filename_rules(void **state)
{
	static const struct {
		const char *filename;
		enum kp_parse_status want;
	} cases[] = {
	    {"ok.txt", KP_PARSE_OK},
	    {"\xc3\x9c"
	     "bersicht \xe2\x82\xac.pdf",
	     KP_PARSE_OK},
	    {"a\xff.txt", KP_PARSE_BAD_UTF8},
	    {"a\xc0\xae.txt", KP_PARSE_BAD_UTF8},
	    {"a\xed\xa0\x80.txt", KP_PARSE_BAD_UTF8},
	    {"a\x01.txt", KP_PARSE_CONTROL_CHAR},
	    {"a\t.txt", KP_PARSE_CONTROL_CHAR},
	    {"a\x7f.txt", KP_PARSE_CONTROL_CHAR},
	    {"a\xc2\x85.txt", KP_PARSE_CONTROL_CHAR},
	    {"a\x1b.txt", KP_PARSE_CONTROL_CHAR},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct body b = {0};
		body_addf(&b,
		          B CRLF "Content-Disposition: form-data; name=f; filename=\"%s\"" CRLF CRLF
		                 "data" CRLF B "--",
		          cases[i].filename);
		expect_body(b.p, cases[i].want);
		free(b.p);
	}
	/* An escaped NUL is still a NUL. */
	const char nul[] = B CRLF
	    "Content-Disposition: form-data; name=f; filename=\"a\\\0b\"" CRLF CRLF "x" CRLF B "--";
	struct kp_limits lim = limits();
	expect_lim(CT, nul, sizeof(nul) - 1, &lim, KP_PARSE_CONTROL_CHAR);
	/* The client's type is checked the same way. */
	expect_body(B CRLF "Content-Disposition: form-data; name=f; filename=a" CRLF
	                   "Content-Type: text/\x01plain" CRLF CRLF "x" CRLF B "--",
	            KP_PARSE_CONTROL_CHAR);
}

static void test_file_streams(void **state)
{
	/* 3 MiB of pseudo-random bytes (with plenty of CR and LF): the arena
	 * holds the parameters, not the content. */
	size_t size = 3u << 20;
	struct body file = {0};
	uint32_t x = 12345;
	char *chunk = malloc(size);
	assert_non_null(chunk);
	for (size_t i = 0; i < size; i++) {
		x = x * 1103515245u + 12345u;
		unsigned char c = (unsigned char)(x >> 24);
		chunk[i] = (char)(c < 16 ? '\r' : c < 32 ? '\n' : c < 40 ? '-' : c);
	}
	body_add(&file, chunk, size);
	free(chunk);
	struct body b = {0};
	body_addf(&b, B CRLF "Content-Disposition: form-data; name=f; filename=big.bin" CRLF CRLF);
	body_add(&b, file.p, file.n);
	body_addf(&b, CRLF B "--" CRLF);

	static const size_t sizes[] = {0, 4093, 65536};
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		struct kp_arena a = {0};
		struct kp_params out = {0};
		struct kp_limits lim = limits();
		assert_int_equal(parse(&a, CT, b.p, b.n, sizes[i], &lim, &out), KP_PARSE_OK);
		assert_file(kp_param_get(&out, "f"), file.p, file.n);
		assert_true(a.used_total < 4096);
		kp_params_cleanup(&out);
		kp_arena_reset(&a);
	}
	free(file.p);
	free(b.p);
}

/* ---- limits ---- */

static void test_limit_params(void **state)
{
	const char *body =
	    TEXT("a", "1") B CRLF "Content-Disposition: form-data; name=f; filename=x" CRLF CRLF
	                          "data" CRLF TEXT("c", "3") B "--";
	struct kp_limits lim = limits();
	lim.max_params = 3;
	expect_lim(CT, body, strlen(body), &lim, KP_PARSE_OK);
	lim.max_params = 2;
	expect_lim(CT, body, strlen(body), &lim, KP_PARSE_TOO_MANY);
	lim.max_params = 1;
	expect_lim(CT, body, strlen(body), &lim, KP_PARSE_TOO_MANY);
	lim.max_params = 0;
	expect_lim(CT, body, strlen(body), &lim, KP_PARSE_TOO_MANY);
	expect_lim(CT, B "--", strlen(B "--"), &lim, KP_PARSE_OK);

	/* Thousands of tiny parts. */
	struct body b = {0};
	for (int i = 0; i < 3000; i++)
		body_addf(&b, TEXT("p", "%d"), i);
	body_addf(&b, B "--");
	lim = limits();
	expect_lim(CT, b.p, b.n, &lim, KP_PARSE_TOO_MANY);
	lim.max_params = 3000;
	expect_lim(CT, b.p, b.n, &lim, KP_PARSE_OK);
	free(b.p);
}

static void test_limit_value(void **state)
{
	struct kp_limits lim = limits();
	lim.max_value = 8;
	static const char *ok[] = {TEXT("a", "12345678") B "--", TEXT("a", "1234567\r\n") B "--",
	                           TEXT("a", "\xe2\x82\xac\xe2\x82\xac"
	                                     "12") B "--",
	                           TEXT("a", "") B "--"};
	static const char *over[] = {TEXT("a", "123456789") B "--",
	                             TEXT("a", "12345678\r\n") B "--",
	                             TEXT("a", "ok") TEXT("b", "123456789") B "--"};
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		expect_lim(CT, ok[i], strlen(ok[i]), &lim, KP_PARSE_OK);
	for (size_t i = 0; i < sizeof(over) / sizeof(over[0]); i++)
		expect_lim(CT, over[i], strlen(over[i]), &lim, KP_PARSE_TOO_LONG);
	/* Files are not text: max_value does not apply to them. */
	const char *file = B CRLF "Content-Disposition: form-data; name=f; filename=x" CRLF CRLF
	                          "123456789" CRLF B "--";
	expect_lim(CT, file, strlen(file), &lim, KP_PARSE_OK);
	/* A large text value, with the buffer growing through several steps. */
	lim.max_value = 100000;
	struct body b = {0};
	body_addf(&b, B CRLF CD("a") CRLF);
	for (int i = 0; i < 10000; i++)
		body_addf(&b, "%s", "0123456\r\n");
	body_addf(&b, CRLF B "--");
	struct kp_arena a = {0};
	struct kp_params out = {0};
	assert_int_equal(parse(&a, CT, b.p, b.n, 1000, &lim, &out), KP_PARSE_OK);
	assert_int_equal(out.head->len, 80000);
	assert_int_equal(strlen(out.head->value), 80000);
	assert_memory_equal(out.head->value + 79992, "0123456\n", 8);
	kp_arena_reset(&a);
	lim.max_value = 79999;
	expect_lim(CT, b.p, b.n, &lim, KP_PARSE_TOO_LONG);
	free(b.p);
}

static void test_limit_file(void **state)
{
	const char *body = TEXT("a", "1") B CRLF
	    "Content-Disposition: form-data; name=f; filename=x" CRLF CRLF "0123456789" CRLF B "--";
	struct kp_limits lim = limits();
	lim.max_file = 10;
	expect_lim(CT, body, strlen(body), &lim, KP_PARSE_OK);
	lim.max_file = 9;
	expect_lim(CT, body, strlen(body), &lim, KP_PARSE_TOO_LONG);
	lim.max_file = 0;
	expect_lim(CT, body, strlen(body), &lim, KP_PARSE_TOO_LONG);
	/* The limit is per file. */
	const char *two = B CRLF
	    "Content-Disposition: form-data; name=f; filename=x" CRLF CRLF "0123456789" CRLF B CRLF
	    "Content-Disposition: form-data; name=g; filename=y" CRLF CRLF "0123456789" CRLF B "--";
	lim.max_file = 10;
	expect_lim(CT, two, strlen(two), &lim, KP_PARSE_OK);
}

static void test_limit_body(void **state)
{
	const char *body = TEXT("a", "1") B "--" CRLF "epilogue";
	size_t len = strlen(body);
	struct kp_limits lim = limits();
	lim.max_body = len;
	expect_lim(CT, body, len, &lim, KP_PARSE_OK);
	lim.max_body = len - 1;
	expect_lim(CT, body, len, &lim, KP_PARSE_TOO_LONG);
	lim.max_body = 0;
	expect_lim(CT, body, len, &lim, KP_PARSE_TOO_LONG);
	expect_lim(CT, "", 0, &lim, KP_PARSE_MALFORMED);
	/* A file part over the body limit: refused and removed. */
	const char *file = B CRLF "Content-Disposition: form-data; name=f; filename=x" CRLF CRLF
	                          "0123456789abcdef" CRLF B "--";
	lim.max_body = strlen(file) - 10;
	expect_lim(CT, file, strlen(file), &lim, KP_PARSE_TOO_LONG);
	lim.max_body = SIZE_MAX;
	expect_lim(CT, file, strlen(file), &lim, KP_PARSE_OK);
}

/* ---- failures ---- */

static void test_reader_errors(void **state)
{
	const char *body = TEXT("a", "1") B CRLF
	    "Content-Disposition: form-data; name=f; filename=x" CRLF CRLF "0123456789" CRLF B CRLF
	    "Content-Disposition: form-data; name=g; filename=y" CRLF CRLF "0123456789" CRLF B "--";
	size_t len = strlen(body);
	struct kp_limits lim = limits();
	int fd = free_fd();
	/* Fail at every offset: always IO, never a temp file or fd left. */
	for (size_t at = 0; at < len; at++) {
		for (size_t c = 0; c < 3; c++) {
			struct kp_arena a = {0};
			struct kp_params out = {0};
			struct src s = {.data = body, .len = len, .chunk = c, .fail_at = at};
			assert_int_equal(kp_parse_multipart(&a, CT, src_read, &s, &lim, &out),
			                 KP_PARSE_IO);
			assert_int_equal(out.count, 0);
			assert_int_equal(dir_count(tmpdir), 0);
			assert_int_equal(free_fd(), fd);
			kp_arena_reset(&a);
		}
	}
	struct kp_arena a = {0};
	struct kp_params out = {0};
	struct src s = {.data = body, .len = len, .fail_at = SIZE_MAX, .overread = 1};
	assert_int_equal(kp_parse_multipart(&a, CT, src_read, &s, &lim, &out), KP_PARSE_IO);
	assert_int_equal(kp_parse_multipart(&a, CT, NULL, &s, &lim, &out), KP_PARSE_IO);
	assert_int_equal(out.count, 0);
	kp_arena_reset(&a);
}

static void test_tmpdir_errors(void **state)
{
	const char *file = TEXT("a", "1") B CRLF
	    "Content-Disposition: form-data; name=f; filename=x" CRLF CRLF "data" CRLF B "--";
	const char *text = TEXT("a", "1") B "--";
	struct kp_limits lim = limits();
	lim.tmpdir = "/nonexistent/kp-test";
	expect_lim(CT, file, strlen(file), &lim, KP_PARSE_IO);
	expect_lim(CT, text, strlen(text), &lim, KP_PARSE_OK);
	lim.tmpdir = NULL;
	expect_lim(CT, file, strlen(file), &lim, KP_PARSE_IO);
	lim.tmpdir = "";
	expect_lim(CT, file, strlen(file), &lim, KP_PARSE_IO);
}

/* A full disk, played by RLIMIT_FSIZE: the write fails part way, the
 * parse says IO and no partial file remains. */
static void test_write_error(void **state)
{
	struct rlimit old, small = {.rlim_cur = 100000, .rlim_max = 0};
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	small.rlim_max = old.rlim_max;
	void (*prev)(int) = signal(SIGXFSZ, SIG_IGN);
	struct body b = {0};
	body_addf(&b, TEXT("a", "1") B CRLF
	          "Content-Disposition: form-data; name=f; filename=x" CRLF CRLF);
	char *data = calloc(1, 300000);
	assert_non_null(data);
	body_add(&b, data, 300000);
	free(data);
	body_addf(&b, CRLF B "--");
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
	struct kp_arena a = {0};
	struct kp_params out = {0};
	struct kp_limits lim = limits();
	int fd = free_fd();
	enum kp_parse_status st = parse(&a, CT, b.p, b.n, 0, &lim, &out);
	setrlimit(RLIMIT_FSIZE, &old);
	signal(SIGXFSZ, prev);
	assert_int_equal(st, KP_PARSE_IO);
	assert_int_equal(out.count, 0);
	assert_int_equal(dir_count(tmpdir), 0);
	assert_int_equal(free_fd(), fd);
	kp_arena_reset(&a);
	free(b.p);
}

static void test_failure_keeps_list(void **state)
{
	struct kp_arena a = {0};
	struct kp_params out = {0};
	struct kp_limits lim = limits();
	assert_int_equal(kp_params_add(&a, &out, "q", 1, "query", 5), KP_PARSE_OK);
	struct kp_param *first = out.head;
	/* Two files written, then a bad part: all undone. */
	const char *body =
	    B CRLF "Content-Disposition: form-data; name=f; filename=x" CRLF CRLF "data" CRLF B CRLF
	           "Content-Disposition: form-data; name=g; filename=y" CRLF CRLF
	           "data" CRLF TEXT("t", "ok") TEXT("B", "bad") B "--";
	assert_int_equal(parse(&a, CT, body, strlen(body), 3, &lim, &out), KP_PARSE_BAD_NAME);
	assert_int_equal(out.count, 1);
	assert_ptr_equal(out.head, first);
	assert_ptr_equal(out.tail, first);
	assert_null(first->next);
	assert_int_equal(dir_count(tmpdir), 0);
	/* And a good body appends after what was there. */
	const char *good = TEXT("t", "ok") B "--";
	assert_int_equal(parse(&a, CT, good, strlen(good), 0, &lim, &out), KP_PARSE_OK);
	assert_int_equal(out.count, 2);
	assert_ptr_equal(out.head, first);
	assert_string_equal(out.tail->name, "t");
	/* A file in the middle of a failing part is removed too. */
	const char *mid =
	    B CRLF "Content-Disposition: form-data; name=f; filename=x" CRLF CRLF "data";
	assert_int_equal(parse(&a, CT, mid, strlen(mid), 0, &lim, &out), KP_PARSE_MALFORMED);
	assert_int_equal(out.count, 2);
	assert_int_equal(dir_count(tmpdir), 0);
	kp_arena_reset(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_boundary_content_type),
	    cmocka_unit_test(test_boundary_charset),
	    cmocka_unit_test(test_boundary_length),
	    cmocka_unit_test(test_boundary_lengths_in_sequence),
	    cmocka_unit_test(test_text_parts),
	    cmocka_unit_test(test_preamble_epilogue),
	    cmocka_unit_test(test_structure_errors),
	    cmocka_unit_test(test_delimiter_lookalikes),
	    cmocka_unit_test(test_header_errors),
	    cmocka_unit_test(test_header_forms),
	    cmocka_unit_test(test_header_limits),
	    cmocka_unit_test(test_names),
	    cmocka_unit_test(test_text_values),
	    cmocka_unit_test(test_file_part),
	    cmocka_unit_test(test_file_variants),
	    cmocka_unit_test(test_file_no_file_chosen),
	    cmocka_unit_test(test_filename_rules),
	    cmocka_unit_test(test_file_streams),
	    cmocka_unit_test(test_limit_params),
	    cmocka_unit_test(test_limit_value),
	    cmocka_unit_test(test_limit_file),
	    cmocka_unit_test(test_limit_body),
	    cmocka_unit_test(test_reader_errors),
	    cmocka_unit_test(test_tmpdir_errors),
	    cmocka_unit_test(test_write_error),
	    cmocka_unit_test(test_failure_keeps_list),
	};
	return cmocka_run_group_tests(tests, suite_setup, suite_teardown);
}
