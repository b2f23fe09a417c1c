/* libFuzzer target for the Markdown wrapper (markdown.h), whose HTML goes
 * into pages unescaped. Each input is used twice:
 *  - as it is: kp_markdown_check and both renderers agree on refusing it,
 *    and refuse exactly what is too long or not valid text;
 *  - made acceptable: every byte that is invalid UTF-8 or a control
 *    character (other than '\n' and '\t') is replaced by one of the tokens
 *    below (attack strings and Markdown syntax), so that random bytes turn
 *    into javascript: links, raw HTML and nesting rather than refusals.
 * On every rendering it checks what markdown.h promises, with its own
 * code rather than the wrapper's:
 *  - every '<' opens one of cmark's own tags, with only the attributes
 *    cmark writes, '>' and '"' appear only to close a tag or a value (so no
 *    raw '<' from the input, no "<script", no " on..." attribute);
 *  - every href is http(s):, mailto: or relative (not "//", no backslash,
 *    no control characters), every img src a path on this site;
 *  - no <h1> or <h2>; valid text without control characters;
 *  - the text a reader sees in the HTML (tags removed, entities decoded,
 *    alt texts added) is the plain text of kp_markdown_text, up to white
 *    space: nothing lost, nothing unescaped;
 *  - the plain text is valid text, trimmed, and its cut version a prefix;
 *  - the ClearSilver function renders the same HTML. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <ClearSilver.h>

#include "markdown.h"
#include "params.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define TEXT_FLAGS (KP_TEXT_ALLOW_NEWLINE | KP_TEXT_ALLOW_TAB)
#define CUT        40

static void require(int ok)
{
	if (!ok)
		abort();
}

static const char *const tokens[] = {
    "javascript:",
    "JaVaScRiPt:",
    "&#106;",
    "&#x6A;",
    "&colon;",
    "%3A",
    "%6A",
    "vbscript:",
    "data:text/html,",
    "file:",
    "mailto:",
    "http://",
    "https://",
    "//",
    "/\\",
    "\\",
    "<script>",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"",
    "<?cs var:Page.CSRF ?>",
    "<!--",
    "-->",
    "![",
    "](",
    ")",
    "[",
    "]",
    "]: ",
    "\n[r]: ",
    "[r]",
    "<",
    ">",
    "\n> ",
    "\n- ",
    "\n1. ",
    "\n    ",
    "\n```",
    "`",
    "*",
    "**",
    "_",
    "\n# ",
    "\n===\n",
    "\n---\n",
    "&#1;",
    "&#x85;",
    "&#13;",
    "&#9;",
    "&#0;",
    "&amp;",
    "\"",
    "'",
    " onerror=",
    "\t",
    "\n\n",
    "<https://",
    "@x.de>",
    "/files/a.png",
    " \"t\"",
};
#define NTOKENS (sizeof(tokens) / sizeof(tokens[0]))

static size_t seq_len(unsigned char c)
{
	return c < 0xc0 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

/* Valid characters are copied, anything else becomes a token; at most
 * KP_MARKDOWN_MAX bytes. Returns the length; out has room for that + 1. */
static size_t make_acceptable(const uint8_t *d, size_t n, char *out)
{
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		size_t k = seq_len(d[i]);
		const char *piece;
		size_t plen;
		if (i + k <= n && kp_text_valid((const char *)d + i, k, TEXT_FLAGS)) {
			piece = (const char *)d + i;
			plen = k;
		} else {
			piece = tokens[d[i] % NTOKENS];
			plen = strlen(piece);
			k = 1;
		}
		if (o + plen > KP_MARKDOWN_MAX)
			break;
		memcpy(out + o, piece, plen);
		o += plen;
		i += k;
	}
	out[o] = '\0';
	return o;
}

/* ---- what the HTML may contain ---- */

/* The oracle shared with the unit tests: cmark's tags and attributes
 * only, escaped text, URLs of our policy. */
#include "../unit/markdown_policy.h"

/* Checks the HTML and writes the text a reader sees (with alt texts) to
 * seen; returns its length. Aborts on anything not ours. */
static size_t check_html(const char *h, char *seen)
{
	long n = mdp_check_html(h, seen);
	require(n >= 0);
	return (size_t)n;
}

static size_t strip_space(char *s)
{
	size_t o = 0;
	for (size_t i = 0; s[i]; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n')
			s[o++] = s[i];
	s[o] = '\0';
	return o;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

static void check_text(const char *t, const char *cut)
{
	size_t n = strlen(t), c = strlen(cut);
	require(kp_text_valid(t, n, TEXT_FLAGS) && kp_text_valid(cut, c, TEXT_FLAGS));
	require(n == 0 || (!is_space(t[0]) && !is_space(t[n - 1])));
	require(c <= CUT);
	if (n <= CUT) {
		require(strcmp(t, cut) == 0);
	} else {
		require(c >= 3 && memcmp(cut + c - 3, "\xe2\x80\xa6", 3) == 0);
		require(memcmp(t, cut, c - 3) == 0);
	}
}

static void check_one(const char *md, size_t n, int c_string)
{
	struct kp_arena a = {0};
	enum kp_markdown_status st = kp_markdown_check(md, n);
	require(st >= KP_MARKDOWN_OK && st <= KP_MARKDOWN_TOO_COMPLEX);
	if (n > KP_MARKDOWN_MAX)
		require(st == KP_MARKDOWN_TOO_LONG);
	else
		require((st == KP_MARKDOWN_BAD_TEXT) == !kp_text_valid(md, n, TEXT_FLAGS));
	char *h = kp_markdown_html(&a, md, n);
	char *t = kp_markdown_text(&a, md, n, 0);
	char *cut = kp_markdown_text(&a, md, n, CUT);
	require((st == KP_MARKDOWN_OK) == (h != NULL));
	require((h != NULL) == (t != NULL) && (t != NULL) == (cut != NULL));
	if (h) {
		size_t hn = strlen(h);
		require(kp_text_valid(h, hn, TEXT_FLAGS));
		char *seen = malloc(hn + 1);
		require(seen != NULL);
		check_html(h, seen);
		check_text(t, cut);
		/* The same text in both, up to white space. */
		char *plain = strdup(t);
		require(plain != NULL);
		strip_space(seen);
		strip_space(plain);
		require(strcmp(seen, plain) == 0);
		free(plain);
		free(seen);
		/* Letters and digits only: one paragraph, as it was. */
		size_t alnum = 0;
		while (alnum < n && ((md[alnum] >= 'a' && md[alnum] <= 'z') ||
		                     (md[alnum] >= 'A' && md[alnum] <= 'Z') ||
		                     (md[alnum] >= '0' && md[alnum] <= '9')))
			alnum++;
		if (n > 0 && alnum == n) {
			require(strlen(t) == n && memcmp(t, md, n) == 0);
			require(hn == n + 8 && memcmp(h, "<p>", 3) == 0 &&
			        memcmp(h + 3, md, n) == 0 && strcmp(h + 3 + n, "</p>\n") == 0);
		}
	}
	if (c_string) {
		char *out = NULL;
		require(kp_markdown_strfunc(md, &out) == STATUS_OK && out != NULL);
		require(strcmp(out, h ? h : "") == 0);
		free(out);
	}
	kp_arena_reset(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_one((const char *)data, size, 0);
	char *md = malloc(KP_MARKDOWN_MAX + 1);
	require(md != NULL);
	size_t n = make_acceptable(data, size, md);
	require(kp_text_valid(md, n, TEXT_FLAGS));
	check_one(md, n, 1);
	free(md);
	return 0;
}
