/* An independent oracle of what kp_markdown_html may emit (markdown.h),
 * shared by the unit tests (tests/unit/test_markdown.c) and the fuzz
 * target (tests/fuzz/fuzz_markdown.c): it walks the HTML tag by tag and
 * accepts only cmark's own tags and attributes, escaped text, and URLs of
 * our link policy. Written from the policy, not from the wrapper's code,
 * so that a mistake in one is caught by the other. Header-only: static
 * functions, one copy per test binary. */
#ifndef KP_TEST_MARKDOWN_POLICY_H
#define KP_TEST_MARKDOWN_POLICY_H
#include <stdlib.h>
#include <string.h>

static int mdp_starts_with_ci(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++) {
		int c = (unsigned char)*s;
		if (c >= 'A' && c <= 'Z')
			c = c - 'A' + 'a';
		if (c != *prefix)
			return 0;
	}
	return 1;
}

/* cmark's escapes in text and attribute values, decoded into out (n + 1
 * bytes); -1 when an '&' starts anything else (it would be unescaped). */
static long mdp_decode_entities(const char *v, size_t n, char *out)
{
	static const struct {
		const char *ent;
		char ch;
	} ents[] = {{"&amp;", '&'}, {"&quot;", '"'}, {"&lt;", '<'},
	            {"&gt;", '>'},  {"&#39;", '\''}, {"&#x27;", '\''}};
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		size_t k;
		for (k = 0; k < sizeof(ents) / sizeof(ents[0]); k++) {
			size_t len = strlen(ents[k].ent);
			if (i + len <= n && memcmp(v + i, ents[k].ent, len) == 0) {
				out[o++] = ents[k].ch;
				i += len;
				break;
			}
		}
		if (k == sizeof(ents) / sizeof(ents[0])) {
			if (v[i] == '&')
				return -1;
			out[o++] = v[i++];
		}
	}
	out[o] = '\0';
	return (long)o;
}

/* What a browser would do with an emitted URL: follow http, https or a
 * non-empty mailto, or resolve a path on this site (images: paths only).
 * No spaces, control characters or backslashes anywhere. */
static int mdp_url_ok(const char *u, int image)
{
	for (const char *p = u; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f || *p == '\\' || *p == ' ')
			return 0;
	if (image)
		return u[0] == '/' && u[1] != '/';
	if (u[0] == '/' && u[1] == '/')
		return 0;
	size_t i = strcspn(u, ":/?#");
	if (u[i] != ':')
		return 1;
	return mdp_starts_with_ci(u, "http://") || mdp_starts_with_ci(u, "https://") ||
	       (mdp_starts_with_ci(u, "mailto:") && u[7] != '\0');
}

static int mdp_tag_allowed(const char *tag)
{
	static const char *const tags[] = {"p",  "br",     "h3",   "h4",  "h5",         "h6",
	                                   "em", "strong", "code", "pre", "blockquote", "ul",
	                                   "ol", "li",     "hr",   "a",   "img"};
	for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++)
		if (strcmp(tag, tags[i]) == 0)
			return 1;
	return 0;
}

static int mdp_attr_allowed(const char *tag, const char *name)
{
	if (strcmp(tag, "a") == 0)
		return strcmp(name, "href") == 0 || strcmp(name, "title") == 0;
	if (strcmp(tag, "img") == 0)
		return strcmp(name, "src") == 0 || strcmp(name, "alt") == 0 ||
		       strcmp(name, "title") == 0;
	if (strcmp(tag, "ol") == 0)
		return strcmp(name, "start") == 0;
	if (strcmp(tag, "code") == 0)
		return strcmp(name, "class") == 0;
	return 0;
}

/* One attribute value, decoded: its URL or form checked. Appends alt
 * texts to seen. -1 when not allowed. */
static long mdp_check_value(const char *name, const char *dec, size_t dlen, char *seen, size_t *o)
{
	if (strcmp(name, "href") == 0)
		return mdp_url_ok(dec, 0) ? 0 : -1;
	if (strcmp(name, "src") == 0)
		return mdp_url_ok(dec, 1) ? 0 : -1;
	if (strcmp(name, "start") == 0)
		return dlen > 0 && strspn(dec, "0123456789") == dlen ? 0 : -1;
	if (strcmp(name, "class") == 0)
		return strncmp(dec, "language-", 9) == 0 ? 0 : -1;
	if (strcmp(name, "alt") == 0 && seen) {
		memcpy(seen + *o, dec, dlen);
		*o += dlen;
	}
	return 0;
}

/* Walks h: every '<' opens one of cmark's tags with allowed attributes and
 * URLs, '>' and '"' only close tags and values, <a> has an href and <img>
 * a src. seen (strlen(h) + 1 bytes, or NULL) receives the text a reader
 * sees, alt texts included. Returns its length, or -1 on a violation. */
static long mdp_check_html(const char *h, char *seen)
{
	size_t o = 0;
	for (const char *p = h; *p;) {
		if (*p == '>' || *p == '"')
			return -1;
		if (*p != '<') {
			const char *lt = strchr(p, '<');
			size_t n = lt ? (size_t)(lt - p) : strlen(p);
			if (memchr(p, '>', n) || memchr(p, '"', n))
				return -1;
			char *tmp = malloc(n + 1);
			long d = tmp ? mdp_decode_entities(p, n, tmp) : -1;
			if (d >= 0 && seen)
				memcpy(seen + o, tmp, (size_t)d);
			free(tmp);
			if (d < 0)
				return -1;
			o += seen ? (size_t)d : 0;
			p += n;
			continue;
		}
		p++;
		int closing = *p == '/';
		if (closing)
			p++;
		char tag[16];
		size_t n = strspn(p, "abcdefghijklmnopqrstuvwxyz0123456789");
		if (n == 0 || n >= sizeof(tag))
			return -1;
		memcpy(tag, p, n);
		tag[n] = '\0';
		p += n;
		if (!mdp_tag_allowed(tag))
			return -1;
		int has_href = 0, has_src = 0;
		for (;;) {
			if (*p == '>') {
				p++;
				break;
			}
			if (!closing && strncmp(p, " />", 3) == 0) {
				p += 3;
				break;
			}
			if (closing || *p != ' ')
				return -1;
			p++;
			char name[16];
			size_t k = strspn(p, "abcdefghijklmnopqrstuvwxyz");
			if (k == 0 || k >= sizeof(name) || p[k] != '=' || p[k + 1] != '"')
				return -1;
			memcpy(name, p, k);
			name[k] = '\0';
			if (!mdp_attr_allowed(tag, name))
				return -1;
			const char *v = p + k + 2;
			size_t vlen = strcspn(v, "\"<>");
			if (v[vlen] != '"')
				return -1;
			char *dec = malloc(vlen + 1);
			long dlen = dec ? mdp_decode_entities(v, vlen, dec) : -1;
			long ok =
			    dlen < 0 ? -1 : mdp_check_value(name, dec, (size_t)dlen, seen, &o);
			free(dec);
			if (ok < 0)
				return -1;
			has_href |= strcmp(name, "href") == 0;
			has_src |= strcmp(name, "src") == 0;
			p = v + vlen + 1;
		}
		if ((!closing && strcmp(tag, "a") == 0 && !has_href) ||
		    (strcmp(tag, "img") == 0 && !has_src))
			return -1;
	}
	if (seen)
		seen[o] = '\0';
	return (long)o;
}

#endif
