/* Every statement of the public directory (directory.h), side by side with
 * its enum. Optional filters are written "(? = 0 OR ...)" so one prepared
 * statement serves every combination. */
#include "directory.h"

/* The rule of the directory, in one place: what may be shown to anybody.
 * An organisation its editors made public, a site admin confirmed, and
 * nobody deleted; an offer its editors made public, not deleted, of such
 * an organisation. Every statement below names organisations o and offers
 * f (joined by o.id = f.org_id). */
#define ORG_LISTED   " (o.public = 1 AND o.verified_at IS NOT NULL AND o.deleted_at IS NULL)"
#define OFFER_LISTED " (f.public = 1 AND f.deleted_at IS NULL AND" ORG_LISTED ")"

/* "Possibly outdated": not confirmed as current for 12 months (the rule
 * of offer_sql.c and kp-mailer's reminder). */
#define OUTDATED " f.checked_on < CURDATE() - INTERVAL 12 MONTH"

/* Dates for people: "22.11.2026", "22 Nov 2026" (month names of
 * lc_time_names, which the programs leave at en_US). One placeholder: the
 * language. */
#define DATE_DE "'%d.%m.%Y'"
#define DATE_EN "'%e %b %Y'"

/* An organisation row (directory.h DO_*). Placeholders: the language of
 * the type's and the fields' names, and of the date. */
#define ORG_COLUMNS                                                                                \
	"SELECT o.id, o.name, IF(? = 'en', t.name_en, t.name_de), o.street, o.postcode,"           \
	" o.city, m.name, o.website, o.phone, o.email, o.description,"                             \
	" (SELECT GROUP_CONCAT(IF(? = 'en', fa.name_en, fa.name_de)"                               \
	"                      ORDER BY fa.position, fa.id SEPARATOR '" DIR_SEP "')"               \
	"  FROM org_fields x JOIN fields_of_action fa ON fa.id = x.field_id"                       \
	"  WHERE x.org_id = o.id),"                                                                \
	" (SELECT COUNT(*) FROM offers f WHERE f.org_id = o.id AND" OFFER_LISTED "),"              \
	" DATE_FORMAT(o.updated_at, '%Y-%m-%d'),"                                                  \
	" IF(? = 'en', DATE_FORMAT(o.updated_at, " DATE_EN "),"                                    \
	"    DATE_FORMAT(o.updated_at, " DATE_DE ")),"                                             \
	" o.logo_sha256, o.logo_mime"                                                              \
	" FROM orgs o JOIN org_types t ON t.id = o.type_id"                                        \
	" LEFT JOIN municipalities m ON m.id = o.municipality_id"

/* The organisations list's WHERE: listed; q (a LIKE pattern, escaped by
 * the caller) matches name or description; field of action, type,
 * municipality, and a language one of its listed offers is made in. */
#define ORG_FILTER                                                                                 \
	" WHERE" ORG_LISTED " AND (? = '' OR o.name LIKE ? OR o.description LIKE ?)"               \
	" AND (? = 0 OR EXISTS (SELECT 1 FROM org_fields x"                                        \
	"                       WHERE x.org_id = o.id AND x.field_id = ?))"                        \
	" AND (? = 0 OR o.type_id = ?)"                                                            \
	" AND (? = 0 OR o.municipality_id = ?)"                                                    \
	" AND (? = '' OR EXISTS (SELECT 1 FROM offers f"                                           \
	"                        JOIN offer_languages l ON l.offer_id = f.id"                      \
	"                        WHERE f.org_id = o.id AND" OFFER_LISTED " AND l.lang = ?))"

/* An offer row (directory.h DF_*). Placeholders: the language of the
 * field's name, of the date, of the target groups' and of the languages'
 * names. */
#define OFFER_COLUMNS                                                                              \
	"SELECT f.id, f.title, f.description, IF(? = 'en', fa.name_en, fa.name_de),"               \
	" f.place, mu.name, f.costs, f.step_free, f.accessibility, f.contact_role,"                \
	" DATE_FORMAT(f.checked_on, '%Y-%m-%d'),"                                                  \
	" IF(? = 'en', DATE_FORMAT(f.checked_on, " DATE_EN "),"                                    \
	"    DATE_FORMAT(f.checked_on, " DATE_DE "))," OUTDATED ","                                \
	" (SELECT GROUP_CONCAT(IF(? = 'en', tg.name_en, tg.name_de)"                               \
	"                      ORDER BY tg.position, tg.id SEPARATOR '" DIR_SEP "')"               \
	"  FROM offer_target_groups ot JOIN target_groups tg ON tg.id = ot.target_group_id"        \
	"  WHERE ot.offer_id = f.id),"                                                             \
	" (SELECT GROUP_CONCAT(la.code ORDER BY la.position, la.code SEPARATOR '" DIR_SEP "')"     \
	"  FROM offer_languages ol JOIN languages la ON la.code = ol.lang"                         \
	"  WHERE ol.offer_id = f.id),"                                                             \
	" (SELECT GROUP_CONCAT(IF(? = 'en', la.name_en, la.name_de)"                               \
	"                      ORDER BY la.position, la.code SEPARATOR '" DIR_SEP "')"             \
	"  FROM offer_languages ol JOIN languages la ON la.code = ol.lang"                         \
	"  WHERE ol.offer_id = f.id),"                                                             \
	" o.id, o.name, o.phone, o.email, o.website"                                               \
	" FROM offers f JOIN orgs o ON o.id = f.org_id"                                            \
	" JOIN fields_of_action fa ON fa.id = f.field_id"                                          \
	" LEFT JOIN municipalities mu ON mu.id = f.municipality_id"

/* The offers list's WHERE: listed; q matches title, description or the
 * organisation's name; field of action, type of organisation, the offer's
 * municipality, language and target group. */
#define OFFER_FILTER                                                                               \
	" WHERE" OFFER_LISTED                                                                      \
	" AND (? = '' OR f.title LIKE ? OR f.description LIKE ? OR o.name LIKE ?)"                 \
	" AND (? = 0 OR f.field_id = ?)"                                                           \
	" AND (? = 0 OR o.type_id = ?)"                                                            \
	" AND (? = 0 OR f.municipality_id = ?)"                                                    \
	" AND (? = '' OR EXISTS (SELECT 1 FROM offer_languages l"                                  \
	"                        WHERE l.offer_id = f.id AND l.lang = ?))"                         \
	" AND (? = 0 OR EXISTS (SELECT 1 FROM offer_target_groups g"                               \
	"                       WHERE g.offer_id = f.id AND g.target_group_id = ?))"

struct kp_sql dir_sql[DIR_COUNT_STMTS] = {
    [DIR_ORGS_COUNT] = {"SELECT COUNT(*) FROM orgs o" ORG_FILTER},
    [DIR_ORGS_BY_NAME] = {ORG_COLUMNS ORG_FILTER " ORDER BY o.name, o.id LIMIT ? OFFSET ?"},
    [DIR_ORGS_BY_NEW] = {ORG_COLUMNS ORG_FILTER
                         " ORDER BY o.created_at DESC, o.id DESC LIMIT ? OFFSET ?"},
    [DIR_ORGS_BY_UPDATED] = {ORG_COLUMNS ORG_FILTER
                             " ORDER BY o.updated_at DESC, o.id DESC LIMIT ? OFFSET ?"},
    [DIR_ORG_SHOW] = {ORG_COLUMNS " WHERE o.id = ? AND" ORG_LISTED},
    [DIR_ORG_OFFERS] = {OFFER_COLUMNS " WHERE f.org_id = ? AND" OFFER_LISTED
                                      " ORDER BY f.title, f.id"},
    [DIR_OFFERS_COUNT] =
        {"SELECT COUNT(*) FROM offers f JOIN orgs o ON o.id = f.org_id" OFFER_FILTER},
    [DIR_OFFERS_BY_TITLE] = {OFFER_COLUMNS OFFER_FILTER
                             " ORDER BY f.title, o.name, f.id LIMIT ? OFFSET ?"},
    [DIR_OFFERS_BY_NEW] = {OFFER_COLUMNS OFFER_FILTER
                           " ORDER BY f.created_at DESC, f.id DESC LIMIT ? OFFSET ?"},
    [DIR_OFFERS_BY_CHECKED] = {OFFER_COLUMNS OFFER_FILTER
                               " ORDER BY f.checked_on DESC, f.title, f.id LIMIT ? OFFSET ?"},
    [DIR_OFFER_SHOW] = {OFFER_COLUMNS " WHERE f.id = ? AND" OFFER_LISTED},
    /* The filters' choices. */
    [DIR_ALL_FIELDS] = {"SELECT id, IF(? = 'en', name_en, name_de) FROM fields_of_action"
                        " WHERE retired = 0 ORDER BY position, id"},
    [DIR_ALL_TYPES] = {"SELECT id, IF(? = 'en', name_en, name_de) FROM org_types"
                       " WHERE retired = 0 ORDER BY position, id"},
    [DIR_ALL_LANGS] = {"SELECT code, IF(? = 'en', name_en, name_de) FROM languages"
                       " ORDER BY position, code"},
    [DIR_ALL_MUNICIPALITIES] = {"SELECT id, name FROM municipalities WHERE retired = 0"
                                " ORDER BY name"},
    [DIR_ALL_TARGETS] = {"SELECT id, IF(? = 'en', name_en, name_de) FROM target_groups"
                         " WHERE retired = 0 ORDER BY position, id"},
};
