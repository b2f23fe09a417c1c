/* /directory: the public directory of organisations and their offers, for
 * everybody, signed in or not (directory.h). Two lists with filters in
 * the URL (25 a page, links to the CSV and JSON of the same filter), one
 * page per organisation and per offer, and the organisations' logos. */
#include <string.h>

#include "common.h"
#include "directory.h"
#include "files.h"
#include "view.h"

static const struct kp_field org_list_fields[] = {
    {"q", 200, 0},  {"field", 6, 0}, {"type", 6, 0}, {"municipality", 6, 0},
    {"lang", 2, 0}, {"sort", 10, 0}, {"page", 9, 0}, {NULL, 0, 0},
};
static const struct kp_field offer_list_fields[] = {
    {"q", 200, 0},    {"field", 6, 0}, {"type", 6, 0}, {"municipality", 6, 0}, {"lang", 2, 0},
    {"target", 6, 0}, {"sort", 10, 0}, {"page", 9, 0}, {NULL, 0, 0},
};

/* The orders of each list; the first is the default. */
static const struct {
	const char *name;
	int stmt;
} org_orders[] = {{"name", DIR_ORGS_BY_NAME},
                  {"new", DIR_ORGS_BY_NEW},
                  {"updated", DIR_ORGS_BY_UPDATED}},
  offer_orders[] = {{"title", DIR_OFFERS_BY_TITLE},
                    {"new", DIR_OFFERS_BY_NEW},
                    {"checked", DIR_OFFERS_BY_CHECKED}};

/* "&name=value" for a filter that is set, "" otherwise (arena). */
static const char *keep_number(struct kp_req *r, const char *name, long long v)
{
	return v ? kp_arena_printf(&r->arena, "&%s=%lld", name, v) : "";
}
static const char *keep_text(struct kp_req *r, const char *name, const char *v)
{
	return *v ? kp_arena_printf(&r->arena, "&%s=%s", name, kp_url_encode(&r->arena, v)) : "";
}

int dir_filter_read(struct kp_req *r, int offers, struct dir_filter *f)
{
	memset(f, 0, sizeof(*f));
	f->offers = offers;
	const char *bad = NULL;
	if (kp_fields_check(&r->query_params, offers ? offer_list_fields : org_list_fields, &bad) !=
	    0) {
		kp_error(r, 400);
		return -1;
	}
	/* Blanks around the search text are not part of what is searched. */
	char *q = kp_arena_strdup(&r->arena, kp_query(r, "q") ? kp_query(r, "q") : "");
	while (*q == ' ')
		q++;
	for (size_t n = strlen(q); n > 0 && q[n - 1] == ' '; n--)
		q[n - 1] = '\0';
	f->q = q;
	f->like = like_pattern(r, q);
	f->lang = kp_query(r, "lang") ? kp_query(r, "lang") : "";
	const char *sort = kp_query(r, "sort") ? kp_query(r, "sort") : "";
	f->field = query_number(r, "field", 0);
	f->type = query_number(r, "type", 0);
	f->municipality = query_number(r, "municipality", 0);
	f->target = offers ? query_number(r, "target", 0) : 0;
	f->page = query_number(r, "page", 1);
	size_t norders = offers ? sizeof(offer_orders) / sizeof(offer_orders[0])
	                        : sizeof(org_orders) / sizeof(org_orders[0]);
	f->stmt = -1;
	for (size_t i = 0; i < norders; i++) {
		const char *name = offers ? offer_orders[i].name : org_orders[i].name;
		if (!*sort || strcmp(sort, name) == 0) {
			f->sort = name;
			f->stmt = offers ? offer_orders[i].stmt : org_orders[i].stmt;
			break;
		}
	}
	int lang_ok = !*f->lang || (strlen(f->lang) == 2 && f->lang[0] >= 'a' &&
	                            f->lang[0] <= 'z' && f->lang[1] >= 'a' && f->lang[1] <= 'z');
	if (f->field < 0 || f->type < 0 || f->municipality < 0 || f->target < 0 || f->page < 0 ||
	    f->stmt < 0 || !lang_ok) {
		kp_error(r, 400);
		return -1;
	}
	const char *first = offers ? offer_orders[0].name : org_orders[0].name;
	char *query = kp_arena_printf(
	    &r->arena, "%s%s%s%s%s%s%s", keep_text(r, "q", f->q), keep_number(r, "field", f->field),
	    keep_number(r, "type", f->type), keep_number(r, "municipality", f->municipality),
	    keep_text(r, "lang", f->lang), keep_number(r, "target", f->target),
	    strcmp(f->sort, first) != 0 ? keep_text(r, "sort", f->sort) : "");
	f->query = query && *query ? query + 1 : "";
	return 0;
}

int dir_rows(struct kp_req *r, const struct dir_filter *f, int paged, struct kp_rows *rows)
{
	/* The names' languages, the filter, LIMIT and OFFSET. */
	struct kp_val a[24];
	size_t n = 0, ncols = f->offers ? 4 : 3;
	for (size_t i = 0; i < ncols; i++)
		a[n++] = KP_STR(r->lang);
	size_t filter_at = n;
	a[n++] = KP_STR(f->q);
	a[n++] = KP_STR(f->like);
	a[n++] = KP_STR(f->like);
	if (f->offers)
		a[n++] = KP_STR(f->like);
	a[n++] = KP_INT(f->field);
	a[n++] = KP_INT(f->field);
	a[n++] = KP_INT(f->type);
	a[n++] = KP_INT(f->type);
	a[n++] = KP_INT(f->municipality);
	a[n++] = KP_INT(f->municipality);
	a[n++] = KP_STR(f->lang);
	a[n++] = KP_STR(f->lang);
	if (f->offers) {
		a[n++] = KP_INT(f->target);
		a[n++] = KP_INT(f->target);
	}
	size_t nfilter = n - filter_at;
	/* An export reads one row more than it gives, to know it was cut. */
	a[n++] = KP_INT(paged ? DIR_PER_PAGE : DIR_EXPORT_MAX + 1);
	a[n++] = KP_INT(0);
	if (paged) {
		struct kp_rows count;
		int rc =
		    kp_db_select(&r->arena, &dir_sql[f->offers ? DIR_OFFERS_COUNT : DIR_ORGS_COUNT],
		                 a + filter_at, nfilter, &count);
		if (rc != KP_DB_OK)
			return rc;
		a[n - 1] = KP_INT(kp_pager(r, kp_cell_int(&count, 0, 0), f->page, DIR_PER_PAGE));
	}
	return kp_db_select(&r->arena, &dir_sql[f->stmt], a, n, rows);
}

const char *dir_next_name(struct kp_req *r, const char *joined, size_t *pos)
{
	if (!joined || !*joined || *pos > strlen(joined))
		return NULL;
	const char *s = joined + *pos;
	size_t n = strcspn(s, DIR_SEP);
	*pos += n + 1; /* past the separator, or past the end after the last */
	return kp_arena_strndup(&r->arena, s, n);
}

/* The joined names as Page.<prefix>.N, and as one text "a, b, c". */
static void set_names(struct kp_req *r, const char *joined, const char *prefix)
{
	size_t pos = 0, i = 0;
	for (const char *name; (name = dir_next_name(r, joined, &pos)) != NULL; i++)
		kp_setf(r, name, "%s.%zu", prefix, i);
}

static const char *joined_text(struct kp_req *r, const char *joined)
{
	const char *out = "";
	size_t pos = 0;
	for (const char *name; (name = dir_next_name(r, joined, &pos)) != NULL;)
		out = *out ? kp_arena_printf(&r->arena, "%s, %s", out, name) : name;
	return out;
}

/* Text typed by people: NULL and "" are both "not given". */
static void set_text(struct kp_req *r, const char *name, const char *value)
{
	if (value && *value)
		kp_set(r, name, value);
}

/* The filters' choices: Page.Fields / .Types / .Languages /
 * .Municipalities, and for offers .TargetGroups. */
static int dir_choices(struct kp_req *r, int offers)
{
	static const struct {
		int stmt, lang;
		const char *list, *key;
	} lists[] = {
	    {DIR_ALL_FIELDS, 1, "Fields", "Id"},
	    {DIR_ALL_TYPES, 1, "Types", "Id"},
	    {DIR_ALL_LANGS, 1, "Languages", "Code"},
	    {DIR_ALL_MUNICIPALITIES, 0, "Municipalities", "Id"},
	    {DIR_ALL_TARGETS, 1, "TargetGroups", "Id"},
	};
	for (size_t l = 0; l < sizeof(lists) / sizeof(lists[0]); l++) {
		if (lists[l].stmt == DIR_ALL_TARGETS && !offers)
			continue;
		struct kp_rows c;
		int rc = lists[l].lang
		             ? kp_db_select(&r->arena, &dir_sql[lists[l].stmt],
		                            KP_ARGS(KP_STR(r->lang)), &c)
		             : kp_db_select(&r->arena, &dir_sql[lists[l].stmt], KP_NOARGS, &c);
		if (rc != KP_DB_OK)
			return rc;
		for (size_t i = 0; i < c.count; i++) {
			kp_setf(r, kp_cell(&c, i, 0), "Page.%s.%zu.%s", lists[l].list, i,
			        lists[l].key);
			kp_setf(r, kp_cell(&c, i, 1), "Page.%s.%zu.Name", lists[l].list, i);
		}
	}
	return KP_DB_OK;
}

/* What both lists show around their rows: the filter, the pager's query,
 * the export links and the JSON as the page's alternate. */
static void set_filter(struct kp_req *r, const struct dir_filter *f, const char *base)
{
	kp_set(r, "Page.Filter.Q", f->q);
	kp_set_int(r, "Page.Filter.Field", f->field);
	kp_set_int(r, "Page.Filter.Type", f->type);
	kp_set_int(r, "Page.Filter.Municipality", f->municipality);
	kp_set(r, "Page.Filter.Lang", f->lang);
	kp_set_int(r, "Page.Filter.Target", f->target);
	kp_set(r, "Page.Filter.Sort", f->sort);
	if (*f->query)
		kp_set(r, "Page.Pager.Query", f->query);
	const char *q = *f->query ? kp_arena_printf(&r->arena, "?%s", f->query) : "";
	const char *csv = kp_arena_printf(&r->arena, "%s.csv%s", base, q);
	const char *json = kp_arena_printf(&r->arena, "%s.json%s", base, q);
	kp_set(r, "Page.Export.Csv", csv);
	kp_set(r, "Page.Export.Json", json);
	kp_set(r, "Page.Alternates.0.Type", "application/json");
	kp_set(r, "Page.Alternates.0.Href", json);
	kp_set(r, "Page.Alternates.1.Type", "text/csv");
	kp_set(r, "Page.Alternates.1.Href", csv);
}

void directory_orgs(struct kp_req *r, const char *const *args)
{
	struct dir_filter f;
	struct kp_rows rows;
	if (dir_filter_read(r, 0, &f) != 0)
		return;
	int rc = dir_rows(r, &f, 1, &rows);
	if (rc == KP_DB_OK)
		rc = dir_choices(r, 0);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++) {
		kp_setf(r, kp_cell(&rows, i, DO_ID), "Page.Orgs.%zu.Id", i);
		kp_setf(r, kp_cell(&rows, i, DO_NAME), "Page.Orgs.%zu.Name", i);
		kp_setf(r, kp_cell(&rows, i, DO_TYPE), "Page.Orgs.%zu.Type", i);
		kp_setf(r, kp_cell(&rows, i, DO_CITY), "Page.Orgs.%zu.City", i);
		kp_setf(r, kp_cell(&rows, i, DO_MUNICIPALITY), "Page.Orgs.%zu.Municipality", i);
		kp_setf(r, joined_text(r, kp_cell(&rows, i, DO_FIELDS)), "Page.Orgs.%zu.Fields", i);
		kp_setf(r, kp_cell(&rows, i, DO_OFFERS), "Page.Orgs.%zu.Offers", i);
		kp_setf(r, kp_cell(&rows, i, DO_LOGO) ? "1" : "0", "Page.Orgs.%zu.HasLogo", i);
	}
	set_filter(r, &f, "/directory/orgs");
	kp_set(r, "Page.Title", kp_t(r, "Directory.Title.Orgs"));
	kp_render(r, 200, "directory/list.cs");
}

/* One offer row as Page.<prefix>.* (lists, the organisation's page and
 * the offer's own page). */
static void set_offer(struct kp_req *r, const struct kp_rows *o, size_t i, const char *prefix)
{
	static const struct {
		int col;
		const char *name;
	} cols[] = {
	    {DF_ID, "Id"},
	    {DF_TITLE, "Title"},
	    {DF_DESCRIPTION, "Description"},
	    {DF_FIELD, "Field"},
	    {DF_PLACE, "Place"},
	    {DF_MUNICIPALITY, "Municipality"},
	    {DF_COSTS, "Costs"},
	    {DF_STEP_FREE, "StepFree"},
	    {DF_ACCESSIBILITY, "Accessibility"},
	    {DF_CONTACT_ROLE, "ContactRole"},
	    {DF_CHECKED_ON, "CheckedOn"},
	    {DF_CHECKED_TEXT, "CheckedText"},
	    {DF_OUTDATED, "Outdated"},
	    {DF_ORG_ID, "OrgId"},
	    {DF_ORG_NAME, "Org"},
	    {DF_ORG_PHONE, "OrgPhone"},
	    {DF_ORG_EMAIL, "OrgEmail"},
	    {DF_ORG_WEBSITE, "OrgWebsite"},
	};
	for (size_t c = 0; c < sizeof(cols) / sizeof(cols[0]); c++)
		set_text(r, kp_arena_printf(&r->arena, "%s.%s", prefix, cols[c].name),
		         kp_cell(o, i, cols[c].col));
	const char *website = kp_cell(o, i, DF_ORG_WEBSITE);
	kp_setf(r, website && web_url_ok(website) ? "1" : "0", "%s.OrgWebsiteLink", prefix);
	kp_setf(r, joined_text(r, kp_cell(o, i, DF_LANG_NAMES)), "%s.LanguageText", prefix);
	set_names(r, kp_cell(o, i, DF_TARGETS),
	          kp_arena_printf(&r->arena, "%s.TargetGroups", prefix));
	set_names(r, kp_cell(o, i, DF_LANG_NAMES),
	          kp_arena_printf(&r->arena, "%s.Languages", prefix));
}

void directory_offers(struct kp_req *r, const char *const *args)
{
	struct dir_filter f;
	struct kp_rows rows;
	if (dir_filter_read(r, 1, &f) != 0)
		return;
	int rc = dir_rows(r, &f, 1, &rows);
	if (rc == KP_DB_OK)
		rc = dir_choices(r, 1);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++)
		set_offer(r, &rows, i, kp_arena_printf(&r->arena, "Page.Offers.%zu", i));
	set_filter(r, &f, "/directory/offers");
	kp_set(r, "Page.Title", kp_t(r, "Directory.Title.Offers"));
	kp_render(r, 200, "directory/offers.cs");
}

/* The listed organisation with this id ("12" from the path), as one row;
 * otherwise answers 404 and returns -1. */
static int org_listed(struct kp_req *r, const char *id_text, struct kp_rows *o)
{
	long long id = kp_parse_id(id_text);
	int rc = KP_DB_OK;
	o->count = 0;
	if (id > 0)
		rc = kp_db_select(
		    &r->arena, &dir_sql[DIR_ORG_SHOW],
		    KP_ARGS(KP_STR(r->lang), KP_STR(r->lang), KP_STR(r->lang), KP_INT(id)), o);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return -1;
	}
	if (o->count == 0) {
		kp_error(r, 404);
		return -1;
	}
	return 0;
}

void directory_org(struct kp_req *r, const char *const *args)
{
	struct kp_rows o, offers;
	if (org_listed(r, args[0], &o) != 0)
		return;
	long long id = kp_cell_int(&o, 0, DO_ID);
	int rc = kp_db_select(
	    &r->arena, &dir_sql[DIR_ORG_OFFERS],
	    KP_ARGS(KP_STR(r->lang), KP_STR(r->lang), KP_STR(r->lang), KP_STR(r->lang), KP_INT(id)),
	    &offers);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	static const struct {
		int col;
		const char *name;
	} cols[] = {
	    {DO_ID, "Id"},
	    {DO_NAME, "Name"},
	    {DO_TYPE, "Type"},
	    {DO_STREET, "Street"},
	    {DO_POSTCODE, "Postcode"},
	    {DO_CITY, "City"},
	    {DO_MUNICIPALITY, "Municipality"},
	    {DO_WEBSITE, "Website"},
	    {DO_PHONE, "Phone"},
	    {DO_EMAIL, "Email"},
	    {DO_DESCRIPTION, "Description"},
	    {DO_UPDATED, "Updated"},
	    {DO_UPDATED_TEXT, "UpdatedText"},
	};
	for (size_t c = 0; c < sizeof(cols) / sizeof(cols[0]); c++)
		set_text(r, kp_arena_printf(&r->arena, "Page.Org.%s", cols[c].name),
		         kp_cell(&o, 0, cols[c].col));
	const char *website = kp_cell(&o, 0, DO_WEBSITE);
	kp_set_int(r, "Page.Org.WebsiteLink", website && web_url_ok(website));
	kp_set_int(r, "Page.Org.HasLogo", kp_cell(&o, 0, DO_LOGO) != NULL);
	set_names(r, kp_cell(&o, 0, DO_FIELDS), "Page.Org.Fields");
	for (size_t i = 0; i < offers.count; i++)
		set_offer(r, &offers, i, kp_arena_printf(&r->arena, "Page.Org.Offers.%zu", i));
	kp_set(r, "Page.Title", kp_cell(&o, 0, DO_NAME));
	kp_render(r, 200, "directory/org.cs");
}

void directory_org_logo(struct kp_req *r, const char *const *args)
{
	struct kp_rows o;
	if (org_listed(r, args[0], &o) != 0)
		return;
	const char *sha = kp_cell(&o, 0, DO_LOGO);
	if (!sha) {
		kp_error(r, 404);
		return;
	}
	struct kp_download d;
	if (kp_download_prepare(&r->arena, sha, kp_cell(&o, 0, DO_LOGO_MIME), "logo", 1, &d) != 0) {
		kp_error(r, 500);
		return;
	}
	/* No Cache-Control of the download's own: the logo of a listed
	 * organisation is public, so the directory's policy applies. */
	kp_header(r, "X-Accel-Redirect", d.accel_redirect);
	kp_header(r, "Content-Disposition", d.disposition);
	kp_send(r, 200, d.content_type, "", 0);
}

void directory_offer(struct kp_req *r, const char *const *args)
{
	long long id = kp_parse_id(args[0]);
	struct kp_rows o;
	int rc = KP_DB_OK;
	o.count = 0;
	if (id > 0)
		rc = kp_db_select(&r->arena, &dir_sql[DIR_OFFER_SHOW],
		                  KP_ARGS(KP_STR(r->lang), KP_STR(r->lang), KP_STR(r->lang),
		                          KP_STR(r->lang), KP_INT(id)),
		                  &o);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (o.count == 0) {
		kp_error(r, 404);
		return;
	}
	set_offer(r, &o, 0, "Page.Offer");
	kp_set(r, "Page.Title",
	       kp_arena_printf(&r->arena, "%s – %s", kp_cell(&o, 0, DF_TITLE),
	                       kp_cell(&o, 0, DF_ORG_NAME)));
	kp_render(r, 200, "directory/offer.cs");
}
