/* /notifications: the member's notifications, newest first; opening one
 * (/notifications/N) marks it read and leads to its item; "mark all
 * read". Only rows still readable by the member are listed or opened
 * (KP_NOTIFY_READABLE): a reply in a group the member has left, a post
 * hidden since, a private group's invitation that was withdrawn — none
 * of them is shown, counted or followed. */
#include "home.h"

static const struct kp_field page_fields[] = {{"page", 9, 0}, {NULL, 0, 0}};
static const struct kp_field read_fields[] = {{"upto", 20, 0}, {NULL, 0, 0}};

void home_notes_set(struct kp_req *r, const char *list, const struct kp_rows *rows)
{
	for (size_t i = 0; i < rows->count && i < NOTES_PER_PAGE; i++) {
		const char *kind = kp_cell(rows, i, HN_KIND);
		/* A kind this build does not know (written by a newer program)
		 * is shown by its generic text and leads nowhere but here. */
		kp_setf(r, kp_cell(rows, i, HN_ID), "%s.%zu.Id", list, i);
		kp_setf(r, kp_notify_kind_of(kind) ? kind : "other", "%s.%zu.Kind", list, i);
		kp_setf(r, kp_cell(rows, i, HN_READ) ? "0" : "1", "%s.%zu.Unread", list, i);
		if (kp_cell(rows, i, HN_ACTOR))
			kp_setf(r, kp_cell(rows, i, HN_ACTOR), "%s.%zu.Actor", list, i);
		if (kp_cell(rows, i, HN_GROUP))
			kp_setf(r, kp_cell(rows, i, HN_GROUP), "%s.%zu.Group", list, i);
		if (kp_cell(rows, i, HN_TOPIC))
			kp_setf(r, kp_cell(rows, i, HN_TOPIC), "%s.%zu.Topic", list, i);
		kp_set_time(r, kp_arena_printf(&r->arena, "%s.%zu.Created", list, i),
		            kp_cell(rows, i, HN_CREATED));
	}
}

void home_notifications(struct kp_req *r, const char *const *args)
{
	const char *bad = NULL;
	const char *pv = kp_query(r, "page");
	long long page = pv && *pv ? kp_parse_id(pv) : 1;
	if (kp_fields_check(&r->query_params, page_fields, &bad) != 0 || page < 0) {
		kp_log_req(r, "refused query field %s on %s", bad ? bad : "page", r->route);
		kp_error(r, 400);
		return;
	}
	if (page < 1)
		page = 1;
	struct kp_rows rows = {0};
	int rc = kp_db_select(&r->arena, &home_sql[HOME_NOTES_PAGE],
	                      KP_ARGS(KP_INT(r->user.id), KP_INT(NOTES_PER_PAGE),
	                              KP_INT((page - 1) * NOTES_PER_PAGE)),
	                      &rows);
	/* A page past the end (an old link, notifications gone since): the
	 * last page there is. */
	if (rc == KP_DB_OK && rows.count == 0 && page > 1) {
		struct kp_rows first = {0};
		rc = kp_db_select(&r->arena, &home_sql[HOME_NOTES_PAGE],
		                  KP_ARGS(KP_INT(r->user.id), KP_INT(1), KP_INT(0)), &first);
		long long total =
		    rc == KP_DB_OK && first.count ? kp_cell_int(&first, 0, HN_TOTAL) : 0;
		page = total > 0 ? (total + NOTES_PER_PAGE - 1) / NOTES_PER_PAGE : 1;
		if (rc == KP_DB_OK && total > 0)
			rc = kp_db_select(&r->arena, &home_sql[HOME_NOTES_PAGE],
			                  KP_ARGS(KP_INT(r->user.id), KP_INT(NOTES_PER_PAGE),
			                          KP_INT((page - 1) * NOTES_PER_PAGE)),
			                  &rows);
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_pager(r, rows.count ? kp_cell_int(&rows, 0, HN_TOTAL) : 0, page, NOTES_PER_PAGE);
	home_notes_set(r, "Page.Notes", &rows);
	/* "Mark all read" marks up to the newest one there is now (the first
	 * row of page 1; on a later page, that page's first is not the
	 * newest, so the form offers it on page 1 only). */
	if (page == 1 && rows.count)
		kp_set(r, "Page.Upto", kp_cell(&rows, 0, HN_ID));
	kp_set(r, "Page.Title", kp_t(r, "Home.Notes.Title"));
	kp_render(r, 200, "home/notifications.cs");
}

void home_notification_open(struct kp_req *r, const char *const *args)
{
	long long id = kp_parse_id(args[0]);
	if (id <= 0) {
		kp_error(r, 404);
		return;
	}
	struct kp_rows rows = {0};
	int rc = kp_db_select(&r->arena, &home_sql[HOME_NOTE_ONE],
	                      KP_ARGS(KP_INT(id), KP_INT(r->user.id)), &rows);
	if (rc == KP_DB_OK && rows.count == 0) {
		kp_error(r, 404);
		return;
	}
	/* Opening is a GET that changes one thing, the read mark. Another
	 * site cannot do it behind the member's back with an image or a
	 * fetch: the session cookie is SameSite=Lax, so from another site
	 * only a followed link carries it — which is opening. */
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&home_sql[HOME_NOTE_READ], KP_ARGS(KP_INT(id), KP_INT(r->user.id)),
		                NULL, NULL);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	const char *item = kp_cell(&rows, 0, HN_ITEM);
	kp_redirect(r, kp_notify_link(&r->arena, kp_cell(&rows, 0, HN_KIND),
	                              kp_cell(&rows, 0, HN_SLUG), item ? kp_parse_id(item) : 0));
}

void home_notifications_read(struct kp_req *r, const char *const *args)
{
	const char *bad = NULL;
	if (kp_fields_check(&r->form, read_fields, &bad) != 0) {
		kp_log_req(r, "refused form field %s on %s", bad ? bad : "?", r->route);
		kp_error(r, 400);
		return;
	}
	long long upto = kp_parse_id(kp_form(r, "upto"));
	if (upto <= 0) {
		kp_redirect_flash(r, "/notifications", "NotesNothing");
		return;
	}
	int rc = kp_db_exec(&home_sql[HOME_NOTES_READ_ALL],
	                    KP_ARGS(KP_INT(r->user.id), KP_INT(upto)), NULL, NULL);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_redirect_flash(r, "/notifications", "NotesRead");
}
