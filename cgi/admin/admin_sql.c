/* The admin program's statements (admin.h). */
#include "admin.h"

/* Filters of the user list: text in name or e-mail (a LIKE pattern built
 * by the handler with % and _ escaped), status, site role; "" = any. */
#define USERS_WHERE                                                                                \
	" WHERE (? = '' OR name LIKE ? OR email LIKE ?) AND (? = '' OR status = ?)"                \
	" AND (? = '' OR role = ?)"
/* Filters of the audit log: actor's name or e-mail (LIKE pattern), action
 * prefix (LIKE pattern), first and last day (UTC, "YYYY-MM-DD"). */
#define AUDIT_WHERE                                                                                \
	" FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id"                                 \
	" WHERE (? = '' OR u.name LIKE ? OR u.email LIKE ?) AND (? = '' OR a.action LIKE ?)"       \
	" AND (? = '' OR a.at >= ?) AND (? = '' OR a.at < ? + INTERVAL 1 DAY)"

struct kp_sql admin_sql[A_COUNT] = {
    [A_SESSION_VERIFIED] = {"SELECT second_factor_at IS NOT NULL FROM sessions WHERE id = ?"},
    [A_SESSION_SET_VERIFIED] = {"UPDATE sessions SET second_factor_at = NOW() WHERE id = ?"},
    [A_TOTP_GET] = {"SELECT secret, confirmed_at IS NOT NULL, last_step FROM user_totp"
                    " WHERE user_id = ?"},
    [A_TOTP_INSERT] = {"INSERT INTO user_totp (user_id, secret, created_at) VALUES (?, ?, NOW())"},
    [A_TOTP_CONFIRM] = {"UPDATE user_totp SET confirmed_at = NOW(), last_step = ?"
                        " WHERE user_id = ? AND confirmed_at IS NULL"},
    [A_TOTP_STEP] = {"UPDATE user_totp SET last_step = ?"
                     " WHERE user_id = ? AND last_step < ? AND confirmed_at IS NOT NULL"},
    [A_TOTP_DROP_UNCONFIRMED] =
        {"DELETE FROM user_totp WHERE user_id = ? AND confirmed_at IS NULL"},
    [A_RECOVERY_DELETE] = {"DELETE FROM user_recovery_codes WHERE user_id = ?"},
    [A_RECOVERY_INSERT] = {"INSERT INTO user_recovery_codes (user_id, code_hash) VALUES (?, ?)"},
    [A_RECOVERY_USE] = {"UPDATE user_recovery_codes SET used_at = NOW()"
                        " WHERE user_id = ? AND code_hash = ? AND used_at IS NULL"},
    [A_RECOVERY_LEFT] = {"SELECT COUNT(*) FROM user_recovery_codes"
                         " WHERE user_id = ? AND used_at IS NULL"},
    [A_COUNTS] = {"SELECT (SELECT COUNT(*) FROM users WHERE status = 'pending'),"
                  " (SELECT COUNT(*) FROM users WHERE status = 'active'),"
                  " (SELECT COUNT(*) FROM reports WHERE resolved_at IS NULL AND group_id IS NULL)"},
    [A_USERS_COUNT] = {"SELECT COUNT(*) FROM users" USERS_WHERE},
    [A_USERS_LIST] =
        {"SELECT id, name, email, role, status, created_at, last_login_at FROM users" USERS_WHERE
         " ORDER BY name, id LIMIT ? OFFSET ?"},
    [A_USERS_EXPORT] = {"SELECT id, name, email, role, status, lang, created_at, last_login_at"
                        " FROM users" USERS_WHERE " ORDER BY name, id"},
    [A_USER_GET] = {"SELECT id, email, name, role, status, lang, created_at, last_login_at,"
                    " approved_at FROM users WHERE id = ?"},
    [A_USER_BY_EMAIL] = {"SELECT id FROM users WHERE email = ?"},
    [A_USER_GROUPS] = {"SELECT g.slug, g.name, g.visibility, gm.role, gm.state"
                       " FROM group_members gm JOIN `groups` g ON g.id = gm.group_id"
                       " WHERE gm.user_id = ? AND g.deleted_at IS NULL ORDER BY g.name, g.id"},
    [A_USER_ORGS] = {"SELECT o.id, o.name FROM org_members om JOIN orgs o ON o.id = om.org_id"
                     " WHERE om.user_id = ? ORDER BY o.name, o.id"},
    [A_USER_SESSIONS] = {"SELECT created_at, last_seen_at, ip, user_agent FROM sessions"
                         " WHERE user_id = ? ORDER BY last_seen_at DESC, id DESC"},
    [A_USER_SET_ROLE] = {"UPDATE users SET role = ? WHERE id = ? AND status <> 'deleted'"},
    [A_USER_SET_STATUS] = {"UPDATE users SET status = ? WHERE id = ? AND status = ?"},
    [A_USER_APPROVE] = {"UPDATE users SET status = 'active', approved_at = NOW(), approved_by = ?"
                        " WHERE id = ? AND status = 'pending'"},
    /* A rejected registration has no content yet: the row goes (its
     * tokens and sessions with it, by their foreign keys). */
    [A_USER_REJECT] = {"DELETE FROM users WHERE id = ? AND status = 'pending'"},
    [A_USER_ANONYMISE] = {"UPDATE users SET email = ?, name = ?, password_hash = NULL,"
                          " pending_email = NULL, status = 'deleted', role = 'member'"
                          " WHERE id = ? AND status <> 'deleted'"},
    [A_USER_DROP_PROFILE] = {"DELETE FROM profiles WHERE user_id = ?"},
    [A_USER_DROP_ORGS] = {"DELETE FROM org_members WHERE user_id = ?"},
    [A_USER_GROUP_IDS] = {"SELECT group_id FROM group_members WHERE user_id = ? FOR UPDATE"},
    [A_USER_DROP_GROUPS] = {"DELETE FROM group_members WHERE user_id = ?"},
    [A_USER_DROP_TOKENS] = {"DELETE FROM tokens WHERE user_id = ?"},
    [A_USER_DROP_TOTP] = {"DELETE FROM user_totp WHERE user_id = ?"},
    [A_USER_DROP_RECOVERY] = {"DELETE FROM user_recovery_codes WHERE user_id = ?"},
    [A_USER_DROP_NOTIFICATIONS] = {"DELETE FROM notifications WHERE user_id = ?"},
    [A_PENDING] = {"SELECT id, name, email, created_at FROM users WHERE status = 'pending'"
                   " ORDER BY created_at, id"},
    [A_SETTINGS_GET] = {"SELECT value FROM site_settings WHERE name = ?"},
    [A_SETTING_SET] = {"INSERT INTO site_settings (name, value, updated_at, updated_by)"
                       " VALUES (?, ?, NOW(), ?) ON DUPLICATE KEY UPDATE value = VALUES(value),"
                       " updated_at = NOW(), updated_by = VALUES(updated_by)"},
    [A_LEGAL_GET] = {"SELECT body, updated_at FROM legal_pages WHERE slug = ?"},
    [A_LEGAL_SET] = {"UPDATE legal_pages SET body = ?, updated_at = NOW(), updated_by = ?"
                     " WHERE slug = ?"},
    [A_AUDIT_COUNT] = {"SELECT COUNT(*)" AUDIT_WHERE},
    [A_AUDIT_LIST] = {"SELECT a.id, a.at, a.actor_id, u.name, a.ip, a.action, a.target_id,"
                      " a.detail" AUDIT_WHERE " ORDER BY a.id DESC LIMIT ? OFFSET ?"},
    /* Vocabularies: never deleted, only retired (old references stay). */
    [A_FIELDS_LIST] = {"SELECT id, name_de, name_en, position, retired FROM fields_of_action"
                       " ORDER BY retired, position, name_de"},
    [A_FIELDS_INSERT] = {"INSERT INTO fields_of_action (name_de, name_en, position)"
                         " VALUES (?, ?, ?)"},
    [A_FIELDS_UPDATE] = {"UPDATE fields_of_action SET name_de = ?, name_en = ?, position = ?,"
                         " retired = ? WHERE id = ?"},
    [A_TYPES_LIST] = {"SELECT id, name_de, name_en, position, retired FROM org_types"
                      " ORDER BY retired, position, name_de"},
    [A_TYPES_INSERT] = {"INSERT INTO org_types (name_de, name_en, position) VALUES (?, ?, ?)"},
    [A_TYPES_UPDATE] = {"UPDATE org_types SET name_de = ?, name_en = ?, position = ?,"
                        " retired = ? WHERE id = ?"},
    [A_CATEGORIES_LIST] = {"SELECT id, name, position, retired, topic_count FROM forum_categories"
                           " WHERE group_id IS NULL ORDER BY retired, position, name"},
    /* The queue: open reports of the network's own content (a group's
     * reports are for the group's moderators: site roles give nothing in
     * a group, access.h). */
    [A_REPORTS_COUNT] = {"SELECT COUNT(*) FROM reports WHERE resolved_at IS NULL"
                         " AND group_id IS NULL"},
    [A_REPORTS_LIST] = {"SELECT r.id, r.kind, r.content_id, r.reason, r.created_at, u.name"
                        " FROM reports r LEFT JOIN users u ON u.id = r.reporter_id"
                        " WHERE r.resolved_at IS NULL AND r.group_id IS NULL"
                        " ORDER BY r.id LIMIT ? OFFSET ?"},
    [A_REPORT_GET] = {"SELECT id, kind, content_id FROM reports WHERE id = ?"
                      " AND resolved_at IS NULL AND group_id IS NULL"},
    /* Every open report of the same content: one decision answers them all. */
    [A_REPORTS_RESOLVE] = {"UPDATE reports SET resolved_at = NOW(), resolved_by = ?"
                           " WHERE kind = ? AND content_id = ? AND resolved_at IS NULL"},
    [A_POST_GET] = {"SELECT p.id, p.topic_id, p.body, p.hidden_at IS NOT NULL,"
                    " p.deleted_at IS NOT NULL, u.id, u.name, u.email, u.lang, t.title"
                    " FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id"
                    " LEFT JOIN users u ON u.id = p.created_by AND u.status = 'active'"
                    " WHERE p.id = ? AND p.group_id IS NULL"},
    [A_POST_HIDE] = {"UPDATE forum_posts SET hidden_at = NOW(), hidden_by = ?, hidden_reason = ?"
                     " WHERE id = ? AND hidden_at IS NULL AND deleted_at IS NULL"},
    [A_POST_RESTORE] = {"UPDATE forum_posts SET hidden_at = NULL, hidden_by = NULL,"
                        " hidden_reason = NULL WHERE id = ? AND hidden_at IS NOT NULL"},
    /* A document of the network's library (group libraries have their
     * own moderators, cgi/docs/report.c). In the bin counts as hidden:
     * restoring takes it out again. */
    [A_DOC_GET] = {"SELECT d.id, d.title, IFNULL(d.description, ''), d.deleted_at IS NOT NULL,"
                   " u.id, u.name, u.email, u.lang, v.filename FROM documents d"
                   " LEFT JOIN document_versions v ON v.id = d.current_version_id"
                   " LEFT JOIN users u ON u.id = d.created_by AND u.status = 'active'"
                   " WHERE d.id = ? AND d.group_id IS NULL"},
    /* Hiding a document moves it to the bin, as its uploader or a
     * moderator deleting it does (the docs program's DOCS_DOC_DELETE). */
    [A_DOC_BIN] = {"UPDATE documents SET deleted_at = NOW(), deleted_by = ?"
                   " WHERE id = ? AND deleted_at IS NULL"},
    [A_DOC_UNBIN] = {"UPDATE documents SET deleted_at = NULL, deleted_by = NULL"
                     " WHERE id = ? AND deleted_at IS NOT NULL"},
    [A_ORGS_UNVERIFIED] = {"SELECT o.id, o.name, t.name_de, t.name_en, o.created_at, u.name"
                           " FROM orgs o JOIN org_types t ON t.id = o.type_id"
                           " LEFT JOIN users u ON u.id = o.created_by"
                           " WHERE o.verified_at IS NULL AND o.deleted_at IS NULL"
                           " ORDER BY o.created_at, o.id"},
    [A_ORGS_ALL] = {"SELECT id, name, city FROM orgs WHERE deleted_at IS NULL ORDER BY name, id"},
    /* As the people program marks them (checked more than 12 months ago). */
    [A_OFFERS_OUTDATED] = {"SELECT f.id, f.title, o.id, o.name, f.checked_on, f.reminded_at"
                           " FROM offers f JOIN orgs o ON o.id = f.org_id"
                           " WHERE f.deleted_at IS NULL AND o.deleted_at IS NULL"
                           " AND f.checked_on < CURDATE() - INTERVAL 12 MONTH"
                           " ORDER BY f.checked_on, f.id LIMIT 200"},
    [A_ORG_VERIFY] = {"UPDATE orgs SET verified_at = NOW(), verified_by = ?"
                      " WHERE id = ? AND deleted_at IS NULL AND verified_at IS NULL"},
    /* Rejecting a new organisation: soft deletion, as the people program
     * deletes (the row stays for the audit trail). */
    [A_ORG_REJECT] = {"UPDATE orgs SET deleted_at = NOW()"
                      " WHERE id = ? AND deleted_at IS NULL AND verified_at IS NULL"},
    [A_ORG_LOCK] = {"SELECT id, name FROM orgs WHERE id IN (?, ?) AND deleted_at IS NULL"
                    " ORDER BY id FOR UPDATE"},
    /* Merge: contact persons (a person in both keeps the target's row),
     * offers and fields of action move to the target; the duplicate is
     * soft-deleted. */
    [A_ORG_MERGE_MEMBERS] =
        {"INSERT IGNORE INTO org_members (org_id, user_id, role, position, editor)"
         " SELECT ?, user_id, role, position, editor FROM org_members"
         " WHERE org_id = ?"},
    [A_ORG_DROP_MEMBERS] = {"DELETE FROM org_members WHERE org_id = ?"},
    [A_ORG_MERGE_OFFERS] = {"UPDATE offers SET org_id = ? WHERE org_id = ?"},
    [A_ORG_MERGE_FIELDS] = {"INSERT IGNORE INTO org_fields (org_id, field_id)"
                            " SELECT ?, field_id FROM org_fields WHERE org_id = ?"},
    [A_ORG_DROP] = {"UPDATE orgs SET deleted_at = NOW() WHERE id = ? AND deleted_at IS NULL"},
    /* Statistics (stats.c). All times UTC; "active": signed in within the
     * last 30 or 90 days. A month's new members: accounts created that
     * month that became members (also those suspended or deleted since). */
    [A_STATS_MEMBERS] = {"SELECT COUNT(*), COALESCE(SUM(created_at >= NOW() - INTERVAL 30 DAY), 0),"
                         " COALESCE(SUM(last_login_at >= NOW() - INTERVAL 30 DAY), 0),"
                         " COALESCE(SUM(last_login_at >= NOW() - INTERVAL 90 DAY), 0)"
                         " FROM users WHERE status = 'active'"},
    [A_STATS_MONTH_MEMBERS] = {"SELECT DATE_FORMAT(created_at, '%Y-%m'), COUNT(*) FROM users"
                               " WHERE status IN ('active', 'suspended', 'deleted')"
                               " AND created_at >= ? GROUP BY 1"},
    [A_STATS_MONTH_TOPICS] = {"SELECT DATE_FORMAT(created_at, '%Y-%m'), COUNT(*) FROM forum_topics"
                              " WHERE deleted_at IS NULL AND created_at >= ? GROUP BY 1"},
    [A_STATS_MONTH_POSTS] = {"SELECT DATE_FORMAT(created_at, '%Y-%m'), COUNT(*) FROM forum_posts"
                             " WHERE deleted_at IS NULL AND created_at >= ? GROUP BY 1"},
    /* Documents added (not in the bin), dates held (an event's dates
     * that were not cancelled, by the month they took place), sign-ups
     * ("yes", waiting list included, by the month of the answer). */
    [A_STATS_MONTH_DOCUMENTS] = {"SELECT DATE_FORMAT(created_at, '%Y-%m'), COUNT(*) FROM documents"
                                 " WHERE deleted_at IS NULL AND created_at >= ? GROUP BY 1"},
    [A_STATS_MONTH_EVENTS] = {"SELECT DATE_FORMAT(o.starts_at, '%Y-%m'), COUNT(*)"
                              " FROM event_occurrences o JOIN events e ON e.id = o.event_id"
                              " WHERE o.cancelled = 0 AND e.cancelled_at IS NULL"
                              " AND o.starts_at >= ? AND o.starts_at < UTC_TIMESTAMP()"
                              " GROUP BY 1"},
    [A_STATS_MONTH_SIGNUPS] = {"SELECT DATE_FORMAT(answered_at, '%Y-%m'), COUNT(*) FROM event_rsvps"
                               " WHERE answer = 'yes' AND answered_at >= ? GROUP BY 1"},
    [A_STATS_TOP_GROUPS] = {"SELECT g.slug, g.name, COUNT(*) FROM forum_posts p"
                            " JOIN `groups` g ON g.id = p.group_id"
                            " WHERE p.deleted_at IS NULL AND g.deleted_at IS NULL"
                            " AND p.created_at >= ? GROUP BY g.id, g.slug, g.name"
                            " ORDER BY 3 DESC, g.name LIMIT 10"},
    [A_STATS_TOP_FIELDS] =
        {"SELECT f.name_de, f.name_en, COUNT(*) FROM forum_posts p"
         " JOIN forum_topics t ON t.id = p.topic_id"
         " JOIN forum_categories c ON c.id = t.category_id"
         " JOIN fields_of_action f ON f.id = c.field_id"
         " WHERE p.deleted_at IS NULL AND p.created_at >= ?"
         " GROUP BY f.id, f.name_de, f.name_en ORDER BY 3 DESC, f.name_de LIMIT 10"},
    /* Groups (groups.c): every group, private ones too — admins learn
     * that they exist and who owns them, never their content. */
    [A_GROUPS_COUNT] = {"SELECT COUNT(*) FROM `groups` g WHERE g.deleted_at IS NULL"
                        " AND (? = '' OR g.name LIKE ? OR g.slug LIKE ?)"},
    [A_GROUPS_LIST] =
        {"SELECT g.id, g.slug, g.name, g.visibility, g.archived_at IS NOT NULL,"
         " g.member_count, (SELECT GROUP_CONCAT(u.name ORDER BY u.name SEPARATOR ', ')"
         " FROM group_members gm JOIN users u ON u.id = gm.user_id"
         " WHERE gm.group_id = g.id AND gm.role = 'owner' AND gm.state = 'active')"
         " FROM `groups` g WHERE g.deleted_at IS NULL"
         " AND (? = '' OR g.name LIKE ? OR g.slug LIKE ?)"
         " ORDER BY g.name, g.id LIMIT ? OFFSET ?"},
    [A_GROUP_LOCK] = {"SELECT id, archived_at IS NOT NULL FROM `groups`"
                      " WHERE id = ? AND deleted_at IS NULL FOR UPDATE"},
    [A_GROUP_ARCHIVE] = {"UPDATE `groups` SET archived_at = NOW(), archived_by = ?"
                         " WHERE id = ? AND archived_at IS NULL AND deleted_at IS NULL"},
    [A_GROUP_RESTORE] = {"UPDATE `groups` SET archived_at = NULL, archived_by = NULL"
                         " WHERE id = ? AND archived_at IS NOT NULL AND deleted_at IS NULL"},
    [A_USER_ACTIVE_BY_EMAIL] = {"SELECT id, name FROM users WHERE email = ? AND status = 'active'"},
    /* A transfer: an active member of the group becomes its owner, the
     * other owners become members. Never someone outside the group: that
     * would be a way into a private group around "enter as admin". */
    [A_GROUP_OWNERS_DEMOTE] = {"UPDATE group_members SET role = 'member', updated_at = NOW()"
                               " WHERE group_id = ? AND role = 'owner' AND user_id <> ?"},
    [A_GROUP_ACTIVE_MEMBER] = {"SELECT COUNT(*) FROM group_members"
                               " WHERE group_id = ? AND user_id = ? AND state = 'active'"},
    [A_GROUP_OWNER_SET] = {"UPDATE group_members SET role = 'owner', updated_at = NOW()"
                           " WHERE group_id = ? AND user_id = ? AND state = 'active'"},
    [A_GROUP_SLUG] = {"SELECT slug FROM `groups` WHERE id = ? AND deleted_at IS NULL"},
    /* Read-only entry into a group for this session, for an hour (access.c
     * reads it); entering again starts the hour anew. */
    [A_GROUP_ENTER] = {"INSERT INTO admin_group_entries (session_id, group_id, created_at,"
                       " expires_at) VALUES (?, ?, NOW(), NOW() + INTERVAL 1 HOUR)"
                       " ON DUPLICATE KEY UPDATE created_at = NOW(),"
                       " expires_at = NOW() + INTERVAL 1 HOUR"},
};
