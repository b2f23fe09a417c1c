/* An event's page, the sign-up and cancelling (events.h). Every sign-up
 * and every cancellation runs in one transaction that first locks the
 * event's row (EV_LOCK), so that two people never take the last seat and
 * the waiting list moves up exactly once. */
#include <string.h>

#include "events.h"

static const struct kp_field rsvp_fields[] = {{"answer", 20, 0}, {NULL, 0, 0}};
static const struct kp_field no_fields[] = {{NULL, 0, 0}};

enum { RSVP_SAME = 1, RSVP_DEADLINE, RSVP_FULL, RSVP_CANCELLED, RSVP_PAST };

int events_move_up(struct kp_req *r, const struct event *ev, long long capacity)
{
	struct kp_rows counts, waiting;
	int rc =
	    kp_db_select(&r->arena, &events_sql[EV_RSVP_COUNTS], KP_ARGS(KP_INT(ev->id)), &counts);
	if (rc != KP_DB_OK)
		return rc;
	long long taken = kp_cell_int(&counts, 0, 0), queued = kp_cell_int(&counts, 0, 1);
	long long n = capacity < 0 ? queued : capacity - taken;
	if (n <= 0 || queued == 0)
		return KP_DB_OK;
	rc = kp_db_select(&r->arena, &events_sql[EV_RSVP_WAITING],
	                  KP_ARGS(KP_INT(ev->id), KP_INT(n)), &waiting);
	for (size_t i = 0; rc == KP_DB_OK && i < waiting.count; i++) {
		long long who = kp_cell_int(&waiting, i, 0);
		rc = kp_db_exec(&events_sql[EV_RSVP_MOVE_UP], KP_ARGS(KP_INT(ev->id), KP_INT(who)),
		                NULL, NULL);
		if (rc == KP_DB_OK)
			rc = kp_db_exec(
			    &events_sql[EV_NOTIFY_ONE],
			    KP_ARGS(KP_INT(who), KP_STR("event_moved_up"), KP_INT(r->user.id),
			            ev->group_id ? KP_INT(ev->group_id) : KP_NULLV, KP_INT(ev->id)),
			    NULL, NULL);
	}
	return rc;
}

/* The dates still to come (all of them when none is), with what the
 * organiser may do with each. Sets *open when one has not ended yet. */
static int set_dates(struct kp_req *r, const struct event *ev, int *open)
{
	struct kp_rows d;
	int rc = kp_db_select(&r->arena, &events_sql[EV_OCC_LIST], KP_ARGS(KP_INT(ev->id)), &d);
	if (rc != KP_DB_OK)
		return rc;
	*open = 0;
	size_t n = 0;
	for (size_t i = 0; i < d.count; i++)
		*open |= !kp_cell_int(&d, i, 4) && !kp_cell_int(&d, i, 3);
	for (size_t i = 0; i < d.count; i++) {
		if (kp_cell_int(&d, i, 4) && *open)
			continue; /* past dates are not shown while some are to come */
		const char *base = kp_arena_printf(&r->arena, "Page.Dates.%zu", n++);
		kp_setf(r, kp_cell(&d, i, 0), "%s.Key", base);
		kp_set_time(r, kp_arena_printf(&r->arena, "%s.Start", base), kp_cell(&d, i, 1));
		kp_set_time(r, kp_arena_printf(&r->arena, "%s.End", base), kp_cell(&d, i, 2));
		time_t t;
		struct tm tm;
		char buf[32];
		if (ev_db_time(kp_cell(&d, i, 1), &t) == 0) {
			ev_local(t, &tm);
			strftime(buf, sizeof(buf), "%d.%m.%Y", &tm);
			if (strcmp(r->lang, "en") == 0)
				strftime(buf, sizeof(buf), "%Y-%m-%d", &tm);
			kp_setf(r, buf, "%s.DateText", base);
			kp_setf(
			    r, kp_t(r, kp_arena_printf(&r->arena, "Events.Weekday.%d", tm.tm_wday)),
			    "%s.Weekday", base);
			strftime(buf, sizeof(buf), "%H:%M", &tm);
			kp_setf(r, buf, "%s.Clock", base);
		}
		if (ev_db_time(kp_cell(&d, i, 2), &t) == 0) {
			ev_local(t, &tm);
			strftime(buf, sizeof(buf), "%H:%M", &tm);
			kp_setf(r, buf, "%s.EndClock", base);
		}
		kp_setf(r, kp_cell(&d, i, 3), "%s.Cancelled", base);
		kp_setf(r, kp_cell(&d, i, 4), "%s.Past", base);
	}
	return KP_DB_OK;
}

void events_show(struct kp_req *r, const char *const *args)
{
	struct events_scope s;
	struct event ev;
	if (!events_scope_begin(r, args, &s) || events_load(r, &s, s.args[0], &ev) != 1)
		return;
	events_set_page(r, &s, &ev);
	int open = 0;
	struct kp_rows counts, mine, lock;
	int rc = set_dates(r, &ev, &open);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_RSVP_COUNTS], KP_ARGS(KP_INT(ev.id)),
		                  &counts);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_RSVP_MINE],
		                  KP_ARGS(KP_INT(ev.id), KP_INT(r->user.id)), &mine);
	/* Only for whether the deadline has passed, by the database's clock. */
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_LOAD_DEADLINE], KP_ARGS(KP_INT(ev.id)),
		                  &lock);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	long long taken = kp_cell_int(&counts, 0, 0);
	kp_set_int(r, "Page.Rsvp.Taken", taken);
	kp_set_int(r, "Page.Rsvp.Waiting", kp_cell_int(&counts, 0, 1));
	kp_set_int(r, "Page.Rsvp.Maybe", kp_cell_int(&counts, 0, 2));
	if (ev.capacity > 0)
		kp_set_int(r, "Page.Rsvp.Free", ev.capacity > taken ? ev.capacity - taken : 0);
	const char *my = mine.count ? kp_cell(&mine, 0, 0) : NULL;
	if (my) {
		kp_set(r, "Page.Rsvp.Mine", my);
		kp_set(r, "Page.Rsvp.MineWaiting", kp_cell(&mine, 0, 1));
	}
	int deadline_passed = lock.count && kp_cell_int(&lock, 0, 0);
	kp_set_int(r, "Page.Rsvp.DeadlinePassed", deadline_passed);
	kp_set_int(r, "Page.Rsvp.Open",
	           open && !ev.cancelled_at && !s.access.archived && !deadline_passed);
	/* Cancelling is possible after the deadline: it frees a seat. */
	kp_set_int(r, "Page.Rsvp.CanCancel",
	           open && !ev.cancelled_at && !s.access.archived && my && strcmp(my, "no") != 0);
	if (ev.organiser || (ev.show_attendees && my && strcmp(my, "no") != 0)) {
		struct kp_rows coming;
		rc = kp_db_select(&r->arena, &events_sql[EV_COMING], KP_ARGS(KP_INT(ev.id)),
		                  &coming);
		if (rc != KP_DB_OK) {
			kp_db_fail(r, rc);
			return;
		}
		kp_set_int(r, "Page.ShowComing", 1);
		for (size_t i = 0; i < coming.count; i++) {
			kp_setf(r, kp_cell(&coming, i, 0), "Page.Coming.%zu.Id", i);
			kp_setf(r, kp_cell(&coming, i, 1), "Page.Coming.%zu.Name", i);
		}
	}
	kp_set(r, "Page.Title", ev.title);
	kp_render(r, 200, "events/show.cs");
}

void events_rsvp(struct kp_req *r, const char *const *args)
{
	struct events_scope s;
	struct event ev;
	if (!events_fields_ok(r, &r->form, rsvp_fields) || !events_scope_begin(r, args, &s) ||
	    events_load(r, &s, s.args[0], &ev) != 1)
		return;
	const char *path = events_path(r, s.access.slug, ev.id);
	const char *answer = kp_form(r, "answer");
	if (!answer || (strcmp(answer, "yes") != 0 && strcmp(answer, "maybe") != 0 &&
	                strcmp(answer, "no") != 0)) {
		kp_error(r, 400);
		return;
	}
	if (s.access.archived || s.access.looking_in) {
		kp_error(r, 403);
		return;
	}
	struct kp_rows lock, mine, counts;
	int waiting = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_LOCK], KP_ARGS(KP_INT(ev.id)), &lock);
	if (rc == KP_DB_OK && (lock.count == 0 || kp_cell(&lock, 0, 3)))
		rc = RSVP_CANCELLED;
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_RSVP_MINE],
		                  KP_ARGS(KP_INT(ev.id), KP_INT(r->user.id)), &mine);
	const char *before = rc == KP_DB_OK && mine.count ? kp_cell(&mine, 0, 0) : NULL;
	int had_seat = before && strcmp(before, "yes") == 0 && !kp_cell_int(&mine, 0, 1);
	if (rc == KP_DB_OK && before && strcmp(before, answer) == 0)
		rc = RSVP_SAME;
	/* When every date is over (or cancelled), or past the deadline,
	 * nobody signs up any more; saying no still frees a seat for who is
	 * waiting. */
	if (rc == KP_DB_OK && strcmp(answer, "no") != 0 && !kp_cell_int(&lock, 0, 5))
		rc = RSVP_PAST;
	if (rc == KP_DB_OK && strcmp(answer, "no") != 0 && kp_cell_int(&lock, 0, 4))
		rc = RSVP_DEADLINE;
	long long capacity = rc == KP_DB_OK && kp_cell(&lock, 0, 0) ? kp_cell_int(&lock, 0, 0) : -1;
	if (rc == KP_DB_OK && strcmp(answer, "yes") == 0 && capacity >= 0) {
		rc = kp_db_select(&r->arena, &events_sql[EV_RSVP_COUNTS], KP_ARGS(KP_INT(ev.id)),
		                  &counts);
		if (rc == KP_DB_OK && kp_cell_int(&counts, 0, 0) >= capacity) {
			if (kp_cell_int(&lock, 0, 1))
				waiting = 1;
			else
				rc = RSVP_FULL;
		}
	}
	if (rc == KP_DB_OK)
		rc = kp_db_exec(
		    &events_sql[EV_RSVP_UPSERT],
		    KP_ARGS(KP_INT(ev.id), KP_INT(r->user.id), KP_STR(answer), KP_INT(waiting)),
		    NULL, NULL);
	if (rc == KP_DB_OK && had_seat)
		rc = events_move_up(r, &ev, capacity);
	rc = kp_db_end(rc);
	switch (rc) {
	case KP_DB_OK:
		kp_redirect_flash(r, path,
		                  waiting                        ? "RsvpWaiting"
		                  : strcmp(answer, "yes") == 0   ? "RsvpYes"
		                  : strcmp(answer, "maybe") == 0 ? "RsvpMaybe"
		                                                 : "RsvpNo");
		break;
	case RSVP_SAME:
		kp_redirect_flash(r, path, "RsvpSame");
		break;
	case RSVP_DEADLINE:
		kp_redirect_flash(r, path, "RsvpDeadline");
		break;
	case RSVP_PAST:
		kp_redirect_flash(r, path, "RsvpPast");
		break;
	case RSVP_FULL:
		kp_redirect_flash(r, path, "RsvpFull");
		break;
	case RSVP_CANCELLED:
		kp_redirect_flash(r, path, "EventIsCancelled");
		break;
	default:
		kp_db_fail(r, rc);
	}
}

/* Organisers only; 1 when the user is one (else 403 sent). */
static int organiser(struct kp_req *r, const struct event *ev)
{
	if (ev->organiser)
		return 1;
	kp_error(r, 403);
	return 0;
}

void events_cancel(struct kp_req *r, const char *const *args)
{
	struct events_scope s;
	struct event ev;
	if (!events_fields_ok(r, &r->form, no_fields) || !events_scope_begin(r, args, &s) ||
	    events_load(r, &s, s.args[0], &ev) != 1 || !organiser(r, &ev))
		return;
	const char *path = events_path(r, s.access.slug, ev.id);
	unsigned long long n = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&events_sql[EV_CANCEL], KP_ARGS(KP_INT(ev.id)), &n, NULL);
	if (rc == KP_DB_OK && n == 0)
		rc = RSVP_CANCELLED;
	if (rc == KP_DB_OK)
		rc = events_notify_attendees(r, &ev, "event_cancelled");
	rc = kp_db_end(rc);
	if (rc == KP_DB_OK)
		kp_redirect_flash(r, path, "EventCancelled");
	else if (rc == RSVP_CANCELLED)
		kp_redirect_flash(r, path, "EventIsCancelled");
	else
		kp_db_fail(r, rc);
}

void events_cancel_date(struct kp_req *r, const char *const *args)
{
	struct events_scope s;
	struct event ev;
	if (!events_fields_ok(r, &r->form, no_fields) || !events_scope_begin(r, args, &s) ||
	    events_load(r, &s, s.args[0], &ev) != 1 || !organiser(r, &ev))
		return;
	const char *path = events_path(r, s.access.slug, ev.id);
	int y, m, d;
	if (ev_parse_date(s.args[1], &y, &m, &d) != 0) {
		kp_error(r, 404);
		return;
	}
	if (ev.cancelled_at) {
		kp_redirect_flash(r, path, "EventIsCancelled");
		return;
	}
	unsigned long long n = 0;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&events_sql[EV_OCC_CANCEL],
		                KP_ARGS(KP_INT(ev.id), KP_STR(s.args[1])), &n, NULL);
	if (rc == KP_DB_OK && n == 0)
		rc = RSVP_CANCELLED;
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&events_sql[EV_BUMP], KP_ARGS(KP_INT(ev.id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = events_notify_attendees(r, &ev, "event_date_cancelled");
	rc = kp_db_end(rc);
	if (rc == KP_DB_OK)
		kp_redirect_flash(r, path, "EventDateCancelled");
	else if (rc == RSVP_CANCELLED)
		kp_redirect_flash(r, path, "EventDateNotFound");
	else
		kp_db_fail(r, rc);
}
