/* {base}/t/ID?page=N: a topic's posts in order, 25 a page; deleted and
 * hidden posts keep their place as a placeholder (a hidden one shows the
 * moderator's reason; moderators see its text too, marked). Showing a
 * page marks the topic read up to the page's last post. And {base}/p/ID,
 * the permalink: 303 to the post's page, at the post (read.h). */
#include "read.h"

/* Page.Posts.N.* of one row of READ_POSTS, with what the user may do to
 * the post (the rules of post.h and moderate.h, from access.h's
 * answers). */
static void set_post(struct kp_req *r, const struct forum_scope *s, const struct forum_topic *t,
                     const struct kp_rows *rows, size_t i)
{
	long long id = kp_cell_int(rows, i, RP_ID);
	int deleted = kp_cell_int(rows, i, RP_DELETED) != 0;
	int hidden = kp_cell_int(rows, i, RP_HIDDEN) != 0;
	int own = r->user.id != 0 && kp_cell_int(rows, i, RP_AUTHOR_ID) == r->user.id;
	int first = id == t->first_post_id;
	int visible = !deleted && !hidden;
	int moderate = s->access.moderate;
	int writes = s->access.write && (!t->locked || moderate);
	kp_setf(r, kp_cell(rows, i, RP_ID), "Page.Posts.%zu.Id", i);
	if (kp_cell(rows, i, RP_AUTHOR)) {
		kp_setf(r, kp_cell(rows, i, RP_AUTHOR_ID), "Page.Posts.%zu.AuthorId", i);
		kp_setf(r, kp_cell(rows, i, RP_AUTHOR), "Page.Posts.%zu.Author", i);
	}
	if (kp_cell(rows, i, RP_ORG)) {
		kp_setf(r, kp_cell(rows, i, RP_ORG_ID), "Page.Posts.%zu.OrgId", i);
		kp_setf(r, kp_cell(rows, i, RP_ORG), "Page.Posts.%zu.Org", i);
	}
	read_set_time(r, kp_cell(rows, i, RP_CREATED_AT), kp_cell(rows, i, RP_AGO),
	              "Page.Posts.%zu", i);
	kp_setf(r, first ? "1" : "0", "Page.Posts.%zu.IsFirst", i);
	kp_setf(r, deleted ? "1" : "0", "Page.Posts.%zu.Deleted", i);
	kp_setf(r, hidden ? "1" : "0", "Page.Posts.%zu.Hidden", i);
	if (hidden && !deleted)
		kp_setf(r, kp_cell(rows, i, RP_HIDDEN_REASON), "Page.Posts.%zu.HiddenReason", i);
	/* The text: a deleted post has none; a hidden one only for moderators. */
	if (!deleted && (!hidden || moderate))
		kp_setf(r, kp_cell(rows, i, RP_BODY), "Page.Posts.%zu.Body", i);
	int edited = kp_cell_int(rows, i, RP_REVISIONS) > 0;
	kp_setf(r, edited && !deleted && (!hidden || moderate) ? "1" : "0", "Page.Posts.%zu.Edited",
	        i);
	kp_setf(r, writes && visible ? "1" : "0", "Page.Posts.%zu.CanQuote", i);
	kp_setf(r, writes && visible && own ? "1" : "0", "Page.Posts.%zu.CanEdit", i);
	kp_setf(r, visible && !own && r->user.id && !s->access.archived ? "1" : "0",
	        "Page.Posts.%zu.CanReport", i);
	kp_setf(r, moderate && !deleted && !hidden ? "1" : "0", "Page.Posts.%zu.CanHide", i);
	kp_setf(r, moderate && hidden ? "1" : "0", "Page.Posts.%zu.CanRestore", i);
	kp_setf(r, moderate && !deleted && !first ? "1" : "0", "Page.Posts.%zu.CanSplit", i);
}

void forum_read_topic(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_topic t;
	if (!forum_scope_begin(r, args, &s) || forum_topic_load(r, &s, s.args[0], &t) != 1)
		return;
	long long page = read_page_param(r);
	long long pages = read_pages(t.post_count);
	if (page < 1 || page > pages) {
		kp_error(r, 404);
		return;
	}
	long long offset = kp_pager(r, t.post_count, page, FORUM_PER_PAGE);
	struct kp_rows start, rows = {0}, state;
	int rc = kp_db_select(&r->arena, &read_sql[READ_PAGE_START],
	                      KP_ARGS(KP_INT(t.id), KP_INT(offset)), &start);
	if (rc == KP_DB_OK && start.count)
		rc = kp_db_select(&r->arena, &read_sql[READ_POSTS],
		                  KP_ARGS(KP_INT(t.id), KP_INT(kp_cell_int(&start, 0, 0)),
		                          KP_INT(FORUM_PER_PAGE)),
		                  &rows);
	if (rc == KP_DB_OK)
		rc = kp_db_select(
		    &r->arena, &read_sql[READ_TOPIC_STATE],
		    KP_ARGS(KP_INT(r->user.id), KP_INT(t.id), KP_INT(r->user.id), KP_INT(t.id)),
		    &state);
	/* Read up to the last post shown: a page of older posts read later
	 * leaves the mark where it was (the statement keeps the greater). A
	 * page read again writes nothing (most views of a topic). */
	long long last_shown = rows.count ? kp_cell_int(&rows, rows.count - 1, RP_ID) : 0;
	if (rc == KP_DB_OK && state.count && last_shown > kp_cell_int(&state, 0, 1))
		rc = kp_db_exec(&read_sql[READ_MARK],
		                KP_ARGS(KP_INT(r->user.id), KP_INT(t.id), KP_INT(last_shown)), NULL,
		                NULL);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++)
		set_post(r, &s, &t, &rows, i);
	kp_set_int(r, "Page.Topic.Id", t.id);
	kp_set(r, "Page.Topic.Title", t.title);
	kp_set_int(r, "Page.Topic.Pinned", t.pinned);
	kp_set_int(r, "Page.Topic.Locked", t.locked);
	kp_set_int(r, "Page.Topic.Watching", state.count && kp_cell_int(&state, 0, 0) != 0);
	kp_set_int(r, "Page.Topic.CanReply", s.access.write && (!t.locked || s.access.moderate));
	kp_set(r, "Page.Topic.Link", kp_arena_printf(&r->arena, "%s/t/%lld", s.base, t.id));
	kp_set_int(r, "Page.Category.Id", t.category_id);
	kp_set(r, "Page.Category.Name", t.category_name);
	kp_set(r, "Page.Forum.Heading", read_forum_heading(r, &s));
	kp_set(r, "Page.Title", read_page_title(r, t.title, page));
	kp_render(r, 200, "forum/topic.cs");
}

void forum_read_permalink(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_post p;
	if (!forum_scope_begin(r, args, &s) || forum_post_load(r, &s, s.args[0], &p) != 1)
		return;
	long long page = 1;
	int rc = forum_post_page(r, &p, &page);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect(r, kp_arena_printf(&r->arena, "%s#p-%lld",
	                               read_topic_link(r, &s, p.topic_id, page), p.id));
}
