/* forum, part "read" (see forum.h). */
#ifndef KP_FORUM_READ_H
#define KP_FORUM_READ_H
#include "forum.h"

/* clang-format off */
#define FORUM_READ_ROUTES
/* clang-format on */

#endif
