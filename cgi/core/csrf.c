#include "csrf.h"

#include <string.h>

#include "config.h"
#include "crypto.h"

static const char *derive(struct kp_req *r, const char *kind, const char *secret_input)
{
	/* kind separates the two token families so one can't stand in for
	 * the other. */
	char *msg = kp_arena_printf(&r->arena, "%s:%s", kind, secret_input);
	unsigned char mac[32];
	kp_hmac_sha256(kp_cfg.secret, strlen(kp_cfg.secret), msg, strlen(msg), mac);
	char *out = kp_arena_alloc(&r->arena, KP_TOKEN_LEN + 1);
	kp_base64url(mac, sizeof(mac), out);
	return out;
}

void kp_csrf_prepare(struct kp_req *r)
{
	if (r->session_token) {
		r->csrf_token = derive(r, "session", r->session_token);
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
	r->csrf_token = derive(r, "pre", pre);
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
	if (!sent || !r->csrf_token || strlen(sent) != KP_TOKEN_LEN ||
	    strlen(r->csrf_token) != KP_TOKEN_LEN)
		return -1;
	return kp_ct_equal(sent, r->csrf_token, KP_TOKEN_LEN) ? 0 : -1;
}
