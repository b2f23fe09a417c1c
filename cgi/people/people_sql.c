/* Every statement of the people program, side by side with its enum.
 * Optional filters are written as "(? = 0 OR ...)" so one prepared
 * statement serves every combination. */
#include "people.h"

/* The list's WHERE: active members; q matches name or position (LIKE,
 * escaped by the caller); field, language and municipality filters. */
#define PEOPLE_FILTER                                                                              \
	" FROM users u LEFT JOIN profiles p ON p.user_id = u.id"                                   \
	" LEFT JOIN municipalities m ON m.id = p.municipality_id"                                  \
	" WHERE u.status = 'active'"                                                               \
	" AND (? = '' OR u.name LIKE ? OR p.position LIKE ?)"                                      \
	" AND (? = 0 OR EXISTS (SELECT 1 FROM profile_fields f"                                    \
	"                       WHERE f.user_id = u.id AND f.field_id = ?))"                       \
	" AND (? = '' OR EXISTS (SELECT 1 FROM profile_languages l"                                \
	"                        WHERE l.user_id = u.id AND l.lang = ?))"                          \
	" AND (? = 0 OR p.municipality_id = ?)"

#define PEOPLE_COLUMNS "SELECT u.id, u.name, p.position, m.name, p.thumb_sha256"

struct kp_sql people_sql[PPL_COUNT_STMTS] = {
    [PPL_COUNT] = {"SELECT COUNT(*)" PEOPLE_FILTER},
    [PPL_LIST_BY_NAME] = {PEOPLE_COLUMNS PEOPLE_FILTER " ORDER BY u.name, u.id LIMIT ? OFFSET ?"},
    /* Newest members first: by when the account was made; within the
     * same second the later id first. */
    [PPL_LIST_BY_NEW] = {PEOPLE_COLUMNS PEOPLE_FILTER
                         " ORDER BY u.created_at DESC, u.id DESC LIMIT ? OFFSET ?"},
    /* By municipality, then name; members without one come last. */
    [PPL_LIST_BY_MUNICIPALITY] =
        {PEOPLE_COLUMNS PEOPLE_FILTER
         " ORDER BY m.name IS NULL, m.name, u.name, u.id LIMIT ? OFFSET ?"},
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
