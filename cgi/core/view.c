#include "view.h"

#include <glob.h>
#include <ClearSilver.h>
#include <cgi/cgi.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "db.h"
#include "log.h"
#include "markdown.h"
#include "notify.h"

#define MAX_TEMPLATES 48

struct template
{
	char name[64];
	CSPARSE *cs;
};

struct lang_root {
	const char *code;
	HDF *hdf;
	struct template cache[MAX_TEMPLATES];
	int count;
};

static struct lang_root roots[] = {{.code = "de"}, {.code = "en"}};
#define NLANG (sizeof(roots) / sizeof(roots[0]))

/* The rendered page, reused by every request of the worker. */
static struct {
	char *buf;
	size_t len, cap;
	int failed;
} out;

static void log_neoerr(const char *what, NEOERR *e)
{
	STRING s;
	string_init(&s);
	nerr_error_string(e, &s);
	kp_log("view: %s: %s", what, s.buf ? s.buf : "?");
	string_clear(&s);
	nerr_ignore(&e);
}

/* A language's strings: templates/lang/<code>.hdf (the common ones) and
 * then each templates/lang/<code>/<area>.hdf in name order, so every part
 * of the site keeps its strings in a file of its own. */
static NEOERR *read_strings(HDF *hdf, const char *code)
{
	char path[1024];
	snprintf(path, sizeof(path), "%s/templates/lang/%s.hdf", kp_cfg.share_dir, code);
	NEOERR *e = hdf_read_file(hdf, path);
	snprintf(path, sizeof(path), "%s/templates/lang/%s/*.hdf", kp_cfg.share_dir, code);
	glob_t g;
	int rc = glob(path, 0, NULL, &g);
	if (rc != 0 && rc != GLOB_NOMATCH)
		return e ? e : nerr_raise(NERR_IO, "cannot list %s", path);
	for (size_t i = 0; !e && rc == 0 && i < g.gl_pathc; i++)
		e = hdf_read_file(hdf, g.gl_pathv[i]);
	if (rc == 0)
		globfree(&g);
	return e;
}

int kp_view_init(void)
{
	char path[1024];
	for (size_t i = 0; i < NLANG; i++) {
		struct lang_root *l = &roots[i];
		NEOERR *e = hdf_init(&l->hdf);
		/* Escaping first: cs_init reads it, a later change is ignored. */
		if (!e)
			e = hdf_set_value(l->hdf, "Config.VarEscapeMode", "html");
		snprintf(path, sizeof(path), "%s/templates", kp_cfg.share_dir);
		if (!e)
			e = hdf_set_value(l->hdf, "hdf.loadpaths.0", path);
		if (!e)
			e = read_strings(l->hdf, l->code);
		if (!e)
			e = hdf_set_value(l->hdf, "Site.Name", kp_cfg.site_name);
		if (!e)
			e = hdf_set_value(l->hdf, "Site.BaseURL", kp_cfg.base_url);
		if (!e)
			e = hdf_set_value(l->hdf, "Site.Lang", l->code);
		if (e) {
			log_neoerr("cannot load language", e);
			return -1;
		}
	}
	return 0;
}

static struct lang_root *root_for(const char *lang)
{
	for (size_t i = 0; i < NLANG; i++)
		if (strcmp(roots[i].code, lang) == 0)
			return &roots[i];
	return &roots[0];
}

/* The first of de/en the browser names; the order of the header is the
 * order of preference for every browser we care about. */
static const char *lang_from_header(const char *h)
{
	for (const char *p = h; *p;) {
		while (*p == ' ' || *p == ',')
			p++;
		if ((p[0] == 'd' || p[0] == 'D') && (p[1] == 'e' || p[1] == 'E') &&
		    (p[2] == '\0' || p[2] == '-' || p[2] == ';' || p[2] == ','))
			return "de";
		if ((p[0] == 'e' || p[0] == 'E') && (p[1] == 'n' || p[1] == 'N') &&
		    (p[2] == '\0' || p[2] == '-' || p[2] == ';' || p[2] == ','))
			return "en";
		p = strchr(p, ',');
		if (!p)
			break;
	}
	return NULL;
}

/* The site settings every page shows (kp_site_name, kp_site_logo): read
 * together, at most every KP_SITE_NAME_TTL seconds per process. A failed
 * read keeps what was read last (or the config's name) until the next
 * try: a page still renders while the database is away. */
static char site_name[512], site_logo[65];

static void site_refresh(void)
{
	static struct kp_sql q = {"SELECT name, value FROM site_settings"
	                          " WHERE name IN ('site.name', 'logo.sha256')"};
	static time_t read_at;
	/* No database configured (the unit tests' view): the config's name. */
	if (!kp_cfg.db_name || !kp_cfg.db_user)
		return;
	time_t now = time(NULL);
	if (read_at && now - read_at < KP_SITE_NAME_TTL && now >= read_at)
		return;
	read_at = now;
	struct kp_arena a = {0};
	struct kp_rows rows;
	if (kp_db_select(&a, &q, KP_NOARGS, &rows) == KP_DB_OK) {
		site_name[0] = site_logo[0] = 0;
		for (size_t i = 0; i < rows.count; i++) {
			const char *k = kp_cell(&rows, i, 0), *v = kp_cell(&rows, i, 1);
			if (strcmp(k, "site.name") == 0)
				snprintf(site_name, sizeof(site_name), "%s", v);
			else if (strlen(v) == 64)
				snprintf(site_logo, sizeof(site_logo), "%s", v);
		}
	}
	kp_arena_reset(&a);
}

const char *kp_site_name(void)
{
	site_refresh();
	return *site_name ? site_name : kp_cfg.site_name ? kp_cfg.site_name : "";
}

const char *kp_site_logo(void)
{
	site_refresh();
	return site_logo;
}

void kp_view_begin(struct kp_req *r)
{
	const char *lang = NULL;
	if (r->user.id && r->user.lang)
		lang = r->user.lang;
	if (!lang)
		lang = lang_from_header(r->accept_language);
	if (!lang)
		lang = kp_cfg.lang;
	struct lang_root *l = root_for(lang);
	r->lang = l->code;
	r->hdf = (struct HDF *)l->hdf;
	/* Site.* stays in the language's root (only Page.* and User.* are
	 * cleared); the name is set again as it may have changed. */
	NEOERR *e = hdf_set_value(l->hdf, "Site.Name", kp_site_name());
	if (!e)
		e = hdf_set_value(l->hdf, "Site.Logo", kp_site_logo());
	if (e)
		log_neoerr("cannot set Site.Name / Site.Logo", e);
	kp_set(r, "Page.Path", r->path);
	if (r->csrf_token)
		kp_set(r, "Page.CSRF", r->csrf_token);
	if (r->user.id) {
		kp_set_int(r, "User.Id", r->user.id);
		kp_set(r, "User.Name", r->user.name);
		kp_set_int(r, "User.IsAdmin", r->user.role == KP_ROLE_ADMIN);
		kp_set_int(r, "User.IsModerator", r->user.role >= KP_ROLE_MODERATOR);
	}
}

/* hdf_remove_tree of ClearSilver 0.10.5 (Debian's) frees the node but leaves
 * the parent's lookup cache (last_hp, last_hs) pointing at it; the next
 * hdf_set_value on that level reads the freed node, and could write into
 * it once the memory is reused. Later upstream versions clear the cache
 * themselves; doing it here is right for both. */
static void remove_tree(HDF *root, const char *name)
{
	hdf_remove_tree(root, name);
	root->last_hp = NULL;
	root->last_hs = NULL;
}

void kp_view_reset(struct kp_req *r)
{
	if (!r->hdf)
		return;
	remove_tree((HDF *)r->hdf, "Page");
	remove_tree((HDF *)r->hdf, "User");
	r->hdf = NULL;
}

void kp_set(struct kp_req *r, const char *name, const char *value)
{
	/* Only Page.* and User.* are cleared after a request (kp_view_reset):
	 * anything else would be seen by the next user of this worker. */
	if (strncmp(name, "Page.", 5) != 0 && strncmp(name, "User.", 5) != 0) {
		kp_log("view: refused to set %s (only Page.* and User.*)", name);
		return;
	}
	NEOERR *e = hdf_set_value((HDF *)r->hdf, name, value ? value : "");
	if (e)
		log_neoerr(name, e);
}

const char *kp_get(struct kp_req *r, const char *name)
{
	return hdf_get_value((HDF *)r->hdf, name, NULL);
}

void kp_set_int(struct kp_req *r, const char *name, long long value)
{
	char buf[32];
	snprintf(buf, sizeof(buf), "%lld", value);
	kp_set(r, name, buf);
}

void kp_setf(struct kp_req *r, const char *value, const char *namefmt, ...)
{
	char name[256];
	va_list ap;
	va_start(ap, namefmt);
	vsnprintf(name, sizeof(name), namefmt, ap);
	va_end(ap);
	kp_set(r, name, value);
}

const char *kp_text(const char *lang, const char *key)
{
	char name[160];
	snprintf(name, sizeof(name), "Lang.%s", key);
	const char *v = hdf_get_value(root_for(lang)->hdf, name, NULL);
	if (!v) {
		kp_log("view: missing string %s (%s)", name, lang);
		return key;
	}
	return v;
}

const char *kp_t(struct kp_req *r, const char *key)
{
	return kp_text(r->lang ? r->lang : kp_cfg.lang, key);
}

const char *kp_text_fill(struct kp_arena *a, const char *lang, const char *key, const char *name,
                         const char *link)
{
	const char *t = kp_text(lang, key);
	struct {
		const char *mark, *value;
	} subst[] = {{"{name}", name}, {"{link}", link}, {"{site}", kp_site_name()}};
	/* Two passes: measure, then copy. */
	char *dst = NULL;
	for (int pass = 0; pass < 2; pass++) {
		size_t o = 0;
		for (const char *p = t; *p;) {
			size_t k;
			for (k = 0; k < 3; k++) {
				size_t ml = strlen(subst[k].mark);
				if (strncmp(p, subst[k].mark, ml) == 0) {
					const char *v = subst[k].value ? subst[k].value : "";
					size_t vl = strlen(v);
					if (dst)
						memcpy(dst + o, v, vl);
					o += vl;
					p += ml;
					break;
				}
			}
			if (k == 3) {
				if (dst)
					dst[o] = *p;
				o++;
				p++;
			}
		}
		if (pass == 0) {
			dst = kp_arena_alloc(a, o + 1);
			if (!dst)
				return t;
		} else {
			dst[o] = '\0';
		}
	}
	return dst;
}

const char *kp_format_time(struct kp_arena *a, const char *lang, const char *utc)
{
	struct tm tm;
	memset(&tm, 0, sizeof(tm));
	if (!utc || !strptime(utc, "%Y-%m-%d %H:%M:%S", &tm))
		return "";
	time_t t = timegm(&tm);
	struct tm local;
	localtime_r(&t, &local);
	char buf[64];
	static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	if (strcmp(lang, "en") == 0)
		snprintf(buf, sizeof(buf), "%d %s %d, %02d:%02d", local.tm_mday,
		         months[local.tm_mon], local.tm_year + 1900, local.tm_hour, local.tm_min);
	else
		snprintf(buf, sizeof(buf), "%02d.%02d.%d, %02d:%02d", local.tm_mday,
		         local.tm_mon + 1, local.tm_year + 1900, local.tm_hour, local.tm_min);
	return kp_arena_strdup(a, buf);
}

void kp_set_time(struct kp_req *r, const char *name, const char *utc)
{
	if (!utc || strlen(utc) != 19)
		return;
	char iso[21];
	memcpy(iso, utc, 19);
	iso[10] = 'T';
	iso[19] = 'Z';
	iso[20] = '\0';
	kp_setf(r, iso, "%s.At", name);
	kp_setf(r, kp_format_time(&r->arena, r->lang, utc), "%s.AtText", name);
}

long long kp_parse_id(const char *s)
{
	if (!s || !*s || (s[0] == '0' && s[1]) || strlen(s) > 18)
		return -1;
	long long n = 0;
	for (const char *c = s; *c; c++) {
		if (*c < '0' || *c > '9')
			return -1;
		n = n * 10 + (*c - '0');
	}
	return n;
}

char *kp_url_encode(struct kp_arena *a, const char *s)
{
	size_t n = strlen(s);
	char *enc = kp_arena_alloc(a, 3 * n + 1);
	if (!enc)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '_' || c == '.' || c == '~')
			enc[o++] = (char)c;
		else
			o += (size_t)sprintf(enc + o, "%%%02X", c);
	}
	enc[o] = '\0';
	return enc;
}

long long kp_pager(struct kp_req *r, long long count, long long page, long long per_page)
{
	long long pages = count > 0 ? (count + per_page - 1) / per_page : 1;
	if (page < 1)
		page = 1;
	if (page > pages)
		page = pages;
	kp_set_int(r, "Page.Pager.Page", page);
	kp_set_int(r, "Page.Pager.Pages", pages);
	kp_set_int(r, "Page.Pager.Total", count);
	return (page - 1) * per_page;
}

void kp_form_value(struct kp_req *r, const char *field, const char *value)
{
	kp_setf(r, value, "Page.Form.%s.Value", field);
}

void kp_form_error(struct kp_req *r, const char *field, const char *lang_key)
{
	const char *text = kp_t(r, lang_key);
	kp_setf(r, text, "Page.Form.%s.Error", field);
	int n = 0;
	HDF *errs = hdf_get_obj((HDF *)r->hdf, "Page.Errors");
	for (HDF *c = errs ? hdf_obj_child(errs) : NULL; c; c = hdf_obj_next(c))
		n++;
	kp_setf(r, field, "Page.Errors.%d.Field", n);
	kp_setf(r, text, "Page.Errors.%d.Text", n);
}

int kp_form_has_errors(struct kp_req *r)
{
	return hdf_get_obj((HDF *)r->hdf, "Page.Errors") != NULL;
}

static NEOERR *collect(void *ctx, char *s)
{
	(void)ctx;
	size_t n = strlen(s);
	if (out.len + n + 1 > out.cap) {
		size_t cap = out.cap ? out.cap : 65536;
		while (cap < out.len + n + 1)
			cap *= 2;
		char *p = realloc(out.buf, cap);
		if (!p) {
			out.failed = 1;
			return nerr_raise(NERR_NOMEM, "render buffer");
		}
		out.buf = p;
		out.cap = cap;
	}
	memcpy(out.buf + out.len, s, n);
	out.len += n;
	out.buf[out.len] = '\0'; /* always a string, too */
	return STATUS_OK;
}

static CSPARSE *template_for(struct lang_root *l, const char *name)
{
	for (int i = 0; i < l->count; i++)
		if (strcmp(l->cache[i].name, name) == 0)
			return l->cache[i].cs;
	if (l->count == MAX_TEMPLATES || strlen(name) >= sizeof(l->cache[0].name)) {
		kp_log("view: template cache full or name too long: %s", name);
		return NULL;
	}
	CSPARSE *cs = NULL;
	NEOERR *e = cs_init(&cs, l->hdf);
	if (!e)
		e = cgi_register_strfuncs(cs);
	/* markdown(x): Markdown rendered to safe HTML (markdown.h) — an
	 * escaping function, so its output is not escaped a second time. */
	if (!e)
		e = cs_register_esc_strfunc(cs, "markdown", kp_markdown_strfunc);
	if (!e)
		e = cs_parse_file(cs, name);
	if (e) {
		log_neoerr(name, e);
		if (cs)
			cs_destroy(&cs);
		return NULL;
	}
	struct template *t = &l->cache[l->count++];
	snprintf(t->name, sizeof(t->name), "%s", name);
	t->cs = cs;
	return cs;
}

/* The last resort when a template itself fails: no internals either. */
static void send_bare_500(struct kp_req *r)
{
	static const char body[] = "<!DOCTYPE html><html lang=\"de\"><title>Fehler / Error</title>"
	                           "<h1>Ein Fehler ist aufgetreten / An error occurred</h1></html>";
	kp_send(r, 500, "text/html; charset=utf-8", body, sizeof(body) - 1);
}

static void take_flash(struct kp_req *r)
{
	const char *key = kp_param_value(&r->cookies, kp_cookie_name(r, "kp_flash"));
	if (!key)
		return;
	for (const char *p = key; *p; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')))
			return;
	char name[96];
	snprintf(name, sizeof(name), "Lang.Flash.%s", key);
	const char *text = hdf_get_value((HDF *)r->hdf, name, NULL);
	if (text)
		kp_set(r, "Page.Flash", text);
	kp_cookie(r, "kp_flash", "", 0);
}

int kp_render_buffer(struct kp_req *r, const char *template_name, const char **html, size_t *len)
{
	struct lang_root *l = root_for(r->lang ? r->lang : kp_cfg.lang);
	CSPARSE *cs = template_for(l, template_name);
	if (!cs)
		return -1;
	out.len = 0;
	out.failed = 0;
	NEOERR *e = cs_render(cs, NULL, collect);
	if (e || out.failed) {
		if (e)
			log_neoerr(template_name, e);
		return -1;
	}
	*html = out.buf ? out.buf : "";
	*len = out.len;
	return 0;
}

void kp_render(struct kp_req *r, int status, const char *template_name)
{
	if (status == 200)
		take_flash(r);
	/* The header's unread count (layout.cs) for every program's pages,
	 * set here rather than in kp_view_begin so that only a rendered page
	 * pays for its query (not a redirect, a download, a CSV); never
	 * after a failure (the database may be why), and a failed count
	 * shows no badge rather than an error page. */
	long long unread = 0;
	if (r->user.id && status < 500 && kp_notify_unread(r, &unread) == KP_DB_OK && unread > 0)
		kp_set_int(r, "User.Unread", unread);
	const char *html;
	size_t len;
	if (kp_render_buffer(r, template_name, &html, &len) != 0) {
		send_bare_500(r);
		return;
	}
	kp_send(r, status, "text/html; charset=utf-8", html, len);
}

/* Bytes a URI may not hold as they are (RFC 3986): controls, space,
 * non-ASCII and the delimiters that are never part of one. */
static int needs_escape(unsigned char c)
{
	return c <= ' ' || c >= 0x7f || strchr("\"<>\\^`{|}", c) != NULL;
}

void kp_redirect(struct kp_req *r, const char *location)
{
	/* A Location is a URI: spaces, controls and non-ASCII (from a next=
	 * parameter) go percent-encoded, never raw into the header. */
	size_t n = strlen(location), extra = 0;
	for (size_t i = 0; i < n; i++)
		extra += needs_escape((unsigned char)location[i]);
	char *uri = kp_arena_alloc(&r->arena, n + 2 * extra + 1);
	if (!uri) {
		kp_error(r, 500);
		return;
	}
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)location[i];
		if (needs_escape(c)) {
			o += (size_t)sprintf(uri + o, "%%%02X", c);
		} else {
			uri[o++] = (char)c;
		}
	}
	uri[o] = '\0';
	kp_header(r, "Location", uri);
	kp_send(r, 303, NULL, NULL, 0);
}

void kp_redirect_flash(struct kp_req *r, const char *location, const char *flash_key)
{
	kp_cookie(r, "kp_flash", flash_key, 60);
	kp_redirect(r, location);
}

void kp_error(struct kp_req *r, int status)
{
	if (!r->hdf)
		kp_view_begin(r);
	kp_set_int(r, "Page.Status", status);
	char key[64];
	snprintf(key, sizeof(key), "Error.%d.Title", status);
	kp_set(r, "Page.Title", kp_t(r, key));
	kp_render(r, status, "error.cs");
}

void kp_db_fail(struct kp_req *r, int db_status)
{
	/* Errors are logged where they happen (db.c); these two are answers a
	 * handler did not expect, so they are logged here. */
	if (db_status == KP_DB_DUPLICATE || db_status == KP_DB_CONFLICT)
		kp_log_req(r, "unexpected %s on %s",
		           db_status == KP_DB_DUPLICATE ? "duplicate key" : "conflict",
		           r->route ? r->route : "(no route)");
	if (db_status == KP_DB_DOWN) {
		kp_header(r, "Retry-After", "10");
		kp_error(r, 503);
	} else {
		kp_error(r, 500);
	}
}
