/* The scope of an events request and loading an event in it (events.h). */
#include <stdlib.h>
#include <string.h>

#include "events.h"

int events_fields_ok(struct kp_req *r, const struct kp_params *p, const struct kp_field *fields)
{
	const char *bad = NULL;
	if (kp_fields_check(p, fields, &bad) == 0)
		return 1;
	kp_log_req(r, "refused field %s on %s", bad ? bad : "?", r->route);
	kp_error(r, 400);
	return 0;
}

int events_scope_begin(struct kp_req *r, const char *const *args, struct events_scope *s)
{
	memset(s, 0, sizeof(*s));
	return kp_access_part(r, "events", "Page.Events", args, &s->access, &s->args, &s->base);
}

const char *events_path(struct kp_req *r, const char *slug, long long id)
{
	if (slug)
		return kp_arena_printf(&r->arena, "/g/%s/events/%lld", slug, id);
	return kp_arena_printf(&r->arena, "/events/%lld", id);
}

static long long cell_id(const struct kp_rows *rows, size_t i, size_t col)
{
	return kp_cell(rows, i, col) ? kp_cell_int(rows, i, col) : 0;
}

void events_from_row(struct kp_req *r, const struct kp_rows *rows, size_t i, struct event *ev)
{
	memset(ev, 0, sizeof(*ev));
	ev->id = kp_cell_int(rows, i, EC_ID);
	ev->group_id = cell_id(rows, i, EC_GROUP);
	ev->title = kp_cell(rows, i, EC_TITLE);
	ev->description = kp_cell(rows, i, EC_DESCRIPTION);
	ev->all_day = (int)kp_cell_int(rows, i, EC_ALL_DAY);
	ev->starts_at = kp_cell(rows, i, EC_STARTS);
	ev->ends_at = kp_cell(rows, i, EC_ENDS);
	ev->start_date = kp_cell(rows, i, EC_START_DATE);
	ev->end_date = kp_cell(rows, i, EC_END_DATE);
	ev->place = kp_cell(rows, i, EC_PLACE);
	ev->municipality_id = cell_id(rows, i, EC_MUNICIPALITY);
	ev->online_url = kp_cell(rows, i, EC_URL);
	ev->org_id = cell_id(rows, i, EC_ORG);
	ev->field_id = cell_id(rows, i, EC_FIELD);
	ev->capacity = kp_cell(rows, i, EC_CAPACITY) ? kp_cell_int(rows, i, EC_CAPACITY) : -1;
	ev->deadline = kp_cell(rows, i, EC_DEADLINE);
	ev->waitlist = (int)kp_cell_int(rows, i, EC_WAITLIST);
	ev->show_attendees = (int)kp_cell_int(rows, i, EC_SHOW_ATTENDEES);
	ev->repeat_freq = kp_cell(rows, i, EC_FREQ);
	ev->repeat_interval = (int)kp_cell_int(rows, i, EC_INTERVAL);
	ev->repeat_until = kp_cell(rows, i, EC_UNTIL);
	ev->repeat_count = kp_cell(rows, i, EC_COUNT) ? (int)kp_cell_int(rows, i, EC_COUNT) : 0;
	ev->sequence = (int)kp_cell_int(rows, i, EC_SEQUENCE);
	ev->cancelled_at = kp_cell(rows, i, EC_CANCELLED);
	ev->created_by = cell_id(rows, i, EC_CREATED_BY);
	ev->org_name = kp_cell(rows, i, EC_ORG_NAME);
	ev->field_name =
	    kp_cell(rows, i, strcmp(r->lang, "en") == 0 ? EC_FIELD_NAME_EN : EC_FIELD_NAME_DE);
	ev->municipality_name = kp_cell(rows, i, EC_MUNICIPALITY_NAME);
	ev->creator_name = kp_cell(rows, i, EC_CREATOR);
}

int events_load(struct kp_req *r, const struct events_scope *s, const char *id, struct event *ev)
{
	long long n = kp_parse_id(id);
	if (n <= 0) {
		kp_error(r, 404);
		return 0;
	}
	struct kp_rows rows;
	int rc = kp_db_select(&r->arena, &events_sql[EV_LOAD], KP_ARGS(KP_INT(n)), &rows);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return -1;
	}
	/* An event of another scope is not found here: its own URL is the
	 * one under its group. */
	if (rows.count == 0 ||
	    cell_id(&rows, 0, EC_GROUP) != (s->access.group_id > 0 ? s->access.group_id : 0)) {
		kp_error(r, 404);
		return 0;
	}
	events_from_row(r, &rows, 0, ev);
	/* Organisers: who created it, while they may still write there, and
	 * the scope's moderators. Nobody changes an archived group's events. */
	ev->organiser = !s->access.archived &&
	                ((ev->created_by == r->user.id && s->access.write) || s->access.moderate);
	return 1;
}

/* Sets NAME.Date and NAME.Clock (local) and NAME.At (ISO, UTC). */
static void set_local(struct kp_req *r, const char *name, const char *utc)
{
	time_t t;
	if (ev_db_time(utc, &t) != 0)
		return;
	kp_set_time(r, name, utc);
	struct tm tm;
	ev_local(t, &tm);
	char buf[32];
	strftime(buf, sizeof(buf), "%Y-%m-%d", &tm);
	kp_setf(r, buf, "%s.Date", name);
	strftime(buf, sizeof(buf), "%H:%M", &tm);
	kp_setf(r, buf, "%s.Clock", name);
}

void events_set_page(struct kp_req *r, const struct events_scope *s, const struct event *ev)
{
	(void)s;
	kp_set_int(r, "Page.Event.Id", ev->id);
	kp_set(r, "Page.Event.Title", ev->title);
	if (ev->description && *ev->description)
		kp_set(r, "Page.Event.Description", ev->description);
	kp_set_int(r, "Page.Event.AllDay", ev->all_day);
	set_local(r, "Page.Event.Start", ev->starts_at);
	set_local(r, "Page.Event.End", ev->ends_at);
	if (ev->all_day) {
		kp_set(r, "Page.Event.StartDate", ev->start_date);
		kp_set(r, "Page.Event.EndDate", ev->end_date);
	}
	if (ev->place)
		kp_set(r, "Page.Event.Place", ev->place);
	if (ev->municipality_name)
		kp_set(r, "Page.Event.Municipality", ev->municipality_name);
	if (ev->online_url)
		kp_set(r, "Page.Event.OnlineUrl", ev->online_url);
	if (ev->org_name) {
		kp_set_int(r, "Page.Event.Org.Id", ev->org_id);
		kp_set(r, "Page.Event.Org.Name", ev->org_name);
	}
	if (ev->field_name)
		kp_set(r, "Page.Event.Field", ev->field_name);
	if (ev->creator_name) {
		kp_set_int(r, "Page.Event.Creator.Id", ev->created_by);
		kp_set(r, "Page.Event.Creator.Name", ev->creator_name);
	}
	if (ev->capacity >= 0)
		kp_set_int(r, "Page.Event.Capacity", ev->capacity);
	if (ev->deadline)
		set_local(r, "Page.Event.Deadline", ev->deadline);
	kp_set_int(r, "Page.Event.Waitlist", ev->waitlist);
	kp_set_int(r, "Page.Event.ShowAttendees", ev->show_attendees);
	kp_set(r, "Page.Event.Repeat", ev->repeat_freq);
	kp_set_int(r, "Page.Event.Interval", ev->repeat_interval);
	if (ev->repeat_until)
		kp_set(r, "Page.Event.Until", ev->repeat_until);
	if (ev->repeat_count)
		kp_set_int(r, "Page.Event.Count", ev->repeat_count);
	if (ev->cancelled_at)
		kp_set_time(r, "Page.Event.Cancelled", ev->cancelled_at);
	kp_set_int(r, "Page.Event.Organiser", ev->organiser);
	kp_set(r, "Page.Event.Path", events_path(r, s->access.slug, ev->id));
}

int events_notify_attendees(struct kp_req *r, const struct event *ev, const char *kind)
{
	return kp_db_exec(&events_sql[EV_NOTIFY_ATTENDEES],
	                  KP_ARGS(KP_STR(kind), KP_INT(r->user.id),
	                          ev->group_id ? KP_INT(ev->group_id) : KP_NULLV, KP_INT(ev->id),
	                          KP_INT(r->user.id)),
	                  NULL, NULL);
}
