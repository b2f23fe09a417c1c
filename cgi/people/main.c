/* people: member profiles and the member directory (organisations, offers
 * and the public directory follow in their own files). */
#include "people.h"

static const struct kp_route routes[] = {
    {"GET", "/people", people_list, 0},
    {"GET", "/people/*", people_show, 0},
    {"GET", "/people/*/vcard", people_vcard, 0},
    {"GET", "/people/*/photo", people_photo, 0},
    {"GET", "/people/*/thumb", people_thumb, 0},
    {"GET", "/people/*/edit", profile_edit_show, 0},
    {"POST", "/people/*/edit", profile_edit_submit, KP_ROUTE_MULTIPART},
    {"GET", "/profile/edit", profile_edit_redirect, 0},
    {NULL, NULL, NULL, 0},
};

static const struct kp_program people = {"people", routes};

int main(int argc, char **argv)
{
	return kp_main(argc, argv, &people);
}
