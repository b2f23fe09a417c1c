/* /search?q=&kind=&group=&since=&page=: MariaDB's full-text search over
 * topics and posts, documents, events, people, organisations, offers and groups — only what
 * the member may read (each statement filters with access.h's SQL; see
 * home_sql.c), results grouped by kind with the matches highlighted
 * (home_highlight: the template escapes every piece and adds <mark>).
 *
 * kind=all (the default) shows the first SEARCH_PER_KIND hits of every
 * kind with a link to all of them; one kind is paginated. group= keeps
 * only content of that group (topics and posts; the other kinds belong
 * to no group and are left out), since=week|month|year only what is that
 * new (people have no date and are left out then).
 *
 * A kind is one entry of kinds[] below (a statement in home_sql.c, a
 * row function, Lang.Home.Search.Kinds.<name>). */
#include <string.h>

#include "home.h"
#include "markdown.h"

struct search {
	const char *terms;
	const char *const *words;
	size_t nwords;
	struct kp_val group; /* NULL: every group */
	struct kp_val days;  /* NULL: any age */
};

struct search_kind {
	const char *name;
	int grouped; /* has a group (searched with a group filter) */
	int dated;   /* has a date (searched with a since filter) */
	int (*run)(struct kp_req *r, const struct search *s, long long limit, long long offset,
	           struct kp_rows *out);
	size_t total_col;
	/* Fills item (e.g. "Page.Results.posts.Items.3") from row i. */
	void (*row)(struct kp_req *r, const char *item, const struct kp_rows *rows, size_t i,
	            const struct search *s);
};

/* Title and excerpt of a result; the excerpt from Markdown as plain text. */
static void title(struct kp_req *r, const char *item, const char *text, const struct search *s)
{
	home_highlight(r, kp_arena_printf(&r->arena, "%s.Title", item), text ? text : "", s->words,
	               s->nwords, 400);
}
static void excerpt(struct kp_req *r, const char *item, const char *md, const struct search *s)
{
	if (!md)
		return;
	const char *text = kp_markdown_text(&r->arena, md, strlen(md), 0);
	if (text && *text)
		home_highlight(r, kp_arena_printf(&r->arena, "%s.Text", item), text, s->words,
		               s->nwords, 240);
}
static void link(struct kp_req *r, const char *item, const char *href)
{
	kp_set(r, kp_arena_printf(&r->arena, "%s.Link", item), href);
}

static int run_posts(struct kp_req *r, const struct search *s, long long limit, long long offset,
                     struct kp_rows *out)
{
	struct kp_val t = KP_STR(s->terms), me = KP_INT(r->user.id);
	return kp_db_select(&r->arena, &home_sql[HOME_SEARCH_POSTS],
	                    KP_ARGS(t, t, me, s->group, s->group, s->days, s->days, t, t, me,
	                            s->group, s->group, s->days, s->days, KP_INT(limit),
	                            KP_INT(offset)),
	                    out);
}
static void row_posts(struct kp_req *r, const char *item, const struct kp_rows *rows, size_t i,
                      const struct search *s)
{
	const char *slug = kp_cell(rows, i, 4);
	const char *base = slug ? kp_arena_printf(&r->arena, "/g/%s/forum", slug) : "/forum";
	long long post = kp_cell_int(rows, i, 2);
	link(r, item,
	     post ? kp_arena_printf(&r->arena, "%s/p/%lld", base, post)
	          : kp_arena_printf(&r->arena, "%s/t/%s", base, kp_cell(rows, i, 0)));
	title(r, item, kp_cell(rows, i, 1), s);
	excerpt(r, item, kp_cell(rows, i, 3), s);
	kp_set(r, kp_arena_printf(&r->arena, "%s.Context", item),
	       slug ? kp_cell(rows, i, 5) : kp_t(r, "Home.Search.NetworkForum"));
	kp_set_time(r, kp_arena_printf(&r->arena, "%s.When", item), kp_cell(rows, i, 6));
}

static int run_events(struct kp_req *r, const struct search *s, long long limit, long long offset,
                      struct kp_rows *out)
{
	struct kp_val t = KP_STR(s->terms);
	return kp_db_select(&r->arena, &home_sql[HOME_SEARCH_EVENTS],
	                    KP_ARGS(t, KP_INT(r->user.id), s->group, s->group, s->days, s->days, t,
	                            KP_INT(limit), KP_INT(offset)),
	                    out);
}
/* An event: its title, where it is (or the description, where the words
 * are), the group or the network, its (first) date, and whether it was
 * cancelled — found, it must not look like it takes place. */
static void row_events(struct kp_req *r, const char *item, const struct kp_rows *rows, size_t i,
                       const struct search *s)
{
	const char *slug = kp_cell(rows, i, 4);
	link(r, item,
	     slug ? kp_arena_printf(&r->arena, "/g/%s/events/%s", slug, kp_cell(rows, i, 0))
	          : kp_arena_printf(&r->arena, "/events/%s", kp_cell(rows, i, 0)));
	title(r, item, kp_cell(rows, i, 1), s);
	const char *desc = kp_cell(rows, i, 2), *place = kp_cell(rows, i, 3);
	excerpt(r, item,
	        desc && place ? kp_arena_printf(&r->arena, "%s\n\n%s", place, desc)
	        : desc        ? desc
	                      : place,
	        s);
	const char *where = slug ? kp_cell(rows, i, 5) : kp_t(r, "Home.Search.NetworkEvents");
	kp_set(r, kp_arena_printf(&r->arena, "%s.Context", item),
	       kp_cell_int(rows, i, 7)
	           ? kp_arena_printf(&r->arena, "%s · %s", where, kp_t(r, "Home.Search.Cancelled"))
	           : where);
	kp_set_time(r, kp_arena_printf(&r->arena, "%s.When", item), kp_cell(rows, i, 6));
}

static int run_docs(struct kp_req *r, const struct search *s, long long limit, long long offset,
                    struct kp_rows *out)
{
	struct kp_val t = KP_STR(s->terms);
	return kp_db_select(&r->arena, &home_sql[HOME_SEARCH_DOCS],
	                    KP_ARGS(t, KP_INT(r->user.id), s->group, s->group, s->days, s->days, t,
	                            KP_INT(limit), KP_INT(offset)),
	                    out);
}
/* A document: its title, its description (or its tags, when they are
 * what matched and there is no description), its library, when it was
 * changed last. */
static void row_docs(struct kp_req *r, const char *item, const struct kp_rows *rows, size_t i,
                     const struct search *s)
{
	const char *slug = kp_cell(rows, i, 4);
	link(r, item,
	     slug ? kp_arena_printf(&r->arena, "/g/%s/docs/d/%s", slug, kp_cell(rows, i, 0))
	          : kp_arena_printf(&r->arena, "/docs/d/%s", kp_cell(rows, i, 0)));
	title(r, item, kp_cell(rows, i, 1), s);
	const char *desc = kp_cell(rows, i, 2), *tags = kp_cell(rows, i, 3);
	if (desc && *desc)
		excerpt(r, item, desc, s);
	else if (tags && *tags)
		home_highlight(r, kp_arena_printf(&r->arena, "%s.Text", item), tags, s->words,
		               s->nwords, 240);
	kp_set(r, kp_arena_printf(&r->arena, "%s.Context", item),
	       slug ? kp_cell(rows, i, 5) : kp_t(r, "Home.Search.NetworkDocs"));
	kp_set_time(r, kp_arena_printf(&r->arena, "%s.When", item), kp_cell(rows, i, 6));
}

static int run_people(struct kp_req *r, const struct search *s, long long limit, long long offset,
                      struct kp_rows *out)
{
	struct kp_val t = KP_STR(s->terms);
	return kp_db_select(&r->arena, &home_sql[HOME_SEARCH_PEOPLE],
	                    KP_ARGS(t, t, t, t, KP_INT(limit), KP_INT(offset)), out);
}
static void row_people(struct kp_req *r, const char *item, const struct kp_rows *rows, size_t i,
                       const struct search *s)
{
	link(r, item, kp_arena_printf(&r->arena, "/people/%s", kp_cell(rows, i, 0)));
	title(r, item, kp_cell(rows, i, 1), s);
	if (kp_cell(rows, i, 2))
		kp_set(r, kp_arena_printf(&r->arena, "%s.Context", item), kp_cell(rows, i, 2));
	excerpt(r, item, kp_cell(rows, i, 3), s);
}

static int run_orgs(struct kp_req *r, const struct search *s, long long limit, long long offset,
                    struct kp_rows *out)
{
	struct kp_val t = KP_STR(s->terms);
	return kp_db_select(&r->arena, &home_sql[HOME_SEARCH_ORGS],
	                    KP_ARGS(t, s->days, s->days, t, KP_INT(limit), KP_INT(offset)), out);
}
static void row_orgs(struct kp_req *r, const char *item, const struct kp_rows *rows, size_t i,
                     const struct search *s)
{
	link(r, item, kp_arena_printf(&r->arena, "/orgs/%s", kp_cell(rows, i, 0)));
	title(r, item, kp_cell(rows, i, 1), s);
	excerpt(r, item, kp_cell(rows, i, 2), s);
}

static int run_offers(struct kp_req *r, const struct search *s, long long limit, long long offset,
                      struct kp_rows *out)
{
	struct kp_val t = KP_STR(s->terms);
	return kp_db_select(&r->arena, &home_sql[HOME_SEARCH_OFFERS],
	                    KP_ARGS(t, s->days, s->days, t, KP_INT(limit), KP_INT(offset)), out);
}
static void row_offers(struct kp_req *r, const char *item, const struct kp_rows *rows, size_t i,
                       const struct search *s)
{
	link(r, item,
	     kp_arena_printf(&r->arena, "/orgs/%s/offers/%s", kp_cell(rows, i, 1),
	                     kp_cell(rows, i, 0)));
	title(r, item, kp_cell(rows, i, 2), s);
	excerpt(r, item, kp_cell(rows, i, 3), s);
	kp_set(r, kp_arena_printf(&r->arena, "%s.Context", item), kp_cell(rows, i, 4));
}

static int run_groups(struct kp_req *r, const struct search *s, long long limit, long long offset,
                      struct kp_rows *out)
{
	struct kp_val t = KP_STR(s->terms);
	return kp_db_select(
	    &r->arena, &home_sql[HOME_SEARCH_GROUPS],
	    KP_ARGS(t, KP_INT(r->user.id), s->days, s->days, t, KP_INT(limit), KP_INT(offset)),
	    out);
}
static void row_groups(struct kp_req *r, const char *item, const struct kp_rows *rows, size_t i,
                       const struct search *s)
{
	link(r, item, kp_arena_printf(&r->arena, "/g/%s", kp_cell(rows, i, 0)));
	title(r, item, kp_cell(rows, i, 1), s);
	excerpt(r, item, kp_cell(rows, i, 2), s);
	kp_set(r, kp_arena_printf(&r->arena, "%s.Visibility", item), kp_cell(rows, i, 3));
}

static const struct search_kind kinds[] = {
    {"posts", 1, 1, run_posts, 7, row_posts},    {"docs", 1, 1, run_docs, 7, row_docs},
    {"events", 1, 1, run_events, 8, row_events}, {"groups", 0, 1, run_groups, 4, row_groups},
    {"people", 0, 0, run_people, 4, row_people}, {"orgs", 0, 1, run_orgs, 3, row_orgs},
    {"offers", 0, 1, run_offers, 5, row_offers},
};
#define KIND_COUNT (sizeof(kinds) / sizeof(kinds[0]))

static const struct {
	const char *name;
	long long days;
} ages[] = {{"week", 7}, {"month", 31}, {"year", 365}};

static const struct kp_field search_fields[] = {{"q", SEARCH_Q_MAX, 0}, {"kind", 16, 0},
                                                {"group", 18, 0},       {"since", 8, 0},
                                                {"page", 9, 0},         {NULL, 0, 0}};

/* One kind's results: Page.Results.<name>.Total / .Items.N.*. */
static int search_kind(struct kp_req *r, const struct search_kind *k, const struct search *s,
                       long long per, long long page, int paged)
{
	struct kp_rows rows = {0};
	int rc = k->run(r, s, per, (page - 1) * per, &rows);
	/* A page past the end (an old link): the last page there is. */
	if (rc == KP_DB_OK && paged && rows.count == 0 && page > 1) {
		struct kp_rows first = {0};
		rc = k->run(r, s, 1, 0, &first);
		long long total =
		    rc == KP_DB_OK && first.count ? kp_cell_int(&first, 0, k->total_col) : 0;
		page = total > 0 ? (total + per - 1) / per : 1;
		if (rc == KP_DB_OK && total > 0)
			rc = k->run(r, s, per, (page - 1) * per, &rows);
	}
	if (rc != KP_DB_OK)
		return rc;
	long long total = rows.count ? kp_cell_int(&rows, 0, k->total_col) : 0;
	if (paged)
		kp_pager(r, total, page, per);
	kp_setf(r, kp_arena_printf(&r->arena, "%lld", total), "Page.Results.%s.Total", k->name);
	for (size_t i = 0; i < rows.count; i++)
		k->row(r, kp_arena_printf(&r->arena, "Page.Results.%s.Items.%zu", k->name, i),
		       &rows, i, s);
	return KP_DB_OK;
}

/* The groups of the group filter: every group whose content the member
 * reads. */
static int group_choices(struct kp_req *r, long long chosen)
{
	struct kp_rows g;
	int rc = kp_db_select(&r->arena, &home_sql[HOME_SEARCH_GROUP_CHOICES],
	                      KP_ARGS(KP_INT(r->user.id)), &g);
	for (size_t i = 0; rc == KP_DB_OK && i < g.count; i++) {
		kp_setf(r, kp_cell(&g, i, 0), "Page.GroupChoices.%zu.Id", i);
		kp_setf(r, kp_cell(&g, i, 1), "Page.GroupChoices.%zu.Name", i);
		if (kp_cell_int(&g, i, 0) == chosen)
			kp_setf(r, "1", "Page.GroupChoices.%zu.Chosen", i);
	}
	return rc;
}

void home_search(struct kp_req *r, const char *const *args)
{
	const char *bad = NULL;
	const char *pv = kp_query(r, "page"), *kv = kp_query(r, "kind");
	const char *gv = kp_query(r, "group"), *sv = kp_query(r, "since");
	long long page = pv && *pv ? kp_parse_id(pv) : 1;
	long long group = gv && *gv ? kp_parse_id(gv) : 0;
	const struct search_kind *only = NULL;
	int kind_ok = !kv || !*kv || strcmp(kv, "all") == 0;
	for (size_t i = 0; i < KIND_COUNT && !kind_ok; i++)
		if (strcmp(kv, kinds[i].name) == 0) {
			only = &kinds[i];
			kind_ok = 1;
		}
	long long days = 0;
	int since_ok = !sv || !*sv || strcmp(sv, "any") == 0;
	for (size_t i = 0; i < sizeof(ages) / sizeof(ages[0]) && !since_ok; i++)
		if (strcmp(sv, ages[i].name) == 0) {
			days = ages[i].days;
			since_ok = 1;
		}
	if (kp_fields_check(&r->query_params, search_fields, &bad) != 0 || page < 0 || group < 0 ||
	    !kind_ok || !since_ok) {
		kp_log_req(r, "refused query on %s (%s)", r->route, bad ? bad : "a filter's value");
		kp_error(r, 400);
		return;
	}
	if (page < 1)
		page = 1;
	kp_set(r, "Page.Title", kp_t(r, "Home.Search.Title"));
	kp_set(r, "Page.Kind", only ? only->name : "all");
	kp_set(r, "Page.Since", days ? sv : "any");
	int rc = group_choices(r, group);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	const char *q = kp_query(r, "q");
	if (!q) {
		kp_render(r, 200, "home/search.cs");
		return;
	}
	q += strspn(q, " \t");
	size_t qlen = strlen(q);
	while (qlen > 0 && (q[qlen - 1] == ' ' || q[qlen - 1] == '\t'))
		qlen--;
	q = kp_arena_strndup(&r->arena, q, qlen);
	kp_form_value(r, "q", q);
	kp_set_int(r, "Page.Asked", 1);
	const char *words[SEARCH_WORDS];
	struct search s = {.words = words,
	                   .group = group ? KP_INT(group) : KP_NULLV,
	                   .days = days ? KP_INT(days) : KP_NULLV};
	if (home_search_terms(&r->arena, q, words, &s.nwords, &s.terms) != 0) {
		kp_error(r, 500);
		return;
	}
	if (!s.terms) {
		kp_set_int(r, "Page.TooShort", 1);
		kp_render(r, 200, "home/search.cs");
		return;
	}
	/* The filters, kept on every link (pager, "all results of a kind"). */
	const char *query = kp_arena_printf(&r->arena, "q=%s", kp_url_encode(&r->arena, q));
	if (group)
		query = kp_arena_printf(&r->arena, "%s&group=%lld", query, group);
	if (days)
		query = kp_arena_printf(&r->arena, "%s&since=%s", query, sv);
	kp_set(r, "Page.Query", query);
	for (size_t i = 0; i < KIND_COUNT && rc == KP_DB_OK; i++) {
		const struct search_kind *k = &kinds[i];
		if ((only && k != only) || (group && !k->grouped) || (days && !k->dated)) {
			if (!only || k == only)
				kp_setf(r, "1", "Page.Skipped.%s", k->name);
			continue;
		}
		rc = only ? search_kind(r, k, &s, SEARCH_PER_PAGE, page, 1)
		          : search_kind(r, k, &s, SEARCH_PER_KIND, 1, 0);
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (only)
		kp_set(r, "Page.Pager.Query",
		       kp_arena_printf(&r->arena, "%s&kind=%s", query, only->name));
	kp_render(r, 200, "home/search.cs");
}
