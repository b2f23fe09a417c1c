/* libFuzzer target for kp_parse_urlencoded (query strings and form bodies).
 * Besides "no crash", it checks what the parser promises: every parameter
 * it accepts has a valid name and valid text, within the limits; a failure
 * leaves the list untouched; and re-encoding what was parsed parses back to
 * the same list. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "params.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const struct kp_limits fuzz_limits = {
    .max_params = 64, .max_value = 512, .max_file = 0, .max_body = 0, .tmpdir = NULL};

static void require(int ok)
{
	if (!ok)
		abort();
}

static int name_ok(const char *s)
{
	size_t n = strlen(s);
	return n >= 1 && n <= 64 && strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789_") == n;
}

static void check_list(const struct kp_params *p, const struct kp_param *before_tail)
{
	size_t n = 0;
	const struct kp_param *q = before_tail ? before_tail->next : p->head;
	for (; q; q = q->next, n++) {
		require(name_ok(q->name));
		require(strlen(q->value) == q->len);
		require(q->len <= fuzz_limits.max_value);
		require(kp_text_valid(q->value, q->len, KP_TEXT_ALLOW_NEWLINE | KP_TEXT_ALLOW_TAB));
		require(!q->is_file && !q->tmp_path && !q->filename);
		require(kp_param_get(p, q->name) != NULL);
		require(kp_param_count(p, q->name) >= 1);
		if (!q->next)
			require(q == p->tail);
	}
	require(n <= fuzz_limits.max_params);
}

/* Percent-encodes every byte that is not unreserved: the strictest form. */
static size_t encode(const struct kp_params *p, char *out)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t o = 0;
	for (const struct kp_param *q = p->head; q; q = q->next) {
		if (q != p->head)
			out[o++] = '&';
		memcpy(out + o, q->name, strlen(q->name));
		o += strlen(q->name);
		out[o++] = '=';
		for (size_t i = 0; i < q->len; i++) {
			unsigned char c = (unsigned char)q->value[i];
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			    (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
			    c == '~') {
				out[o++] = (char)c;
			} else {
				out[o++] = '%';
				out[o++] = hex[c >> 4];
				out[o++] = hex[c & 15];
			}
		}
	}
	return o;
}

static void check_round_trip(const struct kp_params *p)
{
	/* Each value byte becomes at most 3, plus name, '=' and '&'. */
	size_t cap = 1;
	for (const struct kp_param *q = p->head; q; q = q->next)
		cap += strlen(q->name) + 2 + 3 * q->len;
	char *buf = malloc(cap);
	require(buf != NULL);
	size_t n = encode(p, buf);
	struct kp_arena a = {0};
	struct kp_params again = {0};
	require(kp_parse_urlencoded(&a, buf, n, &fuzz_limits, &again) == KP_PARSE_OK);
	require(again.count == p->count);
	const struct kp_param *x = p->head, *y = again.head;
	for (; x && y; x = x->next, y = y->next) {
		require(strcmp(x->name, y->name) == 0);
		require(x->len == y->len && memcmp(x->value, y->value, x->len) == 0);
	}
	require(!x && !y);
	kp_arena_reset(&a);
	free(buf);
}

static void check_fields(const struct kp_params *p)
{
	static const struct kp_field fields[] = {{"a", 8, 0},
	                                         {"b", 0, KP_FIELD_MULTILINE},
	                                         {"c", 0, KP_FIELD_LIST},
	                                         {"f", 0, KP_FIELD_FILE},
	                                         {NULL, 0, 0}};
	const char *bad = NULL;
	int r = kp_fields_check(p, fields, &bad);
	require(r == 0 ? bad == NULL : (r == -1 && bad != NULL));
	/* No file parts come from a url-encoded string. */
	if (kp_param_count(p, "f") > 0)
		require(r == -1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kp_arena a = {0};
	struct kp_params out = {0};
	/* Something already in the list, as when a body follows a query. */
	require(kp_params_add(&a, &out, "pre", 3, "x", 1) == KP_PARSE_OK);
	const struct kp_param *tail = out.tail;
	enum kp_parse_status st =
	    kp_parse_urlencoded(&a, (const char *)data, size, &fuzz_limits, &out);
	require(st >= KP_PARSE_OK && st <= KP_PARSE_IO);
	if (st == KP_PARSE_OK) {
		check_list(&out, tail);
		check_fields(&out);
		/* The round trip without the parameter put there first. */
		struct kp_params parsed = {tail->next, tail->next ? out.tail : NULL, out.count - 1};
		check_round_trip(&parsed);
	} else {
		require(out.count == 1 && out.head == tail && out.tail == tail && !tail->next);
		require(st != KP_PARSE_MALFORMED && st != KP_PARSE_IO);
	}
	kp_arena_reset(&a);
	return 0;
}
