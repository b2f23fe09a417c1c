/* /people: the member directory. Text search over name and position,
 * filters by field of action, language and municipality, three orders
 * (name, newest first, municipality), 25 a page; filters and order live
 * in the URL, so a search can be bookmarked and shared. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "people.h"
#include "view.h"

#define PER_PAGE 25

static const struct kp_field list_fields[] = {
    {"q", 200, 0},   {"field", 6, 0}, {"lang", 2, 0}, {"municipality", 6, 0},
    {"sort", 12, 0}, {"page", 9, 0},  {NULL, 0, 0},
};

/* The orders of the list: the value of ?sort=, its place in a set's
 * statements and, when a page without filters is a stretch of an index,
 * the statement that reads it (people.h; else 0). The first is the default
 * (an absent or empty sort). */
static const struct {
	const char *name;
	int order, active;
} orders[] = {
    {"name", PPL_ORDER_NAME, PPL_ACTIVE_BY_NAME},
    {"new", PPL_ORDER_NEW, PPL_ACTIVE_BY_NEW},
    {"municipality", PPL_ORDER_MUNICIPALITY, 0},
};

/* The index in orders[] of a ?sort= value, or -1 when there is no such
 * order. */
static int order_of(const char *sort)
{
	if (!*sort)
		return 0;
	for (size_t i = 0; i < sizeof(orders) / sizeof(orders[0]); i++)
		if (strcmp(sort, orders[i].name) == 0)
			return (int)i;
	return -1;
}

/* The choices of the filter form (also used by the profile form). */
int people_choices(struct kp_req *r)
{
	struct kp_rows f, l, m;
	int rc = kp_db_select(&r->arena, &people_sql[PPL_ALL_FIELDS], KP_ARGS(KP_STR(r->lang)), &f);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &people_sql[PPL_ALL_LANGS], KP_ARGS(KP_STR(r->lang)),
		                  &l);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &people_sql[PPL_ALL_MUNICIPALITIES], KP_NOARGS, &m);
	if (rc != KP_DB_OK)
		return rc;
	for (size_t i = 0; i < f.count; i++) {
		kp_setf(r, kp_cell(&f, i, 0), "Page.Fields.%zu.Id", i);
		kp_setf(r, kp_cell(&f, i, 1), "Page.Fields.%zu.Name", i);
	}
	for (size_t i = 0; i < l.count; i++) {
		kp_setf(r, kp_cell(&l, i, 0), "Page.Languages.%zu.Code", i);
		kp_setf(r, kp_cell(&l, i, 1), "Page.Languages.%zu.Name", i);
	}
	for (size_t i = 0; i < m.count; i++) {
		kp_setf(r, kp_cell(&m, i, 0), "Page.Municipalities.%zu.Id", i);
		kp_setf(r, kp_cell(&m, i, 1), "Page.Municipalities.%zu.Name", i);
	}
	return KP_DB_OK;
}

/* The ids of the page's members (at most PER_PAGE) and the pager
 * (Page.Pager.*). all: no filter and no search, every active member;
 * vals[0..nvals) are the values of the set's statements before LIMIT and
 * OFFSET, with room for these two (people.h). */
static int page_ids(struct kp_req *r, int all, int set, int order, struct kp_val *vals,
                    size_t nvals, long long page, struct kp_rows *ids)
{
	struct kp_rows count;
	long long offset = page > 1 ? (page - 1) * PER_PAGE : 0;
	ids->count = 0;
	if (all && orders[order].active) {
		/* Count them on an index, then read the page from another. */
		int rc = kp_db_select(&r->arena, &people_sql[PPL_ACTIVE_COUNT], KP_NOARGS, &count);
		if (rc != KP_DB_OK)
			return rc;
		long long total = kp_cell_int(&count, 0, 0);
		offset = kp_pager(r, total, page, PER_PAGE);
		return total == 0 ? KP_DB_OK
		                  : kp_db_select(&r->arena, &people_sql[orders[order].active],
		                                 KP_ARGS(KP_INT(PER_PAGE), KP_INT(offset)), ids);
	}
	/* The page asked for, then how many were found in all; a page beyond
	 * the last is asked again as the last. */
	struct kp_sql *sql = &people_sql[PPL_PAGE_STMT(set, orders[order].order)];
	vals[nvals] = KP_INT(PER_PAGE);
	vals[nvals + 1] = KP_INT(offset);
	int rc = kp_db_select(&r->arena, sql, vals, nvals + 2, ids);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &people_sql[PPL_FOUND_ROWS], KP_NOARGS, &count);
	if (rc != KP_DB_OK)
		return rc;
	long long total = kp_cell_int(&count, 0, 0);
	long long last = kp_pager(r, total, page, PER_PAGE);
	/* FOUND_ROWS() after a reconnect in between would not be this one's. */
	if (ids->count > 0 && total < offset + (long long)ids->count)
		return KP_DB_ERROR;
	if (last == offset || total == 0)
		return KP_DB_OK;
	vals[nvals + 1] = KP_INT(last);
	return kp_db_select(&r->arena, sql, vals, nvals + 2, ids);
}

/* The details of the page's members, in the order of their ids: these
 * (at most PER_PAGE) only, as a JSON array ("[12,7]": up to 20 digits and
 * a comma each, the brackets and the end). */
static int page_details(struct kp_req *r, const struct kp_rows *ids, struct kp_rows *rows)
{
	size_t size = ids->count * 21 + 3, o = 0;
	char *list = kp_arena_alloc(&r->arena, size);
	if (!list)
		return KP_DB_ERROR;
	for (size_t i = 0; i < ids->count; i++)
		o += (size_t)snprintf(list + o, size - o, "%c%lld", i ? ',' : '[',
		                      kp_cell_int(ids, i, 0));
	strcat(list, "]");
	return kp_db_select(&r->arena, &people_sql[PPL_PAGE_DETAILS], KP_ARGS(KP_STR(list)), rows);
}

void people_list(struct kp_req *r, const char *const *args)
{
	const char *bad = NULL;
	if (kp_fields_check(&r->query_params, list_fields, &bad) != 0) {
		kp_error(r, 400);
		return;
	}
	/* Blanks around the search text are not part of what is searched. */
	char *q = kp_arena_strdup(&r->arena, kp_query(r, "q") ? kp_query(r, "q") : "");
	while (*q == ' ')
		q++;
	for (size_t n = strlen(q); n > 0 && q[n - 1] == ' '; n--)
		q[n - 1] = '\0';
	const char *lang = kp_query(r, "lang") ? kp_query(r, "lang") : "";
	long long field = query_number(r, "field", 0);
	long long municipality = query_number(r, "municipality", 0);
	long long page = query_number(r, "page", 1);
	int order = order_of(kp_query(r, "sort") ? kp_query(r, "sort") : "");
	if (field < 0 || municipality < 0 || page < 0 || order < 0 ||
	    (*lang && strlen(lang) != 2)) {
		kp_error(r, 400);
		return;
	}
	const char *like = like_pattern(r, q);
	/* The set of filters (people.h) and the statements' values: q, then
	 * the filters of the set (then LIMIT and OFFSET: page_ids). */
	int set = 0;
	struct kp_val vals[8];
	size_t nvals = 0;
	vals[nvals++] = KP_STR(q);
	vals[nvals++] = KP_STR(like);
	vals[nvals++] = KP_STR(like);
	if (field) {
		set |= PPL_SET_FIELD;
		vals[nvals++] = KP_INT(field);
	}
	if (*lang) {
		set |= PPL_SET_LANG;
		vals[nvals++] = KP_STR(lang);
	}
	if (municipality) {
		set |= PPL_SET_MUNICIPALITY;
		vals[nvals++] = KP_INT(municipality);
	}
	struct kp_rows ids, rows = {0};
	int rc = page_ids(r, set == 0 && !*q, set, order, vals, nvals, page, &ids);
	if (rc == KP_DB_OK && ids.count > 0)
		rc = page_details(r, &ids, &rows);
	if (rc == KP_DB_OK)
		rc = people_choices(r);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++) {
		kp_setf(r, kp_cell(&rows, i, 0), "Page.People.%zu.Id", i);
		kp_setf(r, kp_cell(&rows, i, 1), "Page.People.%zu.Name", i);
		kp_setf(r, kp_cell(&rows, i, 2), "Page.People.%zu.Position", i);
		kp_setf(r, kp_cell(&rows, i, 3), "Page.People.%zu.Municipality", i);
	}
	kp_set(r, "Page.Filter.Q", q);
	kp_set_int(r, "Page.Filter.Field", field);
	kp_set(r, "Page.Filter.Lang", lang);
	kp_set_int(r, "Page.Filter.Municipality", municipality);
	kp_set(r, "Page.Filter.Sort", orders[order].name);
	/* The pager's links keep the filters that are set and an order other
	 * than the default, and only those. */
	const char *query = kp_arena_printf(
	    &r->arena, "%s%s%s%s%s%s%s%s%s%s", *q ? "&q=" : "",
	    *q ? kp_url_encode(&r->arena, q) : "", field ? "&field=" : "",
	    field ? kp_arena_printf(&r->arena, "%lld", field) : "", *lang ? "&lang=" : "",
	    *lang ? kp_url_encode(&r->arena, lang) : "", municipality ? "&municipality=" : "",
	    municipality ? kp_arena_printf(&r->arena, "%lld", municipality) : "",
	    order ? "&sort=" : "", order ? orders[order].name : "");
	if (*query)
		kp_set(r, "Page.Pager.Query", query + 1);
	kp_set(r, "Page.Title", kp_t(r, "Title.People"));
	kp_render(r, 200, "people/list.cs");
}
