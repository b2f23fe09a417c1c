/* What the read part's pages share (read.h): page numbers, times for
 * people, the forum's heading, the links to a topic's pages. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "read.h"

static const struct kp_field page_fields[] = {{"page", 20, 0}, {NULL, 0, 0}};

long long read_page_param(struct kp_req *r)
{
	const char *bad = NULL;
	if (kp_fields_check(&r->query_params, page_fields, &bad) != 0)
		return -1;
	const char *v = kp_query(r, "page");
	if (!v || !*v)
		return 1;
	long long n = kp_parse_id(v);
	return n >= 1 ? n : -1;
}

long long read_pages(long long count)
{
	return count > 0 ? (count + FORUM_PER_PAGE - 1) / FORUM_PER_PAGE : 1;
}

/* The text of key (Lang.Forum.Ago.*) with "{n}" replaced by n. */
static const char *ago_text(struct kp_req *r, const char *key, long long n)
{
	const char *t = kp_t(r, key);
	const char *at = strstr(t, "{n}");
	if (!at)
		return t;
	return kp_arena_printf(&r->arena, "%.*s%lld%s", (int)(at - t), t, n, at + 3);
}

/* "vor 5 Minuten" for seconds ago; a time in the future (clocks) is now. */
static const char *ago(struct kp_req *r, long long s)
{
	const long long minute = 60, hour = 3600, day = 86400, month = 30 * day, year = 365 * day;
	if (s < minute)
		return kp_t(r, "Forum.Ago.Now");
	if (s < hour)
		return s < 2 * minute ? kp_t(r, "Forum.Ago.Minute")
		                      : ago_text(r, "Forum.Ago.Minutes", s / minute);
	if (s < day)
		return s < 2 * hour ? kp_t(r, "Forum.Ago.Hour")
		                    : ago_text(r, "Forum.Ago.Hours", s / hour);
	if (s < month)
		return s < 2 * day ? kp_t(r, "Forum.Ago.Day")
		                   : ago_text(r, "Forum.Ago.Days", s / day);
	if (s < year)
		return s < 2 * month ? kp_t(r, "Forum.Ago.Month")
		                     : ago_text(r, "Forum.Ago.Months", s / month);
	return s < 2 * year ? kp_t(r, "Forum.Ago.Year") : ago_text(r, "Forum.Ago.Years", s / year);
}

void read_set_time(struct kp_req *r, const char *utc, const char *ago_seconds, const char *fmt, ...)
{
	if (!utc || strlen(utc) != 19)
		return;
	char prefix[96];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(prefix, sizeof(prefix), fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof(prefix))
		return;
	kp_set_time(r, prefix, utc);
	long long s = 0;
	if (ago_seconds) {
		const char *d = ago_seconds[0] == '-' ? NULL : ago_seconds;
		s = d ? kp_parse_id(d) : 0;
	}
	kp_setf(r, ago(r, s), "%s.Ago", prefix);
}

const char *read_forum_heading(struct kp_req *r, const struct forum_scope *s)
{
	if (!s->access.group_id)
		return kp_t(r, "Forum.Title.Network");
	return kp_arena_printf(&r->arena, "%s %s", kp_t(r, "Forum.Title.Group"), s->access.name);
}

void read_set_manage(struct kp_req *r, const struct forum_scope *s)
{
	kp_set_int(r, "Page.Forum.CanManage", s->access.settings);
}

const char *read_page_title(struct kp_req *r, const char *name, long long page)
{
	if (page <= 1)
		return name;
	return kp_arena_printf(&r->arena, "%s – %s %lld", name, kp_t(r, "Forum.PageN"), page);
}

const char *read_topic_link(struct kp_req *r, const struct forum_scope *s, long long topic_id,
                            long long page)
{
	if (page > 1)
		return kp_arena_printf(&r->arena, "%s/t/%lld?page=%lld", s->base, topic_id, page);
	return kp_arena_printf(&r->arena, "%s/t/%lld", s->base, topic_id);
}
