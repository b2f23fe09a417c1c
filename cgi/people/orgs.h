/* Organisations: /orgs (the members' list with filters), /orgs/ID,
 * /orgs/new, /orgs/ID/edit, contact persons and their roles, the logo, an
 * admin's confirmation. Statements in org_sql.c. */
#ifndef KP_ORGS_H
#define KP_ORGS_H
#include "app.h"
#include "db.h"

/* The routes of this part, spliced into main.c's table. */
#define ORG_ROUTES

#endif
