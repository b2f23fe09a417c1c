#include "config.h"

#include <ClearSilver.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct kp_config kp_cfg;
/* Kept for the life of the process: kp_cfg's strings point into it. */
static HDF *config_hdf;

const char *kp_config_default_path(void)
{
	const char *env = getenv("KP_CONFIG");
	return env && *env ? env : "/etc/knotenpunkt/knotenpunkt.hdf";
}

static const char *str(const char *name, const char *def)
{
	return hdf_get_value(config_hdf, name, def);
}

static long num(const char *name, long def)
{
	const char *v = hdf_get_value(config_hdf, name, NULL);
	if (!v || !*v)
		return def;
	char *end;
	long n = strtol(v, &end, 10);
	return *end ? def : n;
}

/* "HTTPS://Host:443/path" -> "https://host": the form browsers send in
 * Origin (lower case, no default port), for a byte-wise comparison. */
static void origin_of(const char *url, char *out, size_t n)
{
	const char *p = strstr(url, "://");
	size_t len = strlen(url);
	if (p) {
		const char *slash = strchr(p + 3, '/');
		if (slash)
			len = (size_t)(slash - url);
	}
	snprintf(out, n, "%.*s", (int)len, url);
	for (char *c = out; *c; c++)
		*c = (char)tolower((unsigned char)*c);
	size_t o = strlen(out);
	if (strncmp(out, "https://", 8) == 0 && o > 4 && strcmp(out + o - 4, ":443") == 0)
		out[o - 4] = '\0';
	else if (strncmp(out, "http://", 7) == 0 && o > 3 && strcmp(out + o - 3, ":80") == 0)
		out[o - 3] = '\0';
}

int kp_config_load(const char *path, char *err, size_t errlen)
{
	if (config_hdf)
		hdf_destroy(&config_hdf);
	NEOERR *e = hdf_init(&config_hdf);
	if (!e)
		e = hdf_read_file(config_hdf, path);
	if (e) {
		STRING s;
		string_init(&s);
		nerr_error_string(e, &s);
		snprintf(err, errlen, "%s: %s", path, s.buf ? s.buf : "cannot read");
		string_clear(&s);
		nerr_ignore(&e);
		return -1;
	}
	struct kp_config *c = &kp_cfg;
	memset(c, 0, sizeof(*c));
	c->path = path;
	c->site_name = str("Site.Name", "Netzwerk Integration");
	c->base_url = str("Site.BaseURL", "http://127.0.0.1:8080");
	c->secure = (int)num("Site.Secure", 0);
	c->secret = str("Site.Secret", "");
	c->share_dir = str("Site.ShareDir", "/usr/share/knotenpunkt");
	c->data_dir = str("Site.DataDir", "/var/lib/knotenpunkt");
	c->lang = str("Site.Lang", "de");
	c->timezone = str("Site.TimeZone", "Europe/Berlin");
	c->db_socket = str("DB.Socket", "");
	c->db_host = str("DB.Host", "");
	c->db_port = (int)num("DB.Port", 0);
	c->db_name = str("DB.Name", "knotenpunkt");
	c->db_user = str("DB.User", "knotenpunkt");
	c->db_password = str("DB.Password", "");
	c->db_migrate_user = str("DB.MigrateUser", "");
	c->db_migrate_password = str("DB.MigratePassword", "");
	c->session_idle = num("Session.IdleTimeout", 28800);
	c->session_max_age = num("Session.MaxAge", 1209600);
	c->throttle_account = num("Auth.ThrottleAccount", 5);
	c->throttle_address = num("Auth.ThrottleAddress", 50);
	c->throttle_window = num("Auth.ThrottleWindow", 900);
	c->verify_ttl = num("Auth.VerifyTTL", 172800);
	c->reset_ttl = num("Auth.ResetTTL", 3600);
	c->invite_ttl = num("Auth.InviteTTL", 1209600);
	c->mail_from = str("Mail.From", "Knotenpunkt <noreply@localhost>");
	c->mail_url = str("Mail.URL", "smtp://localhost:25");
	c->mail_require_tls = (int)num("Mail.RequireTLS", 1);
	c->mail_user = str("Mail.User", "");
	c->mail_password = str("Mail.Password", "");
	c->mail_ca_file = str("Mail.CAFile", "");
	c->mail_max_attempts = num("Mail.MaxAttempts", 40);
	c->mail_give_up_after = num("Mail.GiveUpAfter", 86400);
	c->log_requests = (int)num("Log.Requests", 0);
	c->upload_max = num("Files.MaxUploadBytes", 50L << 20);
	origin_of(c->base_url, c->origin, sizeof(c->origin));
	snprintf(c->tmp_dir, sizeof(c->tmp_dir), "%s/tmp", c->data_dir);
	snprintf(c->file_dir, sizeof(c->file_dir), "%s/files", c->data_dir);
	return 0;
}

int kp_config_check(char *err, size_t errlen)
{
	const struct kp_config *c = &kp_cfg;
	if (strlen(c->secret) < 32 || strstr(c->secret, "CHANGE-ME")) {
		snprintf(err, errlen, "Site.Secret must be at least 32 random characters");
		return -1;
	}
	if (strncmp(c->base_url, "http://", 7) != 0 && strncmp(c->base_url, "https://", 8) != 0) {
		snprintf(err, errlen, "Site.BaseURL must start with http:// or https://");
		return -1;
	}
	if (c->base_url[strlen(c->base_url) - 1] == '/') {
		snprintf(err, errlen, "Site.BaseURL must not end with a slash");
		return -1;
	}
	if (c->secure != (strncmp(c->base_url, "https://", 8) == 0)) {
		snprintf(err, errlen,
		         "Site.Secure must be 1 exactly when Site.BaseURL is https://");
		return -1;
	}
	if (c->verify_ttl <= 0 || c->reset_ttl <= 0 || c->invite_ttl <= 0) {
		snprintf(err, errlen, "Auth.VerifyTTL, ResetTTL and InviteTTL must be positive");
		return -1;
	}
	if (strcmp(c->lang, "de") != 0 && strcmp(c->lang, "en") != 0) {
		snprintf(err, errlen, "Site.Lang must be de or en");
		return -1;
	}
	if (!*c->db_socket && !*c->db_host) {
		snprintf(err, errlen, "DB.Socket or DB.Host must be set");
		return -1;
	}
	if (c->session_idle <= 0 || c->session_max_age < c->session_idle) {
		snprintf(err, errlen, "Session.IdleTimeout must be > 0 and <= Session.MaxAge");
		return -1;
	}
	if (c->throttle_account < 1 || c->throttle_address < 1 || c->throttle_window < 1) {
		snprintf(err, errlen, "Auth.Throttle* must be positive");
		return -1;
	}
	if (c->mail_max_attempts < 1 || c->mail_give_up_after < 1) {
		snprintf(err, errlen, "Mail.MaxAttempts and Mail.GiveUpAfter must be positive");
		return -1;
	}
	/* Up to 1 GB: a whole body passes through a temporary file. */
	if (c->upload_max < 1 || c->upload_max > (1L << 30)) {
		snprintf(err, errlen, "Files.MaxUploadBytes must be between 1 and 1073741824");
		return -1;
	}
	if (!strchr(c->mail_from, '@')) {
		snprintf(err, errlen, "Mail.From must hold an address");
		return -1;
	}
	return 0;
}

void kp_config_apply_timezone(void)
{
	setenv("TZ", kp_cfg.timezone, 1);
	tzset();
}
