/* The people program's shared input rules (common.h). */
#include "common.h"
#include <string.h>
#include <strings.h>

#include "auth.h"
#include "view.h"

size_t text_length(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

int phone_ok(const char *p)
{
	int digits = 0;
	for (const char *c = p; *c; c++) {
		if (*c >= '0' && *c <= '9')
			digits++;
		else if (!strchr(" +-/()", *c) || (*c == '+' && c != p))
			return 0;
	}
	return digits >= 4 && digits <= 20;
}

/* See common.h. */
void check_chosen(struct kp_req *r, const char *list, const char *key, const char *form)
{
	for (int i = 0;; i++) {
		const char *v =
		    kp_get(r, kp_arena_printf(&r->arena, "Page.%s.%d.%s", list, i, key));
		if (!v)
			break;
		for (const struct kp_param *p = r->form.head; p; p = p->next)
			if (strcmp(p->name, form) == 0 && strcmp(p->value, v) == 0)
				kp_setf(r, "1", "Page.%s.%d.Checked", list, i);
	}
}

/* See common.h. */
long long query_number(struct kp_req *r, const char *name, long long def)
{
	const char *v = kp_query(r, name);
	return !v || !*v ? def : kp_parse_id(v);
}

/* See common.h. */
const char *like_pattern(struct kp_req *r, const char *q)
{
	char *p = kp_arena_alloc(&r->arena, 2 * strlen(q) + 3);
	size_t o = 0;
	p[o++] = '%';
	for (const char *c = q; *c; c++) {
		if (*c == '%' || *c == '_' || *c == '\\')
			p[o++] = '\\';
		p[o++] = *c;
	}
	p[o++] = '%';
	p[o] = '\0';
	return p;
}

int web_url_ok(const char *url)
{
	size_t n = strlen(url);
	size_t scheme = strncasecmp(url, "https://", 8) == 0  ? 8
	                : strncasecmp(url, "http://", 7) == 0 ? 7
	                                                      : 0;
	if (!scheme || n > 255)
		return 0;
	for (const char *c = url; *c; c++)
		if ((unsigned char)*c <= ' ' || *c == 0x7f || strchr("\"'<>\\`", *c))
			return 0;
	/* A host: at least one character before the path, query or port, no
	 * user:password@ in front of it (a way to disguise where it leads). */
	size_t host = strcspn(url + scheme, "/?#:");
	return host > 0 && !memchr(url + scheme, '@', strcspn(url + scheme, "/?#"));
}

const char *email_clean(struct kp_req *r, const char *email)
{
	char *copy = kp_arena_strdup(&r->arena, email);
	return copy && strlen(copy) <= 254 && kp_email_normalise(copy) == 0 ? copy : NULL;
}
