/* /groups: the groups the user may know of (KP_ACCESS_KNOWN_GROUP: every
 * group but the private ones they are neither in nor invited to), by
 * name, 25 a page, each with picture, the start of its description,
 * visibility, member count, archived marker and the user's own state.
 * Filters in the URL, so a search can be bookmarked: ?mine=1 (groups the
 * user is in, invited to or asked to join), ?q= (the name contains). One
 * statement a page (pages_sql.c). */
#include <string.h>

#include "markdown.h"
#include "pages.h"

static const struct kp_field list_fields[] = {
    {"q", 400, 0},
    {"mine", 1, 0},
    {"page", 20, 0},
    {NULL, 0, 0},
};

/* Characters of a description shown in the list. */
#define EXCERPT_CHARS 200

/* The start of a description as plain text on one line: at most
 * EXCERPT_CHARS characters, cut after a word where one ends near the
 * limit, "…" when something was cut. NULL when there is nothing to show. */
static const char *excerpt(struct kp_req *r, const char *md)
{
	if (!md || !*md)
		return NULL;
	char *t = kp_markdown_text(&r->arena, md, strlen(md), 0);
	if (!t || !*t)
		return NULL;
	for (char *c = t; *c; c++)
		if (*c == '\n' || *c == '\t')
			*c = ' ';
	size_t n = 0, chars = 0, space = 0;
	while (t[n] && chars < EXCERPT_CHARS) {
		if (((unsigned char)t[n] & 0xC0) != 0x80)
			chars++;
		n++;
		while (t[n] && ((unsigned char)t[n] & 0xC0) == 0x80)
			n++;
		if (t[n] == ' ' && chars > EXCERPT_CHARS - 40)
			space = n;
	}
	if (!t[n])
		return t;
	if (space)
		n = space;
	while (n > 0 && t[n - 1] == ' ')
		n--;
	return kp_arena_printf(&r->arena, "%.*s …", (int)n, t);
}

/* LIKE pattern (arena) for the name search: "%q%", its own %, _ and \
 * match themselves; NULL when the arena is out of memory. */
static const char *like_pattern(struct kp_req *r, const char *q)
{
	char *p = kp_arena_alloc(&r->arena, 2 * strlen(q) + 3);
	if (!p)
		return NULL;
	size_t o = 0;
	p[o++] = '%';
	for (const char *c = q; *c; c++) {
		if (*c == '%' || *c == '_' || *c == '\\')
			p[o++] = '\\';
		p[o++] = *c;
	}
	p[o++] = '%';
	p[o] = '\0';
	return p;
}

/* The page number (?page=N, from 1), -1 for anything but a number. */
static long long page_param(struct kp_req *r)
{
	const char *v = kp_query(r, "page");
	if (!v || !*v)
		return 1;
	long long n = kp_parse_id(v);
	return n >= 1 ? n : -1;
}

void groups_list(struct kp_req *r, const char *const *args)
{
	(void)args;
	if (!pages_fields_ok(r, &r->query_params, list_fields))
		return;
	const char *mine_v = kp_query(r, "mine");
	if (mine_v && *mine_v && strcmp(mine_v, "1") != 0 && strcmp(mine_v, "0") != 0) {
		kp_error(r, 400);
		return;
	}
	int mine = mine_v && strcmp(mine_v, "1") == 0;
	/* Blanks around the search text are not part of what is searched. */
	const char *qv = kp_query(r, "q") ? kp_query(r, "q") : "";
	while (*qv == ' ')
		qv++;
	size_t qn = strlen(qv);
	while (qn > 0 && qv[qn - 1] == ' ')
		qn--;
	const char *q = kp_arena_strndup(&r->arena, qv, qn);
	const char *pattern = q ? like_pattern(r, q) : NULL;
	/* The arena out of memory: busy, try again (as a database that is
	 * down). */
	if (!pattern) {
		kp_error(r, 503);
		return;
	}
	/* A page outside the range is not there, as the forum's pages. */
	long long page = page_param(r);
	if (page < 1 || page > 1000000) {
		kp_error(r, 404);
		return;
	}
	int may_create = 0;
	struct kp_rows rows;
	int rc = kp_db_select(&r->arena, &pages_sql[PAGES_LIST],
	                      KP_ARGS(KP_INT(r->user.id), KP_INT(r->user.id), KP_INT(mine),
	                              KP_STR(q), KP_STR(pattern), KP_INT(GROUPS_PER_PAGE),
	                              KP_INT((page - 1) * GROUPS_PER_PAGE)),
	                      &rows);
	if (rc == KP_DB_OK)
		rc = kp_access_create_group(r, &may_create);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (rows.count == 0 && page > 1) {
		kp_error(r, 404);
		return;
	}
	long long total = rows.count ? kp_cell_int(&rows, 0, PL_TOTAL) : 0;
	kp_pager(r, total, page, GROUPS_PER_PAGE);
	for (size_t i = 0; i < rows.count; i++) {
		const char *name = kp_cell(&rows, i, PL_NAME);
		kp_setf(r, kp_cell(&rows, i, PL_SLUG), "Page.Groups.%zu.Slug", i);
		kp_setf(r, name, "Page.Groups.%zu.Name", i);
		kp_setf(r, pages_initial(r, name), "Page.Groups.%zu.Initial", i);
		const char *text = excerpt(r, kp_cell(&rows, i, PL_DESCRIPTION));
		if (text)
			kp_setf(r, text, "Page.Groups.%zu.Excerpt", i);
		kp_setf(r, kp_cell(&rows, i, PL_VISIBILITY), "Page.Groups.%zu.Visibility", i);
		kp_setf(r, kp_cell(&rows, i, PL_MEMBERS), "Page.Groups.%zu.Members", i);
		kp_setf(r, kp_cell(&rows, i, PL_ARCHIVED), "Page.Groups.%zu.Archived", i);
		kp_setf(r, kp_cell(&rows, i, PL_PICTURE), "Page.Groups.%zu.HasPicture", i);
		const char *state = kp_cell(&rows, i, PL_STATE);
		if (state) {
			kp_setf(r, state, "Page.Groups.%zu.State", i);
			if (strcmp(state, "active") == 0)
				kp_setf(r, kp_cell(&rows, i, PL_ROLE), "Page.Groups.%zu.Role", i);
		}
	}
	kp_set(r, "Page.Filter.Q", q);
	kp_set_int(r, "Page.Filter.Mine", mine);
	kp_set_int(r, "Page.CanCreate", may_create);
	/* The pager's links keep the filters that are set, and only those. */
	const char *query =
	    kp_arena_printf(&r->arena, "%s%s%s", *q ? "&q=" : "",
	                    *q ? kp_url_encode(&r->arena, q) : "", mine ? "&mine=1" : "");
	if (*query)
		kp_set(r, "Page.Pager.Query", query + 1);
	if (page > 1)
		kp_set(r, "Page.Title",
		       kp_arena_printf(&r->arena, "%s – %s %lld", kp_t(r, "Groups.Title"),
		                       kp_t(r, "Groups.List.PageN"), page));
	else
		kp_set(r, "Page.Title", kp_t(r, "Groups.Title"));
	kp_render(r, 200, "groups/list.cs");
}
