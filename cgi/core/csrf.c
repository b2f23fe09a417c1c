#include "csrf.h"

#include <string.h>

#include "config.h"
#include "crypto.h"

#define MASKED_LEN 86 /* base64url of 64 bytes: pad and masked token */

/* The unmasked token: HMAC over the session (or pre-session) secret; kind
 * separates the two families so one can't stand in for the other. */
static void derive(const char *kind, const char *secret_input, unsigned char mac[32])
{
	size_t kl = strlen(kind), sl = strlen(secret_input);
	char msg[160];
	if (kl + 1 + sl >= sizeof(msg))
		sl = sizeof(msg) - kl - 2;
	memcpy(msg, kind, kl);
	msg[kl] = ':';
	memcpy(msg + kl + 1, secret_input, sl);
	kp_hmac_sha256(kp_cfg.secret, strlen(kp_cfg.secret), msg, kl + 1 + sl, mac);
}

static const char *masked(struct kp_req *r, const unsigned char mac[32])
{
	unsigned char buf[64];
	if (kp_random(buf, 32) != 0)
		return NULL;
	for (int i = 0; i < 32; i++)
		buf[32 + i] = buf[i] ^ mac[i];
	char *out = kp_arena_alloc(&r->arena, MASKED_LEN + 1);
	if (out)
		kp_base64url(buf, sizeof(buf), out);
	return out;
}

void kp_csrf_prepare(struct kp_req *r)
{
	unsigned char mac[32];
	if (r->session_token) {
		derive("session", r->session_token, mac);
		r->csrf_token = masked(r, mac);
		return;
	}
	const char *pre = kp_param_value(&r->cookies, kp_cookie_name(r, "kp_pre"));
	if (!pre || !kp_token_valid(pre)) {
		char fresh[KP_TOKEN_LEN + 1];
		if (kp_token_new(fresh) != 0) {
			r->csrf_token = NULL;
			return;
		}
		pre = kp_arena_strdup(&r->arena, fresh);
		kp_cookie(r, "kp_pre", pre, -1);
		/* Later cookie lookups in this request see the new value. */
		kp_params_add(&r->arena, &r->cookies, kp_cookie_name(r, "kp_pre"),
		              strlen(kp_cookie_name(r, "kp_pre")), pre, strlen(pre));
	}
	derive("pre", pre, mac);
	r->csrf_token = masked(r, mac);
}

int kp_csrf_check(struct kp_req *r)
{
	if (*r->origin) {
		if (strcmp(r->origin, kp_cfg.origin) != 0)
			return -1;
	} else if (*r->sec_fetch_site && strcmp(r->sec_fetch_site, "same-origin") != 0) {
		return -1;
	}
	const char *sent = kp_form(r, "csrf");
	unsigned char buf[66];
	if (!sent || strlen(sent) != MASKED_LEN || kp_base64url_decode(sent, MASKED_LEN, buf) != 64)
		return -1;
	unsigned char expected[32], got[32];
	if (r->session_token) {
		derive("session", r->session_token, expected);
	} else {
		const char *pre = kp_param_value(&r->cookies, kp_cookie_name(r, "kp_pre"));
		if (!pre || !kp_token_valid(pre))
			return -1;
		derive("pre", pre, expected);
	}
	for (int i = 0; i < 32; i++)
		got[i] = buf[i] ^ buf[32 + i];
	return kp_ct_equal(got, expected, 32) ? 0 : -1;
}
