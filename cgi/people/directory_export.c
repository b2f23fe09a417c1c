/* The directory's exports: /directory/orgs.csv, .json and
 * /directory/offers.csv, .json, of the same filter as the lists (their
 * query parameters; no paging, at most DIR_EXPORT_MAX rows), so the
 * county's web site can embed or import them.
 *
 * CSV: UTF-8 with a byte order mark (German Excel then reads the
 * umlauts), a header row in the language of the request, one row each;
 * cells through export.h (RFC 4180, formulas defused). JSON: an object
 * {"generated", "count", "truncated", "organisations" | "offers"} with
 * stable English keys; each item has its id and the absolute address of
 * its directory page. Both may be read from any site (public data, no
 * credentials: Access-Control-Allow-Origin: *). */
#include <string.h>
#include <time.h>

#include "config.h"
#include "directory.h"
#include "export.h"
#include "view.h"

/* The answer: the buffer as a download (CSV) or as it is (JSON). */
static void send_export(struct kp_req *r, struct kp_buf *b, const char *type, const char *filename)
{
	if (b->failed) {
		kp_log_req(r, "directory export too large or out of memory");
		kp_error(r, 500);
		return;
	}
	if (filename)
		kp_header(r, "Content-Disposition",
		          kp_arena_printf(&r->arena, "attachment; filename=\"%s\"", filename));
	kp_header(r, "Access-Control-Allow-Origin", "*");
	kp_send(r, 200, type, b->data, b->len);
}

/* The rows of the request's filter for an export; answers and returns -1
 * on a bad filter or a db error. *truncated: more rows than an export
 * gives. */
static int export_rows(struct kp_req *r, int offers, struct kp_rows *rows, int *truncated)
{
	struct dir_filter f;
	if (dir_filter_read(r, offers, &f) != 0)
		return -1;
	int rc = dir_rows(r, &f, 0, rows);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return -1;
	}
	*truncated = rows->count > DIR_EXPORT_MAX;
	if (*truncated)
		rows->count = DIR_EXPORT_MAX;
	return 0;
}

/* The joined names of a list cell as one CSV cell: "a; b; c". */
static void csv_names(struct kp_req *r, struct kp_buf *b, const char *joined)
{
	const char *out = "";
	size_t pos = 0;
	for (const char *name; (name = dir_next_name(r, joined, &pos)) != NULL;)
		out = *out ? kp_arena_printf(&r->arena, "%s; %s", out, name) : name;
	kp_csv_cell(b, out);
}

static void json_names(struct kp_req *r, struct kp_buf *b, const char *joined)
{
	size_t pos = 0;
	kp_json_begin_array(b);
	for (const char *name; (name = dir_next_name(r, joined, &pos)) != NULL;)
		kp_json_string(b, name);
	kp_json_end_array(b);
}

static const char *page_url(struct kp_req *r, const char *kind, const char *id)
{
	return kp_arena_printf(&r->arena, "%s/directory/%s/%s", kp_cfg.base_url, kind, id);
}

/* The head of a JSON export, up to the opening of the items' array. */
static void json_head(struct kp_buf *b, size_t count, int truncated, const char *items)
{
	char when[32];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	kp_json_begin_object(b);
	kp_json_key(b, "generated");
	kp_json_string(b, when);
	kp_json_key(b, "count");
	kp_json_int(b, (long long)count);
	kp_json_key(b, "truncated");
	kp_json_bool(b, truncated);
	kp_json_key(b, items);
	kp_json_begin_array(b);
}

/* A header row from Lang.Directory.Csv.<prefix>.<key> for each key. */
static void csv_header(struct kp_req *r, struct kp_buf *b, const char *prefix,
                       const char *const *keys, size_t n)
{
	kp_buf_str(b, "\xEF\xBB\xBF"); /* the byte order mark */
	for (size_t i = 0; i < n; i++)
		kp_csv_cell(
		    b, kp_t(r, kp_arena_printf(&r->arena, "Directory.Csv.%s.%s", prefix, keys[i])));
	kp_csv_end_row(b);
}

/* ---- organisations ------------------------------------------------------- */

void directory_orgs_csv(struct kp_req *r, const char *const *args)
{
	struct kp_rows rows;
	int truncated;
	if (export_rows(r, 0, &rows, &truncated) != 0)
		return;
	static const char *const keys[] = {
	    "Id",    "Name",  "Type",   "Street", "Postcode", "City", "Municipality", "Website",
	    "Phone", "Email", "Fields", "Offers", "Updated",  "Url",  "Description",
	};
	struct kp_buf b;
	kp_buf_init(&b, &r->arena);
	csv_header(r, &b, "Org", keys, sizeof(keys) / sizeof(keys[0]));
	static const int text_cols[] = {DO_ID,       DO_NAME, DO_TYPE,         DO_STREET,
	                                DO_POSTCODE, DO_CITY, DO_MUNICIPALITY, DO_WEBSITE,
	                                DO_PHONE,    DO_EMAIL};
	for (size_t i = 0; i < rows.count; i++) {
		for (size_t c = 0; c < sizeof(text_cols) / sizeof(text_cols[0]); c++)
			kp_csv_cell(&b, kp_cell(&rows, i, text_cols[c]));
		csv_names(r, &b, kp_cell(&rows, i, DO_FIELDS));
		kp_csv_cell(&b, kp_cell(&rows, i, DO_OFFERS));
		kp_csv_cell(&b, kp_cell(&rows, i, DO_UPDATED));
		kp_csv_cell(&b, page_url(r, "orgs", kp_cell(&rows, i, DO_ID)));
		kp_csv_cell(&b, kp_cell(&rows, i, DO_DESCRIPTION));
		kp_csv_end_row(&b);
	}
	send_export(r, &b, "text/csv; charset=utf-8", "organisationen.csv");
}

void directory_orgs_json(struct kp_req *r, const char *const *args)
{
	struct kp_rows rows;
	int truncated;
	if (export_rows(r, 0, &rows, &truncated) != 0)
		return;
	static const struct {
		int col;
		const char *key;
	} texts[] = {
	    {DO_NAME, "name"},       {DO_TYPE, "type"},
	    {DO_STREET, "street"},   {DO_POSTCODE, "postcode"},
	    {DO_CITY, "city"},       {DO_MUNICIPALITY, "municipality"},
	    {DO_WEBSITE, "website"}, {DO_PHONE, "phone"},
	    {DO_EMAIL, "email"},     {DO_DESCRIPTION, "description"},
	    {DO_UPDATED, "updated"},
	};
	struct kp_buf b;
	kp_buf_init(&b, &r->arena);
	json_head(&b, rows.count, truncated, "organisations");
	for (size_t i = 0; i < rows.count; i++) {
		const char *id = kp_cell(&rows, i, DO_ID);
		kp_json_begin_object(&b);
		kp_json_key(&b, "id");
		kp_json_number_text(&b, id);
		kp_json_key(&b, "url");
		kp_json_string(&b, page_url(r, "orgs", id));
		for (size_t c = 0; c < sizeof(texts) / sizeof(texts[0]); c++) {
			const char *v = kp_cell(&rows, i, texts[c].col);
			kp_json_key(&b, texts[c].key);
			kp_json_string(&b, v && *v ? v : NULL);
		}
		kp_json_key(&b, "fields");
		json_names(r, &b, kp_cell(&rows, i, DO_FIELDS));
		kp_json_key(&b, "logo");
		kp_json_string(&b,
		               kp_cell(&rows, i, DO_LOGO)
		                   ? kp_arena_printf(&r->arena, "%s/logo", page_url(r, "orgs", id))
		                   : NULL);
		kp_json_key(&b, "offers");
		kp_json_number_text(&b, kp_cell(&rows, i, DO_OFFERS));
		kp_json_end_object(&b);
	}
	kp_json_end_array(&b);
	kp_json_end_object(&b);
	send_export(r, &b, "application/json; charset=utf-8", NULL);
}

/* ---- offers -------------------------------------------------------------- */

static const char *step_free_text(struct kp_req *r, const char *v)
{
	static const char *const known[] = {"unknown", "yes", "partly", "no"};
	for (size_t i = 0; v && i < sizeof(known) / sizeof(known[0]); i++)
		if (strcmp(v, known[i]) == 0)
			return kp_t(r,
			            kp_arena_printf(&r->arena, "Directory.StepFree.%s", known[i]));
	return "";
}

void directory_offers_csv(struct kp_req *r, const char *const *args)
{
	struct kp_rows rows;
	int truncated;
	if (export_rows(r, 1, &rows, &truncated) != 0)
		return;
	static const char *const keys[] = {
	    "Id",       "Title",     "Org",           "Field",
	    "Targets",  "Languages", "Place",         "Municipality",
	    "Costs",    "StepFree",  "Accessibility", "ContactRole",
	    "OrgPhone", "OrgEmail",  "OrgWebsite",    "CheckedOn",
	    "Outdated", "Url",       "Description",
	};
	struct kp_buf b;
	kp_buf_init(&b, &r->arena);
	csv_header(r, &b, "Offer", keys, sizeof(keys) / sizeof(keys[0]));
	const char *yes = kp_t(r, "Directory.Csv.Yes");
	for (size_t i = 0; i < rows.count; i++) {
		kp_csv_cell(&b, kp_cell(&rows, i, DF_ID));
		kp_csv_cell(&b, kp_cell(&rows, i, DF_TITLE));
		kp_csv_cell(&b, kp_cell(&rows, i, DF_ORG_NAME));
		kp_csv_cell(&b, kp_cell(&rows, i, DF_FIELD));
		csv_names(r, &b, kp_cell(&rows, i, DF_TARGETS));
		csv_names(r, &b, kp_cell(&rows, i, DF_LANG_NAMES));
		kp_csv_cell(&b, kp_cell(&rows, i, DF_PLACE));
		kp_csv_cell(&b, kp_cell(&rows, i, DF_MUNICIPALITY));
		kp_csv_cell(&b, kp_cell(&rows, i, DF_COSTS));
		kp_csv_cell(&b, step_free_text(r, kp_cell(&rows, i, DF_STEP_FREE)));
		kp_csv_cell(&b, kp_cell(&rows, i, DF_ACCESSIBILITY));
		kp_csv_cell(&b, kp_cell(&rows, i, DF_CONTACT_ROLE));
		kp_csv_cell(&b, kp_cell(&rows, i, DF_ORG_PHONE));
		kp_csv_cell(&b, kp_cell(&rows, i, DF_ORG_EMAIL));
		kp_csv_cell(&b, kp_cell(&rows, i, DF_ORG_WEBSITE));
		kp_csv_cell(&b, kp_cell(&rows, i, DF_CHECKED_ON));
		kp_csv_cell(&b, kp_cell_int(&rows, i, DF_OUTDATED) == 1 ? yes : "");
		kp_csv_cell(&b, page_url(r, "offers", kp_cell(&rows, i, DF_ID)));
		kp_csv_cell(&b, kp_cell(&rows, i, DF_DESCRIPTION));
		kp_csv_end_row(&b);
	}
	send_export(r, &b, "text/csv; charset=utf-8", "angebote.csv");
}

void directory_offers_json(struct kp_req *r, const char *const *args)
{
	struct kp_rows rows;
	int truncated;
	if (export_rows(r, 1, &rows, &truncated) != 0)
		return;
	static const struct {
		int col;
		const char *key;
	} texts[] = {
	    {DF_TITLE, "title"},
	    {DF_DESCRIPTION, "description"},
	    {DF_FIELD, "field"},
	    {DF_PLACE, "place"},
	    {DF_MUNICIPALITY, "municipality"},
	    {DF_COSTS, "costs"},
	    {DF_STEP_FREE, "step_free"},
	    {DF_ACCESSIBILITY, "accessibility"},
	    {DF_CONTACT_ROLE, "contact_role"},
	    {DF_CHECKED_ON, "checked_on"},
	};
	struct kp_buf b;
	kp_buf_init(&b, &r->arena);
	json_head(&b, rows.count, truncated, "offers");
	for (size_t i = 0; i < rows.count; i++) {
		const char *id = kp_cell(&rows, i, DF_ID);
		kp_json_begin_object(&b);
		kp_json_key(&b, "id");
		kp_json_number_text(&b, id);
		kp_json_key(&b, "url");
		kp_json_string(&b, page_url(r, "offers", id));
		for (size_t c = 0; c < sizeof(texts) / sizeof(texts[0]); c++) {
			const char *v = kp_cell(&rows, i, texts[c].col);
			kp_json_key(&b, texts[c].key);
			kp_json_string(&b, v && *v ? v : NULL);
		}
		kp_json_key(&b, "outdated");
		kp_json_bool(&b, kp_cell_int(&rows, i, DF_OUTDATED) == 1);
		kp_json_key(&b, "target_groups");
		json_names(r, &b, kp_cell(&rows, i, DF_TARGETS));
		/* Languages as code and name: the code for a program, the name for
		 * people (in the request's language). */
		kp_json_key(&b, "languages");
		kp_json_begin_array(&b);
		size_t cpos = 0, npos = 0;
		const char *code, *name;
		while ((code = dir_next_name(r, kp_cell(&rows, i, DF_LANG_CODES), &cpos)) != NULL &&
		       (name = dir_next_name(r, kp_cell(&rows, i, DF_LANG_NAMES), &npos)) != NULL) {
			kp_json_begin_object(&b);
			kp_json_key(&b, "code");
			kp_json_string(&b, code);
			kp_json_key(&b, "name");
			kp_json_string(&b, name);
			kp_json_end_object(&b);
		}
		kp_json_end_array(&b);
		const char *org = kp_cell(&rows, i, DF_ORG_ID);
		kp_json_key(&b, "organisation");
		kp_json_begin_object(&b);
		kp_json_key(&b, "id");
		kp_json_number_text(&b, org);
		kp_json_key(&b, "url");
		kp_json_string(&b, page_url(r, "orgs", org));
		static const struct {
			int col;
			const char *key;
		} org_texts[] = {{DF_ORG_NAME, "name"},
		                 {DF_ORG_PHONE, "phone"},
		                 {DF_ORG_EMAIL, "email"},
		                 {DF_ORG_WEBSITE, "website"}};
		for (size_t c = 0; c < sizeof(org_texts) / sizeof(org_texts[0]); c++) {
			const char *v = kp_cell(&rows, i, org_texts[c].col);
			kp_json_key(&b, org_texts[c].key);
			kp_json_string(&b, v && *v ? v : NULL);
		}
		kp_json_end_object(&b);
		kp_json_end_object(&b);
	}
	kp_json_end_array(&b);
	kp_json_end_object(&b);
	send_export(r, &b, "application/json; charset=utf-8", NULL);
}
