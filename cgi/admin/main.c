/* admin: the coordinators' desk under /admin (admin.h) and the public
 * legal pages. */
#include "admin.h"

static const struct kp_route routes[] = {
    {"GET", "/admin", admin_home, 0},
    {"GET", "/admin/2fa/setup", twofa_setup_show, 0},
    {"POST", "/admin/2fa/setup", twofa_setup_submit, 0},
    {"GET", "/admin/2fa/verify", twofa_verify_show, 0},
    {"POST", "/admin/2fa/verify", twofa_verify_submit, 0},
    {"GET", "/admin/users", users_list, 0},
    {"GET", "/admin/users/export.csv", users_export, 0},
    {"GET", "/admin/users/pending", users_pending, 0},
    {"GET", "/admin/users/invite", users_invite_show, 0},
    {"POST", "/admin/users/invite", users_invite_submit, 0},
    {"GET", "/admin/users/*", user_show, 0},
    {"POST", "/admin/users/*/approve", user_approve, 0},
    {"POST", "/admin/users/*/reject", user_reject, 0},
    {"POST", "/admin/users/*/role", user_role, 0},
    {"POST", "/admin/users/*/suspend", user_suspend, 0},
    {"POST", "/admin/users/*/unsuspend", user_unsuspend, 0},
    {"POST", "/admin/users/*/reset", user_reset_link, 0},
    {"POST", "/admin/users/*/delete", user_delete, 0},
    {"POST", "/admin/users/*/reset-2fa", user_reset_2fa, 0},
    {"GET", "/admin/settings", settings_show, 0},
    {"POST", "/admin/settings", settings_submit, 0},
    {"POST", "/admin/settings/logo", logo_submit, KP_ROUTE_MULTIPART},
    {"GET", "/admin/legal/*", legal_edit_show, 0},
    {"POST", "/admin/legal/*", legal_edit_submit, 0},
    {"GET", "/admin/audit", audit_list, 0},
    {"GET", "/admin/content/*", content_show, 0},
    {"POST", "/admin/content/*/new", content_create, 0},
    {"POST", "/admin/content/*/*", content_update, 0},
    {"GET", "/admin/orgs", orgs_show, 0},
    {"POST", "/admin/orgs/merge", orgs_merge, 0},
    {"POST", "/admin/orgs/*/verify", org_verify, 0},
    {"POST", "/admin/orgs/*/reject", org_reject, 0},
    {"GET", "/admin/stats", stats_show, 0},
    {"GET", "/admin/stats.csv", stats_csv, 0},
    {"GET", "/admin/groups", groups_list, 0},
    {"POST", "/admin/groups/*/archive", group_archive, 0},
    {"POST", "/admin/groups/*/restore", group_restore, 0},
    {"POST", "/admin/groups/*/owner", group_transfer, 0},
    {"POST", "/admin/groups/*/enter", group_enter, 0},
    {"GET", "/admin/reports", reports_list, 0},
    {"POST", "/admin/reports/*", report_decide, 0},
    {"GET", "/impressum", legal_public, KP_ROUTE_PUBLIC},
    {"GET", "/datenschutz", legal_public, KP_ROUTE_PUBLIC},
    {"GET", "/barrierefreiheit", legal_public, KP_ROUTE_PUBLIC},
    {"GET", "/site/logo", site_logo, KP_ROUTE_ANONYMOUS},
    {NULL, NULL, NULL, 0},
};

static const struct kp_program admin = {"admin", routes};

int main(int argc, char **argv)
{
	return kp_main(argc, argv, &admin);
}
