/* app: a FastCGI program. main() of each program declares its routes and
 * hands them to kp_main, which runs the worker loop (worker.c) and, for
 * every request, the steps every handler can rely on (app.c):
 *
 *   parse query + cookies -> load session -> pick language -> match route
 *   (404 / 405) -> sign-in required? -> POST: parse body (400/413/415),
 *   CSRF + origin (403) -> handler -> clean up.
 *
 * (A KP_ROUTE_ANONYMOUS route skips cookies and session: see below.)
 *
 * So a handler starts with a valid request, a known user and a checked
 * token, and only has to read its declared fields, ask access, run its
 * statements and render. */
#ifndef KP_APP_H
#define KP_APP_H
#include "request.h"

#define KP_ROUTE_PUBLIC    1 /* reachable signed out (login, register, ...) */
#define KP_ROUTE_MULTIPART 2 /* POST may be multipart/form-data (uploads) */
/* For a signed-out visitor the route changes nothing (sign-out after the
 * session timed out), so it runs without a token then; a form opened
 * before the timeout carries the old session's token and would otherwise
 * answer 403. Signed in, the token is checked as always. */
#define KP_ROUTE_SIGNED_OUT_NOOP 4
/* A page that is the same for everybody (the public /directory), so that
 * shared caches and search engines may keep it. The request runs signed
 * out even when cookies come along: no cookie is read (no session lookup,
 * no last-seen update, no flash message), none is set (no session, no
 * pre-session CSRF cookie: the page has no forms that post), and the
 * frame is the signed-out one. The language comes from Accept-Language
 * alone. The answer gets "Cache-Control: public, max-age=300" when it is
 * a 200 (an error page stays no-store) and always "Vary:
 * Accept-Language"; kp_send decides both (request.c). GET/HEAD routes
 * only: on a POST route the flag is a mistake and answers 500. */
#define KP_ROUTE_ANONYMOUS 8
/* A POST whose URL carries its own proof: a link signed with
 * Site.Secret in a mail (one-click unsubscribe, RFC 8058), which a mail
 * provider posts without cookies, Origin or form token. Neither the CSRF
 * token nor the origin is checked, and the body is not read (all it
 * holds is RFC 8058's "List-Unsubscribe=One-Click", a name our form
 * parser refuses); the handler checks the signature before it changes
 * anything. */
#define KP_ROUTE_SIGNED_LINK 16
#define KP_MAX_ARGS          4

/* pattern: literal segments and "*", which matches one segment of
 * [A-Za-z0-9_-]{1,64} and is passed to the handler in args[]; a literal
 * suffix may follow it (".ics" after the star: "/events/feed/STAR.ics"). */
struct kp_route {
	const char *method; /* "GET" (also answers HEAD) or "POST" */
	const char *pattern;
	void (*handler)(struct kp_req *r, const char *const *args);
	int flags;
};

struct kp_program {
	const char *name;
	const struct kp_route *routes; /* ends with {NULL} */
};

/* Parses --config, --listen, --workers, --max-requests, runs until SIGTERM. */
int kp_main(int argc, char **argv, const struct kp_program *prog);

/* Handles one accepted request (exposed for the worker loop). */
void kp_app_handle(const struct kp_program *prog, struct kp_req *r);

/* A local path for "next=" redirects: starts with one '/', no "//", no
 * backslash or control characters; else "/". */
const char *kp_safe_next(const char *next);

#endif
