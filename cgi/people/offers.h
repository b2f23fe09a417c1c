/* Offers (Angebote) of an organisation: /orgs/offers (the members' list),
 * /orgs/ID/offers/new, /orgs/ID/offers/ID (show, edit, confirm as
 * current). Statements in offer_sql.c. */
#ifndef KP_OFFERS_H
#define KP_OFFERS_H
#include "app.h"
#include "db.h"

/* The routes of this part, spliced into main.c's table (before
 * ORG_ROUTES: "/orgs/offers" must win over "/orgs/ID"). */
#define OFFER_ROUTES

#endif
