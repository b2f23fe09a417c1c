/* notify: the kinds of notifications and their types (notify.h). */
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "crypto.h"
#include "db.h"
#include "notify.h"

const char *const kp_delivery_names[4] = {"app", "instant", "daily", "weekly"};

/* The rows the forum (post_sql.c), the groups program (members_sql.c),
 * the events program (events_sql.c) and the documents program
 * (docs_sql.c) write. */
const struct kp_notify_kind kp_notify_kinds[] = {
    {"forum_reply", "reply", KP_NOTIFY_POST},
    {"forum_topic", "topic", KP_NOTIFY_POST},
    {"forum_mention", "mention", KP_NOTIFY_POST},
    {"group_invite", "group", KP_NOTIFY_GROUP},
    {"group_request", "group", KP_NOTIFY_MEMBERS},
    {"group_approved", "group", KP_NOTIFY_GROUP},
    {"group_refused", "group", KP_NOTIFY_GROUP},
    {"group_removed", "group", KP_NOTIFY_GROUP},
    {"event_changed", "events", KP_NOTIFY_EVENT},
    {"event_cancelled", "events", KP_NOTIFY_EVENT},
    {"event_date_cancelled", "events", KP_NOTIFY_EVENT},
    {"event_moved_up", "events", KP_NOTIFY_EVENT},
    {"doc_new", "documents", KP_NOTIFY_DOCUMENT},
};
const size_t kp_notify_kind_count = sizeof(kp_notify_kinds) / sizeof(kp_notify_kinds[0]);

/* Defaults: what is addressed to the member personally (a mention, a
 * decision about their membership, an invitation) comes at once; the
 * flow of a conversation they watch comes once a day — the calm mail the
 * network promises. */
const struct kp_notify_type kp_notify_types[] = {
    {"mention", KP_DELIVER_INSTANT},
    {"reply", KP_DELIVER_DAILY},
    {"topic", KP_DELIVER_DAILY},
    {"group", KP_DELIVER_INSTANT},
    /* Only who said yes or maybe hears of a change, a cancellation or a
     * seat from the waiting list — news they may have to act on before
     * the date, so at once. */
    {"events", KP_DELIVER_INSTANT},
    /* A new document in a group's library is news to read up on, like
     * a new topic: once a day. */
    {"documents", KP_DELIVER_DAILY},
};
const size_t kp_notify_type_count = sizeof(kp_notify_types) / sizeof(kp_notify_types[0]);

const struct kp_notify_kind *kp_notify_kind_of(const char *kind)
{
	for (size_t i = 0; kind && i < kp_notify_kind_count; i++)
		if (strcmp(kp_notify_kinds[i].kind, kind) == 0)
			return &kp_notify_kinds[i];
	return NULL;
}

const struct kp_notify_type *kp_notify_type_of(const char *type)
{
	for (size_t i = 0; type && i < kp_notify_type_count; i++)
		if (strcmp(kp_notify_types[i].type, type) == 0)
			return &kp_notify_types[i];
	return NULL;
}

int kp_delivery_parse(const char *s)
{
	for (int i = 0; s && i < 4; i++)
		if (strcmp(kp_delivery_names[i], s) == 0)
			return i;
	return -1;
}

const char *kp_notify_link(struct kp_arena *a, const char *kind, const char *slug,
                           long long item_id)
{
	const struct kp_notify_kind *k = kp_notify_kind_of(kind);
	if (!k)
		return "/notifications";
	switch (k->target) {
	case KP_NOTIFY_POST:
		return slug ? kp_arena_printf(a, "/g/%s/forum/p/%lld", slug, item_id)
		            : kp_arena_printf(a, "/forum/p/%lld", item_id);
	case KP_NOTIFY_EVENT:
		return slug ? kp_arena_printf(a, "/g/%s/events/%lld", slug, item_id)
		            : kp_arena_printf(a, "/events/%lld", item_id);
	case KP_NOTIFY_DOCUMENT:
		return slug ? kp_arena_printf(a, "/g/%s/docs/d/%lld", slug, item_id)
		            : kp_arena_printf(a, "/docs/d/%lld", item_id);
	case KP_NOTIFY_MEMBERS:
		if (slug)
			return kp_arena_printf(a, "/g/%s/members", slug);
		break;
	case KP_NOTIFY_GROUP:
		if (slug)
			return kp_arena_printf(a, "/g/%s", slug);
		break;
	}
	return "/notifications";
}

/* The signature of an unsubscribe link, base64url in out[44]. The
 * purpose word keeps it apart from any other HMAC under the same
 * secret. */
static void unsubscribe_sig(long long uid, const char *what, char out[KP_TOKEN_LEN + 1])
{
	char data[96];
	int n = snprintf(data, sizeof(data), "unsubscribe\n%lld\n%s", uid, what);
	unsigned char mac[32];
	kp_hmac_sha256(kp_cfg.secret, strlen(kp_cfg.secret), data,
	               n > 0 && (size_t)n < sizeof(data) ? (size_t)n : 0, mac);
	kp_base64url(mac, sizeof(mac), out);
}

const char *kp_notify_unsubscribe_path(struct kp_arena *a, long long uid, const char *what)
{
	char sig[KP_TOKEN_LEN + 1];
	unsubscribe_sig(uid, what, sig);
	return kp_arena_printf(a, "/notifications/unsubscribe/%lld/%s/%s", uid, what, sig);
}

int kp_notify_unsubscribe_ok(long long uid, const char *what, const char *sig)
{
	if (uid <= 0 || !what || strlen(what) > 16 || !sig || strlen(sig) != KP_TOKEN_LEN)
		return 0;
	char want[KP_TOKEN_LEN + 1];
	unsubscribe_sig(uid, what, want);
	return kp_ct_equal(want, sig, KP_TOKEN_LEN);
}

_Static_assert(KP_NOTIFY_COUNT_MAX == 100, "the LIMIT below");
static struct kp_sql unread_sql = {
    "SELECT COUNT(*) FROM (SELECT 1 FROM notifications n"
    " WHERE n.user_id = ? AND n.read_at IS NULL AND" KP_NOTIFY_READABLE " LIMIT 100) x"};

int kp_notify_unread(struct kp_req *r, long long *count)
{
	struct kp_rows rows;
	*count = 0;
	int rc = kp_db_select(&r->arena, &unread_sql, KP_ARGS(KP_INT(r->user.id)), &rows);
	if (rc == KP_DB_OK && rows.count)
		*count = kp_cell_int(&rows, 0, 0);
	return rc;
}
