/* Every statement of the organisations part (orgs.h), side by side with
 * its enum. Optional filters are written as "(? = 0 OR ...)" so one
 * prepared statement serves every combination. */
#include "orgs.h"

/* The list's WHERE: organisations that are not deleted; q matches name or
 * description (LIKE, escaped by the caller); field of action, type,
 * municipality, and a language in which one of its offers is made. */
#define ORG_FILTER                                                                                 \
	" FROM orgs o JOIN org_types t ON t.id = o.type_id"                                        \
	" LEFT JOIN municipalities m ON m.id = o.municipality_id"                                  \
	" WHERE o.deleted_at IS NULL"                                                              \
	" AND (? = '' OR o.name LIKE ? OR o.description LIKE ?)"                                   \
	" AND (? = 0 OR EXISTS (SELECT 1 FROM org_fields f"                                        \
	"                       WHERE f.org_id = o.id AND f.field_id = ?))"                        \
	" AND (? = 0 OR o.type_id = ?)"                                                            \
	" AND (? = 0 OR o.municipality_id = ?)"                                                    \
	" AND (? = '' OR EXISTS (SELECT 1 FROM offers x"                                           \
	"                        JOIN offer_languages l ON l.offer_id = x.id"                      \
	"                        WHERE x.org_id = o.id AND x.deleted_at IS NULL AND l.lang = ?))"

#define ORG_LIST_COLUMNS                                                                           \
	"SELECT o.id, o.name, IF(? = 'en', t.name_en, t.name_de), o.city, m.name,"                 \
	" o.verified_at IS NOT NULL"

struct kp_sql org_sql[ORG_COUNT_STMTS] = {
    [ORG_COUNT] = {"SELECT COUNT(*)" ORG_FILTER},
    [ORG_LIST_BY_NAME] = {ORG_LIST_COLUMNS ORG_FILTER " ORDER BY o.name, o.id LIMIT ? OFFSET ?"},
    [ORG_LIST_BY_NEW] = {ORG_LIST_COLUMNS ORG_FILTER
                         " ORDER BY o.created_at DESC, o.id DESC LIMIT ? OFFSET ?"},
    [ORG_LIST_BY_UPDATED] = {ORG_LIST_COLUMNS ORG_FILTER
                             " ORDER BY o.updated_at DESC, o.id DESC LIMIT ? OFFSET ?"},
    [ORG_SHOW] = {"SELECT o.id, o.name, o.type_id, IF(? = 'en', t.name_en, t.name_de),"
                  " o.street, o.postcode, o.city, o.municipality_id, m.name, o.website,"
                  " o.phone, o.email, o.description, o.logo_sha256, o.logo_mime,"
                  " o.verified_at, o.public, o.created_at, o.updated_at"
                  " FROM orgs o JOIN org_types t ON t.id = o.type_id"
                  " LEFT JOIN municipalities m ON m.id = o.municipality_id"
                  " WHERE o.id = ? AND o.deleted_at IS NULL"},
    [ORG_FIELDS_OF] = {"SELECT f.id, IF(? = 'en', f.name_en, f.name_de) FROM org_fields x"
                       " JOIN fields_of_action f ON f.id = x.field_id WHERE x.org_id = ?"
                       " ORDER BY f.position, f.id"},
    /* all = 1: also the members whose account is not active (the contact
     * persons page, so that editors can remove them). */
    [ORG_MEMBERS_OF] = {"SELECT u.id, u.name, om.role, om.position, om.editor,"
                        " u.status = 'active'"
                        " FROM org_members om JOIN users u ON u.id = om.user_id"
                        " WHERE om.org_id = ? AND (? = 1 OR u.status = 'active')"
                        " ORDER BY om.position, u.name, u.id"},
    /* Outdated: not confirmed as current for 12 months (offers.checked_on). */
    [ORG_OFFERS_OF] = {"SELECT x.id, x.title, IF(? = 'en', f.name_en, f.name_de),"
                       " x.checked_on < CURDATE() - INTERVAL 12 MONTH, x.public"
                       " FROM offers x JOIN fields_of_action f ON f.id = x.field_id"
                       " WHERE x.org_id = ? AND x.deleted_at IS NULL ORDER BY x.title, x.id"},
    [ORG_IS_MEMBER] = {"SELECT editor FROM org_members WHERE org_id = ? AND user_id = ?"},
    /* The choices; a retired type or municipality stays a choice for the
     * organisation that has it (the second ?). */
    [ORG_ALL_TYPES] = {"SELECT id, IF(? = 'en', name_en, name_de) FROM org_types"
                       " WHERE retired = 0 OR id = ? ORDER BY position, id"},
    [ORG_ALL_FIELDS] = {"SELECT id, IF(? = 'en', name_en, name_de) FROM fields_of_action"
                        " WHERE retired = 0 ORDER BY position, id"},
    [ORG_ALL_LANGS] = {"SELECT code, IF(? = 'en', name_en, name_de) FROM languages"
                       " ORDER BY position, code"},
    [ORG_ALL_MUNICIPALITIES] = {"SELECT id, name FROM municipalities WHERE retired = 0 OR id = ?"
                                " ORDER BY name"},
    [ORG_TYPE_EXISTS] = {"SELECT id FROM org_types WHERE id = ? AND (retired = 0 OR id = ?)"},
    [ORG_MUNICIPALITY_EXISTS] = {"SELECT id FROM municipalities"
                                 " WHERE id = ? AND (retired = 0 OR id = ?)"},
    [ORG_INSERT] = {"INSERT INTO orgs (name, type_id, street, postcode, city, municipality_id,"
                    " website, phone, email, description, logo_sha256, logo_mime, public,"
                    " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
    /* updated_at set here too: a save that changes only the fields of
     * action or nothing at all still counts as an update (sort=updated). */
    [ORG_UPDATE] = {"UPDATE orgs SET name = ?, type_id = ?, street = ?, postcode = ?, city = ?,"
                    " municipality_id = ?, website = ?, phone = ?, email = ?, description = ?,"
                    " public = ?, updated_at = NOW() WHERE id = ? AND deleted_at IS NULL"},
    [ORG_LOGO_SET] = {"UPDATE orgs SET logo_sha256 = ?, logo_mime = ? WHERE id = ?"},
    [ORG_FIELDS_CLEAR] = {"DELETE FROM org_fields WHERE org_id = ?"},
    [ORG_FIELD_ADD] = {"INSERT INTO org_fields (org_id, field_id)"
                       " SELECT ?, id FROM fields_of_action WHERE id = ? AND retired = 0"
                       " ON DUPLICATE KEY UPDATE field_id = field_id"},
    /* The creator: the first contact person and editor. */
    [ORG_MEMBER_FIRST] = {"INSERT INTO org_members (org_id, user_id, role, position, editor)"
                          " VALUES (?, ?, ?, 1, 1)"},
    /* An active member, at the end of the list, not an editor (yet).
     * Nothing inserted: no such active member. */
    [ORG_MEMBER_ADD] = {"INSERT INTO org_members (org_id, user_id, role, position, editor)"
                        " SELECT ?, u.id, ?, (SELECT LEAST(COALESCE(MAX(position), 0) + 1, 999)"
                        "                     FROM org_members WHERE org_id = ?), 0"
                        " FROM users u WHERE u.id = ? AND u.status = 'active'"},
    [ORG_MEMBER_UPDATE] = {"UPDATE org_members SET role = ?, position = ?, editor = ?"
                           " WHERE org_id = ? AND user_id = ?"},
    [ORG_MEMBER_REMOVE] = {"DELETE FROM org_members WHERE org_id = ? AND user_id = ?"},
    [ORG_ACTIVE_EDITORS] = {"SELECT COUNT(*) FROM org_members om JOIN users u ON u.id = om.user_id"
                            " WHERE om.org_id = ? AND om.editor = 1 AND u.status = 'active'"},
    [ORG_TOUCH] = {"UPDATE orgs SET updated_at = NOW() WHERE id = ?"},
    [ORG_VERIFY] = {"UPDATE orgs SET verified_at = NOW(), verified_by = ?"
                    " WHERE id = ? AND deleted_at IS NULL AND verified_at IS NULL"},
    /* Who could be added as a contact person: active members not linked yet,
     * by name (q, then its LIKE pattern, escaped by the caller), and the
     * member whose "add" form came back with an error, first (0: none). */
    [ORG_CANDIDATES] = {"SELECT u.id, u.name, p.position FROM users u"
                        " LEFT JOIN profiles p ON p.user_id = u.id"
                        " WHERE u.status = 'active' AND ((? <> '' AND u.name LIKE ?) OR u.id = ?)"
                        " AND NOT EXISTS (SELECT 1 FROM org_members om"
                        "                 WHERE om.org_id = ? AND om.user_id = u.id)"
                        " ORDER BY u.id = ? DESC, u.name, u.id LIMIT 10"},
    /* Changes to the contact persons of one organisation run one after
     * the other: each transaction locks the organisation's row first, so
     * the "one editor stays" count sees what the one before committed. */
    [ORG_LOCK] = {"SELECT id FROM orgs WHERE id = ? AND deleted_at IS NULL FOR UPDATE"},
    [ORG_OF_PERSON] = {"SELECT o.id, o.name, om.role FROM org_members om"
                       " JOIN orgs o ON o.id = om.org_id"
                       " WHERE om.user_id = ? AND o.deleted_at IS NULL ORDER BY o.name, o.id"},
};
