/* The public directory (/directory): verified organisations and offers
 * whose editors chose "public", without sign-in, with CSV and JSON
 * exports. Statements in directory_sql.c, which also holds the one rule
 * of what is listed:
 *
 *   an organisation: public = 1, verified, not deleted;
 *   an offer: public = 1, not deleted, and its organisation listed.
 *
 * Nothing here ever names a person: no contact persons (org_members), no
 * offers.contact_user_id. An offer shows the role its editors published
 * (contact_role) and the organisation's own phone, e-mail and website.
 *
 * Every route is KP_ROUTE_ANONYMOUS (app.h): the same page for everybody,
 * cacheable, no cookies. The lists and their exports read the same
 * filters (directory.c: struct dir_filter), so an export link carries the
 * page's filter and gives the same rows (without paging, at most
 * DIR_EXPORT_MAX). */
#ifndef KP_DIRECTORY_H
#define KP_DIRECTORY_H
#include "app.h"
#include "db.h"

#define DIR_PER_PAGE   25
#define DIR_EXPORT_MAX 5000

enum dir_stmt {
	DIR_ORGS_COUNT,
	DIR_ORGS_BY_NAME,
	DIR_ORGS_BY_NEW,
	DIR_ORGS_BY_UPDATED,
	DIR_ORG_SHOW,
	DIR_ORG_OFFERS,
	DIR_OFFERS_COUNT,
	DIR_OFFERS_BY_TITLE,
	DIR_OFFERS_BY_NEW,
	DIR_OFFERS_BY_CHECKED,
	DIR_OFFER_SHOW,
	DIR_ALL_FIELDS,
	DIR_ALL_TYPES,
	DIR_ALL_LANGS,
	DIR_ALL_MUNICIPALITIES,
	DIR_ALL_TARGETS,
	DIR_COUNT_STMTS
};
extern struct kp_sql dir_sql[DIR_COUNT_STMTS];

/* Columns of an organisation row (DIR_ORGS_BY_*, DIR_ORG_SHOW). Text
 * columns are NULL when not given. Fields: names joined by DIR_SEP;
 * offers: how many of its offers are listed. */
enum {
	DO_ID,
	DO_NAME,
	DO_TYPE,
	DO_STREET,
	DO_POSTCODE,
	DO_CITY,
	DO_MUNICIPALITY,
	DO_WEBSITE,
	DO_PHONE,
	DO_EMAIL,
	DO_DESCRIPTION,
	DO_FIELDS,
	DO_OFFERS,
	DO_UPDATED, /* YYYY-MM-DD */
	DO_UPDATED_TEXT,
	DO_LOGO, /* the logo's SHA-256, NULL: none */
	DO_LOGO_MIME
};

/* Columns of an offer row (DIR_OFFERS_BY_*, DIR_OFFER_SHOW, and
 * DIR_ORG_OFFERS). Targets and language names: joined by DIR_SEP;
 * language codes likewise, in the same order. */
enum {
	DF_ID,
	DF_TITLE,
	DF_DESCRIPTION,
	DF_FIELD,
	DF_PLACE,
	DF_MUNICIPALITY,
	DF_COSTS,
	DF_STEP_FREE,
	DF_ACCESSIBILITY,
	DF_CONTACT_ROLE,
	DF_CHECKED_ON,   /* YYYY-MM-DD */
	DF_CHECKED_TEXT, /* the date as people read it */
	DF_OUTDATED,     /* 1/0 */
	DF_TARGETS,
	DF_LANG_CODES,
	DF_LANG_NAMES,
	DF_ORG_ID,
	DF_ORG_NAME,
	DF_ORG_PHONE,
	DF_ORG_EMAIL,
	DF_ORG_WEBSITE
};

/* The separator of joined names (GROUP_CONCAT): a control character no
 * checked text holds (params.h). */
#define DIR_SEP "\x1f"

/* A list's filter as the query string gave it, checked (directory.c). */
struct dir_filter {
	const char *q, *like, *lang, *sort;
	long long field, type, municipality, target, page;
	int stmt;    /* the list statement of the order */
	int offers;  /* 1: the offers list (target applies) */
	char *query; /* the filter as a query string, "" when none is set */
};
/* Reads and checks the filter of the orgs (offers = 0) or offers list;
 * answers 400 and returns -1 for a bad value. */
int dir_filter_read(struct kp_req *r, int offers, struct dir_filter *f);
/* The rows of the filter: the page's (paged = 1, also sets Page.Pager.*)
 * or all up to DIR_EXPORT_MAX + 1 (one more than an export gives: then
 * it says it was cut). Returns a db status. */
int dir_rows(struct kp_req *r, const struct dir_filter *f, int paged, struct kp_rows *rows);
/* The joined names of a DIR_SEP list cell, one at a time: the next name
 * (arena) or NULL at the end; *pos starts at 0. */
const char *dir_next_name(struct kp_req *r, const char *joined, size_t *pos);

void directory_orgs(struct kp_req *r, const char *const *args);
void directory_offers(struct kp_req *r, const char *const *args);
void directory_org(struct kp_req *r, const char *const *args);
void directory_org_logo(struct kp_req *r, const char *const *args);
void directory_offer(struct kp_req *r, const char *const *args);
/* directory_export.c */
void directory_orgs_csv(struct kp_req *r, const char *const *args);
void directory_orgs_json(struct kp_req *r, const char *const *args);
void directory_offers_csv(struct kp_req *r, const char *const *args);
void directory_offers_json(struct kp_req *r, const char *const *args);

/* The routes of this part, spliced into main.c's table. The exports
 * before the wildcards ("/directory/orgs.csv" is no organisation). */
/* clang-format off */
#define DIRECTORY_ROUTES \
    {"GET", "/directory", directory_orgs, KP_ROUTE_ANONYMOUS}, \
    {"GET", "/directory/offers", directory_offers, KP_ROUTE_ANONYMOUS}, \
    {"GET", "/directory/orgs.csv", directory_orgs_csv, KP_ROUTE_ANONYMOUS}, \
    {"GET", "/directory/orgs.json", directory_orgs_json, KP_ROUTE_ANONYMOUS}, \
    {"GET", "/directory/offers.csv", directory_offers_csv, KP_ROUTE_ANONYMOUS}, \
    {"GET", "/directory/offers.json", directory_offers_json, KP_ROUTE_ANONYMOUS}, \
    {"GET", "/directory/orgs/*", directory_org, KP_ROUTE_ANONYMOUS}, \
    {"GET", "/directory/orgs/*/logo", directory_org_logo, KP_ROUTE_ANONYMOUS}, \
    {"GET", "/directory/offers/*", directory_offer, KP_ROUTE_ANONYMOUS},
/* clang-format on */

#endif
