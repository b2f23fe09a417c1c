/* view: the HDF data tree and ClearSilver templates.
 *
 * Each worker keeps one HDF root per language (de, en). A root holds
 * Config.VarEscapeMode = html — set before any cs_init, so every
 * <?cs var: ?> is escaped; it is never switched off — the load path, the
 * language's strings (Lang.*) and Site.*. A request fills Page.* and
 * User.* in the root of its language, renders one page template, and
 * kp_view_reset clears both. Templates are parsed once per worker and
 * language and rendered again with fresh data.
 *
 * Templates read only Page.*, Site.*, User.*, Lang.* (templates/README.md). */
#ifndef KP_VIEW_H
#define KP_VIEW_H
#include "request.h"

int kp_view_init(void);
/* Picks the language (user's, else Accept-Language, else Site.Lang) and
 * binds r->hdf; fills User.* and Site.*. */
void kp_view_begin(struct kp_req *r);
/* Clears Page.* and User.* after the request. */
void kp_view_reset(struct kp_req *r);

/* Setting data for templates. Values are copied. */
void kp_set(struct kp_req *r, const char *name, const char *value);
void kp_set_int(struct kp_req *r, const char *name, long long value);
/* A value set earlier in this request, or NULL. */
const char *kp_get(struct kp_req *r, const char *name);
/* name is built with printf-style arguments (e.g. "Page.Sessions.%zu.Id"). */
void kp_setf(struct kp_req *r, const char *value, const char *namefmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A translated string: kp_t(r, "Err.Required") reads Lang.Err.Required.
 * Missing keys come back as the key itself (and are logged). */
const char *kp_t(struct kp_req *r, const char *key);
/* The same without a request (kpctl, kp-mailer): lang is "de" or "en". */
const char *kp_text(const char *lang, const char *key);
/* The network's name: the site setting "site.name" (the admin pages),
 * else Site.Name of the config. Read from the database at most every
 * KP_SITE_NAME_TTL seconds per process (a change shows everywhere within
 * that time); Site.Name in templates and {site} in mails use it. */
#define KP_SITE_NAME_TTL 10
const char *kp_site_name(void);
/* The network's logo (site setting "logo.sha256", the admin pages): the
 * SHA-256 of the stored image, or "" for none; read with the name.
 * Templates see it as Site.Logo (served at /site/logo). */
const char *kp_site_logo(void);
/* kp_text with {name}, {link}, {site} replaced (for mails); in the arena. */
const char *kp_text_fill(struct kp_arena *a, const char *lang, const char *key, const char *name,
                         const char *link);
/* A UTC "YYYY-MM-DD HH:MM:SS" from the database as local time for people
 * (Site.TimeZone): "22.11.2026, 14:03" in German, "22 Nov 2026, 14:03" in
 * English. */
const char *kp_format_time(struct kp_arena *a, const char *lang, const char *utc);
/* A UTC "YYYY-MM-DD HH:MM:SS" from the database as NAME.At (ISO 8601, for
 * <time datetime>) and NAME.AtText (kp_format_time, for people). Nothing
 * is set for NULL or anything else. */
void kp_set_time(struct kp_req *r, const char *name, const char *utc);

/* A canonical decimal id or count: digits only, no sign, no leading zero
 * (so "/people/007" and "+7" are not member 7), at most 18 digits.
 * Returns -1 for anything else. */
long long kp_parse_id(const char *s);

/* s percent-encoded for a query string value (RFC 3986 unreserved kept). */
char *kp_url_encode(struct kp_arena *a, const char *s);

/* Pagination: Page.Pager.Page / .Pages / .Total for count rows at
 * per_page each, with page clamped to the range; returns the OFFSET. */
long long kp_pager(struct kp_req *r, long long count, long long page, long long per_page);

/* Form helpers: Page.Form.FIELD.Value / .Error and the error summary. */
void kp_form_value(struct kp_req *r, const char *field, const char *value);
void kp_form_error(struct kp_req *r, const char *field, const char *lang_key);
int kp_form_has_errors(struct kp_req *r);

/* Renders a template into a buffer owned by the view (valid until the
 * next render). 0 on success. kp_render uses it; so do the unit tests. */
int kp_render_buffer(struct kp_req *r, const char *template_name, const char **html, size_t *len);

/* Answers. Each writes the whole response. */
void kp_render(struct kp_req *r, int status, const char *template_name);
void kp_redirect(struct kp_req *r, const char *location);
/* Error page in the user's language, no internals (templates/error.cs). */
void kp_error(struct kp_req *r, int status);
/* Redirect with a one-line message shown on the next page (Lang.Flash.KEY). */
void kp_redirect_flash(struct kp_req *r, const char *location, const char *flash_key);

/* Maps a db status (db.h) to an error page: DOWN -> 503, else 500. */
void kp_db_fail(struct kp_req *r, int db_status);

#endif
