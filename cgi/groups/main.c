/* groups: the working groups' workspaces (groups.h). Each part declares
 * its routes in its header; the table below only orders them (first
 * match wins). */
#include "members.h"
#include "pages.h"

/* clang-format off */
static const struct kp_route routes[] = {
    GROUPS_PAGE_ROUTES
    GROUPS_MEMBER_ROUTES
    {NULL, NULL, NULL, 0},
};
/* clang-format on */

static const struct kp_program groups = {"groups", routes};

int main(int argc, char **argv)
{
	return kp_main(argc, argv, &groups);
}
