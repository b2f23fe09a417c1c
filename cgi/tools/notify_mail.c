/* kp-mailer's notification mails (notify_mail.h). */
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "db.h"
#include "log.h"
#include "mail.h"
#include "notify.h"
#include "notify_mail.h"
#include "view.h"

/* What one row's line says (columns NM_*), read without locks. NM_TOPIC
 * is what the row is about: the post's topic, the event or the
 * document. */
#define NOTE_DETAIL                                                                                \
	"SELECT n.id, n.user_id, n.kind, u.email, u.name, u.lang, u.status = 'active',"            \
	" " KP_NOTIFY_READABLE ","                                                                 \
	" EXISTS (SELECT 1 FROM group_mutes m WHERE m.user_id = n.user_id"                         \
	"   AND m.group_id = IF(n.post_id IS NULL, n.group_id, p.group_id)),"                      \
	" a.name, IF(n.post_id IS NULL, g.slug, pg.slug), IF(n.post_id IS NULL, g.name, pg.name)," \
	" n.post_id, COALESCE(t.title, e.title, d.title), n.created_at, n.event_id,"               \
	" n.document_id"                                                                           \
	" FROM notifications n JOIN users u ON u.id = n.user_id"                                   \
	" LEFT JOIN users a ON a.id = n.actor_id"                                                  \
	" LEFT JOIN `groups` g ON g.id = n.group_id"                                               \
	" LEFT JOIN forum_posts p ON p.id = n.post_id"                                             \
	" LEFT JOIN forum_topics t ON t.id = p.topic_id"                                           \
	" LEFT JOIN `groups` pg ON pg.id = p.group_id"                                             \
	" LEFT JOIN events e ON e.id = n.event_id"                                                 \
	" LEFT JOIN documents d ON d.id = n.document_id"
enum {
	NM_ID,
	NM_USER,
	NM_KIND,
	NM_EMAIL,
	NM_NAME,
	NM_LANG,
	NM_ACTIVE,
	NM_READABLE,
	NM_MUTED,
	NM_ACTOR,
	NM_SLUG,
	NM_GROUP,
	NM_POST,
	NM_TOPIC,
	NM_CREATED,
	NM_EVENT,
	NM_DOCUMENT
};

enum { N_TAKE, N_DETAIL, N_PREF, N_DONE, N_WAIT, D_USERS, D_CLAIM, D_LOCK, D_ROWS, N_COUNT };
static struct kp_sql nm_sql[N_COUNT] = {
    /* New rows, oldest first; a row another mailer holds is left to it. */
    [N_TAKE] = {"SELECT id FROM notifications WHERE mailed_at IS NULL AND digest IS NULL"
                " ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED"},
    [N_DETAIL] = {NOTE_DETAIL " WHERE n.id = ?"},
    /* The member's choice for a type (user, type). */
    [N_PREF] = {"SELECT delivery FROM notification_prefs WHERE user_id = ? AND type = ?"},
    [N_DONE] = {"UPDATE notifications SET mailed_at = NOW() WHERE id = ?"},
    /* Waits for a digest (period, id). */
    [N_WAIT] = {"UPDATE notifications SET digest = ? WHERE id = ?"},
    /* Members with rows waiting for a digest of the period from before
     * its start and no digest of it yet (period, start as UTC, period,
     * first day). */
    [D_USERS] = {"SELECT DISTINCT n.user_id FROM notifications n"
                 " WHERE n.mailed_at IS NULL AND n.digest = ? AND n.created_at < ?"
                 " AND NOT EXISTS (SELECT 1 FROM notification_digests d"
                 "   WHERE d.user_id = n.user_id AND d.period = ? AND d.period_start = ?)"
                 " LIMIT 500"},
    /* The member's digest of the period (user, period, first day): a
     * second mailer, or a second run the same day, finds it taken. */
    [D_CLAIM] = {"INSERT INTO notification_digests (user_id, period, period_start, created_at)"
                 " VALUES (?, ?, ?, NOW())"},
    /* The member's waiting rows, locked (user, period, start as UTC).
     * Only the notification rows: a lock on a post or a group here could
     * deadlock with a web request that writes a post and then its
     * notifications. */
    [D_LOCK] = {"SELECT id FROM notifications WHERE user_id = ? AND mailed_at IS NULL"
                " AND digest = ? AND created_at < ? FOR UPDATE"},
    /* The same rows by group and topic: the columns NM_*. */
    [D_ROWS] = {NOTE_DETAIL " WHERE n.user_id = ? AND n.mailed_at IS NULL AND n.digest = ?"
                            " AND n.created_at < ?"
                            " ORDER BY IF(n.post_id IS NULL, g.name, pg.name) IS NOT NULL,"
                            " IF(n.post_id IS NULL, g.name, pg.name), n.event_id IS NOT NULL,"
                            " n.document_id IS NOT NULL, COALESCE(t.title, e.title, d.title),"
                            " n.id"},
};

/* A growing text in the arena. */
struct text {
	struct kp_arena *a;
	char *s;
	size_t len, cap;
};

static void add(struct text *t, const char *s, size_t n)
{
	if (!t->s || t->len + n + 1 > t->cap) {
		size_t cap = (t->cap ? 2 * t->cap : 1024) + n;
		char *s2 = kp_arena_alloc(t->a, cap);
		if (!s2)
			return;
		if (t->s)
			memcpy(s2, t->s, t->len);
		t->s = s2;
		t->cap = cap;
	}
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
}
static void put(struct text *t, const char *s)
{
	add(t, s, strlen(s));
}
/* s with &, <, >, " and ' as entities: for the HTML part, every value. */
static void put_html(struct text *t, const char *s)
{
	for (const char *p = s; *p; p++) {
		const char *e = *p == '&'    ? "&amp;"
		                : *p == '<'  ? "&lt;"
		                : *p == '>'  ? "&gt;"
		                : *p == '"'  ? "&quot;"
		                : *p == '\'' ? "&#39;"
		                             : NULL;
		if (e)
			put(t, e);
		else
			add(t, p, 1);
	}
}

/* A subject: no line breaks, and cut (between characters, with "…") to
 * what mail_queue.subject holds. */
static const char *one_line(struct kp_arena *a, const char *s)
{
	char *c = kp_arena_strdup(a, s ? s : "");
	for (char *p = c; p && *p; p++)
		if (*p == '\r' || *p == '\n' || *p == '\t')
			*p = ' ';
	size_t n = c ? strlen(c) : 0;
	if (n <= 240)
		return c;
	n = 240;
	while (n > 0 && ((unsigned char)c[n] & 0xC0) == 0x80)
		n--;
	return kp_arena_printf(a, "%.*s…", (int)n, c);
}

/* What a row is about: the topic, the event or the document, else the
 * group. */
static const char *about(const struct kp_rows *r, size_t i)
{
	return kp_cell(r, i, NM_TOPIC)   ? kp_cell(r, i, NM_TOPIC)
	       : kp_cell(r, i, NM_GROUP) ? kp_cell(r, i, NM_GROUP)
	                                 : "";
}

static const char *kind_text(struct kp_arena *a, const char *lang, const char *kind)
{
	return kp_text(
	    lang, kp_arena_printf(a, "Notify.Kind.%s", kp_notify_kind_of(kind) ? kind : "other"));
}

/* One row as a paragraph of both parts. */
static void put_item(struct kp_arena *a, struct text *txt, struct text *html, const char *lang,
                     const struct kp_rows *r, size_t i)
{
	const char *link =
	    kp_arena_printf(a, "%s/notifications/%s", kp_cfg.base_url, kp_cell(r, i, NM_ID));
	const char *kind = kind_text(a, lang, kp_cell(r, i, NM_KIND));
	const char *actor = kp_cell(r, i, NM_ACTOR);
	const char *when = kp_format_time(a, lang, kp_cell(r, i, NM_CREATED));
	const char *by =
	    actor ? kp_arena_printf(a, " (%s %s)", kp_text(lang, "Notify.Mail.By"), actor) : "";
	put(txt, kp_arena_printf(a, "%s%s, %s\n%s\n%s %s\n\n", kind, by, when, about(r, i),
	                         kp_text(lang, "Notify.Mail.Open"), link));
	put(html, "<li><p>");
	put_html(html, kind);
	put_html(html, by);
	put(html, ", ");
	put_html(html, when);
	put(html, "<br>\n<a href=\"");
	put_html(html, link);
	put(html, "\">");
	put_html(html, about(r, i));
	put(html, "</a></p></li>\n");
}

static void put_head(struct kp_arena *a, struct text *txt, struct text *html, const char *lang,
                     const char *name, const char *subject)
{
	const char *greeting = kp_text_fill(a, lang, "Notify.Mail.Greeting", name, NULL);
	put(txt, greeting);
	put(txt, "\n\n");
	put(html, "<!DOCTYPE html>\n<html lang=\"");
	put_html(html, lang);
	put(html, "\">\n<head><meta charset=\"utf-8\"><title>");
	put_html(html, subject);
	put(html, "</title></head>\n<body>\n<p>");
	put_html(html, greeting);
	put(html, "</p>\n");
}

static void put_foot(struct kp_arena *a, struct text *txt, struct text *html, const char *lang,
                     const char *unsubscribe)
{
	const char *why = kp_text_fill(a, lang, "Notify.Mail.Why", NULL, NULL);
	const char *settings = kp_arena_printf(a, "%s/account#sec-notifications", kp_cfg.base_url);
	const char *unsub = kp_text(lang, "Notify.Mail.Unsubscribe");
	put(txt, kp_arena_printf(a, "-- \n%s\n%s\n\n%s\n%s\n\n%s\n", why, settings, unsub,
	                         unsubscribe, kp_cfg.site_name));
	put(html, "<hr>\n<p>");
	put_html(html, why);
	put(html, " <a href=\"");
	put_html(html, settings);
	put(html, "\">");
	put_html(html, settings);
	put(html, "</a></p>\n<p>");
	put_html(html, unsub);
	put(html, " <a href=\"");
	put_html(html, unsubscribe);
	put(html, "\">");
	put_html(html, unsubscribe);
	put(html, "</a></p>\n<p>");
	put_html(html, kp_cfg.site_name);
	put(html, "</p>\n</body>\n</html>\n");
}

/* The mail about one row, at once. */
static int mail_one(struct kp_arena *a, const struct kp_rows *r, const char *type)
{
	const char *lang = kp_cell(r, 0, NM_LANG);
	const char *subject =
	    one_line(a, kp_arena_printf(a, "%s: %s", kind_text(a, lang, kp_cell(r, 0, NM_KIND)),
	                                about(r, 0)));
	const char *unsubscribe =
	    kp_arena_printf(a, "%s%s", kp_cfg.base_url,
	                    kp_notify_unsubscribe_path(a, kp_cell_int(r, 0, NM_USER), type));
	struct text txt = {a, NULL, 0, 0}, html = {a, NULL, 0, 0};
	put_head(a, &txt, &html, lang, kp_cell(r, 0, NM_NAME), subject);
	put(&html, "<ul>\n");
	put_item(a, &txt, &html, lang, r, 0);
	put(&html, "</ul>\n");
	put_foot(a, &txt, &html, lang, unsubscribe);
	if (!txt.s || !html.s)
		return KP_DB_ERROR;
	return kp_mail_enqueue_html(kp_cell(r, 0, NM_EMAIL), subject, txt.s, html.s, unsubscribe);
}

/* What the member chose for the row's type (or its default). */
static int delivery_of(struct kp_arena *a, long long uid, const char *type, int *out)
{
	const struct kp_notify_type *t = kp_notify_type_of(type);
	*out = t ? (int)t->fallback : KP_DELIVER_APP;
	struct kp_rows p;
	int rc = kp_db_select(a, &nm_sql[N_PREF], KP_ARGS(KP_INT(uid), KP_STR(type)), &p);
	if (rc == KP_DB_OK && p.count && kp_delivery_parse(kp_cell(&p, 0, 0)) >= 0)
		*out = kp_delivery_parse(kp_cell(&p, 0, 0));
	return rc;
}

/* One row, inside the taking transaction. */
static int look_at(struct kp_arena *a, long long id)
{
	struct kp_rows r;
	int rc = kp_db_select(a, &nm_sql[N_DETAIL], KP_ARGS(KP_INT(id)), &r);
	if (rc != KP_DB_OK || r.count == 0)
		return rc;
	const struct kp_notify_kind *k = kp_notify_kind_of(kp_cell(&r, 0, NM_KIND));
	int deliver = KP_DELIVER_APP;
	if (k && kp_cell_int(&r, 0, NM_ACTIVE) && kp_cell_int(&r, 0, NM_READABLE) &&
	    !kp_cell_int(&r, 0, NM_MUTED))
		rc = delivery_of(a, kp_cell_int(&r, 0, NM_USER), k->type, &deliver);
	if (rc == KP_DB_OK && deliver == KP_DELIVER_INSTANT)
		rc = mail_one(a, &r, k->type);
	if (rc != KP_DB_OK)
		return rc;
	if (deliver == KP_DELIVER_DAILY || deliver == KP_DELIVER_WEEKLY)
		return kp_db_exec(&nm_sql[N_WAIT],
		                  KP_ARGS(KP_STR(kp_delivery_names[deliver]), KP_INT(id)), NULL,
		                  NULL);
	return kp_db_exec(&nm_sql[N_DONE], KP_ARGS(KP_INT(id)), NULL, NULL);
}

int notify_mail_new(struct kp_arena *a, int *more)
{
	*more = 0;
	struct kp_rows ids;
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_select(a, &nm_sql[N_TAKE], KP_NOARGS, &ids);
	for (size_t i = 0; rc == KP_DB_OK && i < ids.count; i++)
		rc = look_at(a, kp_cell_int(&ids, i, 0));
	rc = kp_db_end(rc);
	if (rc == KP_DB_OK)
		*more = ids.count == 100;
	return rc;
}

/* A member's digest of the period starting at start_utc (first day
 * start_day), in one transaction. */
static int digest_one(struct kp_arena *a, long long uid, const char *period, const char *start_day,
                      const char *start_utc)
{
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc =
		    kp_db_exec(&nm_sql[D_CLAIM],
		               KP_ARGS(KP_INT(uid), KP_STR(period), KP_STR(start_day)), NULL, NULL);
	if (rc == KP_DB_DUPLICATE) {
		/* Sent already this period (by us or another mailer): what
		 * waits goes into the next one. */
		kp_db_rollback();
		return KP_DB_OK;
	}
	struct kp_rows locked, r = {0};
	if (rc == KP_DB_OK)
		rc = kp_db_select(a, &nm_sql[D_LOCK],
		                  KP_ARGS(KP_INT(uid), KP_STR(period), KP_STR(start_utc)), &locked);
	if (rc == KP_DB_OK)
		rc = kp_db_select(a, &nm_sql[D_ROWS],
		                  KP_ARGS(KP_INT(uid), KP_STR(period), KP_STR(start_utc)), &r);
	struct text txt = {a, NULL, 0, 0}, html = {a, NULL, 0, 0};
	const char *lang = r.count ? kp_cell(&r, 0, NM_LANG) : "de";
	const char *subject = kp_text_fill(
	    a, lang, kp_arena_printf(a, "Notify.Mail.DigestSubject.%s", period), NULL, NULL);
	size_t shown = 0;
	const char *group = NULL, *topic = NULL;
	for (size_t i = 0; rc == KP_DB_OK && i < r.count; i++) {
		if (!kp_cell_int(&r, i, NM_ACTIVE) || !kp_cell_int(&r, i, NM_READABLE) ||
		    kp_cell_int(&r, i, NM_MUTED) || !kp_notify_kind_of(kp_cell(&r, i, NM_KIND)))
			continue;
		if (!shown++) {
			put_head(a, &txt, &html, lang, kp_cell(&r, i, NM_NAME), subject);
			const char *intro =
			    kp_text(lang, kp_arena_printf(a, "Notify.Mail.DigestIntro.%s", period));
			put(&txt, kp_arena_printf(a, "%s\n\n", intro));
			put(&html, "<p>");
			put_html(&html, intro);
			put(&html, "</p>\n");
		}
		/* A heading per group (the network's forum, events and
		 * library first), then one per topic, event or document. */
		const char *g =
		    kp_cell(&r, i, NM_GROUP)      ? kp_cell(&r, i, NM_GROUP)
		    : kp_cell(&r, i, NM_EVENT)    ? kp_text(lang, "Notify.Mail.NetworkEvents")
		    : kp_cell(&r, i, NM_DOCUMENT) ? kp_text(lang, "Notify.Mail.NetworkDocs")
		                                  : kp_text(lang, "Notify.Mail.NetworkForum");
		if (!group || strcmp(group, g) != 0) {
			if (group)
				put(&html, "</ul>\n");
			put(&txt, kp_arena_printf(a, "== %s ==\n\n", g));
			put(&html, "<h2>");
			put_html(&html, g);
			put(&html, "</h2>\n<ul>\n");
			group = g;
			topic = NULL;
		}
		const char *t = kp_cell(&r, i, NM_TOPIC);
		if (t && (!topic || strcmp(topic, t) != 0)) {
			put(&txt, kp_arena_printf(a, "# %s\n\n", t));
			topic = t;
		}
		put_item(a, &txt, &html, lang, &r, i);
	}
	if (rc == KP_DB_OK && shown) {
		put(&html, "</ul>\n");
		const char *unsubscribe = kp_arena_printf(
		    a, "%s%s", kp_cfg.base_url, kp_notify_unsubscribe_path(a, uid, period));
		put_foot(a, &txt, &html, lang, unsubscribe);
		rc = txt.s && html.s ? kp_mail_enqueue_html(kp_cell(&r, 0, NM_EMAIL), subject,
		                                            txt.s, html.s, unsubscribe)
		                     : KP_DB_ERROR;
	}
	/* Every waiting row is done: mailed, or not to be mailed any more
	 * (the member lost access, muted the group, cannot sign in). */
	for (size_t i = 0; rc == KP_DB_OK && i < r.count; i++)
		rc = kp_db_exec(&nm_sql[N_DONE], KP_ARGS(KP_INT(kp_cell_int(&r, i, NM_ID))), NULL,
		                NULL);
	if (rc == KP_DB_OK && shown)
		kp_log("digest %s for user %lld: %zu notifications", period, uid, shown);
	return kp_db_end(rc);
}

int notify_mail_digests(struct kp_arena *a, time_t now)
{
	static const char *const periods[] = {"daily", "weekly"};
	struct tm local;
	localtime_r(&now, &local);
	if (local.tm_hour < NOTIFY_DIGEST_HOUR)
		return KP_DB_OK;
	int rc = KP_DB_OK;
	for (int p = 0; p < 2 && rc == KP_DB_OK; p++) {
		/* The period's first day, at local midnight: today, or this
		 * week's Monday. */
		struct tm start = local;
		start.tm_hour = start.tm_min = start.tm_sec = 0;
		if (p == 1)
			start.tm_mday -= (local.tm_wday + 6) % 7;
		start.tm_isdst = -1;
		time_t t0 = mktime(&start);
		struct tm utc;
		char day[16], at[32];
		gmtime_r(&t0, &utc);
		strftime(day, sizeof(day), "%Y-%m-%d", &start);
		strftime(at, sizeof(at), "%Y-%m-%d %H:%M:%S", &utc);
		struct kp_rows users;
		rc = kp_db_select(
		    a, &nm_sql[D_USERS],
		    KP_ARGS(KP_STR(periods[p]), KP_STR(at), KP_STR(periods[p]), KP_STR(day)),
		    &users);
		for (size_t i = 0; rc == KP_DB_OK && i < users.count; i++)
			rc = digest_one(a, kp_cell_int(&users, i, 0), periods[p], day, at);
	}
	return rc;
}
