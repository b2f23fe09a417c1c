/* Every statement of the people program, side by side with its enum.
 * Optional filters are written as "(? = 0 OR ...)" so one prepared
 * statement serves every combination — except the member directory's
 * filters that an index can answer (people.h): those have a statement per
 * combination, made from the same pieces. */
#include "people.h"

/* The list's WHERE (people.h): active members; q matches name or position
 * (LIKE, escaped by the caller). The positions are a subquery, not a join
 * of every member's profile: MariaDB searches them once (or, when a filter
 * has chosen few members, looks up theirs), and only for members whose
 * name does not match; an empty q drops the whole condition before
 * anything is read. */
#define PEOPLE_WHERE                                                                               \
	" WHERE u.status = 'active'"                                                               \
	" AND (? = '' OR u.name LIKE ?"                                                            \
	" OR u.id IN (SELECT s.user_id FROM profiles s WHERE s.position LIKE ?))"

/* The filters of a set: each a semi-join MariaDB can start from (the index
 * profile_fields_field, profile_languages_lang, profiles_municipality_fk)
 * or check per member, whichever reads fewer rows. */
#define SET_FIELD " AND u.id IN (SELECT f.user_id FROM profile_fields f WHERE f.field_id = ?)"
#define SET_LANG  " AND u.id IN (SELECT l.user_id FROM profile_languages l WHERE l.lang = ?)"
#define SET_MUNICIPALITY                                                                           \
	" AND u.id IN (SELECT pm.user_id FROM profiles pm WHERE pm.municipality_id = ?)"

/* A set's pages in the three orders. Newest first: by when the account
 * was made, within the same second the later id first. By municipality,
 * then name, members without one last. */
#define PEOPLE_IDS "SELECT SQL_CALC_FOUND_ROWS u.id FROM users u"
#define WITH_MUNICIPALITY                                                                          \
	" LEFT JOIN profiles p ON p.user_id = u.id"                                                \
	" LEFT JOIN municipalities m ON m.id = p.municipality_id"
#define BY_NAME         " ORDER BY u.name, u.id LIMIT ? OFFSET ?"
#define BY_NEW          " ORDER BY u.created_at DESC, u.id DESC LIMIT ? OFFSET ?"
#define BY_MUNICIPALITY " ORDER BY m.name IS NULL, m.name, u.name, u.id LIMIT ? OFFSET ?"
/* clang-format off */
#define PEOPLE_SET(set, where)                                                                     \
	[PPL_PAGE_STMT(set, PPL_ORDER_NAME)] = {PEOPLE_IDS PEOPLE_WHERE where BY_NAME},            \
	[PPL_PAGE_STMT(set, PPL_ORDER_NEW)] = {PEOPLE_IDS PEOPLE_WHERE where BY_NEW},              \
	[PPL_PAGE_STMT(set, PPL_ORDER_MUNICIPALITY)] =                                             \
	    {PEOPLE_IDS WITH_MUNICIPALITY PEOPLE_WHERE where BY_MUNICIPALITY}
/* clang-format on */

struct kp_sql people_sql[PPL_COUNT_STMTS] = {
    PEOPLE_SET(0, ""),
    PEOPLE_SET(PPL_SET_FIELD, SET_FIELD),
    PEOPLE_SET(PPL_SET_LANG, SET_LANG),
    PEOPLE_SET(PPL_SET_FIELD | PPL_SET_LANG, SET_FIELD SET_LANG),
    PEOPLE_SET(PPL_SET_MUNICIPALITY, SET_MUNICIPALITY),
    PEOPLE_SET(PPL_SET_FIELD | PPL_SET_MUNICIPALITY, SET_FIELD SET_MUNICIPALITY),
    PEOPLE_SET(PPL_SET_LANG | PPL_SET_MUNICIPALITY, SET_LANG SET_MUNICIPALITY),
    PEOPLE_SET(PPL_SET_FIELD | PPL_SET_LANG | PPL_SET_MUNICIPALITY,
               SET_FIELD SET_LANG SET_MUNICIPALITY),
    [PPL_FOUND_ROWS] = {"SELECT FOUND_ROWS()"},
    /* Reads users_status (the narrowest), not the rows. */
    [PPL_ACTIVE_COUNT] = {"SELECT COUNT(*) FROM users WHERE status = 'active'"},
    [PPL_ACTIVE_BY_NAME] = {"SELECT id FROM users WHERE status = 'active'"
                            " ORDER BY name, id LIMIT ? OFFSET ?"},
    [PPL_ACTIVE_BY_NEW] = {"SELECT id FROM users WHERE status = 'active'"
                           " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"},
    /* One row per id of the JSON array, in its order; a member who is no
     * longer active since the ids were read is left out. */
    [PPL_PAGE_DETAILS] = {"SELECT u.id, u.name, p.position, m.name"
                          " FROM JSON_TABLE(?, '$[*]'"
                          " COLUMNS (n FOR ORDINALITY, id INT UNSIGNED PATH '$')) pg"
                          " JOIN users u ON u.id = pg.id"
                          " LEFT JOIN profiles p ON p.user_id = u.id"
                          " LEFT JOIN municipalities m ON m.id = p.municipality_id"
                          " WHERE u.status = 'active' ORDER BY pg.n"},
    [PPL_SHOW] = {"SELECT u.id, u.name, u.email, p.position, p.municipality_id, m.name,"
                  " p.phone, p.phone_visible, p.email_visible, p.about, p.photo_sha256,"
                  " p.thumb_sha256, p.photo_mime"
                  " FROM users u LEFT JOIN profiles p ON p.user_id = u.id"
                  " LEFT JOIN municipalities m ON m.id = p.municipality_id"
                  " WHERE u.id = ? AND u.status = 'active'"},
    [PPL_FIELDS_OF] = {"SELECT f.id, IF(? = 'en', f.name_en, f.name_de) FROM profile_fields pf"
                       " JOIN fields_of_action f ON f.id = pf.field_id WHERE pf.user_id = ?"
                       " ORDER BY f.position, f.id"},
    [PPL_LANGS_OF] = {"SELECT l.code, IF(? = 'en', l.name_en, l.name_de) FROM profile_languages pl"
                      " JOIN languages l ON l.code = pl.lang WHERE pl.user_id = ?"
                      " ORDER BY l.position, l.code"},
    [PPL_ALL_FIELDS] = {"SELECT id, IF(? = 'en', name_en, name_de) FROM fields_of_action"
                        " WHERE retired = 0 ORDER BY position, id"},
    [PPL_ALL_LANGS] = {"SELECT code, IF(? = 'en', name_en, name_de) FROM languages"
                       " ORDER BY position, code"},
    [PPL_ALL_MUNICIPALITIES] = {"SELECT id, name FROM municipalities WHERE retired = 0"
                                " ORDER BY name"},
    [PPL_PROFILE_UPSERT] = {"INSERT INTO profiles (user_id, position, municipality_id, phone,"
                            " phone_visible, email_visible, about) VALUES (?, ?, ?, ?, ?, ?, ?)"
                            " ON DUPLICATE KEY UPDATE position = VALUES(position),"
                            " municipality_id = VALUES(municipality_id), phone = VALUES(phone),"
                            " phone_visible = VALUES(phone_visible),"
                            " email_visible = VALUES(email_visible), about = VALUES(about)"},
    [PPL_FIELDS_CLEAR] = {"DELETE FROM profile_fields WHERE user_id = ?"},
    [PPL_FIELD_ADD] = {"INSERT INTO profile_fields (user_id, field_id)"
                       " SELECT ?, id FROM fields_of_action WHERE id = ? AND retired = 0"
                       " ON DUPLICATE KEY UPDATE field_id = field_id"},
    [PPL_LANGS_CLEAR] = {"DELETE FROM profile_languages WHERE user_id = ?"},
    [PPL_LANG_ADD] = {"INSERT INTO profile_languages (user_id, lang)"
                      " SELECT ?, code FROM languages WHERE code = ?"
                      " ON DUPLICATE KEY UPDATE lang = lang"},
    /* The profile row exists: PPL_PROFILE_UPSERT ran before in the same
     * transaction. */
    [PPL_PHOTO_SET] = {"UPDATE profiles SET photo_sha256 = ?, thumb_sha256 = ?, photo_mime = ?"
                       " WHERE user_id = ?"},
    [PPL_MUNICIPALITY_EXISTS] = {"SELECT id FROM municipalities WHERE id = ? AND retired = 0"},
};
