#include "markdown.h"

#include <ClearSilver.h>
#include <cmark.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "params.h"

/* Parsing: cmark's defaults (never CMARK_OPT_UNSAFE: raw HTML would pass
 * straight through, and so would javascript: links). Rendering: a newline
 * is a line break (markdown.h). */
#define MD_PARSE_OPTIONS  CMARK_OPT_DEFAULT
#define MD_RENDER_OPTIONS CMARK_OPT_HARDBREAKS

#define TEXT_FLAGS (KP_TEXT_ALLOW_NEWLINE | KP_TEXT_ALLOW_TAB)

/* ---- what is accepted ---- */

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* "***", "- - -", "_ _ _" (three or more of one of -*_ and blanks only):
 * a thematic break, which CommonMark prefers to a list marker, so the
 * dashes of "- - - - -" open no lists. */
static int thematic_break(const char *s, const char *end)
{
	char c = *s;
	if (c != '-' && c != '*' && c != '_')
		return 0;
	size_t n = 0;
	for (; s < end; s++) {
		if (*s == c)
			n++;
		else if (!is_blank(*s))
			return 0;
	}
	return n >= 3;
}

/* An upper bound of how deep the blocks of one line are nested. Every
 * container a line continues or opens takes something from the start of
 * the line: a block quote its '>', a list item either its marker (when it
 * opens) or at least two columns of indentation (when it continues); lazy
 * continuation lines open nothing. So markers + columns / 2 is never
 * below the real depth (it is above it for a marker-like line in a code
 * block, which only makes the check stricter). Stops counting as soon as
 * the limit is passed, which keeps the thematic-break checks linear. */
static size_t line_nesting(const char *s, const char *end)
{
	size_t markers = 0, cols = 0;
	while (s < end) {
		if (markers > 0 && markers + cols / 2 > KP_MARKDOWN_MAX_NESTING)
			break;
		if (is_blank(*s)) {
			cols += *s == '\t' ? 4 : 1;
			s++;
			continue;
		}
		if (thematic_break(s, end))
			break;
		if (*s == '>') {
			markers++;
			s++;
			continue;
		}
		if ((*s == '-' || *s == '+' || *s == '*') && (s + 1 == end || is_blank(s[1]))) {
			markers++;
			s++;
			continue;
		}
		const char *d = s;
		while (d < end && d - s < 10 && *d >= '0' && *d <= '9')
			d++;
		if (d > s && d - s <= 9 && d < end && (*d == '.' || *d == ')') &&
		    (d + 1 == end || is_blank(d[1]))) {
			markers++;
			s = d + 1;
			continue;
		}
		break;
	}
	return markers > 0 ? markers + cols / 2 : 0;
}

enum kp_markdown_status kp_markdown_check(const char *md, size_t len)
{
	if (len > KP_MARKDOWN_MAX)
		return KP_MARKDOWN_TOO_LONG;
	if (len == 0)
		return KP_MARKDOWN_OK;
	if (!md || !kp_text_valid(md, len, TEXT_FLAGS))
		return KP_MARKDOWN_BAD_TEXT;
	const char *end = md + len;
	for (const char *line = md; line < end;) {
		const char *eol = memchr(line, '\n', (size_t)(end - line));
		if (!eol)
			eol = end;
		if (line_nesting(line, eol) > KP_MARKDOWN_MAX_NESTING)
			return KP_MARKDOWN_TOO_COMPLEX;
		line = eol + 1;
	}
	size_t images = 0;
	for (size_t i = 0; i + 1 < len; i++)
		if (md[i] == '!' && md[i + 1] == '[' && ++images > KP_MARKDOWN_MAX_IMAGES)
			return KP_MARKDOWN_TOO_COMPLEX;
	return KP_MARKDOWN_OK;
}

/* ---- a growing string (malloc) ---- */

struct buf {
	char *p;
	size_t len, cap;
	int failed;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->failed)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *p = realloc(b->p, cap);
		if (!p) {
			b->failed = 1;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* ---- text that entities produced ---- */

/* Bytes of the UTF-8 sequence a lead byte announces (1 for a stray byte). */
static size_t seq_len(unsigned char c)
{
	return c < 0xc0 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

/* Entities can produce characters the input may not hold ("&#1;",
 * "&#x85;", "&#13;"); cmark already turns "&#0;" and surrogates into
 * U+FFFD. Here every character kp_text_valid(TEXT_FLAGS) refuses becomes
 * U+FFFD too. 0 when s was fine or has been replaced, -1 out of memory. */
static int repair(cmark_node *x, const char *(*get)(cmark_node *),
                  int (*set)(cmark_node *, const char *))
{
	const char *s = get(x);
	if (!s)
		return 0;
	size_t n = strlen(s);
	if (kp_text_valid(s, n, TEXT_FLAGS))
		return 0;
	struct buf b = {0};
	for (size_t i = 0; i < n;) {
		/* One replacement for a whole (well-formed) control character. */
		size_t k = seq_len((unsigned char)s[i]);
		if (i + k > n)
			k = 1;
		for (size_t j = 1; j < k; j++)
			if (((unsigned char)s[i + j] & 0xc0) != 0x80)
				k = 1;
		if (kp_text_valid(s + i, k, TEXT_FLAGS))
			buf_add(&b, s + i, k);
		else
			buf_adds(&b, "\xef\xbf\xbd");
		i += k;
	}
	int ok = !b.failed && set(x, b.p);
	free(b.p);
	return ok ? 0 : -1;
}

/* ---- the link policy ---- */

static int scheme_is(const char *s, size_t n, const char *name)
{
	if (strlen(name) != n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != name[i])
			return 0;
	}
	return 1;
}

/* url is what cmark found after decoding entities and backslash escapes,
 * i.e. what the browser will get (cmark only percent-encodes on output). */
static int url_allowed(const char *url)
{
	size_t n = strlen(url);
	/* Browsers drop tabs and newlines inside URLs and leading control
	 * characters and spaces ("java\tscript:"); none of them belongs in a
	 * link we keep. A backslash is a '/' to them ("/\evil.example"). */
	if (!kp_text_valid(url, n, 0) || memchr(url, '\\', n))
		return 0;
	/* " //evil.example" is "//evil.example" once the space is stripped
	 * (cmark happens to write it as "%20//...", but we do not rely on it). */
	if (n > 0 && (url[0] == ' ' || url[n - 1] == ' '))
		return 0;
	size_t i = strcspn(url, ":/?#");
	if (url[i] == ':') {
		if (scheme_is(url, i, "http") || scheme_is(url, i, "https"))
			return url[i + 1] == '/' && url[i + 2] == '/' && url[i + 3] != '\0' &&
			       url[i + 3] != '/';
		if (scheme_is(url, i, "mailto"))
			return url[i + 1] != '\0';
		/* javascript:, data:, vbscript:, file:, " javascript:" ... */
		return 0;
	}
	if (url[0] == '/' && url[1] == '/')
		return 0; /* protocol-relative: another host */
	/* A relative path's first segment has no ':' (RFC 3986 4.2), not even
	 * percent-encoded. */
	for (size_t j = 0; j + 2 < i; j++)
		if (url[j] == '%' && url[j + 1] == '3' && (url[j + 2] == 'a' || url[j + 2] == 'A'))
			return 0;
	return 1;
}

/* A path on this site: what an <img> may load (CSP img-src 'self'). */
static int url_local(const char *url)
{
	return url[0] == '/' && url_allowed(url);
}

/* ---- changing the tree ---- */

struct nodes {
	cmark_node **v;
	size_t n, cap;
};

static int nodes_push(struct nodes *l, cmark_node *x)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 64;
		cmark_node **v = realloc(l->v, cap * sizeof(*v));
		if (!v)
			return -1;
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = x;
	return 0;
}

static cmark_node *text_node(const char *s, size_t n)
{
	cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);
	char *copy = strndup(s, n);
	if (!t || !copy || !cmark_node_set_literal(t, copy)) {
		free(copy);
		if (t)
			cmark_node_free(t);
		return NULL;
	}
	free(copy);
	return t;
}

/* Raw HTML becomes the text it was: a paragraph for an HTML block, text
 * in place for inline HTML, its lines joined by soft breaks. */
static int html_to_text(cmark_node *x, int block)
{
	const char *s = cmark_node_get_literal(x);
	size_t n = s ? strlen(s) : 0;
	while (block && n > 0 && s[n - 1] == '\n')
		n--;
	cmark_node *para = NULL;
	if (block && !(para = cmark_node_new(CMARK_NODE_PARAGRAPH)))
		return -1;
	int ok = 1;
	for (size_t i = 0; ok && i < n;) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t k = nl ? (size_t)(nl - (s + i)) : n - i;
		cmark_node *t = k > 0 ? text_node(s + i, k) : NULL;
		if (k > 0 && !t)
			ok = 0;
		else if (t)
			ok = block ? cmark_node_append_child(para, t)
			           : cmark_node_insert_before(x, t);
		i += k;
		if (ok && nl) {
			cmark_node *br = cmark_node_new(CMARK_NODE_SOFTBREAK);
			ok = br && (block ? cmark_node_append_child(para, br)
			                  : cmark_node_insert_before(x, br));
			i++;
		}
	}
	if (para) {
		if (ok && cmark_node_first_child(para))
			ok = cmark_node_insert_before(x, para);
		else
			cmark_node_free(para);
	}
	cmark_node_free(x);
	return ok ? 0 : -1;
}

/* The link goes, its text stays where it was. */
static int unwrap(cmark_node *x)
{
	cmark_node *c;
	while ((c = cmark_node_first_child(x)))
		if (!cmark_node_insert_before(x, c))
			return -1;
	cmark_node_free(x);
	return 0;
}

/* The text under x as a reader sees it (an image's alt text). */
static void plain_inlines(cmark_node *x, struct buf *b)
{
	cmark_iter *it = cmark_iter_new(x);
	if (!it) {
		b->failed = 1;
		return;
	}
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *c = cmark_iter_get_node(it);
		if (ev != CMARK_EVENT_ENTER)
			continue;
		switch (cmark_node_get_type(c)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
		case CMARK_NODE_HTML_INLINE: {
			const char *s = cmark_node_get_literal(c);
			buf_adds(b, s ? s : "");
			break;
		}
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			buf_adds(b, " ");
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
}

/* Local images stay; others become a link (if the URL may be one) or
 * their alt text. The alt text is flattened: an image's description may
 * hold links, and a link inside a link is not HTML. */
static int image_policy(cmark_node *x)
{
	const char *url = cmark_node_get_url(x);
	if (!url)
		url = "";
	if (url_local(url))
		return 0;
	struct buf alt = {0};
	buf_add(&alt, "", 0);
	plain_inlines(x, &alt);
	int ok = !alt.failed;
	cmark_node *r = NULL;
	if (ok && url_allowed(url)) {
		const char *title = cmark_node_get_title(x);
		cmark_node *t =
		    alt.len > 0 ? text_node(alt.p, alt.len) : text_node(url, strlen(url));
		r = cmark_node_new(CMARK_NODE_LINK);
		ok = t && r && cmark_node_set_url(r, url) &&
		     cmark_node_set_title(r, title ? title : "") && cmark_node_append_child(r, t);
		if (!ok && t && !cmark_node_parent(t))
			cmark_node_free(t);
	} else if (ok && alt.len > 0) {
		r = text_node(alt.p, alt.len);
		ok = r != NULL;
	}
	free(alt.p);
	if (ok && r)
		ok = cmark_node_insert_before(x, r);
	else if (r)
		cmark_node_free(r);
	cmark_node_free(x);
	return ok ? 0 : -1;
}

static int apply(cmark_node *x)
{
	switch (cmark_node_get_type(x)) {
	case CMARK_NODE_HTML_BLOCK:
		return html_to_text(x, 1);
	case CMARK_NODE_HTML_INLINE:
		return html_to_text(x, 0);
	case CMARK_NODE_LINK: {
		const char *url = cmark_node_get_url(x);
		return url && url_allowed(url) ? 0 : unwrap(x);
	}
	case CMARK_NODE_IMAGE:
		return image_policy(x);
	default:
		/* Custom nodes (the parser makes none) would print raw text. */
		cmark_node_free(x);
		return 0;
	}
}

/* The policy of markdown.h on a parsed document. Collects first and changes
 * afterwards (cmark's iterator must not see a tree change under it), last
 * node first: a node's descendants come after it in document order, so
 * they are dealt with before a change to the node can free them. */
static int md_policy(cmark_node *doc)
{
	struct nodes todo = {0};
	int failed = 0;
	cmark_iter *it = cmark_iter_new(doc);
	if (!it)
		return -1;
	cmark_event_type ev;
	while (!failed && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *x = cmark_iter_get_node(it);
		cmark_node_type type = cmark_node_get_type(x);
		if (ev == CMARK_EVENT_EXIT) {
			if (type == CMARK_NODE_HEADING) {
				int level = cmark_node_get_heading_level(x) + 2;
				cmark_node_set_heading_level(x, level > 6 ? 6 : level);
			}
			continue;
		}
		switch (type) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
			failed = repair(x, cmark_node_get_literal, cmark_node_set_literal);
			break;
		case CMARK_NODE_CODE_BLOCK:
			failed = repair(x, cmark_node_get_literal, cmark_node_set_literal) ||
			         repair(x, cmark_node_get_fence_info, cmark_node_set_fence_info);
			break;
		case CMARK_NODE_HTML_BLOCK:
		case CMARK_NODE_HTML_INLINE:
			failed = repair(x, cmark_node_get_literal, cmark_node_set_literal) ||
			         nodes_push(&todo, x);
			break;
		case CMARK_NODE_LINK:
		case CMARK_NODE_IMAGE:
			failed = repair(x, cmark_node_get_title, cmark_node_set_title) ||
			         nodes_push(&todo, x);
			break;
		case CMARK_NODE_CUSTOM_BLOCK:
		case CMARK_NODE_CUSTOM_INLINE:
			failed = nodes_push(&todo, x);
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
	for (size_t i = todo.n; !failed && i-- > 0;)
		failed = apply(todo.v[i]);
	free(todo.v);
	return failed ? -1 : 0;
}

/* Parsed and under the policy, or NULL (*st says why; KP_MARKDOWN_OK with
 * NULL: out of memory). */
static cmark_node *md_document(const char *md, size_t len, enum kp_markdown_status *st)
{
	*st = kp_markdown_check(md, len);
	if (*st != KP_MARKDOWN_OK)
		return NULL;
	cmark_node *doc = cmark_parse_document(len ? md : "", len, MD_PARSE_OPTIONS);
	if (doc && md_policy(doc) != 0) {
		cmark_node_free(doc);
		doc = NULL;
	}
	return doc;
}

/* malloc'ed HTML, or NULL (as md_document). */
static char *md_html(const char *md, size_t len, enum kp_markdown_status *st)
{
	cmark_node *doc = md_document(md, len, st);
	if (!doc)
		return NULL;
	char *html = cmark_render_html(doc, MD_RENDER_OPTIONS);
	cmark_node_free(doc);
	return html;
}

char *kp_markdown_html(struct kp_arena *a, const char *md, size_t len)
{
	enum kp_markdown_status st;
	char *html = md_html(md, len, &st);
	if (!html)
		return NULL;
	char *copy = kp_arena_strdup(a, html);
	free(html);
	return copy;
}

/* ---- plain text ---- */

static int in_tight_list(cmark_node *x)
{
	for (cmark_node *p = cmark_node_parent(x); p; p = cmark_node_parent(p))
		if (cmark_node_get_type(p) == CMARK_NODE_LIST)
			return cmark_node_get_list_tight(p);
	return 0;
}

/* Newlines before a block: a blank line, but one newline between the
 * items of a tight list. A list that starts after a paragraph gets its
 * blank line (unless it is nested in a tight list itself). */
static size_t block_gap(cmark_node *x)
{
	if (!in_tight_list(x))
		return 2;
	cmark_node *item = cmark_node_parent(x);
	cmark_node *list = item ? cmark_node_parent(item) : NULL;
	int first = list && cmark_node_get_type(list) == CMARK_NODE_LIST &&
	            cmark_node_first_child(list) == item && cmark_node_first_child(item) == x;
	if (first && !in_tight_list(list))
		return 2;
	return 1;
}

/* Ends b with at least `want` newlines, unless nothing came before. */
static void text_separate(struct buf *b, size_t want)
{
	if (b->len == 0)
		return;
	size_t have = 0;
	while (have < b->len && b->p[b->len - 1 - have] == '\n')
		have++;
	for (; have < want; have++)
		buf_add(b, "\n", 1);
}

static void text_walk(cmark_node *doc, struct buf *b)
{
	cmark_iter *it = cmark_iter_new(doc);
	if (!it) {
		b->failed = 1;
		return;
	}
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		if (ev != CMARK_EVENT_ENTER)
			continue;
		cmark_node *x = cmark_iter_get_node(it);
		const char *s;
		size_t n;
		switch (cmark_node_get_type(x)) {
		case CMARK_NODE_PARAGRAPH:
		case CMARK_NODE_HEADING:
		case CMARK_NODE_THEMATIC_BREAK:
			text_separate(b, block_gap(x));
			break;
		case CMARK_NODE_CODE_BLOCK:
			text_separate(b, block_gap(x));
			s = cmark_node_get_literal(x);
			n = s ? strlen(s) : 0;
			while (n > 0 && s[n - 1] == '\n')
				n--;
			buf_add(b, s, n);
			break;
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
			s = cmark_node_get_literal(x);
			buf_adds(b, s ? s : "");
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			buf_add(b, "\n", 1);
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

char *kp_markdown_text(struct kp_arena *a, const char *md, size_t len, size_t max_bytes)
{
	enum kp_markdown_status st;
	cmark_node *doc = md_document(md, len, &st);
	if (!doc)
		return NULL;
	struct buf b = {0};
	buf_add(&b, "", 0);
	text_walk(doc, &b);
	cmark_node_free(doc);
	if (b.failed) {
		free(b.p);
		return NULL;
	}
	size_t start = 0, end = b.len;
	while (start < end && is_space(b.p[start]))
		start++;
	while (end > start && is_space(b.p[end - 1]))
		end--;
	int cut = 0;
	if (max_bytes > 0 && end - start > max_bytes) {
		/* Room for the ellipsis (3 bytes) when there is any. */
		size_t keep = max_bytes > 3 ? max_bytes - 3 : max_bytes;
		cut = max_bytes > 3;
		end = start + keep;
		while (end > start && ((unsigned char)b.p[end] & 0xc0) == 0x80)
			end--;
		while (cut && end > start && is_space(b.p[end - 1]))
			end--;
	}
	char *text = kp_arena_alloc(a, end - start + (cut ? 3 : 0) + 1);
	if (text) {
		memcpy(text, b.p + start, end - start);
		if (cut)
			memcpy(text + (end - start), "\xe2\x80\xa6", 3);
	}
	free(b.p);
	return text;
}

/* ---- ClearSilver ---- */

NEOERR *kp_markdown_strfunc(const char *md, char **html)
{
	enum kp_markdown_status st = KP_MARKDOWN_OK;
	char *out = md ? md_html(md, strlen(md), &st) : NULL;
	if (!out && st != KP_MARKDOWN_OK) {
		/* Bodies are checked when they are stored; one that is refused
		 * now came from elsewhere. Its page still shows. */
		kp_log("markdown: body of %zu bytes not rendered (status %d)", strlen(md), (int)st);
	}
	if (!out && (st != KP_MARKDOWN_OK || !md))
		out = strdup("");
	if (!out)
		return nerr_raise(NERR_NOMEM, "markdown: out of memory");
	*html = out;
	return STATUS_OK;
}
