/* events: the network's calendar and the groups' events (events.h). The
 * table only orders the routes: first match wins, so the fixed words
 * ("new", "feed") come before an event's id. */
#include "events.h"

/* clang-format off */
static const struct kp_route routes[] = {
    /* Calendar programs fetch the feed without a session: its token is
     * the sign-in (ics.c). */
    {"GET", "/events/feed/*.ics", events_feed, KP_ROUTE_PUBLIC},
    {"POST", "/events/feed/renew", events_feed_renew, 0},
    {"POST", "/events/feed/revoke", events_feed_revoke, 0},
    EVENTS_ROUTE("GET", "", events_list, 0),
    EVENTS_ROUTE("GET", "/new", events_new_form, 0),
    EVENTS_ROUTE("POST", "/new", events_new_submit, 0),
    EVENTS_ROUTE("GET", "/*.ics", events_ics, 0),
    EVENTS_ROUTE("GET", "/*", events_show, 0),
    EVENTS_ROUTE("GET", "/*/edit", events_edit_form, 0),
    EVENTS_ROUTE("POST", "/*/edit", events_edit_submit, 0),
    EVENTS_ROUTE("POST", "/*/cancel", events_cancel, 0),
    EVENTS_ROUTE("POST", "/*/dates/*/cancel", events_cancel_date, 0),
    EVENTS_ROUTE("POST", "/*/rsvp", events_rsvp, 0),
    EVENTS_ROUTE("GET", "/*/attendees", events_attendees, 0),
    EVENTS_ROUTE("GET", "/*/attendees.csv", events_attendees_csv, 0),
    {NULL, NULL, NULL, 0},
};
/* clang-format on */

static const struct kp_program events = {"events", routes};

int main(int argc, char **argv)
{
	return kp_main(argc, argv, &events);
}
