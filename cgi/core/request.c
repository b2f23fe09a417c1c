#include "request.h"

#include <fcgiapp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "config.h"
#include "log.h"

const char *kp_env(struct kp_req *r, const char *name)
{
	const char *v = FCGX_GetParam(name, r->fcgx->envp);
	return v ? v : "";
}

const char *kp_query(struct kp_req *r, const char *name)
{
	return kp_param_value(&r->query_params, name);
}

const char *kp_form(struct kp_req *r, const char *name)
{
	return kp_param_value(&r->form, name);
}

static int has_crlf(const char *s)
{
	return strpbrk(s, "\r\n") != NULL;
}

void kp_header(struct kp_req *r, const char *name, const char *value)
{
	if (has_crlf(name) || has_crlf(value)) {
		kp_log_req(r, "refused a header with CR/LF: %s", name);
		return;
	}
	size_t room = sizeof(r->headers) - r->headers_len;
	int n = snprintf(r->headers + r->headers_len, room, "%s: %s\r\n", name, value);
	if (n < 0 || (size_t)n >= room) {
		r->headers[r->headers_len] = '\0';
		kp_log_req(r, "response headers full, dropped %s", name);
		return;
	}
	r->headers_len += (size_t)n;
	if (strcasecmp(name, "Cache-Control") == 0)
		r->cache_control_set = 1;
}

const char *kp_cookie_name(struct kp_req *r, const char *name)
{
	return kp_cfg.secure ? kp_arena_printf(&r->arena, "__Host-%s", name) : name;
}

void kp_cookie(struct kp_req *r, const char *name, const char *value, long max_age)
{
	if (r->anonymous) {
		kp_log_req(r, "refused cookie %s on an anonymous page", name);
		return;
	}
	char attrs[128] = "";
	if (max_age >= 0)
		snprintf(attrs, sizeof(attrs), "; Max-Age=%ld", max_age);
	const char *line =
	    kp_arena_printf(&r->arena, "%s=%s; Path=/; HttpOnly; SameSite=Lax%s%s",
	                    kp_cookie_name(r, name), value, attrs, kp_cfg.secure ? "; Secure" : "");
	if (line)
		kp_header(r, "Set-Cookie", line);
}

static const char *reason(int status)
{
	switch (status) {
	case 200:
		return "OK";
	case 303:
		return "See Other";
	case 400:
		return "Bad Request";
	case 403:
		return "Forbidden";
	case 404:
		return "Not Found";
	case 405:
		return "Method Not Allowed";
	case 413:
		return "Payload Too Large";
	case 415:
		return "Unsupported Media Type";
	case 422:
		return "Unprocessable Content";
	case 429:
		return "Too Many Requests";
	case 500:
		return "Internal Server Error";
	case 503:
		return "Service Unavailable";
	default:
		return "";
	}
}

void kp_send(struct kp_req *r, int status, const char *content_type, const char *body, size_t len)
{
	if (r->answered)
		return;
	r->answered = 1;
	r->status = status;
	FCGX_Stream *out = r->fcgx->out;
	FCGX_FPrintF(out, "Status: %d %s\r\n", status, reason(status));
	if (content_type)
		FCGX_FPrintF(out, "Content-Type: %s\r\n", content_type);
	/* Pages are personal: never stored by shared caches or the back button
	 * of a public computer — unless the handler chose a policy itself, or
	 * the page is the same for everybody (KP_ROUTE_ANONYMOUS, app.h): then
	 * caches may keep a good answer for 5 minutes, one per language. */
	if (!r->cache_control_set)
		FCGX_PutS(r->anonymous && status == 200 ? "Cache-Control: public, max-age=300\r\n"
		                                        : "Cache-Control: no-store\r\n",
		          out);
	if (r->anonymous)
		FCGX_PutS("Vary: Accept-Language\r\n", out);
	FCGX_PutStr(r->headers, (int)r->headers_len, out);
	FCGX_PutS("\r\n", out);
	if (body && len && strcmp(r->method, "HEAD") != 0)
		FCGX_PutStr(body, (int)len, out);
}

void kp_log_req(struct kp_req *r, const char *fmt, ...)
{
	char msg[768];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	kp_log("user=%lld addr=%s %s", r->user.id, r->remote_addr ? r->remote_addr : "-", msg);
}
