/* Unit tests of the home program's search words and highlighting
 * (cgi/home/search_terms.c): what reaches MATCH ... AGAINST is only
 * "+word*" terms, whatever was typed; the marks fall where a word of the
 * text starts with a search word, accents as the collation sees them;
 * and rendered through a template every piece is escaped, only the
 * template's own <mark> is markup. No database, no web server. */
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

#include "../../cgi/home/home.h"
#include "config.h"

static struct kp_arena arena;

static const char *terms_of(const char *q, size_t *n, const char **words)
{
	const char *terms = NULL;
	assert_int_equal(home_search_terms(&arena, q, words, n, &terms), 0);
	return terms;
}

static void test_terms_are_words_only(void **state)
{
	const char *w[SEARCH_WORDS];
	size_t n;
	assert_string_equal(terms_of("Beratung in Göttingen", &n, w), "+beratung* +göttingen*");
	assert_int_equal(n, 2);
	assert_string_equal(w[0], "beratung");
	/* Every operator of boolean mode is dropped; the words stay. */
	assert_string_equal(terms_of("+foo -bar \"baz\" (qux) ~tilde* <less >more @300 'x'", &n, w),
	                    "+foo* +bar* +baz* +qux* +tilde* +less* +more* +300*");
	/* Upper-case letters and umlauts lowered, a word once. */
	assert_string_equal(terms_of("ÄRGER ärger Ärger", &n, w), "+ärger*");
	assert_int_equal(n, 1);
	/* Short words and InnoDB's stopwords: nothing to search. */
	assert_null(terms_of("ab in the und with", &n, w));
	assert_int_equal(n, 0);
	assert_null(terms_of("", &n, w));
	assert_null(terms_of("„“ – «» … ***", &n, w));
	/* At most SEARCH_WORDS words. */
	terms_of("eins zwei drei vier fünf sechs sieben acht neun zehn elf", &n, w);
	assert_int_equal(n, SEARCH_WORDS);
	/* A word glued to punctuation is still the word. */
	assert_string_equal(terms_of("Sprachcafé,Göttingen;Rosdorf.", &n, w),
	                    "+sprachcafé* +göttingen* +rosdorf*");
	kp_arena_reset(&arena);
}

static char share[] = "/tmp/kp-unit-home-XXXXXX";

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
	write_file("templates/lang/de.hdf", "Lang {\n X = x\n}\n");
	write_file("templates/lang/en.hdf", "Lang {\n X = x\n}\n");
	/* The pieces as templates/home/search.cs prints them. */
	write_file("templates/t.cs",
	           "<?cs each:p = Page.H ?><?cs if:p.Mark == 1 ?><mark><?cs var:p.Text "
	           "?></mark><?cs else ?><?cs var:p.Text ?><?cs /if ?><?cs /each ?>");
	kp_cfg.share_dir = share;
	return kp_view_init();
}

static int remove_templates(void **state)
{
	static const char *const files[] = {"templates/t.cs",
	                                    "templates/lang/de.hdf",
	                                    "templates/lang/en.hdf",
	                                    "templates/lang",
	                                    "templates",
	                                    ""};
	char path[256];
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", share, files[i]);
		remove(path);
	}
	return 0;
}

/* text highlighted for words, rendered. */
static char *marked(struct kp_req *r, const char *text, const char *const *words, size_t n,
                    size_t max)
{
	kp_arena_reset(&r->arena);
	memset(r, 0, sizeof(*r));
	r->path = "/search";
	r->accept_language = "de";
	kp_view_begin(r);
	home_highlight(r, "Page.H", text, words, n, max);
	const char *html;
	size_t len;
	assert_int_equal(kp_render_buffer(r, "t.cs", &html, &len), 0);
	char *copy = strdup(html);
	kp_view_reset(r);
	return copy;
}

static void test_highlight(void **state)
{
	struct kp_req r = {0};
	const char *w[] = {"beratung", "gottingen"};
	char *h = marked(&r, "Die Beratungsstelle in Göttingen", w, 2, 400);
	assert_string_equal(h, "Die <mark>Beratung</mark>sstelle in <mark>Göttingen</mark>");
	free(h);
	/* Only where a word starts, as MATCH finds "+word*". */
	h = marked(&r, "Erstberatung", w, 2, 400);
	assert_string_equal(h, "Erstberatung");
	free(h);
	/* Escaped first: markup in the text stays text around the mark. */
	h = marked(&r, "<b onclick=\"x\">Beratung</b> & 'mehr'", w, 2, 400);
	assert_string_equal(h,
	                    "&lt;b onclick=&quot;x&quot;&gt;<mark>Beratung</mark>&lt;/b&gt; &amp; "
	                    "&#39;mehr&#39;");
	free(h);
	/* A long text: cut around the first hit, on whole characters. */
	char longtext[2000] = "";
	for (int i = 0; i < 60; i++)
		strcat(longtext, "Wörter ");
	strcat(longtext, "die Beratung hier");
	for (int i = 0; i < 60; i++)
		strcat(longtext, " Schluss");
	h = marked(&r, longtext, w, 2, 120);
	assert_true(strncmp(h, "… ", strlen("… ")) == 0);
	assert_non_null(strstr(h, "<mark>Beratung</mark>"));
	assert_true(strlen(h) < 120 + 64);
	assert_non_null(strstr(h, " …"));
	free(h);
	kp_arena_reset(&r.arena);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_terms_are_words_only),
	    cmocka_unit_test_setup_teardown(test_highlight, setup_templates, remove_templates),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	kp_arena_reset(&arena);
	return rc;
}
