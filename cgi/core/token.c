#include "token.h"

#include <string.h>

#include "db.h"

enum {
	TOKEN_INSERT,
	TOKEN_INSERT_GROUP_INVITE,
	TOKEN_INSERT_REGISTRATION,
	TOKEN_FIND,
	TOKEN_USE,
	TOKEN_LIVE_OF_USER
};
static struct kp_sql token_sql[] = {
    [TOKEN_INSERT] = {"INSERT INTO tokens (token_hash, kind, user_id, email, created_by,"
                      " created_at, expires_at) VALUES (?, ?, ?, ?, ?, NOW(),"
                      " NOW() + INTERVAL ? SECOND)"},
    [TOKEN_INSERT_GROUP_INVITE] =
        {"INSERT INTO tokens (token_hash, kind, email, created_by, group_id,"
         " created_at, expires_at) VALUES (?, 'invite', ?, ?, ?, NOW(),"
         " NOW() + INTERVAL ? SECOND)"},
    [TOKEN_INSERT_REGISTRATION] =
        {"INSERT INTO tokens (token_hash, kind, user_id, email,"
         " name, password_hash, created_at, expires_at)"
         " VALUES (?, 'verify', ?, ?, ?, ?, NOW(), NOW() + INTERVAL ? SECOND)"},
    [TOKEN_FIND] = {"SELECT id, user_id, email, created_by, name, password_hash, group_id"
                    " FROM tokens WHERE token_hash = ?"
                    " AND kind = ? AND used_at IS NULL AND expires_at > NOW()"},
    [TOKEN_USE] = {"UPDATE tokens SET used_at = NOW() WHERE id = ? AND used_at IS NULL"},
    /* kp_token_use_all: a plain read of the live tokens, then each by its
     * primary key. An UPDATE by (user_id, kind) would lock the index gap
     * after the user's entries, and two people asking at once (their gaps
     * the same, at the end of the index) then deadlock on their INSERTs of
     * the new token. */
    [TOKEN_LIVE_OF_USER] = {"SELECT id FROM tokens WHERE user_id = ? AND kind = ?"
                            " AND used_at IS NULL"},
};

static struct kp_val id_or_null(long long id)
{
	return id ? KP_INT(id) : KP_NULLV;
}

int kp_token_issue(const char *kind, long long user_id, const char *email, long long created_by,
                   long ttl_seconds, char out[KP_TOKEN_LEN + 1])
{
	if (kp_token_new(out) != 0)
		return KP_DB_ERROR;
	unsigned char hash[32];
	kp_sha256(out, strlen(out), hash);
	return kp_db_exec(&token_sql[TOKEN_INSERT],
	                  KP_ARGS(KP_BLOB(hash, 32), KP_STR(kind), id_or_null(user_id),
	                          KP_STR(email), id_or_null(created_by), KP_INT(ttl_seconds)),
	                  NULL, NULL);
}

int kp_token_issue_group_invite(const char *email, long long created_by, long long group_id,
                                long ttl_seconds, char out[KP_TOKEN_LEN + 1])
{
	if (kp_token_new(out) != 0)
		return KP_DB_ERROR;
	unsigned char hash[32];
	kp_sha256(out, strlen(out), hash);
	return kp_db_exec(&token_sql[TOKEN_INSERT_GROUP_INVITE],
	                  KP_ARGS(KP_BLOB(hash, 32), KP_STR(email), id_or_null(created_by),
	                          KP_INT(group_id), KP_INT(ttl_seconds)),
	                  NULL, NULL);
}

int kp_token_issue_registration(long long user_id, const char *email, const char *name,
                                const char *password_hash, long ttl_seconds,
                                char out[KP_TOKEN_LEN + 1])
{
	if (kp_token_new(out) != 0)
		return KP_DB_ERROR;
	unsigned char hash[32];
	kp_sha256(out, strlen(out), hash);
	return kp_db_exec(&token_sql[TOKEN_INSERT_REGISTRATION],
	                  KP_ARGS(KP_BLOB(hash, 32), KP_INT(user_id), KP_STR(email), KP_STR(name),
	                          KP_STR(password_hash), KP_INT(ttl_seconds)),
	                  NULL, NULL);
}

int kp_token_find(struct kp_arena *a, const char *kind, const char *token, struct kp_token_row *row,
                  int *found)
{
	*found = 0;
	memset(row, 0, sizeof(*row));
	if (!token || !kp_token_valid(token))
		return KP_DB_OK;
	unsigned char hash[32];
	kp_sha256(token, strlen(token), hash);
	struct kp_rows rows;
	int rc = kp_db_select(a, &token_sql[TOKEN_FIND], KP_ARGS(KP_BLOB(hash, 32), KP_STR(kind)),
	                      &rows);
	if (rc != KP_DB_OK || rows.count == 0)
		return rc;
	row->id = kp_cell_int(&rows, 0, 0);
	row->user_id = kp_cell_int(&rows, 0, 1);
	row->email = kp_cell(&rows, 0, 2);
	row->created_by = kp_cell_int(&rows, 0, 3);
	row->name = kp_cell(&rows, 0, 4);
	row->password_hash = kp_cell(&rows, 0, 5);
	row->group_id = kp_cell_int(&rows, 0, 6);
	*found = 1;
	return KP_DB_OK;
}

int kp_token_use(long long id)
{
	unsigned long long affected = 0;
	int rc = kp_db_exec(&token_sql[TOKEN_USE], KP_ARGS(KP_INT(id)), &affected, NULL);
	if (rc == KP_DB_OK && affected != 1)
		return KP_DB_CONFLICT;
	return rc;
}

int kp_token_use_all(long long user_id, const char *kind)
{
	struct kp_arena a = {0};
	struct kp_rows live;
	int rc = kp_db_select(&a, &token_sql[TOKEN_LIVE_OF_USER],
	                      KP_ARGS(KP_INT(user_id), KP_STR(kind)), &live);
	for (size_t i = 0; rc == KP_DB_OK && i < live.count; i++)
		rc = kp_db_exec(&token_sql[TOKEN_USE], KP_ARGS(KP_INT(kp_cell_int(&live, i, 0))),
		                NULL, NULL);
	kp_arena_reset(&a);
	return rc;
}
