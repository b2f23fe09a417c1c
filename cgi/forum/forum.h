/* forum: the network's forum (/forum/...) and every group's own forum
 * (/g/SLUG/forum/...), one program, the same handlers for both.
 *
 * Parts, each with its header, statement table and templates:
 *   read.h      categories, topic lists, topics, permalinks, unread
 *               markers, watching
 *   post.h      new topics, replies, quotes, previews, edits with their
 *               history, deleting one's own posts, notifications
 *   moderate.h  pin, lock, move, rename, hide/restore, split, reports,
 *               categories, search
 * and what they share, here: the scope of a request (which forum, what
 * the user may do there — decided by cgi/core/access.h alone), loading a
 * category, topic or post with the scope check, and keeping the counts.
 *
 * Answers when something is not allowed: what the user may not know about
 * (a private group, an item of another forum, a category of another group)
 * is 404; what they can see but not do (a closed group's content for a
 * non-member, someone else's post, a moderator's action) is 403. */
#ifndef KP_FORUM_H
#define KP_FORUM_H
#include "access.h"
#include "app.h"
#include "db.h"
#include "view.h"

#define FORUM_PER_PAGE 25 /* posts on a topic page, topics on a category page */

struct forum_scope {
	struct kp_access access;
	const char *base;        /* "/forum" or "/g/SLUG/forum" (arena) */
	const char *const *args; /* the route's arguments after the group's slug */
};

/* Both URL forms of one route: /forum TAIL and /g/SLUG/forum TAIL. */
#define FORUM_ROUTE(method, tail, handler, flags)                                                  \
	{method, "/forum" tail, handler, flags},                                                   \
	{                                                                                          \
		method, "/g/*/forum" tail, handler, flags                                          \
	}

/* Every forum handler starts here. Resolves the forum from the path, asks
 * access, and answers itself (404, 403, 503) when the user may not read
 * there: then it returns 0 and the handler returns. Sets Page.Forum.Base,
 * .Group.Slug / .Name (group forums), .CanWrite, .CanModerate. */
int forum_scope_begin(struct kp_req *r, const char *const *args, struct forum_scope *s);

/* 1 when content with group_id (0: the network) belongs to this forum. */
int forum_scope_has(const struct forum_scope *s, long long group_id);

struct forum_category {
	long long id, group_id, field_id;
	const char *name, *description;
	int retired;
};
struct forum_topic {
	long long id, category_id, group_id, created_by, post_count, first_post_id, last_post_id;
	const char *title, *category_name;
	int pinned, locked, deleted;
};
struct forum_post {
	long long id, topic_id, group_id, created_by;
	const char *body, *created_at, *edited_at, *hidden_reason;
	int revision_count, deleted, hidden;
};

/* Load by id within the scope: 1 found; 0 not there (the answer, 404, is
 * sent); -1 the database failed (the answer is sent). A deleted topic is
 * not there; a deleted or hidden post is (the thread shows its place). */
int forum_category_load(struct kp_req *r, const struct forum_scope *s, const char *id,
                        struct forum_category *out);
int forum_topic_load(struct kp_req *r, const struct forum_scope *s, const char *id,
                     struct forum_topic *out);
int forum_post_load(struct kp_req *r, const struct forum_scope *s, const char *id,
                    struct forum_post *out);

/* The page of the topic a post is on (1-based). KP_DB_* status. */
int forum_post_page(struct kp_req *r, const struct forum_post *p, long long *page);

/* Counts, inside the caller's transaction (KP_DB_* statuses). A new post
 * (also a new topic's first post) moves the topic and category forward;
 * a new topic counts in its category; after moving or splitting, the
 * affected topics and categories are counted again from their rows. */
int forum_counts_post_added(long long topic_id, long long category_id, long long post_id,
                            long long user_id);
int forum_counts_topic_added(long long category_id);
int forum_counts_recount_topic(long long topic_id);
int forum_counts_recount_category(long long category_id);

#endif
