/* csrf: every POST carries a token that only our own pages know, compared
 * in constant time, and must come from our own origin.
 *
 * The token is derived, not stored: HMAC-SHA256(Site.Secret, session token)
 * for signed-in users — so it is per session and dies with it — and, for
 * signed-out forms (login, register, reset), HMAC over a random pre-session
 * cookie ("kp_pre"), so that a login form cannot be submitted from
 * elsewhere either.
 *
 * What a page carries is masked afresh for every response (a random pad,
 * then pad XOR token), so a compressed page over TLS gives a BREACH-style
 * attacker no constant secret to guess byte by byte. */
#ifndef KP_CSRF_H
#define KP_CSRF_H
#include "request.h"

/* Sets r->csrf_token (and the kp_pre cookie when a signed-out visitor has
 * none). Call again after the session changed. */
void kp_csrf_prepare(struct kp_req *r);
/* 0 when the POST may proceed: same origin (Origin, else Sec-Fetch-Site,
 * when the browser sends them) and the form field "csrf" matches. */
int kp_csrf_check(struct kp_req *r);

#endif
