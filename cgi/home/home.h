/* home: the start page, the notifications and the search over everything
 * a member may read (DESIGN.md 2).
 *
 *   GET  /                     signed in: the dashboard — my groups with
 *                              what is new, newest topics in watched
 *                              categories, invitations and requests
 *                              waiting for me, my unread notifications;
 *                              signed out: what the network is, a plain
 *                              ("Leichte Sprache") introduction, links to
 *                              the public directory and the sign-in
 *   GET  /notifications        newest first, 30 a page (?page=N); only
 *                              what the member may still read
 *   GET  /notifications/N      "opening" one: marks it read and leads to
 *                              its item (303); 404 when it is not the
 *                              member's or no longer readable
 *   POST /notifications/read   marks read every one up to the newest the
 *                              page showed (upto=ID), so one arriving in
 *                              the meantime stays unread
 *   GET  /notifications/unsubscribe/UID/WHAT/SIG    the one-click
 *   POST                       unsubscribe of a notification mail
 *                              (unsubscribe.c; signed out too)
 *   GET  /search               ?q=&kind=&group=&since=&page= over topics
 *                              and posts, people, organisations, offers,
 *                              groups
 *
 * Files: notifications.c, dashboard.c, search.c (+ search_terms.c: what a
 * member typed, made into MATCH words; the highlighting), home_sql.c.
 * Who may read what is decided by cgi/core/access.h (KP_ACCESS_READABLE,
 * KP_ACCESS_KNOWN_GROUP) and, for notifications, cgi/core/notify.h
 * (KP_NOTIFY_READABLE, which spells out access.h's rules over the
 * recipient column). */
#ifndef KP_HOME_H
#define KP_HOME_H
#include "access.h"
#include "app.h"
#include "db.h"
#include "notify.h"
#include "view.h"

#define NOTES_PER_PAGE  30
#define DASH_ITEMS      5
#define SEARCH_PER_KIND 10 /* results per kind on the first page of "all kinds" */
#define SEARCH_PER_PAGE 20 /* results a page when one kind is chosen */
#define SEARCH_Q_MAX    200
#define SEARCH_WORDS    8
#define SEARCH_WORD_MIN 3

void home_dashboard(struct kp_req *r, const char *const *args);
void home_notifications(struct kp_req *r, const char *const *args);
void home_notification_open(struct kp_req *r, const char *const *args);
void home_notifications_read(struct kp_req *r, const char *const *args);
void home_search(struct kp_req *r, const char *const *args);
void home_unsubscribe_show(struct kp_req *r, const char *const *args);
void home_unsubscribe(struct kp_req *r, const char *const *args);

enum home_stmt {
	HOME_NOTES_PAGE,
	HOME_NOTE_ONE,
	HOME_NOTE_READ,
	HOME_NOTES_READ_ALL,
	HOME_DASH_GROUPS,
	HOME_DASH_WATCHED,
	HOME_DASH_INVITES,
	HOME_DASH_REQUESTS,
	HOME_DASH_NOTES,
	HOME_DASH_EVENTS,
	HOME_DASH_DOCS,
	HOME_SEARCH_POSTS,
	HOME_SEARCH_PEOPLE,
	HOME_SEARCH_ORGS,
	HOME_SEARCH_OFFERS,
	HOME_SEARCH_GROUPS,
	HOME_SEARCH_EVENTS,
	HOME_SEARCH_DOCS,
	HOME_SEARCH_GROUP_CHOICES,
	HOME_COUNT_STMTS
};
extern struct kp_sql home_sql[HOME_COUNT_STMTS];

/* Columns of HOME_NOTES_PAGE and HOME_DASH_NOTES. */
enum {
	HN_ID,
	HN_KIND,
	HN_CREATED,
	HN_READ,
	HN_ACTOR,
	HN_SLUG,
	HN_GROUP,
	HN_ITEM,  /* the post's, the event's or the document's id */
	HN_TOPIC, /* the topic's, the event's or the document's title */
	HN_TOTAL
};

/* Fills Page.<list>.N.* from notification rows (notifications.c). */
void home_notes_set(struct kp_req *r, const char *list, const struct kp_rows *rows);

/* Search words (search_terms.c): q made into at most SEARCH_WORDS words
 * of SEARCH_WORD_MIN characters or more, lower-cased, without any of
 * MATCH's operators; *terms is "+w1* +w2*" for MATCH ... AGAINST in
 * boolean mode, NULL when no word is left. 0, or -1 when out of memory. */
int home_search_terms(struct kp_arena *a, const char *q, const char **words, size_t *nwords,
                      const char **terms);
/* Page.<name>.N.Text / .Mark (1 for a match) for the template to print
 * with <mark> around the matches: text cut to about max bytes around the
 * first occurrence of one of the words (case-blind for ASCII and Latin-1
 * letters), split into what matched and what did not. The template
 * escapes every piece (<?cs var: ?>) and adds the <mark> itself, so no
 * markup is ever built out of members' text. */
void home_highlight(struct kp_req *r, const char *name, const char *text, const char *const *words,
                    size_t nwords, size_t max);

#endif
