/* /admin/stats: the network's indicators for the integration concept's
 * yearly review — members (total, new, active in the last 30 / 90 days),
 * per month over the last twelve (new members, forum topics, forum posts),
 * and the most active groups and fields of action by forum posts in that
 * time. Tables, bar charts drawn here as SVG (no JavaScript), and the
 * monthly table as CSV (/admin/stats.csv).
 *
 * Each monthly series (members, topics, posts, documents, dates held,
 * sign-ups) is a statement in admin_sql.c and a row in `series` below; the
 * page, the charts and the CSV take up another without further changes. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "admin.h"
#include "export.h"
#include "view.h"

#define MONTHS    12
#define CHART_W   40 /* per bar, in SVG units */
#define CHART_H   120
#define CHART_TOP 16

struct series {
	const char *key; /* Lang.Admin.Stats.Series.KEY, CSV column */
	enum admin_stmt stmt;
};
static const struct series series[] = {
    {"members", A_STATS_MONTH_MEMBERS}, {"topics", A_STATS_MONTH_TOPICS},
    {"posts", A_STATS_MONTH_POSTS},     {"documents", A_STATS_MONTH_DOCUMENTS},
    {"events", A_STATS_MONTH_EVENTS},   {"signups", A_STATS_MONTH_SIGNUPS},
};
#define NSERIES (sizeof(series) / sizeof(series[0]))

/* The last twelve months, oldest first, as "YYYY-MM" (UTC), and the first
 * day of the oldest as "YYYY-MM-01 00:00:00". */
static void months(char keys[MONTHS][8], char *since, size_t since_len)
{
	time_t now = time(NULL);
	struct tm t;
	gmtime_r(&now, &t);
	int y = t.tm_year + 1900, m = t.tm_mon + 1;
	for (int i = MONTHS - 1; i >= 0; i--) {
		snprintf(keys[i], 8, "%04u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u);
		if (--m == 0) {
			m = 12;
			y--;
		}
	}
	snprintf(since, since_len, "%s-01 00:00:00", keys[0]);
}

/* counts[s][i]: series s in month i. */
static int load(struct kp_req *r, char keys[MONTHS][8], long long counts[NSERIES][MONTHS],
                const char *since)
{
	for (size_t s = 0; s < NSERIES; s++) {
		struct kp_rows rows;
		int rc = kp_db_select(&r->arena, &admin_sql[series[s].stmt], KP_ARGS(KP_STR(since)),
		                      &rows);
		if (rc != KP_DB_OK)
			return rc;
		for (int i = 0; i < MONTHS; i++) {
			counts[s][i] = 0;
			for (size_t k = 0; k < rows.count; k++)
				if (strcmp(kp_cell(&rows, k, 0), keys[i]) == 0)
					counts[s][i] = kp_cell_int(&rows, k, 1);
		}
	}
	return KP_DB_OK;
}

/* One chart: Page.Charts.S.Key / .Max / .Bars.I.X / .Y / .H / .Value /
 * .Label (the month as MM/YY). Bars scale to the series' largest month. */
static void chart(struct kp_req *r, size_t s, char keys[MONTHS][8], const long long *v)
{
	long long max = 0;
	for (int i = 0; i < MONTHS; i++)
		if (v[i] > max)
			max = v[i];
	kp_setf(r, series[s].key, "Page.Charts.%zu.Key", s);
	kp_setf(r, kp_arena_printf(&r->arena, "%lld", max), "Page.Charts.%zu.Max", s);
	for (int i = 0; i < MONTHS; i++) {
		long long h = max ? v[i] * CHART_H / max : 0;
		if (v[i] && h == 0)
			h = 1; /* a month with something is never an empty bar */
		const char *p = kp_arena_printf(&r->arena, "Page.Charts.%zu.Bars.%d", s, i);
		kp_setf(r, kp_arena_printf(&r->arena, "%d", i * CHART_W + 6), "%s.X", p);
		kp_setf(r, kp_arena_printf(&r->arena, "%lld", CHART_TOP + CHART_H - h), "%s.Y", p);
		kp_setf(r, kp_arena_printf(&r->arena, "%lld", h), "%s.H", p);
		kp_setf(r, kp_arena_printf(&r->arena, "%d", i * CHART_W + CHART_W / 2), "%s.Mid",
		        p);
		kp_setf(r, kp_arena_printf(&r->arena, "%lld", v[i]), "%s.Value", p);
		kp_setf(r, kp_arena_printf(&r->arena, "%.2s/%.2s", keys[i] + 5, keys[i] + 2),
		        "%s.Label", p);
	}
}

void stats_show(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	char keys[MONTHS][8], since[32];
	long long counts[NSERIES][MONTHS];
	months(keys, since, sizeof(since));
	struct kp_rows mem, groups, fields;
	int rc = kp_db_select(&r->arena, &admin_sql[A_STATS_MEMBERS], KP_NOARGS, &mem);
	if (rc == KP_DB_OK)
		rc = load(r, keys, counts, since);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &admin_sql[A_STATS_TOP_GROUPS], KP_ARGS(KP_STR(since)),
		                  &groups);
	if (rc == KP_DB_OK)
		rc = kp_db_select(&r->arena, &admin_sql[A_STATS_TOP_FIELDS], KP_ARGS(KP_STR(since)),
		                  &fields);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_set(r, "Page.Members.Total", kp_cell(&mem, 0, 0));
	kp_set(r, "Page.Members.New30", kp_cell(&mem, 0, 1));
	kp_set(r, "Page.Members.Active30", kp_cell(&mem, 0, 2));
	kp_set(r, "Page.Members.Active90", kp_cell(&mem, 0, 3));
	for (int i = 0; i < MONTHS; i++) {
		kp_setf(r, keys[i], "Page.Months.%d.Month", i);
		for (size_t s = 0; s < NSERIES; s++)
			kp_setf(r, kp_arena_printf(&r->arena, "%lld", counts[s][i]),
			        "Page.Months.%d.%s", i, series[s].key);
	}
	for (size_t s = 0; s < NSERIES; s++) {
		kp_setf(r, series[s].key, "Page.Series.%zu", s);
		chart(r, s, keys, counts[s]);
	}
	kp_set_int(r, "Page.ChartWidth", MONTHS * CHART_W);
	kp_set_int(r, "Page.ChartHeight", CHART_TOP + CHART_H + 20);
	kp_set_int(r, "Page.ChartBase", CHART_TOP + CHART_H + 14);
	int en = strcmp(r->lang, "en") == 0;
	for (size_t i = 0; i < groups.count; i++) {
		kp_setf(r, kp_cell(&groups, i, 1), "Page.TopGroups.%zu.Name", i);
		kp_setf(r, kp_cell(&groups, i, 2), "Page.TopGroups.%zu.Posts", i);
	}
	for (size_t i = 0; i < fields.count; i++) {
		kp_setf(r, kp_cell(&fields, i, en ? 1 : 0), "Page.TopFields.%zu.Name", i);
		kp_setf(r, kp_cell(&fields, i, 2), "Page.TopFields.%zu.Posts", i);
	}
	kp_set(r, "Page.Since", keys[0]);
	kp_set(r, "Page.Alternates.0.Type", "text/csv");
	kp_set(r, "Page.Alternates.0.Href", "/admin/stats.csv");
	kp_set(r, "Page.Title", kp_t(r, "Admin.Stats.Title"));
	kp_render(r, 200, "admin/stats.cs");
}

void stats_csv(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	char keys[MONTHS][8], since[32];
	long long counts[NSERIES][MONTHS];
	months(keys, since, sizeof(since));
	int rc = load(r, keys, counts, since);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	struct kp_buf b;
	kp_buf_init(&b, &r->arena);
	kp_csv_cell(&b, "month");
	for (size_t s = 0; s < NSERIES; s++)
		kp_csv_cell(&b, series[s].key);
	kp_csv_end_row(&b);
	for (int i = 0; i < MONTHS; i++) {
		kp_csv_cell(&b, keys[i]);
		for (size_t s = 0; s < NSERIES; s++)
			kp_csv_cell(&b, kp_arena_printf(&r->arena, "%lld", counts[s][i]));
		kp_csv_end_row(&b);
	}
	if (b.failed) {
		kp_error(r, 500);
		return;
	}
	kp_header(r, "Content-Disposition", "attachment; filename=\"statistics.csv\"");
	kp_send(r, 200, "text/csv; charset=utf-8", b.data, b.len);
}
