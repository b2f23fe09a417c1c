/* New and edit (events.h): one form, its checks, and saving an event with
 * its occurrences in one transaction. Every message is at its field and
 * nothing is saved while there is one. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "events.h"
#include "markdown.h"
#include "once.h"

static const struct kp_field form_fields[] = {
    {"title", 4000, 0},
    {"description", KP_MARKDOWN_MAX, KP_FIELD_MULTILINE},
    {"all_day", 8, 0},
    {"start_date", 40, 0},
    {"start_time", 40, 0},
    {"end_date", 40, 0},
    {"end_time", 40, 0},
    {"place", 4000, 0},
    {"municipality", 20, 0},
    {"online_url", 4000, 0},
    {"org", 20, 0},
    {"field", 20, 0},
    {"capacity", 40, 0},
    {"deadline_date", 40, 0},
    {"deadline_time", 40, 0},
    {"waitlist", 8, 0},
    {"show_attendees", 8, 0},
    {"repeat", 20, 0},
    {"interval", 20, 0},
    {"until", 40, 0},
    {"count", 20, 0},
    {"once", 64, 0},
    {NULL, 0, 0},
};

/* What the form sent, checked; values as they are bound. */
struct event_input {
	const char *title, *description, *place, *online_url;
	int all_day, waitlist, show_attendees;
	long long municipality, org, field, capacity; /* 0 / -1 (capacity): none */
	time_t start, end;
	const char *start_date, *end_date; /* all-day only */
	const char *deadline;              /* UTC text or NULL */
	const char *repeat;                /* none | weekly | monthly */
	int interval, count;
	const char *until;
	struct ev_occ occ[EVENT_OCCURRENCES_MAX];
	int occ_count;
};

enum { SAVE_CAPACITY_BELOW = 1, SAVE_CANCELLED = 2 };

static size_t chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* A field without blanks around it (arena), "" when absent; kept for the
 * page again. */
static const char *field(struct kp_req *r, const char *name)
{
	const char *v = kp_form(r, name);
	if (!v)
		v = "";
	while (*v == ' ')
		v++;
	size_t n = strlen(v);
	while (n > 0 && v[n - 1] == ' ')
		n--;
	v = kp_arena_strndup(&r->arena, v, n);
	kp_form_value(r, name, v);
	return v;
}

/* A number of at most 6 digits, or -1. */
static long long small_number(const char *s)
{
	if (!*s || strlen(s) > 6 || strspn(s, "0123456789") != strlen(s))
		return -1;
	return atoll(s);
}

static int checkbox(struct kp_req *r, const char *name)
{
	const char *v = kp_form(r, name);
	if (!v)
		return 0;
	if (strcmp(v, "1") != 0) {
		kp_form_error(r, name, "Err.ChoiceInvalid");
		return 0;
	}
	kp_form_value(r, name, "1");
	return 1;
}

/* http:// or https:// and a host: what calendars and browsers open. */
static int web_url(const char *s)
{
	size_t skip = strncasecmp(s, "https://", 8) == 0  ? 8
	              : strncasecmp(s, "http://", 7) == 0 ? 7
	                                                  : 0;
	if (!skip || !s[skip] || s[skip] == '/')
		return 0;
	for (const char *p = s; *p; p++)
		if (*p == ' ' || *p == '"' || *p == '<' || *p == '>' || *p == '\\')
			return 0;
	return 1;
}

/* An id chosen from a list: 0 when none was chosen; -1 (with a message)
 * when it is not one of rows' ids (column 0) that may be chosen (a
 * retired entry only when it is the current one). */
static long long choice(struct kp_req *r, const char *name, const struct kp_rows *rows,
                        int retired_col, long long current)
{
	const char *v = field(r, name);
	if (!*v || strcmp(v, "0") == 0)
		return 0;
	long long id = kp_parse_id(v);
	for (size_t i = 0; id > 0 && i < rows->count; i++)
		if (kp_cell_int(rows, i, 0) == id &&
		    (retired_col < 0 || !kp_cell_int(rows, i, (size_t)retired_col) ||
		     id == current))
			return id;
	kp_form_error(r, name, "Err.ChoiceInvalid");
	return -1;
}

/* Local date + time fields into an instant; a message at the time field
 * (or the date field) when they do not make one. 0 on success. */
static int local_instant(struct kp_req *r, const char *date_name, const char *date,
                         const char *time_name, const char *clock, time_t *out)
{
	int y, m, d, hh = 0, mm = 0;
	if (!*date) {
		kp_form_error(r, date_name, "Err.Required");
		return -1;
	}
	if (ev_parse_date(date, &y, &m, &d) != 0) {
		kp_form_error(r, date_name, "Events.Err.DateInvalid");
		return -1;
	}
	if (time_name) {
		if (!*clock) {
			kp_form_error(r, time_name, "Err.Required");
			return -1;
		}
		if (ev_parse_clock(clock, &hh, &mm) != 0) {
			kp_form_error(r, time_name, "Events.Err.TimeInvalid");
			return -1;
		}
	}
	if (ev_local_to_utc(y, m, d, hh, mm, out) != EV_TIME_OK) {
		kp_form_error(r, time_name ? time_name : date_name, "Events.Err.TimeGap");
		return -1;
	}
	return 0;
}

/* The lists the form offers, for the checks and the page. */
struct form_lists {
	struct kp_rows orgs, fields, municipalities;
};

static int load_lists(struct kp_req *r, struct form_lists *l)
{
	int rc =
	    kp_db_select(&r->arena, &events_sql[EV_MY_ORGS], KP_ARGS(KP_INT(r->user.id)), &l->orgs);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_FIELDS], KP_NOARGS, &l->fields);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_MUNICIPALITIES], KP_NOARGS,
		                  &l->municipalities);
	return rc;
}

static void read_input(struct kp_req *r, const struct form_lists *l, const struct event *old,
                       struct event_input *in)
{
	memset(in, 0, sizeof(*in));
	in->title = field(r, "title");
	if (!*in->title)
		kp_form_error(r, "title", "Err.Required");
	else if (chars(in->title) > EVENT_TITLE_MAX)
		kp_form_error(r, "title", "Events.Err.TitleLong");

	const char *d = kp_form(r, "description");
	if (!d)
		d = "";
	kp_form_value(r, "description", d);
	in->description = d[strspn(d, " \n\t")] ? d : NULL;
	if (in->description) {
		enum kp_markdown_status st = kp_markdown_check(d, strlen(d));
		if (chars(d) > EVENT_DESCRIPTION_MAX || st == KP_MARKDOWN_TOO_LONG)
			kp_form_error(r, "description", "Events.Err.DescriptionLong");
		else if (st != KP_MARKDOWN_OK)
			kp_form_error(r, "description", "Err.TextTooComplex");
	}

	in->all_day = checkbox(r, "all_day");
	const char *sd = field(r, "start_date"), *st = field(r, "start_time");
	const char *ed = field(r, "end_date"), *et = field(r, "end_time");
	if (!*ed)
		ed = sd;
	int start_ok = local_instant(r, "start_date", sd, in->all_day ? NULL : "start_time", st,
	                             &in->start) == 0;
	int end_ok = start_ok && local_instant(r, "end_date", ed, in->all_day ? NULL : "end_time",
	                                       et, &in->end) == 0;
	if (start_ok && end_ok && in->all_day) {
		/* Both days included: the end is the midnight after the last. */
		if (strcmp(ed, sd) < 0)
			kp_form_error(r, "end_date", "Events.Err.EndBeforeStart");
		in->start_date = sd;
		in->end_date = ed;
	} else if (start_ok && end_ok && in->end <= in->start) {
		kp_form_error(r, strcmp(ed, sd) == 0 ? "end_time" : "end_date",
		              "Events.Err.EndBeforeStart");
	}

	in->place = field(r, "place");
	if (chars(in->place) > EVENT_PLACE_MAX)
		kp_form_error(r, "place", "Events.Err.PlaceLong");
	if (!*in->place)
		in->place = NULL;
	in->municipality =
	    choice(r, "municipality", &l->municipalities, 2, old ? old->municipality_id : 0);
	in->online_url = field(r, "online_url");
	if (*in->online_url && (chars(in->online_url) > EVENT_URL_MAX || !web_url(in->online_url)))
		kp_form_error(r, "online_url", "Events.Err.UrlScheme");
	if (!*in->online_url)
		in->online_url = NULL;
	/* The organiser organisation: one of the user's own, or the one the
	 * event has (an organiser who is no member of it keeps it). */
	const char *org = field(r, "org");
	in->org = 0;
	if (*org && strcmp(org, "0") != 0) {
		in->org = kp_parse_id(org);
		int ok = in->org > 0 && old && in->org == old->org_id;
		for (size_t i = 0; in->org > 0 && i < l->orgs.count; i++)
			ok |= kp_cell_int(&l->orgs, i, 0) == in->org;
		if (!ok) {
			kp_form_error(r, "org", "Err.ChoiceInvalid");
			in->org = -1;
		}
	}
	in->field = choice(r, "field", &l->fields, 3, old ? old->field_id : 0);

	const char *cap = field(r, "capacity");
	in->capacity = -1;
	if (*cap) {
		in->capacity = small_number(cap);
		if (in->capacity < 1 || in->capacity > EVENT_CAPACITY_MAX)
			kp_form_error(r, "capacity", "Events.Err.CapacityInvalid");
	}
	const char *dd = field(r, "deadline_date"), *dt = field(r, "deadline_time");
	if (*dd || *dt) {
		time_t t;
		if (local_instant(r, "deadline_date", dd, "deadline_time", *dt ? dt : "23:59",
		                  &t) == 0)
			in->deadline = ev_db_text(&r->arena, t);
	}
	in->waitlist = checkbox(r, "waitlist");
	in->show_attendees = checkbox(r, "show_attendees");

	in->repeat = field(r, "repeat");
	if (!*in->repeat) {
		in->repeat = "none";
		kp_form_value(r, "repeat", "none");
	}
	struct ev_rule rule = {0};
	if (strcmp(in->repeat, "weekly") == 0)
		rule.freq = 1;
	else if (strcmp(in->repeat, "monthly") == 0)
		rule.freq = 2;
	else if (strcmp(in->repeat, "none") != 0)
		kp_form_error(r, "repeat", "Err.ChoiceInvalid");
	const char *iv = field(r, "interval"), *until = field(r, "until"),
	           *count = field(r, "count");
	in->interval = 1;
	if (rule.freq) {
		if (*iv) {
			in->interval = (int)small_number(iv);
			if (in->interval < 1 || in->interval > (rule.freq == 1 ? 52 : 12)) {
				kp_form_error(r, "interval", "Events.Err.IntervalInvalid");
				in->interval = 1;
			}
		}
		rule.interval = in->interval;
		if (!*until && !*count) {
			kp_form_error(r, "until", "Events.Err.RepeatEnd");
		} else if (*until && *count) {
			kp_form_error(r, "until", "Events.Err.RepeatBoth");
		} else if (*until) {
			if (ev_parse_date(until, &rule.until_y, &rule.until_m, &rule.until_d) != 0)
				kp_form_error(r, "until", "Events.Err.DateInvalid");
			else if (strcmp(until, sd) < 0)
				kp_form_error(r, "until", "Events.Err.UntilBeforeStart");
			else
				in->until = until;
		} else {
			in->count = (int)small_number(count);
			if (in->count < 2 || in->count > EVENT_OCCURRENCES_MAX) {
				kp_form_error(r, "count", "Events.Err.CountInvalid");
				in->count = 0;
			}
			rule.count = in->count;
		}
	}
	if (kp_form_has_errors(r))
		return;
	struct tm ls;
	ev_local(in->start, &ls);
	int days = 0;
	if (in->all_day) {
		int y1, m1, d1, y2, m2, d2;
		ev_parse_date(in->start_date, &y1, &m1, &d1);
		ev_parse_date(in->end_date, &y2, &m2, &d2);
		struct tm a = {.tm_year = y1 - 1900, .tm_mon = m1 - 1, .tm_mday = d1};
		struct tm b = {.tm_year = y2 - 1900, .tm_mon = m2 - 1, .tm_mday = d2};
		days = (int)((timegm(&b) - timegm(&a)) / 86400) + 1;
	}
	in->occ_count = ev_occurrences(ls.tm_year + 1900, ls.tm_mon + 1, ls.tm_mday, ls.tm_hour,
	                               ls.tm_min, (long)(in->end - in->start), in->all_day, days,
	                               &rule, in->occ, EVENT_OCCURRENCES_MAX);
	if (in->occ_count < 1)
		kp_form_error(r, *until ? "until" : "count", "Events.Err.TooMany");
	else if (in->all_day)
		in->end = in->occ[0].end;
}

/* The occurrences of in, keeping the dates cancelled before (cancelled
 * NULL: a new event, which has none yet). A new event deletes nothing:
 * a DELETE of no rows would take a gap lock at the end of the index, and
 * two new events at once would then deadlock on their inserts. */
static int write_occurrences(struct kp_req *r, long long id, const struct event_input *in,
                             const struct kp_rows *cancelled)
{
	int rc = KP_DB_OK;
	if (cancelled)
		rc = kp_db_exec(&events_sql[EV_OCC_DELETE_ALL], KP_ARGS(KP_INT(id)), NULL, NULL);
	for (int i = 0; rc == KP_DB_OK && i < in->occ_count; i++) {
		const struct ev_occ *o = &in->occ[i];
		const char *date = kp_arena_printf(&r->arena, "%04d-%02d-%02d", o->y, o->m, o->d);
		int was = 0;
		for (size_t j = 0; cancelled && j < cancelled->count; j++)
			was |= strcmp(kp_cell(cancelled, j, 0), date) == 0;
		rc = kp_db_exec(&events_sql[EV_OCC_INSERT],
		                KP_ARGS(KP_INT(id), KP_STR(date),
		                        KP_STR(ev_db_text(&r->arena, o->start)),
		                        KP_STR(ev_db_text(&r->arena, o->end)), KP_INT(was)),
		                NULL, NULL);
	}
	return rc;
}

#define OPT_INT(x) ((x) > 0 ? KP_INT(x) : KP_NULLV)
#define INPUT_ARGS(in)                                                                             \
	KP_STR((in)->title), KP_STR((in)->description), KP_INT((in)->all_day),                     \
	    KP_STR(ev_db_text(&r->arena, (in)->start)), KP_STR(ev_db_text(&r->arena, (in)->end)),  \
	    KP_STR((in)->start_date), KP_STR((in)->end_date), KP_STR((in)->place),                 \
	    OPT_INT((in)->municipality), KP_STR((in)->online_url), OPT_INT((in)->org),             \
	    OPT_INT((in)->field), (in)->capacity > 0 ? KP_INT((in)->capacity) : KP_NULLV,          \
	    KP_STR((in)->deadline), KP_INT((in)->waitlist), KP_INT((in)->show_attendees),          \
	    KP_STR((in)->repeat), KP_INT((in)->interval), KP_STR((in)->until),                     \
	    (in)->count ? KP_INT((in)->count) : KP_NULLV

/* Page.Options.org / .field / .municipality: "0" (none) first. */
static void set_options(struct kp_req *r, const struct form_lists *l, const struct event *old)
{
	kp_set(r, "Page.Options.org.0", kp_t(r, "Events.None"));
	for (size_t i = 0; i < l->orgs.count; i++)
		kp_setf(r, kp_cell(&l->orgs, i, 1), "Page.Options.org.%s", kp_cell(&l->orgs, i, 0));
	if (old && old->org_id && old->org_name)
		kp_setf(r, old->org_name, "Page.Options.org.%lld", old->org_id);
	kp_set(r, "Page.Options.field.0", kp_t(r, "Events.None"));
	int en = strcmp(r->lang, "en") == 0;
	for (size_t i = 0; i < l->fields.count; i++)
		if (!kp_cell_int(&l->fields, i, 3) ||
		    (old && kp_cell_int(&l->fields, i, 0) == old->field_id))
			kp_setf(r, kp_cell(&l->fields, i, en ? 2 : 1), "Page.Options.field.%s",
			        kp_cell(&l->fields, i, 0));
	kp_set(r, "Page.Options.municipality.0", kp_t(r, "Events.None"));
	for (size_t i = 0; i < l->municipalities.count; i++)
		if (!kp_cell_int(&l->municipalities, i, 2) ||
		    (old && kp_cell_int(&l->municipalities, i, 0) == old->municipality_id))
			kp_setf(r, kp_cell(&l->municipalities, i, 1),
			        "Page.Options.municipality.%s", kp_cell(&l->municipalities, i, 0));
}

static void form_page(struct kp_req *r, int status, const struct form_lists *l,
                      const struct event *old, const char *once)
{
	set_options(r, l, old);
	if (once)
		kp_set(r, "Page.Once", once);
	kp_set(r, "Page.Title", kp_t(r, old ? "Events.Edit.Title" : "Events.New.Title"));
	kp_render(r, status, "events/form.cs");
}

static int may_create(struct kp_req *r, const struct events_scope *s)
{
	if (s->access.write)
		return 1;
	kp_error(r, 403);
	return 0;
}

void events_new_form(struct kp_req *r, const char *const *args)
{
	struct events_scope s;
	if (!events_scope_begin(r, args, &s) || !may_create(r, &s))
		return;
	struct form_lists l;
	int rc = load_lists(r, &l);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	const char *once = kp_once_new(r);
	if (!once) {
		kp_error(r, 500);
		return;
	}
	kp_form_value(r, "repeat", "none");
	kp_form_value(r, "waitlist", "1");
	kp_set(r, "Page.Action", kp_arena_printf(&r->arena, "%s/new", s.base));
	form_page(r, 200, &l, NULL, once);
}

void events_new_submit(struct kp_req *r, const char *const *args)
{
	struct events_scope s;
	if (!events_fields_ok(r, &r->form, form_fields) || !events_scope_begin(r, args, &s) ||
	    !may_create(r, &s))
		return;
	const char *once = kp_form(r, "once");
	if (!kp_once_valid(once)) {
		kp_log_req(r, "missing or malformed one-time token on %s", r->route);
		kp_error(r, 400);
		return;
	}
	struct form_lists l;
	int rc = load_lists(r, &l);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	struct event_input *in = kp_arena_alloc(&r->arena, sizeof(*in));
	if (!in) {
		kp_error(r, 500);
		return;
	}
	read_input(r, &l, NULL, in);
	kp_set(r, "Page.Action", kp_arena_printf(&r->arena, "%s/new", s.base));
	if (kp_form_has_errors(r)) {
		form_page(r, 422, &l, NULL, once);
		return;
	}
	const char *earlier = NULL, *path = NULL;
	unsigned long long id = 0;
	rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_once_claim(r, once, &earlier);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&events_sql[EV_INSERT],
		                KP_ARGS(s.access.group_id ? KP_INT(s.access.group_id) : KP_NULLV,
		                        INPUT_ARGS(in), KP_INT(r->user.id)),
		                NULL, &id);
	if (rc == KP_DB_OK)
		rc = write_occurrences(r, (long long)id, in, NULL);
	/* A group's members hear of its new event (the network's are many:
	 * they find them on the list and the start page). */
	if (rc == KP_DB_OK && s.access.group_id)
		rc = kp_db_exec(&events_sql[EV_NOTIFY_GROUP],
		                KP_ARGS(KP_INT(r->user.id), KP_INT((long long)id),
		                        KP_INT(s.access.group_id), KP_INT(r->user.id)),
		                NULL, NULL);
	if (rc == KP_DB_OK) {
		path = events_path(r, s.access.slug, (long long)id);
		rc = kp_once_done(r, once, path);
	}
	rc = kp_db_end(rc);
	if (rc == KP_DB_DUPLICATE && earlier)
		kp_redirect_flash(r, *earlier ? kp_safe_next(earlier) : s.base, "EventCreated");
	else if (rc != KP_DB_OK)
		kp_db_fail(r, rc);
	else
		kp_redirect_flash(r, path, "EventCreated");
}

/* The stored event as the form's values. */
static void fill_form(struct kp_req *r, const struct event *ev)
{
	time_t t;
	struct tm tm;
	char buf[32];
	kp_form_value(r, "title", ev->title);
	kp_form_value(r, "description", ev->description ? ev->description : "");
	if (ev->all_day) {
		kp_form_value(r, "all_day", "1");
		kp_form_value(r, "start_date", ev->start_date);
		kp_form_value(r, "end_date", ev->end_date);
	} else {
		if (ev_db_time(ev->starts_at, &t) == 0) {
			ev_local(t, &tm);
			strftime(buf, sizeof(buf), "%Y-%m-%d", &tm);
			kp_form_value(r, "start_date", buf);
			strftime(buf, sizeof(buf), "%H:%M", &tm);
			kp_form_value(r, "start_time", buf);
		}
		if (ev_db_time(ev->ends_at, &t) == 0) {
			ev_local(t, &tm);
			strftime(buf, sizeof(buf), "%Y-%m-%d", &tm);
			kp_form_value(r, "end_date", buf);
			strftime(buf, sizeof(buf), "%H:%M", &tm);
			kp_form_value(r, "end_time", buf);
		}
	}
	kp_form_value(r, "place", ev->place ? ev->place : "");
	kp_form_value(r, "online_url", ev->online_url ? ev->online_url : "");
	kp_form_value(r, "municipality", kp_arena_printf(&r->arena, "%lld", ev->municipality_id));
	kp_form_value(r, "org", kp_arena_printf(&r->arena, "%lld", ev->org_id));
	kp_form_value(r, "field", kp_arena_printf(&r->arena, "%lld", ev->field_id));
	if (ev->capacity > 0)
		kp_form_value(r, "capacity", kp_arena_printf(&r->arena, "%lld", ev->capacity));
	if (ev->deadline && ev_db_time(ev->deadline, &t) == 0) {
		ev_local(t, &tm);
		strftime(buf, sizeof(buf), "%Y-%m-%d", &tm);
		kp_form_value(r, "deadline_date", buf);
		strftime(buf, sizeof(buf), "%H:%M", &tm);
		kp_form_value(r, "deadline_time", buf);
	}
	if (ev->waitlist)
		kp_form_value(r, "waitlist", "1");
	if (ev->show_attendees)
		kp_form_value(r, "show_attendees", "1");
	kp_form_value(r, "repeat", ev->repeat_freq);
	kp_form_value(r, "interval", kp_arena_printf(&r->arena, "%d", ev->repeat_interval));
	if (ev->repeat_until)
		kp_form_value(r, "until", ev->repeat_until);
	if (ev->repeat_count)
		kp_form_value(r, "count", kp_arena_printf(&r->arena, "%d", ev->repeat_count));
}

/* 1 when the user may change ev (answers 403 otherwise, or a flash when
 * the event is cancelled: nothing changes then). */
static int may_change(struct kp_req *r, const struct events_scope *s, const struct event *ev)
{
	if (!ev->organiser) {
		kp_error(r, 403);
		return 0;
	}
	if (ev->cancelled_at) {
		kp_redirect_flash(r, events_path(r, s->access.slug, ev->id), "EventIsCancelled");
		return 0;
	}
	return 1;
}

void events_edit_form(struct kp_req *r, const char *const *args)
{
	struct events_scope s;
	struct event ev;
	if (!events_scope_begin(r, args, &s) || events_load(r, &s, s.args[0], &ev) != 1 ||
	    !may_change(r, &s, &ev))
		return;
	struct form_lists l;
	int rc = load_lists(r, &l);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	fill_form(r, &ev);
	events_set_page(r, &s, &ev);
	kp_set(r, "Page.Action",
	       kp_arena_printf(&r->arena, "%s/edit", events_path(r, s.access.slug, ev.id)));
	form_page(r, 200, &l, &ev, NULL);
}

static int save(struct kp_req *r, const struct event *ev, const struct event_input *in)
{
	struct kp_rows lock, counts, cancelled;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_LOCK], KP_ARGS(KP_INT(ev->id)), &lock);
	if (rc == KP_DB_OK && (lock.count == 0 || kp_cell(&lock, 0, 3)))
		rc = SAVE_CANCELLED;
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_RSVP_COUNTS], KP_ARGS(KP_INT(ev->id)),
		                  &counts);
	/* Fewer seats than people who have one: the organiser decides who
	 * goes, not the program. */
	if (rc == KP_DB_OK && in->capacity > 0 && kp_cell_int(&counts, 0, 0) > in->capacity)
		rc = SAVE_CAPACITY_BELOW;
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&events_sql[EV_UPDATE], KP_ARGS(INPUT_ARGS(in), KP_INT(ev->id)),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &events_sql[EV_OCC_CANCELLED], KP_ARGS(KP_INT(ev->id)),
		                  &cancelled);
	if (rc == KP_DB_OK)
		rc = write_occurrences(r, ev->id, in, &cancelled);
	/* More seats, or none limited any more: the waiting list moves up;
	 * without a waiting list nobody is waiting. */
	if (rc == KP_DB_OK)
		rc = events_move_up(r, ev, in->capacity > 0 ? in->capacity : -1);
	if (rc == KP_DB_OK)
		rc = events_notify_attendees(r, ev, "event_changed");
	return kp_db_end(rc);
}

void events_edit_submit(struct kp_req *r, const char *const *args)
{
	struct events_scope s;
	struct event ev;
	if (!events_fields_ok(r, &r->form, form_fields) || !events_scope_begin(r, args, &s) ||
	    events_load(r, &s, s.args[0], &ev) != 1 || !may_change(r, &s, &ev))
		return;
	struct form_lists l;
	int rc = load_lists(r, &l);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	struct event_input *in = kp_arena_alloc(&r->arena, sizeof(*in));
	if (!in) {
		kp_error(r, 500);
		return;
	}
	const char *path = events_path(r, s.access.slug, ev.id);
	events_set_page(r, &s, &ev);
	kp_set(r, "Page.Action", kp_arena_printf(&r->arena, "%s/edit", path));
	read_input(r, &l, &ev, in);
	if (!kp_form_has_errors(r)) {
		rc = save(r, &ev, in);
		if (rc == SAVE_CAPACITY_BELOW) {
			kp_form_error(r, "capacity", "Events.Err.CapacityBelow");
		} else if (rc == SAVE_CANCELLED) {
			kp_redirect_flash(r, path, "EventIsCancelled");
			return;
		} else if (rc != KP_DB_OK) {
			kp_db_fail(r, rc);
			return;
		} else {
			kp_redirect_flash(r, path, "EventSaved");
			return;
		}
	}
	form_page(r, 422, &l, &ev, NULL);
}
