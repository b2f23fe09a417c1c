/* account: sign-in, sign-out, registration, e-mail verification,
 * invitations, password reset, and the own settings and sessions. */
#include "account.h"

static const struct kp_route routes[] = {
    {"GET", "/login", login_show, KP_ROUTE_PUBLIC},
    {"POST", "/login", login_submit, KP_ROUTE_PUBLIC},
    {"POST", "/logout", logout_submit, KP_ROUTE_PUBLIC | KP_ROUTE_SIGNED_OUT_NOOP},
    {"GET", "/register", register_show, KP_ROUTE_PUBLIC},
    {"POST", "/register", register_submit, KP_ROUTE_PUBLIC},
    {"GET", "/verify/*", verify_show, KP_ROUTE_PUBLIC},
    {"POST", "/verify/*", verify_submit, KP_ROUTE_PUBLIC},
    {"GET", "/password/forgot", forgot_show, KP_ROUTE_PUBLIC},
    {"POST", "/password/forgot", forgot_submit, KP_ROUTE_PUBLIC},
    {"GET", "/password/reset/*", reset_show, KP_ROUTE_PUBLIC},
    {"POST", "/password/reset", reset_submit, KP_ROUTE_PUBLIC},
    {"GET", "/invite/*", invite_show, KP_ROUTE_PUBLIC},
    {"POST", "/invite/*", invite_submit, KP_ROUTE_PUBLIC},
    {"GET", "/account", settings_show, 0},
    {"POST", "/account/profile", settings_profile, 0},
    {"POST", "/account/email", settings_email, 0},
    {"POST", "/account/password", settings_password, 0},
    {"POST", "/account/sessions/*/end", settings_session_end, 0},
    {"POST", "/account/sessions/end-others", settings_sessions_end_others, 0},
    {"POST", "/account/notifications", settings_notifications, 0},
    {NULL, NULL, NULL, 0},
};

static const struct kp_program account = {"account", routes};

int main(int argc, char **argv)
{
	return kp_main(argc, argv, &account);
}
