/* session: who is signed in. A random 256-bit token lives in an HttpOnly,
 * SameSite=Lax cookie ("__Host-kp_session" under TLS); the database keeps
 * only its SHA-256, so a leaked table signs nobody in. A new token at every
 * sign-in (no fixation), idle and absolute timeouts from the config, and
 * every session of a user ends on password change, suspension or deletion
 * (kp_session_end_user). */
#ifndef KP_SESSION_H
#define KP_SESSION_H
#include "request.h"

/* Reads the cookie and fills r->user / r->session_id. Returns a db status
 * (db.h); an unknown, expired or malformed cookie just leaves the request
 * signed out (and deletes the cookie). */
int kp_session_load(struct kp_req *r);
/* Signs user_id in: ends the request's current session, if any, creates a
 * new one and sets the cookie. */
int kp_session_start(struct kp_req *r, long long user_id);
/* Ends the request's session and deletes the cookie. */
int kp_session_end(struct kp_req *r);
/* Ends every session of a user except keep_session_id (0: all). */
int kp_session_end_user(long long user_id, long long keep_session_id);

#endif
