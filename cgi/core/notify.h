/* notify: what the notification rows are about, for everybody who reads
 * them — the header's unread count (view.c), the notifications page and
 * the dashboard (cgi/home), the preferences (cgi/account) and the mails
 * (kp-mailer). The programs where something happens write the rows
 * (forum: post_sql.c, groups: members_sql.c, events: events_sql.c); this
 * file says which kinds exist, which preference type each belongs to, and
 * when a row is still readable by its recipient.
 *
 * Adding a kind: one line in the kinds table of notify.c (kind → type,
 * and which link it leads to), a type in the types table when it is a new
 * one (with its default delivery), its Lang.Notify.Kind.<kind> strings
 * in lang/{de,en}/home.hdf, and its readability in KP_NOTIFY_READABLE
 * below. A row about a new sort of item (a column like event_id) also
 * names it in the item and title columns that cgi/home/home_sql.c
 * (NOTE_SELECT) and cgi/tools/notify_mail.c (NOTE_DETAIL) read. */
#ifndef KP_NOTIFY_H
#define KP_NOTIFY_H
#include "request.h"

/* How a member wants a type of notification (notification_prefs). */
enum kp_delivery { KP_DELIVER_APP = 0, KP_DELIVER_INSTANT, KP_DELIVER_DAILY, KP_DELIVER_WEEKLY };
extern const char *const kp_delivery_names[4]; /* "app", "instant", "daily", "weekly" */

/* Where a kind leads: its post, its group's home page, the group's
 * members page (requests wait there), its event or its document. */
enum kp_notify_target {
	KP_NOTIFY_POST,
	KP_NOTIFY_GROUP,
	KP_NOTIFY_MEMBERS,
	KP_NOTIFY_EVENT,
	KP_NOTIFY_DOCUMENT
};

struct kp_notify_kind {
	const char *kind; /* notifications.kind */
	const char *type; /* preference type (kp_notify_types) */
	enum kp_notify_target target;
};
struct kp_notify_type {
	const char *type;          /* notification_prefs.type, also Lang.Notify.Type.<type> */
	enum kp_delivery fallback; /* when the member chose nothing */
};
extern const struct kp_notify_kind kp_notify_kinds[];
extern const size_t kp_notify_kind_count;
extern const struct kp_notify_type kp_notify_types[];
extern const size_t kp_notify_type_count;

/* The kind's entry, or NULL for a kind this build does not know. */
const struct kp_notify_kind *kp_notify_kind_of(const char *kind);
/* The type's entry by name, or NULL. */
const struct kp_notify_type *kp_notify_type_of(const char *type);
/* "app" ... "weekly" → the enum; -1 for anything else. */
int kp_delivery_parse(const char *s);

/* The path a notification leads to (arena), from its kind, the group's
 * slug (NULL: the network) and the id of its item (the row's post_id,
 * event_id or document_id, whichever the kind is about): "/forum/p/7",
 * "/g/slug/forum/p/7", "/g/slug", "/g/slug/members", "/events/7",
 * "/g/slug/events/7", "/docs/d/7", "/g/slug/docs/d/7"; "/notifications"
 * for a kind this build does not know. */
const char *kp_notify_link(struct kp_arena *a, const char *kind, const char *slug,
                           long long item_id);

/* One-click unsubscribe (RFC 8058) from a notification mail: the path
 * /notifications/unsubscribe/UID/WHAT/SIG, where WHAT is a type (an
 * immediate mail: that type becomes "app only") or "daily" / "weekly" (a
 * digest: every type delivered that way becomes "app only"), and SIG the
 * HMAC-SHA256 of both under Site.Secret, base64url. It works without
 * signing in — whoever has the mail may stop that kind of mail, nothing
 * else. kp_notify_unsubscribe_path: in the arena; kp_notify_unsubscribe_ok:
 * 1 when sig is right for uid and what (constant time). */
const char *kp_notify_unsubscribe_path(struct kp_arena *a, long long uid, const char *what);
int kp_notify_unsubscribe_ok(long long uid, const char *what, const char *sig);

/* Unread notifications of the signed-in user that are still readable,
 * counted up to KP_NOTIFY_COUNT_MAX (the header shows "99+" beyond). A
 * range of the notifications_user index (user, read_at NULL). KP_DB_*. */
#define KP_NOTIFY_COUNT_MAX 100
int kp_notify_unread(struct kp_req *r, long long *count);

/* SQL: true while the notification row "n" is readable by its recipient
 * n.user_id — the rules of access.h (KP_ACCESS_READABLE for content,
 * KP_ACCESS_KNOWN_GROUP for a group) written over the recipient column:
 *  - about a post (post_id set): the post and its topic are there, not
 *    deleted or hidden, and its forum (the post's group) readable;
 *  - about an event (event_id set): the event is there (a cancelled one
 *    too: telling that is the point of 'event_cancelled') and its group's
 *    content readable — every member for the network's events. An invited
 *    person knows a private group but not its events;
 *  - about a document (document_id set): the document is there and not
 *    in the bin, and its library (its group's content) readable;
 *  - about a group only (group_id set, no post, event or document): the
 *    group is known (not deleted; not private, or the recipient is in or
 *    invited).
 * Other rows (no group, post, event or document) are never shown. Keep
 * it in step with access.h. No placeholders. */
#define KP_NOTIFY_READABLE                                                                         \
	" ((n.post_id IS NOT NULL AND EXISTS (SELECT 1 FROM forum_posts np"                        \
	"   JOIN forum_topics nt ON nt.id = np.topic_id AND nt.deleted_at IS NULL"                 \
	"   WHERE np.id = n.post_id AND np.deleted_at IS NULL AND np.hidden_at IS NULL"            \
	"   AND (np.group_id IS NULL OR np.group_id IN (SELECT ng.id FROM `groups` ng"             \
	"     LEFT JOIN group_members ngm ON ngm.group_id = ng.id AND ngm.user_id = n.user_id"     \
	"     AND ngm.state = 'active'"                                                            \
	"     WHERE ng.deleted_at IS NULL AND (ng.visibility = 'open' OR ngm.user_id IS NOT "      \
	"NULL)))))"                                                                                \
	"  OR (n.event_id IS NOT NULL AND EXISTS (SELECT 1 FROM events ne"                         \
	"   WHERE ne.id = n.event_id AND (ne.group_id IS NULL OR ne.group_id IN (SELECT eg.id"     \
	"     FROM `groups` eg LEFT JOIN group_members egm ON egm.group_id = eg.id"                \
	"     AND egm.user_id = n.user_id AND egm.state = 'active'"                                \
	"     WHERE eg.deleted_at IS NULL AND (eg.visibility = 'open' OR egm.user_id IS NOT "      \
	"NULL)))))"                                                                                \
	"  OR (n.document_id IS NOT NULL AND EXISTS (SELECT 1 FROM documents nd"                   \
	"   WHERE nd.id = n.document_id AND nd.deleted_at IS NULL AND (nd.group_id IS NULL"        \
	"   OR nd.group_id IN (SELECT dg.id FROM `groups` dg LEFT JOIN group_members dgm"          \
	"     ON dgm.group_id = dg.id AND dgm.user_id = n.user_id AND dgm.state = 'active'"        \
	"     WHERE dg.deleted_at IS NULL AND (dg.visibility = 'open' OR dgm.user_id IS NOT "      \
	"NULL)))))"                                                                                \
	"  OR (n.post_id IS NULL AND n.event_id IS NULL AND n.document_id IS NULL"                 \
	"   AND n.group_id IS NOT NULL AND EXISTS "                                                \
	"(SELECT 1 FROM `groups` kg"                                                               \
	"   WHERE kg.id = n.group_id AND kg.deleted_at IS NULL AND (kg.visibility <> 'private'"    \
	"   OR EXISTS (SELECT 1 FROM group_members kgm WHERE kgm.group_id = kg.id"                 \
	"     AND kgm.user_id = n.user_id AND kgm.state IN ('active','invited')))))) "

#endif
