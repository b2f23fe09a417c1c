#include "once.h"

#include "crypto.h"
#include "db.h"

static struct kp_sql once_sql[] = {
    {"INSERT INTO form_once (user_id, token_hash, created_at, result) VALUES (?, ?, NOW(), '')"},
    {"SELECT result FROM form_once WHERE user_id = ? AND token_hash = ?"},
    {"UPDATE form_once SET result = ? WHERE user_id = ? AND token_hash = ?"},
};

const char *kp_once_new(struct kp_req *r)
{
	char *t = kp_arena_alloc(&r->arena, KP_TOKEN_LEN + 1);
	if (!t || kp_token_new(t) != 0)
		return NULL;
	return t;
}

int kp_once_valid(const char *s)
{
	return s && kp_token_valid(s);
}

int kp_once_claim(struct kp_req *r, const char *token, const char **earlier)
{
	unsigned char h[32];
	kp_sha256(token, strlen(token), h);
	*earlier = NULL;
	int rc = kp_db_exec(&once_sql[0], KP_ARGS(KP_INT(r->user.id), KP_BLOB(h, sizeof(h))), NULL,
	                    NULL);
	if (rc != KP_DB_DUPLICATE)
		return rc;
	struct kp_rows rows;
	int rc2 = kp_db_select(&r->arena, &once_sql[1],
	                       KP_ARGS(KP_INT(r->user.id), KP_BLOB(h, sizeof(h))), &rows);
	if (rc2 != KP_DB_OK)
		return rc2;
	*earlier = rows.count ? kp_cell(&rows, 0, 0) : "";
	return KP_DB_DUPLICATE;
}

int kp_once_done(struct kp_req *r, const char *token, const char *path)
{
	unsigned char h[32];
	kp_sha256(token, strlen(token), h);
	return kp_db_exec(&once_sql[2],
	                  KP_ARGS(KP_STR(path), KP_INT(r->user.id), KP_BLOB(h, sizeof(h))), NULL,
	                  NULL);
}
