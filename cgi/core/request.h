/* request: one HTTP request as libfcgi hands it over, and its answer.
 *
 * The worker loop (worker.c) fills a kp_req: method, path, headers, the
 * parsed query, form body and cookies (our parsers, params.h), the signed-in
 * user (session.h), then routes it to the program's handler. Handlers answer
 * with kp_render / kp_redirect / kp_error (view.h), which write status,
 * headers and body in one place. */
#ifndef KP_REQUEST_H
#define KP_REQUEST_H
#include <stddef.h>
#include "arena.h"
#include "params.h"

struct HDF;
struct FCGX_Request;

enum kp_role { KP_ROLE_MEMBER = 0, KP_ROLE_MODERATOR = 1, KP_ROLE_ADMIN = 2 };

struct kp_user {
	long long id; /* 0: signed out */
	const char *name, *email, *lang;
	enum kp_role role;
};

struct kp_req {
	struct kp_arena arena;
	struct FCGX_Request *fcgx;
	/* From the FastCGI parameters (never NULL; "" when absent). */
	const char *method, *path, *query, *remote_addr, *user_agent, *content_type;
	const char *origin, *sec_fetch_site, *accept_language, *cookie_header;
	long long content_length;
	struct kp_params query_params, form, cookies;
	/* The matched route's pattern (e.g. "/invite/ANY"): what logs show instead of
	 * the path, which may hold a one-time token. */
	const char *route;

	/* A KP_ROUTE_ANONYMOUS request (app.h): no cookies read or set, and
	 * kp_send chooses the public cache policy. */
	int anonymous;

	struct kp_user user;
	long long session_id;
	/* Raw session token from the cookie (only in memory, never logged). */
	const char *session_token;
	const char *csrf_token; /* what forms must send back */
	const char *lang;       /* "de" or "en" */
	struct HDF *hdf;        /* the language's HDF root, see view.h */

	/* Answer state. */
	int status;
	char headers[2048]; /* extra header lines, each ending in \r\n */
	size_t headers_len;
	int cache_control_set; /* the handler chose a Cache-Control itself */
	int answered;
};

/* Adds a response header line; name and value must not hold CR or LF
 * (checked: a violation drops the header and is logged). */
void kp_header(struct kp_req *r, const char *name, const char *value);
/* Sets a cookie: Path=/, HttpOnly, SameSite=Lax, Secure under TLS.
 * max_age < 0: session cookie; 0: delete. Refused (and logged) for an
 * anonymous request: a shared cache would hand it to everybody. */
void kp_cookie(struct kp_req *r, const char *name, const char *value, long max_age);
/* The name the site uses for a cookie: "__Host-" + name under TLS. */
const char *kp_cookie_name(struct kp_req *r, const char *name);
/* Writes status line, headers and body. Only once per request. The one
 * place of the cache policy: "no-store" unless the handler set a
 * Cache-Control itself; an anonymous request's 200 is "public,
 * max-age=300", and its every answer says "Vary: Accept-Language". */
void kp_send(struct kp_req *r, int status, const char *content_type, const char *body, size_t len);
/* A FastCGI parameter by name (e.g. "HTTP_ORIGIN"), or "". */
const char *kp_env(struct kp_req *r, const char *name);

/* A GET/HEAD parameter and a POST form field. */
const char *kp_query(struct kp_req *r, const char *name);
const char *kp_form(struct kp_req *r, const char *name);

/* Log line with user id and address prefixed. */
void kp_log_req(struct kp_req *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
