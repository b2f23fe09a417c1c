/* libFuzzer target for kp_parse_cookies. The input is the Cookie header
 * (up to the first NUL, as the header arrives as a C string). Checks that
 * every cookie taken has an allowed name and value, that nothing but the
 * limits fails the header, and that a limit keeps the cookies before it. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "params.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const struct kp_limits fuzz_limits = {
    .max_params = 32, .max_value = 256, .max_file = 0, .max_body = 0, .tmpdir = NULL};

static void require(int ok)
{
	if (!ok)
		abort();
}

static int name_ok(const char *s)
{
	size_t n = strlen(s);
	return n >= 1 && n <= 64 &&
	       strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") == n;
}

static int value_ok(const char *s, size_t len)
{
	if (strlen(s) != len || len > fuzz_limits.max_value)
		return 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c <= 0x20 || c >= 0x7f || strchr(";,\"\\", c))
			return 0;
	}
	return 1;
}

static void check_list(const struct kp_params *p, const char *header)
{
	size_t n = 0;
	for (const struct kp_param *q = p->head; q; q = q->next, n++) {
		require(name_ok(q->name));
		require(value_ok(q->value, q->len));
		/* Both come from the header as they were. */
		require(strstr(header, q->name) != NULL);
		require(strstr(header, q->value) != NULL);
		require(!q->is_file && !q->tmp_path);
		if (!q->next)
			require(q == p->tail);
	}
	require(n == p->count && n <= fuzz_limits.max_params);
	/* The first of a name wins. */
	for (const struct kp_param *q = p->head; q; q = q->next) {
		const struct kp_param *first = kp_param_get(p, q->name);
		require(first != NULL);
		for (const struct kp_param *r = p->head; r != first; r = r->next)
			require(strcmp(r->name, q->name) != 0);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *header = malloc(size + 1);
	require(header != NULL);
	memcpy(header, data, size);
	header[size] = '\0';
	struct kp_arena a = {0};
	struct kp_params out = {0};
	enum kp_parse_status st = kp_parse_cookies(&a, header, &fuzz_limits, &out);
	/* Only a limit fails the header, and what came before it stays. */
	require(st == KP_PARSE_OK || st == KP_PARSE_TOO_MANY || st == KP_PARSE_TOO_LONG);
	check_list(&out, header);
	if (st == KP_PARSE_TOO_MANY)
		require(out.count == fuzz_limits.max_params);
	kp_arena_reset(&a);
	free(header);
	return 0;
}
