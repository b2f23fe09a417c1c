/* home: the start page, notifications and search (home.h). */
#include "home.h"

/* clang-format off */
static const struct kp_route routes[] = {
    {"GET", "/", home_dashboard, KP_ROUTE_PUBLIC},
    {"GET", "/notifications", home_notifications, 0},
    {"POST", "/notifications/read", home_notifications_read, 0},
    {"GET", "/notifications/*", home_notification_open, 0},
    {"GET", "/notifications/unsubscribe/*/*/*", home_unsubscribe_show, KP_ROUTE_PUBLIC},
    {"POST", "/notifications/unsubscribe/*/*/*", home_unsubscribe,
     KP_ROUTE_PUBLIC | KP_ROUTE_SIGNED_LINK},
    {"GET", "/search", home_search, 0},
    {NULL, NULL, NULL, 0},
};
/* clang-format on */

static const struct kp_program home = {"home", routes};

int main(int argc, char **argv)
{
	return kp_main(argc, argv, &home);
}
