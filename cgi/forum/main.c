/* forum: the network's forum and the groups' forums (forum.h). Each part
 * declares its routes in its header, each route under both prefixes
 * (FORUM_ROUTE); the table below only orders them (first match wins). */
#include "moderate.h"
#include "post.h"
#include "read.h"

/* clang-format off */
static const struct kp_route routes[] = {
    FORUM_READ_ROUTES
    FORUM_POST_ROUTES
    FORUM_MODERATE_ROUTES
    {NULL, NULL, NULL, 0},
};
/* clang-format on */

static const struct kp_program forum = {"forum", routes};

int main(int argc, char **argv)
{
	return kp_main(argc, argv, &forum);
}
