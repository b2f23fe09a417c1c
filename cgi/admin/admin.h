/* The admin program: the coordinators' desk under /admin (DESIGN.md 2),
 * and the public legal pages (/impressum, /datenschutz,
 * /barrierefreiheit). Its SQL lives in one statement table (admin_sql.c).
 *
 * Every /admin page first passes admin_begin (gate.c): a site admin (or,
 * where a page says so, a site moderator) whose session has given a
 * second factor (twofa.c). Everybody else gets 404: the desk is not
 * there for them. Every POST is audited (admin_audit). */
#ifndef KP_ADMIN_H
#define KP_ADMIN_H
#include "app.h"
#include "db.h"
#include "request.h"

enum admin_stmt {
	A_SESSION_VERIFIED,
	A_SESSION_SET_VERIFIED,
	A_TOTP_GET,
	A_TOTP_INSERT,
	A_TOTP_CONFIRM,
	A_TOTP_STEP,
	A_TOTP_DROP_UNCONFIRMED,
	A_RECOVERY_DELETE,
	A_RECOVERY_INSERT,
	A_RECOVERY_USE,
	A_RECOVERY_LEFT,
	A_COUNTS,
	A_USERS_COUNT,
	A_USERS_LIST,
	A_USERS_EXPORT,
	A_USER_GET,
	A_USER_BY_EMAIL,
	A_USER_GROUPS,
	A_USER_ORGS,
	A_USER_SESSIONS,
	A_USER_SET_ROLE,
	A_USER_SET_STATUS,
	A_USER_APPROVE,
	A_USER_REJECT,
	A_USER_ANONYMISE,
	A_USER_DROP_PROFILE,
	A_USER_DROP_ORGS,
	A_USER_GROUP_IDS,
	A_USER_DROP_GROUPS,
	A_USER_DROP_TOKENS,
	A_USER_DROP_TOTP,
	A_USER_DROP_RECOVERY,
	A_USER_DROP_NOTIFICATIONS,
	A_PENDING,
	A_SETTINGS_GET,
	A_SETTING_SET,
	A_LEGAL_GET,
	A_LEGAL_SET,
	A_AUDIT_COUNT,
	A_AUDIT_LIST,
	A_FIELDS_LIST,
	A_FIELDS_INSERT,
	A_FIELDS_UPDATE,
	A_TYPES_LIST,
	A_TYPES_INSERT,
	A_TYPES_UPDATE,
	A_CATEGORIES_LIST,
	A_REPORTS_COUNT,
	A_REPORTS_LIST,
	A_REPORT_GET,
	A_REPORTS_RESOLVE,
	A_POST_GET,
	A_POST_HIDE,
	A_POST_RESTORE,
	A_DOC_GET,
	A_DOC_BIN,
	A_DOC_UNBIN,
	A_ORGS_UNVERIFIED,
	A_ORGS_ALL,
	A_OFFERS_OUTDATED,
	A_ORG_VERIFY,
	A_ORG_REJECT,
	A_ORG_LOCK,
	A_ORG_MERGE_MEMBERS,
	A_ORG_DROP_MEMBERS,
	A_ORG_MERGE_OFFERS,
	A_ORG_MERGE_FIELDS,
	A_ORG_DROP,
	A_GROUPS_COUNT,
	A_GROUPS_LIST,
	A_GROUP_LOCK,
	A_GROUP_ARCHIVE,
	A_GROUP_RESTORE,
	A_USER_ACTIVE_BY_EMAIL,
	A_GROUP_OWNERS_DEMOTE,
	A_GROUP_ACTIVE_MEMBER,
	A_GROUP_OWNER_SET,
	A_GROUP_SLUG,
	A_GROUP_ENTER,
	A_STATS_MEMBERS,
	A_STATS_MONTH_MEMBERS,
	A_STATS_MONTH_TOPICS,
	A_STATS_MONTH_POSTS,
	A_STATS_MONTH_DOCUMENTS,
	A_STATS_MONTH_EVENTS,
	A_STATS_MONTH_SIGNUPS,
	A_STATS_TOP_GROUPS,
	A_STATS_TOP_FIELDS,
	A_COUNT
};
extern struct kp_sql admin_sql[A_COUNT];

/* The least site role a page needs. */
enum admin_need { NEED_ADMIN, NEED_MODERATOR };

/* Gate of every /admin page but the second-factor ones: 1 when the user
 * has the role and a verified session; else the answer is given (404, or
 * a redirect to /admin/2fa/verify) and 0 returned. */
int admin_begin(struct kp_req *r, enum admin_need need);
/* Declared fields valid? Else answers 400 and returns 0. */
int admin_fields_ok(struct kp_req *r, const struct kp_field *fields);
/* An audit entry by the signed-in user; detail is cut to 255 characters. */
int admin_audit(struct kp_req *r, const char *action, long long target_id, const char *detail);
/* Copy of a form field without blanks at the ends ("" when absent). */
char *admin_form_trim(struct kp_req *r, const char *name);
/* Site.BaseURL + path, for links in mails. */
const char *admin_link(struct kp_req *r, const char *path);
/* A site setting's value, def when the row is missing; db status. */
int admin_setting(struct kp_req *r, const char *name, const char *def, const char **out);

/* Handlers, one group per file. */
void admin_home(struct kp_req *r, const char *const *args);
void twofa_setup_show(struct kp_req *r, const char *const *args);
void twofa_setup_submit(struct kp_req *r, const char *const *args);
void twofa_verify_show(struct kp_req *r, const char *const *args);
void twofa_verify_submit(struct kp_req *r, const char *const *args);
void users_list(struct kp_req *r, const char *const *args);
void users_export(struct kp_req *r, const char *const *args);
void users_pending(struct kp_req *r, const char *const *args);
void user_show(struct kp_req *r, const char *const *args);
void user_approve(struct kp_req *r, const char *const *args);
void user_reject(struct kp_req *r, const char *const *args);
void user_role(struct kp_req *r, const char *const *args);
void user_suspend(struct kp_req *r, const char *const *args);
void user_unsuspend(struct kp_req *r, const char *const *args);
void user_reset_link(struct kp_req *r, const char *const *args);
void user_reset_2fa(struct kp_req *r, const char *const *args);
void user_delete(struct kp_req *r, const char *const *args);
void users_invite_show(struct kp_req *r, const char *const *args);
void users_invite_submit(struct kp_req *r, const char *const *args);
void settings_show(struct kp_req *r, const char *const *args);
void settings_submit(struct kp_req *r, const char *const *args);
void logo_submit(struct kp_req *r, const char *const *args);
void site_logo(struct kp_req *r, const char *const *args);
void legal_edit_show(struct kp_req *r, const char *const *args);
void legal_edit_submit(struct kp_req *r, const char *const *args);
void legal_public(struct kp_req *r, const char *const *args);
void audit_list(struct kp_req *r, const char *const *args);
void content_show(struct kp_req *r, const char *const *args);
void content_create(struct kp_req *r, const char *const *args);
void content_update(struct kp_req *r, const char *const *args);
void orgs_show(struct kp_req *r, const char *const *args);
void org_verify(struct kp_req *r, const char *const *args);
void org_reject(struct kp_req *r, const char *const *args);
void orgs_merge(struct kp_req *r, const char *const *args);
void stats_show(struct kp_req *r, const char *const *args);
void stats_csv(struct kp_req *r, const char *const *args);
void groups_list(struct kp_req *r, const char *const *args);
void group_archive(struct kp_req *r, const char *const *args);
void group_restore(struct kp_req *r, const char *const *args);
void group_enter(struct kp_req *r, const char *const *args);
void group_transfer(struct kp_req *r, const char *const *args);
void reports_list(struct kp_req *r, const char *const *args);
void report_decide(struct kp_req *r, const char *const *args);

#endif
