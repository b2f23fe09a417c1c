/* markdown: the Markdown of posts, descriptions and profiles, rendered with
 * cmark (CommonMark 0.30) and our own policy on top.
 *
 * THIS IS THE ONE PLACE WHERE USER TEXT BECOMES HTML WITHOUT THE TEMPLATE'S
 * ESCAPING. Everything else reaches the page through <?cs var: ?> with
 * Config.VarEscapeMode = html. What kp_markdown_html returns is put into
 * the page as it is, so whatever it lets through is on the page. Change it
 * only with tests (tests/unit/test_markdown.c) and the fuzz target
 * (tests/fuzz/fuzz_markdown.c) passing, and never set CMARK_OPT_UNSAFE.
 *
 * What the HTML can contain (the fuzz target checks it on every input):
 * only the tags cmark's HTML renderer writes itself — p, br, h3..h6, em,
 * strong, code (class="language-..." from a code fence), pre, blockquote,
 * ul, ol (start), li, hr, a (href, title), img (src, alt, title) — with
 * every attribute value and all text escaped by cmark. It is block content:
 * it belongs into a <div> (not a <p>, not an inline element), never into
 * an attribute, <script>, <style> or <textarea>.
 *
 * The policy, applied to cmark's syntax tree before it is rendered:
 *  - Raw HTML is shown as text: "<b>hi</b>" appears as typed, escaped, as do
 *    <script>, <iframe>, comments and template syntax such as
 *    "<?cs var:Page.CSRF ?>". (cmark's default would drop it silently and
 *    put "<!-- raw HTML omitted -->" in its place; people who type
 *    "<Vorname Nachname>" should see what they typed.)
 *  - Link targets (after cmark has decoded entities and backslash escapes,
 *    so "&#106;avascript:" is seen as "javascript:") must be
 *      http://HOST... or https://HOST... (any case), mailto:SOMETHING, or
 *      relative: "/path" (not "//host"), "#frag", "?query", or a path
 *      whose first segment holds no ':' and no "%3A" ("page", "a/b:c").
 *    Anything else — javascript:, vbscript:, data:, file:, unknown schemes,
 *    "//host", any backslash, any control character (tab, newline, CR from
 *    an entity), a leading or trailing space, a scheme behind spaces or
 *    percent-encoding — loses its link: the link text stays, as text.
 *  - Images: the platform serves its own files only (CSP img-src 'self';
 *    no third-party tracking pixels, no mixed content). An image whose URL
 *    is a path on this site ("/files/...", not "//host") stays an <img>.
 *    Any other image becomes a link to its URL with the alt text as link
 *    text (the URL itself when the alt text is empty), if the URL passes
 *    the link rules above; otherwise only the alt text remains, as text.
 *  - Headings move down two levels: "#" is <h3>, "##" <h4>, "###" and
 *    deeper <h5>/<h6> (capped at 6). The page owns <h1> and <h2>.
 *  - A single line break is a line break (<br />, CMARK_OPT_HARDBREAKS):
 *    people here write addresses and short lines, not wrapped prose.
 *  - Characters that entities can produce but our text rules forbid
 *    ("&#1;", "&#x85;", "&#13;") become U+FFFD in text, code and titles;
 *    both outputs are valid text for kp_text_valid(..., NEWLINE | TAB).
 *  - No rel="nofollow noopener" on links: cmark's renderer cannot add
 *    attributes, and doing it ourselves means writing and escaping <a> tags
 *    by hand (a custom node) or post-processing HTML — exactly what this
 *    wrapper exists to avoid. It costs little: we never use target=_blank
 *    (so no opener to protect), nginx sends a Referrer-Policy, and member
 *    pages are not crawled; public pages that show Markdown can say
 *    <meta name="robots" content="nofollow"> in their template.
 *
 * Input: what the form layer accepts for a text area — valid UTF-8 without
 * control characters other than '\n' and '\t' (kp_text_valid; the params
 * parser has already turned "\r\n" into "\n"), at most KP_MARKDOWN_MAX
 * bytes, and not pathologically nested (see kp_markdown_check). Anything
 * else is refused, never guessed at. A handler that stores Markdown calls
 * kp_markdown_check on submit and answers a refusal with a form error, so
 * that what is stored always renders. Never lower the limits below what is
 * stored without migrating the stored bodies.
 *
 * Memory: results live in the caller's arena (freed with it). cmark itself
 * uses malloc and, like the rest of its users, aborts the process when
 * malloc fails: one worker dies, the worker loop starts a new one. */
#ifndef KP_MARKDOWN_H
#define KP_MARKDOWN_H
#include <stddef.h>
#include "arena.h"

/* Bytes of Markdown accepted (the form field's max_len). */
#define KP_MARKDOWN_MAX 65536
/* Nesting a single line may open: block quote and list markers ('>', '-',
 * '+', '*', "1." / "1)") at the start of a line, plus one level for every
 * two columns of indentation before and between them (a tab counts 4).
 * cmark 0.30.2 is quadratic in nesting depth times emphasis delimiters
 * (GHSA-66g8-4hjf-77xh: 64 KiB of ">>>...a*a*..." takes seconds); real
 * posts nest a handful of levels. */
#define KP_MARKDOWN_MAX_NESTING 64
/* "![" (image openers) in one body: cmark 0.30.2 is quadratic in unclosed
 * image openers times links (CVE-2023-22486, "![[]()" repeated). */
#define KP_MARKDOWN_MAX_IMAGES 256

enum kp_markdown_status {
	KP_MARKDOWN_OK = 0,
	KP_MARKDOWN_TOO_LONG,    /* more than KP_MARKDOWN_MAX bytes */
	KP_MARKDOWN_BAD_TEXT,    /* invalid UTF-8, NUL, CR or another control char */
	KP_MARKDOWN_TOO_COMPLEX, /* nesting or image openers over the limits above */
};

/* Whether md (len bytes, NUL not needed) would be rendered. Cheap (one
 * pass, no parsing): handlers call it on submit. */
enum kp_markdown_status kp_markdown_check(const char *md, size_t len);

/* md rendered as an HTML fragment under the policy above, NUL-terminated,
 * in the arena. NULL when kp_markdown_check refuses md, or when the arena
 * is out of memory. An empty body gives "". */
char *kp_markdown_html(struct kp_arena *a, const char *md, size_t len);

/* The plain text of md, for search snippets, mail digests and
 * notifications: what a reader sees, without any markup — link and image
 * text without their URLs, raw HTML as typed (it is text here too), code
 * as it is. Blocks are separated by a blank line, items of a tight list
 * and line breaks by one "\n"; no leading or trailing white space. It is
 * NOT HTML: templates escape it like any other value.
 * max_bytes > 0 cuts the text at a character boundary so that it fits in
 * max_bytes, ending in "…" (U+2026) when something was cut (and
 * max_bytes > 3); 0: no limit.
 * In the arena; NULL when refused (as kp_markdown_html) or out of memory. */
char *kp_markdown_text(struct kp_arena *a, const char *md, size_t len, size_t max_bytes);

/* The same rendering as a ClearSilver string function (CSSTRFUNC; the
 * view registers it with cs_register_esc_strfunc as "markdown", so that
 * <?cs var:markdown(p.Body) ?> puts the rendered HTML into the page and
 * HDF only ever holds the Markdown source). In templates it may only be
 * the whole expression, <?cs var:markdown(NAME) ?>, inside a <div>:
 * ClearSilver turns escaping off for an entire <?cs var: ?> as soon as an
 * escaping function occurs anywhere in it, so "markdown(a) + b" would put
 * b into the page raw (test_clearsilver_function shows it). *html is malloc'ed
 * (ClearSilver frees it). A body that is refused renders as "" and is
 * logged, so that one bad stored post cannot take its whole page down.
 * Returns NULL (STATUS_OK) or a NERR_NOMEM error. */
struct _neo_err;
struct _neo_err *kp_markdown_strfunc(const char *md, char **html);

#endif
