/* {base}: the forum's categories in their order (retired ones last), each
 * with its description, field of action, stored counts and last post. */
#include "read.h"

void forum_read_index(struct kp_req *r, const char *const *args)
{
	struct forum_scope s;
	if (!forum_scope_begin(r, args, &s))
		return;
	struct kp_rows rows;
	struct kp_val group = s.access.group_id ? KP_INT(s.access.group_id) : KP_NULLV;
	int rc = kp_db_select(&r->arena, &read_sql[READ_CATEGORIES],
	                      KP_ARGS(KP_STR(r->lang), group), &rows);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < rows.count; i++) {
		kp_setf(r, kp_cell(&rows, i, RC_ID), "Page.Categories.%zu.Id", i);
		kp_setf(r, kp_cell(&rows, i, RC_NAME), "Page.Categories.%zu.Name", i);
		kp_setf(r, kp_cell(&rows, i, RC_DESCRIPTION), "Page.Categories.%zu.Description", i);
		kp_setf(r, kp_cell(&rows, i, RC_FIELD), "Page.Categories.%zu.Field", i);
		kp_setf(r, kp_cell(&rows, i, RC_RETIRED), "Page.Categories.%zu.Retired", i);
		kp_setf(r, kp_cell(&rows, i, RC_TOPICS), "Page.Categories.%zu.Topics", i);
		kp_setf(r, kp_cell(&rows, i, RC_POSTS), "Page.Categories.%zu.Posts", i);
		if (!kp_cell(&rows, i, RC_LAST_TOPIC_ID))
			continue;
		kp_setf(r, kp_cell(&rows, i, RC_LAST_POST_ID), "Page.Categories.%zu.Last.PostId",
		        i);
		kp_setf(r, kp_cell(&rows, i, RC_LAST_TOPIC), "Page.Categories.%zu.Last.Topic", i);
		kp_setf(r, kp_cell(&rows, i, RC_LAST_USER_ID), "Page.Categories.%zu.Last.UserId",
		        i);
		kp_setf(r, kp_cell(&rows, i, RC_LAST_USER), "Page.Categories.%zu.Last.User", i);
		read_set_time(r, kp_cell(&rows, i, RC_LAST_AT), kp_cell(&rows, i, RC_LAST_AGO),
		              "Page.Categories.%zu.Last", i);
	}
	read_set_manage(r, &s);
	kp_set(r, "Page.Title", read_forum_heading(r, &s));
	kp_render(r, 200, "forum/index.cs");
}
