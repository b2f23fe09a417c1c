/* New topics ({base}/c/ID/new) and replies ({base}/t/ID/reply, with
 * ?quote=PID), each with a preview that needs no JavaScript: the form's
 * second button (name="preview" value="1") shows the rendered text and
 * the form again, and creates nothing. Creating is one transaction: the
 * one-time token first (a second submission of the same form waits for
 * the first and is sent where it led), the rows, the counts, the author's
 * watch of the topic, the notifications, where it led. */
#include <string.h>

#include "markdown.h"
#include "once.h"
#include "post.h"

static const struct kp_field topic_fields[] = {
    {"title", 4096, 0}, /* bytes; the characters are checked with a message */
    {"body", KP_MARKDOWN_MAX, KP_FIELD_MULTILINE},
    {"once", 64, 0},
    {"preview", 8, 0},
    {NULL, 0, 0},
};

static const struct kp_field reply_fields[] = {
    {"body", KP_MARKDOWN_MAX, KP_FIELD_MULTILINE},
    {"once", 64, 0},
    {"preview", 8, 0},
    {NULL, 0, 0},
};

/* Answers of create() besides the KP_DB_* statuses. */
enum { CREATE_LOCKED = 1, CREATE_GONE = 2 };

/* The compose form: a new topic in c (t NULL) or a reply to t. */
static void compose_page(struct kp_req *r, const struct forum_scope *s, int status,
                         const struct forum_category *c, const struct forum_topic *t,
                         const char *once)
{
	kp_set(r, "Page.Once", once);
	if (t) {
		kp_set_int(r, "Page.Topic.Id", t->id);
		kp_set(r, "Page.Topic.Title", t->title);
		kp_set_int(r, "Page.Category.Id", t->category_id);
		kp_set(r, "Page.Category.Name", t->category_name);
		kp_set(r, "Page.Compose.Action",
		       kp_arena_printf(&r->arena, "%s/t/%lld/reply", s->base, t->id));
		kp_set(r, "Page.Title", kp_t(r, "ForumPost.Title.Reply"));
	} else {
		kp_set_int(r, "Page.Category.Id", c->id);
		kp_set(r, "Page.Category.Name", c->name);
		kp_set(r, "Page.Compose.Action",
		       kp_arena_printf(&r->arena, "%s/c/%lld/new", s->base, c->id));
		kp_set(r, "Page.Title", kp_t(r, "ForumPost.Title.New"));
	}
	kp_render(r, status, "forum/compose.cs");
}

/* The form as sent, for the page again (after an error or a preview). */
static void keep_input(struct kp_req *r, int with_title)
{
	if (with_title)
		kp_form_value(r, "title", kp_form(r, "title"));
	kp_form_value(r, "body", kp_form(r, "body"));
}

/* Creates the post (and, with topic_id 0, its topic titled title in
 * category_id) within one transaction; *post_id is set. KP_DB_DUPLICATE:
 * this form was sent before, *earlier is where that led ("" if unknown);
 * CREATE_LOCKED / CREATE_GONE: the topic was locked (and the user is no
 * moderator) or deleted, or the category retired, in the meantime. */
static int create(struct kp_req *r, const struct forum_scope *s, long long category_id,
                  long long topic_id, const char *title, const char *body, const char *once,
                  long long *post_id, const char **earlier)
{
	unsigned long long id = 0;
	const struct kp_val group = s->access.group_id ? KP_INT(s->access.group_id) : KP_NULLV;
	*earlier = NULL;
	/* The claim is the transaction's first statement: its snapshot starts
	 * after an earlier submission of this form committed, so that
	 * *earlier is what that one recorded. */
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_once_claim(r, once, earlier);
	/* What the post goes into, locked (the order: post_sql.c) and checked
	 * again: the topic (locked? moved?), then the category (retired?). */
	struct kp_rows into = {0};
	if (rc == KP_DB_OK && topic_id) {
		rc = kp_db_select(&r->arena, &post_sql[POST_TOPIC_FOR_REPLY],
		                  KP_ARGS(KP_INT(topic_id)), &into);
		if (rc == KP_DB_OK && into.count == 0)
			rc = CREATE_GONE;
		else if (rc == KP_DB_OK && kp_cell_int(&into, 0, 0) && !s->access.moderate)
			rc = CREATE_LOCKED;
		else if (rc == KP_DB_OK)
			category_id = kp_cell_int(&into, 0, 1);
	}
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &post_sql[POST_CATEGORY_LOCK],
		                  KP_ARGS(KP_INT(category_id)), &into);
	if (rc == KP_DB_OK && into.count == 0)
		rc = CREATE_GONE;
	else if (rc == KP_DB_OK && !topic_id && kp_cell_int(&into, 0, 0))
		rc = CREATE_LOCKED;
	if (rc == KP_DB_OK && !topic_id) {
		rc = kp_db_exec(
		    &post_sql[POST_TOPIC_INSERT],
		    KP_ARGS(KP_INT(category_id), group, KP_STR(title), KP_INT(r->user.id)), NULL,
		    &id);
		topic_id = (long long)id;
		if (rc == KP_DB_OK)
			rc = forum_counts_topic_added(category_id);
	}
	int new_topic = title != NULL;
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&post_sql[POST_INSERT],
		                KP_ARGS(KP_INT(topic_id), group, KP_INT(r->user.id), KP_STR(body)),
		                NULL, &id);
	*post_id = (long long)id;
	if (rc == KP_DB_OK)
		rc = forum_counts_post_added(topic_id, category_id, *post_id, r->user.id);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&post_sql[POST_WATCH],
		                KP_ARGS(KP_INT(r->user.id), KP_INT(topic_id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = post_notify(r, *post_id, new_topic, body);
	if (rc == KP_DB_OK)
		rc = kp_once_done(r, once, post_link(r, s, *post_id));
	return kp_db_end(rc);
}

/* The answer to create(): to the new post, to where the same form led
 * before (fallback: where the user came from), or an error page. */
static void created(struct kp_req *r, const struct forum_scope *s, int rc, long long post_id,
                    const char *earlier, const char *fallback, const char *flash)
{
	if (rc == KP_DB_DUPLICATE && earlier)
		kp_redirect_flash(r, *earlier ? kp_safe_next(earlier) : fallback, flash);
	else if (rc == CREATE_LOCKED)
		kp_error(r, 403);
	else if (rc == CREATE_GONE)
		kp_error(r, 404);
	else if (rc != KP_DB_OK)
		kp_db_fail(r, rc);
	else
		kp_redirect_flash(r, post_link(r, s, post_id), flash);
}

/* A new topic needs write access and a category that is not retired;
 * otherwise answers 403 and returns 0. */
static int may_start(struct kp_req *r, const struct forum_scope *s, const struct forum_category *c)
{
	if (s->access.write && !c->retired)
		return 1;
	kp_error(r, 403);
	return 0;
}

/* A reply needs write access, and a locked topic takes replies from
 * moderators only; otherwise answers 403 and returns 0. */
static int may_reply(struct kp_req *r, const struct forum_scope *s, const struct forum_topic *t)
{
	if (s->access.write && (!t->locked || s->access.moderate))
		return 1;
	kp_error(r, 403);
	return 0;
}

void forum_post_new_show(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_category c;
	if (!forum_scope_begin(r, args, &s) || forum_category_load(r, &s, s.args[0], &c) != 1 ||
	    !may_start(r, &s, &c))
		return;
	const char *once = kp_once_new(r);
	if (!once) {
		kp_error(r, 500);
		return;
	}
	compose_page(r, &s, 200, &c, NULL, once);
}

void forum_post_new_submit(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_category c;
	if (!post_fields_ok(r, topic_fields) || !forum_scope_begin(r, args, &s) ||
	    forum_category_load(r, &s, s.args[0], &c) != 1 || !may_start(r, &s, &c))
		return;
	const char *once = post_once(r);
	if (!once)
		return;
	const char *title = post_check_title(r);
	const char *body = post_check_body(r);
	if (kp_form_has_errors(r) || kp_form(r, "preview")) {
		keep_input(r, 1);
		if (!kp_form_has_errors(r))
			post_preview(r, title, body);
		compose_page(r, &s, kp_form_has_errors(r) ? 422 : 200, &c, NULL, once);
		return;
	}
	long long post_id = 0;
	const char *earlier;
	int rc = create(r, &s, c.id, 0, title, body, once, &post_id, &earlier);
	created(r, &s, rc, post_id, earlier, kp_arena_printf(&r->arena, "%s/c/%lld", s.base, c.id),
	        "ForumPostTopicCreated");
}

/* Markdown that shows text as it is: every ASCII punctuation character
 * escaped with a backslash (CommonMark allows it for all of them). */
static const char *md_literal(struct kp_req *r, const char *s)
{
	char *out = kp_arena_alloc(&r->arena, 2 * strlen(s) + 1), *o = out;
	for (; *s; s++) {
		if (strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", *s))
			*o++ = '\\';
		*o++ = *s;
	}
	*o = '\0';
	return out;
}

/* The quote of post quote_id (?quote=) for the body of a reply to t, as
 * Markdown: "**Name** schrieb:" and the post's lines as a block quote,
 * then an empty line to write below. NULL when there is no such visible
 * post in t (a quote of what cannot be quoted is simply left out). */
static const char *quote_of(struct kp_req *r, const struct forum_topic *t, const char *quote_id,
                            int *rc)
{
	struct kp_rows q = {0};
	long long id = kp_parse_id(quote_id);
	*rc = KP_DB_OK;
	if (id > 0)
		*rc = kp_db_select(&r->arena, &post_sql[POST_QUOTE],
		                   KP_ARGS(KP_INT(id), KP_INT(t->id)), &q);
	if (*rc != KP_DB_OK || q.count == 0)
		return NULL;
	const char *body = kp_cell(&q, 0, 0), *name = kp_cell(&q, 0, 1);
	char *out = kp_arena_printf(&r->arena, "**%s** %s\n",
	                            name ? md_literal(r, name) : kp_t(r, "ForumPost.Quote.Unknown"),
	                            kp_t(r, "ForumPost.Quote.Wrote"));
	size_t len = strlen(out), cap = len + 3 * strlen(body) + 8;
	char *buf = kp_arena_alloc(&r->arena, cap);
	memcpy(buf, out, len);
	for (const char *line = body;;) {
		const char *end = strchr(line, '\n');
		size_t n = end ? (size_t)(end - line) : strlen(line);
		buf[len++] = '>';
		if (n)
			buf[len++] = ' ';
		memcpy(buf + len, line, n);
		len += n;
		buf[len++] = '\n';
		if (!end)
			break;
		line = end + 1;
	}
	memcpy(buf + len, "\n", 2);
	return buf;
}

void forum_post_reply_show(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_topic t;
	if (!forum_scope_begin(r, args, &s) || forum_topic_load(r, &s, s.args[0], &t) != 1 ||
	    !may_reply(r, &s, &t))
		return;
	const char *q = kp_query(r, "quote");
	if (q) {
		int rc;
		const char *quote = quote_of(r, &t, q, &rc);
		if (rc != KP_DB_OK) {
			kp_db_fail(r, rc);
			return;
		}
		if (quote)
			kp_form_value(r, "body", quote);
	}
	const char *once = kp_once_new(r);
	if (!once) {
		kp_error(r, 500);
		return;
	}
	compose_page(r, &s, 200, NULL, &t, once);
}

void forum_post_reply_submit(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_topic t;
	if (!post_fields_ok(r, reply_fields) || !forum_scope_begin(r, args, &s) ||
	    forum_topic_load(r, &s, s.args[0], &t) != 1 || !may_reply(r, &s, &t))
		return;
	const char *once = post_once(r);
	if (!once)
		return;
	const char *body = post_check_body(r);
	if (kp_form_has_errors(r) || kp_form(r, "preview")) {
		keep_input(r, 0);
		if (!kp_form_has_errors(r))
			post_preview(r, NULL, body);
		compose_page(r, &s, kp_form_has_errors(r) ? 422 : 200, NULL, &t, once);
		return;
	}
	long long post_id = 0;
	const char *earlier;
	int rc = create(r, &s, t.category_id, t.id, NULL, body, once, &post_id, &earlier);
	created(r, &s, rc, post_id, earlier, kp_arena_printf(&r->arena, "%s/t/%lld", s.base, t.id),
	        "ForumPostReplied");
}
