/* /orgs: the organisations of the network for members. Text search over
 * name and description, filters by field of action, type, municipality
 * and the language of an offer, three orders, 25 a page; the filters
 * live in the URL, so a search can be bookmarked and shared. */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "orgs.h"
#include "view.h"

#define PER_PAGE 25

static const struct kp_field list_fields[] = {
    {"q", 200, 0},  {"field", 6, 0}, {"type", 6, 0}, {"municipality", 6, 0},
    {"lang", 2, 0}, {"sort", 10, 0}, {"page", 9, 0}, {NULL, 0, 0},
};

/* See orgs.h. */
int org_choices(struct kp_req *r, long long type_id, long long municipality_id)
{
	struct kp_rows t, f, l, m;
	int rc = kp_db_select(&r->arena, &org_sql[ORG_ALL_TYPES],
	                      KP_ARGS(KP_STR(r->lang), KP_INT(type_id)), &t);
	if (rc == KP_DB_OK)
		rc =
		    kp_db_select(&r->arena, &org_sql[ORG_ALL_FIELDS], KP_ARGS(KP_STR(r->lang)), &f);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &org_sql[ORG_ALL_LANGS], KP_ARGS(KP_STR(r->lang)), &l);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &org_sql[ORG_ALL_MUNICIPALITIES],
		                  KP_ARGS(KP_INT(municipality_id)), &m);
	if (rc != KP_DB_OK)
		return rc;
	for (size_t i = 0; i < t.count; i++) {
		kp_setf(r, kp_cell(&t, i, 0), "Page.Types.%zu.Id", i);
		kp_setf(r, kp_cell(&t, i, 1), "Page.Types.%zu.Name", i);
	}
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

/* The statement of an order ("name", "new", "updated"), or -1. */
static int list_statement(const char *sort)
{
	if (!*sort || strcmp(sort, "name") == 0)
		return ORG_LIST_BY_NAME;
	if (strcmp(sort, "new") == 0)
		return ORG_LIST_BY_NEW;
	if (strcmp(sort, "updated") == 0)
		return ORG_LIST_BY_UPDATED;
	return -1;
}

static const char *number_text(struct kp_req *r, long long n)
{
	return kp_arena_printf(&r->arena, "%lld", n);
}

void org_list(struct kp_req *r, const char *const *args)
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
	const char *sort = kp_query(r, "sort") ? kp_query(r, "sort") : "";
	long long field = query_number(r, "field", 0);
	long long type = query_number(r, "type", 0);
	long long municipality = query_number(r, "municipality", 0);
	long long page = query_number(r, "page", 1);
	int stmt = list_statement(sort);
	if (field < 0 || type < 0 || municipality < 0 || page < 0 || stmt < 0 ||
	    (*lang && strlen(lang) != 2)) {
		kp_error(r, 400);
		return;
	}
	const char *like = like_pattern(r, q);
#define FILTER_ARGS                                                                                \
	KP_STR(q), KP_STR(like), KP_STR(like), KP_INT(field), KP_INT(field), KP_INT(type),         \
	    KP_INT(type), KP_INT(municipality), KP_INT(municipality), KP_STR(lang), KP_STR(lang)
	struct kp_rows count, rows;
	int rc = kp_db_select(&r->arena, &org_sql[ORG_COUNT], KP_ARGS(FILTER_ARGS), &count);
	if (rc == KP_DB_OK) {
		long long offset = kp_pager(r, kp_cell_int(&count, 0, 0), page, PER_PAGE);
		rc = kp_db_select(
		    &r->arena, &org_sql[stmt],
		    KP_ARGS(KP_STR(r->lang), FILTER_ARGS, KP_INT(PER_PAGE), KP_INT(offset)), &rows);
	}
#undef FILTER_ARGS
	if (rc == KP_DB_OK)
		rc = org_choices(r, 0, 0);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++) {
		kp_setf(r, kp_cell(&rows, i, 0), "Page.Orgs.%zu.Id", i);
		kp_setf(r, kp_cell(&rows, i, 1), "Page.Orgs.%zu.Name", i);
		kp_setf(r, kp_cell(&rows, i, 2), "Page.Orgs.%zu.Type", i);
		kp_setf(r, kp_cell(&rows, i, 3), "Page.Orgs.%zu.City", i);
		kp_setf(r, kp_cell(&rows, i, 4), "Page.Orgs.%zu.Municipality", i);
		kp_setf(r, kp_cell(&rows, i, 5), "Page.Orgs.%zu.Verified", i);
	}
	const char *order = stmt == ORG_LIST_BY_NEW       ? "new"
	                    : stmt == ORG_LIST_BY_UPDATED ? "updated"
	                                                  : "name";
	kp_set(r, "Page.Filter.Q", q);
	kp_set_int(r, "Page.Filter.Field", field);
	kp_set_int(r, "Page.Filter.Type", type);
	kp_set_int(r, "Page.Filter.Municipality", municipality);
	kp_set(r, "Page.Filter.Lang", lang);
	kp_set(r, "Page.Filter.Sort", order);
	/* The pager's links keep the filters that are set, and only those. */
	const char *query = kp_arena_printf(
	    &r->arena, "%s%s%s%s%s%s%s%s%s%s%s%s", *q ? "&q=" : "",
	    *q ? kp_url_encode(&r->arena, q) : "", field ? "&field=" : "",
	    field ? number_text(r, field) : "", type ? "&type=" : "",
	    type ? number_text(r, type) : "", municipality ? "&municipality=" : "",
	    municipality ? number_text(r, municipality) : "", *lang ? "&lang=" : "",
	    *lang ? kp_url_encode(&r->arena, lang) : "", stmt != ORG_LIST_BY_NAME ? "&sort=" : "",
	    stmt != ORG_LIST_BY_NAME ? order : "");
	if (*query)
		kp_set(r, "Page.Pager.Query", query + 1);
	kp_set(r, "Page.Title", kp_t(r, "Orgs.Title.List"));
	kp_render(r, 200, "orgs/list.cs");
}
