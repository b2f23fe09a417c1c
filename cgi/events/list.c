/* The lists (events.h): upcoming (the default) or past occurrences,
 * paginated and grouped by local day, or one month as a calendar of
 * weeks. The filter lives in the
 * URL, so a filtered list can be bookmarked and shared; a filter value
 * that is not one the form offers matches nothing rather than everything
 * (an id of nothing selects no event). */
#include <stdio.h>
#include <string.h>

#include "events.h"

struct filter {
	long long group, field, org, municipality;
	const char *mode; /* "", "online", "place" */
	int past;
	int month_y, month_m; /* month_y 0: no month view */
};

/* An id filter: 0 when absent or empty; -1 (matches nothing) when it is
 * not an id. */
static long long id_param(struct kp_req *r, const char *name)
{
	const char *v = kp_query(r, name);
	if (!v || !*v || strcmp(v, "0") == 0)
		return 0;
	long long id = kp_parse_id(v);
	if (id > 0)
		kp_setf(r, v, "Page.Filter.%s", name);
	return id > 0 ? id : -1;
}

static int read_filter(struct kp_req *r, const struct events_scope *s, struct filter *f)
{
	memset(f, 0, sizeof(*f));
	f->group = s->access.group_id ? s->access.group_id : id_param(r, "group");
	f->field = id_param(r, "field");
	f->org = id_param(r, "org");
	f->municipality = id_param(r, "municipality");
	const char *mode = kp_query(r, "mode");
	f->mode = "";
	if (mode && (strcmp(mode, "online") == 0 || strcmp(mode, "place") == 0)) {
		f->mode = mode;
		kp_set(r, "Page.Filter.mode", mode);
	} else if (mode && *mode) {
		return -1;
	}
	const char *when = kp_query(r, "when");
	if (when && strcmp(when, "past") == 0) {
		f->past = 1;
		kp_set(r, "Page.Filter.when", "past");
	} else if (when && *when && strcmp(when, "upcoming") != 0) {
		return -1;
	}
	const char *month = kp_query(r, "month");
	if (month && *month) {
		int d;
		char buf[16];
		if (strlen(month) != 7)
			return -1;
		snprintf(buf, sizeof(buf), "%s-01", month);
		if (ev_parse_date(buf, &f->month_y, &f->month_m, &d) != 0)
			return -1;
		kp_set(r, "Page.Filter.month", month);
	}
	return 0;
}

/* The filters as a query string (without page and month), for the pager
 * and the month links. */
static const char *filter_query(struct kp_req *r, const struct events_scope *s,
                                const struct filter *f)
{
	const char *q = "";
	const char *names[] = {"group", "field", "org", "municipality"};
	long long vals[] = {s->access.group_id ? 0 : f->group, f->field, f->org, f->municipality};
	for (int i = 0; i < 4; i++)
		if (vals[i] > 0)
			q = kp_arena_printf(&r->arena, "%s%s%s=%lld", q, *q ? "&" : "", names[i],
			                    vals[i]);
	if (*f->mode)
		q = kp_arena_printf(&r->arena, "%s%smode=%s", q, *q ? "&" : "", f->mode);
	if (f->past)
		q = kp_arena_printf(&r->arena, "%s%swhen=past", q, *q ? "&" : "");
	return q;
}

static size_t bind_filters(struct kp_req *r, const struct filter *f, struct kp_val *a)
{
	size_t n = 0;
	a[n++] = KP_INT(r->user.id);
	for (int i = 0; i < 2; i++)
		a[n++] = KP_INT(f->group);
	for (int i = 0; i < 2; i++)
		a[n++] = KP_INT(f->field);
	for (int i = 0; i < 2; i++)
		a[n++] = KP_INT(f->org);
	for (int i = 0; i < 2; i++)
		a[n++] = KP_INT(f->municipality);
	for (int i = 0; i < 3; i++)
		a[n++] = KP_STR(f->mode);
	return n;
}

/* Columns of the occurrence lists (events_sql.c, EV_OCC_SELECT). */
enum {
	LC_ID,
	LC_SLUG,
	LC_TITLE,
	LC_START,
	LC_END,
	LC_ALL_DAY,
	LC_DATE_CANCELLED,
	LC_CANCELLED,
	LC_PLACE,
	LC_URL,
	LC_ORG,
	LC_GROUP,
	LC_LOCAL_DATE,
	LC_TOTAL
};

static void set_rows(struct kp_req *r, const struct kp_rows *rows)
{
	const char *day = NULL;
	long long nd = -1, ne = 0;
	for (size_t i = 0; i < rows->count; i++) {
		const char *date = kp_cell(rows, i, LC_LOCAL_DATE);
		if (!day || strcmp(day, date) != 0) {
			day = date;
			nd++;
			ne = 0;
			int y, m, d;
			if (ev_parse_date(date, &y, &m, &d) == 0) {
				struct tm tm = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d};
				time_t t = timegm(&tm);
				gmtime_r(&t, &tm);
				kp_setf(r, date, "Page.Days.%lld.Date", nd);
				const char *wd = kp_t(
				    r, kp_arena_printf(&r->arena, "Events.Weekday.%d", tm.tm_wday));
				const char *mn =
				    kp_t(r, kp_arena_printf(&r->arena, "Events.Month.%d", m));
				kp_setf(
				    r,
				    strcmp(r->lang, "en") == 0
				        ? kp_arena_printf(&r->arena, "%s, %d %s %d", wd, d, mn, y)
				        : kp_arena_printf(&r->arena, "%s, %d. %s %d", wd, d, mn, y),
				    "Page.Days.%lld.Text", nd);
			}
		}
		const char *b = kp_arena_printf(&r->arena, "Page.Days.%lld.Events.%lld", nd, ne++);
		long long id = kp_cell_int(rows, i, LC_ID);
		kp_setf(r, events_path(r, kp_cell(rows, i, LC_SLUG), id), "%s.Path", b);
		kp_setf(r, kp_cell(rows, i, LC_TITLE), "%s.Title", b);
		kp_setf(r, kp_cell(rows, i, LC_ALL_DAY), "%s.AllDay", b);
		time_t t;
		struct tm tm;
		char buf[16];
		if (ev_db_time(kp_cell(rows, i, LC_START), &t) == 0) {
			ev_local(t, &tm);
			strftime(buf, sizeof(buf), "%H:%M", &tm);
			kp_setf(r, buf, "%s.Clock", b);
		}
		if (ev_db_time(kp_cell(rows, i, LC_END), &t) == 0) {
			ev_local(t, &tm);
			strftime(buf, sizeof(buf), "%H:%M", &tm);
			kp_setf(r, buf, "%s.EndClock", b);
		}
		kp_set_time(r, kp_arena_printf(&r->arena, "%s.Start", b),
		            kp_cell(rows, i, LC_START));
		kp_setf(r,
		        kp_cell_int(rows, i, LC_CANCELLED) ||
		                kp_cell_int(rows, i, LC_DATE_CANCELLED)
		            ? "1"
		            : "0",
		        "%s.Cancelled", b);
		if (kp_cell(rows, i, LC_PLACE))
			kp_setf(r, kp_cell(rows, i, LC_PLACE), "%s.Place", b);
		if (kp_cell(rows, i, LC_URL))
			kp_setf(r, "1", "%s.Online", b);
		if (kp_cell(rows, i, LC_ORG))
			kp_setf(r, kp_cell(rows, i, LC_ORG), "%s.Org", b);
		if (kp_cell(rows, i, LC_GROUP))
			kp_setf(r, kp_cell(rows, i, LC_GROUP), "%s.Group", b);
	}
}

/* The month as weeks of seven days (Monday first, the days of the
 * neighbouring months filling the first and last week), each day with
 * the dates that start on it: Page.Weeks.W.Days.D.Day / .Date / .In (1:
 * of this month) / .Events.K.Path / .Title / .Clock / .AllDay /
 * .Cancelled. rows: the month's dates (EV_MONTH), by start. */
static void set_weeks(struct kp_req *r, int y, int m, const struct kp_rows *rows)
{
	struct tm first = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = 1};
	time_t t = timegm(&first);
	gmtime_r(&t, &first);
	/* Back to the Monday of the first week (tm_wday 0 is Sunday). */
	long day0 = (long)(t / 86400) - (first.tm_wday + 6) % 7;
	for (int w = 0; w < 6; w++) {
		for (int d = 0; d < 7; d++) {
			time_t dt = (time_t)(day0 + w * 7 + d) * 86400;
			struct tm tm;
			gmtime_r(&dt, &tm);
			if (d == 0 && w > 0 && (tm.tm_mon != m - 1))
				return; /* the month ended with the week before */
			char date[16];
			strftime(date, sizeof(date), "%Y-%m-%d", &tm);
			const char *b = kp_arena_printf(&r->arena, "Page.Weeks.%d.Days.%d", w, d);
			kp_setf(r, date, "%s.Date", b);
			kp_setf(r, kp_arena_printf(&r->arena, "%d", tm.tm_mday), "%s.Day", b);
			kp_setf(r, tm.tm_mon == m - 1 ? "1" : "0", "%s.In", b);
			int k = 0;
			for (size_t i = 0; i < rows->count; i++) {
				if (strcmp(kp_cell(rows, i, LC_LOCAL_DATE), date) != 0)
					continue;
				const char *e = kp_arena_printf(&r->arena, "%s.Events.%d", b, k++);
				kp_setf(r,
				        events_path(r, kp_cell(rows, i, LC_SLUG),
				                    kp_cell_int(rows, i, LC_ID)),
				        "%s.Path", e);
				kp_setf(r, kp_cell(rows, i, LC_TITLE), "%s.Title", e);
				kp_setf(r, kp_cell(rows, i, LC_ALL_DAY), "%s.AllDay", e);
				time_t st;
				if (ev_db_time(kp_cell(rows, i, LC_START), &st) == 0) {
					struct tm lt;
					char clock[8];
					ev_local(st, &lt);
					strftime(clock, sizeof(clock), "%H:%M", &lt);
					kp_setf(r, clock, "%s.Clock", e);
				}
				kp_setf(r,
				        kp_cell_int(rows, i, LC_CANCELLED) ||
				                kp_cell_int(rows, i, LC_DATE_CANCELLED)
				            ? "1"
				            : "0",
				        "%s.Cancelled", e);
			}
		}
	}
}

static int set_filter_options(struct kp_req *r, const struct events_scope *s)
{
	struct kp_rows fields, munis, orgs, groups;
	int rc = kp_db_select(&r->arena, &events_sql[EV_FIELDS], KP_NOARGS, &fields);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_MUNICIPALITIES], KP_NOARGS, &munis);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_FILTER_ORGS],
		                  KP_ARGS(KP_INT(r->user.id)), &orgs);
	if (rc == KP_DB_OK && !s->access.group_id)
		rc = kp_db_select(&r->arena, &events_sql[EV_FILTER_GROUPS],
		                  KP_ARGS(KP_INT(r->user.id)), &groups);
	if (rc != KP_DB_OK)
		return rc;
	int en = strcmp(r->lang, "en") == 0;
	for (size_t i = 0; i < fields.count; i++)
		kp_setf(r, kp_cell(&fields, i, en ? 2 : 1), "Page.Options.field.%s",
		        kp_cell(&fields, i, 0));
	for (size_t i = 0; i < munis.count; i++)
		kp_setf(r, kp_cell(&munis, i, 1), "Page.Options.municipality.%s",
		        kp_cell(&munis, i, 0));
	for (size_t i = 0; i < orgs.count; i++)
		kp_setf(r, kp_cell(&orgs, i, 1), "Page.Options.org.%s", kp_cell(&orgs, i, 0));
	for (size_t i = 0; !s->access.group_id && i < groups.count; i++)
		kp_setf(r, kp_cell(&groups, i, 1), "Page.Options.group.%s", kp_cell(&groups, i, 0));
	return KP_DB_OK;
}

void events_list(struct kp_req *r, const char *const *args)
{
	struct events_scope s;
	struct filter f;
	if (!events_scope_begin(r, args, &s))
		return;
	if (read_filter(r, &s, &f) != 0) {
		kp_error(r, 400);
		return;
	}
	struct kp_val a[16];
	size_t n = bind_filters(r, &f, a);
	struct kp_rows rows;
	int rc;
	const char *query = filter_query(r, &s, &f);
	kp_set(r, "Page.Pager.Query", query);
	if (f.month_y) {
		time_t from, to;
		int ny = f.month_m == 12 ? f.month_y + 1 : f.month_y;
		int nm = f.month_m == 12 ? 1 : f.month_m + 1;
		int py = f.month_m == 1 ? f.month_y - 1 : f.month_y;
		int pm = f.month_m == 1 ? 12 : f.month_m - 1;
		ev_local_to_utc(f.month_y, f.month_m, 1, 0, 0, &from);
		ev_local_to_utc(ny, nm, 1, 0, 0, &to);
		a[n++] = KP_STR(ev_db_text(&r->arena, to));
		a[n++] = KP_STR(ev_db_text(&r->arena, from));
		rc = kp_db_select(&r->arena, &events_sql[EV_MONTH], a, n, &rows);
		kp_set(r, "Page.Month.Text",
		       kp_arena_printf(
		           &r->arena, "%s %d",
		           kp_t(r, kp_arena_printf(&r->arena, "Events.Month.%d", f.month_m)),
		           f.month_y));
		kp_set(r, "Page.Month.Prev", kp_arena_printf(&r->arena, "%04d-%02d", py, pm));
		kp_set(r, "Page.Month.Next", kp_arena_printf(&r->arena, "%04d-%02d", ny, nm));
	} else {
		const char *p = kp_query(r, "page");
		long long page = p ? kp_parse_id(p) : 1;
		if (page < 1)
			page = 1;
		a[n++] = KP_INT(EVENTS_PER_PAGE);
		a[n++] = KP_INT((page - 1) * EVENTS_PER_PAGE);
		rc = kp_db_select(&r->arena, &events_sql[f.past ? EV_LIST_PAST : EV_LIST_UPCOMING],
		                  a, n, &rows);
		if (rc == KP_DB_OK)
			kp_pager(r, rows.count ? kp_cell_int(&rows, 0, LC_TOTAL) : 0, page,
			         EVENTS_PER_PAGE);
	}
	if (rc == KP_DB_OK)
		rc = set_filter_options(r, &s);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	/* The current month for the month view's link. */
	time_t now = time(NULL);
	struct tm tm;
	ev_local(now, &tm);
	kp_set(r, "Page.ThisMonth",
	       kp_arena_printf(&r->arena, "%04d-%02d", tm.tm_year + 1900, tm.tm_mon + 1));
	if (f.month_y)
		set_weeks(r, f.month_y, f.month_m, &rows);
	else
		set_rows(r, &rows);
	kp_set(r, "Page.Title",
	       s.access.group_id
	           ? kp_arena_printf(&r->arena, "%s: %s", kp_t(r, "Events.Title"), s.access.name)
	           : kp_t(r, "Events.Title"));
	kp_render(r, 200, "events/list.cs");
}
