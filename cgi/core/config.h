/* config: the one HDF settings file (conf/knotenpunkt.hdf.example lists
 * every key), read once at program start into kp_cfg. */
#ifndef KP_CONFIG_H
#define KP_CONFIG_H
#include <stddef.h>

struct kp_config {
	const char *path;
	const char *site_name, *base_url, *secret, *share_dir, *data_dir, *lang, *timezone;
	int secure;
	const char *db_socket, *db_host, *db_name, *db_user, *db_password;
	const char *db_migrate_user, *db_migrate_password;
	int db_port;
	long session_idle, session_max_age;
	long throttle_account, throttle_address, throttle_window;
	long verify_ttl, reset_ttl, invite_ttl;
	const char *mail_from, *mail_url, *mail_user, *mail_password, *mail_ca_file;
	int mail_require_tls;
	long mail_max_attempts;
	long mail_give_up_after; /* seconds after queueing a mail is given up */
	int log_requests;
	/* Files.MaxUploadBytes: the largest document upload (default 50 MB);
	 * nginx's client_max_body_size on the upload locations must be a
	 * little above it (conf/nginx/knotenpunkt-routes.conf). */
	long upload_max;
	char origin[256]; /* scheme://host[:port] of base_url, for Origin checks */
	char tmp_dir[512];
	char file_dir[512];
};

extern struct kp_config kp_cfg;

/* Default path, or KP_CONFIG from the environment. */
const char *kp_config_default_path(void);
/* Loads path into kp_cfg. On failure returns -1 with a message in err. */
int kp_config_load(const char *path, char *err, size_t errlen);
/* Checks values for sanity (secret length, URL form, ...); writes the
 * first problem into err. 0 when fine. Used by kpctl check and at start. */
int kp_config_check(char *err, size_t errlen);
/* Sets TZ to Site.TimeZone so local times are the county's. */
void kp_config_apply_timezone(void);

#endif
