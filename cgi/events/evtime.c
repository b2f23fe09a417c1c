/* Berlin time (events.h): the wall clock of the process's TZ (config.c sets
 * it from Site.TimeZone), with the system's tz database deciding the
 * changes. Date arithmetic (adding weeks, finding the n-th weekday) is done
 * on calendar dates with timegm, which has no daylight saving, and only
 * the finished local date and time is turned into an instant. */
#include <stdio.h>
#include <string.h>

#include "events.h"

static int days_in_month(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

int ev_parse_date(const char *s, int *y, int *m, int *d)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	*y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	*m = (s[5] - '0') * 10 + (s[6] - '0');
	*d = (s[8] - '0') * 10 + (s[9] - '0');
	/* Years a calendar can hold; a typo like 20277 never gets here. */
	if (*y < 1970 || *y > 2200 || *m < 1 || *m > 12 || *d < 1 || *d > days_in_month(*y, *m))
		return -1;
	return 0;
}

int ev_parse_clock(const char *s, int *hh, int *mm)
{
	/* Browsers send "HH:MM" (and "HH:MM:SS" when seconds were typed). */
	if (!s || (strlen(s) != 5 && strlen(s) != 8) || s[2] != ':')
		return -1;
	if (strlen(s) == 8 && (s[5] != ':' || strcmp(s + 6, "00") != 0))
		return -1;
	for (int i = 0; i < 5; i++)
		if (i != 2 && (s[i] < '0' || s[i] > '9'))
			return -1;
	*hh = (s[0] - '0') * 10 + (s[1] - '0');
	*mm = (s[3] - '0') * 10 + (s[4] - '0');
	return *hh < 24 && *mm < 60 ? 0 : -1;
}

enum ev_time_status ev_local_to_utc(int y, int m, int d, int hh, int mm, time_t *out)
{
	if (y < 1970 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m) || hh < 0 || hh > 23 ||
	    mm < 0 || mm > 59)
		return EV_TIME_INVALID;
	/* Summer time first: in the fold both readings give the same wall
	 * clock back, and the first instant (summer) wins. In the gap
	 * neither does. */
	for (int dst = 1; dst >= 0; dst--) {
		struct tm tm = {0};
		tm.tm_year = y - 1900;
		tm.tm_mon = m - 1;
		tm.tm_mday = d;
		tm.tm_hour = hh;
		tm.tm_min = mm;
		tm.tm_isdst = dst;
		time_t t = mktime(&tm);
		if (t == (time_t)-1)
			continue;
		struct tm back;
		localtime_r(&t, &back);
		if (back.tm_year == y - 1900 && back.tm_mon == m - 1 && back.tm_mday == d &&
		    back.tm_hour == hh && back.tm_min == mm && back.tm_isdst == dst) {
			*out = t;
			return EV_TIME_OK;
		}
	}
	return EV_TIME_GAP;
}

int ev_db_time(const char *s, time_t *out)
{
	struct tm tm = {0};
	if (!s || !strptime(s, "%Y-%m-%d %H:%M:%S", &tm))
		return -1;
	*out = timegm(&tm);
	return 0;
}

const char *ev_db_text(struct kp_arena *a, time_t t)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	char buf[32];
	strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S", &tm);
	return kp_arena_strdup(a, buf);
}

void ev_local(time_t t, struct tm *out)
{
	localtime_r(&t, out);
}

/* Days since 1970-01-01 of a date, and back: plain calendar arithmetic. */
static long day_number(int y, int m, int d)
{
	struct tm tm = {0};
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	return (long)(timegm(&tm) / 86400);
}

static void from_day_number(long n, int *y, int *m, int *d, int *wday)
{
	time_t t = (time_t)n * 86400;
	struct tm tm;
	gmtime_r(&t, &tm);
	*y = tm.tm_year + 1900;
	*m = tm.tm_mon + 1;
	*d = tm.tm_mday;
	if (wday)
		*wday = tm.tm_wday;
}

void ev_month_position(int y, int m, int d, int *nth, int *wday)
{
	int yy, mm, dd;
	from_day_number(day_number(y, m, d), &yy, &mm, &dd, wday);
	*nth = (d - 1) / 7 + 1;
	if (*nth == 5)
		*nth = -1;
}

/* The day of the month of the nth (1..4, -1 last) weekday of y-m. */
static int nth_weekday(int y, int m, int nth, int wday)
{
	int yy, mm, dd, first;
	from_day_number(day_number(y, m, 1), &yy, &mm, &dd, &first);
	if (nth > 0)
		return 1 + (wday - first + 7) % 7 + (nth - 1) * 7;
	int last = days_in_month(y, m), lastw;
	from_day_number(day_number(y, m, last), &yy, &mm, &dd, &lastw);
	return last - (lastw - wday + 7) % 7;
}

/* The instant of a local date and time; in the gap, the wall clock an hour
 * on (the offset before the change, RFC 5545 3.3.5). */
static time_t instant(int y, int m, int d, int hh, int mm)
{
	time_t t;
	if (ev_local_to_utc(y, m, d, hh, mm, &t) == EV_TIME_OK)
		return t;
	struct tm tm = {0};
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = hh;
	tm.tm_min = mm;
	tm.tm_isdst = 0;
	return mktime(&tm);
}

int ev_occurrences(int y, int m, int d, int hh, int mm, long duration, int all_day, int days,
                   const struct ev_rule *rule, struct ev_occ *out, int max)
{
	long until = rule->until_y ? day_number(rule->until_y, rule->until_m, rule->until_d) : -1;
	int nth = 0, wday = 0;
	if (rule->freq == 2)
		ev_month_position(y, m, d, &nth, &wday);
	int n = 0;
	for (int step = 0;; step++) {
		int oy, om, od;
		if (rule->freq == 1) {
			from_day_number(day_number(y, m, d) + (long)step * 7 * rule->interval, &oy,
			                &om, &od, NULL);
		} else if (rule->freq == 2) {
			int months = (m - 1) + step * rule->interval;
			oy = y + months / 12;
			om = months % 12 + 1;
			od = nth_weekday(oy, om, nth, wday);
		} else {
			oy = y, om = m, od = d;
		}
		if (step > 0 && rule->freq == 0)
			break;
		if (until >= 0 && day_number(oy, om, od) > until)
			break;
		if (rule->count && n >= rule->count)
			break;
		if (n == max)
			return -1;
		struct ev_occ *o = &out[n++];
		o->y = oy, o->m = om, o->d = od;
		if (all_day) {
			int ey, em, ed;
			from_day_number(day_number(oy, om, od) + days, &ey, &em, &ed, NULL);
			o->start = instant(oy, om, od, 0, 0);
			o->end = instant(ey, em, ed, 0, 0);
		} else {
			o->start = instant(oy, om, od, hh, mm);
			o->end = o->start + duration;
		}
		/* A rule without an end never gets here (the form refuses it);
		 * the cap keeps a bad row from looping. */
		if (rule->freq && !rule->count && until < 0)
			break;
	}
	return n;
}
