/* Every statement of the offers part (offers.h), side by side with its
 * enum. Optional filters are written "(? = 0 OR ...)" so one prepared
 * statement serves every combination. "Possibly outdated" is one rule,
 * written the same everywhere (and in kp-mailer's reminder): not
 * confirmed for 12 months. */
#include "offers.h"

#define OUTDATED " f.checked_on < CURDATE() - INTERVAL 12 MONTH"

/* The list's WHERE: offers of organisations that are not deleted; q
 * (a LIKE pattern, escaped by the caller) matches title, description or
 * the organisation's name; field, target group, municipality, language,
 * organisation type and "outdated only" filters. */
#define OFFER_FILTER                                                                               \
	" FROM offers f JOIN orgs o ON o.id = f.org_id"                                            \
	" JOIN fields_of_action fa ON fa.id = f.field_id"                                          \
	" LEFT JOIN municipalities mu ON mu.id = f.municipality_id"                                \
	" WHERE f.deleted_at IS NULL AND o.deleted_at IS NULL"                                     \
	" AND (? = '' OR f.title LIKE ? OR f.description LIKE ? OR o.name LIKE ?)"                 \
	" AND (? = 0 OR f.field_id = ?)"                                                           \
	" AND (? = 0 OR EXISTS (SELECT 1 FROM offer_target_groups t"                               \
	"                       WHERE t.offer_id = f.id AND t.target_group_id = ?))"               \
	" AND (? = 0 OR f.municipality_id = ?)"                                                    \
	" AND (? = '' OR EXISTS (SELECT 1 FROM offer_languages l"                                  \
	"                        WHERE l.offer_id = f.id AND l.lang = ?))"                         \
	" AND (? = 0 OR o.type_id = ?)"                                                            \
	" AND (? = 0 OR" OUTDATED ")"

/* One row of the list: id, organisation id, title, organisation, field,
 * municipality, languages (names joined), outdated (1/0). The first two
 * placeholders are the language of the names. */
#define OFFER_ROW                                                                                  \
	"SELECT f.id, f.org_id, f.title, o.name, IF(? = 'en', fa.name_en, fa.name_de), mu.name,"   \
	" (SELECT GROUP_CONCAT(IF(? = 'en', la.name_en, la.name_de)"                               \
	"                      ORDER BY la.position, la.code SEPARATOR ', ')"                      \
	"  FROM offer_languages ol JOIN languages la ON la.code = ol.lang"                         \
	"  WHERE ol.offer_id = f.id),"                                                             \
	" " OUTDATED OFFER_FILTER

struct kp_sql offer_sql[OFR_COUNT_STMTS] = {
    [OFR_COUNT] = {"SELECT COUNT(*)" OFFER_FILTER},
    [OFR_LIST_BY_TITLE] = {OFFER_ROW " ORDER BY f.title, o.name, f.id LIMIT ? OFFSET ?"},
    [OFR_LIST_BY_NEW] = {OFFER_ROW " ORDER BY f.created_at DESC, f.id DESC LIMIT ? OFFSET ?"},
    [OFR_LIST_BY_CHECKED] = {OFFER_ROW
                             " ORDER BY f.checked_on DESC, f.title, f.id LIMIT ? OFFSET ?"},
    /* Arguments: language (field name), language (date), offer, org. The
     * contact person only while active and linked to the organisation;
     * the date as people read it (month names of lc_time_names, which
     * the programs leave at en_US). */
    [OFR_SHOW] = {"SELECT f.id, f.org_id, o.name, f.title, f.description, f.field_id,"
                  " IF(? = 'en', fa.name_en, fa.name_de), f.place, f.municipality_id, mu.name,"
                  " f.costs, f.step_free, f.accessibility, f.contact_role, f.checked_on,"
                  " IF(? = 'en', DATE_FORMAT(f.checked_on, '%e %b %Y'),"
                  "    DATE_FORMAT(f.checked_on, '%d.%m.%Y')),"
                  " " OUTDATED ", f.public, o.public = 1 AND o.verified_at IS NOT NULL,"
                  " cu.id, cu.name, cu.email, p.phone, p.phone_visible, p.email_visible"
                  " FROM offers f JOIN orgs o ON o.id = f.org_id"
                  " JOIN fields_of_action fa ON fa.id = f.field_id"
                  " LEFT JOIN municipalities mu ON mu.id = f.municipality_id"
                  " LEFT JOIN users cu ON cu.id = f.contact_user_id AND cu.status = 'active'"
                  "  AND EXISTS (SELECT 1 FROM org_members om"
                  "              WHERE om.org_id = f.org_id AND om.user_id = cu.id)"
                  " LEFT JOIN profiles p ON p.user_id = cu.id"
                  " WHERE f.id = ? AND f.org_id = ? AND f.deleted_at IS NULL"
                  " AND o.deleted_at IS NULL"},
    [OFR_TARGETS_OF] = {"SELECT t.id, IF(? = 'en', t.name_en, t.name_de)"
                        " FROM offer_target_groups ot"
                        " JOIN target_groups t ON t.id = ot.target_group_id"
                        " WHERE ot.offer_id = ? ORDER BY t.position, t.id"},
    [OFR_LANGS_OF] = {"SELECT l.code, IF(? = 'en', l.name_en, l.name_de) FROM offer_languages ol"
                      " JOIN languages l ON l.code = ol.lang WHERE ol.offer_id = ?"
                      " ORDER BY l.position, l.code"},
    [OFR_ALL_TARGETS] = {"SELECT id, IF(? = 'en', name_en, name_de) FROM target_groups"
                         " WHERE retired = 0 ORDER BY position, id"},
    [OFR_ALL_TYPES] = {"SELECT id, IF(? = 'en', name_en, name_de) FROM org_types"
                       " WHERE retired = 0 ORDER BY position, id"},
    [OFR_ORG] = {"SELECT id, name FROM orgs WHERE id = ? AND deleted_at IS NULL"},
    /* Who can be an offer's contact person: the organisation's linked
     * members with an active account, in the editors' order. */
    [OFR_CONTACTS] = {"SELECT u.id, u.name FROM org_members m JOIN users u ON u.id = m.user_id"
                      " WHERE m.org_id = ? AND u.status = 'active'"
                      " ORDER BY m.position, u.name, u.id"},
    [OFR_FIELD_EXISTS] = {"SELECT id FROM fields_of_action WHERE id = ? AND retired = 0"},
    [OFR_MUNICIPALITY_EXISTS] = {"SELECT id FROM municipalities WHERE id = ? AND retired = 0"},
    [OFR_CONTACT_EXISTS] = {"SELECT m.user_id FROM org_members m JOIN users u ON u.id = m.user_id"
                            " WHERE m.org_id = ? AND m.user_id = ? AND u.status = 'active'"},
    /* A new offer counts as confirmed on the day it is written. */
    [OFR_INSERT] = {"INSERT INTO offers (org_id, title, description, field_id, place,"
                    " municipality_id, costs, step_free, accessibility, contact_user_id,"
                    " contact_role, public, created_by, checked_on)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURDATE())"},
    /* Saving is looking at it: confirmed today, a new reminder after
     * another 12 months. */
    [OFR_UPDATE] = {"UPDATE offers SET title = ?, description = ?, field_id = ?, place = ?,"
                    " municipality_id = ?, costs = ?, step_free = ?, accessibility = ?,"
                    " contact_user_id = ?, contact_role = ?, public = ?,"
                    " checked_on = CURDATE(), reminded_at = NULL"
                    " WHERE id = ? AND org_id = ? AND deleted_at IS NULL"},
    [OFR_TARGETS_CLEAR] = {"DELETE FROM offer_target_groups WHERE offer_id = ?"},
    [OFR_TARGET_ADD] = {"INSERT INTO offer_target_groups (offer_id, target_group_id)"
                        " SELECT ?, id FROM target_groups WHERE id = ? AND retired = 0"
                        " ON DUPLICATE KEY UPDATE target_group_id = target_group_id"},
    [OFR_LANGS_CLEAR] = {"DELETE FROM offer_languages WHERE offer_id = ?"},
    [OFR_LANG_ADD] = {"INSERT INTO offer_languages (offer_id, lang)"
                      " SELECT ?, code FROM languages WHERE code = ?"
                      " ON DUPLICATE KEY UPDATE lang = lang"},
    [OFR_CONFIRM] = {"UPDATE offers SET checked_on = CURDATE(), reminded_at = NULL"
                     " WHERE id = ? AND org_id = ? AND deleted_at IS NULL"},
    [OFR_DELETE] = {"UPDATE offers SET deleted_at = NOW()"
                    " WHERE id = ? AND org_id = ? AND deleted_at IS NULL"},
};
