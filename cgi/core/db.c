#include "db.h"

#include <mysql.h>
#include <mysqld_error.h>
#include <errmsg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "config.h"
#include "log.h"

static MYSQL *conn;
static int conn_migrate;
static unsigned conn_gen = 1; /* bumped on each new connection */
static int in_tx;
/* The connection was lost inside a transaction: its earlier statements are
 * gone, so every further statement and the commit fail until rollback —
 * a later statement must never autocommit on a new connection. */
static int tx_broken;
static time_t last_used;
static char last_error[256];

const char *kp_db_error(void)
{
	return last_error;
}

static void remember_error(unsigned code, const char *msg)
{
	snprintf(last_error, sizeof(last_error), "%u %s", code, msg ? msg : "");
}

/* Errors that mean the connection is gone (or never came up). */
static int is_gone(unsigned code)
{
	return code == CR_SERVER_GONE_ERROR || code == CR_SERVER_LOST ||
	       code == CR_CONNECTION_ERROR || code == CR_CONN_HOST_ERROR ||
	       code == ER_CONNECTION_KILLED || code == ER_SERVER_SHUTDOWN || code == 4031;
}

void kp_db_close(void)
{
	if (conn) {
		mysql_close(conn);
		conn = NULL;
	}
	if (in_tx)
		tx_broken = 1;
	in_tx = 0;
}

int kp_db_connect(int migrate)
{
	if (conn && conn_migrate == migrate)
		return KP_DB_OK;
	kp_db_close();
	conn = mysql_init(NULL);
	if (!conn)
		return KP_DB_DOWN;
	unsigned timeout = 3, rw_timeout = 30;
	mysql_options(conn, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	mysql_options(conn, MYSQL_OPT_READ_TIMEOUT, &rw_timeout);
	mysql_options(conn, MYSQL_OPT_WRITE_TIMEOUT, &rw_timeout);
	mysql_options(conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	/* All times are stored and compared in UTC. */
	mysql_options(conn, MYSQL_INIT_COMMAND, "SET time_zone = '+00:00'");
	const char *user = migrate ? kp_cfg.db_migrate_user : kp_cfg.db_user;
	const char *pass = migrate ? kp_cfg.db_migrate_password : kp_cfg.db_password;
	const char *host = *kp_cfg.db_host ? kp_cfg.db_host : "localhost";
	const char *sock = *kp_cfg.db_socket ? kp_cfg.db_socket : NULL;
	unsigned long flags = migrate ? CLIENT_MULTI_STATEMENTS : 0;
	if (!mysql_real_connect(conn, host, user, pass, kp_cfg.db_name, (unsigned)kp_cfg.db_port,
	                        sock, flags)) {
		remember_error(mysql_errno(conn), mysql_error(conn));
		kp_log("db: cannot connect: %s", last_error);
		mysql_close(conn);
		conn = NULL;
		return KP_DB_DOWN;
	}
	conn_migrate = migrate;
	conn_gen++;
	last_used = time(NULL);
	return KP_DB_OK;
}

/* A connection idle for more than a second may have been closed by a
 * server restart or wait_timeout. Finding out with a ping before the next
 * statement means a write after a pause is never sent into a connection
 * that died during the pause, where its fate would be unknown. (Under load
 * the connection is never idle that long and nothing is pinged.) */
static int ensure_conn(void)
{
	if (tx_broken)
		return KP_DB_DOWN;
	if (conn && !in_tx && time(NULL) - last_used > 1 && mysql_ping(conn) != 0) {
		kp_log("db: connection lost, reconnecting");
		kp_db_close();
	}
	if (!conn && kp_db_connect(0) != KP_DB_OK)
		return KP_DB_DOWN;
	last_used = time(NULL);
	return KP_DB_OK;
}

static int classify(unsigned code, const char *msg)
{
	remember_error(code, msg);
	if (is_gone(code)) {
		kp_log("db: connection lost: %s", last_error);
		kp_db_close();
		return KP_DB_DOWN;
	}
	if (code == ER_DUP_ENTRY)
		return KP_DB_DUPLICATE;
	kp_log("db: %s", last_error);
	return KP_DB_ERROR;
}

static int prepare(struct kp_sql *q)
{
	MYSQL_STMT *st = q->stmt;
	if (st && q->gen == conn_gen)
		return KP_DB_OK;
	if (!q->text) { /* an enum entry without its SQL in the table */
		remember_error(0, "statement without SQL text");
		kp_log("db: statement without SQL text");
		return KP_DB_ERROR;
	}
	if (st)
		mysql_stmt_close(st); /* belongs to a closed connection */
	q->stmt = NULL;
	st = mysql_stmt_init(conn);
	if (!st)
		return KP_DB_ERROR;
	if (mysql_stmt_prepare(st, q->text, (unsigned long)strlen(q->text)) != 0) {
		int rc = classify(mysql_stmt_errno(st), mysql_stmt_error(st));
		mysql_stmt_close(st);
		return rc;
	}
	q->stmt = st;
	q->gen = conn_gen;
	return KP_DB_OK;
}

static int bind_and_execute(struct kp_sql *q, const struct kp_val *args, size_t nargs)
{
	MYSQL_STMT *st = q->stmt;
	if (mysql_stmt_param_count(st) != nargs) {
		remember_error(0, "parameter count mismatch");
		kp_log("db: %zu arguments for %lu placeholders in: %.60s", nargs,
		       mysql_stmt_param_count(st), q->text);
		return KP_DB_ERROR;
	}
	MYSQL_BIND bind[nargs > 0 ? nargs : 1];
	memset(bind, 0, sizeof(bind));
	for (size_t i = 0; i < nargs; i++) {
		switch (args[i].type) {
		case KP_VAL_NULL:
			bind[i].buffer_type = MYSQL_TYPE_NULL;
			break;
		case KP_VAL_INT:
			bind[i].buffer_type = MYSQL_TYPE_LONGLONG;
			bind[i].buffer = (void *)&args[i].i;
			break;
		case KP_VAL_STR:
			bind[i].buffer_type = MYSQL_TYPE_STRING;
			bind[i].buffer = (void *)args[i].s;
			bind[i].buffer_length = (unsigned long)args[i].len;
			break;
		}
	}
	if (nargs && mysql_stmt_bind_param(st, bind) != 0)
		return classify(mysql_stmt_errno(st), mysql_stmt_error(st));
	if (mysql_stmt_execute(st) != 0)
		return classify(mysql_stmt_errno(st), mysql_stmt_error(st));
	return KP_DB_OK;
}

/* Prepares (again if needed) and executes, with one retry on a fresh
 * connection when that cannot repeat a change: preparing is always safe;
 * executing is repeated only for reads outside a transaction. */
static int run(struct kp_sql *q, const struct kp_val *args, size_t nargs, int is_read)
{
	for (int attempt = 0;; attempt++) {
		int tx = in_tx;
		if (ensure_conn() != KP_DB_OK)
			return KP_DB_DOWN;
		int rc = prepare(q);
		if (rc == KP_DB_DOWN && attempt == 0 && !tx)
			continue;
		if (rc != KP_DB_OK)
			return rc;
		rc = bind_and_execute(q, args, nargs);
		if (rc == KP_DB_DOWN && attempt == 0 && !tx && is_read)
			continue;
		return rc;
	}
}

long long kp_cell_int(const struct kp_rows *r, size_t row, size_t col)
{
	const char *v = kp_cell(r, row, col);
	return v ? strtoll(v, NULL, 10) : 0;
}

int kp_db_select(struct kp_arena *a, struct kp_sql *q, const struct kp_val *args, size_t nargs,
                 struct kp_rows *out)
{
	memset(out, 0, sizeof(*out));
	int rc = run(q, args, nargs, 1);
	if (rc != KP_DB_OK)
		return rc;
	MYSQL_STMT *st = q->stmt;
	if (mysql_stmt_store_result(st) != 0)
		return classify(mysql_stmt_errno(st), mysql_stmt_error(st));
	size_t cols = mysql_stmt_field_count(st);
	size_t count = (size_t)mysql_stmt_num_rows(st);
	out->cols = cols;
	out->cells = kp_arena_alloc(a, sizeof(char *) * (count * cols + 1));
	if (!out->cells) {
		mysql_stmt_free_result(st);
		return KP_DB_ERROR;
	}
	/* Fetch lengths first (zero-size buffers), then each column at its
	 * real size: works for every type and any length without guessing. */
	MYSQL_BIND bind[cols > 0 ? cols : 1];
	unsigned long len[cols > 0 ? cols : 1];
	my_bool isnull[cols > 0 ? cols : 1];
	memset(bind, 0, sizeof(bind));
	for (size_t c = 0; c < cols; c++) {
		bind[c].buffer_type = MYSQL_TYPE_STRING;
		bind[c].length = &len[c];
		bind[c].is_null = &isnull[c];
	}
	if (cols && mysql_stmt_bind_result(st, bind) != 0) {
		mysql_stmt_free_result(st);
		return classify(mysql_stmt_errno(st), mysql_stmt_error(st));
	}
	size_t row = 0;
	int f = 0;
	while (row < count && ((f = mysql_stmt_fetch(st)) == 0 || f == MYSQL_DATA_TRUNCATED)) {
		for (size_t c = 0; c < cols; c++) {
			char **cell = &out->cells[row * cols + c];
			if (isnull[c]) {
				*cell = NULL;
				continue;
			}
			*cell = kp_arena_alloc(a, len[c] + 1);
			if (!*cell) {
				mysql_stmt_free_result(st);
				return KP_DB_ERROR;
			}
			if (len[c] == 0)
				continue;
			MYSQL_BIND one;
			unsigned long got;
			memset(&one, 0, sizeof(one));
			one.buffer_type = MYSQL_TYPE_STRING;
			one.buffer = *cell;
			one.buffer_length = len[c] + 1;
			one.length = &got;
			if (mysql_stmt_fetch_column(st, &one, (unsigned)c, 0) != 0) {
				rc = classify(mysql_stmt_errno(st), mysql_stmt_error(st));
				mysql_stmt_free_result(st);
				return rc;
			}
			(*cell)[len[c]] = '\0';
		}
		row++;
	}
	out->count = row;
	if (row < count) { /* fetch failed midway: no partial lists */
		rc = classify(mysql_stmt_errno(st), mysql_stmt_error(st));
		mysql_stmt_free_result(st);
		return rc;
	}
	mysql_stmt_free_result(st);
	return KP_DB_OK;
}

int kp_db_exec(struct kp_sql *q, const struct kp_val *args, size_t nargs,
               unsigned long long *affected, unsigned long long *insert_id)
{
	int rc = run(q, args, nargs, 0);
	if (rc != KP_DB_OK)
		return rc;
	if (affected)
		*affected = (unsigned long long)mysql_stmt_affected_rows(q->stmt);
	if (insert_id)
		*insert_id = (unsigned long long)mysql_stmt_insert_id(q->stmt);
	return KP_DB_OK;
}

int kp_db_begin(void)
{
	tx_broken = 0; /* a new unit of work; the last one was rolled back */
	if (ensure_conn() != KP_DB_OK)
		return KP_DB_DOWN;
	if (mysql_real_query(conn, "START TRANSACTION", 17) != 0)
		return classify(mysql_errno(conn), mysql_error(conn));
	in_tx = 1;
	return KP_DB_OK;
}

int kp_db_commit(void)
{
	if (!conn || tx_broken) {
		in_tx = 0;
		tx_broken = 0;
		return KP_DB_DOWN;
	}
	int ok = mysql_commit(conn) == 0;
	in_tx = 0;
	if (!ok)
		return classify(mysql_errno(conn), mysql_error(conn));
	return KP_DB_OK;
}

void kp_db_rollback(void)
{
	if (conn && in_tx)
		mysql_rollback(conn);
	in_tx = 0;
	tx_broken = 0;
}

int kp_db_end(int rc)
{
	if (rc == KP_DB_OK)
		rc = kp_db_commit();
	if (rc != KP_DB_OK)
		kp_db_rollback();
	return rc;
}

int kp_db_run_script(const char *sql, size_t len, char *err, size_t errlen)
{
	if (!conn || !conn_migrate) {
		snprintf(err, errlen, "not connected as the migrate user");
		return KP_DB_ERROR;
	}
	int status = mysql_real_query(conn, sql, (unsigned long)len);
	for (;;) {
		if (status != 0) {
			snprintf(err, errlen, "%u %s", mysql_errno(conn), mysql_error(conn));
			/* Drain what is left so the connection stays usable. */
			while (mysql_more_results(conn) && mysql_next_result(conn) == 0) {
				MYSQL_RES *r = mysql_store_result(conn);
				if (r)
					mysql_free_result(r);
			}
			return KP_DB_ERROR;
		}
		MYSQL_RES *res = mysql_store_result(conn);
		if (res)
			mysql_free_result(res);
		if (!mysql_more_results(conn))
			break;
		status = mysql_next_result(conn);
		if (status > 0)
			continue;
	}
	return KP_DB_OK;
}
