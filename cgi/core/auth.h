/* auth: passwords and sign-in throttling.
 *
 * Hashes are yescrypt ("$y$") through libxcrypt with a fresh salt each.
 * Policy: at least 10 characters (code points, so a Unicode passphrase
 * counts what a person typed), at most 1024 bytes, not a common password.
 * Throttling counts failed sign-ins per account and per address within
 * Auth.ThrottleWindow; a sign-in answered "too many" is not counted, so the
 * block ends when the window has passed. */
#ifndef KP_AUTH_H
#define KP_AUTH_H
#include <stddef.h>
#include "request.h"

#define KP_HASH_MAX 128

/* Prepares the dummy hash (kp_password_verify); once per worker. */
int kp_auth_init(void);
int kp_password_hash(const char *password, char out[KP_HASH_MAX]);
/* 1 when the password matches the hash. With hash == NULL, checks against
 * a dummy hash (same cost) and returns 0: unknown accounts take as long as
 * known ones. */
int kp_password_verify(const char *password, const char *hash);
/* NULL when acceptable, else the Lang key of the reason. */
const char *kp_password_policy(const char *password, const char *email);

/* Normalises an e-mail address in place (trim, lower-case) and returns 0
 * when it looks like an address we can send to. */
int kp_email_normalise(char *email);

/* Seconds until another sign-in for this address/account may be tried, 0
 * when now. < 0: database status (db.h). */
long kp_throttle_wait(struct kp_req *r, const char *email);
/* Records an attempt: result "ok", "fail" or "throttled". */
int kp_throttle_record(struct kp_req *r, const char *email, const char *result);

#endif
