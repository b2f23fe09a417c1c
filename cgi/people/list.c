/* /people: the member directory. Text search over name and position,
 * filters by field of action, language and municipality, three orders
 * (name, newest first, municipality), 25 a page; filters and order live
 * in the URL, so a search can be bookmarked and shared. */
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

/* The orders of the list: the value of ?sort= and its statement. The
 * first is the default (an absent or empty sort). */
static const struct {
	const char *name;
	int stmt;
} orders[] = {
    {"name", PPL_LIST_BY_NAME},
    {"new", PPL_LIST_BY_NEW},
    {"municipality", PPL_LIST_BY_MUNICIPALITY},
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
	struct kp_rows count, rows;
	int rc = kp_db_select(&r->arena, &people_sql[PPL_COUNT],
	                      KP_ARGS(KP_STR(q), KP_STR(like), KP_STR(like), KP_INT(field),
	                              KP_INT(field), KP_STR(lang), KP_STR(lang),
	                              KP_INT(municipality), KP_INT(municipality)),
	                      &count);
	long long offset = 0;
	if (rc == KP_DB_OK) {
		offset = kp_pager(r, kp_cell_int(&count, 0, 0), page, PER_PAGE);
		rc = kp_db_select(&r->arena, &people_sql[orders[order].stmt],
		                  KP_ARGS(KP_STR(q), KP_STR(like), KP_STR(like), KP_INT(field),
		                          KP_INT(field), KP_STR(lang), KP_STR(lang),
		                          KP_INT(municipality), KP_INT(municipality),
		                          KP_INT(PER_PAGE), KP_INT(offset)),
		                  &rows);
	}
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
