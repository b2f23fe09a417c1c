/* The attendee list for organisers, as a page and as CSV (events.h). Names
 * and answers only: the e-mail addresses stay in the members' profiles,
 * where their owners decide who sees them. */
#include <string.h>

#include "events.h"
#include "export.h"

static int load(struct kp_req *r, const char *const *args, struct events_scope *s, struct event *ev,
                struct kp_rows *rows)
{
	if (!events_scope_begin(r, args, s) || events_load(r, s, s->args[0], ev) != 1)
		return 0;
	if (!ev->organiser) {
		kp_error(r, 403);
		return 0;
	}
	int rc = kp_db_select(&r->arena, &events_sql[EV_ATTENDEES], KP_ARGS(KP_INT(ev->id)), rows);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return 0;
	}
	return 1;
}

/* "yes", "waiting", "maybe" or "no". */
static const char *status_of(const struct kp_rows *rows, size_t i)
{
	const char *a = kp_cell(rows, i, 2);
	return strcmp(a, "yes") == 0 && kp_cell_int(rows, i, 3) ? "waiting" : a;
}

void events_attendees(struct kp_req *r, const char *const *args)
{
	struct events_scope s;
	struct event ev;
	struct kp_rows rows;
	if (!load(r, args, &s, &ev, &rows))
		return;
	events_set_page(r, &s, &ev);
	for (size_t i = 0; i < rows.count; i++) {
		kp_setf(r, kp_cell(&rows, i, 0), "Page.Attendees.%zu.Id", i);
		kp_setf(r, kp_cell(&rows, i, 1), "Page.Attendees.%zu.Name", i);
		kp_setf(r, status_of(&rows, i), "Page.Attendees.%zu.Status", i);
		kp_set_time(r, kp_arena_printf(&r->arena, "Page.Attendees.%zu.Answered", i),
		            kp_cell(&rows, i, 4));
	}
	kp_set(r, "Page.Title", kp_t(r, "Events.Attendees.Title"));
	kp_render(r, 200, "events/attendees.cs");
}

void events_attendees_csv(struct kp_req *r, const char *const *args)
{
	struct events_scope s;
	struct event ev;
	struct kp_rows rows;
	if (!load(r, args, &s, &ev, &rows))
		return;
	struct kp_buf b;
	kp_buf_init(&b, &r->arena);
	kp_csv_cell(&b, kp_t(r, "Events.Csv.Name"));
	kp_csv_cell(&b, kp_t(r, "Events.Csv.Status"));
	kp_csv_cell(&b, kp_t(r, "Events.Csv.Answered"));
	kp_csv_end_row(&b);
	for (size_t i = 0; i < rows.count; i++) {
		kp_csv_cell(&b, kp_cell(&rows, i, 1));
		kp_csv_cell(&b, kp_t(r, kp_arena_printf(&r->arena, "Events.Status.%s",
		                                        status_of(&rows, i))));
		kp_csv_cell(&b, kp_format_time(&r->arena, r->lang, kp_cell(&rows, i, 4)));
		kp_csv_end_row(&b);
	}
	if (b.failed) {
		kp_error(r, 500);
		return;
	}
	kp_header(
	    r, "Content-Disposition",
	    kp_arena_printf(&r->arena, "attachment; filename=\"event-%lld-attendees.csv\"", ev.id));
	kp_send(r, 200, "text/csv; charset=utf-8", b.data, b.len);
}
