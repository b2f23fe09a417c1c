/* /: the start page. Signed out, what the network is (the template
 * holds it all, in plain language too). Signed in, the dashboard: a few
 * items of each section with a link to its full list —
 *   - unread notifications (→ /notifications),
 *   - invitations into groups and requests waiting for the member as a
 *     group's owner or moderator (→ the group, its members page),
 *   - my groups with how many topics hold something unread and the
 *     newest topic (→ /groups?mine=1),
 *   - the newest topics in the categories the member watches (→ /forum),
 *   - my next dates: events I said yes or maybe to and those of my
 *     groups, each at its next date (→ /events),
 *   - the documents added last to the libraries I read (→ /docs).
 * A section is one statement in home_sql.c (readable with
 * KP_ACCESS_READABLE), one block in fill_sections below, one section in
 * templates/home/dashboard.cs. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "home.h"

/* The rows of a section shown: at most DASH_ITEMS (every section links
 * to its full list). */
static size_t shown(const struct kp_rows *rows)
{
	return rows->count > DASH_ITEMS ? DASH_ITEMS : rows->count;
}

/* An all-day date ("YYYY-MM-DD", already local) for people, as
 * kp_format_time writes dates: "14.05.2030", "14 May 2030". */
static const char *local_day(struct kp_req *r, const char *ymd)
{
	static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	struct tm tm;
	memset(&tm, 0, sizeof(tm));
	if (!ymd || !strptime(ymd, "%Y-%m-%d", &tm))
		return "";
	if (strcmp(r->lang, "en") == 0)
		return kp_arena_printf(&r->arena, "%d %s %d", tm.tm_mday, months[tm.tm_mon],
		                       tm.tm_year + 1900);
	return kp_arena_printf(&r->arena, "%02d.%02d.%d", tm.tm_mday, tm.tm_mon + 1,
	                       tm.tm_year + 1900);
}

static void fill_events(struct kp_req *r, const struct kp_rows *ev)
{
	size_t n = shown(ev);
	for (size_t i = 0; i < n; i++) {
		const char *slug = kp_cell(ev, i, 5);
		kp_setf(r,
		        slug
		            ? kp_arena_printf(&r->arena, "/g/%s/events/%s", slug, kp_cell(ev, i, 0))
		            : kp_arena_printf(&r->arena, "/events/%s", kp_cell(ev, i, 0)),
		        "Page.Events.%zu.Link", i);
		kp_setf(r, kp_cell(ev, i, 1), "Page.Events.%zu.Title", i);
		/* An all-day date has no time to show; its day is the local
		 * one the events program keeps. */
		if (kp_cell_int(ev, i, 3)) {
			kp_setf(r, kp_cell(ev, i, 4), "Page.Events.%zu.Day.At", i);
			kp_setf(r, local_day(r, kp_cell(ev, i, 4)), "Page.Events.%zu.Day.AtText",
			        i);
		} else {
			kp_set_time(r, kp_arena_printf(&r->arena, "Page.Events.%zu.Starts", i),
			            kp_cell(ev, i, 2));
		}
		if (slug)
			kp_setf(r, kp_cell(ev, i, 6), "Page.Events.%zu.Group", i);
		const char *answer = kp_cell(ev, i, 7);
		if (answer)
			kp_setf(r,
			        kp_cell_int(ev, i, 8)        ? "Waiting"
			        : strcmp(answer, "yes") == 0 ? "Yes"
			                                     : "Maybe",
			        "Page.Events.%zu.Answer", i);
	}
}

static int fill_sections(struct kp_req *r)
{
	struct kp_val me = KP_INT(r->user.id);
	struct kp_rows notes, invites, requests, groups, watched, events, docs;
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
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &home_sql[HOME_DASH_EVENTS], KP_ARGS(me, me, me, me),
		                  &events);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &home_sql[HOME_DASH_DOCS], KP_ARGS(me), &docs);
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
	fill_events(r, &events);
	n = shown(&docs);
	for (size_t i = 0; i < n; i++) {
		const char *slug = kp_cell(&docs, i, 3);
		kp_setf(
		    r,
		    slug ? kp_arena_printf(&r->arena, "/g/%s/docs/d/%s", slug, kp_cell(&docs, i, 0))
		         : kp_arena_printf(&r->arena, "/docs/d/%s", kp_cell(&docs, i, 0)),
		    "Page.Docs.%zu.Link", i);
		kp_setf(r, kp_cell(&docs, i, 1), "Page.Docs.%zu.Title", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Docs.%zu.Added", i),
		            kp_cell(&docs, i, 2));
		kp_setf(r, slug ? kp_cell(&docs, i, 4) : kp_t(r, "Home.Dash.NetworkDocs"),
		        "Page.Docs.%zu.Library", i);
		if (kp_cell(&docs, i, 5))
			kp_setf(r, kp_cell(&docs, i, 5), "Page.Docs.%zu.By", i);
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
