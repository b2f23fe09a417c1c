/* Unit tests for markdown.c: the one place where user text becomes HTML
 * without the template's escaping. An XSS corpus (raw HTML, javascript:
 * links in every disguise, images), the link and image policy, heading
 * levels, code, template syntax, refused input, nesting limits, the plain
 * text, and the ClearSilver string function. Every HTML result is also run
 * through html_is_ours(): only cmark's own tags and attributes, every URL
 * under our policy. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <ClearSilver.h>

#include "markdown.h"
#include "params.h"

static struct kp_arena arena;

static int reset_arena(void **state)
{
	kp_arena_reset(&arena);
	return 0;
}

/* ---- an independent check of what the HTML may contain ---- */

#include "markdown_policy.h"

static int html_is_ours(const char *h)
{
	return mdp_check_html(h, NULL) >= 0;
}

/* ---- helpers ---- */

static const char *html_n(const char *md, size_t len)
{
	char *h = kp_markdown_html(&arena, md, len);
	if (h) {
		assert_true(html_is_ours(h));
		assert_true(kp_text_valid(h, strlen(h), KP_TEXT_ALLOW_NEWLINE | KP_TEXT_ALLOW_TAB));
	}
	return h;
}

static const char *html(const char *md)
{
	const char *h = html_n(md, strlen(md));
	assert_non_null(h);
	return h;
}

static const char *text(const char *md, size_t max)
{
	char *t = kp_markdown_text(&arena, md, strlen(md), max);
	assert_non_null(t);
	assert_true(kp_text_valid(t, strlen(t), KP_TEXT_ALLOW_NEWLINE | KP_TEXT_ALLOW_TAB));
	if (max)
		assert_true(strlen(t) <= max);
	return t;
}

static void assert_html(const char *md, const char *want)
{
	const char *h = html(md);
	if (strcmp(h, want) != 0)
		fprintf(stderr, "markdown: %s\n  got: %s\n want: %s\n", md, h, want);
	assert_string_equal(h, want);
}

/* No link, no image, no tag but paragraphs: only the text is left. */
static void assert_no_link(const char *md)
{
	const char *h = html(md);
	if (strstr(h, "<a") || strstr(h, "<img") || strstr(h, "href") || strstr(h, "src="))
		fprintf(stderr, "markdown: %s\n  got: %s\n", md, h);
	assert_null(strstr(h, "<a"));
	assert_null(strstr(h, "<img"));
	assert_null(strstr(h, "href"));
	assert_null(strstr(h, "src="));
}

/* ---- raw HTML ---- */

static void test_raw_html_is_text(void **state)
{
	assert_html("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
	assert_html("a <script>alert(1)</script> b",
	            "<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p>\n");
	assert_html("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>\n");
	assert_html("x <img src=x onerror=\"alert(1)\"> y",
	            "<p>x &lt;img src=x onerror=&quot;alert(1)&quot;&gt; y</p>\n");
	assert_html("<iframe src=\"javascript:alert(1)\"></iframe>",
	            "<p>&lt;iframe src=&quot;javascript:alert(1)&quot;&gt;&lt;/iframe&gt;</p>\n");
	assert_html("<svg onload=alert(1)>", "<p>&lt;svg onload=alert(1)&gt;</p>\n");
	assert_html("<a href=\"javascript:alert(1)\">x</a>",
	            "<p>&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;</p>\n");
	assert_html("<!-- hidden -->", "<p>&lt;!-- hidden --&gt;</p>\n");
	assert_html("<![CDATA[x]]>", "<p>&lt;![CDATA[x]]&gt;</p>\n");
	assert_html("<style>body{}</style>", "<p>&lt;style&gt;body{}&lt;/style&gt;</p>\n");
	/* An HTML block over several lines keeps its lines. */
	assert_html("<div>\n<b>fett</b>\n</div>",
	            "<p>&lt;div&gt;<br />\n&lt;b&gt;fett&lt;/b&gt;<br />\n&lt;/div&gt;</p>\n");
	/* A tag split over lines inside a paragraph. */
	assert_html("a <span\nonclick=x> b", "<p>a &lt;span<br />\nonclick=x&gt; b</p>\n");
	/* What people write as placeholders. */
	assert_html("Bitte an <Vorname Nachname> schreiben",
	            "<p>Bitte an &lt;Vorname Nachname&gt; schreiben</p>\n");
	/* Attribute-breaking quotes in text stay text. */
	assert_html("\"><script>x</script>", "<p>&quot;&gt;&lt;script&gt;x&lt;/script&gt;</p>\n");
	/* Nothing of cmark's placeholder. */
	assert_null(strstr(html("<b>x</b>\n\n<div>y</div>"), "omitted"));
}

static void test_template_syntax_is_text(void **state)
{
	assert_html("<?cs var:Page.CSRF ?>", "<p>&lt;?cs var:Page.CSRF ?&gt;</p>\n");
	assert_html("Token: <?cs var:Page.CSRF ?>!",
	            "<p>Token: &lt;?cs var:Page.CSRF ?&gt;!</p>\n");
	assert_html("<?cs include:\"/etc/passwd\" ?>",
	            "<p>&lt;?cs include:&quot;/etc/passwd&quot; ?&gt;</p>\n");
	assert_html("`<?cs var:Page.CSRF ?>`", "<p><code>&lt;?cs var:Page.CSRF ?&gt;</code></p>\n");
	assert_html("[<?cs var:User.Email ?>](/x)",
	            "<p><a href=\"/x\">&lt;?cs var:User.Email ?&gt;</a></p>\n");
}

/* ---- links ---- */

static void test_javascript_links_in_every_disguise(void **state)
{
	static const char *const corpus[] = {
	    "[x](javascript:alert(1))",
	    "[x](JaVaScRiPt:alert(1))",
	    "[x](JAVASCRIPT:alert(1))",
	    "[x](&#106;avascript:alert(1))",
	    "[x](&#x6A;avascript:alert(1))",
	    "[x](&#0000106;avascript:alert(1))",
	    "[x](&#X6a;&#X61;&#X76;&#X61;script:alert(1))",
	    "[x](javascript&colon;alert(1))",
	    "[x](javascript&#58;alert(1))",
	    "[x](java&#x09;script:alert(1))",
	    "[x](java&#9;script:alert(1))",
	    "[x](java&#10;script:alert(1))",
	    "[x](java&#13;script:alert(1))",
	    "[x](<java\tscript:alert(1)>)",
	    "[x](<java script:alert(1)>)",
	    "[x](%6Aavascript:alert(1))",
	    "[x](javascript%3Aalert(1))",
	    "[x](javascript%3aalert(1))",
	    "[x](< javascript:alert(1)>)",
	    "[x](&#32;javascript:alert(1))",
	    "[x](&#x20;javascript:alert(1))",
	    "[x](&#1;javascript:alert(1))",
	    "[x](&#x0;javascript:alert(1))",
	    "[x](&#xA0;javascript:alert(1))",
	    "[x](&#x85;javascript:alert(1))",
	    "[x](&#xFEFF;javascript:alert(1))",
	    "[x](\tjavascript:alert(1))",
	    "[x](java\\script:alert(1))",
	    "[x](javascript\\:alert(1))",
	    "[x](vbscript:msgbox(1))",
	    "[x](VBScript:msgbox(1))",
	    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
	    "[x](data:image/png;base64,iVBORw0KGgo=)",
	    "[x](file:///etc/passwd)",
	    "[x](jar:http://x!/)",
	    "[x](feed:javascript:alert(1))",
	    "[x](ftp://example.org/)",
	    "[x](//evil.example/)",
	    "[x](< //evil.example/>)",
	    "[x](&#32;//evil.example/)",
	    "[x](<//evil.example/ >)",
	    "[x](&#x2F;/evil.example/)",
	    "[x](/&#x2F;evil.example/)",
	    "[x](/\\evil.example/)",
	    "[x](\\\\evil.example/)",
	    "[x](https:evil.example)",
	    "[x](http:/evil.example)",
	    "[x](http:///evil.example)",
	    "[x](https://)",
	    "[x](mailto:)",
	    "[x](javascript:alert(1) \"title\")",
	    "[x](<javascript:alert(1)>)",
	    "[x][r]\n\n[r]: javascript:alert(1)",
	    "[x][r]\n\n[r]: &#106;avascript:alert(1) \"t\"",
	    "[r]\n\n[r]: <java\tscript:alert(1)>",
	    "[x][]\n\n[x]: vbscript:x",
	    "<javascript:alert(1)>",
	    "<JavaScript:alert(1)>",
	    "<vbscript:msgbox(1)>",
	    "<data:text/html,<script>x</script>>",
	    "<file:///etc/passwd>",
	    "*[x](javascript:alert(1))*",
	    "[**x** `y`](javascript:alert(1))",
	    "> - [x](javascript:alert(1))",
	};
	for (size_t i = 0; i < sizeof(corpus) / sizeof(corpus[0]); i++)
		assert_no_link(corpus[i]);
	/* The link text stays. */
	assert_html("[Klick](javascript:alert(1))", "<p>Klick</p>\n");
	assert_html("[**Klick** hier](javascript:alert(1))",
	            "<p><strong>Klick</strong> hier</p>\n");
	assert_html("<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n");
	assert_html("[x][r]\n\n[r]: javascript:alert(1)", "<p>x</p>\n");
	/* javascript: as plain text is just text. */
	assert_html("javascript:alert(1)", "<p>javascript:alert(1)</p>\n");
}

static void test_allowed_links(void **state)
{
	assert_html("[a](https://example.org/x?y=1&z=2#f)",
	            "<p><a href=\"https://example.org/x?y=1&amp;z=2#f\">a</a></p>\n");
	assert_html("[a](HTTP://EXAMPLE.ORG)", "<p><a href=\"HTTP://EXAMPLE.ORG\">a</a></p>\n");
	assert_html("[a](http://example.org \"Titel \\\"x\\\"\")",
	            "<p><a href=\"http://example.org\" title=\"Titel &quot;x&quot;\">a</a></p>\n");
	assert_html("[a](mailto:info@example.org)",
	            "<p><a href=\"mailto:info@example.org\">a</a></p>\n");
	assert_html("<info@example.org>",
	            "<p><a href=\"mailto:info@example.org\">info@example.org</a></p>\n");
	assert_html("<https://example.org/a>",
	            "<p><a href=\"https://example.org/a\">https://example.org/a</a></p>\n");
	assert_html("[a](/forum/topic/12)", "<p><a href=\"/forum/topic/12\">a</a></p>\n");
	assert_html("[a](#antwort-3)", "<p><a href=\"#antwort-3\">a</a></p>\n");
	assert_html("[a](?page=2)", "<p><a href=\"?page=2\">a</a></p>\n");
	assert_html("[a](seite.html)", "<p><a href=\"seite.html\">a</a></p>\n");
	assert_html("[a](a/b:c)", "<p><a href=\"a/b:c\">a</a></p>\n");
	assert_html("[a](/x?next=javascript:y)", "<p><a href=\"/x?next=javascript:y\">a</a></p>\n");
	assert_html("[a](<https://example.org/a b>)",
	            "<p><a href=\"https://example.org/a%20b\">a</a></p>\n");
	assert_html("[a](https://de.wikipedia.org/wiki/Straße)",
	            "<p><a href=\"https://de.wikipedia.org/wiki/Stra%C3%9Fe\">a</a></p>\n");
	assert_html("[a][r]\n\n[r]: https://example.org",
	            "<p><a href=\"https://example.org\">a</a></p>\n");
	/* A quote in a URL cannot leave the attribute. */
	assert_html("[a](/x\"onmouseover=alert(1))",
	            "<p><a href=\"/x%22onmouseover=alert(1)\">a</a></p>\n");
	/* Percent-encoding is not decoded by browsers in a path: harmless. */
	assert_html("[a](/%5Cx/%2F%2Fy)", "<p><a href=\"/%5Cx/%2F%2Fy\">a</a></p>\n");
	/* An empty target is this page. */
	assert_html("[a]()", "<p><a href=\"\">a</a></p>\n");
}

/* ---- images ---- */

static void test_images(void **state)
{
	/* Our own files stay images. */
	assert_html("![Flyer](/files/ab/cd.png)",
	            "<p><img src=\"/files/ab/cd.png\" alt=\"Flyer\" /></p>\n");
	assert_html("![Flyer](/files/1.png \"Titel\")",
	            "<p><img src=\"/files/1.png\" alt=\"Flyer\" title=\"Titel\" /></p>\n");
	/* External images become links (no tracking pixels, CSP img-src 'self'). */
	assert_html("![Logo](https://example.org/logo.png)",
	            "<p><a href=\"https://example.org/logo.png\">Logo</a></p>\n");
	assert_html("![Logo](http://example.org/l.png \"T\")",
	            "<p><a href=\"http://example.org/l.png\" title=\"T\">Logo</a></p>\n");
	assert_html("![](https://example.org/l.png)",
	            "<p><a href=\"https://example.org/l.png\">https://example.org/l.png</a></p>\n");
	assert_html("![*schräg* `code`](https://example.org/l.png)",
	            "<p><a href=\"https://example.org/l.png\">schräg code</a></p>\n");
	/* Relative images that are not a path on this site: links as well. */
	assert_html("![b](bild.png)", "<p><a href=\"bild.png\">b</a></p>\n");
	/* Refused URLs leave the alt text. */
	assert_html("![Bild](javascript:alert(1))", "<p>Bild</p>\n");
	assert_html("![Bild](data:image/png;base64,iVBORw0KGgo=)", "<p>Bild</p>\n");
	assert_html("![Bild](//evil.example/x.png)", "<p>Bild</p>\n");
	assert_html("![Bild](/\\evil.example/x.png)", "<p>Bild</p>\n");
	assert_html("![](javascript:alert(1))", "<p></p>\n");
	assert_html("a ![](javascript:alert(1)) b", "<p>a  b</p>\n");
	assert_html("![x](&#106;avascript:alert(1))", "<p>x</p>\n");
	/* A link inside an image description is flattened, not nested. */
	assert_html("![a [b](/c) d](https://example.org/i.png)",
	            "<p><a href=\"https://example.org/i.png\">a b d</a></p>\n");
	assert_html("![a [b](javascript:x)](/i.png)",
	            "<p><img src=\"/i.png\" alt=\"a b\" /></p>\n");
	/* An image inside a link. */
	assert_html("[![Logo](/files/l.png)](https://example.org)",
	            "<p><a href=\"https://example.org\"><img src=\"/files/l.png\" alt=\"Logo\" "
	            "/></a></p>\n");
	assert_html("[![Logo](https://t.example/p.gif)](javascript:x)",
	            "<p><a href=\"https://t.example/p.gif\">Logo</a></p>\n");
	/* Raw HTML in the alt text is text (and escaped). */
	assert_html("![<b>x</b>](https://e.example/i.png)",
	            "<p><a href=\"https://e.example/i.png\">&lt;b&gt;x&lt;/b&gt;</a></p>\n");
	assert_html("![\"onerror=\"alert(1)](/i.png)",
	            "<p><img src=\"/i.png\" alt=\"&quot;onerror=&quot;alert(1)\" /></p>\n");
	/* Reference-style images follow the same rules. */
	assert_html("![a][i]\n\n[i]: https://e.example/i.png",
	            "<p><a href=\"https://e.example/i.png\">a</a></p>\n");
	assert_html("![a][i]\n\n[i]: javascript:alert(1)", "<p>a</p>\n");
}

/* ---- structure ---- */

static void test_headings_start_at_h3(void **state)
{
	assert_html("# Eins\n## Zwei\n### Drei\n#### Vier\n##### Fünf\n###### Sechs",
	            "<h3>Eins</h3>\n<h4>Zwei</h4>\n<h5>Drei</h5>\n<h6>Vier</h6>\n"
	            "<h6>Fünf</h6>\n<h6>Sechs</h6>\n");
	assert_html("Titel\n=====\n\nUnter\n-----", "<h3>Titel</h3>\n<h4>Unter</h4>\n");
	assert_html("> # Zitat", "<blockquote>\n<h3>Zitat</h3>\n</blockquote>\n");
	assert_null(strstr(html("# a\n\n- # b\n\n> # c"), "<h1"));
	assert_null(strstr(html("a\n=\n\nb\n-"), "<h2"));
}

static void test_nested_emphasis(void **state)
{
	assert_html("*a **b** c*", "<p><em>a <strong>b</strong> c</em></p>\n");
	assert_html("***a** b*", "<p><em><strong>a</strong> b</em></p>\n");
	assert_html("**a *b* c**", "<p><strong>a <em>b</em> c</strong></p>\n");
	assert_html("_a_b_", "<p><em>a_b</em></p>\n");
	/* cmark sees the tags when it parses; shown as text, they still
	 * cannot hold an emphasis marker together. */
	assert_html("*a <b>*</b>", "<p><em>a &lt;b&gt;</em>&lt;/b&gt;</p>\n");
	assert_html("**[a](/b)**", "<p><strong><a href=\"/b\">a</a></strong></p>\n");
	/* Deep emphasis stays well formed. */
	char md[4001];
	memset(md, '*', 2000);
	md[2000] = 'x';
	memset(md + 2001, '*', 1999);
	md[4000] = '\0';
	const char *h = html(md);
	assert_non_null(strstr(h, "<strong><strong>"));
}

static void test_code_escapes_html(void **state)
{
	assert_html("```\n<script>alert(1)</script>\n```",
	            "<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>\n");
	assert_html("    <b onclick=x>&amp;</b>",
	            "<pre><code>&lt;b onclick=x&gt;&amp;amp;&lt;/b&gt;\n</code></pre>\n");
	assert_html("`<img src=x onerror=alert(1)>`",
	            "<p><code>&lt;img src=x onerror=alert(1)&gt;</code></p>\n");
	assert_html("```html\n<p>\n```",
	            "<pre><code class=\"language-html\">&lt;p&gt;\n</code></pre>\n");
	/* The info string cannot leave the class attribute. */
	assert_html(
	    "```x\"onmouseover=\"alert(1)\ny\n```",
	    "<pre><code class=\"language-x&quot;onmouseover=&quot;alert(1)\">y\n</code></pre>\n");
	assert_html("```&quot;&gt;<script>\ny\n```",
	            "<pre><code class=\"language-&quot;&gt;&lt;script&gt;\">y\n</code></pre>\n");
	/* Tabs in code are kept. */
	assert_html("```\n\tx\n```", "<pre><code>\tx\n</code></pre>\n");
}

static void test_line_breaks_lists_quotes(void **state)
{
	assert_html("Musterstraße 1\n12345 Musterstadt",
	            "<p>Musterstraße 1<br />\n12345 Musterstadt</p>\n");
	assert_html("- a\n- b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
	assert_html("3. a\n4. b", "<ol start=\"3\">\n<li>a</li>\n<li>b</li>\n</ol>\n");
	assert_html("> a\n> > b", "<blockquote>\n<p>a</p>\n<blockquote>\n<p>b</p>\n</blockquote>\n"
	                          "</blockquote>\n");
	assert_html("---", "<hr />\n");
	assert_html("", "");
	assert_html("   \n\n  ", "");
}

/* Entities may produce characters our text rules refuse: U+FFFD instead. */
static void test_entities_never_produce_control_chars(void **state)
{
	assert_html("a&#1;b", "<p>a\xef\xbf\xbd"
	                      "b</p>\n");
	assert_html("a&#x85;b", "<p>a\xef\xbf\xbd"
	                        "b</p>\n");
	assert_html("a&#13;b&#x7f;c", "<p>a\xef\xbf\xbd"
	                              "b\xef\xbf\xbd"
	                              "c</p>\n");
	assert_html("a&#0;b", "<p>a\xef\xbf\xbd"
	                      "b</p>\n");
	assert_html("a&#xD800;b", "<p>a\xef\xbf\xbd"
	                          "b</p>\n");
	assert_html("`&#1;`", "<p><code>&amp;#1;</code></p>\n");
	assert_html("[a](/x \"t&#1;\")", "<p><a href=\"/x\" title=\"t\xef\xbf\xbd\">a</a></p>\n");
	assert_html("```a&#1;\nx\n```",
	            "<pre><code class=\"language-a\xef\xbf\xbd\">x\n</code></pre>\n");
	assert_html("&amp; &lt;b&gt; &copy; &#x1F600;",
	            "<p>&amp; &lt;b&gt; © \xf0\x9f\x98\x80</p>\n");
}

/* ---- what is refused ---- */

static void assert_refused(const char *md, size_t len, enum kp_markdown_status want)
{
	assert_int_equal(kp_markdown_check(md, len), want);
	assert_null(kp_markdown_html(&arena, md, len));
	assert_null(kp_markdown_text(&arena, md, len, 0));
}

static void test_invalid_input_refused(void **state)
{
	assert_refused("a\xff", 2, KP_MARKDOWN_BAD_TEXT);
	assert_refused("\xc0\xaf", 2, KP_MARKDOWN_BAD_TEXT);     /* overlong '/' */
	assert_refused("\xed\xa0\x80", 3, KP_MARKDOWN_BAD_TEXT); /* surrogate */
	assert_refused("a\xe2\x82", 3, KP_MARKDOWN_BAD_TEXT);    /* cut off */
	assert_refused("\xf4\x90\x80\x80", 4, KP_MARKDOWN_BAD_TEXT);
	assert_refused("a\0b", 3, KP_MARKDOWN_BAD_TEXT);
	assert_refused("a\r\nb", 4, KP_MARKDOWN_BAD_TEXT); /* the params layer makes "\n" */
	assert_refused("a\rb", 3, KP_MARKDOWN_BAD_TEXT);
	assert_refused("a\x01"
	               "b",
	               3, KP_MARKDOWN_BAD_TEXT);
	assert_refused("a\x1b[31m", 6, KP_MARKDOWN_BAD_TEXT);
	assert_refused("a\x7f", 2, KP_MARKDOWN_BAD_TEXT);
	assert_refused("a\xc2\x85", 3, KP_MARKDOWN_BAD_TEXT); /* C1 NEL */
	assert_refused(NULL, 1, KP_MARKDOWN_BAD_TEXT);
	/* NULL with nothing in it is an empty body. */
	assert_int_equal(kp_markdown_check(NULL, 0), KP_MARKDOWN_OK);
	assert_string_equal(kp_markdown_html(&arena, NULL, 0), "");
	assert_string_equal(kp_markdown_text(&arena, NULL, 0, 0), "");
	/* Tabs, newlines and any valid character are fine. */
	assert_html("\xf0\x9f\x98\x80 \xe2\x80\xae rtl\tx",
	            "<p>\xf0\x9f\x98\x80 \xe2\x80\xae rtl\tx</p>\n");
	/* Only len counts, not a NUL after it. */
	assert_string_equal(html_n("*a*zzz", 3), "<p><em>a</em></p>\n");
}

static void test_long_input(void **state)
{
	size_t n = KP_MARKDOWN_MAX;
	char *md = malloc(n + 2);
	assert_non_null(md);
	/* Paragraphs of "Wort " until the limit. */
	for (size_t i = 0; i < n + 1; i++)
		md[i] = "Wort \n\n"[i % 7];
	md[n + 1] = '\0';
	const char *h = html_n(md, n);
	assert_non_null(h);
	assert_non_null(strstr(h, "<p>Wort</p>\n<p>Wort</p>"));
	assert_non_null(kp_markdown_text(&arena, md, n, 0));
	assert_refused(md, n + 1, KP_MARKDOWN_TOO_LONG);
	/* One long line, one long word, one long code block. */
	memset(md, 'x', n);
	assert_non_null(html_n(md, n));
	memcpy(md, "```\n", 4);
	for (size_t i = 4; i < n; i++)
		md[i] = i % 80 == 0 ? '\n' : '<';
	h = html_n(md, n);
	assert_non_null(h);
	assert_null(strstr(h, "<<"));
	/* Many links and emphasis at the limit. */
	for (size_t i = 0; i < n; i++)
		md[i] = "*a* [b](/c) "[i % 12];
	assert_non_null(html_n(md, n));
	for (size_t i = 0; i < n; i++)
		md[i] = "[x](javascript:y)"[i % 17];
	h = html_n(md, n);
	assert_non_null(h);
	assert_null(strstr(h, "href"));
	free(md);
}

static char *repeat(const char *unit, size_t times, const char *tail)
{
	size_t u = strlen(unit), t = strlen(tail);
	char *s = malloc(u * times + t + 1);
	assert_non_null(s);
	for (size_t i = 0; i < times; i++)
		memcpy(s + i * u, unit, u);
	memcpy(s + u * times, tail, t + 1);
	return s;
}

static void assert_check(char *md, enum kp_markdown_status want)
{
	assert_int_equal(kp_markdown_check(md, strlen(md)), want);
	if (want == KP_MARKDOWN_OK)
		assert_non_null(html(md));
	else
		assert_null(kp_markdown_html(&arena, md, strlen(md)));
	free(md);
}

static void test_nesting_and_image_limits(void **state)
{
	assert_check(repeat(">", KP_MARKDOWN_MAX_NESTING, " a"), KP_MARKDOWN_OK);
	assert_check(repeat(">", KP_MARKDOWN_MAX_NESTING + 1, " a"), KP_MARKDOWN_TOO_COMPLEX);
	assert_check(repeat("x\n>", KP_MARKDOWN_MAX_NESTING + 1, " a"), KP_MARKDOWN_OK);
	/* "- " counts the marker and half a column. */
	assert_check(repeat("- ", 43, "a"), KP_MARKDOWN_OK);
	assert_check(repeat("- ", 44, "a"), KP_MARKDOWN_TOO_COMPLEX);
	assert_check(repeat("1. ", 43, "a"), KP_MARKDOWN_OK);
	assert_check(repeat("1) ", 44, "a"), KP_MARKDOWN_TOO_COMPLEX);
	assert_check(repeat("> * + ", 30, "a"), KP_MARKDOWN_TOO_COMPLEX);
	/* Indentation before a marker: nested lists by indentation. */
	assert_check(repeat(" ", 2 * KP_MARKDOWN_MAX_NESTING - 2, "- a"), KP_MARKDOWN_OK);
	assert_check(repeat(" ", 2 * KP_MARKDOWN_MAX_NESTING, "- a"), KP_MARKDOWN_TOO_COMPLEX);
	assert_check(repeat("\t", 32, "- a"), KP_MARKDOWN_TOO_COMPLEX);
	/* Indentation alone (code) is fine, and so are thematic breaks made of
	 * marker characters, and long numbers, and markers that are text. */
	assert_check(repeat(" ", 1000, "a"), KP_MARKDOWN_OK);
	assert_check(repeat("- ", 500, ""), KP_MARKDOWN_OK);
	assert_check(repeat("* ", 500, ""), KP_MARKDOWN_OK);
	assert_check(repeat("> ", 3, " a *b* c"), KP_MARKDOWN_OK);
	assert_check(repeat("-", 500, ""), KP_MARKDOWN_OK);
	assert_check(repeat("1234567890", 50, ". a"), KP_MARKDOWN_OK);
	assert_check(repeat("-a ", 500, ""), KP_MARKDOWN_OK);
	assert_check(repeat(">", 40, " a *b* c"), KP_MARKDOWN_OK);
	/* Image openers. */
	assert_check(repeat("![a](/b.png) ", KP_MARKDOWN_MAX_IMAGES, ""), KP_MARKDOWN_OK);
	assert_check(repeat("![a](/b.png) ", KP_MARKDOWN_MAX_IMAGES + 1, ""),
	             KP_MARKDOWN_TOO_COMPLEX);
	assert_check(repeat("![[]()", 1000, ""), KP_MARKDOWN_TOO_COMPLEX);
}

/* ---- plain text ---- */

static void test_plain_text(void **state)
{
	assert_string_equal(text("# Titel\n\nEin *schöner* **Text** mit `code`.", 0),
	                    "Titel\n\nEin schöner Text mit code.");
	assert_string_equal(text("[Link](https://example.org) und ![Bild](/b.png)", 0),
	                    "Link und Bild");
	assert_string_equal(text("[Link](javascript:x) <https://example.org>", 0),
	                    "Link https://example.org");
	assert_string_equal(text("Vorher:\n- a\n- b\n  - c\n\nNachher", 0),
	                    "Vorher:\n\na\nb\nc\n\nNachher");
	assert_string_equal(text("1. a\n\n2. b", 0), "a\n\nb");
	assert_string_equal(text("> Zitat\n> zwei\n\n---\n\nEnde", 0), "Zitat\nzwei\n\nEnde");
	assert_string_equal(text("```\n<b>x</b>\n\ty\n```\nz", 0), "<b>x</b>\n\ty\n\nz");
	assert_string_equal(text("<script>alert(1)</script>", 0), "<script>alert(1)</script>");
	assert_string_equal(text("a <b>c</b> &amp; &lt; &#1;", 0), "a <b>c</b> & < \xef\xbf\xbd");
	assert_string_equal(text("<?cs var:Page.CSRF ?>", 0), "<?cs var:Page.CSRF ?>");
	assert_string_equal(text("Zeile  \nzwei\\\ndrei", 0), "Zeile\nzwei\ndrei");
	assert_string_equal(text("\n\n   a   \n\n", 0), "a");
	assert_string_equal(text("", 0), "");
	assert_string_equal(text("---\n\n***", 0), "");
}

static void test_plain_text_cut(void **state)
{
	assert_string_equal(text("abcdefghij", 10), "abcdefghij");
	assert_string_equal(text("abcdefghij", 9), "abcdef\xe2\x80\xa6");
	assert_string_equal(text("abc defghij", 7), "abc\xe2\x80\xa6"); /* "abc " trimmed */
	/* Never inside a character: "ä" is two bytes, "€" three. */
	assert_string_equal(text("ääääää", 8), "ää\xe2\x80\xa6");
	assert_string_equal(text("ääääää", 9), "äää\xe2\x80\xa6");
	assert_string_equal(text("€€€€", 8), "\xe2\x82\xac\xe2\x80\xa6");
	assert_string_equal(text("\xf0\x9f\x98\x80\xf0\x9f\x98\x80", 6), "\xe2\x80\xa6");
	/* Too small for an ellipsis: only cut. */
	assert_string_equal(text("abcdef", 3), "abc");
	assert_string_equal(text("ääää", 3), "ä");
	assert_string_equal(text("€€", 2), "");
	assert_string_equal(text("# Titel\n\nText", 8), "Titel\xe2\x80\xa6");
}

/* ---- ClearSilver ---- */

static NEOERR *collect(void *ctx, char *s)
{
	struct kp_arena *a = &arena;
	char **out = ctx;
	*out = kp_arena_printf(a, "%s%s", *out ? *out : "", s);
	return STATUS_OK;
}

/* Renders a template string the way the view does: html escaping set
 * before cs_init, the markdown function registered as an escaper. */
static const char *render_cs(const char *tmpl, const char *body, const char *title)
{
	HDF *hdf = NULL;
	CSPARSE *cs = NULL;
	char *out = NULL;
	assert_null(hdf_init(&hdf));
	assert_null(hdf_set_value(hdf, "Config.VarEscapeMode", "html"));
	assert_null(hdf_set_value(hdf, "Page.Body", body));
	assert_null(hdf_set_value(hdf, "Page.Title", title));
	assert_null(cs_init(&cs, hdf));
	assert_null(cs_register_esc_strfunc(cs, "markdown", kp_markdown_strfunc));
	char *buf = strdup(tmpl); /* cs_parse_string owns it */
	assert_non_null(buf);
	assert_null(cs_parse_string(cs, buf, strlen(buf)));
	assert_null(cs_render(cs, &out, collect));
	cs_destroy(&cs);
	hdf_destroy(&hdf);
	return out ? out : "";
}

static void test_clearsilver_function(void **state)
{
	assert_string_equal(
	    render_cs("<div><?cs var:markdown(Page.Body) ?></div>", "*a* <script>x</script>", "t"),
	    "<div><p><em>a</em> &lt;script&gt;x&lt;/script&gt;</p>\n</div>");
	/* The HDF holds Markdown, which stays escaped everywhere else. */
	assert_string_equal(render_cs("<?cs var:Page.Body ?>", "<b>*a*</b>", "t"),
	                    "&lt;b&gt;*a*&lt;/b&gt;");
	/* In a loop, as a list of posts would be. */
	assert_string_equal(render_cs("<?cs each:p = Page ?><?cs if:name(p) == \"Body\" ?>"
	                              "<?cs var:markdown(p) ?><?cs /if ?><?cs /each ?>",
	                              "# x", "t"),
	                    "<h3>x</h3>\n");
	/* A body that would be refused renders as nothing. */
	assert_string_equal(render_cs("[<?cs var:markdown(Page.Body) ?>]", "a\x01", "t"), "[]");
	/* Why templates may use markdown() only as the whole expression:
	 * ClearSilver switches escaping off for the whole <?cs var: ?> once an
	 * escaping function appears anywhere in it (csparse.c: escaping.current
	 * |= function->escape), so anything added to it is raw. */
	assert_string_equal(
	    render_cs("<?cs var:markdown(Page.Body) + Page.Title ?>", "a", "<script>x</script>"),
	    "<p>a</p>\n<script>x</script>");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_teardown(test_raw_html_is_text, reset_arena),
	    cmocka_unit_test_teardown(test_template_syntax_is_text, reset_arena),
	    cmocka_unit_test_teardown(test_javascript_links_in_every_disguise, reset_arena),
	    cmocka_unit_test_teardown(test_allowed_links, reset_arena),
	    cmocka_unit_test_teardown(test_images, reset_arena),
	    cmocka_unit_test_teardown(test_headings_start_at_h3, reset_arena),
	    cmocka_unit_test_teardown(test_nested_emphasis, reset_arena),
	    cmocka_unit_test_teardown(test_code_escapes_html, reset_arena),
	    cmocka_unit_test_teardown(test_line_breaks_lists_quotes, reset_arena),
	    cmocka_unit_test_teardown(test_entities_never_produce_control_chars, reset_arena),
	    cmocka_unit_test_teardown(test_invalid_input_refused, reset_arena),
	    cmocka_unit_test_teardown(test_long_input, reset_arena),
	    cmocka_unit_test_teardown(test_nesting_and_image_limits, reset_arena),
	    cmocka_unit_test_teardown(test_plain_text, reset_arena),
	    cmocka_unit_test_teardown(test_plain_text_cut, reset_arena),
	    cmocka_unit_test_teardown(test_clearsilver_function, reset_arena),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
