/* iCalendar (RFC 5545) with libical: the file of one event and the
 * personal feed (events.h). libical writes the text — escaping of commas,
 * semicolons, backslashes and line breaks, folding at 75 octets — so no
 * line of it is put together here by hand.
 *
 * Times go out as the wall clock of Europe/Berlin with TZID and one
 * VTIMEZONE, so that a weekly 18:00 stays 18:00 across the changes in
 * every calendar (ics_text.c repairs one flaw of libical's folding). The VTIMEZONE states the EU's
 * rules (since 1996: the last Sunday of March and of October), as Outlook and Thunderbird write it
 * themselves; libical's own zone from the system's tz files would name it
 * "/freeassociation.sourceforge.net/Europe/Berlin" and carry every rule since 1893 into each file.
 * The instants themselves come from the system's tz database (evtime.c). A cancelled date is an
 * EXDATE; a cancelled event stays in the calendar with STATUS:CANCELLED. */
#include <malloc.h>
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "crypto.h"
#include "events.h"
#include "markdown.h"

#define TZID "Europe/Berlin"

static icalcomponent *observance(icalcomponent *c, const char *name, int from, int to,
                                 const char *start, const char *rule)
{
	icalcomponent_add_property(c, icalproperty_new_tzname(name));
	icalcomponent_add_property(c, icalproperty_new_tzoffsetfrom(from));
	icalcomponent_add_property(c, icalproperty_new_tzoffsetto(to));
	icalcomponent_add_property(c, icalproperty_new_dtstart(icaltime_from_string(start)));
	icalcomponent_add_property(c, icalproperty_new_rrule(icalrecurrencetype_from_string(rule)));
	return c;
}

/* The zone, built once per worker. */
static icaltimezone *berlin(void)
{
	static icaltimezone *zone;
	if (zone)
		return zone;
	icalcomponent *tz = icalcomponent_new_vtimezone();
	icalcomponent_add_property(tz, icalproperty_new_tzid(TZID));
	icalcomponent_add_component(tz, observance(icalcomponent_new_xdaylight(), "CEST", 3600,
	                                           7200, "19700329T020000",
	                                           "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
	icalcomponent_add_component(tz, observance(icalcomponent_new_xstandard(), "CET", 7200, 3600,
	                                           "19701025T030000",
	                                           "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
	zone = icaltimezone_new();
	if (zone && !icaltimezone_set_component(zone, tz)) {
		icaltimezone_free(zone, 1);
		zone = NULL;
	}
	return zone;
}

/* The local wall clock of t (or its date) in the zone. */
static struct icaltimetype wall(time_t t, int is_date)
{
	struct tm tm;
	ev_local(t, &tm);
	struct icaltimetype v = icaltime_null_time();
	v.year = tm.tm_year + 1900;
	v.month = tm.tm_mon + 1;
	v.day = tm.tm_mday;
	if (is_date) {
		v.is_date = 1;
	} else {
		v.hour = tm.tm_hour;
		v.minute = tm.tm_min;
		v.second = tm.tm_sec;
		v.zone = berlin();
	}
	return v;
}

static struct icaltimetype utc(time_t t)
{
	return icaltime_from_timet_with_zone(t, 0, icaltimezone_get_utc_timezone());
}

static const char *host_of(const char *url)
{
	const char *h = strstr(url, "://");
	return h ? h + 3 : url;
}

/* One VEVENT; exdates: rows (event id, UTC start) of cancelled dates,
 * those of ev only are taken. */
static void add_event(struct kp_req *r, icalcomponent *cal, const struct event *ev,
                      const char *slug, const struct kp_rows *exdates, const char *updated)
{
	time_t start, end, stamp;
	if (ev_db_time(ev->starts_at, &start) != 0 || ev_db_time(ev->ends_at, &end) != 0)
		return;
	icalcomponent *ve = icalcomponent_new_vevent();
	char uid[128];
	/* The host part keeps UIDs of two installations apart. */
	snprintf(uid, sizeof(uid), "event-%lld@%.80s", ev->id, host_of(kp_cfg.base_url));
	uid[strcspn(uid, "/:")] = '\0'; /* the host without port or path */
	icalcomponent_set_uid(ve, uid);
	icalcomponent_set_dtstamp(ve, utc(ev_db_time(updated, &stamp) == 0 ? stamp : time(NULL)));
	icalcomponent_add_property(ve, icalproperty_new_sequence(ev->sequence));
	icalcomponent_set_summary(ve, ev->title);
	const char *url =
	    kp_arena_printf(&r->arena, "%s%s", kp_cfg.base_url, events_path(r, slug, ev->id));
	const char *text = ev->description ? kp_markdown_text(&r->arena, ev->description,
	                                                      strlen(ev->description), 8000)
	                                   : NULL;
	icalcomponent_set_description(
	    ve, text && *text ? kp_arena_printf(&r->arena, "%s\n\n%s", text, url) : url);
	icalcomponent_add_property(ve, icalproperty_new_url(url));
	if (ev->place)
		icalcomponent_set_location(
		    ve, ev->municipality_name && !strstr(ev->place, ev->municipality_name)
		            ? kp_arena_printf(&r->arena, "%s, %s", ev->place, ev->municipality_name)
		            : ev->place);
	else if (ev->online_url)
		icalcomponent_set_location(ve, ev->online_url);
	icalcomponent_set_dtstart(ve, wall(start, ev->all_day));
	icalcomponent_set_dtend(ve, wall(end, ev->all_day));
	if (strcmp(ev->repeat_freq, "none") != 0) {
		char rule[160];
		int n = snprintf(rule, sizeof(rule), "FREQ=%s;INTERVAL=%d",
		                 strcmp(ev->repeat_freq, "weekly") == 0 ? "WEEKLY" : "MONTHLY",
		                 ev->repeat_interval > 0 ? ev->repeat_interval : 1);
		if (strcmp(ev->repeat_freq, "monthly") == 0) {
			static const char *const days[] = {"SU", "MO", "TU", "WE",
			                                   "TH", "FR", "SA"};
			struct tm tm;
			int nth, wd;
			ev_local(start, &tm);
			ev_month_position(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, &nth, &wd);
			n += snprintf(rule + n, sizeof(rule) - (size_t)n, ";BYDAY=%d%s", nth,
			              days[wd]);
		}
		if (ev->repeat_count) {
			snprintf(rule + n, sizeof(rule) - (size_t)n, ";COUNT=%d", ev->repeat_count);
		} else if (ev->repeat_until) {
			int y, m, d;
			ev_parse_date(ev->repeat_until, &y, &m, &d);
			if (ev->all_day) {
				snprintf(rule + n, sizeof(rule) - (size_t)n, ";UNTIL=%04d%02d%02d",
				         y, m, d);
			} else {
				/* With a TZID start, UNTIL is UTC (RFC 5545 3.3.10): the
				 * end of the last day. */
				time_t u;
				if (ev_local_to_utc(y, m, d, 23, 59, &u) != EV_TIME_OK)
					u = start;
				struct tm g;
				gmtime_r(&u, &g);
				snprintf(rule + n, sizeof(rule) - (size_t)n,
				         ";UNTIL=%04d%02d%02dT%02d%02d59Z", g.tm_year + 1900,
				         g.tm_mon + 1, g.tm_mday, g.tm_hour, g.tm_min);
			}
		}
		icalcomponent_add_property(
		    ve, icalproperty_new_rrule(icalrecurrencetype_from_string(rule)));
	}
	for (size_t i = 0; exdates && i < exdates->count; i++) {
		time_t x;
		if (kp_cell_int(exdates, i, 0) != ev->id || ev_db_time(kp_cell(exdates, i, 1), &x))
			continue;
		icalproperty *p = icalproperty_new_exdate(wall(x, ev->all_day));
		if (!ev->all_day)
			icalproperty_add_parameter(p, icalparameter_new_tzid(TZID));
		icalcomponent_add_property(ve, p);
	}
	icalcomponent_add_property(ve, icalproperty_new_status(ev->cancelled_at
	                                                           ? ICAL_STATUS_CANCELLED
	                                                           : ICAL_STATUS_CONFIRMED));
	icalcomponent_add_component(cal, ve);
}

static icalcomponent *calendar(const char *name)
{
	icalcomponent *cal = icalcomponent_new_vcalendar();
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_prodid("-//Knotenpunkt//Events//DE"));
	icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
	icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
	if (name) {
		icalproperty *p = icalproperty_new_x(name);
		icalproperty_set_x_name(p, "X-WR-CALNAME");
		icalcomponent_add_property(cal, p);
	}
	icaltimezone *z = berlin();
	if (z)
		icalcomponent_add_component(cal,
		                            icalcomponent_new_clone(icaltimezone_get_component(z)));
	return cal;
}

/* Sends cal (and frees it). */
static void send_calendar(struct kp_req *r, icalcomponent *cal, const char *filename)
{
	char *text = ev_ics_string(cal);
	icalcomponent_free(cal);
	if (!text) {
		kp_error(r, 500);
		return;
	}
	if (filename)
		kp_header(r, "Content-Disposition",
		          kp_arena_printf(&r->arena, "attachment; filename=\"%s\"", filename));
	kp_send(r, 200, "text/calendar; charset=utf-8", text, strlen(text));
	free(text);
	/* A feed of 2000 events is built from many small libical allocations;
	 * once freed they lie scattered over the heap, which glibc does not
	 * give back by itself: the worker would keep ~12 MB (make bench). */
	malloc_trim(0);
}

void events_ics(struct kp_req *r, const char *const *args)
{
	struct events_scope s;
	struct event ev;
	if (!events_scope_begin(r, args, &s) || events_load(r, &s, s.args[0], &ev) != 1)
		return;
	struct kp_rows ex, row;
	int rc = kp_db_select(&r->arena, &events_sql[EV_EXDATES], KP_ARGS(KP_INT(ev.id)), &ex);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_LOAD], KP_ARGS(KP_INT(ev.id)), &row);
	if (rc != KP_DB_OK || row.count == 0) {
		kp_db_fail(r, rc != KP_DB_OK ? rc : KP_DB_ERROR);
		return;
	}
	icalcomponent *cal = calendar(NULL);
	add_event(r, cal, &ev, s.access.slug, &ex, kp_cell(&row, 0, EC_UPDATED));
	send_calendar(r, cal, kp_arena_printf(&r->arena, "event-%lld.ics", ev.id));
}

static const char *token_hash(struct kp_req *r, const char *token)
{
	unsigned char h[32];
	char *hex = kp_arena_alloc(&r->arena, 65);
	if (!hex)
		return NULL;
	kp_sha256(token, strlen(token), h);
	kp_hex(h, sizeof(h), hex);
	return hex;
}

/* The feed is fetched by calendar programs without a session: the token
 * in the path signs it in, for reading that user's events only. */
void events_feed(struct kp_req *r, const char *const *args)
{
	if (!kp_token_valid(args[0])) {
		kp_error(r, 404);
		return;
	}
	struct kp_rows who, rows, ex;
	int rc = kp_db_select(&r->arena, &events_sql[EV_FEED_USER],
	                      KP_ARGS(KP_STR(token_hash(r, args[0]))), &who);
	if (rc == KP_DB_OK && who.count == 0) {
		kp_error(r, 404);
		return;
	}
	long long uid = rc == KP_DB_OK ? kp_cell_int(&who, 0, 0) : 0;
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_FEED_EVENTS], KP_ARGS(KP_INT(uid)),
		                  &rows);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_FEED_EXDATES], KP_ARGS(KP_INT(uid)),
		                  &ex);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	icalcomponent *cal = calendar(kp_cfg.site_name);
	for (size_t i = 0; i < rows.count; i++) {
		struct event ev;
		events_from_row(r, &rows, i, &ev);
		add_event(r, cal, &ev, kp_cell(&rows, i, EC_GROUP_SLUG), &ex,
		          kp_cell(&rows, i, EC_UPDATED));
	}
	send_calendar(r, cal, NULL);
}

static const struct kp_field no_fields[] = {{NULL, 0, 0}};

void events_feed_renew(struct kp_req *r, const char *const *args)
{
	(void)args;
	if (!events_fields_ok(r, &r->form, no_fields))
		return;
	char token[KP_TOKEN_LEN + 1];
	if (kp_token_new(token) != 0) {
		kp_error(r, 500);
		return;
	}
	int rc = kp_db_exec(&events_sql[EV_FEED_SET],
	                    KP_ARGS(KP_INT(r->user.id), KP_STR(token_hash(r, token))), NULL, NULL);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_log_req(r, "calendar feed renewed");
	/* Shown once, on this answer: only the hash is kept. */
	kp_set(r, "Page.FeedUrl",
	       kp_arena_printf(&r->arena, "%s/events/feed/%s.ics", kp_cfg.base_url, token));
	kp_set(r, "Page.Title", kp_t(r, "Events.Feed.Title"));
	kp_render(r, 200, "events/feed.cs");
}

void events_feed_revoke(struct kp_req *r, const char *const *args)
{
	(void)args;
	if (!events_fields_ok(r, &r->form, no_fields))
		return;
	int rc = kp_db_exec(&events_sql[EV_FEED_DELETE], KP_ARGS(KP_INT(r->user.id)), NULL, NULL);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_log_req(r, "calendar feed revoked");
	kp_redirect_flash(r, "/account#sec-calendar", "FeedRevoked");
}
