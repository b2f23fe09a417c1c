/* Every statement of the events program (events.h), side by side with its
 * enum. Times are UTC. Lists read occurrences (event_occurrences), one
 * index range, joined to their events; what the user may read is
 * KP_ACCESS_READABLE's answer (cgi/core/access.h), bound to the user. */
#include "events.h"

/* The columns of an event (EC_* in events.h) and their joins. */
#define EV_COLUMNS                                                                                 \
	"SELECT e.id, e.group_id, e.title, e.description, e.all_day, e.starts_at, e.ends_at,"      \
	" e.start_date, e.end_date, e.place, e.municipality_id, e.online_url, e.org_id,"           \
	" e.field_id, e.capacity, e.signup_deadline, e.waitlist, e.show_attendees,"                \
	" e.repeat_freq, e.repeat_interval, e.repeat_until, e.repeat_count, e.sequence,"           \
	" e.cancelled_at, e.created_by, o.name, f.name_de, f.name_en, m.name, u.name, g.slug,"     \
	" e.updated_at"                                                                            \
	" FROM events e"                                                                           \
	" LEFT JOIN orgs o ON o.id = e.org_id AND o.deleted_at IS NULL"                            \
	" LEFT JOIN fields_of_action f ON f.id = e.field_id"                                       \
	" LEFT JOIN municipalities m ON m.id = e.municipality_id"                                  \
	" LEFT JOIN users u ON u.id = e.created_by"                                                \
	" LEFT JOIN `groups` g ON g.id = e.group_id"

/* A list of occurrences: event, group slug, title, start, end, all day,
 * the date cancelled, the event cancelled, place, online link, organiser
 * organisation, group name, local date, total. Bound (events_bind_filters
 * in list.c): user, group (0: any) twice, field twice, org twice,
 * municipality twice, mode ('', 'online', 'place') three times. */
#define EV_OCC_SELECT                                                                              \
	"SELECT e.id, g.slug, e.title, oc.starts_at, oc.ends_at, e.all_day, oc.cancelled,"         \
	" e.cancelled_at IS NOT NULL, e.place, e.online_url, o.name, g.name, oc.local_date,"       \
	" COUNT(*) OVER ()"                                                                        \
	" FROM event_occurrences oc JOIN events e ON e.id = oc.event_id"                           \
	" LEFT JOIN `groups` g ON g.id = e.group_id"                                               \
	" LEFT JOIN orgs o ON o.id = e.org_id AND o.deleted_at IS NULL"                            \
	" WHERE" KP_ACCESS_READABLE(                                                               \
	    "e.group_id") " AND (? = 0 OR e.group_id = ?)"                                         \
	                  " AND (? = 0 OR e.field_id = ?) AND (? = 0 OR e.org_id = ?)"             \
	                  " AND (? = 0 OR e.municipality_id = ?)"                                  \
	                  " AND (? = '' OR (? = 'online' AND e.online_url IS NOT NULL)"            \
	                  "      OR (? = 'place' AND e.place IS NOT NULL))"

struct kp_sql events_sql[EV_COUNT_STMTS] = {
    [EV_LOAD] = {EV_COLUMNS " WHERE e.id = ?"},
    /* group, title, description, all day, start, end, start date, end
     * date, place, municipality, online link, org, field, capacity,
     * deadline, waiting list, show attendees, freq, interval, until,
     * count, creator */
    [EV_INSERT] = {"INSERT INTO events (group_id, title, description, all_day, starts_at, ends_at,"
                   " start_date, end_date, place, municipality_id, online_url, org_id, field_id,"
                   " capacity, signup_deadline, waitlist, show_attendees, repeat_freq,"
                   " repeat_interval, repeat_until, repeat_count, created_by, created_at,"
                   " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                   " ?, ?, ?, ?, NOW(), NOW())"},
    /* The same from title to count, then the event. */
    [EV_UPDATE] = {"UPDATE events SET title = ?, description = ?, all_day = ?, starts_at = ?,"
                   " ends_at = ?, start_date = ?, end_date = ?, place = ?, municipality_id = ?,"
                   " online_url = ?, org_id = ?, field_id = ?, capacity = ?,"
                   " signup_deadline = ?, waitlist = ?, show_attendees = ?, repeat_freq = ?,"
                   " repeat_interval = ?, repeat_until = ?, repeat_count = ?,"
                   " sequence = sequence + 1, updated_at = NOW() WHERE id = ?"},
    /* The event's row, locked: every sign-up and every change of the
     * capacity goes through it, so that seats are counted once. Then
     * whether the deadline has passed and whether a date is still to come
     * (one that is not cancelled). */
    [EV_LOCK] = {"SELECT capacity, waitlist, signup_deadline, cancelled_at,"
                 " signup_deadline IS NOT NULL AND signup_deadline < UTC_TIMESTAMP(),"
                 " EXISTS (SELECT 1 FROM event_occurrences oc WHERE oc.event_id = events.id"
                 "   AND oc.cancelled = 0 AND oc.ends_at >= UTC_TIMESTAMP())"
                 " FROM events WHERE id = ? FOR UPDATE"},
    [EV_LOAD_DEADLINE] = {"SELECT signup_deadline IS NOT NULL AND signup_deadline < UTC_TIMESTAMP()"
                          " FROM events WHERE id = ?"},
    [EV_BUMP] = {"UPDATE events SET sequence = sequence + 1, updated_at = NOW() WHERE id = ?"},
    [EV_OCC_CANCELLED] = {"SELECT local_date FROM event_occurrences"
                          " WHERE event_id = ? AND cancelled = 1"},
    /* event, local date, start, end, cancelled */
    [EV_OCC_INSERT] = {"INSERT INTO event_occurrences (event_id, local_date, starts_at, ends_at,"
                       " cancelled) VALUES (?, ?, ?, ?, ?)"},
    [EV_OCC_DELETE_ALL] = {"DELETE FROM event_occurrences WHERE event_id = ?"},
    [EV_OCC_LIST] = {"SELECT local_date, starts_at, ends_at, cancelled,"
                     " ends_at < UTC_TIMESTAMP() FROM event_occurrences"
                     " WHERE event_id = ? ORDER BY starts_at"},
    /* Nothing changed: no such date, or cancelled already. */
    [EV_OCC_CANCEL] = {"UPDATE event_occurrences SET cancelled = 1"
                       " WHERE event_id = ? AND local_date = ? AND cancelled = 0"},
    [EV_CANCEL] = {"UPDATE events SET cancelled_at = NOW(), sequence = sequence + 1,"
                   " updated_at = NOW() WHERE id = ? AND cancelled_at IS NULL"},
    /* Filters, then limit and offset. */
    [EV_LIST_UPCOMING] = {EV_OCC_SELECT " AND oc.ends_at >= UTC_TIMESTAMP()"
                                        " ORDER BY oc.starts_at, e.id LIMIT ? OFFSET ?"},
    [EV_LIST_PAST] = {EV_OCC_SELECT " AND oc.ends_at < UTC_TIMESTAMP()"
                                    " ORDER BY oc.starts_at DESC, e.id DESC LIMIT ? OFFSET ?"},
    /* Filters, then the month's end and start (UTC). */
    [EV_MONTH] = {EV_OCC_SELECT " AND oc.starts_at < ? AND oc.ends_at > ?"
                                " ORDER BY oc.starts_at, e.id LIMIT 500"},
    /* The organisations the user belongs to (user). */
    [EV_MY_ORGS] = {"SELECT o.id, o.name FROM org_members om"
                    " JOIN orgs o ON o.id = om.org_id AND o.deleted_at IS NULL"
                    " WHERE om.user_id = ? ORDER BY o.name, o.id"},
    [EV_ORG_OK] = {"SELECT 1 FROM org_members om"
                   " JOIN orgs o ON o.id = om.org_id AND o.deleted_at IS NULL"
                   " WHERE om.user_id = ? AND o.id = ?"},
    [EV_FIELDS] = {"SELECT id, name_de, name_en, retired FROM fields_of_action"
                   " ORDER BY position, id"},
    [EV_MUNICIPALITIES] = {"SELECT id, name, retired FROM municipalities ORDER BY name, id"},
    /* Organisations with events the user may read (user). */
    [EV_FILTER_ORGS] = {"SELECT o.id, o.name FROM orgs o WHERE o.deleted_at IS NULL AND o.id IN"
                        " (SELECT e.org_id FROM events e WHERE" KP_ACCESS_READABLE(
                            "e.group_id") ") ORDER BY o.name, o.id LIMIT 300"},
    /* Groups with events that the user may read (user). */
    [EV_FILTER_GROUPS] = {"SELECT gg.id, gg.name FROM `groups` gg"
                          " WHERE gg.id IN (SELECT group_id FROM events) AND" KP_ACCESS_READABLE(
                              "gg.id") " ORDER BY gg.name, gg.id LIMIT 300"},
    /* event, user */
    [EV_RSVP_MINE] = {"SELECT answer, waiting FROM event_rsvps WHERE event_id = ? AND user_id = ?"},
    /* Seats taken, waiting, maybe, no (event). */
    [EV_RSVP_COUNTS] = {"SELECT COALESCE(SUM(answer = 'yes' AND waiting = 0), 0),"
                        " COALESCE(SUM(answer = 'yes' AND waiting = 1), 0),"
                        " COALESCE(SUM(answer = 'maybe'), 0), COALESCE(SUM(answer = 'no'), 0)"
                        " FROM event_rsvps WHERE event_id = ?"},
    /* event, user, answer, waiting. A new answer is a new place in the
     * waiting list's order. */
    [EV_RSVP_UPSERT] = {"INSERT INTO event_rsvps (event_id, user_id, answer, waiting,"
                        " answered_at) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6))"
                        " ON DUPLICATE KEY UPDATE answer = VALUES(answer),"
                        " waiting = VALUES(waiting), answered_at = VALUES(answered_at)"},
    /* The first n of the waiting list (event, n). */
    [EV_RSVP_WAITING] = {"SELECT user_id FROM event_rsvps"
                         " WHERE event_id = ? AND answer = 'yes' AND waiting = 1"
                         " ORDER BY answered_at, user_id LIMIT ?"},
    [EV_RSVP_MOVE_UP] = {"UPDATE event_rsvps SET waiting = 0 WHERE event_id = ? AND user_id = ?"},
    /* Everybody who answered (event): seats, waiting list in its order,
     * maybe, no. */
    [EV_ATTENDEES] = {"SELECT u.id, u.name, r.answer, r.waiting,"
                      " DATE_FORMAT(r.answered_at, '%Y-%m-%d %H:%i:%s')"
                      " FROM event_rsvps r JOIN users u ON u.id = r.user_id"
                      " WHERE r.event_id = ?"
                      " ORDER BY FIELD(r.answer, 'yes', 'maybe', 'no'), r.waiting,"
                      " r.answered_at, u.id"},
    /* Who has a seat (event), for "who else is coming". */
    [EV_COMING] = {"SELECT u.id, u.name FROM event_rsvps r JOIN users u ON u.id = r.user_id"
                   " WHERE r.event_id = ? AND r.answer = 'yes' AND r.waiting = 0"
                   " AND u.status = 'active' ORDER BY u.name, u.id LIMIT 500"},
    /* kind, actor, group, event, actor again */
    [EV_NOTIFY_ATTENDEES] = {"INSERT INTO notifications (user_id, kind, actor_id, group_id,"
                             " event_id, created_at)"
                             " SELECT r.user_id, ?, ?, ?, r.event_id, NOW() FROM event_rsvps r"
                             " WHERE r.event_id = ? AND r.answer IN ('yes', 'maybe')"
                             " AND r.user_id <> ?"},
    /* user, kind, actor, group, event */
    /* A new event in a group: a note for every other active member (event,
     * actor, group, actor). */
    [EV_NOTIFY_GROUP] = {"INSERT INTO notifications (user_id, kind, actor_id, group_id, event_id,"
                         " created_at) SELECT user_id, 'event_new', ?, group_id, ?, NOW()"
                         " FROM group_members WHERE group_id = ? AND state = 'active'"
                         " AND user_id <> ?"},
    [EV_NOTIFY_ONE] = {"INSERT INTO notifications (user_id, kind, actor_id, group_id, event_id,"
                       " created_at) VALUES (?, ?, ?, ?, ?, NOW())"},
    /* user, token hash */
    [EV_FEED_SET] = {"INSERT INTO event_feeds (user_id, token_hash, created_at)"
                     " VALUES (?, ?, NOW()) ON DUPLICATE KEY UPDATE"
                     " token_hash = VALUES(token_hash), created_at = VALUES(created_at)"},
    [EV_FEED_DELETE] = {"DELETE FROM event_feeds WHERE user_id = ?"},
    /* The feed's owner by the token's hash; active accounts only. */
    [EV_FEED_USER] = {"SELECT f.user_id, u.lang FROM event_feeds f"
                      " JOIN users u ON u.id = f.user_id"
                      " WHERE f.token_hash = ? AND u.status = 'active'"},
    /* The events the user may read that have not ended 90 days ago (user). */
    [EV_FEED_EVENTS] = {EV_COLUMNS " WHERE" KP_ACCESS_READABLE(
        "e.group_id") " AND e.id IN (SELECT event_id FROM event_occurrences"
                      " WHERE ends_at >= UTC_TIMESTAMP() - INTERVAL 90 DAY)"
                      " ORDER BY e.starts_at, e.id LIMIT 2000"},
    /* Cancelled dates of the feed's events (user). */
    [EV_FEED_EXDATES] = {"SELECT oc.event_id, oc.starts_at FROM event_occurrences oc"
                         " JOIN events e ON e.id = oc.event_id"
                         " WHERE oc.cancelled = 1 AND" KP_ACCESS_READABLE("e.group_id")},
    /* Cancelled dates of one event. */
    [EV_EXDATES] = {"SELECT event_id, starts_at FROM event_occurrences"
                    " WHERE event_id = ? AND cancelled = 1"},
};
