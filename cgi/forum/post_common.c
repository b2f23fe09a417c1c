/* What the post part's handlers share (post.h): declared fields, the
 * one-time token, the checks of title and body, the preview, times, and
 * the notification rows of a new post with its mentions. */
#include <string.h>

#include "markdown.h"
#include "once.h"
#include "post.h"

int post_fields_ok(struct kp_req *r, const struct kp_field *fields)
{
	const char *bad = NULL;
	if (kp_fields_check(&r->form, fields, &bad) == 0)
		return 1;
	kp_log_req(r, "refused form field %s on %s", bad ? bad : "?", r->route);
	kp_error(r, 400);
	return 0;
}

const char *post_once(struct kp_req *r)
{
	const char *once = kp_form(r, "once");
	if (kp_once_valid(once))
		return once;
	kp_log_req(r, "missing or malformed one-time token on %s", r->route);
	kp_error(r, 400);
	return NULL;
}

/* Characters (code points) of valid UTF-8. */
static size_t chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

const char *post_check_title(struct kp_req *r)
{
	const char *v = kp_form(r, "title");
	if (!v)
		v = "";
	while (*v == ' ')
		v++;
	size_t len = strlen(v);
	while (len > 0 && v[len - 1] == ' ')
		len--;
	const char *title = kp_arena_strndup(&r->arena, v, len);
	size_t n = chars(title);
	if (n == 0)
		kp_form_error(r, "title", "Err.Required");
	else if (n < POST_TITLE_MIN)
		kp_form_error(r, "title", "ForumPost.Err.TitleShort");
	else if (n > POST_TITLE_MAX)
		kp_form_error(r, "title", "ForumPost.Err.TitleLong");
	return title;
}

const char *post_check_body(struct kp_req *r)
{
	const char *body = kp_form(r, "body");
	if (!body)
		body = "";
	size_t len = strlen(body);
	if (body[strspn(body, " \n\t")] == '\0') {
		kp_form_error(r, "body", "Err.Required");
		return body;
	}
	enum kp_markdown_status st = kp_markdown_check(body, len);
	if (chars(body) > POST_BODY_MAX || st == KP_MARKDOWN_TOO_LONG)
		kp_form_error(r, "body", "ForumPost.Err.BodyLong");
	else if (st != KP_MARKDOWN_OK)
		kp_form_error(r, "body", "Err.TextTooComplex");
	return body;
}

void post_preview(struct kp_req *r, const char *title, const char *body)
{
	kp_set_int(r, "Page.Preview.Show", 1);
	if (title)
		kp_set(r, "Page.Preview.Title", title);
	kp_set(r, "Page.Preview.Body", body);
}

const char *post_link(struct kp_req *r, const struct forum_scope *s, long long post_id)
{
	return kp_arena_printf(&r->arena, "%s/p/%lld", s->base, post_id);
}

/* A byte that may be part of a name written as @Vorname_Nachname: ASCII
 * letters and digits, '_' (a space), '-', '.', '\'' and every byte of a
 * multi-byte character (umlauts, accents, other scripts). */
static int name_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c >= 0x80 || c == '_' || c == '-' || c == '.' || c == '\'';
}

/* The names mentioned in body, at most POST_MENTIONS_MAX, each once:
 *   @[Vorname Nachname]   any name, spaces and all, up to the ']'
 *   @Vorname_Nachname     '_' stands for a space; '.', '-', '\'' and '_'
 *                         at the end are punctuation, not the name
 * An '@' right after a name character is part of something else (an
 * e-mail address). Lines of a block quote ("> ...", what a quote brings
 * along) mention nobody: the quoted author mentioned them already.
 * Returns how many names were put into names[] (arena copies). */
static size_t mentions(struct kp_req *r, const char *body, const char **names)
{
	size_t n = 0;
	const char *line = body;
	while (*line && n < POST_MENTIONS_MAX) {
		const char *end = strchr(line, '\n');
		if (!end)
			end = line + strlen(line);
		const char *c = line + strspn(line, " \t");
		for (const char *p = *c == '>' ? end : line; p < end && n < POST_MENTIONS_MAX;
		     p++) {
			if (*p != '@' || (p > line && name_byte((unsigned char)p[-1])))
				continue;
			const char *s = p + 1, *e;
			char *name;
			if (*s == '[') {
				s++;
				e = memchr(s, ']', (size_t)(end - s));
				if (!e)
					continue;
				p = e;
				while (s < e && *s == ' ')
					s++;
				while (e > s && e[-1] == ' ')
					e--;
				name = kp_arena_strndup(&r->arena, s, (size_t)(e - s));
			} else {
				for (e = s; e < end && name_byte((unsigned char)*e);)
					e++;
				p = e - 1;
				while (e > s && strchr("._-'", e[-1]))
					e--;
				name = kp_arena_strndup(&r->arena, s, (size_t)(e - s));
				for (char *u = name; *u; u++)
					if (*u == '_')
						*u = ' ';
			}
			size_t len = chars(name);
			if (len == 0 || len > 100)
				continue;
			size_t i = 0;
			while (i < n && strcmp(names[i], name) != 0)
				i++;
			if (i == n)
				names[n++] = name;
		}
		line = *end ? end + 1 : end;
	}
	return n;
}

int post_notify(struct kp_req *r, long long post_id, int notify_topic, const char *body)
{
	int rc = kp_db_exec(&post_sql[notify_topic ? POST_NOTIFY_TOPIC : POST_NOTIFY_REPLY],
	                    KP_ARGS(KP_INT(post_id)), NULL, NULL);
	const char *names[POST_MENTIONS_MAX];
	size_t n = mentions(r, body, names);
	if (rc != KP_DB_OK || n == 0)
		return rc;
	struct kp_val a[POST_MENTIONS_MAX + 2];
	for (size_t i = 0; i < POST_MENTIONS_MAX; i++)
		a[i] = i < n ? KP_STR(names[i]) : KP_NULLV;
	a[POST_MENTIONS_MAX] = KP_INT(post_id);
	a[POST_MENTIONS_MAX + 1] = KP_INT(POST_MENTIONS_MAX);
	return kp_db_exec(&post_sql[POST_NOTIFY_MENTION], a, POST_MENTIONS_MAX + 2, NULL, NULL);
}
