#include "session.h"

#include <string.h>

#include "config.h"
#include "crypto.h"
#include "db.h"

enum {
	SESSION_LOAD,
	SESSION_TOUCH,
	SESSION_INSERT,
	SESSION_DELETE,
	SESSION_DELETE_USER,
};
static struct kp_sql session_sql[] = {
    [SESSION_LOAD] = {"SELECT s.id, u.id, u.name, u.email, u.lang, u.role,"
                      " TIMESTAMPDIFF(SECOND, s.last_seen_at, NOW()),"
                      " TIMESTAMPDIFF(SECOND, s.created_at, NOW())"
                      " FROM sessions s JOIN users u ON u.id = s.user_id"
                      " WHERE s.token_hash = ? AND u.status = 'active'"},
    [SESSION_TOUCH] = {"UPDATE sessions SET last_seen_at = NOW() WHERE id = ?"},
    [SESSION_INSERT] = {"INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at,"
                        " ip, user_agent) VALUES (?, ?, NOW(), NOW(), ?, ?)"},
    [SESSION_DELETE] = {"DELETE FROM sessions WHERE id = ?"},
    [SESSION_DELETE_USER] = {"DELETE FROM sessions WHERE user_id = ? AND id <> ?"},
};

/* last_seen_at is written at most once a minute: idle timeouts are in
 * hours, and a write per page view would be the busiest query we have. */
#define TOUCH_INTERVAL 60

static enum kp_role role_of(const char *s)
{
	if (s && strcmp(s, "admin") == 0)
		return KP_ROLE_ADMIN;
	if (s && strcmp(s, "moderator") == 0)
		return KP_ROLE_MODERATOR;
	return KP_ROLE_MEMBER;
}

int kp_session_load(struct kp_req *r)
{
	const char *cookie = kp_cookie_name(r, "kp_session");
	const char *token = kp_param_value(&r->cookies, cookie);
	if (!token)
		return KP_DB_OK;
	if (!kp_token_valid(token)) {
		kp_cookie(r, "kp_session", "", 0);
		return KP_DB_OK;
	}
	unsigned char hash[32];
	kp_sha256(token, strlen(token), hash);
	struct kp_rows rows;
	int rc =
	    kp_db_select(&r->arena, &session_sql[SESSION_LOAD], KP_ARGS(KP_BLOB(hash, 32)), &rows);
	if (rc != KP_DB_OK)
		return rc;
	if (rows.count == 0) {
		kp_cookie(r, "kp_session", "", 0);
		return KP_DB_OK;
	}
	long long session_id = kp_cell_int(&rows, 0, 0);
	long long idle = kp_cell_int(&rows, 0, 6);
	long long age = kp_cell_int(&rows, 0, 7);
	if (idle > kp_cfg.session_idle || age > kp_cfg.session_max_age) {
		kp_db_exec(&session_sql[SESSION_DELETE], KP_ARGS(KP_INT(session_id)), NULL, NULL);
		kp_cookie(r, "kp_session", "", 0);
		return KP_DB_OK;
	}
	if (idle >= TOUCH_INTERVAL) {
		rc = kp_db_exec(&session_sql[SESSION_TOUCH], KP_ARGS(KP_INT(session_id)), NULL,
		                NULL);
		if (rc != KP_DB_OK)
			return rc;
	}
	r->session_id = session_id;
	r->session_token = token;
	r->user.id = kp_cell_int(&rows, 0, 1);
	r->user.name = kp_cell(&rows, 0, 2);
	r->user.email = kp_cell(&rows, 0, 3);
	r->user.lang = kp_cell(&rows, 0, 4);
	r->user.role = role_of(kp_cell(&rows, 0, 5));
	return KP_DB_OK;
}

int kp_session_start(struct kp_req *r, long long user_id)
{
	if (r->session_id) {
		int rc = kp_session_end(r);
		if (rc != KP_DB_OK)
			return rc;
	}
	char token[KP_TOKEN_LEN + 1];
	if (kp_token_new(token) != 0)
		return KP_DB_ERROR;
	unsigned char hash[32];
	kp_sha256(token, strlen(token), hash);
	/* The header is the browser's to choose: stored only as valid text. */
	const char *agent = kp_text_clean(&r->arena, r->user_agent, 255);
	unsigned long long id;
	int rc = kp_db_exec(
	    &session_sql[SESSION_INSERT],
	    KP_ARGS(KP_BLOB(hash, 32), KP_INT(user_id), KP_STR(r->remote_addr), KP_STR(agent)),
	    NULL, &id);
	if (rc != KP_DB_OK)
		return rc;
	r->session_id = (long long)id;
	r->session_token = kp_arena_strdup(&r->arena, token);
	r->user.id = user_id;
	kp_cookie(r, "kp_session", token, -1);
	return KP_DB_OK;
}

int kp_session_end(struct kp_req *r)
{
	int rc = KP_DB_OK;
	if (r->session_id)
		rc = kp_db_exec(&session_sql[SESSION_DELETE], KP_ARGS(KP_INT(r->session_id)), NULL,
		                NULL);
	kp_cookie(r, "kp_session", "", 0);
	r->session_id = 0;
	r->session_token = NULL;
	memset(&r->user, 0, sizeof(r->user));
	return rc;
}

int kp_session_end_user(long long user_id, long long keep_session_id)
{
	return kp_db_exec(&session_sql[SESSION_DELETE_USER],
	                  KP_ARGS(KP_INT(user_id), KP_INT(keep_session_id)), NULL, NULL);
}
