/* Every statement of the members part (members.h), side by side with its
 * enum. A membership change runs in one transaction that first locks the
 * group's row (MEMBERS_LOCK_GROUP), then the membership row, changes it
 * and recounts (kp_group_recount). Times are UTC. */
#include "members.h"

/* The organisation shown with the name of the user in column USER
 * (shown_orgs, kept by triggers: sql/migrations/0014_shown_org.sql),
 * as the home page and the forum's author line have it. */
#define SHOWN_ORG(USER)                                                                            \
	" LEFT JOIN shown_orgs so ON so.user_id = " USER " LEFT JOIN orgs o ON o.id = so.org_id"

struct kp_sql members_sql[MEMBERS_COUNT_STMTS] = {
    /* A page of the active members (group, limit, offset): owners, then
     * moderators, then members (the ENUM's order is member, moderator,
     * owner), each by name, with their first organisation (looked up for
     * the page's rows only) and the total (COUNT(*) OVER ()).
     * group_members_list narrows to the group's active rows. Accounts that
     * are not active (suspended, deleted) are not shown. */
    [MEMBERS_LIST] = {"SELECT pg.user_id, pg.name, pg.role, o.id, o.name, pg.total"
                      " FROM (SELECT gm.user_id, gm.role, u.name, COUNT(*) OVER () AS total"
                      "       FROM group_members gm JOIN users u ON u.id = gm.user_id"
                      "       WHERE gm.group_id = ? AND gm.state = 'active'"
                      "       AND u.status = 'active'"
                      "       ORDER BY gm.role DESC, u.name, u.id LIMIT ? OFFSET ?) pg" SHOWN_ORG(
                          "pg.user_id") " ORDER BY pg.role DESC, pg.name, pg.user_id"},
    /* For managers (group): the waiting requests, then the open
     * invitations, each by name, with who invited and since when; at most
     * 200 of them. An invitation by e-mail to an account (invited_email)
     * comes by the address typed, never by the account's name or
     * organisation (the inviter must not learn whose address it is): its
     * name and id are NULL here. */
    [MEMBERS_PENDING] = {"SELECT IF(pg.invited_email IS NULL, pg.user_id, NULL),"
                         " IF(pg.invited_email IS NULL, pg.name, NULL), pg.state,"
                         " IF(pg.invited_email IS NULL, o.id, NULL),"
                         " IF(pg.invited_email IS NULL, o.name, NULL), ib.name, pg.since,"
                         " pg.invited_email"
                         " FROM (SELECT gm.user_id, gm.state, gm.invited_by, gm.invited_email,"
                         "       u.name, IFNULL(gm.updated_at, gm.created_at) AS since"
                         "       FROM group_members gm JOIN users u ON u.id = gm.user_id"
                         "       WHERE gm.group_id = ? AND gm.state IN ('requested', 'invited')"
                         "       AND u.status = 'active'"
                         "       ORDER BY gm.state DESC, gm.invited_email IS NOT NULL,"
                         "       IFNULL(gm.invited_email, u.name), u.id LIMIT 200) pg"
                         " LEFT JOIN users ib ON ib.id = pg.invited_by" SHOWN_ORG(
                             "pg.user_id") " ORDER BY pg.state DESC, pg.invited_email IS NOT NULL,"
                                           " IFNULL(pg.invited_email, pg.name), pg.user_id"},
    /* For managers (group): the group's invitation links not used and
     * not expired, by address, with who invited and when; at most 200. */
    [MEMBERS_MAIL_PENDING] = {"SELECT t.id, t.email, ib.name, t.created_at FROM tokens t"
                              " LEFT JOIN users ib ON ib.id = t.created_by"
                              " WHERE t.group_id = ? AND t.kind = 'invite' AND t.used_at IS NULL"
                              " AND t.expires_at > NOW() ORDER BY t.email, t.id LIMIT 200"},
    /* The group's row, locked for a membership change (group): archived
     * (1/0), visibility; no row when deleted. */
    [MEMBERS_LOCK_GROUP] = {"SELECT archived_at IS NOT NULL, visibility FROM `groups`"
                            " WHERE id = ? AND deleted_at IS NULL FOR UPDATE"},
    /* One membership row, locked (group, user): role, state. */
    [MEMBERS_ROW_LOCK] = {"SELECT role, state FROM group_members"
                          " WHERE group_id = ? AND user_id = ? FOR UPDATE"},
    /* The group's active owners (group), read after the group's lock. */
    /* The group's active owners who can sign in (group), read after the
     * group's lock and locked themselves: an owner whose account is
     * suspended or deleted is no owner anybody can reach. */
    [MEMBERS_OWNERS] = {"SELECT gm.user_id FROM group_members gm"
                        " JOIN users u ON u.id = gm.user_id AND u.status = 'active'"
                        " WHERE gm.group_id = ? AND gm.state = 'active' AND gm.role = 'owner'"
                        " FOR UPDATE"},
    /* A new row (group, user, state, who invited: NULL for one's own
     * joining or request; the address typed for an invitation by e-mail,
     * else NULL), always with the role member. */
    [MEMBERS_INSERT] = {"INSERT INTO group_members (group_id, user_id, role, state, invited_by,"
                        " invited_email, created_at, updated_at)"
                        " VALUES (?, ?, 'member', ?, ?, ?, NOW(), NOW())"},
    /* An invitation accepted or a request approved: active (who approved
     * — NULL keeps the inviter —, group, user, the state it had). */
    [MEMBERS_ACTIVATE] = {"UPDATE group_members SET state = 'active',"
                          " invited_by = IFNULL(?, invited_by), updated_at = NOW()"
                          " WHERE group_id = ? AND user_id = ? AND state = ?"},
    /* Leaving, removing, declining, refusing, withdrawing, cancelling
     * (group, user, the state it has). */
    [MEMBERS_DELETE] =
        {"DELETE FROM group_members WHERE group_id = ? AND user_id = ? AND state = ?"},
    /* role, group, user */
    [MEMBERS_SET_ROLE] = {"UPDATE group_members SET role = ?, updated_at = NOW()"
                          " WHERE group_id = ? AND user_id = ? AND state = 'active'"},
    /* A notification (kind, actor, group, recipient, actor again): not to
     * the actor, only to an account that can sign in. */
    [MEMBERS_NOTIFY] = {"INSERT INTO notifications (user_id, kind, actor_id, group_id, created_at)"
                        " SELECT u.id, ?, ?, ?, NOW() FROM users u"
                        " WHERE u.id = ? AND u.status = 'active' AND u.id <> ?"},
    /* A request: to each active owner and moderator of the group but the
     * requester (requester, group, requester again). */
    [MEMBERS_NOTIFY_MANAGERS] = {"INSERT INTO notifications (user_id, kind, actor_id, group_id,"
                                 " created_at)"
                                 " SELECT gm.user_id, 'group_request', ?, gm.group_id, NOW()"
                                 " FROM group_members gm"
                                 " JOIN users u ON u.id = gm.user_id AND u.status = 'active'"
                                 " WHERE gm.group_id = ? AND gm.state = 'active'"
                                 " AND gm.role IN ('owner', 'moderator') AND gm.user_id <> ?"},
    /* Active members whose name starts with the pattern (LIKE 'text%',
     * escaped; the collation is case- and accent-blind), by name, with
     * their first organisation; one more than offered, to know there are
     * more. A range of users_status_name (0005_people_speed.sql), as the
     * forum's mention lookup. */
    [MEMBERS_FIND_NAME] = {"SELECT pu.id, pu.name, o.id, o.name"
                           " FROM (SELECT u.id, u.name FROM users u"
                           "       WHERE u.status = 'active' AND u.name LIKE ?"
                           "       ORDER BY u.name, u.id LIMIT ?) pu" SHOWN_ORG(
                               "pu.id") " ORDER BY pu.name, pu.id"},
    /* An active account by id: name. */
    [MEMBERS_USER_ACTIVE] = {"SELECT name FROM users WHERE id = ? AND status = 'active'"},
    /* An account by its (normalised) address: id, status. */
    [MEMBERS_USER_BY_EMAIL] = {"SELECT id, status FROM users WHERE email = ?"},
    /* Invitations by e-mail the user (twice) sent in the last 24 hours:
     * the links (tokens) and the invitations of accounts by address. Run
     * after MEMBERS_LOCK_INVITER, in the inserting transaction. */
    [MEMBERS_MAIL_INVITES_TODAY] = {"SELECT (SELECT COUNT(*) FROM tokens WHERE kind = 'invite'"
                                    " AND created_by = ? AND created_at > NOW() - INTERVAL 1 DAY)"
                                    " + (SELECT COUNT(*) FROM group_members WHERE invited_by = ?"
                                    " AND invited_email IS NOT NULL"
                                    " AND created_at > NOW() - INTERVAL 1 DAY)"},
    /* The inviter's row, locked (user): e-mail invitations of one inviter
     * wait for each other, so that the daily count above holds. */
    [MEMBERS_LOCK_INVITER] = {"SELECT id FROM users WHERE id = ? FOR UPDATE"},
    /* An e-mail invitation that led nowhere (an account that cannot sign
     * in, or one in the group already) still counts toward the day's
     * limit: a spent link nobody received (hash, address, inviter,
     * group). */
    [MEMBERS_MAIL_SPENT] = {"INSERT INTO tokens (token_hash, kind, email, created_by, group_id,"
                            " created_at, expires_at, used_at)"
                            " VALUES (?, 'invite', ?, ?, ?, NOW(), NOW(), NOW())"},
    /* Withdrawing an invitation link (token, group): spent, when it is
     * the group's, unused and not expired. */
    [MEMBERS_MAIL_WITHDRAW] = {"UPDATE tokens SET used_at = NOW() WHERE id = ? AND group_id = ?"
                               " AND kind = 'invite' AND used_at IS NULL AND expires_at > NOW()"},
    /* An invitation of an account by address (group, address): the user. */
    [MEMBERS_BY_INVITED_EMAIL] = {"SELECT user_id FROM group_members WHERE group_id = ?"
                                  " AND invited_email = ? AND state = 'invited' FOR UPDATE"},
    /* Notifications that are moot now (group, kind, actor or NULL,
     * recipient or NULL): a request's to the managers once it is decided,
     * an invitation's once it is withdrawn or declined. */
    [MEMBERS_NOTES_DELETE] = {"DELETE FROM notifications WHERE group_id = ? AND kind = ?"
                              " AND (? IS NULL OR actor_id = ?) AND (? IS NULL OR user_id = ?)"},
};
