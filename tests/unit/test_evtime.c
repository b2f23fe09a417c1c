/* Unit tests for the events program's Berlin time (cgi/events/evtime.c):
 * dates and clock times as typed, the spring gap refused, the autumn fold
 * resolved to its first instant, and the repetition rules across the
 * changes. The file is compiled in (the program's sources are not in
 * libkp), with TZ set as config.c sets it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "../../cgi/events/evtime.c"

static int berlin(void **state)
{
	(void)state;
	setenv("TZ", "Europe/Berlin", 1);
	tzset();
	return 0;
}

/* The UTC text of t, in a static buffer. */
static const char *utc_text(time_t t)
{
	static char buf[32];
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M", &tm);
	return buf;
}

static void test_dates_and_clocks(void **state)
{
	(void)state;
	int y, m, d, hh, mm;
	assert_int_equal(ev_parse_date("2028-02-29", &y, &m, &d), 0);
	assert_int_equal(ev_parse_date("2027-02-29", &y, &m, &d), -1);
	assert_int_equal(ev_parse_date("2027-02-30", &y, &m, &d), -1);
	assert_int_equal(ev_parse_date("2027-13-01", &y, &m, &d), -1);
	assert_int_equal(ev_parse_date("2027-1-01", &y, &m, &d), -1);
	assert_int_equal(ev_parse_date("27.03.2027", &y, &m, &d), -1);
	assert_int_equal(ev_parse_date("", &y, &m, &d), -1);
	assert_int_equal(ev_parse_clock("00:00", &hh, &mm), 0);
	assert_int_equal(ev_parse_clock("23:59", &hh, &mm), 0);
	assert_int_equal(ev_parse_clock("18:30:00", &hh, &mm), 0);
	assert_int_equal(ev_parse_clock("18:30:15", &hh, &mm), -1);
	assert_int_equal(ev_parse_clock("24:00", &hh, &mm), -1);
	assert_int_equal(ev_parse_clock("9:30", &hh, &mm), -1);
	assert_int_equal(ev_parse_clock("09:60", &hh, &mm), -1);
}

static void test_gap_and_fold(void **state)
{
	(void)state;
	time_t t;
	/* Winter and summer. */
	assert_int_equal(ev_local_to_utc(2027, 1, 15, 18, 0, &t), EV_TIME_OK);
	assert_string_equal(utc_text(t), "2027-01-15 17:00");
	assert_int_equal(ev_local_to_utc(2027, 7, 15, 18, 0, &t), EV_TIME_OK);
	assert_string_equal(utc_text(t), "2027-07-15 16:00");
	/* Spring: 02:00 to 02:59 do not exist on 2027-03-28. */
	assert_int_equal(ev_local_to_utc(2027, 3, 28, 2, 0, &t), EV_TIME_GAP);
	assert_int_equal(ev_local_to_utc(2027, 3, 28, 2, 30, &t), EV_TIME_GAP);
	assert_int_equal(ev_local_to_utc(2027, 3, 28, 2, 59, &t), EV_TIME_GAP);
	assert_int_equal(ev_local_to_utc(2027, 3, 28, 1, 59, &t), EV_TIME_OK);
	assert_string_equal(utc_text(t), "2027-03-28 00:59");
	assert_int_equal(ev_local_to_utc(2027, 3, 28, 3, 0, &t), EV_TIME_OK);
	assert_string_equal(utc_text(t), "2027-03-28 01:00");
	/* Autumn: 02:00 to 02:59 come twice on 2027-10-31; the first (summer
	 * time, UTC+2) is taken. */
	assert_int_equal(ev_local_to_utc(2027, 10, 31, 2, 30, &t), EV_TIME_OK);
	assert_string_equal(utc_text(t), "2027-10-31 00:30");
	assert_int_equal(ev_local_to_utc(2027, 10, 31, 3, 0, &t), EV_TIME_OK);
	assert_string_equal(utc_text(t), "2027-10-31 02:00");
	/* Not a date at all. */
	assert_int_equal(ev_local_to_utc(2027, 2, 29, 12, 0, &t), EV_TIME_INVALID);
	assert_int_equal(ev_local_to_utc(2027, 4, 1, 24, 0, &t), EV_TIME_INVALID);
}

static void test_weekly_keeps_the_wall_clock(void **state)
{
	(void)state;
	struct ev_occ o[10];
	struct ev_rule rule = {.freq = 1, .interval = 1, .count = 3};
	int n = ev_occurrences(2027, 3, 21, 2, 30, 3600, 0, 0, &rule, o, 10);
	assert_int_equal(n, 3);
	assert_string_equal(utc_text(o[0].start), "2027-03-21 01:30");
	/* 02:30 on the day of the change does not exist: an hour later, as
	 * RFC 5545 says (the offset before the gap). */
	assert_string_equal(utc_text(o[1].start), "2027-03-28 01:30");
	assert_string_equal(utc_text(o[2].start), "2027-04-04 00:30");
	assert_int_equal(o[2].d, 4);
	/* Every second week until a date, the date included. */
	struct ev_rule two = {
	    .freq = 1, .interval = 2, .until_y = 2027, .until_m = 11, .until_d = 9};
	n = ev_occurrences(2027, 10, 12, 18, 0, 5400, 0, 0, &two, o, 10);
	assert_int_equal(n, 3);
	assert_string_equal(utc_text(o[0].start), "2027-10-12 16:00");
	assert_string_equal(utc_text(o[1].start), "2027-10-26 16:00");
	assert_string_equal(utc_text(o[2].start), "2027-11-09 17:00");
	assert_string_equal(utc_text(o[2].end), "2027-11-09 18:30");
	/* More than max: refused. */
	struct ev_rule many = {.freq = 1, .interval = 1, .count = 11};
	assert_int_equal(ev_occurrences(2027, 1, 5, 18, 0, 3600, 0, 0, &many, o, 10), -1);
}

static void test_monthly_nth_weekday(void **state)
{
	(void)state;
	struct ev_occ o[10];
	int nth, wday;
	ev_month_position(2030, 1, 8, &nth, &wday); /* the 2nd Tuesday */
	assert_int_equal(nth, 2);
	assert_int_equal(wday, 2);
	ev_month_position(2030, 1, 31, &nth, &wday); /* the 5th Thursday: the last */
	assert_int_equal(nth, -1);
	assert_int_equal(wday, 4);
	struct ev_rule rule = {.freq = 2, .interval = 1, .count = 4};
	int n = ev_occurrences(2030, 1, 31, 10, 0, 3600, 0, 0, &rule, o, 10);
	assert_int_equal(n, 4);
	assert_int_equal(o[1].m, 2);
	assert_int_equal(o[1].d, 28);
	assert_int_equal(o[2].d, 28);
	assert_int_equal(o[3].m, 4);
	assert_int_equal(o[3].d, 25);
	/* Every third month across the new year. */
	struct ev_rule q = {.freq = 2, .interval = 3, .count = 3};
	n = ev_occurrences(2030, 11, 5, 9, 0, 3600, 0, 0, &q, o, 10); /* 1st Tuesday */
	assert_int_equal(n, 3);
	assert_int_equal(o[1].y, 2031);
	assert_int_equal(o[1].m, 2);
	assert_int_equal(o[1].d, 4);
	assert_int_equal(o[2].m, 5);
	assert_int_equal(o[2].d, 6);
}

static void test_all_day(void **state)
{
	(void)state;
	struct ev_occ o[2];
	struct ev_rule none = {0};
	/* Three days over the spring change: midnight to midnight, local. */
	int n = ev_occurrences(2027, 3, 27, 0, 0, 0, 1, 3, &none, o, 2);
	assert_int_equal(n, 1);
	assert_string_equal(utc_text(o[0].start), "2027-03-26 23:00");
	assert_string_equal(utc_text(o[0].end), "2027-03-29 22:00");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_dates_and_clocks),
	    cmocka_unit_test(test_gap_and_fold),
	    cmocka_unit_test(test_weekly_keeps_the_wall_clock),
	    cmocka_unit_test(test_monthly_nth_weekday),
	    cmocka_unit_test(test_all_day),
	};
	return cmocka_run_group_tests(tests, berlin, NULL);
}
