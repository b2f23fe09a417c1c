/* Unit tests for export.c: the growable buffer, CSV cells (RFC 4180 and
 * formula injection) and JSON values (escaping, UTF-8, commas). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"

/* One CSV cell written alone, as text (in the arena). */
static const char *cell(struct kp_arena *a, const char *s)
{
	struct kp_buf b;
	kp_buf_init(&b, a);
	kp_csv_cell(&b, s);
	assert_false(b.failed);
	return b.data;
}

/* One JSON string written alone. */
static const char *jstr(struct kp_arena *a, const char *s)
{
	struct kp_buf b;
	kp_buf_init(&b, a);
	kp_json_string(&b, s);
	assert_false(b.failed);
	return b.data;
}

static void test_buffer_grows(void **state)
{
	struct kp_arena a = {0};
	struct kp_buf b;
	kp_buf_init(&b, &a);
	assert_string_equal(b.data, "");
	assert_int_equal(b.len, 0);
	char chunk[1000];
	memset(chunk, 'x', sizeof(chunk));
	for (int i = 0; i < 100; i++)
		kp_buf_add(&b, chunk, sizeof(chunk));
	kp_buf_str(&b, "end");
	assert_false(b.failed);
	assert_int_equal(b.len, 100003);
	assert_int_equal(strlen(b.data), 100003);
	assert_string_equal(b.data + 100000, "end");
	assert_true(b.cap > b.len);
	kp_arena_reset(&a);
}

static void test_buffer_limit_fails_and_stays_failed(void **state)
{
	struct kp_arena a = {0};
	struct kp_buf b;
	kp_buf_init(&b, &a);
	kp_buf_str(&b, "ab");
	b.len = KP_BUF_MAX - 1; /* as if almost full, without the memory */
	kp_buf_add(&b, "xy", 2);
	assert_true(b.failed);
	b.len = 2;
	kp_buf_str(&b, "more");
	assert_true(b.failed);
	assert_int_equal(b.len, 2); /* nothing was added after the failure */
	kp_arena_reset(&a);
}

static void test_csv_plain_and_quoted(void **state)
{
	struct kp_arena a = {0};
	assert_string_equal(cell(&a, "Caritas Nordheim"), "Caritas Nordheim");
	assert_string_equal(cell(&a, ""), "");
	assert_string_equal(cell(&a, NULL), "");
	assert_string_equal(cell(&a, "Beratung, Kurse"), "\"Beratung, Kurse\"");
	assert_string_equal(cell(&a, "Der \"Treff\""), "\"Der \"\"Treff\"\"\"");
	assert_string_equal(cell(&a, "\""), "\"\"\"\"");
	assert_string_equal(cell(&a, "Zeile 1\nZeile 2"), "\"Zeile 1\nZeile 2\"");
	assert_string_equal(cell(&a, "a\r\nb"), "\"a\r\nb\"");
	assert_string_equal(cell(&a, "Grüße; ok"), "Grüße; ok");
	/* Within the text the characters are harmless. */
	assert_string_equal(cell(&a, "a=b+c-d@e"), "a=b+c-d@e");
	kp_arena_reset(&a);
}

static void test_csv_formula_injection(void **state)
{
	struct kp_arena a = {0};
	assert_string_equal(cell(&a, "=1+2"), "'=1+2");
	assert_string_equal(cell(&a, "+49 5541 123"), "'+49 5541 123");
	assert_string_equal(cell(&a, "-5"), "'-5");
	assert_string_equal(cell(&a, "@SUM(A1)"), "'@SUM(A1)");
	assert_string_equal(cell(&a, "\tx"), "'\tx");
	/* CR needs the quotes as well; the apostrophe goes inside them. */
	assert_string_equal(cell(&a, "\rx"), "\"'\rx\"");
	assert_string_equal(cell(&a, "=HYPERLINK(\"http://x\",\"y\")"),
	                    "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
	assert_true(kp_csv_risky("=x"));
	assert_false(kp_csv_risky("x="));
	assert_false(kp_csv_risky(""));
	assert_false(kp_csv_risky(NULL));
	kp_arena_reset(&a);
}

static void test_csv_rows(void **state)
{
	struct kp_arena a = {0};
	struct kp_buf b;
	kp_buf_init(&b, &a);
	kp_csv_cell(&b, "id");
	kp_csv_cell(&b, "name");
	kp_csv_end_row(&b);
	kp_csv_cell(&b, "1");
	kp_csv_cell(&b, NULL);
	kp_csv_cell(&b, "a,b");
	kp_csv_end_row(&b);
	kp_csv_end_row(&b); /* an empty row */
	assert_string_equal(b.data, "id,name\r\n1,,\"a,b\"\r\n\r\n");
	kp_arena_reset(&a);
}

static void test_json_string_escapes(void **state)
{
	struct kp_arena a = {0};
	assert_string_equal(jstr(&a, "plain"), "\"plain\"");
	assert_string_equal(jstr(&a, ""), "\"\"");
	assert_string_equal(jstr(&a, NULL), "null");
	assert_string_equal(jstr(&a, "a\"b\\c"), "\"a\\\"b\\\\c\"");
	assert_string_equal(jstr(&a, "x\ny\tz\r\x01\x1f\x7f"),
	                    "\"x\\u000ay\\u0009z\\u000d\\u0001\\u001f\\u007f\"");
	assert_string_equal(jstr(&a, "</script><!--&"),
	                    "\"\\u003c/script\\u003e\\u003c!--\\u0026\"");
	/* Non-ASCII stays as it is, except the two JavaScript line ends. */
	assert_string_equal(jstr(&a, "Grüße € 😀"), "\"Grüße € 😀\"");
	assert_string_equal(jstr(&a, "a\xE2\x80\xA8"
	                             "b\xE2\x80\xA9"
	                             "c"),
	                    "\"a\\u2028b\\u2029c\"");
	assert_string_equal(jstr(&a, "/'"), "\"/'\"");
	kp_arena_reset(&a);
}

static void test_json_invalid_utf8_replaced(void **state)
{
	struct kp_arena a = {0};
	const char *fffd = "\xEF\xBF\xBD";
	char want[64];
	/* A lone continuation byte, a truncated sequence, an overlong '/',
	 * a surrogate and a code point above U+10FFFF. */
	snprintf(want, sizeof(want), "\"a%sb\"", fffd);
	assert_string_equal(jstr(&a, "a\x80"
	                             "b"),
	                    want);
	snprintf(want, sizeof(want), "\"a%s\"", fffd);
	assert_string_equal(jstr(&a, "a\xC3"), want);
	snprintf(want, sizeof(want), "\"%s%s\"", fffd, fffd);
	assert_string_equal(jstr(&a, "\xC0\xAF"), want);
	snprintf(want, sizeof(want), "\"%s%s%s\"", fffd, fffd, fffd);
	assert_string_equal(jstr(&a, "\xED\xA0\x80"), want);
	snprintf(want, sizeof(want), "\"%s%s%s%s\"", fffd, fffd, fffd, fffd);
	assert_string_equal(jstr(&a, "\xF4\x90\x80\x80"), want);
	/* The largest valid code point is kept. */
	assert_string_equal(jstr(&a, "\xF4\x8F\xBF\xBF"), "\"\xF4\x8F\xBF\xBF\"");
	kp_arena_reset(&a);
}

static void test_json_structure_and_commas(void **state)
{
	struct kp_arena a = {0};
	struct kp_buf b;
	kp_buf_init(&b, &a);
	kp_json_begin_object(&b);
	kp_json_key(&b, "count");
	kp_json_int(&b, 2);
	kp_json_key(&b, "items");
	kp_json_begin_array(&b);
	kp_json_begin_object(&b);
	kp_json_key(&b, "id");
	kp_json_number_text(&b, "17");
	kp_json_key(&b, "name");
	kp_json_string(&b, "A&B");
	kp_json_key(&b, "tags");
	kp_json_begin_array(&b);
	kp_json_end_array(&b);
	kp_json_key(&b, "x");
	kp_json_null(&b);
	kp_json_end_object(&b);
	kp_json_begin_object(&b);
	kp_json_key(&b, "ok");
	kp_json_bool(&b, 1);
	kp_json_key(&b, "no");
	kp_json_bool(&b, 0);
	kp_json_end_object(&b);
	kp_json_string(&b, "s");
	kp_json_int(&b, -3);
	kp_json_end_array(&b);
	kp_json_end_object(&b);
	assert_false(b.failed);
	assert_string_equal(b.data,
	                    "{\"count\":2,\"items\":[{\"id\":17,\"name\":\"A\\u0026B\","
	                    "\"tags\":[],\"x\":null},{\"ok\":true,\"no\":false},\"s\",-3]}");
	kp_arena_reset(&a);
}

static void test_json_number_text(void **state)
{
	struct kp_arena a = {0};
	static const struct {
		const char *in, *out;
	} cases[] = {
	    {"0", "0"},
	    {"42", "42"},
	    {"-7", "-7"},
	    {"007", "null"},
	    {"", "null"},
	    {"1e5", "null"},
	    {"12a", "null"},
	    {"-", "null"},
	    {" 1", "null"},
	    {NULL, "null"},
	    {"12345678901234567890", "null"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct kp_buf b;
		kp_buf_init(&b, &a);
		kp_json_number_text(&b, cases[i].in);
		assert_string_equal(b.data, cases[i].out);
	}
	kp_arena_reset(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_buffer_grows),
	    cmocka_unit_test(test_buffer_limit_fails_and_stays_failed),
	    cmocka_unit_test(test_csv_plain_and_quoted),
	    cmocka_unit_test(test_csv_formula_injection),
	    cmocka_unit_test(test_csv_rows),
	    cmocka_unit_test(test_json_string_escapes),
	    cmocka_unit_test(test_json_invalid_utf8_replaced),
	    cmocka_unit_test(test_json_structure_and_commas),
	    cmocka_unit_test(test_json_number_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
