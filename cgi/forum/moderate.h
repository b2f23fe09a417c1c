/* forum, part "moderate" (see forum.h). */
#ifndef KP_FORUM_MODERATE_H
#define KP_FORUM_MODERATE_H
#include "forum.h"

/* clang-format off */
#define FORUM_MODERATE_ROUTES
/* clang-format on */

#endif
