/* forum, part "moderate" (see forum.h): what the moderators of a forum
 * do to topics and posts, members' reports, the forum's search and its
 * categories. Statements in mod_sql.c.
 *
 *   mod_topic.c     {base}/t/ID/pin, /lock (value=1|0), /rename, /move
 *   mod_post.c      {base}/p/ID/hide, /restore, /split
 *   mod_report.c    {base}/p/ID/report, {base}/reports, /reports/ID/resolve
 *   mod_search.c    {base}/search?q=&page=
 *   mod_category.c  {base}/categories/new, {base}/c/ID/edit
 *   mod_common.c    fields, lengths, rights, times, the audit entries
 *
 * Who may (cgi/core/access.h decides; nothing here adds a rule):
 *   moderating (pin, lock, rename, move, hide, restore, split, the reports)
 *     s.access.moderate: the network's forum: site moderators and admins;
 *     a group's forum: the group's owners and moderators, never in an
 *     archived group. Site roles give nothing in a group and group roles
 *     nothing elsewhere.
 *   reporting: every reader of the forum but the post's author, not in an
 *     archived group (nobody could act on the report there).
 *   categories: the network's forum: site admins; a group's forum: the
 *     group's owners while the group is not archived.
 *   search: every reader.
 *
 * Answers, in the order the handlers ask (first answer wins):
 *   not readable, an item of another forum (scope, loaders)   404 / 403
 *   no right to do it                                          403
 *   a first post to split, a deleted post to hide or split     403
 *   a form field nobody's form sends, a value other than 1|0   400
 *   input that is not right                                    422, the form again
 * Every change by a moderator or a category manager writes an audit
 * entry (audit.h) in its own transaction: "forum.topic.pin", ... */
#ifndef KP_FORUM_MODERATE_H
#define KP_FORUM_MODERATE_H
#include "forum.h"

/* Limits of what people type, in characters (code points). */
#define MOD_TITLE_MIN        3
#define MOD_TITLE_MAX        200
#define MOD_HIDE_REASON_MIN  3
#define MOD_HIDE_REASON_MAX  500
#define MOD_REPORT_MIN       5
#define MOD_REPORT_MAX       1000
#define MOD_CATEGORY_MIN     2
#define MOD_CATEGORY_MAX     120
#define MOD_DESCRIPTION_MAX  2000
#define MOD_SEARCH_WORDS     8    /* words of a search used, the rest dropped */
#define MOD_SEARCH_WORD_MIN  3    /* characters; innodb_ft_min_token_size */
#define MOD_SEARCH_Q_MAX     2000 /* bytes: the field's 500 characters */
#define MOD_EXCERPT_BYTES    280  /* of plain text, in reports and results */
#define MOD_REPORTS_PER_PAGE 25
#define MOD_RESULTS_PER_PAGE 20

enum mod_stmt {
	MOD_TOPIC_PIN,
	MOD_TOPIC_LOCK,
	MOD_TOPIC_RENAME,
	MOD_TOPIC_FOR_UPDATE,
	MOD_TOPIC_MOVE,
	MOD_TARGETS,
	MOD_TARGET_CATEGORY,
	MOD_USER_NAME,
	MOD_POST_HIDE,
	MOD_POST_RESTORE,
	MOD_POST_REPORTS_RESOLVE,
	MOD_SPLIT_TOPIC_INSERT,
	MOD_SPLIT_POST_MOVE,
	MOD_SPLIT_WATCH,
	MOD_POST_FOR_UPDATE,
	MOD_REPORT_OPEN_OF,
	MOD_REPORT_INSERT,
	MOD_REPORTS_COUNT,
	MOD_REPORTS_LIST,
	MOD_REPORT_LOAD,
	MOD_REPORT_RESOLVE,
	MOD_SEARCH_ALL,
	MOD_SEARCH_GROUP,
	MOD_CATEGORY_POSITION,
	MOD_FIELDS,
	MOD_FIELD_EXISTS,
	MOD_CATEGORY_INSERT,
	MOD_CATEGORY_UPDATE,
	MOD_COUNT_STMTS
};
extern struct kp_sql mod_sql[MOD_COUNT_STMTS];

/* Columns of MOD_REPORTS_LIST. */
enum {
	MR_ID,
	MR_POST_ID,
	MR_REASON,
	MR_CREATED_AT,
	MR_REPORTER,
	MR_BODY,
	MR_DELETED,
	MR_HIDDEN,
	MR_AUTHOR,
	MR_TOPIC_ID,
	MR_TOPIC_TITLE,
};

/* Columns of MOD_SEARCH_ALL / MOD_SEARCH_GROUP. */
enum {
	MS_TOPIC_ID,
	MS_TITLE,
	MS_POST_ID,
	MS_BODY,
	MS_CATEGORY_ID,
	MS_CATEGORY,
	MS_GROUP_SLUG,
	MS_GROUP_NAME,
	MS_LAST_POST_AT,
	MS_TOTAL,
};

/* mod_common.c */

/* The declared fields of a POST are right; else answers 400, returns 0. */
int mod_fields_ok(struct kp_req *r, const struct kp_field *fields);
/* Characters (code points) of valid UTF-8. */
size_t mod_chars(const char *s);
/* A form field without blanks (spaces, newlines, tabs) around it, in the
 * arena; "" when absent. */
const char *mod_trimmed(struct kp_req *r, const char *name);
/* The form field name trimmed, kept in the form (Page.Form.NAME.Value),
 * with Err.Required or the message key too_short / too_long at the
 * field when it has fewer than min or more than max characters. */
const char *mod_text(struct kp_req *r, const char *name, size_t min, size_t max,
                     const char *too_short, const char *too_long);
/* 1 when the user moderates this forum; else answers 403, returns 0. */
int mod_may_moderate(struct kp_req *r, const struct forum_scope *s);
/* 1 when the user manages this forum's categories (mod_category.c);
 * else answers 403 and returns 0. */
int mod_may_manage(struct kp_req *r, const struct forum_scope *s);
/* The audit entry of a moderator's action, inside the caller's
 * transaction; detail is cut to what the log holds. KP_DB_* status. */
int mod_audit(struct kp_req *r, const char *action, long long target_id, const char *detail);
/* Page.Topic.* (Id, Title, Pinned, Locked) and Page.Category.* (Id,
 * Name) of the topic: the crumbs and headings of the moderation pages. */
void mod_set_topic(struct kp_req *r, const struct forum_topic *t);
/* Page.Post.* of a post (Id, Link, AuthorName, Body unless deleted or
 * hidden, At / AtText, Deleted, Hidden, HiddenReason) and its topic
 * (mod_set_topic), loaded within the scope: 1, or 0/-1 as the loaders
 * when the answer is sent. */
int mod_post_context(struct kp_req *r, const struct forum_scope *s, const struct forum_post *p,
                     struct forum_topic *t);
/* {base}/p/ID and {base}/t/ID (arena). */
const char *mod_post_link(struct kp_req *r, const struct forum_scope *s, long long post_id);
const char *mod_topic_link(struct kp_req *r, const struct forum_scope *s, long long topic_id);
/* SQL NULL for the network (0), else the group's id. */
struct kp_val mod_group_val(const struct forum_scope *s);
/* Page.Targets.N.Id / .Name and *count: the forum's categories that take
 * new topics, but exclude (0: none), where a moved topic or a split-off
 * post may go. KP_DB_* status. */
int mod_set_targets(struct kp_req *r, const struct forum_scope *s, long long exclude,
                    size_t *count);
/* The form's "category" (kept in the form): *id one of those categories,
 * or 0 with a message at the field (a category of another forum, a
 * retired one and exclude are no choice). KP_DB_* status. */
int mod_target_category(struct kp_req *r, const struct forum_scope *s, long long exclude,
                        long long *id);

/* The counts of two categories (or one, when a == b) from their rows,
 * after a move or split, inside the caller's transaction: the smaller id
 * first, so that two moves in opposite directions wait for each other
 * instead of deadlocking. KP_DB_* status. */
int mod_recount_categories(long long a, long long b);

/* mod_topic.c */
void forum_mod_pin(struct kp_req *r, const char *const *args);
void forum_mod_lock(struct kp_req *r, const char *const *args);
void forum_mod_rename_show(struct kp_req *r, const char *const *args);
void forum_mod_rename_submit(struct kp_req *r, const char *const *args);
void forum_mod_move_show(struct kp_req *r, const char *const *args);
void forum_mod_move_submit(struct kp_req *r, const char *const *args);

/* mod_post.c */
void forum_mod_hide_show(struct kp_req *r, const char *const *args);
void forum_mod_hide_submit(struct kp_req *r, const char *const *args);
void forum_mod_restore(struct kp_req *r, const char *const *args);
void forum_mod_split_show(struct kp_req *r, const char *const *args);
void forum_mod_split_submit(struct kp_req *r, const char *const *args);

/* mod_report.c */
void forum_mod_report_show(struct kp_req *r, const char *const *args);
void forum_mod_report_submit(struct kp_req *r, const char *const *args);
void forum_mod_reports(struct kp_req *r, const char *const *args);
void forum_mod_report_resolve(struct kp_req *r, const char *const *args);

/* mod_search.c */
/* The boolean-mode query for what a member typed: each word of at least
 * MOD_SEARCH_WORD_MIN characters (letters, digits, '_' and anything
 * beyond ASCII but punctuation; everything else separates words, so no
 * operator of MATCH ... AGAINST survives) as "+word*", at most
 * MOD_SEARCH_WORDS of them, without the words the full-text index leaves
 * out (InnoDB's stopwords). *words gets the words (arena, lower-cased
 * ASCII) for the excerpts. NULL when no word is left. */
const char *mod_search_terms(struct kp_arena *a, const char *q, const char **words, size_t *nwords);
void forum_mod_search(struct kp_req *r, const char *const *args);

/* mod_category.c */
void forum_mod_category_new_show(struct kp_req *r, const char *const *args);
void forum_mod_category_new_submit(struct kp_req *r, const char *const *args);
void forum_mod_category_edit_show(struct kp_req *r, const char *const *args);
void forum_mod_category_edit_submit(struct kp_req *r, const char *const *args);

/* clang-format off */
#define FORUM_MODERATE_ROUTES \
    FORUM_ROUTE("POST", "/t/*/pin", forum_mod_pin, 0), \
    FORUM_ROUTE("POST", "/t/*/lock", forum_mod_lock, 0), \
    FORUM_ROUTE("GET", "/t/*/rename", forum_mod_rename_show, 0), \
    FORUM_ROUTE("POST", "/t/*/rename", forum_mod_rename_submit, 0), \
    FORUM_ROUTE("GET", "/t/*/move", forum_mod_move_show, 0), \
    FORUM_ROUTE("POST", "/t/*/move", forum_mod_move_submit, 0), \
    FORUM_ROUTE("GET", "/p/*/hide", forum_mod_hide_show, 0), \
    FORUM_ROUTE("POST", "/p/*/hide", forum_mod_hide_submit, 0), \
    FORUM_ROUTE("POST", "/p/*/restore", forum_mod_restore, 0), \
    FORUM_ROUTE("GET", "/p/*/split", forum_mod_split_show, 0), \
    FORUM_ROUTE("POST", "/p/*/split", forum_mod_split_submit, 0), \
    FORUM_ROUTE("GET", "/p/*/report", forum_mod_report_show, 0), \
    FORUM_ROUTE("POST", "/p/*/report", forum_mod_report_submit, 0), \
    FORUM_ROUTE("GET", "/reports", forum_mod_reports, 0), \
    FORUM_ROUTE("POST", "/reports/*/resolve", forum_mod_report_resolve, 0), \
    FORUM_ROUTE("GET", "/search", forum_mod_search, 0), \
    FORUM_ROUTE("GET", "/categories/new", forum_mod_category_new_show, 0), \
    FORUM_ROUTE("POST", "/categories/new", forum_mod_category_new_submit, 0), \
    FORUM_ROUTE("GET", "/c/*/edit", forum_mod_category_edit_show, 0), \
    FORUM_ROUTE("POST", "/c/*/edit", forum_mod_category_edit_submit, 0),
/* clang-format on */

#endif
