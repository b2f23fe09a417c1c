/* The second factor of admins and moderators (issue 8): TOTP (RFC 6238:
 * HMAC-SHA1, 30-second steps, 6 digits, liboath) set up with a QR code
 * drawn here as SVG (libqrencode gives the modules), plus ten recovery
 * codes shown once. A session may open /admin only after a code was given
 * in it (sessions.second_factor_at).
 *
 *   /admin/2fa/setup   a new secret until a first code confirms it; then
 *                      the recovery codes, once
 *   /admin/2fa/verify  a TOTP code or a recovery code for this session
 *
 * A code is accepted for the step before, the current and the next one
 * (clocks of phones drift), and only for a step after the last accepted
 * one (user_totp.last_step): a code seen over a shoulder or in a proxy's
 * log cannot be used again. Failures count as failed sign-ins of the
 * account (auth.h throttling): a million codes cannot be tried.
 *
 * The secret has to be read back (a code is computed from it), so it
 * cannot be hashed; it is stored sealed instead: AES-256-GCM with a key
 * derived from Site.Secret and the user's id as associated data, so a
 * copy of the database (a backup, a dump) gives nobody the codes, and a
 * row copied to another user does not open. A changed Site.Secret makes
 * the stored secrets unreadable: the people set up a new factor after a
 * reset (/admin/users/ID, or kpctl user reset-2fa). */
#include <liboath/oath.h>
#include <openssl/evp.h>
#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "admin.h"
#include "auth.h"
#include "config.h"
#include "crypto.h"
#include "view.h"

#define TOTP_STEP     30
#define TOTP_DIGITS   6
#define SECRET_BYTES  20 /* 160 bits, RFC 4226's recommendation */
#define RECOVERY_N    10
#define RECOVERY_LEN  10
#define RECOVERY_ALPH "0123456789abcdefghjkmnpqrstvwxyz" /* Crockford: no i l o u */

static const struct kp_field code_fields[] = {{"code", 200, 0}, {NULL, 0, 0}};

static int oath_ready(void)
{
	static int done;
	if (!done && oath_init() == OATH_OK)
		done = 1;
	return done;
}

/* A fresh secret as base32 text in the arena, or NULL. */
static char *new_secret(struct kp_req *r)
{
	unsigned char raw[SECRET_BYTES];
	char *b32 = NULL;
	size_t len = 0;
	if (!oath_ready() || kp_random(raw, sizeof(raw)) != 0 ||
	    oath_base32_encode((const char *)raw, sizeof(raw), &b32, &len) != OATH_OK)
		return NULL;
	char *out = kp_arena_strndup(&r->arena, b32, len);
	free(b32);
	return out;
}

#define SEAL_PREFIX "v1."
#define SEAL_NONCE  12
#define SEAL_TAG    16
#define SEAL_MAX    64 /* bytes of plain text (a base32 secret is 32) */

static void seal_key(unsigned char key[32])
{
	static const char label[] = "knotenpunkt admin totp v1";
	kp_hmac_sha256(kp_cfg.secret, strlen(kp_cfg.secret), label, sizeof(label) - 1, key);
}

/* AES-256-GCM over one short text, bound to the user: "v1." + base64url
 * of nonce, cipher text and tag, in the arena; NULL on failure. */
static char *seal(struct kp_req *r, long long user_id, const char *plain)
{
	size_t n = strlen(plain);
	unsigned char key[32], buf[SEAL_NONCE + SEAL_MAX + SEAL_TAG];
	char aad[24];
	int len = 0, ok = n <= SEAL_MAX && kp_random(buf, SEAL_NONCE) == 0;
	snprintf(aad, sizeof(aad), "%lld", user_id);
	seal_key(key);
	EVP_CIPHER_CTX *c = ok ? EVP_CIPHER_CTX_new() : NULL;
	ok = c && EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, key, buf) == 1 &&
	     EVP_EncryptUpdate(c, NULL, &len, (const unsigned char *)aad, (int)strlen(aad)) == 1 &&
	     EVP_EncryptUpdate(c, buf + SEAL_NONCE, &len, (const unsigned char *)plain, (int)n) ==
	         1 &&
	     EVP_EncryptFinal_ex(c, buf + SEAL_NONCE + len, &len) == 1 &&
	     EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, SEAL_TAG, buf + SEAL_NONCE + n) == 1;
	EVP_CIPHER_CTX_free(c);
	OPENSSL_cleanse(key, sizeof(key));
	if (!ok)
		return NULL;
	size_t total = SEAL_NONCE + n + SEAL_TAG;
	char *out = kp_arena_alloc(&r->arena, sizeof(SEAL_PREFIX) + 4 * ((total + 2) / 3) + 1);
	if (!out)
		return NULL;
	memcpy(out, SEAL_PREFIX, sizeof(SEAL_PREFIX) - 1);
	kp_base64url(buf, total, out + sizeof(SEAL_PREFIX) - 1);
	return out;
}

/* The text seal() made for this user, in the arena; NULL when it is not
 * one (another key, another user, changed bytes). */
static char *unseal(struct kp_req *r, long long user_id, const char *sealed)
{
	size_t pre = sizeof(SEAL_PREFIX) - 1, slen = strlen(sealed);
	unsigned char key[32], buf[SEAL_NONCE + SEAL_MAX + SEAL_TAG + 3];
	if (slen <= pre || strncmp(sealed, SEAL_PREFIX, pre) != 0 ||
	    3 * (slen - pre) / 4 > sizeof(buf))
		return NULL;
	long total = kp_base64url_decode(sealed + pre, slen - pre, buf);
	if (total < SEAL_NONCE + SEAL_TAG + 1)
		return NULL;
	int n = (int)total - SEAL_NONCE - SEAL_TAG, len = 0;
	char *plain = kp_arena_alloc(&r->arena, (size_t)n + 1);
	char aad[24];
	snprintf(aad, sizeof(aad), "%lld", user_id);
	seal_key(key);
	EVP_CIPHER_CTX *c = plain ? EVP_CIPHER_CTX_new() : NULL;
	int ok =
	    c && EVP_DecryptInit_ex(c, EVP_aes_256_gcm(), NULL, key, buf) == 1 &&
	    EVP_DecryptUpdate(c, NULL, &len, (const unsigned char *)aad, (int)strlen(aad)) == 1 &&
	    EVP_DecryptUpdate(c, (unsigned char *)plain, &len, buf + SEAL_NONCE, n) == 1 &&
	    EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, SEAL_TAG, buf + SEAL_NONCE + n) == 1 &&
	    EVP_DecryptFinal_ex(c, (unsigned char *)plain + len, &len) == 1;
	EVP_CIPHER_CTX_free(c);
	OPENSSL_cleanse(key, sizeof(key));
	if (!ok)
		return NULL;
	plain[n] = 0;
	return plain;
}

/* The time step whose code is `code` (within one step of now), or -1. */
static long long totp_match(const char *secret_b32, const char *code)
{
	char *secret = NULL;
	size_t len = 0;
	/* "": a secret that could not be unsealed, never the empty key. */
	if (!oath_ready() || !*secret_b32 || strlen(code) != TOTP_DIGITS ||
	    oath_base32_decode(secret_b32, strlen(secret_b32), &secret, &len) != OATH_OK)
		return -1;
	if (len == 0) {
		free(secret);
		return -1;
	}
	long long now = (long long)time(NULL) / TOTP_STEP, found = -1;
	for (long long step = now - 1; step <= now + 1; step++) {
		char otp[TOTP_DIGITS + 1];
		if (oath_totp_generate(secret, len, (time_t)(step * TOTP_STEP), TOTP_STEP, 0,
		                       TOTP_DIGITS, otp) == OATH_OK &&
		    kp_ct_equal(otp, code, TOTP_DIGITS))
			found = step;
	}
	free(secret);
	return found;
}

/* The code as typed without blanks and dashes, lower-case; NULL when it
 * holds anything else than letters and digits. */
static char *normalise_code(struct kp_req *r, const char *in)
{
	size_t n = strlen(in);
	char *out = kp_arena_alloc(&r->arena, n + 1);
	if (!out)
		return NULL;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		char c = in[i];
		if (c == ' ' || c == '-')
			continue;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
			return NULL;
		out[k++] = c;
	}
	out[k] = 0;
	return out;
}

static void code_hash(const char *code, char hex[65])
{
	unsigned char h[32];
	kp_sha256(code, strlen(code), h);
	kp_hex(h, sizeof(h), hex);
}

/* The user's TOTP row: *found 0 when none. */
struct totp {
	const char *secret;
	int confirmed;
	long long last_step;
};
static int totp_get(struct kp_req *r, struct totp *t, int *found)
{
	struct kp_rows row;
	int rc = kp_db_select(&r->arena, &admin_sql[A_TOTP_GET], KP_ARGS(KP_INT(r->user.id)), &row);
	if (rc != KP_DB_OK)
		return rc;
	*found = row.count > 0;
	if (*found) {
		/* Unreadable (Site.Secret changed): no code matches until the
		 * factor is reset; the set-up of an unconfirmed one starts anew. */
		t->secret = unseal(r, r->user.id, kp_cell(&row, 0, 0));
		if (!t->secret) {
			kp_log_req(r, "second factor of user %lld cannot be unsealed", r->user.id);
			t->secret = "";
		}
		t->confirmed = kp_cell_int(&row, 0, 1) == 1;
		t->last_step = kp_cell_int(&row, 0, 2);
	}
	return KP_DB_OK;
}

static int session_verified(struct kp_req *r, int *verified)
{
	struct kp_rows s;
	int rc = kp_db_select(&r->arena, &admin_sql[A_SESSION_VERIFIED],
	                      KP_ARGS(KP_INT(r->session_id)), &s);
	if (rc == KP_DB_OK)
		*verified = s.count && kp_cell_int(&s, 0, 0) == 1;
	return rc;
}

/* Admins and moderators only; everybody else: 404. */
static int staff(struct kp_req *r)
{
	if (r->user.id && r->user.role >= KP_ROLE_MODERATOR)
		return 1;
	kp_error(r, 404);
	return 0;
}

/* The QR code of the otpauth URI as the path of an SVG (one square per
 * dark module, a 4-module quiet zone), for Page.Qr.Path / .Size. */
static int set_qr(struct kp_req *r, const char *uri)
{
	QRcode *qr = QRcode_encodeString(uri, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	if (!qr)
		return -1;
	size_t cap = (size_t)qr->width * (size_t)qr->width * 24 + 1, len = 0;
	char *d = kp_arena_alloc(&r->arena, cap);
	if (!d) {
		QRcode_free(qr);
		return -1;
	}
	for (int y = 0; y < qr->width; y++)
		for (int x = 0; x < qr->width; x++)
			if (qr->data[y * qr->width + x] & 1)
				len += (size_t)snprintf(d + len, cap - len, "M%d %dh1v1h-1z", x + 4,
				                        y + 4);
	kp_set(r, "Page.Qr.Path", d);
	kp_set_int(r, "Page.Qr.Size", qr->width + 8);
	QRcode_free(qr);
	return 0;
}

/* The set-up page for secret (status 200, or 422 after a wrong code). */
static void setup_page(struct kp_req *r, const char *secret, int status)
{
	const char *issuer = kp_t(r, "Admin.TwoFa.Issuer");
	const char *uri = kp_arena_printf(
	    &r->arena, "otpauth://totp/%s:%s?secret=%s&issuer=%s&algorithm=SHA1&digits=6&period=30",
	    kp_url_encode(&r->arena, issuer), kp_url_encode(&r->arena, r->user.email), secret,
	    kp_url_encode(&r->arena, issuer));
	if (set_qr(r, uri) != 0) {
		kp_error(r, 500);
		return;
	}
	/* Groups of four, as authenticator apps show a typed key. */
	size_t n = strlen(secret);
	char *grouped = kp_arena_alloc(&r->arena, n + n / 4 + 1);
	size_t k = 0;
	for (size_t i = 0; grouped && i < n; i++) {
		if (i && i % 4 == 0)
			grouped[k++] = ' ';
		grouped[k++] = secret[i];
	}
	kp_set(r, "Page.Secret", grouped ? grouped : secret);
	kp_set(r, "Page.Title", kp_t(r, "Admin.TwoFa.SetupTitle"));
	kp_render(r, status, "admin/2fa_setup.cs");
}

void twofa_setup_show(struct kp_req *r, const char *const *args)
{
	if (!staff(r))
		return;
	struct totp t;
	int found = 0;
	int rc = totp_get(r, &t, &found);
	/* An unconfirmed secret that cannot be read any more: start anew. */
	if (rc == KP_DB_OK && found && !t.confirmed && !*t.secret) {
		rc = kp_db_exec(&admin_sql[A_TOTP_DROP_UNCONFIRMED], KP_ARGS(KP_INT(r->user.id)),
		                NULL, NULL);
		found = 0;
	}
	if (rc == KP_DB_OK && !found) {
		const char *plain = new_secret(r);
		const char *secret = plain ? seal(r, r->user.id, plain) : NULL;
		if (!secret) {
			kp_error(r, 500);
			return;
		}
		rc = kp_db_exec(&admin_sql[A_TOTP_INSERT],
		                KP_ARGS(KP_INT(r->user.id), KP_STR(secret)), NULL, NULL);
		/* A second tab was first: show its secret. */
		if (rc == KP_DB_OK || rc == KP_DB_DUPLICATE)
			rc = totp_get(r, &t, &found);
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (t.confirmed) {
		kp_redirect(r, "/admin/2fa/verify");
		return;
	}
	setup_page(r, t.secret, 200);
}

/* Wrong codes are counted under a key of their own, not the account's
 * sign-in key: a correct password records a success there and would wipe
 * the count, so whoever has stolen the password could sign in again
 * between every few guesses. Only a correct second factor clears it. The
 * per-address count is shared with the sign-ins. */
static const char *code_key(struct kp_req *r)
{
	return kp_arena_printf(&r->arena, "2fa:%s", r->user.email);
}

/* 1 when the account may try a code now, else the 429 page is given. */
static int throttle_ok(struct kp_req *r, const char *template_name)
{
	long wait = kp_throttle_wait(r, code_key(r));
	if (wait < 0) {
		kp_db_fail(r, (int)wait);
		return 0;
	}
	if (wait == 0)
		return 1;
	kp_throttle_record(r, code_key(r), "throttled");
	char secs[24];
	snprintf(secs, sizeof(secs), "%ld", wait);
	kp_header(r, "Retry-After", secs);
	kp_set(r, "Page.Error", kp_t(r, "Err.Throttled"));
	kp_set(r, "Page.Title", kp_t(r, "Admin.TwoFa.VerifyTitle"));
	kp_render(r, 429, template_name);
	return 0;
}

void twofa_setup_submit(struct kp_req *r, const char *const *args)
{
	if (!staff(r) || !admin_fields_ok(r, code_fields))
		return;
	struct totp t;
	int found = 0;
	int rc = totp_get(r, &t, &found);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (!found) {
		kp_redirect(r, "/admin/2fa/setup");
		return;
	}
	if (t.confirmed) {
		kp_redirect(r, "/admin/2fa/verify");
		return;
	}
	long wait = kp_throttle_wait(r, code_key(r));
	if (wait != 0) {
		if (wait < 0)
			kp_db_fail(r, (int)wait);
		else
			kp_error(r, 429);
		return;
	}
	char *code = normalise_code(r, kp_form(r, "code") ? kp_form(r, "code") : "");
	long long step = code ? totp_match(t.secret, code) : -1;
	if (step < 0) {
		kp_throttle_record(r, code_key(r), "fail");
		kp_form_error(r, "code", "Admin.TwoFa.WrongCode");
		setup_page(r, t.secret, 422);
		return;
	}
	/* Ten recovery codes: 50 random bits each, shown only on this answer. */
	char codes[RECOVERY_N][RECOVERY_LEN + 1];
	unsigned char rnd[RECOVERY_N * RECOVERY_LEN];
	if (kp_random(rnd, sizeof(rnd)) != 0) {
		kp_error(r, 500);
		return;
	}
	for (int i = 0; i < RECOVERY_N; i++) {
		for (int j = 0; j < RECOVERY_LEN; j++)
			codes[i][j] = RECOVERY_ALPH[rnd[i * RECOVERY_LEN + j] & 31];
		codes[i][RECOVERY_LEN] = 0;
	}
	unsigned long long n = 0;
	rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[A_TOTP_CONFIRM],
		                KP_ARGS(KP_INT(step), KP_INT(r->user.id)), &n, NULL);
	if (rc == KP_DB_OK && n != 1)
		rc = KP_DB_CONFLICT; /* confirmed meanwhile in another tab */
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[A_RECOVERY_DELETE], KP_ARGS(KP_INT(r->user.id)), NULL,
		                NULL);
	for (int i = 0; rc == KP_DB_OK && i < RECOVERY_N; i++) {
		char hex[65];
		code_hash(codes[i], hex);
		rc = kp_db_exec(&admin_sql[A_RECOVERY_INSERT],
		                KP_ARGS(KP_INT(r->user.id), KP_STR(hex)), NULL, NULL);
	}
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&admin_sql[A_SESSION_SET_VERIFIED], KP_ARGS(KP_INT(r->session_id)),
		                NULL, NULL);
	if (rc == KP_DB_OK)
		rc = admin_audit(r, "admin.2fa.enabled", r->user.id, NULL);
	rc = kp_db_end(rc);
	if (rc == KP_DB_CONFLICT) {
		kp_redirect(r, "/admin/2fa/verify");
		return;
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_throttle_record(r, code_key(r), "ok");
	for (int i = 0; i < RECOVERY_N; i++)
		kp_setf(r, kp_arena_printf(&r->arena, "%.5s-%.5s", codes[i], codes[i] + 5),
		        "Page.Codes.%d", i);
	kp_set(r, "Page.Title", kp_t(r, "Admin.TwoFa.CodesTitle"));
	kp_render(r, 200, "admin/2fa_codes.cs");
}

static void verify_page(struct kp_req *r, int status)
{
	kp_set(r, "Page.Title", kp_t(r, "Admin.TwoFa.VerifyTitle"));
	kp_render(r, status, "admin/2fa_verify.cs");
}

void twofa_verify_show(struct kp_req *r, const char *const *args)
{
	if (!staff(r))
		return;
	struct totp t;
	int found = 0, verified = 0;
	int rc = totp_get(r, &t, &found);
	if (rc == KP_DB_OK)
		rc = session_verified(r, &verified);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (!found || !t.confirmed)
		kp_redirect(r, "/admin/2fa/setup");
	else if (verified)
		kp_redirect(r, r->user.role == KP_ROLE_ADMIN ? "/admin" : "/admin/reports");
	else
		verify_page(r, 200);
}

void twofa_verify_submit(struct kp_req *r, const char *const *args)
{
	if (!staff(r) || !admin_fields_ok(r, code_fields))
		return;
	struct totp t;
	int found = 0;
	int rc = totp_get(r, &t, &found);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (!found || !t.confirmed) {
		kp_redirect(r, "/admin/2fa/setup");
		return;
	}
	if (!throttle_ok(r, "admin/2fa_verify.cs"))
		return;
	char *code = normalise_code(r, kp_form(r, "code") ? kp_form(r, "code") : "");
	unsigned long long n = 0;
	const char *how = NULL;
	if (code && strlen(code) == TOTP_DIGITS) {
		long long step = totp_match(t.secret, code);
		/* Only a step after the last accepted one; the condition in the
		 * UPDATE makes two requests with one code race for one row. */
		if (step > t.last_step)
			rc = kp_db_exec(&admin_sql[A_TOTP_STEP],
			                KP_ARGS(KP_INT(step), KP_INT(r->user.id), KP_INT(step)), &n,
			                NULL);
		how = "totp";
	} else if (code && strlen(code) == RECOVERY_LEN) {
		char hex[65];
		code_hash(code, hex);
		rc = kp_db_exec(&admin_sql[A_RECOVERY_USE],
		                KP_ARGS(KP_INT(r->user.id), KP_STR(hex)), &n, NULL);
		how = "recovery";
	}
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	if (n != 1) {
		kp_throttle_record(r, code_key(r), "fail");
		rc = admin_audit(r, "admin.2fa.failed", r->user.id, how);
		if (rc != KP_DB_OK) {
			kp_db_fail(r, rc);
			return;
		}
		kp_form_error(r, "code", "Admin.TwoFa.WrongCode");
		verify_page(r, 422);
		return;
	}
	rc = kp_db_exec(&admin_sql[A_SESSION_SET_VERIFIED], KP_ARGS(KP_INT(r->session_id)), NULL,
	                NULL);
	if (rc == KP_DB_OK)
		rc = admin_audit(r, "admin.2fa.verified", r->user.id, how);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_throttle_record(r, code_key(r), "ok");
	kp_redirect(r, r->user.role == KP_ROLE_ADMIN ? "/admin" : "/admin/reports");
}
