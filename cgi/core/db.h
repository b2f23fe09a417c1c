/* db: MariaDB Connector/C with prepared statements only.
 *
 * Each program keeps its SQL in one statement table: an enum and a
 * `struct kp_sql` array side by side, indexed by the enum. Statements are
 * prepared lazily on first use and again after a reconnect (the generation
 * counter tells which are stale). A worker process has exactly one
 * connection, so the connection is module state, not a handle.
 *
 * Reconnects: never MYSQL_OPT_RECONNECT (it silently drops transaction and
 * statement state). When the server has gone away (2006/2013) we reconnect
 * once and retry — but only statements that cannot have changed anything
 * (reads), and never inside a transaction: a write whose answer was lost may
 * have been committed, so it is reported as an error instead of repeated.
 *
 * Values: results are fetched as text into the caller's arena. */
#ifndef KP_DB_H
#define KP_DB_H
#include <stddef.h>
#include <string.h>
#include "arena.h"

struct kp_sql {
	const char *text;
	void *stmt;   /* MYSQL_STMT *, prepared lazily */
	unsigned gen; /* connection generation it was prepared on */
};

enum kp_val_type { KP_VAL_NULL, KP_VAL_INT, KP_VAL_STR };
struct kp_val {
	enum kp_val_type type;
	long long i;
	const char *s;
	size_t len;
};
#define KP_INT(x) ((struct kp_val){.type = KP_VAL_INT, .i = (long long)(x)})
/* A NULL pointer binds SQL NULL. */
#define KP_STR(x)     kp_val_str(x)
#define KP_BLOB(p, n) ((struct kp_val){.type = KP_VAL_STR, .s = (const char *)(p), .len = (n)})
#define KP_NULLV      ((struct kp_val){.type = KP_VAL_NULL})
/* KP_ARGS(a, b, c) expands to an array and its length. */
#define KP_ARGS(...)                                                                               \
	(const struct kp_val[]){__VA_ARGS__},                                                      \
	    sizeof((const struct kp_val[]){__VA_ARGS__}) / sizeof(struct kp_val)
#define KP_NOARGS NULL, 0

static inline struct kp_val kp_val_str(const char *s)
{
	if (!s)
		return KP_NULLV;
	return (struct kp_val){.type = KP_VAL_STR, .s = s, .len = strlen(s)};
}

/* Rows of a SELECT, as text. kp_cell is NULL for SQL NULL. */
struct kp_rows {
	size_t count, cols;
	char **cells; /* count * cols */
};
static inline const char *kp_cell(const struct kp_rows *r, size_t row, size_t col)
{
	return r->cells[row * r->cols + col];
}
long long kp_cell_int(const struct kp_rows *r, size_t row, size_t col);

enum kp_db_status {
	KP_DB_OK = 0,
	KP_DB_DOWN = -1,      /* no connection or lost: the user sees 503 */
	KP_DB_DUPLICATE = -2, /* unique key violated (1062) */
	KP_DB_ERROR = -3,     /* anything else: logged, the user sees 500 */
	KP_DB_CONFLICT = -4,  /* nothing changed: another request was first */
};

/* Connects as the application user (or, with migrate = 1, as the migrate
 * user). Called lazily by the functions below; call it directly to check. */
int kp_db_connect(int migrate);
void kp_db_close(void);

/* Runs a SELECT; rows land in the arena. */
int kp_db_select(struct kp_arena *a, struct kp_sql *q, const struct kp_val *args, size_t nargs,
                 struct kp_rows *out);
/* Runs anything else. affected / insert_id may be NULL. */
int kp_db_exec(struct kp_sql *q, const struct kp_val *args, size_t nargs,
               unsigned long long *affected, unsigned long long *insert_id);

/* Explicit transactions for anything that writes more than one row. */
int kp_db_begin(void);
int kp_db_commit(void);
void kp_db_rollback(void);
/* Ends a unit of work by its status: commits when rc is KP_DB_OK (and
 * returns the commit's status), else rolls back and returns rc. The tail
 * of every transaction: begin, statements while OK, kp_db_end(rc). */
int kp_db_end(int rc);

/* Runs a whole SQL script (several statements). For kpctl migrate and
 * load-demo only: the text comes from files shipped with the program,
 * never from a request. */
int kp_db_run_script(const char *sql, size_t len, char *err, size_t errlen);

/* The last error's message (for logs). */
const char *kp_db_error(void);

#endif
