/* forum, part "read" (see forum.h): what members read and follow — the
 * categories of a forum, a category's topics, a topic's posts, the
 * permalink of a post, watching topics and categories, and how far a
 * member has read. Statements in read_sql.c.
 *
 *   read_index.c     {base}: the forum's categories
 *   read_category.c  {base}/c/ID?page=N: its topics, pinned first, then by
 *                    last activity, 25 a page, with an unread marker
 *   read_topic.c     {base}/t/ID?page=N: 25 posts a page (marks the topic
 *                    read up to the page's last post); {base}/p/ID: 303 to
 *                    the post's page and anchor
 *   read_watch.c     POST {base}/t/ID/watch, {base}/c/ID/watch (watch=1|0)
 *   read_common.c    page numbers, times, crumbs
 *
 * Who may (cgi/core/access.h decides; this part adds no rule of its own):
 * every reader of the forum reads, watches and is told what is unread.
 * The links and buttons to the other parts' pages are shown only to whom
 * those pages will serve (post.h, moderate.h): writing needs
 * s.access.write (and an unlocked topic, unless moderating), one's own
 * post for editing and deleting, someone else's for reporting, and
 * s.access.moderate for the moderators' tools.
 *
 * Page numbers: ?page=N, N from 1 to the last page (an empty list has
 * one). Anything else — 0, a sign, leading zeros, letters, a page after
 * the last — is not a page of this list: 404. */
#ifndef KP_FORUM_READ_H
#define KP_FORUM_READ_H
#include "forum.h"

enum read_stmt {
	READ_CATEGORIES,
	READ_CATEGORY_STATE,
	READ_TOPICS,
	READ_TOPIC_STATE,
	READ_PAGE_START,
	READ_POSTS,
	READ_MARK,
	READ_WATCH_TOPIC,
	READ_UNWATCH_TOPIC,
	READ_WATCH_CATEGORY,
	READ_UNWATCH_CATEGORY,
	READ_COUNT_STMTS
};
extern struct kp_sql read_sql[READ_COUNT_STMTS];

/* Columns of READ_CATEGORIES. */
enum {
	RC_ID,
	RC_NAME,
	RC_DESCRIPTION,
	RC_FIELD,
	RC_RETIRED,
	RC_TOPICS,
	RC_POSTS,
	RC_LAST_POST_ID,
	RC_LAST_AT,
	RC_LAST_AGO,
	RC_LAST_TOPIC_ID,
	RC_LAST_TOPIC,
	RC_LAST_USER_ID,
	RC_LAST_USER,
};

/* Columns of READ_TOPICS. */
enum {
	RT_ID,
	RT_TITLE,
	RT_PINNED,
	RT_LOCKED,
	RT_POSTS,
	RT_LAST_POST_ID,
	RT_LAST_AT,
	RT_LAST_AGO,
	RT_LAST_USER_ID,
	RT_LAST_USER,
	RT_STARTER_ID,
	RT_STARTER,
	RT_UNREAD,
};

/* Columns of READ_POSTS. */
enum {
	RP_ID,
	RP_AUTHOR_ID,
	RP_AUTHOR,
	RP_ORG_ID,
	RP_ORG,
	RP_CREATED_AT,
	RP_AGO,
	RP_BODY,
	RP_REVISIONS,
	RP_DELETED,
	RP_HIDDEN,
	RP_HIDDEN_REASON,
};

/* read_common.c */

/* The page the query asks for: 1 without ?page (or with an empty one),
 * N for a canonical number N >= 1, else -1 (not a page). Also checks the
 * query's declared fields; -1 when they are wrong. */
long long read_page_param(struct kp_req *r);
/* The pages of a list of count rows at FORUM_PER_PAGE (1 when empty). */
long long read_pages(long long count);
/* "2026-11-22 14:03:00" (UTC) and how many seconds ago that was, as
 * PREFIX.At (ISO 8601, for datetime), PREFIX.AtText (kp_format_time) and
 * PREFIX.Ago ("vor 5 Minuten"); PREFIX is printf-style. */
void read_set_time(struct kp_req *r, const char *utc, const char *ago_seconds, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Page.Forum.Heading: "Forum", or "Forum der Gruppe NAME" in a group. */
const char *read_forum_heading(struct kp_req *r, const struct forum_scope *s);
/* Page.Forum.CanManage: the user manages this forum's categories (the
 * links to moderate.h's category pages; the rule is access.h's roles). */
void read_set_manage(struct kp_req *r, const struct forum_scope *s);
/* The page's title: name, and from the second page on "name – Seite N"
 * (arena). */
const char *read_page_title(struct kp_req *r, const char *name, long long page);
/* {base}/t/ID, or {base}/t/ID?page=N for N > 1 (arena). */
const char *read_topic_link(struct kp_req *r, const struct forum_scope *s, long long topic_id,
                            long long page);

/* read_index.c */
void forum_read_index(struct kp_req *r, const char *const *args);

/* read_category.c */
void forum_read_category(struct kp_req *r, const char *const *args);

/* read_topic.c */
void forum_read_topic(struct kp_req *r, const char *const *args);
void forum_read_permalink(struct kp_req *r, const char *const *args);

/* read_watch.c */
void forum_read_watch_topic(struct kp_req *r, const char *const *args);
void forum_read_watch_category(struct kp_req *r, const char *const *args);

/* clang-format off */
#define FORUM_READ_ROUTES \
    FORUM_ROUTE("GET", "", forum_read_index, 0), \
    FORUM_ROUTE("GET", "/c/*", forum_read_category, 0), \
    FORUM_ROUTE("GET", "/t/*", forum_read_topic, 0), \
    FORUM_ROUTE("GET", "/p/*", forum_read_permalink, 0), \
    FORUM_ROUTE("POST", "/t/*/watch", forum_read_watch_topic, 0), \
    FORUM_ROUTE("POST", "/c/*/watch", forum_read_watch_category, 0),
/* clang-format on */

#endif
