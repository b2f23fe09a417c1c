/* once: one-time form tokens, so that a form which creates something
 * creates it once however often it is sent (a double click on "post", a
 * reload of the answer, a browser retrying). Not a security check — the
 * CSRF token is that — so any fresh random token of the right shape will
 * do, and a script posting directly makes up its own.
 *
 * The form carries kp_once_new()'s token in a hidden field (name "once").
 * The handler, inside the transaction that creates the row:
 *
 *   kp_db_begin();
 *   rc = kp_once_claim(r, token, &earlier);   KP_DB_DUPLICATE: sent before
 *   ... create ...
 *   rc = kp_once_done(r, token, "/forum/p/123");
 *   kp_db_end(rc);
 *
 * A second submission blocks on the first one's row until that commits,
 * then finds it taken and gets *earlier, the path the first one led to
 * (redirect there); if the first one rolled back, the second one proceeds
 * as if it were the first. Rows are per user (form_once), kept a day. */
#ifndef KP_ONCE_H
#define KP_ONCE_H
#include "request.h"

/* A fresh token for a form, in r's arena; NULL only if the kernel has no
 * randomness to give (then the page fails with 500). */
const char *kp_once_new(struct kp_req *r);

/* 1 when s has the shape of a token (kp_token_valid). */
int kp_once_valid(const char *s);

/* Records token for the signed-in user. KP_DB_OK: the first use;
 * KP_DB_DUPLICATE: used before, *earlier is where that submission led
 * ("" while it has not said so, which cannot outlast its transaction);
 * other statuses: the database failed. */
int kp_once_claim(struct kp_req *r, const char *token, const char **earlier);

/* Where this submission led (a local path), for a later duplicate. */
int kp_once_done(struct kp_req *r, const char *token, const char *path);

#endif
