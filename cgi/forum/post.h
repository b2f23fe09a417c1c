/* forum, part "post" (see forum.h). */
#ifndef KP_FORUM_POST_H
#define KP_FORUM_POST_H
#include "forum.h"

/* clang-format off */
#define FORUM_POST_ROUTES
/* clang-format on */

#endif
