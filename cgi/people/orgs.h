/* Organisations: /orgs (the members' list with filters), /orgs/ID,
 * /orgs/new, /orgs/ID/edit, contact persons and their roles, the logo, an
 * admin's confirmation. Statements in org_sql.c. */
#ifndef KP_ORGS_H
#define KP_ORGS_H
#include "app.h"
#include "db.h"

/* The one access decision for organisations (org_access.c): 1 when the
 * signed-in user may edit organisation org_id (and its offers): a site
 * admin, or a member linked to it with the editor role. 0 when not, or
 * when there is no such organisation (deleted ones included); < 0 a db
 * status. Every member may see every organisation that is not deleted. */
int org_can_edit(struct kp_req *r, long long org_id);

/* The routes of this part, spliced into main.c's table. */
#define ORG_ROUTES

#endif
