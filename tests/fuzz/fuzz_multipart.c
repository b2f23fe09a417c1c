/* libFuzzer target for kp_parse_multipart.
 *
 * Input layout:
 *   byte 0   below 140: the boundary is the first 1 + b % 70 characters of
 *            a fixed alphabet, quoted in the Content-Type when b >= 70;
 *            140 and above: the Content-Type is the input from byte 2 up to
 *            the first '\n' (to fuzz the header itself), the body follows.
 *   byte 1   picks the limits (two bits each: max_params, max_value,
 *            max_file, max_body) and seeds the sizes of the pieces the
 *            reader hands out.
 *   the rest the body.
 *
 * Each input is parsed twice, in varying pieces and in one go: the results
 * must be identical (status, parameters, file contents), so a streaming bug
 * at a buffer edge shows up even when it does not crash. Every accepted
 * parameter must obey the rules of params.h, and after cleanup (or a
 * failure) the temporary folder must be empty. */
#include <dirent.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "multipart.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Boundaries: the first up to 70 characters of these. */
static const char token_alphabet[] =
    "KnotenpunktBoundary-0123456789_abcdefghijklmnopqrstuvwxyz'+.ABCDEFGHIJ";
static const char quoted_alphabet[] =
    "Knoten:punkt ()+,-./=?'_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";

static char fuzz_tmpdir[] = "/tmp/kp-fuzz-multipart-XXXXXX";

static void require(int ok)
{
	if (!ok)
		abort();
}

static void remove_tmpdir(void)
{
	rmdir(fuzz_tmpdir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	require(mkdtemp(fuzz_tmpdir) != NULL);
	atexit(remove_tmpdir);
	return 0;
}

static int tmpdir_empty(void)
{
	DIR *d = opendir(fuzz_tmpdir);
	require(d != NULL);
	struct dirent *e;
	int empty = 1;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			empty = 0;
	}
	closedir(d);
	return empty;
}

/* ---- the reader ---- */

struct src {
	const uint8_t *data;
	size_t len, off;
	uint32_t rng; /* 0: whole reads */
};

static ssize_t src_read(void *ctx, char *buf, size_t n)
{
	struct src *s = ctx;
	size_t k = s->len - s->off;
	if (k > n)
		k = n;
	if (s->rng) {
		/* xorshift32: sizes of 1, a few, a few hundred, or all. */
		s->rng ^= s->rng << 13;
		s->rng ^= s->rng >> 17;
		s->rng ^= s->rng << 5;
		static const uint32_t caps[] = {1, 8, 300, UINT32_MAX};
		uint32_t cap = caps[s->rng & 3];
		size_t want = cap == UINT32_MAX ? k : 1 + (s->rng >> 2) % cap;
		if (k > want)
			k = want;
	}
	memcpy(buf, s->data + s->off, k);
	s->off += k;
	return (ssize_t)k;
}

/* ---- checks ---- */

static int name_ok(const char *s)
{
	size_t n = strlen(s);
	return n >= 1 && n <= 64 && strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789_") == n;
}

static void check_file(const struct kp_param *q)
{
	require(q->filename == q->value);
	require(kp_text_valid(q->filename, q->len, 0));
	require(q->client_type && kp_text_valid(q->client_type, strlen(q->client_type), 0));
	if (q->len == 0) {
		require(q->tmp_path == NULL && q->file_size == 0);
		return;
	}
	struct stat st;
	require(q->tmp_path && stat(q->tmp_path, &st) == 0);
	require(S_ISREG(st.st_mode) && (st.st_mode & 0777) == 0600);
	require((size_t)st.st_size == q->file_size);
	require(strncmp(q->tmp_path, fuzz_tmpdir, strlen(fuzz_tmpdir)) == 0);
}

static void check_list(const struct kp_params *p, const struct kp_limits *lim)
{
	size_t n = 0;
	for (const struct kp_param *q = p->head; q; q = q->next, n++) {
		require(name_ok(q->name));
		require(strlen(q->value) == q->len);
		if (q->is_file) {
			check_file(q);
			require(q->file_size <= lim->max_file);
		} else {
			require(!q->tmp_path && !q->filename && q->len <= lim->max_value);
			require(kp_text_valid(q->value, q->len,
			                      KP_TEXT_ALLOW_NEWLINE | KP_TEXT_ALLOW_TAB));
		}
		if (!q->next)
			require(q == p->tail);
	}
	require(n == p->count && n <= lim->max_params);
}

static int same_file(const char *x, const char *y, size_t size)
{
	FILE *fx = fopen(x, "rb"), *fy = fopen(y, "rb");
	int same = fx && fy;
	char bx[4096], by[4096];
	size_t left = size;
	while (same && left > 0) {
		size_t k = left < sizeof(bx) ? left : sizeof(bx);
		same = fread(bx, 1, k, fx) == k && fread(by, 1, k, fy) == k && !memcmp(bx, by, k);
		left -= k;
	}
	if (fx)
		fclose(fx);
	if (fy)
		fclose(fy);
	return same;
}

static int same_str(const char *x, const char *y)
{
	return (!x && !y) || (x && y && strcmp(x, y) == 0);
}

static void check_same(const struct kp_params *p, const struct kp_params *r)
{
	require(p->count == r->count);
	const struct kp_param *x = p->head, *y = r->head;
	for (; x && y; x = x->next, y = y->next) {
		require(strcmp(x->name, y->name) == 0);
		require(x->len == y->len && memcmp(x->value, y->value, x->len) == 0);
		require(x->is_file == y->is_file && x->file_size == y->file_size);
		require(same_str(x->client_type, y->client_type));
		if (x->tmp_path)
			require(y->tmp_path && same_file(x->tmp_path, y->tmp_path, x->file_size));
	}
	require(!x && !y);
}

/* ---- the target ---- */

static const char *content_type(const uint8_t **data, size_t *size, char *buf, size_t cap)
{
	unsigned mode = (*data)[0];
	*data += 2;
	*size -= 2;
	if (mode < 140) {
		size_t len = 1 + mode % 70;
		int quoted = mode >= 70;
		snprintf(buf, cap,
		         quoted ? "multipart/form-data; boundary=\"%.*s\""
		                : "multipart/form-data; boundary=%.*s",
		         (int)len, quoted ? quoted_alphabet : token_alphabet);
		return buf;
	}
	const uint8_t *nl = memchr(*data, '\n', *size);
	size_t n = nl ? (size_t)(nl - *data) : *size;
	if (n >= cap)
		n = cap - 1;
	memcpy(buf, *data, n);
	buf[n] = '\0';
	*data += nl ? n + 1 : n;
	*size -= nl ? n + 1 : n;
	return buf;
}

/* Small limits now and then, so that every limit is reached at its edge. */
static size_t limit(unsigned knobs, int shift, size_t small, size_t medium, size_t large)
{
	unsigned k = (knobs >> shift) & 3;
	return k == 0 ? small : k == 1 ? medium : large;
}

static enum kp_parse_status parse(struct kp_arena *a, const char *ct, const uint8_t *data,
                                  size_t size, uint32_t rng, const struct kp_limits *lim,
                                  struct kp_params *out)
{
	struct src s = {data, size, 0, rng};
	return kp_parse_multipart(a, ct, src_read, &s, lim, out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	char ct[512];
	unsigned knobs = data[1];
	uint32_t rng = 0x9e3779b9u * (knobs + 1);
	const char *type = content_type(&data, &size, ct, sizeof(ct));
	const struct kp_limits lim = {.max_params = limit(knobs, 0, 1, 3, 16),
	                              .max_value = limit(knobs, 2, 8, 64, 256),
	                              .max_file = limit(knobs, 4, 16, 300, 2048),
	                              .max_body = limit(knobs, 6, 200, 1000, 1 << 16),
	                              .tmpdir = fuzz_tmpdir};
	struct kp_arena a = {0};
	struct kp_params pieces = {0}, whole = {0};
	enum kp_parse_status st1 = parse(&a, type, data, size, rng ? rng : 1, &lim, &pieces);
	enum kp_parse_status st2 = parse(&a, type, data, size, 0, &lim, &whole);
	/* Over max_body, a whole read may see the limit before an earlier
	 * error that small pieces reach first; otherwise nothing may differ. */
	if (size <= lim.max_body)
		require(st1 == st2);
	if (st1 == KP_PARSE_OK && st2 == KP_PARSE_OK) {
		check_list(&pieces, &lim);
		check_list(&whole, &lim);
		check_same(&pieces, &whole);
	} else {
		require(st1 == KP_PARSE_OK || (pieces.count == 0 && !pieces.head));
		require(st2 == KP_PARSE_OK || (whole.count == 0 && !whole.head));
	}
	kp_params_cleanup(&pieces);
	kp_params_cleanup(&whole);
	require(tmpdir_empty());
	kp_arena_reset(&a);
	return 0;
}
