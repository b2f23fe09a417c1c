/* Every statement of the home program (home.h), side by side with its
 * enum. Lists across groups filter with access.h's KP_ACCESS_READABLE /
 * KP_ACCESS_KNOWN_GROUP (each binds the member's id to one "?") and
 * notify.h's KP_NOTIFY_READABLE (no placeholder). */
#include "home.h"

/* A notification with what its line shows (columns HN_*): the group of
 * a post is the post's own (a moved topic's posts lead to where they are
 * now), the group of anything else the row's. Its item is the post, the
 * event or the document, its title the topic's, the event's or the
 * document's. */
#define NOTE_SELECT                                                                                \
	"SELECT n.id, n.kind, n.created_at, n.read_at, a.name,"                                    \
	" IF(n.post_id IS NULL, g.slug, pg.slug), IF(n.post_id IS NULL, g.name, pg.name),"         \
	" COALESCE(n.post_id, n.event_id, n.document_id), COALESCE(t.title, e.title, d.title),"    \
	" COUNT(*) OVER ()"                                                                        \
	" FROM notifications n"                                                                    \
	" LEFT JOIN users a ON a.id = n.actor_id"                                                  \
	" LEFT JOIN `groups` g ON g.id = n.group_id"                                               \
	" LEFT JOIN forum_posts p ON p.id = n.post_id"                                             \
	" LEFT JOIN forum_topics t ON t.id = p.topic_id"                                           \
	" LEFT JOIN `groups` pg ON pg.id = p.group_id"                                             \
	" LEFT JOIN events e ON e.id = n.event_id"                                                 \
	" LEFT JOIN documents d ON d.id = n.document_id"

/* The filters every search statement ends its WHERE with: the group
 * (NULL: any) and the age in days (NULL: any), each bound twice. */
#define IN_GROUP(COL) " AND (? IS NULL OR " COL " = ?)"
#define SINCE(COL)    " AND (? IS NULL OR " COL " >= NOW() - INTERVAL ? DAY)"
#define HITS_MAX      "1000"
#define AGAINST       " AGAINST (? IN BOOLEAN MODE)"

_Static_assert(DASH_ITEMS == 5, "the dashboard's LIMITs below");

struct kp_sql home_sql[HOME_COUNT_STMTS] = {
    /* A page of the member's notifications, newest first (user, LIMIT,
     * OFFSET). */
    [HOME_NOTES_PAGE] = {NOTE_SELECT " WHERE n.user_id = ? AND" KP_NOTIFY_READABLE
                                     " ORDER BY n.id DESC LIMIT ? OFFSET ?"},
    /* One of the member's notifications, while still readable (id,
     * user): the columns of HOME_NOTES_PAGE. */
    [HOME_NOTE_ONE] = {NOTE_SELECT " WHERE n.id = ? AND n.user_id = ? AND" KP_NOTIFY_READABLE},
    /* Opened (id, user). */
    [HOME_NOTE_READ] = {"UPDATE notifications SET read_at = NOW()"
                        " WHERE id = ? AND user_id = ? AND read_at IS NULL"},
    /* "Mark all read": the member's unread ones up to the newest the
     * page showed (user, id). A range of notifications_user. */
    [HOME_NOTES_READ_ALL] = {"UPDATE notifications SET read_at = NOW()"
                             " WHERE user_id = ? AND read_at IS NULL AND id <= ?"},

    /* The member's groups (user, user; DASH_ITEMS rows): slug, name,
     * archived (1/0), the topics with something the member has not read
     * (forum_reads; a topic never opened counts when its last post came
     * after the member's account), and the newest topic: id, title, last
     * post. Groups with the latest activity first. */
    [HOME_DASH_GROUPS] = {"SELECT g.slug, g.name, g.archived_at IS NOT NULL,"
                          " (SELECT COUNT(*) FROM forum_topics t"
                          "  LEFT JOIN forum_reads fr ON fr.user_id = ? AND fr.topic_id = t.id"
                          "  WHERE t.group_id = g.id AND t.deleted_at IS NULL"
                          /* Every unread topic had a post since the account
                           * was made (a read mark is younger than the
                           * account, a newer post younger still): a range
                           * of forum_topics_group_active, not all topics. */
                          "  AND t.last_post_at > u.created_at"
                          "  AND (fr.topic_id IS NULL OR fr.last_post_id < t.last_post_id)),"
                          " lt.id, lt.title, lt.last_post_at"
                          " FROM group_members gm"
                          " JOIN `groups` g ON g.id = gm.group_id AND g.deleted_at IS NULL"
                          " JOIN users u ON u.id = gm.user_id"
                          " LEFT JOIN forum_topics lt ON lt.id = (SELECT t2.id FROM forum_topics t2"
                          "   WHERE t2.group_id = g.id AND t2.deleted_at IS NULL"
                          "   ORDER BY t2.last_post_at DESC, t2.id DESC LIMIT 1)"
                          " WHERE gm.user_id = ? AND gm.state = 'active'"
                          " ORDER BY lt.last_post_at IS NULL, lt.last_post_at DESC, g.name"
                          " LIMIT 5"},
    /* The newest topics in the categories the member watches, where the
     * member may read (user, user): id, title, created, category, group
     * slug, group name. */
    [HOME_DASH_WATCHED] = {"SELECT t.id, t.title, t.created_at, c.name, g.slug, g.name"
                           " FROM forum_category_watches w"
                           " JOIN forum_topics t ON t.category_id = w.category_id"
                           "  AND t.deleted_at IS NULL"
                           " JOIN forum_categories c ON c.id = t.category_id"
                           " LEFT JOIN `groups` g ON g.id = t.group_id"
                           " WHERE w.user_id = ? AND" KP_ACCESS_READABLE(
                               "t.group_id") " ORDER BY t.created_at DESC, t.id DESC LIMIT 5"},
    /* Invitations into groups waiting for the member's answer (user):
     * slug, name, since. */
    [HOME_DASH_INVITES] = {"SELECT g.slug, g.name, gm.created_at FROM group_members gm"
                           " JOIN `groups` g ON g.id = gm.group_id AND g.deleted_at IS NULL"
                           "  AND g.archived_at IS NULL"
                           " WHERE gm.user_id = ? AND gm.state = 'invited'"
                           " ORDER BY gm.created_at DESC, g.id DESC LIMIT 5"},
    /* Requests to join a group the member manages (user): slug, name,
     * how many wait. */
    [HOME_DASH_REQUESTS] = {"SELECT g.slug, g.name, COUNT(*) FROM group_members me"
                            " JOIN `groups` g ON g.id = me.group_id AND g.deleted_at IS NULL"
                            "  AND g.archived_at IS NULL"
                            " JOIN group_members rq ON rq.group_id = me.group_id"
                            "  AND rq.state = 'requested'"
                            " WHERE me.user_id = ? AND me.state = 'active'"
                            " AND me.role IN ('owner', 'moderator')"
                            " GROUP BY g.id, g.slug, g.name"
                            " ORDER BY MAX(rq.created_at) DESC LIMIT 5"},
    /* The member's next dates (user, user, user): the events they said
     * yes or maybe to, and those of their groups, while they may read
     * them; each event once, at its next date that is not over or
     * cancelled. Columns: id, title, the date's start, all day (1/0),
     * its local date, group slug, group name, answer, waiting (1/0). */
    [HOME_DASH_EVENTS] = {"SELECT e.id, e.title, o.starts_at, e.all_day, o.local_date,"
                          " g.slug, g.name, r.answer, r.waiting"
                          /* The candidates first, each by its index: a scan
                           * of every event with a subquery each took a
                           * second on the benchmark's 20,000 events. */
                          " FROM (SELECT event_id AS id FROM event_rsvps"
                          "  WHERE user_id = ? AND answer IN ('yes', 'maybe')"
                          "  UNION SELECT ge.id FROM group_members mg"
                          "  JOIN events ge ON ge.group_id = mg.group_id"
                          "  WHERE mg.user_id = ? AND mg.state = 'active') c"
                          " JOIN events e ON e.id = c.id"
                          " JOIN event_occurrences o ON o.event_id = e.id"
                          "  AND o.local_date = (SELECT o2.local_date FROM event_occurrences o2"
                          "   WHERE o2.event_id = e.id AND o2.ends_at >= NOW()"
                          "   AND o2.cancelled = 0 ORDER BY o2.starts_at LIMIT 1)"
                          " LEFT JOIN `groups` g ON g.id = e.group_id"
                          " LEFT JOIN event_rsvps r ON r.event_id = e.id AND r.user_id = ?"
                          "  AND r.answer IN ('yes', 'maybe')"
                          " WHERE e.cancelled_at IS NULL AND" KP_ACCESS_READABLE(
                              "e.group_id") " ORDER BY o.starts_at, e.id LIMIT 5"},
    /* The documents added last to the libraries the member reads (user):
     * id, title, added, group slug, group name, who added it. Not what is
     * in the bin. Newest first along documents_new (0016), so that only
     * the first few rows are read. */
    [HOME_DASH_DOCS] = {"SELECT d.id, d.title, d.created_at, g.slug, g.name, u.name"
                        " FROM documents d"
                        " LEFT JOIN `groups` g ON g.id = d.group_id"
                        " LEFT JOIN users u ON u.id = d.created_by"
                        " WHERE d.deleted_at IS NULL AND" KP_ACCESS_READABLE(
                            "d.group_id") " ORDER BY d.created_at DESC, d.id DESC LIMIT 5"},
    /* The member's unread notifications, newest first (user). */
    [HOME_DASH_NOTES] = {NOTE_SELECT " WHERE n.user_id = ? AND n.read_at IS NULL"
                                     " AND" KP_NOTIFY_READABLE " ORDER BY n.id DESC LIMIT 5"},

    /* Topics and posts: one row per topic, its best hit (a title's hit
     * points to the first post). Arguments: terms, terms, user, group
     * twice, days twice (topics); the same for posts; LIMIT, OFFSET.
     * Columns: topic id, title, post id, the post's text (NULL for a
     * post that is deleted or hidden), group slug, group name, last
     * post, total. */
    [HOME_SEARCH_POSTS] =
        {"SELECT t.id, t.title, b.post_id,"
         " CASE WHEN p.deleted_at IS NULL AND p.hidden_at IS NULL THEN p.body END,"
         " g.slug, g.name, t.last_post_at, COUNT(*) OVER ()"
         " FROM (SELECT h.topic_id, h.post_id, h.score, ROW_NUMBER() OVER"
         "       (PARTITION BY h.topic_id ORDER BY h.score DESC, h.post_id) rn FROM"
         "  ((SELECT t.id topic_id, IFNULL(t.first_post_id, 0) post_id,"
         "    MATCH(t.title)" AGAINST " score FROM forum_topics t"
         "    WHERE MATCH(t.title)" AGAINST " AND t.deleted_at IS NULL"
         "    AND" KP_ACCESS_READABLE("t.group_id") IN_GROUP("t.group_id") SINCE(
             "t.last_post_at") "    ORDER BY score DESC, t.id DESC LIMIT " HITS_MAX ")"
                               "  UNION ALL"
                               "   (SELECT p.topic_id, p.id, MATCH(p.body)" AGAINST
                               " score FROM forum_posts p"
                               "    WHERE MATCH(p.body)" AGAINST
                               " AND p.deleted_at IS NULL AND p.hidden_at IS NULL"
                               "    AND" KP_ACCESS_READABLE("p.group_id") IN_GROUP("p.group_id")
                                   SINCE(
                                       "p.created_at") "    ORDER BY score DESC, p.id DESC "
                                                       "LIMIT " HITS_MAX ")) h) b"
                                                       " JOIN forum_topics t ON t.id = b.topic_id "
                                                       "AND t.deleted_at IS NULL"
                                                       " LEFT JOIN `groups` g ON g.id = t.group_id"
                                                       " LEFT JOIN forum_posts p ON p.id = "
                                                       "b.post_id"
                                                       " WHERE b.rn = 1 ORDER BY b.score DESC, "
                                                       "t.last_post_at DESC, t.id DESC"
                                                       " LIMIT ? OFFSET ?"},
    /* Active members by name, position or "about" (terms four times,
     * LIMIT, OFFSET): id, name, position, about, total. */
    [HOME_SEARCH_PEOPLE] = {"SELECT u.id, u.name, pr.position, pr.about, COUNT(*) OVER ()"
                            " FROM (SELECT h.id, MAX(h.score) score FROM"
                            "  ((SELECT u.id, MATCH(u.name)" AGAINST " score FROM users u"
                            "    WHERE MATCH(u.name)" AGAINST
                            " AND u.status = 'active' LIMIT " HITS_MAX ")"
                            "  UNION ALL"
                            "   (SELECT pr.user_id, MATCH(pr.position, pr.about)" AGAINST
                            " FROM profiles pr"
                            "    WHERE MATCH(pr.position, pr.about)" AGAINST " LIMIT " HITS_MAX
                            ")) h"
                            "  GROUP BY h.id) b"
                            " JOIN users u ON u.id = b.id AND u.status = 'active'"
                            " LEFT JOIN profiles pr ON pr.user_id = u.id"
                            " ORDER BY b.score DESC, u.name, u.id LIMIT ? OFFSET ?"},
    /* Organisations (terms, days twice, terms, LIMIT, OFFSET): id, name,
     * description, total. */
    [HOME_SEARCH_ORGS] = {"SELECT o.id, o.name, o.description, COUNT(*) OVER () FROM orgs o"
                          " WHERE MATCH(o.name, o.description)" AGAINST
                          " AND o.deleted_at IS NULL" SINCE(
                              "o.updated_at") " ORDER BY MATCH(o.name, o.description)" AGAINST
                                              " DESC, o.name"
                                              " LIMIT ? OFFSET ?"},
    /* Offers of organisations that are there (terms, days twice, terms,
     * LIMIT, OFFSET): id, organisation id, title, description,
     * organisation's name, total. */
    [HOME_SEARCH_OFFERS] = {"SELECT x.id, x.org_id, x.title, x.description, o.name,"
                            " COUNT(*) OVER () FROM offers x"
                            " JOIN orgs o ON o.id = x.org_id AND o.deleted_at IS NULL"
                            " WHERE MATCH(x.title, x.description)" AGAINST
                            " AND x.deleted_at IS NULL" SINCE(
                                "x.updated_at") " ORDER BY MATCH(x.title, x.description)" AGAINST
                                                " DESC, x.title"
                                                " LIMIT ? OFFSET ?"},
    /* Events the member may read, cancelled ones too (they were there;
     * the result says so): terms, user, group twice, days twice, terms,
     * LIMIT, OFFSET. "New" is when the event was last changed. Columns:
     * id, title, description, place, group slug, group name, first
     * start, cancelled (1/0), total. */
    [HOME_SEARCH_EVENTS] =
        {"SELECT e.id, e.title, e.description, e.place, g.slug, g.name,"
         " e.starts_at, e.cancelled_at IS NOT NULL, COUNT(*) OVER ()"
         " FROM events e LEFT JOIN `groups` g ON g.id = e.group_id"
         " WHERE MATCH(e.title, e.description, e.place)" AGAINST
         " AND" KP_ACCESS_READABLE("e.group_id") IN_GROUP("e.group_id")
             SINCE("e.updated_at") " ORDER BY MATCH(e.title, e.description, e.place)" AGAINST
                                   " DESC, e.starts_at DESC, e.id DESC"
                                   " LIMIT ? OFFSET ?"},
    /* Documents the member may read, not in the bin, by title,
     * description and tags (terms, user, group twice, days twice, terms,
     * LIMIT, OFFSET); "new" is the last change. Columns: id, title,
     * description, tags, group slug, group name, changed, total. */
    [HOME_SEARCH_DOCS] =
        {"SELECT d.id, d.title, d.description, d.tags, g.slug, g.name,"
         " d.updated_at, COUNT(*) OVER ()"
         " FROM documents d LEFT JOIN `groups` g ON g.id = d.group_id"
         " WHERE MATCH(d.title, d.description, d.tags)" AGAINST
         " AND d.deleted_at IS NULL AND" KP_ACCESS_READABLE("d.group_id") IN_GROUP("d.group_id")
             SINCE("d.updated_at") " ORDER BY MATCH(d.title, d.description, d.tags)" AGAINST
                                   " DESC, d.updated_at DESC, d.id DESC LIMIT ? OFFSET ?"},
    /* Groups the member may know of (terms, user, days twice, terms,
     * LIMIT, OFFSET): slug, name, description, visibility, total. */
    [HOME_SEARCH_GROUPS] = {"SELECT g.slug, g.name, g.description, g.visibility,"
                            " COUNT(*) OVER () FROM `groups` g"
                            " WHERE MATCH(g.name, g.description)" AGAINST
                            " AND" KP_ACCESS_KNOWN_GROUP SINCE(
                                "g.created_at") " ORDER BY MATCH(g.name, g.description)" AGAINST
                                                " DESC, g.name"
                                                " LIMIT ? OFFSET ?"},
    /* The groups whose content the member reads, for the group filter
     * (user): id, name. */
    [HOME_SEARCH_GROUP_CHOICES] = {"SELECT g.id, g.name FROM `groups` g"
                                   " WHERE g.id IN (SELECT ng.id FROM `groups` ng"
                                   " WHERE" KP_ACCESS_READABLE("ng.id") ")"
                                                                        " ORDER BY g.name, g.id"},
};
