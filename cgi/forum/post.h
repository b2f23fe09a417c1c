/* forum, part "post" (see forum.h): new topics, replies (with a quote),
 * the preview before sending, editing one's own posts with every earlier
 * text kept, a post's history, deleting one's own posts, and the
 * notification rows a new post causes. Statements in post_sql.c.
 *
 *   post_compose.c  {base}/c/ID/new, {base}/t/ID/reply (?quote=PID)
 *   post_edit.c     {base}/p/ID/edit, /history, /delete
 *   post_common.c   fields, checks, preview, mentions, notifications
 *
 * Rules, in the order the handlers ask them (first answer wins):
 *   not readable (the scope, the loaders)          404 / 403
 *   a deleted post (edit, delete)                  404
 *   no write access (archived group, non-member)   403
 *   someone else's post (edit, delete)             403
 *   a hidden post (edit, delete by its author)     403
 *   a locked topic, unless a moderator             403
 *   a retired category (new topic)                 403
 *   no one-time token or a malformed one (POST)    400
 *   a text that is not right                       422, the form again
 *
 * One-time tokens (once.h): the compose forms carry one in "once"; a
 * preview or a refused submission shows the same token again, so that
 * the eventual post is created once however often the form is sent. */
#ifndef KP_FORUM_POST_H
#define KP_FORUM_POST_H
#include "forum.h"

/* Limits of what a member types, in characters (code points). */
#define POST_TITLE_MIN         3
#define POST_TITLE_MAX         200
#define POST_BODY_MAX          20000
#define POST_MENTIONS_MAX      20 /* names looked up, and rows written, per post */
#define POST_VERSIONS_PER_PAGE 25

enum post_stmt {
	POST_CATEGORY_LOCK,
	POST_TOPIC_INSERT,
	POST_INSERT,
	POST_TOPIC_FOR_REPLY,
	POST_WATCH,
	POST_NOTIFY_REPLY,
	POST_NOTIFY_TOPIC,
	POST_NOTIFY_MENTION,
	POST_QUOTE,
	POST_FOR_EDIT,
	POST_REVISION_INSERT,
	POST_BODY_UPDATE,
	POST_TITLE_UPDATE,
	POST_DELETE,
	POST_AUTHOR,
	POST_REVISIONS,
	POST_COUNT_STMTS
};
extern struct kp_sql post_sql[POST_COUNT_STMTS];

/* post_common.c */

/* The declared fields of a POST are right; else answers 400 and returns 0. */
int post_fields_ok(struct kp_req *r, const struct kp_field *fields);
/* The form's one-time token when it has the right shape; else answers
 * 400 and returns NULL. */
const char *post_once(struct kp_req *r);
/* The title as typed without blanks around it (arena; "" when empty),
 * with a message at the field when it is too short or too long. */
const char *post_check_title(struct kp_req *r);
/* The body as typed, with a message at the field when it is empty (or
 * blank), longer than POST_BODY_MAX characters or would not render. */
const char *post_check_body(struct kp_req *r);
/* Page.Preview.Title (may be NULL) and .Body: the preview section. */
void post_preview(struct kp_req *r, const char *title, const char *body);
/* The notification rows of the new post post_id (notify_topic: it is a
 * new topic's first post, for the category's watchers; else a reply, for
 * the topic's watchers) and of the mentions in body; inside the creating
 * transaction, after the counts. KP_DB_* status. */
int post_notify(struct kp_req *r, long long post_id, int notify_topic, const char *body);
/* The permalink of a post: {base}/p/ID (arena). */
const char *post_link(struct kp_req *r, const struct forum_scope *s, long long post_id);

/* post_compose.c */
void forum_post_new_show(struct kp_req *r, const char *const *args);
void forum_post_new_submit(struct kp_req *r, const char *const *args);
void forum_post_reply_show(struct kp_req *r, const char *const *args);
void forum_post_reply_submit(struct kp_req *r, const char *const *args);

/* post_edit.c */
void forum_post_edit_show(struct kp_req *r, const char *const *args);
void forum_post_edit_submit(struct kp_req *r, const char *const *args);
void forum_post_history(struct kp_req *r, const char *const *args);
void forum_post_delete_show(struct kp_req *r, const char *const *args);
void forum_post_delete_submit(struct kp_req *r, const char *const *args);

/* clang-format off */
#define FORUM_POST_ROUTES \
    FORUM_ROUTE("GET", "/c/*/new", forum_post_new_show, 0), \
    FORUM_ROUTE("POST", "/c/*/new", forum_post_new_submit, 0), \
    FORUM_ROUTE("GET", "/t/*/reply", forum_post_reply_show, 0), \
    FORUM_ROUTE("POST", "/t/*/reply", forum_post_reply_submit, 0), \
    FORUM_ROUTE("GET", "/p/*/edit", forum_post_edit_show, 0), \
    FORUM_ROUTE("POST", "/p/*/edit", forum_post_edit_submit, 0), \
    FORUM_ROUTE("GET", "/p/*/history", forum_post_history, 0), \
    FORUM_ROUTE("GET", "/p/*/delete", forum_post_delete_show, 0), \
    FORUM_ROUTE("POST", "/p/*/delete", forum_post_delete_submit, 0),
/* clang-format on */

#endif
