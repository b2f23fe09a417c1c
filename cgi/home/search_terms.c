/* What a member typed into the search, made into MATCH words, and the
 * highlighting of those words in a result (home.h). The full-text
 * parser's operators (+ - < > ( ) ~ * " @) never reach MATCH: only runs of
 * word characters survive, and each becomes "+word*" (the word must
 * occur, also as the start of a longer one: "Beratung" finds
 * "Beratungsstelle", as far as MariaDB goes for German word forms). */
#include <string.h>

#include "home.h"

/* InnoDB's default stopwords of three letters and more: the index has
 * none of them, so a required "+the*" would match nothing at all. */
static const char *const ignored[] = {"about", "and",  "are",  "com", "for",  "from", "how",
                                      "that",  "the",  "this", "was", "what", "when", "where",
                                      "who",   "will", "with", "und", "www"};

/* The code point at s and its length in bytes (1 for a stray byte, which
 * becomes U+FFFD). The input passed the request parser's UTF-8 check. */
static size_t next_cp(const unsigned char *s, unsigned *cp)
{
	size_t len = s[0] < 0x80 ? 1 : s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 0;
	if (len == 0) {
		*cp = 0xFFFD;
		return 1;
	}
	unsigned v = len == 1 ? s[0] : s[0] & (0xFFu >> (len + 1));
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3Fu);
	}
	*cp = v;
	return len;
}

/* Letters and digits as the full-text parser sees them: ASCII letters,
 * digits and '_', and everything beyond ASCII except the punctuation,
 * quotes and spaces people type ("„", "–", "«", no-break space). */
static int is_word(unsigned cp)
{
	if (cp < 0x80)
		return (cp | 0x20) - 'a' < 26 || cp - '0' < 10 || cp == '_';
	if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD)
		return 0;
	return !((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x2E00 && cp <= 0x2E7F) ||
	         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F));
}

/* Lower case for ASCII and the Latin-1 letters (Ä → ä): enough to find
 * a German word again however it was capitalised. */
static unsigned lower(unsigned cp)
{
	if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7))
		return cp + 0x20;
	return cp;
}

/* The letter without its accent for the Latin-1 letters MariaDB's
 * collation (utf8mb4_unicode_ci) counts as that letter, so that the
 * marks fall where the search matched: "Gottingen" finds and marks
 * "Göttingen". Lower case first. Letters that stand for two (ß, æ, þ)
 * stay as they are. */
static unsigned plain(unsigned cp)
{
	static const char map[] = "aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0\0"
	                          "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y";
	cp = lower(cp);
	if (cp >= 0xC0 && cp <= 0xFF && map[cp - 0xC0])
		return (unsigned char)map[cp - 0xC0];
	return cp;
}

int home_search_terms(struct kp_arena *a, const char *q, const char **words, size_t *nwords,
                      const char **terms)
{
	*nwords = 0;
	*terms = NULL;
	/* "+" and "*" around each word, a space between: 3 more bytes a word
	 * at most, and a lowered Latin-1 letter keeps its length. */
	char *out = kp_arena_alloc(a, strlen(q) + 3 * SEARCH_WORDS + 1);
	if (!out)
		return -1;
	size_t o = 0;
	const unsigned char *s = (const unsigned char *)q;
	while (*s && *nwords < SEARCH_WORDS) {
		unsigned cp;
		size_t n = next_cp(s, &cp);
		if (!is_word(cp)) {
			s += n;
			continue;
		}
		/* One word: copied lower-cased, its characters counted. */
		char *w = kp_arena_alloc(a, strlen((const char *)s) + 1);
		if (!w)
			return -1;
		size_t wl = 0, chars = 0;
		while (*s && (n = next_cp(s, &cp)) && is_word(cp)) {
			unsigned l = lower(cp);
			if (l != cp && cp < 0x80) {
				w[wl++] = (char)l;
			} else if (l != cp) {
				w[wl++] = (char)(0xC0 | (l >> 6));
				w[wl++] = (char)(0x80 | (l & 0x3F));
			} else {
				memcpy(w + wl, s, n);
				wl += n;
			}
			s += n;
			chars++;
		}
		w[wl] = '\0';
		int skip = chars < SEARCH_WORD_MIN;
		for (size_t i = 0; !skip && i < sizeof(ignored) / sizeof(ignored[0]); i++)
			skip = strcmp(w, ignored[i]) == 0;
		for (size_t i = 0; !skip && i < *nwords; i++)
			skip = strcmp(w, words[i]) == 0;
		if (skip)
			continue;
		words[(*nwords)++] = w;
		if (o)
			out[o++] = ' ';
		out[o++] = '+';
		memcpy(out + o, w, wl);
		o += wl;
		out[o++] = '*';
	}
	out[o] = '\0';
	if (*nwords)
		*terms = out;
	return 0;
}

/* Bytes of text at p that spell word w (w is lower-cased), or 0. */
static size_t spells(const unsigned char *p, const char *w)
{
	const unsigned char *t = p, *x = (const unsigned char *)w;
	while (*x) {
		unsigned a, b;
		if (!*t)
			return 0;
		size_t na = next_cp(t, &a), nb = next_cp(x, &b);
		if (plain(a) != plain(b))
			return 0;
		t += na;
		x += nb;
	}
	return (size_t)(t - p);
}

/* The longest of the words that starts a word of the text at p. */
static size_t hit_at(const unsigned char *start, const unsigned char *p, const char *const *words,
                     size_t nwords)
{
	if (p > start) {
		/* Only at the start of a word: step back to the character
		 * before p. */
		const unsigned char *b = p - 1;
		while (b > start && (*b & 0xC0) == 0x80)
			b--;
		unsigned cp;
		next_cp(b, &cp);
		if (is_word(cp))
			return 0;
	}
	size_t best = 0;
	for (size_t i = 0; i < nwords; i++) {
		size_t n = spells(p, words[i]);
		if (n > best)
			best = n;
	}
	return best;
}

static void piece(struct kp_req *r, const char *name, size_t *k, const char *s, size_t len,
                  int mark)
{
	if (!len)
		return;
	kp_setf(r, kp_arena_strndup(&r->arena, s, len), "%s.%zu.Text", name, *k);
	kp_setf(r, mark ? "1" : "0", "%s.%zu.Mark", name, *k);
	(*k)++;
}

void home_highlight(struct kp_req *r, const char *name, const char *text, const char *const *words,
                    size_t nwords, size_t max)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t len = strlen(text);
	/* The window: from a little before the first hit (at a space), at
	 * most max bytes, ending on a whole character. */
	const unsigned char *from = t, *end = t + len;
	if (len > max) {
		const unsigned char *first = NULL;
		for (const unsigned char *p = t; *p && !first; p++)
			if ((*p & 0xC0) != 0x80 && hit_at(t, p, words, nwords))
				first = p;
		if (first && (size_t)(first - t) > max / 3) {
			from = first - max / 4;
			const unsigned char *space = memchr(from, ' ', (size_t)(first - from));
			from = space ? space + 1 : first;
		}
		end = from + max < t + len ? from + max : t + len;
		while (end > from && end < t + len && (*end & 0xC0) == 0x80)
			end--;
	}
	size_t k = 0;
	if (from > t)
		piece(r, name, &k, "… ", strlen("… "), 0);
	const unsigned char *plain = from;
	for (const unsigned char *p = from; p < end;) {
		size_t n = (*p & 0xC0) != 0x80 ? hit_at(t, p, words, nwords) : 0;
		if (n && p + n <= end) {
			piece(r, name, &k, (const char *)plain, (size_t)(p - plain), 0);
			piece(r, name, &k, (const char *)p, n, 1);
			p += n;
			plain = p;
		} else {
			p++;
		}
	}
	piece(r, name, &k, (const char *)plain, (size_t)(end - plain), 0);
	if (end < t + len)
		piece(r, name, &k, " …", strlen(" …"), 0);
}
