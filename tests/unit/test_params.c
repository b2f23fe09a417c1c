/* Unit tests for params.c: url-encoded strings, cookies, text rules, the
 * parameter list and declared fields. */
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "params.h"

static const struct kp_limits default_limits = {
    .max_params = 200, .max_value = 1024, .max_file = 4096, .max_body = 65536, .tmpdir = "/tmp"};

/* ---- helpers ---- */

static enum kp_parse_status url_n(struct kp_arena *a, const char *s, size_t n,
                                  const struct kp_limits *lim, struct kp_params *out)
{
	enum kp_parse_status st = kp_parse_urlencoded(a, s, n, lim, out);
	if (st != KP_PARSE_OK && out->count == 0) {
		/* A failed parse into an empty list leaves it empty. */
		assert_null(out->head);
		assert_null(out->tail);
	}
	return st;
}

static enum kp_parse_status url(struct kp_arena *a, const char *s, struct kp_params *out)
{
	return url_n(a, s, strlen(s), &default_limits, out);
}

/* The status for s alone, with a fresh arena and list. */
static enum kp_parse_status url_status_lim(const char *s, size_t n, const struct kp_limits *lim)
{
	struct kp_arena a = {0};
	struct kp_params out = {0};
	enum kp_parse_status st = url_n(&a, s, n, lim, &out);
	if (st != KP_PARSE_OK)
		assert_int_equal(out.count, 0);
	kp_arena_reset(&a);
	return st;
}

static enum kp_parse_status url_status(const char *s)
{
	return url_status_lim(s, strlen(s), &default_limits);
}

/* Parses "name=<s>" and checks that the value comes out as want[0..want_len). */
static void url_value_is(const char *s, const char *want, size_t want_len)
{
	struct kp_arena a = {0};
	struct kp_params out = {0};
	assert_int_equal(url(&a, s, &out), KP_PARSE_OK);
	assert_int_equal(out.count, 1);
	assert_int_equal(out.head->len, want_len);
	assert_memory_equal(out.head->value, want, want_len);
	assert_int_equal(out.head->value[want_len], '\0');
	kp_arena_reset(&a);
}

static enum kp_parse_status cookies(struct kp_arena *a, const char *h, const struct kp_limits *lim,
                                    struct kp_params *out)
{
	return kp_parse_cookies(a, h, lim, out);
}

/* "a=1 b=2" style dump of a list, to compare whole results at once. */
static void dump(const struct kp_params *p, char *buf, size_t size)
{
	size_t off = 0;
	buf[0] = '\0';
	for (const struct kp_param *q = p->head; q; q = q->next) {
		int n =
		    snprintf(buf + off, size - off, "%s%s=%s", off ? " " : "", q->name, q->value);
		assert_true(n >= 0 && (size_t)n < size - off);
		off += (size_t)n;
	}
}

static void cookies_are(const char *header, const char *want)
{
	struct kp_arena a = {0};
	struct kp_params out = {0};
	char got[1024];
	assert_int_equal(cookies(&a, header, &default_limits, &out), KP_PARSE_OK);
	dump(&out, got, sizeof(got));
	assert_string_equal(got, want);
	kp_arena_reset(&a);
}

static char *repeat(char c, size_t n)
{
	char *s = malloc(n + 1);
	assert_non_null(s);
	memset(s, c, n);
	s[n] = '\0';
	return s;
}

/* ---- url-encoded ---- */

static void test_url_basic(void **state)
{
	struct kp_arena a = {0};
	struct kp_params out = {0};
	assert_int_equal(url(&a, "a=1&b=x%20y+z", &out), KP_PARSE_OK);
	assert_int_equal(out.count, 2);
	assert_string_equal(kp_param_value(&out, "a"), "1");
	assert_string_equal(kp_param_value(&out, "b"), "x y z");
	assert_int_equal(kp_param_get(&out, "b")->len, 5);
	assert_int_equal(kp_param_get(&out, "b")->is_file, 0);
	assert_null(kp_param_get(&out, "b")->filename);
	assert_null(kp_param_get(&out, "b")->tmp_path);
	assert_ptr_equal(out.tail, kp_param_get(&out, "b"));
	assert_null(out.tail->next);
	kp_arena_reset(&a);
}

static void test_url_query_string(void **state)
{
	struct kp_arena a = {0};
	struct kp_params out = {0};
	assert_int_equal(url(&a, "q=caf%C3%A9+cr%c3%a8me&page=2&sort=new_first", &out),
	                 KP_PARSE_OK);
	assert_string_equal(kp_param_value(&out, "q"), "café crème");
	assert_string_equal(kp_param_value(&out, "page"), "2");
	assert_string_equal(kp_param_value(&out, "sort"), "new_first");
	kp_arena_reset(&a);
}

static void test_url_empty(void **state)
{
	struct kp_arena a = {0};
	struct kp_params out = {0};
	assert_int_equal(url(&a, "", &out), KP_PARSE_OK);
	assert_int_equal(kp_parse_urlencoded(&a, NULL, 0, &default_limits, &out), KP_PARSE_OK);
	assert_int_equal(out.count, 0);
	assert_null(out.head);
	assert_int_equal(kp_parse_urlencoded(&a, NULL, 3, &default_limits, &out),
	                 KP_PARSE_MALFORMED);
	kp_arena_reset(&a);
}

static void test_url_no_equals(void **state)
{
	struct kp_arena a = {0};
	struct kp_params out = {0};
	assert_int_equal(url(&a, "a&b=&c=3", &out), KP_PARSE_OK);
	assert_int_equal(out.count, 3);
	assert_string_equal(kp_param_value(&out, "a"), "");
	assert_int_equal(kp_param_get(&out, "a")->len, 0);
	assert_string_equal(kp_param_value(&out, "b"), "");
	assert_string_equal(kp_param_value(&out, "c"), "3");
	kp_arena_reset(&a);
}

static void test_url_empty_pairs(void **state)
{
	struct kp_arena a = {0};
	struct kp_params out = {0};
	char got[256];
	assert_int_equal(url(&a, "&a=1&&b=2&", &out), KP_PARSE_OK);
	dump(&out, got, sizeof(got));
	assert_string_equal(got, "a=1 b=2");
	kp_arena_reset(&a);
	out = (struct kp_params){0};
	assert_int_equal(url(&a, "&&&", &out), KP_PARSE_OK);
	assert_int_equal(out.count, 0);
	kp_arena_reset(&a);
}

static void test_url_value_with_equals(void **state)
{
	url_value_is("a=b=c", "b=c", 3);
	url_value_is("a==", "=", 1);
	url_value_is("a=%3D%26", "=&", 2);
	url_value_is("a=%2B+", "+ ", 2);
}

static void test_url_hex_case(void **state)
{
	url_value_is("a=%4a%4A%7e", "JJ~", 3);
}

static void test_url_bad_escape(void **state)
{
	static const char *bad[] = {"a=%",   "a=%4",  "a=%zz",   "a=%G0",  "a=%0G",
	                            "a=1%2", "%=1",   "a%=1",    "a=%%",   "a=%-1",
	                            "a=% 1", "a=%+1", "b=1&a=%", "a=%4%41"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(url_status(bad[i]), KP_PARSE_BAD_ESCAPE);
}

static void test_url_names(void **state)
{
	static const char *bad[] = {"A=1",   "a-b=1",  "a.b=1", "=1",    "a+b=1",    "a%20b=1",
	                            "%41=1", "a%00=1", "ä=1",   "a[]=1", "a%5B%5D=1"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(url_status(bad[i]), KP_PARSE_BAD_NAME);
	assert_int_equal(url_status("a_b9=1"), KP_PARSE_OK);
	assert_int_equal(url_status("0=1"), KP_PARSE_OK);

	struct kp_arena a = {0};
	struct kp_params out = {0};
	assert_int_equal(url(&a, "a%5fb=1", &out), KP_PARSE_OK);
	assert_string_equal(out.head->name, "a_b");
	kp_arena_reset(&a);

	char *name = repeat('n', 64);
	char buf[512];
	snprintf(buf, sizeof(buf), "%s=1", name);
	assert_int_equal(url_status(buf), KP_PARSE_OK);
	snprintf(buf, sizeof(buf), "%sn=1", name);
	assert_int_equal(url_status(buf), KP_PARSE_BAD_NAME);
	free(name);
	/* 64 bytes, spelled as 192 escapes: still a valid name. */
	size_t off = 0;
	for (int i = 0; i < 64; i++)
		off += (size_t)snprintf(buf + off, sizeof(buf) - off, "%%6e");
	snprintf(buf + off, sizeof(buf) - off, "=1");
	assert_int_equal(url_status(buf), KP_PARSE_OK);
	snprintf(buf + off, sizeof(buf) - off, "%%6e=1");
	assert_int_equal(url_status(buf), KP_PARSE_BAD_NAME);
	name = repeat('x', 5000);
	assert_int_equal(url_status(name), KP_PARSE_BAD_NAME);
	free(name);
}

static void test_url_utf8_valid(void **state)
{
	url_value_is("a=%C3%A4", "ä", 2);
	url_value_is("a=%E2%82%AC", "€", 3);
	url_value_is("a=%F0%9F%98%80", "\xf0\x9f\x98\x80", 4);
	url_value_is("a=%F4%8F%BF%BF", "\xf4\x8f\xbf\xbf", 4);        /* U+10FFFF */
	url_value_is("a=%EF%BF%BF", "\xef\xbf\xbf", 3);               /* U+FFFF */
	url_value_is("a=%ED%9F%BF", "\xed\x9f\xbf", 3);               /* U+D7FF */
	url_value_is("a=%EE%80%80", "\xee\x80\x80", 3);               /* U+E000 */
	url_value_is("a=%C2%A0", "\xc2\xa0", 2);                      /* NBSP: not C1 */
	url_value_is("a=%DF%BF%E0%A0%80", "\xdf\xbf\xe0\xa0\x80", 5); /* U+07FF, U+0800 */
	url_value_is("a=%F0%90%80%80", "\xf0\x90\x80\x80", 4);        /* U+10000 */
	url_value_is("a=Grüße", "Grüße", strlen("Grüße"));
	url_value_is("a=%E2%80%AE", "\xe2\x80\xae", 3); /* RLO: a format char, not Cc */
}

static void test_url_utf8_invalid(void **state)
{
	static const char *bad[] = {"a=%C0%80",
	                            "a=%C1%BF",
	                            "a=%E0%80%80",
	                            "a=%E0%9F%BF", /* overlong */
	                            "a=%F0%80%80%80",
	                            "a=%F0%8F%BF%BF", /* overlong */
	                            "a=%ED%A0%80",
	                            "a=%ED%BF%BF",
	                            "a=%ED%B0%80", /* surrogates */
	                            "a=%F4%90%80%80",
	                            "a=%F5%80%80%80",
	                            "a=%F7%BF%BF%BF", /* > U+10FFFF */
	                            "a=%F8%88%80%80%80",
	                            "a=%FE",
	                            "a=%FF", /* never valid */
	                            "a=%80",
	                            "a=%BF",
	                            "a=x%80y", /* lone continuation */
	                            "a=%C3",
	                            "a=%E2%82",
	                            "a=%F0%9F%98",
	                            "a=%C3a",
	                            "a=%E2%82a",
	                            "a=%F0%9F%98a",
	                            "a=%C3%C3%A4",
	                            "a=\xff",
	                            "a=%C3%A4%A4"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (url_status(bad[i]) != KP_PARSE_BAD_UTF8)
			fail_msg("not refused as bad UTF-8: %s", bad[i]);
	}
}

static void test_url_controls(void **state)
{
	static const char *bad[] = {"a=%00",    "a=%01",    "a=%1F",    "a=%7F",       "a=%1B[31m",
	                            "a=%0D",    "a=%0Dx",   "a=x%0D",   "a=%0D%0D%0A", "a=%0A%0D",
	                            "a=%C2%80", "a=%C2%85", "a=%C2%9F", "a=%08",       "a=%0B",
	                            "a=%0C",    "a=x\ry"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (url_status(bad[i]) != KP_PARSE_CONTROL_CHAR)
			fail_msg("not refused as a control character: %s", bad[i]);
	}
	/* A raw NUL byte inside the input, not only an escaped one. */
	assert_int_equal(url_status_lim("a=x\0y", 5, &default_limits), KP_PARSE_CONTROL_CHAR);
	url_value_is("a=%0A", "\n", 1);
	url_value_is("a=%09", "\t", 1);
	url_value_is("a=%0D%0A", "\n", 1);
	url_value_is("a=x%0D%0Ay%0D%0A%0D%0A", "x\ny\n\n", 5);
	url_value_is("a=x\r\ny", "x\ny", 3);
}

static void test_url_too_many(void **state)
{
	struct kp_limits lim = default_limits;
	lim.max_params = 3;
	const char *ok = "a=1&b=2&c=3";
	const char *empty_pairs = "a&&b&&c&&&";
	const char *over = "a=1&b=2&c=3&d=4";
	assert_int_equal(url_status_lim(ok, strlen(ok), &lim), KP_PARSE_OK);
	assert_int_equal(url_status_lim(empty_pairs, strlen(empty_pairs), &lim), KP_PARSE_OK);
	assert_int_equal(url_status_lim(over, strlen(over), &lim), KP_PARSE_TOO_MANY);
	lim.max_params = 0;
	assert_int_equal(url_status_lim("a", 1, &lim), KP_PARSE_TOO_MANY);
	assert_int_equal(url_status_lim("", 0, &lim), KP_PARSE_OK);

	/* Thousands of parameters: refused, not a slow crawl. */
	size_t n = 5000;
	char *many = malloc(n * 4 + 1);
	assert_non_null(many);
	for (size_t i = 0; i < n; i++)
		memcpy(many + i * 4, "a=1&", 4);
	many[n * 4] = '\0';
	assert_int_equal(url_status(many), KP_PARSE_TOO_MANY);
	free(many);
}

static void test_url_too_long(void **state)
{
	struct kp_limits lim = default_limits;
	lim.max_value = 8;
	static const char *ok[] = {"a=12345678", "a=%41%41%41%41%41%41%41%41", "a=1234567%0D%0A",
	                           "a=", "a=%E2%82%AC%E2%82%AC12"};
	static const char *over[] = {"a=123456789", "a=%41%41%41%41%41%41%41%41%41",
	                             "a=12345678%0D%0A", "a=%E2%82%AC%E2%82%AC123"};
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		assert_int_equal(url_status_lim(ok[i], strlen(ok[i]), &lim), KP_PARSE_OK);
	for (size_t i = 0; i < sizeof(over) / sizeof(over[0]); i++)
		assert_int_equal(url_status_lim(over[i], strlen(over[i]), &lim), KP_PARSE_TOO_LONG);
	lim.max_value = 0;
	assert_int_equal(url_status_lim("a=", 2, &lim), KP_PARSE_OK);
	assert_int_equal(url_status_lim("a=1", 3, &lim), KP_PARSE_TOO_LONG);
}

static void test_url_duplicates(void **state)
{
	struct kp_arena a = {0};
	struct kp_params out = {0};
	char got[256];
	assert_int_equal(url(&a, "a=1&a=2&b=3&a=4", &out), KP_PARSE_OK);
	dump(&out, got, sizeof(got));
	assert_string_equal(got, "a=1 a=2 b=3 a=4");
	assert_int_equal(kp_param_count(&out, "a"), 3);
	assert_int_equal(kp_param_count(&out, "b"), 1);
	assert_int_equal(kp_param_count(&out, "c"), 0);
	assert_string_equal(kp_param_value(&out, "a"), "1");
	kp_arena_reset(&a);
}

static void test_url_failure_keeps_list(void **state)
{
	struct kp_arena a = {0};
	struct kp_params out = {0};
	char got[256];
	assert_int_equal(url(&a, "x=1", &out), KP_PARSE_OK);
	struct kp_param *tail = out.tail;
	static const char *bad[] = {"a=1&b=%zz", "a=1&B=2", "a=1&b=%FF", "a=1&b=%00"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_not_equal(url(&a, bad[i], &out), KP_PARSE_OK);
		assert_int_equal(out.count, 1);
		assert_ptr_equal(out.tail, tail);
		assert_ptr_equal(out.head, tail);
		assert_null(tail->next);
	}
	assert_int_equal(url(&a, "c=3", &out), KP_PARSE_OK);
	dump(&out, got, sizeof(got));
	assert_string_equal(got, "x=1 c=3");
	kp_arena_reset(&a);
}

static void test_url_many_sizes(void **state)
{
	/* Values of every length up to a few blocks of the arena. */
	struct kp_limits lim = default_limits;
	lim.max_value = 40000;
	char *buf = malloc(40000 + 3);
	assert_non_null(buf);
	for (size_t n = 0; n <= 40000; n += n < 64 ? 1 : 997) {
		struct kp_arena a = {0};
		struct kp_params out = {0};
		memcpy(buf, "v=", 2);
		memset(buf + 2, 'x', n);
		assert_int_equal(url_n(&a, buf, n + 2, &lim, &out), KP_PARSE_OK);
		assert_int_equal(out.head->len, n);
		assert_int_equal(strlen(out.head->value), n);
		kp_arena_reset(&a);
	}
	free(buf);
}

/* ---- cookies ---- */

static void test_cookie_basic(void **state)
{
	cookies_are("a=1; b=2", "a=1 b=2");
	cookies_are("sid=abc;lang=de", "sid=abc lang=de");
	cookies_are("Upper-Case_1=ok", "Upper-Case_1=ok");
	cookies_are("t=a.b-c_d~e!#$%&'()*+/:<=>?@[]^`{|}", "t=a.b-c_d~e!#$%&'()*+/:<=>?@[]^`{|}");
	cookies_are("pct=%41", "pct=%41"); /* no percent decoding */
}

static void test_cookie_quotes(void **state)
{
	cookies_are("a=\"xyz\"", "a=xyz");
	cookies_are("a=\"\"", "a=");
	cookies_are("a=\"x; b=2", "b=2");
	cookies_are("a=x\"; b=2", "b=2");
	cookies_are("a=\"; b=2", "b=2");
	cookies_are("a=\"x\"y\"; b=2", "b=2");
}

static void test_cookie_malformed_skipped(void **state)
{
	cookies_are("a=1; bad name=2; c=3", "a=1 c=3");
	cookies_are("noequals; d=4", "d=4");
	cookies_are("=5; e=6", "e=6");
	cookies_are("f=a b; g=1", "g=1");
	cookies_are("f=x,y; g=1", "g=1");
	cookies_are("f=x\\y; g=1", "g=1");
	cookies_are("f=\x01; g=1", "g=1");
	cookies_are("f=\x7f; g=1", "g=1");
	cookies_are("f=\xc3\xa4; g=1", "g=1");
	cookies_are("k.l=1; g=1", "g=1");
	cookies_are("k:l=1; g=1", "g=1");
	cookies_are("\xc3\xa4=1; g=1", "g=1");
	cookies_are("a =1; g=1", "g=1");
	cookies_are("a= 1; g=1", "g=1");
	char *name = repeat('n', 64);
	char header[256], want[256];
	snprintf(header, sizeof(header), "%s=1; %sn=2", name, name);
	snprintf(want, sizeof(want), "%s=1", name);
	cookies_are(header, want);
	free(name);
}

static void test_cookie_empty(void **state)
{
	cookies_are("", "");
	cookies_are("; ;", "");
	cookies_are(";;;a=1;;", "a=1");
	cookies_are("a=", "a=");
	cookies_are("a=1;", "a=1");
	cookies_are("  a=1  ;\tb=2\t", "a=1 b=2");
	struct kp_arena a = {0};
	struct kp_params out = {0};
	assert_int_equal(cookies(&a, NULL, &default_limits, &out), KP_PARSE_OK);
	assert_int_equal(out.count, 0);
}

static void test_cookie_first_wins(void **state)
{
	struct kp_arena a = {0};
	struct kp_params out = {0};
	assert_int_equal(cookies(&a, "a=1; a=2", &default_limits, &out), KP_PARSE_OK);
	assert_string_equal(kp_param_value(&out, "a"), "1");
	assert_int_equal(kp_param_count(&out, "a"), 2);
	kp_arena_reset(&a);
}

static void test_cookie_limits(void **state)
{
	struct kp_arena a = {0};
	struct kp_params out = {0};
	struct kp_limits lim = default_limits;
	lim.max_params = 2;
	char got[256];
	/* Over the limit: the status says so, the cookies before it stay. */
	assert_int_equal(cookies(&a, "a=1; b=2; c=3; d=4", &lim, &out), KP_PARSE_TOO_MANY);
	dump(&out, got, sizeof(got));
	assert_string_equal(got, "a=1 b=2");
	assert_null(out.tail->next);
	/* Skipped pairs do not count. */
	out = (struct kp_params){0};
	assert_int_equal(cookies(&a, "a=1; x; y=a b; b=2", &lim, &out), KP_PARSE_OK);
	assert_int_equal(out.count, 2);
	lim.max_params = 200;
	lim.max_value = 4;
	out = (struct kp_params){0};
	assert_int_equal(cookies(&a, "a=1234; b=\"1234\"", &lim, &out), KP_PARSE_OK);
	assert_int_equal(out.count, 2);
	assert_int_equal(cookies(&a, "c=1; d=12345; e=1", &lim, &out), KP_PARSE_TOO_LONG);
	dump(&out, got, sizeof(got));
	assert_string_equal(got, "a=1234 b=1234 c=1");
	assert_null(out.tail->next);
	kp_arena_reset(&a);
}

/* ---- text rules ---- */

static void test_text_valid(void **state)
{
	assert_true(kp_text_valid("", 0, 0));
	assert_true(kp_text_valid(NULL, 0, 0));
	assert_true(kp_text_valid("plain text", 10, 0));
	assert_false(kp_text_valid("a\nb", 3, 0));
	assert_true(kp_text_valid("a\nb", 3, KP_TEXT_ALLOW_NEWLINE));
	assert_false(kp_text_valid("a\tb", 3, KP_TEXT_ALLOW_NEWLINE));
	assert_true(kp_text_valid("a\tb", 3, KP_TEXT_ALLOW_TAB));
	assert_false(kp_text_valid("a\nb", 3, KP_TEXT_ALLOW_TAB));
	int both = KP_TEXT_ALLOW_NEWLINE | KP_TEXT_ALLOW_TAB;
	assert_true(kp_text_valid("a\n\tb", 4, both));
	assert_false(kp_text_valid("a\rb", 3, both));
	assert_false(kp_text_valid("a\r\nb", 4, both));
	assert_false(kp_text_valid("a\0b", 3, both));
	assert_false(kp_text_valid("\x7f", 1, both));
	assert_false(kp_text_valid("\x1f", 1, both));
	assert_false(kp_text_valid("\xc2\x80", 2, both));
	assert_false(kp_text_valid("\xc2\x9f", 2, both));
	assert_true(kp_text_valid("\xc2\xa0", 2, both));
	assert_true(kp_text_valid("~", 1, 0));
	assert_false(kp_text_valid("\xc0\xaf", 2, both));
	assert_false(kp_text_valid("\xed\xa0\x80", 3, both));
	assert_false(kp_text_valid("\xf4\x90\x80\x80", 4, both));
	/* Only len bytes are looked at. */
	assert_true(kp_text_valid("ab\x01", 2, 0));
	assert_false(kp_text_valid("\xe2\x82\xac", 2, 0));

	/* Every single byte: ASCII printables only. */
	for (int c = 0; c < 256; c++) {
		char s[1] = {(char)c};
		int want = (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\t';
		assert_int_equal(kp_text_valid(s, 1, both), want);
	}
}

/* ---- the list ---- */

static void test_params_add(void **state)
{
	struct kp_arena a = {0};
	struct kp_params p = {0};
	char name[] = "title", value[] = "Hallo\0Welt";
	assert_int_equal(kp_params_add(&a, &p, name, 5, value, 10), KP_PARSE_OK);
	name[0] = 'X';
	value[0] = 'X';
	const struct kp_param *q = kp_param_get(&p, "title");
	assert_non_null(q);
	assert_int_equal(q->len, 10);
	assert_memory_equal(q->value, "Hallo\0Welt", 11);
	assert_int_equal(kp_params_add(&a, &p, "x", 1, NULL, 0), KP_PARSE_OK);
	assert_string_equal(kp_param_value(&p, "x"), "");
	assert_int_equal(kp_params_add(&a, &p, "name_only", 4, "v", 1), KP_PARSE_OK);
	assert_string_equal(kp_param_value(&p, "name"), "v");
	assert_int_equal(p.count, 3);
	assert_ptr_equal(p.head, q);
	assert_null(p.tail->next);
	kp_arena_reset(&a);
}

static void test_param_lookup(void **state)
{
	struct kp_params empty = {0};
	assert_null(kp_param_get(NULL, "a"));
	assert_null(kp_param_get(&empty, "a"));
	assert_null(kp_param_get(&empty, NULL));
	assert_null(kp_param_value(&empty, "a"));
	assert_int_equal(kp_param_count(NULL, "a"), 0);
	assert_int_equal(kp_param_count(&empty, NULL), 0);
	struct kp_arena a = {0};
	struct kp_params out = {0};
	assert_int_equal(url(&a, "ab=1&a=2", &out), KP_PARSE_OK);
	assert_string_equal(kp_param_value(&out, "a"), "2");
	assert_null(kp_param_value(&out, "b"));
	assert_null(kp_param_value(&out, ""));
	kp_arena_reset(&a);
}

static char *make_temp(struct kp_arena *a)
{
	char *path = kp_arena_strdup(a, "/tmp/kp-test-params-XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	return path;
}

static void test_params_cleanup(void **state)
{
	struct kp_arena a = {0};
	struct kp_params p = {0};
	char *paths[2];
	for (int i = 0; i < 2; i++) {
		paths[i] = make_temp(&a);
		assert_int_equal(kp_params_add(&a, &p, "f", 1, "x.pdf", 5), KP_PARSE_OK);
		p.tail->is_file = 1;
		p.tail->tmp_path = paths[i];
	}
	/* A text parameter and a file part without a file are left alone. */
	assert_int_equal(kp_params_add(&a, &p, "t", 1, "x", 1), KP_PARSE_OK);
	assert_int_equal(kp_params_add(&a, &p, "g", 1, "", 0), KP_PARSE_OK);
	p.tail->is_file = 1;
	kp_params_cleanup(&p);
	for (int i = 0; i < 2; i++)
		assert_int_equal(access(paths[i], F_OK), -1);
	assert_null(p.head->tmp_path);
	/* Twice is harmless, and so is nothing. */
	kp_params_cleanup(&p);
	kp_params_cleanup(NULL);
	struct kp_params empty = {0};
	kp_params_cleanup(&empty);
	kp_arena_reset(&a);
}

/* ---- declared fields ---- */

static void add_file(struct kp_arena *a, struct kp_params *p, const char *name, size_t size)
{
	assert_int_equal(kp_params_add(a, p, name, strlen(name), "doc.pdf", 7), KP_PARSE_OK);
	p->tail->is_file = 1;
	p->tail->filename = p->tail->value;
	p->tail->file_size = size;
}

static int check(const struct kp_params *p, const struct kp_field *fields, const char *want_bad)
{
	const char *bad = "untouched";
	int r = kp_fields_check(p, fields, &bad);
	if (want_bad) {
		assert_int_equal(r, -1);
		assert_non_null(bad);
		assert_string_equal(bad, want_bad);
	} else {
		assert_int_equal(r, 0);
		assert_null(bad);
	}
	return r;
}

static void test_fields_check(void **state)
{
	struct kp_arena a = {0};
	struct kp_params p = {0};
	assert_int_equal(url(&a, "title=Hallo&body=a%0Ab&tag=x&tag=y&role=admin&role=x", &p),
	                 KP_PARSE_OK);
	add_file(&a, &p, "upload", 1000);

	const struct kp_field ok[] = {{"title", 5, 0},           {"body", 0, KP_FIELD_MULTILINE},
	                              {"tag", 1, KP_FIELD_LIST}, {"upload", 1000, KP_FIELD_FILE},
	                              {"missing", 0, 0},         {NULL, 0, 0}};
	/* role is duplicated but not declared: ignored. */
	check(&p, ok, NULL);

	const struct kp_field too_long[] = {{"title", 4, 0}, {NULL, 0, 0}};
	check(&p, too_long, "title");
	const struct kp_field newline[] = {{"title", 0, 0}, {"body", 0, 0}, {NULL, 0, 0}};
	check(&p, newline, "body");
	const struct kp_field dup[] = {{"tag", 0, 0}, {NULL, 0, 0}};
	check(&p, dup, "tag");
	const struct kp_field list_too_long[] = {
	    {"tag", 0, KP_FIELD_LIST}, {"title", 0, 0}, {"tag", 0, KP_FIELD_LIST}, {NULL, 0, 0}};
	check(&p, list_too_long, NULL);
	const struct kp_field not_file[] = {{"title", 0, KP_FIELD_FILE}, {NULL, 0, 0}};
	check(&p, not_file, "title");
	const struct kp_field is_file[] = {{"upload", 0, 0}, {NULL, 0, 0}};
	check(&p, is_file, "upload");
	const struct kp_field file_big[] = {{"upload", 999, KP_FIELD_FILE}, {NULL, 0, 0}};
	check(&p, file_big, "upload");
	const struct kp_field file_any[] = {{"upload", 0, KP_FIELD_FILE}, {NULL, 0, 0}};
	check(&p, file_any, NULL);
	const struct kp_field none[] = {{NULL, 0, 0}};
	check(&p, none, NULL);
	check(&p, NULL, NULL);
	assert_int_equal(kp_fields_check(&p, dup, NULL), -1);
	assert_int_equal(kp_fields_check(&p, ok, NULL), 0);
	struct kp_params empty = {0};
	check(&empty, ok, NULL);
	check(NULL, ok, NULL);
	kp_arena_reset(&a);
}

static void test_fields_tab_and_files(void **state)
{
	struct kp_arena a = {0};
	struct kp_params p = {0};
	assert_int_equal(url(&a, "a=x%09y", &p), KP_PARSE_OK);
	const struct kp_field single[] = {{"a", 0, 0}, {NULL, 0, 0}};
	check(&p, single, "a");
	const struct kp_field multi[] = {{"a", 0, KP_FIELD_MULTILINE}, {NULL, 0, 0}};
	check(&p, multi, NULL);

	struct kp_params files = {0};
	add_file(&a, &files, "att", 10);
	add_file(&a, &files, "att", 20);
	const struct kp_field one_file[] = {{"att", 0, KP_FIELD_FILE}, {NULL, 0, 0}};
	check(&files, one_file, "att");
	const struct kp_field file_list[] = {{"att", 20, KP_FIELD_FILE | KP_FIELD_LIST},
	                                     {NULL, 0, 0}};
	check(&files, file_list, NULL);
	const struct kp_field file_list_small[] = {{"att", 19, KP_FIELD_FILE | KP_FIELD_LIST},
	                                           {NULL, 0, 0}};
	check(&files, file_list_small, "att");
	/* A mix of text and file under one name is refused either way. */
	assert_int_equal(kp_params_add(&a, &files, "att", 3, "txt", 3), KP_PARSE_OK);
	check(&files, file_list, "att");
	kp_arena_reset(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_url_basic),
	    cmocka_unit_test(test_url_query_string),
	    cmocka_unit_test(test_url_empty),
	    cmocka_unit_test(test_url_no_equals),
	    cmocka_unit_test(test_url_empty_pairs),
	    cmocka_unit_test(test_url_value_with_equals),
	    cmocka_unit_test(test_url_hex_case),
	    cmocka_unit_test(test_url_bad_escape),
	    cmocka_unit_test(test_url_names),
	    cmocka_unit_test(test_url_utf8_valid),
	    cmocka_unit_test(test_url_utf8_invalid),
	    cmocka_unit_test(test_url_controls),
	    cmocka_unit_test(test_url_too_many),
	    cmocka_unit_test(test_url_too_long),
	    cmocka_unit_test(test_url_duplicates),
	    cmocka_unit_test(test_url_failure_keeps_list),
	    cmocka_unit_test(test_url_many_sizes),
	    cmocka_unit_test(test_cookie_basic),
	    cmocka_unit_test(test_cookie_quotes),
	    cmocka_unit_test(test_cookie_malformed_skipped),
	    cmocka_unit_test(test_cookie_empty),
	    cmocka_unit_test(test_cookie_first_wins),
	    cmocka_unit_test(test_cookie_limits),
	    cmocka_unit_test(test_text_valid),
	    cmocka_unit_test(test_params_add),
	    cmocka_unit_test(test_param_lookup),
	    cmocka_unit_test(test_params_cleanup),
	    cmocka_unit_test(test_fields_check),
	    cmocka_unit_test(test_fields_tab_and_files),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
