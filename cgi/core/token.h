/* token: one-time links sent by mail (verify, email change, reset,
 * invite). 256 random bits, only their SHA-256 stored, single use, with an
 * expiry. Shared by the account program, kpctl and, later, the admin
 * pages. */
#ifndef KP_TOKEN_H
#define KP_TOKEN_H
#include "arena.h"
#include "crypto.h"

struct kp_token_row {
	long long id, user_id, created_by;
	long long group_id; /* an invitation into a group (tokens.group_id), else 0 */
	const char *email;
	const char *name, *password_hash; /* registrations only, else NULL */
};

/* Issues a token; the clear text goes to out (for the link), only the
 * hash to the database. user_id / created_by 0: none. Returns db status. */
int kp_token_issue(const char *kind, long long user_id, const char *email, long long created_by,
                   long ttl_seconds, char out[KP_TOKEN_LEN + 1]);
/* An "invite" token from a group's members page: accepting it creates
 * the account and makes it a member of group_id (cgi/account/invite.c).
 * created_by: who invites. */
int kp_token_issue_group_invite(const char *email, long long created_by, long long group_id,
                                long ttl_seconds, char out[KP_TOKEN_LEN + 1]);
/* A "verify" token that carries the registration's name and password
 * hash, applied when it is confirmed. */
int kp_token_issue_registration(long long user_id, const char *email, const char *name,
                                const char *password_hash, long ttl_seconds,
                                char out[KP_TOKEN_LEN + 1]);
/* Finds an unused, unexpired token of that kind. Returns db status;
 * *found is 0 when there is none (malformed tokens are simply not found). */
int kp_token_find(struct kp_arena *a, const char *kind, const char *token, struct kp_token_row *row,
                  int *found);
/* Marks it used; 0 affected rows (used meanwhile by a second click) makes
 * this fail with KP_DB_CONFLICT, so a token works exactly once. */
int kp_token_use(long long id);
/* Marks every unused token of a user and kind used (after a reset, the
 * other reset links die too). */
int kp_token_use_all(long long user_id, const char *kind);

#endif
