/* crypto: random tokens, SHA-256, HMAC and constant-time comparison, on
 * the kernel's getrandom() and OpenSSL's libcrypto. */
#ifndef KP_CRYPTO_H
#define KP_CRYPTO_H
#include <stddef.h>

#define KP_TOKEN_BYTES 32 /* 256 bits */
#define KP_TOKEN_LEN   43 /* base64url without padding of 32 bytes */

/* 0 on success; never falls back to a weaker source. */
int kp_random(void *buf, size_t n);
/* A fresh 256-bit token as base64url text in out[KP_TOKEN_LEN + 1]. */
int kp_token_new(char out[KP_TOKEN_LEN + 1]);
/* 1 when s looks like a token of ours (43 base64url characters). */
int kp_token_valid(const char *s);
void kp_sha256(const void *data, size_t n, unsigned char out[32]);
void kp_hmac_sha256(const void *key, size_t keylen, const void *data, size_t n,
                    unsigned char out[32]);
/* base64url without padding; out needs 4 * ceil(n / 3) + 1 bytes. */
void kp_base64url(const unsigned char *in, size_t n, char *out);
/* Decodes base64url without padding; returns the byte count or -1. out
 * needs 3 * len / 4 bytes. */
long kp_base64url_decode(const char *in, size_t len, unsigned char *out);
/* Lower-case hex; out needs 2n + 1 bytes. */
void kp_hex(const unsigned char *in, size_t n, char *out);
/* 1 when equal; time depends on n only. */
int kp_ct_equal(const void *a, const void *b, size_t n);

#endif
