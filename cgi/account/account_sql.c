/* Every statement of the account program, side by side with its enum. */
#include "account.h"

struct kp_sql account_sql[ACC_COUNT] = {
    [ACC_USER_BY_EMAIL] = {"SELECT id, email, name, password_hash, status, lang, pending_email"
                           " FROM users WHERE email = ?"},
    [ACC_USER_BY_ID] = {"SELECT id, email, name, password_hash, status, lang, pending_email"
                        " FROM users WHERE id = ?"},
    [ACC_USER_INSERT] = {"INSERT INTO users (email, name, password_hash, status, lang,"
                         " approved_at, approved_by) VALUES (?, ?, ?, ?, ?,"
                         " IF(? = 'active', NOW(), NULL), ?)"},
    [ACC_USER_CONFIRM] = {"UPDATE users SET name = ?, password_hash = ?, status = 'pending'"
                          " WHERE id = ? AND status = 'unverified'"},
    [ACC_USER_SET_PROFILE] = {"UPDATE users SET name = ?, lang = ? WHERE id = ?"},
    [ACC_USER_SET_PASSWORD] = {"UPDATE users SET password_hash = ? WHERE id = ?"},
    [ACC_USER_SET_PENDING_EMAIL] = {"UPDATE users SET pending_email = ? WHERE id = ?"},
    [ACC_USER_SET_EMAIL] = {"UPDATE users SET email = ?, pending_email = NULL"
                            " WHERE id = ? AND pending_email = ?"},
    [ACC_USER_LOGGED_IN] = {"UPDATE users SET last_login_at = NOW() WHERE id = ?"},
    [ACC_RESET_REQUEST] = {"INSERT INTO mail_requests (kind, email, created_at)"
                           " VALUES ('reset', ?, NOW())"},
    /* Whether the user has a calendar feed (the events program keeps
     * it: /events/feed/...) and since when (user). */
    [ACC_CALENDAR_FEED] = {"SELECT created_at FROM event_feeds WHERE user_id = ?"},
    [ACC_SESSIONS_OF_USER] = {"SELECT id, created_at, last_seen_at, ip, user_agent"
                              " FROM sessions WHERE user_id = ?"
                              " ORDER BY last_seen_at DESC, id DESC LIMIT 50"},
    [ACC_SESSION_END] = {"DELETE FROM sessions WHERE id = ? AND user_id = ?"},
    [ACC_ADMINS] = {"SELECT email, lang, name FROM users"
                    " WHERE role = 'admin' AND status = 'active'"},
    /* An invitation into a group (tokens.group_id): the group's row,
     * locked as the groups program locks it for every membership change
     * (cgi/groups/members.h): slug, archived (1/0); no row when deleted. */
    /* The group an invitation leads into, while it takes members and the
     * inviter is still one of its owners or moderators (as join_group in
     * invite.c has it), and who invited (inviter, group): name, inviter's
     * name. */
    [ACC_GROUP_OF_INVITE] = {"SELECT g.name, u.name FROM `groups` g LEFT JOIN users u ON u.id = ?"
                             " WHERE g.id = ? AND g.deleted_at IS NULL AND g.archived_at IS NULL"
                             " AND u.status = 'active' AND EXISTS (SELECT 1 FROM group_members gm"
                             " WHERE gm.group_id = g.id AND gm.user_id = u.id"
                             " AND gm.state = 'active' AND gm.role IN ('owner', 'moderator'))"},
    [ACC_GROUP_LOCK] = {"SELECT slug, archived_at IS NOT NULL FROM `groups`"
                        " WHERE id = ? AND deleted_at IS NULL FOR UPDATE"},
    /* group, the new account, who invited */
    [ACC_GROUP_MEMBER_ADD] = {"INSERT INTO group_members (group_id, user_id, role, state,"
                              " invited_by, created_at, updated_at)"
                              " VALUES (?, ?, 'member', 'active', ?, NOW(), NOW())"},
    /* Whether the inviter (user, group) is still an active owner or
     * moderator of the group, with an account that can sign in: read
     * after ACC_GROUP_LOCK, locked. */
    /* 'open' or 'invite' (the admin program's site settings). */
    [ACC_REGISTRATION_SETTING] = {"SELECT value FROM site_settings WHERE name = 'registration'"},
    [ACC_GROUP_INVITER_MANAGES] = {"SELECT 1 FROM group_members gm"
                                   " JOIN users u ON u.id = gm.user_id AND u.status = 'active'"
                                   " WHERE gm.user_id = ? AND gm.group_id = ?"
                                   " AND gm.state = 'active' AND gm.role IN ('owner', 'moderator')"
                                   " FOR UPDATE"},
};
