/* Every statement of the forum's post part (post.h), side by side with
 * its enum. Times are the database's NOW() (UTC, db.c sets the session's
 * time zone), so that a post, its counts and its notifications agree. */
#include "post.h"

/* Who may read a forum, for many recipients at once: true when the user
 * in column USER may read content of the group in column GROUP (NULL: the
 * network's forum, every member). This is KP_ACCESS_READABLE of
 * cgi/core/access.h written over a recipient column instead of one bound
 * id (that macro binds its "?" to a single user); keep the two in step
 * with the rules there. The one place this part states the rule. */
#define READABLE_BY(USER, GROUP)                                                                   \
	" (" GROUP " IS NULL OR " GROUP " IN (SELECT g.id FROM `groups` g"                         \
	" LEFT JOIN group_members gm ON gm.group_id = g.id AND gm.user_id = " USER                 \
	" AND gm.state = 'active'"                                                                 \
	" WHERE g.deleted_at IS NULL AND (g.visibility = 'open' OR gm.user_id IS NOT NULL))) "

/* A notification row about post p for the recipient in column USER (the
 * columns of notifications in the order of the INSERT below). Only
 * accounts that can sign in get one: a suspended or deleted member reads
 * nothing. */
#define NOTIFY_INSERT                                                                              \
	"INSERT INTO notifications"                                                                \
	" (user_id, kind, actor_id, group_id, topic_id, post_id, created_at) "
#define NOTIFY_ROW(USER, KIND)                                                                     \
	"SELECT " USER ", '" KIND "', p.created_by, p.group_id, p.topic_id, p.id, NOW()"

#define TEN_NAMES "?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
_Static_assert(POST_MENTIONS_MAX == 20, "POST_NOTIFY_MENTION has 2 * TEN_NAMES placeholders");

/* Lock order: a new post locks what it goes into before anything else
 * (after the one-time token) — a reply its topic, then its category; a new
 * topic its category — so that members posting in one category at the
 * same time wait for each other: no deadlock (a topic's insert takes a
 * shared lock on its category row for the foreign key, and two of them
 * could not both upgrade it for the counts), and posts get their ids in
 * the order in which the counts move on (last_post_id is the newest). */
struct kp_sql post_sql[POST_COUNT_STMTS] = {
    /* The category of a new post, locked until the post is in: retired
     * (1/0). */
    [POST_CATEGORY_LOCK] = {"SELECT retired FROM forum_categories WHERE id = ? FOR UPDATE"},
    /* category, group (NULL: the network), title, author */
    [POST_TOPIC_INSERT] = {"INSERT INTO forum_topics (category_id, group_id, title, created_by,"
                           " created_at, updated_at, last_post_at)"
                           " VALUES (?, ?, ?, ?, NOW(), NOW(), NOW())"},
    /* topic, group, author, body */
    [POST_INSERT] = {"INSERT INTO forum_posts (topic_id, group_id, created_by, created_at, body)"
                     " VALUES (?, ?, ?, NOW(), ?)"},
    /* The topic a reply goes to, locked against a moderator's lock, move
     * or delete until the reply is in: locked (1/0), category; no row
     * when deleted. */
    [POST_TOPIC_FOR_REPLY] = {"SELECT locked, category_id FROM forum_topics"
                              " WHERE id = ? AND deleted_at IS NULL FOR UPDATE"},
    /* The author watches what they wrote in (user, topic). */
    [POST_WATCH] = {"INSERT IGNORE INTO forum_topic_watches (user_id, topic_id, created_at)"
                    " VALUES (?, ?, NOW())"},
    /* A reply: every watcher of the topic but its author (post id). */
    [POST_NOTIFY_REPLY] = {NOTIFY_INSERT NOTIFY_ROW(
        "w.user_id", "forum_reply") " FROM forum_posts p"
                                    " JOIN forum_topic_watches w ON w.topic_id = p.topic_id"
                                    " JOIN users u ON u.id = w.user_id AND u.status = 'active'"
                                    " WHERE p.id = ? AND w.user_id <> p.created_by"
                                    " AND" READABLE_BY("w.user_id", "p.group_id")},
    /* A new topic: every watcher of its category but its author (the
     * first post's id). */
    [POST_NOTIFY_TOPIC] = {NOTIFY_INSERT NOTIFY_ROW(
        "w.user_id",
        "forum_topic") " FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id"
                       " JOIN forum_category_watches w ON w.category_id = t.category_id"
                       " JOIN users u ON u.id = w.user_id AND u.status = 'active'"
                       " WHERE p.id = ? AND w.user_id <> p.created_by"
                       " AND" READABLE_BY("w.user_id", "p.group_id")},
    /* Mentions: the members named by POST_MENTIONS_MAX names (unused ones
     * NULL; the collation is case- and accent-blind, so "@anna_schneider"
     * finds Anna Schneider; two members of one name are both named), then
     * the post id. Not the author; not who has a row for this post already
     * (the topic's watchers for a reply, the category's for a new topic's
     * first post: both were written just before); at most
     * POST_MENTIONS_MAX rows (the last placeholder). The names are found
     * in users_status_name (0005_people_speed.sql), no scan of the members. */
    [POST_NOTIFY_MENTION] = {NOTIFY_INSERT NOTIFY_ROW(
        "u.id",
        "forum_mention") " FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id"
                         " JOIN users u ON u.status = 'active' AND u.name IN (" TEN_NAMES
                         ", " TEN_NAMES ")"
                         " WHERE p.id = ? AND u.id <> p.created_by"
                         " AND NOT EXISTS (SELECT 1 FROM forum_topic_watches tw"
                         "                 WHERE tw.topic_id = p.topic_id AND tw.user_id = u.id)"
                         " AND NOT (t.first_post_id = p.id AND EXISTS (SELECT 1 FROM "
                         "forum_category_watches cw"
                         "          WHERE cw.category_id = t.category_id AND cw.user_id = u.id))"
                         " AND" READABLE_BY("u.id", "p.group_id") " ORDER BY u.id LIMIT ?"},
    /* The post to quote (id, topic): only a visible one of that topic.
     * body, author's name (NULL: the account is gone). */
    [POST_QUOTE] = {"SELECT p.body, u.name FROM forum_posts p"
                    " LEFT JOIN users u ON u.id = p.created_by"
                    " WHERE p.id = ? AND p.topic_id = ?"
                    " AND p.deleted_at IS NULL AND p.hidden_at IS NULL"},
    /* A post about to be edited, locked with its topic until the edit is
     * in (a second submission waits and then sees the new text): body,
     * when that text was written, the topic's title, deleted, hidden,
     * locked, first post (1/0). */
    [POST_FOR_EDIT] = {"SELECT p.body, IFNULL(p.edited_at, p.created_at), t.title,"
                       " p.deleted_at IS NOT NULL, p.hidden_at IS NOT NULL, t.locked,"
                       " t.first_post_id = p.id"
                       " FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id"
                       " WHERE p.id = ? FOR UPDATE"},
    /* post, the earlier body, the earlier title (NULL: unchanged), who
     * wrote it, when it was written */
    [POST_REVISION_INSERT] = {"INSERT INTO forum_revisions (post_id, body, title, created_by,"
                              " created_at) VALUES (?, ?, ?, ?, ?)"},
    /* body, post */
    [POST_BODY_UPDATE] = {"UPDATE forum_posts SET body = ?, edited_at = NOW(),"
                          " revision_count = revision_count + 1 WHERE id = ?"},
    /* title, topic */
    [POST_TITLE_UPDATE] = {"UPDATE forum_topics SET title = ?, updated_at = NOW() WHERE id = ?"},
    /* post, author: soft, and only once. The counts stay (forum_topics:
     * a deleted post keeps its place in the thread). */
    [POST_DELETE] = {"UPDATE forum_posts SET deleted_at = NOW()"
                     " WHERE id = ? AND created_by = ? AND deleted_at IS NULL"
                     " AND hidden_at IS NULL"},
    /* The name of a post's author (user id). */
    [POST_AUTHOR] = {"SELECT name FROM users WHERE id = ?"},
    /* The earlier texts of a post, newest first: body, title (NULL: not
     * changed by that edit), when written. (post, limit, offset) */
    [POST_REVISIONS] = {"SELECT body, title, created_at FROM forum_revisions"
                        " WHERE post_id = ? ORDER BY id DESC LIMIT ? OFFSET ?"},
};
