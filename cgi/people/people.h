/* The people program: member profiles and the member directory
 * (DESIGN.md 2: /people, /profile; organisations, offers and the public
 * /directory follow). Its SQL lives in one statement table
 * (people_sql.c); each file holds the handlers of one page. */
#ifndef KP_PEOPLE_H
#define KP_PEOPLE_H
#include "app.h"
#include "db.h"

enum people_stmt {
	PPL_COUNT,
	/* The list in its three orders (?sort=name, new, municipality): an
	 * ORDER BY is no parameter, so one statement per order. */
	PPL_LIST_BY_NAME,
	PPL_LIST_BY_NEW,
	PPL_LIST_BY_MUNICIPALITY,
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
