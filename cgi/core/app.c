#include "app.h"

#include <fcgiapp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "csrf.h"
#include "db.h"
#include "log.h"
#include "multipart.h"
#include "session.h"
#include "view.h"

/* Text forms are small; uploads go through multipart with their own
 * limits. nginx refuses larger bodies before we see them (413). */
#define FORM_BODY_MAX (256 * 1024)

static const struct kp_limits form_limits = {
    .max_params = 200,
    .max_value = 64 * 1024,
};

const char *kp_safe_next(const char *next)
{
	if (!next || next[0] != '/' || next[1] == '/' || next[1] == '\\')
		return "/";
	for (const char *p = next; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f || *p == '\\')
			return "/";
	return next;
}

static int segment_ok(const char *s, size_t n)
{
	if (n == 0 || n > 64)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '-' || c == '_'))
			return 0;
	}
	return 1;
}

/* 1 when path matches pattern; captured segments go to args (arena). */
static int match(struct kp_req *r, const char *pattern, const char *path, const char **args)
{
	int nargs = 0;
	const char *p = pattern, *s = path;
	while (*p && *s) {
		if (*p == '*') {
			/* A segment ends at '/' or '.': no segment may hold a dot,
			 * so stopping there only lets a pattern name a suffix
			 * (a pattern "/events/feed/" "*" ".ics"). */
			size_t n = strcspn(s, "/.");
			if (!segment_ok(s, n) || nargs == KP_MAX_ARGS)
				return 0;
			args[nargs++] = kp_arena_strndup(&r->arena, s, n);
			p++;
			s += n;
		} else if (*p++ != *s++) {
			return 0;
		}
	}
	return *p == '\0' && *s == '\0';
}

struct body_reader {
	struct kp_req *r;
	long long left;
};

static ssize_t read_body(void *ctx, char *buf, size_t n)
{
	struct body_reader *br = ctx;
	if (br->left <= 0)
		return 0;
	if ((long long)n > br->left)
		n = (size_t)br->left;
	int got = FCGX_GetStr(buf, (int)n, br->r->fcgx->in);
	if (got < 0)
		return -1;
	br->left -= got;
	return got;
}

/* Returns 0, or the HTTP status to answer with. */
static int parse_body(struct kp_req *r, int route_flags)
{
	const char *ct = r->content_type;
	size_t ctlen = strcspn(ct, ";");
	if (ctlen == 33 && strncasecmp(ct, "application/x-www-form-urlencoded", 33) == 0) {
		if (r->content_length > FORM_BODY_MAX)
			return 413;
		size_t len = (size_t)(r->content_length > 0 ? r->content_length : 0);
		char *body = kp_arena_alloc(&r->arena, len + 1);
		if (!body)
			return 500;
		struct body_reader br = {r, (long long)len};
		size_t got = 0;
		while (got < len) {
			ssize_t n = read_body(&br, body + got, len - got);
			if (n <= 0)
				return 400;
			got += (size_t)n;
		}
		return kp_parse_urlencoded(&r->arena, body, len, &form_limits, &r->form) ==
		               KP_PARSE_OK
		           ? 0
		           : 400;
	}
	if (ctlen == 19 && strncasecmp(ct, "multipart/form-data", 19) == 0) {
		if (!(route_flags & KP_ROUTE_MULTIPART))
			return 415;
		struct kp_limits lim = form_limits;
		/* A file a little over the upload limit still gets through the
		 * parser, so that kp_upload_check answers with a form message
		 * that names it; nginx's client_max_body_size (1 MiB above the
		 * limit) refuses bigger bodies before they get here. */
		lim.max_file = (size_t)kp_cfg.upload_max + (1u << 20);
		lim.max_body = (size_t)kp_cfg.upload_max + (1u << 20);
		lim.tmpdir = kp_cfg.tmp_dir;
		struct body_reader br = {r, r->content_length};
		enum kp_parse_status st =
		    kp_parse_multipart(&r->arena, ct, read_body, &br, &lim, &r->form);
		if (st == KP_PARSE_TOO_LONG)
			return 413;
		return st == KP_PARSE_OK ? 0 : 400;
	}
	if (r->content_length == 0 && !*ct)
		return 0; /* an empty POST (a bare button) */
	return 415;
}

static void read_env(struct kp_req *r)
{
	r->method = kp_env(r, "REQUEST_METHOD");
	/* DOCUMENT_URI: nginx's decoded, normalised path without the query. */
	r->path = kp_env(r, "DOCUMENT_URI");
	if (!*r->path)
		r->path = kp_env(r, "SCRIPT_NAME");
	r->query = kp_env(r, "QUERY_STRING");
	r->remote_addr = kp_env(r, "REMOTE_ADDR");
	r->user_agent = kp_env(r, "HTTP_USER_AGENT");
	r->content_type = kp_env(r, "CONTENT_TYPE");
	r->origin = kp_env(r, "HTTP_ORIGIN");
	r->sec_fetch_site = kp_env(r, "HTTP_SEC_FETCH_SITE");
	r->accept_language = kp_env(r, "HTTP_ACCEPT_LANGUAGE");
	r->cookie_header = kp_env(r, "HTTP_COOKIE");
	const char *cl = kp_env(r, "CONTENT_LENGTH");
	r->content_length = *cl ? strtoll(cl, NULL, 10) : 0;
}

static void dispatch(const struct kp_program *prog, struct kp_req *r)
{
	/* The path comes decoded from nginx: it must be text like any input. */
	if (!kp_text_valid(r->path, strlen(r->path), 0) ||
	    kp_parse_urlencoded(&r->arena, r->query, strlen(r->query), &form_limits,
	                        &r->query_params) != KP_PARSE_OK) {
		kp_error(r, 400);
		return;
	}
	int is_get = strcmp(r->method, "GET") == 0 || strcmp(r->method, "HEAD") == 0;
	int is_post = strcmp(r->method, "POST") == 0;
	const struct kp_route *found = NULL;
	const char *args[KP_MAX_ARGS + 1] = {0};
	int path_matched = 0, allows_get = 0, allows_post = 0;
	for (const struct kp_route *rt = prog->routes; rt->method; rt++) {
		if (!match(r, rt->pattern, r->path, args))
			continue;
		path_matched = 1;
		allows_get |= strcmp(rt->method, "GET") == 0;
		allows_post |= strcmp(rt->method, "POST") == 0;
		if ((is_get && strcmp(rt->method, "GET") == 0) ||
		    (is_post && strcmp(rt->method, "POST") == 0)) {
			found = rt;
			break;
		}
	}
	if (found)
		r->route = found->pattern;
	if (!found) {
		if (path_matched)
			kp_header(r, "Allow",
			          allows_get && allows_post ? "GET, HEAD, POST"
			          : allows_get              ? "GET, HEAD"
			                                    : "POST");
		kp_error(r, path_matched ? 405 : 404);
		return;
	}
	if (is_post && (found->flags & KP_ROUTE_ANONYMOUS)) {
		kp_log_req(r, "KP_ROUTE_ANONYMOUS on the POST route %s", found->pattern);
		kp_error(r, 500);
		return;
	}
	if (!(found->flags & (KP_ROUTE_PUBLIC | KP_ROUTE_ANONYMOUS)) && !r->user.id) {
		if (is_get) {
			/* Back to the same page after signing in, with its query
			 * (a search, a page of a list) unless that is too long for
			 * the login form's next field; the path's segments need no
			 * encoding (route patterns allow none that would). */
			const char *query = r->query && *r->query && strlen(r->query) < 600
			                        ? kp_url_encode(&r->arena, r->query)
			                        : NULL;
			char *next = query ? kp_arena_printf(&r->arena, "/login?next=%s%%3F%s",
			                                     r->path, query)
			                   : kp_arena_printf(&r->arena, "/login?next=%s", r->path);
			kp_redirect(r, next ? next : "/login");
		} else {
			kp_error(r, 403);
		}
		return;
	}
	if (is_post) {
		/* A signed link's POST carries nothing the handler reads (app.h). */
		int status =
		    (found->flags & KP_ROUTE_SIGNED_LINK) ? 0 : parse_body(r, found->flags);
		if (status) {
			kp_error(r, status);
			return;
		}
		int exempt = ((found->flags & KP_ROUTE_SIGNED_OUT_NOOP) && !r->user.id) ||
		             (found->flags & KP_ROUTE_SIGNED_LINK);
		if (!exempt && kp_csrf_check(r) != 0) {
			kp_log_req(r, "csrf or origin check failed on %s", found->pattern);
			kp_error(r, 403);
			return;
		}
	}
	found->handler(r, args);
	if (!r->answered) {
		kp_log_req(r, "handler for %s answered nothing", found->pattern);
		kp_error(r, 500);
	}
}

/* 1 when this GET or HEAD goes to a KP_ROUTE_ANONYMOUS route (the same
 * first match dispatch() makes). Decided before anything reads a cookie. */
static int anonymous_request(const struct kp_program *prog, struct kp_req *r)
{
	if (strcmp(r->method, "GET") != 0 && strcmp(r->method, "HEAD") != 0)
		return 0;
	const char *args[KP_MAX_ARGS + 1] = {0};
	for (const struct kp_route *rt = prog->routes; rt->method; rt++)
		if (strcmp(rt->method, "GET") == 0 && match(r, rt->pattern, r->path, args))
			return (rt->flags & KP_ROUTE_ANONYMOUS) != 0;
	return 0;
}

void kp_app_handle(const struct kp_program *prog, struct kp_req *r)
{
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	read_env(r);
	int rc = KP_DB_OK;
	/* A page for everybody reads no cookie and sets none (app.h). */
	r->anonymous = anonymous_request(prog, r);
	if (!r->anonymous) {
		static const struct kp_limits cookie_limits = {.max_params = 200,
		                                               .max_value = 4096};
		/* Cookies other sites on the host set are not ours to judge: a
		 * bad header leaves us with the pairs that parsed. */
		kp_parse_cookies(&r->arena, r->cookie_header, &cookie_limits, &r->cookies);
		rc = kp_session_load(r);
		kp_csrf_prepare(r);
	}
	kp_view_begin(r);
	if (rc != KP_DB_OK)
		kp_db_fail(r, rc);
	else
		dispatch(prog, r);
	if (kp_cfg.log_requests) {
		clock_gettime(CLOCK_MONOTONIC, &t1);
		long us = (t1.tv_sec - t0.tv_sec) * 1000000L + (t1.tv_nsec - t0.tv_nsec) / 1000;
		kp_log_req(r, "%s %s %d %ldus", r->method, r->route ? r->route : "(no route)",
		           r->status, us);
	}
	kp_view_reset(r);
	kp_params_cleanup(&r->form);
}
