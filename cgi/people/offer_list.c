/* /orgs/offers: the members' list of offers. Text search over title,
 * description and the organisation's name; filters by field of action,
 * target group, municipality, language, type of organisation and "only
 * possibly outdated"; sorted by title, newest or last confirmed; 25 a
 * page. The filters live in the URL, so a search can be bookmarked. */
#include <string.h>

#include "common.h"
#include "offers.h"
#include "people.h"
#include "view.h"

#define PER_PAGE 25

static const struct kp_field list_fields[] = {
    {"q", 200, 0},  {"field", 6, 0},    {"target", 6, 0}, {"municipality", 6, 0}, {"lang", 2, 0},
    {"type", 6, 0}, {"outdated", 1, 0}, {"sort", 8, 0},   {"page", 9, 0},         {NULL, 0, 0},
};

int offer_choices(struct kp_req *r)
{
	struct kp_rows t, o;
	int rc = kp_db_select(&r->arena, &offer_sql[OFR_ALL_TARGETS], KP_ARGS(KP_STR(r->lang)), &t);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &offer_sql[OFR_ALL_TYPES], KP_ARGS(KP_STR(r->lang)),
		                  &o);
	if (rc != KP_DB_OK)
		return rc;
	for (size_t i = 0; i < t.count; i++) {
		kp_setf(r, kp_cell(&t, i, 0), "Page.TargetGroups.%zu.Id", i);
		kp_setf(r, kp_cell(&t, i, 1), "Page.TargetGroups.%zu.Name", i);
	}
	for (size_t i = 0; i < o.count; i++) {
		kp_setf(r, kp_cell(&o, i, 0), "Page.OrgTypes.%zu.Id", i);
		kp_setf(r, kp_cell(&o, i, 1), "Page.OrgTypes.%zu.Name", i);
	}
	return KP_DB_OK;
}

/* The search text without the blanks around it (arena). */
static const char *search_text(struct kp_req *r)
{
	char *q = kp_arena_strdup(&r->arena, kp_query(r, "q") ? kp_query(r, "q") : "");
	while (*q == ' ')
		q++;
	for (size_t n = strlen(q); n > 0 && q[n - 1] == ' '; n--)
		q[n - 1] = '\0';
	return q;
}

/* "&name=value" for a filter that is set, "" otherwise (arena). */
static const char *keep_number(struct kp_req *r, const char *name, long long v)
{
	return v ? kp_arena_printf(&r->arena, "&%s=%lld", name, v) : "";
}
static const char *keep_text(struct kp_req *r, const char *name, const char *v)
{
	return *v ? kp_arena_printf(&r->arena, "&%s=%s", name, kp_url_encode(&r->arena, v)) : "";
}

void offer_list(struct kp_req *r, const char *const *args)
{
	const char *bad = NULL;
	if (kp_fields_check(&r->query_params, list_fields, &bad) != 0) {
		kp_error(r, 400);
		return;
	}
	const char *q = search_text(r);
	const char *lang = kp_query(r, "lang") ? kp_query(r, "lang") : "";
	const char *sort =
	    kp_query(r, "sort") && *kp_query(r, "sort") ? kp_query(r, "sort") : "title";
	long long field = query_number(r, "field", 0);
	long long target = query_number(r, "target", 0);
	long long municipality = query_number(r, "municipality", 0);
	long long type = query_number(r, "type", 0);
	long long outdated = query_number(r, "outdated", 0);
	long long page = query_number(r, "page", 1);
	enum offer_stmt list = strcmp(sort, "new") == 0       ? OFR_LIST_BY_NEW
	                       : strcmp(sort, "checked") == 0 ? OFR_LIST_BY_CHECKED
	                       : strcmp(sort, "title") == 0   ? OFR_LIST_BY_TITLE
	                                                      : OFR_COUNT_STMTS;
	if (field < 0 || target < 0 || municipality < 0 || type < 0 || outdated < 0 ||
	    outdated > 1 || page < 0 || (*lang && strlen(lang) != 2) || list == OFR_COUNT_STMTS) {
		kp_error(r, 400);
		return;
	}
	const char *like = like_pattern(r, q);
	/* The filter's arguments after the row's two language arguments. */
	struct kp_val a[] = {
	    KP_STR(r->lang), KP_STR(r->lang),      KP_STR(q),
	    KP_STR(like),    KP_STR(like),         KP_STR(like),
	    KP_INT(field),   KP_INT(field),        KP_INT(target),
	    KP_INT(target),  KP_INT(municipality), KP_INT(municipality),
	    KP_STR(lang),    KP_STR(lang),         KP_INT(type),
	    KP_INT(type),    KP_INT(outdated),     KP_INT(PER_PAGE),
	    KP_INT(0),
	};
	size_t n = sizeof(a) / sizeof(a[0]);
	struct kp_rows count, rows;
	int rc = kp_db_select(&r->arena, &offer_sql[OFR_COUNT], a + 2, n - 4, &count);
	if (rc == KP_DB_OK) {
		a[n - 1] = KP_INT(kp_pager(r, kp_cell_int(&count, 0, 0), page, PER_PAGE));
		rc = kp_db_select(&r->arena, &offer_sql[list], a, n, &rows);
	}
	if (rc == KP_DB_OK)
		rc = people_choices(r);
	if (rc == KP_DB_OK)
		rc = offer_choices(r);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++) {
		kp_setf(r, kp_cell(&rows, i, 0), "Page.Offers.%zu.Id", i);
		kp_setf(r, kp_cell(&rows, i, 1), "Page.Offers.%zu.OrgId", i);
		kp_setf(r, kp_cell(&rows, i, 2), "Page.Offers.%zu.Title", i);
		kp_setf(r, kp_cell(&rows, i, 3), "Page.Offers.%zu.Org", i);
		kp_setf(r, kp_cell(&rows, i, 4), "Page.Offers.%zu.Field", i);
		kp_setf(r, kp_cell(&rows, i, 5), "Page.Offers.%zu.Municipality", i);
		kp_setf(r, kp_cell(&rows, i, 6), "Page.Offers.%zu.Languages", i);
		kp_setf(r, kp_cell(&rows, i, 7), "Page.Offers.%zu.Outdated", i);
	}
	kp_set(r, "Page.Filter.Q", q);
	kp_set_int(r, "Page.Filter.Field", field);
	kp_set_int(r, "Page.Filter.Target", target);
	kp_set_int(r, "Page.Filter.Municipality", municipality);
	kp_set(r, "Page.Filter.Lang", lang);
	kp_set_int(r, "Page.Filter.Type", type);
	kp_set_int(r, "Page.Filter.Outdated", outdated);
	kp_set(r, "Page.Filter.Sort", sort);
	/* The pager's links keep the filters that are set, and only those. */
	const char *query = kp_arena_printf(
	    &r->arena, "%s%s%s%s%s%s%s%s", keep_text(r, "q", q), keep_number(r, "field", field),
	    keep_number(r, "target", target), keep_number(r, "municipality", municipality),
	    keep_text(r, "lang", lang), keep_number(r, "type", type),
	    keep_number(r, "outdated", outdated),
	    strcmp(sort, "title") != 0 ? keep_text(r, "sort", sort) : "");
	if (*query)
		kp_set(r, "Page.Pager.Query", query + 1);
	kp_set(r, "Page.Title", kp_t(r, "Offers.Title.List"));
	kp_render(r, 200, "offers/list.cs");
}
