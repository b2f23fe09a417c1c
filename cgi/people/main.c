/* people: member profiles and the member directory, organisations and
 * their offers, the public directory. Each part declares its routes in
 * its header; the table below only orders them (first match wins). */
#include "directory.h"
#include "offers.h"
#include "orgs.h"
#include "people.h"

/* One part per line. */
/* clang-format off */
static const struct kp_route routes[] = {
    {"GET", "/people", people_list, 0},
    {"GET", "/people/*", people_show, 0},
    {"GET", "/people/*/vcard", people_vcard, 0},
    {"GET", "/people/*/photo", people_photo, 0},
    {"GET", "/people/*/thumb", people_thumb, 0},
    {"GET", "/people/*/edit", profile_edit_show, 0},
    {"POST", "/people/*/edit", profile_edit_submit, KP_ROUTE_MULTIPART},
    {"GET", "/profile/edit", profile_edit_redirect, 0},
    OFFER_ROUTES
    ORG_ROUTES
    DIRECTORY_ROUTES
    {NULL, NULL, NULL, 0},
};
/* clang-format on */

static const struct kp_program people = {"people", routes};

int main(int argc, char **argv)
{
	return kp_main(argc, argv, &people);
}
