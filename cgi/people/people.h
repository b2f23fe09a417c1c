/* The people program: member profiles and the member directory
 * (DESIGN.md 2: /people, /profile; organisations, offers and the public
 * /directory follow). Its SQL lives in one statement table
 * (people_sql.c); each file holds the handlers of one page. */
#ifndef KP_PEOPLE_H
#define KP_PEOPLE_H
#include "app.h"
#include "db.h"

/* The member directory (list.c) asks in two steps: which members are on
 * the page (their ids) and how many were chosen in all, then the details
 * of these 25 only.
 *
 * The filters by field of action, language and municipality each have an
 * index of their own (the members who chose it), and MariaDB can only
 * start from it when the filter is a plain condition of the statement: a
 * "(? = 0 OR ...)" is decided per row, after every active member has been
 * read. So each combination of these filters (a set of PPL_SET_* bits) has
 * a statement of its own per order (an ORDER BY is no parameter either),
 * at PPL_PAGE_STMT(set, order). It reads the chosen members once: it
 * returns the page's ids, and PPL_FOUND_ROWS right after it how many were
 * chosen in all (SQL_CALC_FOUND_ROWS) — not a count and then a page, two
 * passes over the same members. Placeholders: q, the LIKE pattern twice,
 * the value of each filter of the set in the order of the bits, LIMIT,
 * OFFSET.
 *
 * Without filters and search, by name or newest first, a page is a
 * stretch of an index (users_status_name, users_status_created) and needs
 * no pass over all members: PPL_ACTIVE_COUNT counts them on the narrowest
 * index, PPL_ACTIVE_BY_NAME / PPL_ACTIVE_BY_NEW (LIMIT, OFFSET) read the
 * index only up to the page's end. By municipality the order is in no one
 * index: every page sorts the ids of all chosen members. */
enum { PPL_SET_FIELD = 1, PPL_SET_LANG = 2, PPL_SET_MUNICIPALITY = 4, PPL_SETS = 8 };
enum { PPL_ORDER_NAME, PPL_ORDER_NEW, PPL_ORDER_MUNICIPALITY, PPL_ORDERS };
#define PPL_PAGE_STMT(set, order) (PPL_PAGES + (set)*PPL_ORDERS + (order))

enum people_stmt {
	PPL_PAGES,
	PPL_FOUND_ROWS = PPL_PAGES + PPL_SETS * PPL_ORDERS,
	PPL_ACTIVE_COUNT,
	PPL_ACTIVE_BY_NAME,
	PPL_ACTIVE_BY_NEW,
	/* The page's members, in the order of a JSON array of their ids. */
	PPL_PAGE_DETAILS,
	PPL_SHOW,
	PPL_FIELDS_OF,
	PPL_LANGS_OF,
	PPL_ALL_FIELDS,
	PPL_ALL_LANGS,
	PPL_ALL_MUNICIPALITIES,
	PPL_PROFILE_UPSERT,
	PPL_FIELDS_CLEAR,
	PPL_FIELD_ADD,
	PPL_LANGS_CLEAR,
	PPL_LANG_ADD,
	PPL_PHOTO_SET,
	PPL_MUNICIPALITY_EXISTS,
	PPL_COUNT_STMTS
};
extern struct kp_sql people_sql[PPL_COUNT_STMTS];

/* Columns of PPL_SHOW. */
enum {
	P_ID,
	P_NAME,
	P_EMAIL,
	P_POSITION,
	P_MUNICIPALITY_ID,
	P_MUNICIPALITY,
	P_PHONE,
	P_PHONE_VISIBLE,
	P_EMAIL_VISIBLE,
	P_ABOUT,
	P_PHOTO,
	P_THUMB,
	P_PHOTO_MIME
};

void people_list(struct kp_req *r, const char *const *args);
void people_show(struct kp_req *r, const char *const *args);
void people_vcard(struct kp_req *r, const char *const *args);
void people_photo(struct kp_req *r, const char *const *args);
void people_thumb(struct kp_req *r, const char *const *args);
void profile_edit_redirect(struct kp_req *r, const char *const *args);
void profile_edit_show(struct kp_req *r, const char *const *args);
void profile_edit_submit(struct kp_req *r, const char *const *args);

/* photo.c: what the profile form asks of the photo. */
struct photo_change {
	int change;                       /* 0: keep the photo as it is */
	const char *photo, *thumb, *mime; /* all NULL: remove it */
};
/* Checks and stores an uploaded photo (the form's "photo" part: into the
 * file store, not yet the profile) or notes its removal ("remove_photo").
 * Returns a db status (KP_DB_DOWN when the disk is full), or
 * PHOTO_REFUSED when the file is no acceptable image (the message is set
 * at the field). */
#define PHOTO_REFUSED 1
int photo_prepare(struct kp_req *r, struct photo_change *change);

/* Shared by the handlers (profile.c). */
/* The member with this id ("123" from the path) if active, as one row of
 * PPL_SHOW; otherwise answers 404 and returns -1. */
int profile_load(struct kp_req *r, const char *id_text, struct kp_rows *row);
/* 1 when the signed-in user may see the hidden details / edit this
 * profile: the member themself or a site admin. */
int profile_is_own_or_admin(struct kp_req *r, long long user_id);
/* Page.Fields / Page.Languages / Page.Municipalities: the choices of the
 * filter and profile forms (list.c). Returns a db status. */
int people_choices(struct kp_req *r);

#endif
