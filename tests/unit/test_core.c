/* Unit tests of libkp's security pieces: tokens, CSRF, password hashing
 * and policy, address normalising, redirect targets and template escaping.
 * They run without a database or web server. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app.h"
#include "auth.h"
#include "config.h"
#include "crypto.h"
#include "csrf.h"
#include "view.h"

static void test_tokens_are_random_base64url(void **state)
{
	char a[KP_TOKEN_LEN + 1], b[KP_TOKEN_LEN + 1];
	assert_int_equal(kp_token_new(a), 0);
	assert_int_equal(kp_token_new(b), 0);
	assert_int_equal(strlen(a), KP_TOKEN_LEN);
	assert_true(kp_token_valid(a));
	assert_string_not_equal(a, b);
	assert_false(kp_token_valid(""));
	assert_false(kp_token_valid("short"));
	char bad[KP_TOKEN_LEN + 1];
	memcpy(bad, a, sizeof(bad));
	bad[5] = '+'; /* not base64url */
	assert_false(kp_token_valid(bad));
	char longer[KP_TOKEN_LEN + 2];
	memcpy(longer, a, KP_TOKEN_LEN);
	longer[KP_TOKEN_LEN] = 'A';
	longer[KP_TOKEN_LEN + 1] = '\0';
	assert_false(kp_token_valid(longer));
}

static void test_base64url_and_hex(void **state)
{
	char out[16];
	kp_base64url((const unsigned char *)"\xfb\xff", 2, out);
	assert_string_equal(out, "-_8");
	kp_base64url((const unsigned char *)"Man", 3, out);
	assert_string_equal(out, "TWFu");
	kp_hex((const unsigned char *)"\x01\xab", 2, out);
	assert_string_equal(out, "01ab");
	unsigned char h[32];
	kp_sha256("abc", 3, h);
	char hex[65];
	kp_hex(h, 32, hex);
	assert_string_equal(hex,
	                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	assert_true(kp_ct_equal("same", "same", 4));
	assert_false(kp_ct_equal("same", "sane", 4));
}

static void test_password_hash_and_verify(void **state)
{
	char h1[KP_HASH_MAX], h2[KP_HASH_MAX];
	assert_int_equal(kp_password_hash("richtig langes Passwort", h1), 0);
	assert_int_equal(kp_password_hash("richtig langes Passwort", h2), 0);
	assert_memory_equal(h1, "$y$", 3);
	assert_string_not_equal(h1, h2); /* unique salts */
	assert_true(kp_password_verify("richtig langes Passwort", h1));
	assert_false(kp_password_verify("richtig langes passwort", h1));
	assert_false(kp_password_verify("", h1));
	/* Unknown account: the dummy hash is checked, never a match. */
	assert_false(kp_password_verify("richtig langes Passwort", NULL));
	assert_false(kp_password_verify("x", "*0"));
}

static void test_password_policy(void **state)
{
	assert_string_equal(kp_password_policy("kurz", NULL), "Err.PasswordShort");
	assert_string_equal(kp_password_policy("123456789", NULL), "Err.PasswordShort");
	/* Ten code points of Unicode count as ten, though more bytes. */
	assert_null(kp_password_policy("Grüße aus Köln am Rhein", NULL));
	assert_string_equal(kp_password_policy("äöüäöüäöü", NULL), "Err.PasswordShort");
	assert_null(kp_password_policy("Ümläüte-über-Ölfässer €", NULL));
	assert_null(kp_password_policy("مرحبا بكم في الشبكة", NULL));
	assert_string_equal(kp_password_policy("Passwort123", NULL), "Err.PasswordCommon");
	assert_string_equal(kp_password_policy("QWERTZUIOP", NULL), "Err.PasswordCommon");
	assert_string_equal(kp_password_policy("aaaaaaaaaaaa", NULL), "Err.PasswordCommon");
	assert_string_equal(kp_password_policy("anna@example.org", "anna@example.org"),
	                    "Err.PasswordCommon");
	char huge[1100];
	memset(huge, 'x', sizeof(huge) - 1);
	huge[0] = 'y';
	huge[sizeof(huge) - 1] = '\0';
	assert_string_equal(kp_password_policy(huge, NULL), "Err.PasswordLong");
}

static void test_email_normalise(void **state)
{
	char a[64] = "  Anna.Schneider@Example.ORG ";
	assert_int_equal(kp_email_normalise(a), 0);
	assert_string_equal(a, "anna.schneider@example.org");
	const char *bad[] = {
	    "",           "anna",     "@example.org", "anna@",      "anna@org",
	    "a@b@c.de",   "anna@.de", "anna@de.",     "an na@x.de", "anna@x.de\r\nBcc: x@y.de",
	    "\"a\"@x.de", "a<b>@x.de"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char buf[64];
		snprintf(buf, sizeof(buf), "%s", bad[i]);
		assert_int_not_equal(kp_email_normalise(buf), 0);
	}
}

static void test_safe_next(void **state)
{
	assert_string_equal(kp_safe_next("/account"), "/account");
	assert_string_equal(kp_safe_next("/g/x/forum?page=2"), "/g/x/forum?page=2");
	assert_string_equal(kp_safe_next(NULL), "/");
	assert_string_equal(kp_safe_next(""), "/");
	assert_string_equal(kp_safe_next("//evil.example"), "/");
	assert_string_equal(kp_safe_next("/\\evil.example"), "/");
	assert_string_equal(kp_safe_next("https://evil.example"), "/");
	assert_string_equal(kp_safe_next("javascript:alert(1)"), "/");
	assert_string_equal(kp_safe_next("/a\r\nSet-Cookie: x=1"), "/");
}

static void add(struct kp_req *r, struct kp_params *p, const char *name, const char *value)
{
	kp_params_add(&r->arena, p, name, strlen(name), value, strlen(value));
}

static void fresh_request(struct kp_req *r)
{
	kp_arena_reset(&r->arena);
	memset(r, 0, sizeof(*r));
	r->origin = r->sec_fetch_site = r->remote_addr = "";
	r->method = "POST";
}

static void test_csrf_signed_in(void **state)
{
	struct kp_req r = {0};
	fresh_request(&r);
	r.session_token = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
	kp_csrf_prepare(&r);
	char token[128];
	snprintf(token, sizeof(token), "%s", r.csrf_token);
	/* Masked afresh each time (BREACH), yet both forms are accepted:
	 * an older tab of the same session still works. */
	kp_csrf_prepare(&r);
	assert_string_not_equal(token, r.csrf_token);
	add(&r, &r.form, "csrf", token);
	assert_int_equal(kp_csrf_check(&r), 0);
	struct kp_req again = {0};
	fresh_request(&again);
	again.session_token = r.session_token;
	add(&again, &again.form, "csrf", r.csrf_token);
	assert_int_equal(kp_csrf_check(&again), 0);
	/* A flipped character fails. */
	char flipped[128];
	snprintf(flipped, sizeof(flipped), "%s", token);
	flipped[40] = flipped[40] == 'A' ? 'B' : 'A';
	fresh_request(&again);
	again.session_token = r.session_token;
	add(&again, &again.form, "csrf", flipped);
	assert_int_not_equal(kp_csrf_check(&again), 0);
	kp_arena_reset(&again.arena);

	/* Another session's token does not fit. */
	struct kp_req other = {0};
	fresh_request(&other);
	other.session_token = "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";
	kp_csrf_prepare(&other);
	assert_string_not_equal(other.csrf_token, token);
	add(&other, &other.form, "csrf", token);
	assert_int_not_equal(kp_csrf_check(&other), 0);

	/* Right token, foreign origin or cross-site fetch: refused. */
	r.origin = "https://evil.example";
	assert_int_not_equal(kp_csrf_check(&r), 0);
	r.origin = kp_cfg.origin;
	assert_int_equal(kp_csrf_check(&r), 0);
	r.origin = "";
	r.sec_fetch_site = "cross-site";
	assert_int_not_equal(kp_csrf_check(&r), 0);
	r.sec_fetch_site = "same-origin";
	assert_int_equal(kp_csrf_check(&r), 0);
	kp_arena_reset(&r.arena);
	kp_arena_reset(&other.arena);
}

static void test_csrf_missing_or_signed_out(void **state)
{
	struct kp_req r = {0};
	fresh_request(&r);
	kp_csrf_prepare(&r); /* no cookies: a fresh pre-session cookie */
	assert_non_null(r.csrf_token);
	assert_non_null(strstr(r.headers, "Set-Cookie: kp_pre="));
	assert_non_null(strstr(r.headers, "HttpOnly"));
	assert_non_null(strstr(r.headers, "SameSite=Lax"));
	assert_int_not_equal(kp_csrf_check(&r), 0); /* no field */
	add(&r, &r.form, "csrf", "");
	assert_int_not_equal(kp_csrf_check(&r), 0);
	const char *pre_token = kp_arena_strdup(&r.arena, r.csrf_token);

	/* The next request brings the cookie back and gets the same token. */
	struct kp_req next = {0};
	fresh_request(&next);
	const char *cookie = strstr(r.headers, "kp_pre=") + 7;
	add(&next, &next.cookies, "kp_pre", kp_arena_strndup(&next.arena, cookie, KP_TOKEN_LEN));
	kp_csrf_prepare(&next);
	assert_null(strstr(next.headers, "Set-Cookie"));
	add(&next, &next.form, "csrf", pre_token);
	assert_int_equal(kp_csrf_check(&next), 0);
	/* A pre-session token never passes for a signed-in session. */
	next.session_token = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
	kp_csrf_prepare(&next);
	assert_int_not_equal(kp_csrf_check(&next), 0);
	kp_arena_reset(&r.arena);
	kp_arena_reset(&next.arena);
}

static void test_parse_id(void **state)
{
	assert_int_equal(kp_parse_id("0"), 0);
	assert_int_equal(kp_parse_id("7"), 7);
	assert_int_equal(kp_parse_id("123456789012345678"), 123456789012345678LL);
	const char *bad[] = {"",   "007", "+7",  " 7",   "7 ",
	                     "7x", "-1",  "1e3", "0x10", "1234567890123456789"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(kp_parse_id(bad[i]), -1);
	assert_int_equal(kp_parse_id(NULL), -1);
}

static void test_text_clean(void **state)
{
	struct kp_arena a = {0};
	assert_string_equal(kp_text_clean(&a, "Mozilla/5.0 (X11)", 255), "Mozilla/5.0 (X11)");
	assert_string_equal(kp_text_clean(&a,
	                                  "a\xff\xfe"
	                                  "b\x01"
	                                  "c",
	                                  255),
	                    "a??b?c");
	assert_string_equal(kp_text_clean(&a, "\xc3\xa4\xc3", 255), "\xc3\xa4?"); /* cut-off */
	assert_string_equal(kp_text_clean(&a, "\xed\xa0\x80", 255), "???");       /* surrogate */
	/* Never cut inside a character. */
	assert_string_equal(kp_text_clean(&a, "ab\xc3\xa4", 3), "ab");
	assert_string_equal(kp_text_clean(&a, "", 3), "");
	const char *clean = kp_text_clean(&a, "\xe2\x82\xac\x80x", 255);
	assert_true(kp_text_valid(clean, strlen(clean), 0));
	kp_arena_reset(&a);
}

static void test_header_injection_refused(void **state)
{
	struct kp_req r = {0};
	fresh_request(&r);
	kp_header(&r, "Location", "/ok");
	kp_header(&r, "Location", "/x\r\nSet-Cookie: evil=1");
	assert_string_equal(r.headers, "Location: /ok\r\n");
	kp_arena_reset(&r.arena);
}

static char share[] = "/tmp/kp-unit-XXXXXX";

static void write_file(const char *rel, const char *text)
{
	char path[256];
	snprintf(path, sizeof(path), "%s/%s", share, rel);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static int setup_templates(void **state)
{
	if (!mkdtemp(share))
		return -1;
	char dir[256];
	snprintf(dir, sizeof(dir), "%s/templates", share);
	mkdir(dir, 0700);
	snprintf(dir, sizeof(dir), "%s/templates/lang", share);
	mkdir(dir, 0700);
	write_file("templates/lang/de.hdf", "Lang {\n Hello = Hallo {name}, {link}\n}\n");
	write_file("templates/lang/en.hdf", "Lang {\n Hello = Hello {name}, {link}\n}\n");
	write_file("templates/t.cs", "<p><?cs var:Page.X ?></p><a href=\"<?cs var:Page.X ?>\">"
	                             "<?cs each:i = Page.L ?><b><?cs var:i ?></b><?cs /each ?>"
	                             "<?cs if:Page.X ?><i><?cs var:Page.X ?></i><?cs /if ?>");
	kp_cfg.share_dir = share;
	return kp_view_init();
}

static void test_template_escapes_everything(void **state)
{
	struct kp_req r = {0};
	fresh_request(&r);
	r.path = "/";
	r.accept_language = "en-GB,en;q=0.8";
	kp_view_begin(&r);
	assert_string_equal(r.lang, "en");
	kp_set(&r, "Page.X", "<script>alert(\"x\")</script>&'");
	kp_set(&r, "Page.L.0", "<img src=x onerror=alert(1)>");
	const char *html;
	size_t len;
	assert_int_equal(kp_render_buffer(&r, "t.cs", &html, &len), 0);
	assert_null(strstr(html, "<script>"));
	assert_null(strstr(html, "<img"));
	assert_non_null(strstr(html, "&lt;script&gt;"));
	assert_non_null(strstr(html, "&quot;"));
	assert_non_null(strstr(html, "<i>&lt;script&gt;")); /* inside if */
	assert_non_null(strstr(html, "<b>&lt;img"));        /* inside each */
	kp_view_reset(&r);

	/* Template syntax typed by a user is text, never evaluated. */
	fresh_request(&r);
	r.path = "/";
	r.accept_language = "de";
	kp_view_begin(&r);
	kp_set(&r, "Page.X", "<?cs var:Site.BaseURL ?>");
	assert_int_equal(kp_render_buffer(&r, "t.cs", &html, &len), 0);
	assert_non_null(strstr(html, "&lt;?cs var:Site.BaseURL ?&gt;"));
	kp_view_reset(&r);
	/* Page and user data do not leak into the next request; a signed-in
	 * request sets User.* after Page.*, which left ClearSilver's lookup
	 * cache pointing at the removed Page (a use after free valgrind sees
	 * here, see remove_tree in view.c). */
	for (int i = 0; i < 3; i++) {
		fresh_request(&r);
		r.path = "/";
		r.accept_language = "de";
		if (i < 2) {
			r.user.id = 7;
			r.user.name = "Anna";
		}
		kp_view_begin(&r);
		assert_null(kp_get(&r, "Page.X"));
		if (i < 2)
			assert_string_equal(kp_get(&r, "User.Name"), "Anna");
		else
			assert_null(kp_get(&r, "User.Name"));
		kp_view_reset(&r);
	}
	kp_arena_reset(&r.arena);
}

static void test_language_and_fill(void **state)
{
	struct kp_arena a = {0};
	assert_string_equal(kp_text_fill(&a, "de", "Hello", "Anna", "https://x/y"),
	                    "Hallo Anna, https://x/y");
	assert_string_equal(kp_text_fill(&a, "en", "Hello", NULL, ""), "Hello , ");
	assert_string_equal(kp_text("en", "Missing.Key"), "Missing.Key");
	kp_arena_reset(&a);
}

int main(void)
{
	kp_cfg.secret = "0123456789abcdef0123456789abcdef0123456789abcdef";
	kp_cfg.lang = "de";
	snprintf(kp_cfg.origin, sizeof(kp_cfg.origin), "http://127.0.0.1:8080");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_tokens_are_random_base64url),
	    cmocka_unit_test(test_base64url_and_hex),
	    cmocka_unit_test(test_password_hash_and_verify),
	    cmocka_unit_test(test_password_policy),
	    cmocka_unit_test(test_email_normalise),
	    cmocka_unit_test(test_safe_next),
	    cmocka_unit_test(test_csrf_signed_in),
	    cmocka_unit_test(test_csrf_missing_or_signed_out),
	    cmocka_unit_test(test_parse_id),
	    cmocka_unit_test(test_text_clean),
	    cmocka_unit_test(test_header_injection_refused),
	    cmocka_unit_test(test_template_escapes_everything),
	    cmocka_unit_test(test_language_and_fill),
	};
	int failed = cmocka_run_group_tests(tests, setup_templates, NULL);
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", share);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", share);
	return failed;
}
