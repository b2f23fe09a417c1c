/* {base}/c/ID?page=N: a category's topics, pinned first, then by last
 * activity, 25 a page; each with its replies, who started it, who wrote
 * last and when, and whether the user has read it (read.h). The pager
 * counts from the category's stored topic count. */
#include "read.h"

void forum_read_category(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	struct forum_category c;
	if (!forum_scope_begin(r, args, &s) || forum_category_load(r, &s, s.args[0], &c) != 1)
		return;
	long long page = read_page_param(r);
	struct kp_rows state;
	int rc = kp_db_select(&r->arena, &read_sql[READ_CATEGORY_STATE],
	                      KP_ARGS(KP_INT(r->user.id), KP_INT(c.id)), &state);
	if (rc != KP_DB_OK || state.count == 0) {
		kp_db_fail(r, rc == KP_DB_OK ? KP_DB_ERROR : rc);
		return;
	}
	long long pages = read_pages(kp_cell_int(&state, 0, 0));
	if (page < 1 || page > pages) {
		kp_error(r, 404);
		return;
	}
	long long offset = kp_pager(r, kp_cell_int(&state, 0, 0), page, FORUM_PER_PAGE);
	struct kp_rows rows;
	rc = kp_db_select(
	    &r->arena, &read_sql[READ_TOPICS],
	    KP_ARGS(KP_INT(c.id), KP_INT(FORUM_PER_PAGE), KP_INT(offset), KP_INT(r->user.id)),
	    &rows);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++) {
		long long posts = kp_cell_int(&rows, i, RT_POSTS);
		kp_setf(r, kp_cell(&rows, i, RT_ID), "Page.Topics.%zu.Id", i);
		kp_setf(r, kp_cell(&rows, i, RT_TITLE), "Page.Topics.%zu.Title", i);
		kp_setf(r, kp_cell(&rows, i, RT_PINNED), "Page.Topics.%zu.Pinned", i);
		kp_setf(r, kp_cell(&rows, i, RT_LOCKED), "Page.Topics.%zu.Locked", i);
		kp_setf(r, kp_arena_printf(&r->arena, "%lld", posts > 0 ? posts - 1 : 0),
		        "Page.Topics.%zu.Replies", i);
		kp_setf(r, kp_cell(&rows, i, RT_STARTER_ID), "Page.Topics.%zu.StarterId", i);
		kp_setf(r, kp_cell(&rows, i, RT_STARTER), "Page.Topics.%zu.Starter", i);
		kp_setf(r, kp_cell(&rows, i, RT_LAST_POST_ID), "Page.Topics.%zu.Last.PostId", i);
		kp_setf(r, kp_cell(&rows, i, RT_LAST_USER_ID), "Page.Topics.%zu.Last.UserId", i);
		kp_setf(r, kp_cell(&rows, i, RT_LAST_USER), "Page.Topics.%zu.Last.User", i);
		read_set_time(r, kp_cell(&rows, i, RT_LAST_AT), kp_cell(&rows, i, RT_LAST_AGO),
		              "Page.Topics.%zu.Last", i);
		kp_setf(r, kp_cell(&rows, i, RT_UNREAD), "Page.Topics.%zu.Unread", i);
		/* The last page, for the link to the newest posts. */
		long long last_page = read_pages(posts);
		if (last_page > 1)
			kp_setf(r, kp_arena_printf(&r->arena, "%lld", last_page),
			        "Page.Topics.%zu.LastPage", i);
	}
	kp_set_int(r, "Page.Category.Id", c.id);
	kp_set(r, "Page.Category.Name", c.name);
	kp_set(r, "Page.Category.Description", c.description);
	kp_set_int(r, "Page.Category.Retired", c.retired);
	kp_set_int(r, "Page.Category.Watching", kp_cell_int(&state, 0, 1) != 0);
	kp_set_int(r, "Page.Category.CanStart", s.access.write && !c.retired);
	kp_set(r, "Page.Category.Link", kp_arena_printf(&r->arena, "%s/c/%lld", s.base, c.id));
	kp_set(r, "Page.Forum.Heading", read_forum_heading(r, &s));
	read_set_manage(r, &s);
	kp_set(r, "Page.Title", read_page_title(r, c.name, page));
	kp_render(r, 200, "forum/category.cs");
}
