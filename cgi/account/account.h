/* The account program: sign-in, registration with approval, invitations,
 * password reset and the own settings (DESIGN.md 2). Its SQL lives in one
 * statement table (account_sql.c); each file holds the handlers of one
 * page. */
#ifndef KP_ACCOUNT_H
#define KP_ACCOUNT_H
#include "app.h"
#include "db.h"

enum account_stmt {
	ACC_USER_BY_EMAIL,
	ACC_USER_BY_ID,
	ACC_USER_INSERT,
	ACC_USER_CONFIRM,
	ACC_USER_SET_PROFILE,
	ACC_USER_SET_PASSWORD,
	ACC_USER_SET_PENDING_EMAIL,
	ACC_USER_SET_EMAIL,
	ACC_USER_LOGGED_IN,
	ACC_RESET_REQUEST,
	ACC_SESSIONS_OF_USER,
	ACC_CALENDAR_FEED,
	ACC_SESSION_END,
	ACC_ADMINS,
	ACC_GROUP_LOCK,
	ACC_GROUP_OF_INVITE,
	ACC_GROUP_MEMBER_ADD,
	ACC_GROUP_INVITER_MANAGES,
	ACC_REGISTRATION_SETTING,
	ACC_COUNT
};
extern struct kp_sql account_sql[ACC_COUNT];

/* Columns of ACC_USER_BY_EMAIL / ACC_USER_BY_ID. */
enum { U_ID, U_EMAIL, U_NAME, U_HASH, U_STATUS, U_LANG, U_PENDING_EMAIL };

/* Handlers, one group per file. */
void login_show(struct kp_req *r, const char *const *args);
void login_submit(struct kp_req *r, const char *const *args);
void logout_submit(struct kp_req *r, const char *const *args);
void register_show(struct kp_req *r, const char *const *args);
void register_submit(struct kp_req *r, const char *const *args);
void verify_show(struct kp_req *r, const char *const *args);
void verify_submit(struct kp_req *r, const char *const *args);
void forgot_show(struct kp_req *r, const char *const *args);
void forgot_submit(struct kp_req *r, const char *const *args);
void reset_show(struct kp_req *r, const char *const *args);
void reset_submit(struct kp_req *r, const char *const *args);
void invite_show(struct kp_req *r, const char *const *args);
void invite_submit(struct kp_req *r, const char *const *args);
void settings_show(struct kp_req *r, const char *const *args);
void settings_profile(struct kp_req *r, const char *const *args);
void settings_email(struct kp_req *r, const char *const *args);
void settings_password(struct kp_req *r, const char *const *args);
void settings_session_end(struct kp_req *r, const char *const *args);
void settings_sessions_end_others(struct kp_req *r, const char *const *args);
/* The settings page with the given status (after a refused POST: what
 * was sent is in Page.Form / Page.NotifyPrefs.Sent). */
void settings_show_status(struct kp_req *r, int status);
/* The section of notification preferences (notify_prefs.c): fills
 * Page.NotifyPrefs.* for the settings page (KP_DB_*), and its POST. */
int notify_prefs_load(struct kp_req *r);
void settings_notifications(struct kp_req *r, const char *const *args);

/* Shared by the handlers (forms.c). */
/* Declared fields valid? Otherwise answers 400 and returns -1. */
int form_fields_ok(struct kp_req *r, const struct kp_field *fields);
/* Copy of a form field in the arena ("" when absent). */
char *form_copy(struct kp_req *r, const char *name);
/* Checks a display name (1 to 100 characters, no blanks at the ends);
 * NULL or the Lang key of the problem. Forms declare "name" with a byte
 * limit of 400 so that any script reaches this check and gets a message
 * at the field rather than a bare 400. */
const char *name_problem(const char *name);
/* Checks a new password and its repetition; sets the field errors. */
int new_password_ok(struct kp_req *r, const char *password, const char *password2,
                    const char *email);
/* A message page (templates/account/notice.cs). */
void notice(struct kp_req *r, int status, const char *key, const char *link, const char *link_key);
/* The user's row by e-mail (rows->count 0 when none); db status. */
int user_by_email(struct kp_req *r, const char *email, struct kp_rows *rows);
/* 0 with *row filled when token is a live one-time link of one of kinds
 * (NULL-terminated; *kind, if not NULL, tells which); otherwise the answer
 * has been given — "link not valid" (404, with a link to retry_link) or
 * the database's error page — and -1 is returned. */
struct kp_token_row;
int live_token(struct kp_req *r, const char *const *kinds, const char *token,
               struct kp_token_row *row, const char **kind, const char *retry_link,
               const char *retry_key);
/* A full link for mails: Site.BaseURL + path + token (token may be NULL). */
const char *site_link(struct kp_req *r, const char *path, const char *token);

#endif
