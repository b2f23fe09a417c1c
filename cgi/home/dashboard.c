/* /: the start page. Signed out, what the network is (the template
 * holds it all, in plain language too). Signed in, the dashboard: a few
 * items of each section with a link to its full list —
 *   - unread notifications (→ /notifications),
 *   - invitations into groups and requests waiting for the member as a
 *     group's owner or moderator (→ the group, its members page),
 *   - my groups with how many topics hold something unread and the
 *     newest topic (→ /groups?mine=1),
 *   - the newest topics in the categories the member watches (→ /forum).
 * The documents and events programs add their sections here: one
 * statement each in home_sql.c (readable with KP_ACCESS_READABLE), one
 * block in fill_sections below, one section in templates/home/
 * dashboard.cs. */
#include "home.h"

/* The rows of a section shown: at most DASH_ITEMS (every section links
 * to its full list). */
static size_t shown(const struct kp_rows *rows)
{
	return rows->count > DASH_ITEMS ? DASH_ITEMS : rows->count;
}

static int fill_sections(struct kp_req *r)
{
	struct kp_val me = KP_INT(r->user.id);
	struct kp_rows notes, invites, requests, groups, watched;
	int rc = kp_db_select(&r->arena, &home_sql[HOME_DASH_NOTES], KP_ARGS(me), &notes);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &home_sql[HOME_DASH_INVITES], KP_ARGS(me), &invites);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &home_sql[HOME_DASH_REQUESTS], KP_ARGS(me), &requests);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &home_sql[HOME_DASH_GROUPS], KP_ARGS(me, me), &groups);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &home_sql[HOME_DASH_WATCHED], KP_ARGS(me, me),
		                  &watched);
	if (rc != KP_DB_OK)
		return rc;

	struct kp_rows few = notes;
	few.count = shown(&notes);
	home_notes_set(r, "Page.Notes", &few);

	size_t n = shown(&invites);
	for (size_t i = 0; i < n; i++) {
		kp_setf(r, kp_cell(&invites, i, 0), "Page.Invites.%zu.Slug", i);
		kp_setf(r, kp_cell(&invites, i, 1), "Page.Invites.%zu.Name", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Invites.%zu.Since", i),
		            kp_cell(&invites, i, 2));
	}
	n = shown(&requests);
	for (size_t i = 0; i < n; i++) {
		kp_setf(r, kp_cell(&requests, i, 0), "Page.Requests.%zu.Slug", i);
		kp_setf(r, kp_cell(&requests, i, 1), "Page.Requests.%zu.Name", i);
		kp_setf(r, kp_cell(&requests, i, 2), "Page.Requests.%zu.Count", i);
	}
	n = shown(&groups);
	for (size_t i = 0; i < n; i++) {
		kp_setf(r, kp_cell(&groups, i, 0), "Page.Groups.%zu.Slug", i);
		kp_setf(r, kp_cell(&groups, i, 1), "Page.Groups.%zu.Name", i);
		kp_setf(r, kp_cell(&groups, i, 2), "Page.Groups.%zu.Archived", i);
		kp_setf(r, kp_cell(&groups, i, 3), "Page.Groups.%zu.Unread", i);
		if (kp_cell(&groups, i, 4)) {
			kp_setf(r, kp_cell(&groups, i, 4), "Page.Groups.%zu.Topic.Id", i);
			kp_setf(r, kp_cell(&groups, i, 5), "Page.Groups.%zu.Topic.Title", i);
			kp_set_time(r, kp_arena_printf(&r->arena, "Page.Groups.%zu.Topic.Last", i),
			            kp_cell(&groups, i, 6));
		}
	}
	n = shown(&watched);
	for (size_t i = 0; i < n; i++) {
		const char *slug = kp_cell(&watched, i, 4);
		kp_setf(r,
		        slug ? kp_arena_printf(&r->arena, "/g/%s/forum/t/%s", slug,
		                               kp_cell(&watched, i, 0))
		             : kp_arena_printf(&r->arena, "/forum/t/%s", kp_cell(&watched, i, 0)),
		        "Page.Watched.%zu.Link", i);
		kp_setf(r, kp_cell(&watched, i, 1), "Page.Watched.%zu.Title", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Watched.%zu.Created", i),
		            kp_cell(&watched, i, 2));
		kp_setf(r, kp_cell(&watched, i, 3), "Page.Watched.%zu.Category", i);
		if (slug)
			kp_setf(r, kp_cell(&watched, i, 5), "Page.Watched.%zu.Group", i);
	}
	return KP_DB_OK;
}

void home_dashboard(struct kp_req *r, const char *const *args)
{
	if (!r->user.id) {
		kp_set(r, "Page.Title", kp_t(r, "Home.Welcome.Title"));
		kp_render(r, 200, "home/welcome.cs");
		return;
	}
	int rc = fill_sections(r);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_set(r, "Page.Title", kp_t(r, "Home.Dash.Title"));
	kp_render(r, 200, "home/dashboard.cs");
}
