/* {base}/search?q=&page= (moderate.h): MariaDB's full-text search over
 * topic titles and post bodies. /forum/search covers every forum the
 * member may read (the network's, open groups', their own groups'),
 * /g/SLUG/forum/search that group's forum. Deleted topics and deleted or
 * hidden posts never match. What the member typed reaches MATCH ...
 * AGAINST only as words without any operator (mod_search_terms), bound
 * as a parameter like every value. */
#include <string.h>

#include "markdown.h"
#include "moderate.h"

/* The words InnoDB's default stopword list holds that are long enough to
 * be searched for: the index leaves them out, so "+und*" would match
 * nothing and take every other word's hits with it. */
static const char *const stopwords[] = {"about", "are", "com",  "for",  "from", "how",
                                        "that",  "the", "this", "was",  "what", "when",
                                        "where", "who", "will", "with", "und",  "www"};

/* Bytes of the UTF-8 character at s (1 for a broken one) and its code
 * point in *cp. */
static size_t utf8_char(const unsigned char *s, unsigned *cp)
{
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	size_t n = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 1;
	if (n == 1) {
		*cp = 0xFFFD;
		return 1;
	}
	unsigned v = s[0] & (0x7F >> n);
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	*cp = v;
	return n;
}

/* Part of a word: ASCII letters, digits and '_' (what the full-text
 * parser counts as a word), and characters beyond ASCII but the
 * punctuation and spaces people type ("„", "–", "«", a no-break space). */
static int word_char(unsigned cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		       (cp >= '0' && cp <= '9') || cp == '_';
	return !(cp <= 0xBF || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
	         (cp >= 0x2E00 && cp <= 0x2E7F) || (cp >= 0x3000 && cp <= 0x303F) ||
	         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF0F) || cp == 0xFFFD);
}

static int stopword(const char *w)
{
	for (size_t i = 0; i < sizeof(stopwords) / sizeof(stopwords[0]); i++)
		if (strcmp(w, stopwords[i]) == 0)
			return 1;
	return 0;
}

const char *mod_search_terms(struct kp_arena *a, const char *q, const char **words, size_t *nwords)
{
	const unsigned char *s = (const unsigned char *)q;
	char *terms = kp_arena_alloc(a, 4 * strlen(q) + 1);
	if (!terms)
		return NULL;
	size_t t = 0;
	*nwords = 0;
	while (*s && *nwords < MOD_SEARCH_WORDS) {
		unsigned cp;
		size_t n = utf8_char(s, &cp);
		if (!word_char(cp)) {
			s += n;
			continue;
		}
		const unsigned char *start = s;
		size_t chars = 0;
		while (*s && (n = utf8_char(s, &cp)) && word_char(cp)) {
			s += n;
			chars++;
		}
		char *w = kp_arena_strndup(a, (const char *)start, (size_t)(s - start));
		if (!w)
			return NULL;
		for (char *c = w; *c; c++)
			if (*c >= 'A' && *c <= 'Z')
				*c = (char)(*c - 'A' + 'a');
		int seen = 0;
		for (size_t i = 0; i < *nwords; i++)
			seen |= strcmp(words[i], w) == 0;
		if (chars < MOD_SEARCH_WORD_MIN || seen || stopword(w))
			continue;
		words[(*nwords)++] = w;
		/* " +word*": the word must occur, as itself or as the start of a
		 * longer word ("Beratung" finds "Beratungsstelle"). */
		size_t n_w = strlen(w);
		if (t)
			terms[t++] = ' ';
		terms[t++] = '+';
		memcpy(terms + t, w, n_w);
		t += n_w;
		terms[t++] = '*';
		terms[t] = '\0';
	}
	return *nwords ? terms : NULL;
}

/* Case-insensitive (ASCII) strstr. */
static const char *find_word(const char *text, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = text; *p; p++)
		if (strncasecmp(p, w, n) == 0)
			return p;
	return NULL;
}

/* A piece of the post's plain text around the first of the words (its
 * beginning when none is found as typed), at most MOD_EXCERPT_BYTES
 * bytes, with "…" where something was left out. */
static const char *excerpt(struct kp_req *r, const char *body, const char *const *words,
                           size_t nwords)
{
	const char *text = kp_markdown_text(&r->arena, body, strlen(body), 0);
	if (!text)
		return NULL;
	const char *hit = NULL;
	for (size_t i = 0; i < nwords; i++) {
		const char *h = find_word(text, words[i]);
		if (h && (!hit || h < hit))
			hit = h;
	}
	const char *start = text;
	if (hit && hit - text > MOD_EXCERPT_BYTES / 3) {
		start = hit - MOD_EXCERPT_BYTES / 4;
		while (start > text && ((unsigned char)*start & 0xC0) == 0x80)
			start--;
		/* From the beginning of a word. */
		const char *space = strpbrk(start, " \n");
		if (space && space < hit)
			start = space + 1;
	}
	size_t len = strlen(start);
	int cut = len > MOD_EXCERPT_BYTES;
	if (cut) {
		len = MOD_EXCERPT_BYTES;
		while (len > 0 && ((unsigned char)start[len] & 0xC0) == 0x80)
			len--;
	}
	return kp_arena_printf(&r->arena, "%s%.*s%s", start > text ? "… " : "", (int)len, start,
	                       cut ? " …" : "");
}

static const struct kp_field search_fields[] = {
    {"q", MOD_SEARCH_Q_MAX, 0}, {"page", 9, 0}, {NULL, 0, 0}};

void forum_mod_search(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	if (!forum_scope_begin(r, args, &s))
		return;
	const char *bad = NULL;
	const char *pv = kp_query(r, "page");
	long long page = pv && *pv ? kp_parse_id(pv) : 1;
	if (kp_fields_check(&r->query_params, search_fields, &bad) != 0 || page < 0) {
		kp_log_req(r, "refused query field %s on %s", bad ? bad : "page", r->route);
		kp_error(r, 400);
		return;
	}
	kp_set(r, "Page.Title", kp_t(r, "ForumMod.Title.Search"));
	kp_set(r, "Page.Search.Action", kp_arena_printf(&r->arena, "%s/search", s.base));
	const char *q = kp_query(r, "q");
	if (!q) {
		kp_render(r, 200, "forum/search.cs");
		return;
	}
	q += strspn(q, " \t");
	size_t qlen = strlen(q);
	while (qlen > 0 && (q[qlen - 1] == ' ' || q[qlen - 1] == '\t'))
		qlen--;
	q = kp_arena_strndup(&r->arena, q, qlen);
	kp_form_value(r, "q", q);
	kp_set_int(r, "Page.Search.Asked", 1);
	if (s.access.group_id && *q)
		kp_set(
		    r, "Page.Search.AllLink",
		    kp_arena_printf(&r->arena, "/forum/search?q=%s", kp_url_encode(&r->arena, q)));
	const char *words[MOD_SEARCH_WORDS];
	size_t nwords = 0;
	const char *terms = mod_search_terms(&r->arena, q, words, &nwords);
	if (!terms) {
		kp_set_int(r, "Page.Search.TooShort", 1);
		kp_render(r, 200, "forum/search.cs");
		return;
	}
	/* Every forum the member reads (the filter binds the user's id), or
	 * this group's. */
	int all = s.access.group_id == 0;
	struct kp_val who = all ? KP_INT(r->user.id) : KP_INT(s.access.group_id);
	struct kp_val t = KP_STR(terms);
	struct kp_sql *stmt = &mod_sql[all ? MOD_SEARCH_ALL : MOD_SEARCH_GROUP];
	const long long per = MOD_RESULTS_PER_PAGE;
	if (page < 1)
		page = 1;
	struct kp_rows rows = {0};
	int rc = kp_db_select(&r->arena, stmt,
	                      KP_ARGS(t, t, who, t, t, who, KP_INT(per), KP_INT((page - 1) * per)),
	                      &rows);
	/* The total comes with the rows. A page past the end (an old link):
	 * learn the total from the first row, then show the last page. */
	if (rc == KP_DB_OK && rows.count == 0 && page > 1) {
		struct kp_rows first = {0};
		rc = kp_db_select(&r->arena, stmt,
		                  KP_ARGS(t, t, who, t, t, who, KP_INT(1), KP_INT(0)), &first);
		long long all_rows =
		    rc == KP_DB_OK && first.count ? kp_cell_int(&first, 0, MS_TOTAL) : 0;
		page = all_rows > 0 ? (all_rows + per - 1) / per : 1;
		if (rc == KP_DB_OK && all_rows > 0)
			rc = kp_db_select(
			    &r->arena, stmt,
			    KP_ARGS(t, t, who, t, t, who, KP_INT(per), KP_INT((page - 1) * per)),
			    &rows);
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_pager(r, rows.count ? kp_cell_int(&rows, 0, MS_TOTAL) : 0, page, per);
	for (size_t i = 0; i < rows.count; i++) {
		const char *slug = kp_cell(&rows, i, MS_GROUP_SLUG);
		const char *base =
		    slug ? kp_arena_printf(&r->arena, "/g/%s/forum", slug) : "/forum";
		long long post = kp_cell_int(&rows, i, MS_POST_ID);
		const char *topic = kp_cell(&rows, i, MS_TOPIC_ID);
		const char *body = kp_cell(&rows, i, MS_BODY);
		kp_setf(r, topic, "Page.Results.%zu.TopicId", i);
		kp_setf(r, kp_cell(&rows, i, MS_TITLE), "Page.Results.%zu.Title", i);
		kp_setf(r,
		        post ? kp_arena_printf(&r->arena, "%s/p/%lld", base, post)
		             : kp_arena_printf(&r->arena, "%s/t/%s", base, topic),
		        "Page.Results.%zu.Link", i);
		kp_setf(r, kp_cell(&rows, i, MS_CATEGORY), "Page.Results.%zu.Category", i);
		kp_setf(
		    r,
		    kp_arena_printf(&r->arena, "%s/c/%s", base, kp_cell(&rows, i, MS_CATEGORY_ID)),
		    "Page.Results.%zu.CategoryLink", i);
		kp_setf(r, base, "Page.Results.%zu.ForumLink", i);
		if (slug)
			kp_setf(r, kp_cell(&rows, i, MS_GROUP_NAME), "Page.Results.%zu.Group", i);
		if (body)
			kp_setf(r, excerpt(r, body, words, nwords), "Page.Results.%zu.Excerpt", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Results.%zu", i),
		            kp_cell(&rows, i, MS_LAST_POST_AT));
	}
	kp_set_int(r, "Page.Search.All", all);
	kp_set(r, "Page.Pager.Base", kp_arena_printf(&r->arena, "%s/search", s.base));
	kp_set(r, "Page.Pager.Query",
	       kp_arena_printf(&r->arena, "q=%s", kp_url_encode(&r->arena, q)));
	kp_render(r, 200, "forum/search.cs");
}
