/* /g/SLUG: a group's home page, and its picture (/g/SLUG/picture).
 *
 * Who sees what (the flags are access.h's, group_begin answers 404 for
 * whoever may not know the group):
 *  - everybody who knows the group: name, picture, visibility, the
 *    archived notice, the member count, their own state with the fitting
 *    action (forms that post to the members part's URLs), and the
 *    description. The description of a closed group is shown to every
 *    member of the network, not only to readers: it is how they decide
 *    whether to ask to join, as the picture is (access.h: every member
 *    sees that a closed group exists). A private group's description
 *    reaches nobody but its members and those invited to it, who must
 *    know what they accept. What a group writes — its topics — is for
 *    readers only (access.read).
 *  - readers (access.read): the newest topics of the group's forum and
 *    the group's next events and the documents of its library changed
 *    last;
 *  - who may see the members (access.members): up to 12 of them with
 *    their organisations and a link to the members page. */
#include <string.h>

#include "files.h"
#include "pages.h"

int pages_group_row(struct kp_req *r, const struct kp_access *a)
{
	struct kp_rows g;
	int rc = kp_db_select(&r->arena, &pages_sql[PAGES_SHOW], KP_ARGS(KP_INT(a->group_id)), &g);
	if (rc != KP_DB_OK)
		return rc;
	if (g.count == 0)
		return KP_DB_CONFLICT;
	const char *d = kp_cell(&g, 0, PS_DESCRIPTION);
	if (d && d[strspn(d, " \n\t")])
		kp_set(r, "Page.Group.Description", d);
	kp_set_int(r, "Page.Group.HasPicture", kp_cell(&g, 0, PS_PICTURE) != NULL);
	kp_set(r, "Page.Group.Initial", pages_initial(r, a->name));
	kp_set(r, "Page.Group.MemberCount", kp_cell(&g, 0, PS_MEMBERS));
	kp_set_time(r, "Page.Group.Archived", kp_cell(&g, 0, PS_ARCHIVED_AT));
	if (kp_cell(&g, 0, PS_ARCHIVED_BY))
		kp_set(r, "Page.Group.ArchivedBy", kp_cell(&g, 0, PS_ARCHIVED_BY));
	kp_set_time(r, "Page.Group.Created", kp_cell(&g, 0, PS_CREATED_AT));
	return KP_DB_OK;
}

void group_home(struct kp_req *r, const char *const *args)
{
	struct kp_access a;
	if (!group_begin(r, args, &a))
		return;
	struct kp_rows topics = {0}, members = {0}, events = {0}, docs = {0};
	int rc = pages_group_row(r, &a);
	if (rc == KP_DB_OK && a.read)
		rc = kp_db_select(&r->arena, &pages_sql[PAGES_TOPICS], KP_ARGS(KP_INT(a.group_id)),
		                  &topics);
	if (rc == KP_DB_OK && a.read)
		rc = kp_db_select(&r->arena, &pages_sql[PAGES_EVENTS], KP_ARGS(KP_INT(a.group_id)),
		                  &events);
	if (rc == KP_DB_OK && a.read)
		rc = kp_db_select(&r->arena, &pages_sql[PAGES_DOCS], KP_ARGS(KP_INT(a.group_id)),
		                  &docs);
	if (rc == KP_DB_OK && a.members)
		rc = kp_db_select(&r->arena, &pages_sql[PAGES_MEMBERS], KP_ARGS(KP_INT(a.group_id)),
		                  &members);
	if (rc == KP_DB_CONFLICT) {
		kp_error(r, 404);
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	for (size_t i = 0; i < topics.count; i++) {
		long long posts = kp_cell_int(&topics, i, 2);
		kp_setf(r, kp_cell(&topics, i, 0), "Page.Topics.%zu.Id", i);
		kp_setf(r, kp_cell(&topics, i, 1), "Page.Topics.%zu.Title", i);
		kp_setf(r, kp_arena_printf(&r->arena, "%lld", posts > 0 ? posts - 1 : 0),
		        "Page.Topics.%zu.Replies", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Topics.%zu.Last", i),
		            kp_cell(&topics, i, 3));
		if (kp_cell(&topics, i, 5)) {
			kp_setf(r, kp_cell(&topics, i, 4), "Page.Topics.%zu.Last.UserId", i);
			kp_setf(r, kp_cell(&topics, i, 5), "Page.Topics.%zu.Last.User", i);
		}
	}
	for (size_t i = 0; i < events.count; i++) {
		kp_setf(r, kp_cell(&events, i, 0), "Page.GroupEvents.%zu.Id", i);
		kp_setf(r, kp_cell(&events, i, 1), "Page.GroupEvents.%zu.Title", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.GroupEvents.%zu.Start", i),
		            kp_cell(&events, i, 2));
		kp_setf(r, kp_cell(&events, i, 3), "Page.GroupEvents.%zu.AllDay", i);
		/* An all-day date is its day alone: the text without ", 00:00". */
		const char *text = kp_format_time(&r->arena, r->lang, kp_cell(&events, i, 2));
		const char *comma = strrchr(text, ',');
		if (kp_cell_int(&events, i, 3) && comma)
			kp_setf(r, kp_arena_strndup(&r->arena, text, (size_t)(comma - text)),
			        "Page.GroupEvents.%zu.DayText", i);
		kp_setf(r, kp_cell(&events, i, 4), "Page.GroupEvents.%zu.Cancelled", i);
	}
	for (size_t i = 0; i < docs.count; i++) {
		kp_setf(r, kp_cell(&docs, i, 0), "Page.Docs.%zu.Id", i);
		kp_setf(r, kp_cell(&docs, i, 1), "Page.Docs.%zu.Title", i);
		kp_setf(r, kp_cell(&docs, i, 3), "Page.Docs.%zu.FileName", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Docs.%zu.Updated", i),
		            kp_cell(&docs, i, 2));
	}
	for (size_t i = 0; i < members.count; i++) {
		kp_setf(r, kp_cell(&members, i, 0), "Page.GroupMembers.%zu.Id", i);
		kp_setf(r, kp_cell(&members, i, 1), "Page.GroupMembers.%zu.Name", i);
		kp_setf(r, kp_cell(&members, i, 2), "Page.GroupMembers.%zu.Role", i);
		if (kp_cell(&members, i, 4)) {
			kp_setf(r, kp_cell(&members, i, 3), "Page.GroupMembers.%zu.OrgId", i);
			kp_setf(r, kp_cell(&members, i, 4), "Page.GroupMembers.%zu.Org", i);
		}
	}
	kp_set(r, "Page.Title", a.name);
	kp_render(r, 200, "groups/home.cs");
}

/* The picture for whoever may know the group (group_begin: 404 else), with
 * the headers of an organisation's logo (cgi/people/org_show.c). */
void group_picture(struct kp_req *r, const char *const *args)
{
	struct kp_access a;
	if (!group_begin(r, args, &a))
		return;
	struct kp_rows g;
	int rc =
	    kp_db_select(&r->arena, &pages_sql[PAGES_PICTURE], KP_ARGS(KP_INT(a.group_id)), &g);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	const char *sha = g.count ? kp_cell(&g, 0, 0) : NULL;
	if (!sha) {
		kp_error(r, 404);
		return;
	}
	struct kp_download d;
	if (kp_download_prepare(&r->arena, sha, kp_cell(&g, 0, 1), "picture", 1, &d) != 0) {
		kp_error(r, 500);
		return;
	}
	kp_header(r, "X-Accel-Redirect", d.accel_redirect);
	kp_header(r, "Content-Disposition", d.disposition);
	kp_header(r, "Cache-Control", d.cache_control);
	kp_send(r, 200, d.content_type, "", 0);
}
