/* events: the network's calendar (/events/...) and every group's events
 * (/g/SLUG/events/...), one program, the same handlers for both, plus the
 * calendar files (.ics) and the personal feed.
 *
 *   GET  /events, /g/SLUG/events        upcoming occurrences (?when=past,
 *                                       ?month=YYYY-MM: the month view),
 *                                       filters field, org, group,
 *                                       municipality, mode; ?page=N
 *   GET  .../events/new, POST           a new event (writers of the scope)
 *   GET  .../events/ID                  the event, its dates, the sign-up
 *   GET  .../events/ID/edit, POST       organisers: the creator, and the
 *                                       scope's moderators
 *   POST .../events/ID/cancel           the whole event (organisers)
 *   POST .../events/ID/dates/DATE/cancel   one occurrence (YYYYMMDD)
 *   POST .../events/ID/rsvp             answer=yes|maybe|no
 *   GET  .../events/ID/attendees        organisers: the list, and .csv
 *   GET  .../events/ID.ics              the event as iCalendar
 *   POST /events/feed/renew, /revoke    the personal feed's token
 *                                       (the forms are on /account)
 *   GET  /events/feed/TOKEN.ics         the feed, signed in by its token
 *
 * Access is cgi/core/access.h's alone: an event of a group the user may
 * not know of is 404; of a group the user knows but may not read, 403.
 *
 * Files: scope.c (the scope of a request, loading an event), evtime.c
 * (Berlin time: parsing, the gap and the fold, occurrences), form.c (new,
 * edit), list.c, show.c (the page, sign-up, cancelling), attendees.c,
 * ics.c (libical), events_sql.c. */
#ifndef KP_EVENTS_H
#define KP_EVENTS_H
#include <time.h>

#include "access.h"
#include "app.h"
#include "db.h"
#include "view.h"

#define EVENTS_PER_PAGE       25
#define EVENT_TITLE_MAX       200 /* characters */
#define EVENT_DESCRIPTION_MAX 10000
#define EVENT_PLACE_MAX       300
#define EVENT_URL_MAX         500
#define EVENT_CAPACITY_MAX    100000
#define EVENT_OCCURRENCES_MAX 200 /* a longer series is refused with a message */

struct events_scope {
	struct kp_access access;
	const char *base;        /* "/events" or "/g/SLUG/events" (arena) */
	const char *const *args; /* the route's arguments after the group's slug */
};

/* Both URL forms of one route. */
#define EVENTS_ROUTE(method, tail, handler, flags)                                                 \
	{method, "/events" tail, handler, flags},                                                  \
	{                                                                                          \
		method, "/g/*/events" tail, handler, flags                                         \
	}

/* Resolves the scope from the path and asks access; answers itself (404,
 * 403, 503) and returns 0 when the user may not read there. Sets
 * Page.Events.Base, .Group.Slug / .Name, .CanWrite. */
int events_scope_begin(struct kp_req *r, const char *const *args, struct events_scope *s);

struct event {
	long long id, group_id, org_id, field_id, municipality_id, created_by;
	long long capacity; /* -1: no limit */
	const char *title, *description, *place, *online_url;
	const char *starts_at, *ends_at, *start_date, *end_date, *deadline, *cancelled_at;
	const char *repeat_freq, *repeat_until;
	int all_day, waitlist, show_attendees, repeat_interval, repeat_count, sequence;
	const char *org_name, *field_name, *municipality_name, *creator_name;
	int organiser; /* the user may edit, cancel and see the attendees */
};

/* Loads the event ID of the scope: 1 found; 0 not there (404 sent); -1
 * the database failed (answer sent). */
int events_load(struct kp_req *r, const struct events_scope *s, const char *id, struct event *ev);

/* Sets Page.Event.* for templates (the event's own fields). */
void events_set_page(struct kp_req *r, const struct events_scope *s, const struct event *ev);

/* The path of an event: "/events/ID" or "/g/SLUG/events/ID" (arena). */
const char *events_path(struct kp_req *r, const char *slug, long long id);

/* Declared fields, else a 400 (logged); 1 when they pass. */
int events_fields_ok(struct kp_req *r, const struct kp_params *p, const struct kp_field *fields);

/* ---- Berlin time (evtime.c) ----------------------------------------------
 * The wall clock of Site.TimeZone (the process's TZ, config.c). */

enum ev_time_status {
	EV_TIME_OK = 0,
	EV_TIME_INVALID, /* not a date or time at all (2027-02-30, 25:00) */
	EV_TIME_GAP,     /* skipped by the spring change (2027-03-28 02:30) */
};

/* y-m-d H:M local to UTC. In the autumn fold (2027-10-31 02:30 comes
 * twice) the first of the two instants is taken (summer time), as RFC
 * 5545 3.3.5 says for DATE-TIME with TZID, so that our lists and every
 * calendar agree. */
enum ev_time_status ev_local_to_utc(int y, int m, int d, int hh, int mm, time_t *out);
/* "YYYY-MM-DD" into y, m, d: 0 when it is a real date. */
int ev_parse_date(const char *s, int *y, int *m, int *d);
/* "HH:MM" (00:00..23:59): 0 when valid. */
int ev_parse_clock(const char *s, int *hh, int *mm);
/* UTC "YYYY-MM-DD HH:MM:SS" <-> time_t. */
int ev_db_time(const char *s, time_t *out);
const char *ev_db_text(struct kp_arena *a, time_t t);
/* The local date, time and weekday (0 Sunday) of t. */
void ev_local(time_t t, struct tm *out);

/* One occurrence. */
struct ev_occ {
	time_t start, end;
	int y, m, d; /* the local date */
};

/* The repetition rule of an event. */
struct ev_rule {
	int freq;                      /* 0 none, 1 weekly, 2 monthly */
	int interval;                  /* 1.. */
	int until_y, until_m, until_d; /* until_y 0: none */
	int count;                     /* 0: none */
};

/* The occurrences of an event starting at local y-m-d hh:mm and lasting
 * duration seconds (all-day: midnight to midnight, days days), by the
 * rule. An occurrence whose wall time does not exist (the spring gap)
 * starts an hour later, as RFC 5545 says. Returns the count (at most
 * max), or -1 when the rule gives more than max. */
int ev_occurrences(int y, int m, int d, int hh, int mm, long duration, int all_day, int days,
                   const struct ev_rule *rule, struct ev_occ *out, int max);

/* The occurrence's week of the month (1..4, or -1: the last) and
 * weekday, for the monthly rule: the 5th weekday is the last one. */
void ev_month_position(int y, int m, int d, int *nth, int *wday);

/* ---- iCalendar text (ics_text.c) -----------------------------------------
 * cal (an icalcomponent) as RFC 5545 text, malloc'ed (the caller frees);
 * NULL when out of memory. */
struct icalcomponent_impl;
char *ev_ics_string(struct icalcomponent_impl *cal);

/* ---- handlers ------------------------------------------------------------ */
void events_list(struct kp_req *r, const char *const *args);
void events_new_form(struct kp_req *r, const char *const *args);
void events_new_submit(struct kp_req *r, const char *const *args);
void events_show(struct kp_req *r, const char *const *args);
void events_edit_form(struct kp_req *r, const char *const *args);
void events_edit_submit(struct kp_req *r, const char *const *args);
void events_cancel(struct kp_req *r, const char *const *args);
void events_cancel_date(struct kp_req *r, const char *const *args);
void events_rsvp(struct kp_req *r, const char *const *args);
void events_attendees(struct kp_req *r, const char *const *args);
void events_attendees_csv(struct kp_req *r, const char *const *args);
void events_ics(struct kp_req *r, const char *const *args);
void events_feed(struct kp_req *r, const char *const *args);
void events_feed_renew(struct kp_req *r, const char *const *args);
void events_feed_revoke(struct kp_req *r, const char *const *args);

/* Notification rows for everybody who answered yes or maybe (also the
 * waiting list), but not the actor; inside the caller's transaction. */
int events_notify_attendees(struct kp_req *r, const struct event *ev, const char *kind);

/* Moves people up from the waiting list into the seats free under
 * capacity (-1: no limit), first come first served, each with an
 * 'event_moved_up' notification row; inside the caller's transaction,
 * after EV_LOCK (show.c). */
int events_move_up(struct kp_req *r, const struct event *ev, long long capacity);

/* ---- statements (events_sql.c) ------------------------------------------- */
enum events_stmt {
	EV_LOAD,
	EV_INSERT,
	EV_UPDATE,
	EV_LOCK,
	EV_LOAD_DEADLINE,
	EV_BUMP,
	EV_OCC_CANCELLED,
	EV_OCC_INSERT,
	EV_OCC_DELETE_ALL,
	EV_OCC_LIST,
	EV_OCC_CANCEL,
	EV_CANCEL,
	EV_LIST_UPCOMING,
	EV_LIST_PAST,
	EV_MONTH,
	EV_MY_ORGS,
	EV_ORG_OK,
	EV_FIELDS,
	EV_MUNICIPALITIES,
	EV_FILTER_ORGS,
	EV_FILTER_GROUPS,
	EV_RSVP_MINE,
	EV_RSVP_COUNTS,
	EV_RSVP_UPSERT,
	EV_RSVP_WAITING,
	EV_RSVP_MOVE_UP,
	EV_ATTENDEES,
	EV_COMING,
	EV_NOTIFY_ATTENDEES,
	EV_NOTIFY_GROUP,
	EV_NOTIFY_ONE,
	EV_FEED_SET,
	EV_FEED_DELETE,
	EV_FEED_USER,
	EV_FEED_EVENTS,
	EV_FEED_EXDATES,
	EV_EXDATES,
	EV_COUNT_STMTS
};
extern struct kp_sql events_sql[EV_COUNT_STMTS];

/* Columns of EV_LOAD and EV_FEED_EVENTS (the same list). */
enum {
	EC_ID,
	EC_GROUP,
	EC_TITLE,
	EC_DESCRIPTION,
	EC_ALL_DAY,
	EC_STARTS,
	EC_ENDS,
	EC_START_DATE,
	EC_END_DATE,
	EC_PLACE,
	EC_MUNICIPALITY,
	EC_URL,
	EC_ORG,
	EC_FIELD,
	EC_CAPACITY,
	EC_DEADLINE,
	EC_WAITLIST,
	EC_SHOW_ATTENDEES,
	EC_FREQ,
	EC_INTERVAL,
	EC_UNTIL,
	EC_COUNT,
	EC_SEQUENCE,
	EC_CANCELLED,
	EC_CREATED_BY,
	EC_ORG_NAME,
	EC_FIELD_NAME_DE,
	EC_FIELD_NAME_EN,
	EC_MUNICIPALITY_NAME,
	EC_CREATOR,
	EC_GROUP_SLUG,
	EC_UPDATED,
	EC_COLS
};

/* An event row (EV_LOAD's columns) into ev. */
void events_from_row(struct kp_req *r, const struct kp_rows *rows, size_t i, struct event *ev);

#endif
