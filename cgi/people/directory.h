/* The public directory (/directory): verified organisations and offers
 * whose editors chose "public", without sign-in, with CSV and JSON
 * exports. Statements in directory_sql.c. */
#ifndef KP_DIRECTORY_H
#define KP_DIRECTORY_H
#include "app.h"
#include "db.h"

/* The routes of this part, spliced into main.c's table. */
#define DIRECTORY_ROUTES

#endif
