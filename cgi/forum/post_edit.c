/* A member's own posts: editing ({base}/p/ID/edit, with a preview; the
 * first post's edit may change the topic's title), the history of a
 * post for every reader ({base}/p/ID/history) and deleting
 * ({base}/p/ID/delete: a question, then a soft delete).
 *
 * An edit keeps the text it replaces as a forum_revisions row dated when
 * that text was written (the post's creation or the edit before), with
 * the topic's earlier title when the edit changed it; the post gets its
 * new text, edited_at and one more revision in the same transaction.
 * Sending the same text again changes nothing. A deleted post stays in
 * its topic as a placeholder (the counts keep it: forum_topics in
 * 0004_forum.sql); it cannot be edited or deleted again (404, as for
 * a post that is gone), and its history is gone with its text. */
#include <string.h>

#include "markdown.h"
#include "post.h"

static const struct kp_field edit_fields[] = {
    {"title", 4096, 0}, /* first posts only; ignored for the others */
    {"body", KP_MARKDOWN_MAX, KP_FIELD_MULTILINE},
    {"preview", 8, 0},
    {NULL, 0, 0},
};

/* The delete form carries nothing but the CSRF token. */
static const struct kp_field no_fields[] = {{NULL, 0, 0}};

/* Answers of save() besides the KP_DB_* statuses. */
enum { SAVE_UNCHANGED = 1, SAVE_REFUSED = 2, SAVE_GONE = 3 };

/* The post of the path and its topic, when the signed-in user may change
 * it (the rules in post.h); otherwise answers and returns 0. */
static int load_own(struct kp_req *r, const char *const *args, struct forum_scope *s,
                    struct forum_post *p, struct forum_topic *t)
{
	if (!forum_scope_begin(r, args, s) || forum_post_load(r, s, s->args[0], p) != 1)
		return 0;
	if (p->deleted) {
		kp_error(r, 404);
		return 0;
	}
	if (!s->access.write || p->created_by != r->user.id || p->hidden) {
		kp_error(r, 403);
		return 0;
	}
	if (forum_topic_load(r, s, kp_arena_printf(&r->arena, "%lld", p->topic_id), t) != 1)
		return 0;
	if (t->locked && !s->access.moderate) {
		kp_error(r, 403);
		return 0;
	}
	return 1;
}

/* Page.Post.* and Page.Topic.* for the pages below. */
static void set_post(struct kp_req *r, const struct forum_scope *s, const struct forum_post *p,
                     const struct forum_topic *t)
{
	kp_set_int(r, "Page.Post.Id", p->id);
	kp_set(r, "Page.Post.Link", post_link(r, s, p->id));
	kp_set(r, "Page.Post.HistoryLink",
	       kp_arena_printf(&r->arena, "%s/p/%lld/history", s->base, p->id));
	kp_set_int(r, "Page.Post.IsFirst", t->first_post_id == p->id);
	kp_set_int(r, "Page.Post.Revisions", p->revision_count);
	kp_set_int(r, "Page.Topic.Id", t->id);
	kp_set(r, "Page.Topic.Title", t->title);
	kp_set_int(r, "Page.Category.Id", t->category_id);
	kp_set(r, "Page.Category.Name", t->category_name);
}

static void edit_page(struct kp_req *r, const struct forum_scope *s, int status,
                      const struct forum_post *p, const struct forum_topic *t)
{
	set_post(r, s, p, t);
	kp_set(r, "Page.Title", kp_t(r, "ForumPost.Title.Edit"));
	kp_render(r, status, "forum/edit.cs");
}

void forum_post_edit_show(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_post p;
	struct forum_topic t;
	if (!load_own(r, args, &s, &p, &t))
		return;
	if (t.first_post_id == p.id)
		kp_form_value(r, "title", t.title);
	kp_form_value(r, "body", p.body);
	edit_page(r, &s, 200, &p, &t);
}

/* Writes the edit of post p (title: the topic's new title, or NULL when
 * the post is not the first), after locking the post and its topic and
 * checking again what may have changed since the page was loaded. */
static int save(struct kp_req *r, const struct forum_scope *s, const struct forum_post *p,
                const char *title, const char *body)
{
	struct kp_rows cur;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc =
		    kp_db_select(&r->arena, &post_sql[POST_FOR_EDIT], KP_ARGS(KP_INT(p->id)), &cur);
	if (rc != KP_DB_OK)
		return kp_db_end(rc);
	if (cur.count == 0 || kp_cell_int(&cur, 0, 3))
		return kp_db_end(SAVE_GONE);
	if (kp_cell_int(&cur, 0, 4) || (kp_cell_int(&cur, 0, 5) && !s->access.moderate))
		return kp_db_end(SAVE_REFUSED);
	const char *old_body = kp_cell(&cur, 0, 0), *old_at = kp_cell(&cur, 0, 1),
	           *old_title = kp_cell(&cur, 0, 2);
	int retitled = title && kp_cell_int(&cur, 0, 6) && strcmp(title, old_title) != 0;
	if (!retitled && strcmp(body, old_body) == 0)
		return kp_db_end(SAVE_UNCHANGED);
	rc =
	    kp_db_exec(&post_sql[POST_REVISION_INSERT],
	               KP_ARGS(KP_INT(p->id), KP_STR(old_body), KP_STR(retitled ? old_title : NULL),
	                       KP_INT(p->created_by), KP_STR(old_at)),
	               NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&post_sql[POST_BODY_UPDATE], KP_ARGS(KP_STR(body), KP_INT(p->id)),
		                NULL, NULL);
	if (rc == KP_DB_OK && retitled)
		rc = kp_db_exec(&post_sql[POST_TITLE_UPDATE],
		                KP_ARGS(KP_STR(title), KP_INT(p->topic_id)), NULL, NULL);
	return kp_db_end(rc);
}

void forum_post_edit_submit(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_post p;
	struct forum_topic t;
	if (!post_fields_ok(r, edit_fields) || !load_own(r, args, &s, &p, &t))
		return;
	int first = t.first_post_id == p.id;
	const char *title = first ? post_check_title(r) : NULL;
	const char *body = post_check_body(r);
	if (kp_form_has_errors(r) || kp_form(r, "preview")) {
		if (first)
			kp_form_value(r, "title", kp_form(r, "title"));
		kp_form_value(r, "body", kp_form(r, "body"));
		if (!kp_form_has_errors(r))
			post_preview(r, title, body);
		edit_page(r, &s, kp_form_has_errors(r) ? 422 : 200, &p, &t);
		return;
	}
	int rc = save(r, &s, &p, title, body);
	if (rc == SAVE_GONE)
		kp_error(r, 404);
	else if (rc == SAVE_REFUSED)
		kp_error(r, 403);
	else if (rc != KP_DB_OK && rc != SAVE_UNCHANGED)
		kp_db_fail(r, rc);
	else
		kp_redirect_flash(r, post_link(r, &s, p.id),
		                  rc == SAVE_UNCHANGED ? "ForumPostUnchanged" : "ForumPostSaved");
}

/* Every reader of the forum sees what a post said before, newest first:
 * the current text (on the first page), then the earlier ones,
 * POST_VERSIONS_PER_PAGE a page. Not for a deleted post (its text is
 * gone for everybody) nor, but for moderators, a hidden one. */
void forum_post_history(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_post p;
	struct forum_topic t;
	if (!forum_scope_begin(r, args, &s) || forum_post_load(r, &s, s.args[0], &p) != 1)
		return;
	if (p.deleted) {
		kp_error(r, 404);
		return;
	}
	if (p.hidden && !s.access.moderate) {
		kp_error(r, 403);
		return;
	}
	if (forum_topic_load(r, &s, kp_arena_printf(&r->arena, "%lld", p.topic_id), &t) != 1)
		return;
	const char *q = kp_query(r, "page");
	long long page = q ? kp_parse_id(q) : 1;
	long long offset = kp_pager(r, p.revision_count, page, POST_VERSIONS_PER_PAGE);
	struct kp_rows v = {0}, author = {0};
	int rc =
	    kp_db_select(&r->arena, &post_sql[POST_REVISIONS],
	                 KP_ARGS(KP_INT(p.id), KP_INT(POST_VERSIONS_PER_PAGE), KP_INT(offset)), &v);
	if (rc == KP_DB_OK && p.created_by)
		rc = kp_db_select(&r->arena, &post_sql[POST_AUTHOR], KP_ARGS(KP_INT(p.created_by)),
		                  &author);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	set_post(r, &s, &p, &t);
	if (author.count)
		kp_set(r, "Page.Post.Author", kp_cell(&author, 0, 0));
	kp_set_int(r, "Page.Post.Hidden", p.hidden);
	if (offset == 0) {
		kp_set(r, "Page.Current.Body", p.body);
		kp_set_time(r, "Page.Current", p.edited_at ? p.edited_at : p.created_at);
	}
	for (size_t i = 0; i < v.count; i++) {
		const char *name = kp_arena_printf(&r->arena, "Page.Versions.%zu", i);
		kp_setf(r, kp_cell(&v, i, 0), "%s.Body", name);
		if (kp_cell(&v, i, 1))
			kp_setf(r, kp_cell(&v, i, 1), "%s.Title", name);
		kp_set_time(r, name, kp_cell(&v, i, 2));
	}
	kp_set(r, "Page.Title", kp_t(r, "ForumPost.Title.History"));
	kp_render(r, 200, "forum/history.cs");
}

void forum_post_delete_show(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_post p;
	struct forum_topic t;
	if (!load_own(r, args, &s, &p, &t))
		return;
	set_post(r, &s, &p, &t);
	kp_set(r, "Page.Post.Body", p.body);
	kp_set_time(r, "Page.Post", p.created_at);
	kp_set(r, "Page.Title", kp_t(r, "ForumPost.Title.Delete"));
	kp_render(r, 200, "forum/delete.cs");
}

void forum_post_delete_submit(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_post p;
	struct forum_topic t;
	if (!post_fields_ok(r, no_fields) || !load_own(r, args, &s, &p, &t))
		return;
	unsigned long long n = 0;
	int rc =
	    kp_db_exec(&post_sql[POST_DELETE], KP_ARGS(KP_INT(p.id), KP_INT(r->user.id)), &n, NULL);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (n == 0) { /* deleted or hidden since the page was loaded */
		kp_error(r, 404);
		return;
	}
	kp_redirect_flash(r, post_link(r, &s, p.id), "ForumPostDeleted");
}
