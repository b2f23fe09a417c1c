/* kpctl: the operator's command line. Talks to the database directly with
 * the same config file as the programs; migrations run as the migrate user
 * (DB.MigrateUser), everything else as the application user. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "arena.h"
#include "audit.h"
#include "auth.h"
#include "config.h"
#include "db.h"
#include "log.h"
#include "mail.h"
#include "session.h"
#include "token.h"
#include "view.h"

enum {
	CTL_MIGRATIONS_TABLE,
	CTL_MIGRATION_DONE,
	CTL_MIGRATION_RECORD,
	CTL_USER_BY_EMAIL,
	CTL_USER_INSERT_ADMIN,
	CTL_USER_APPROVE,
	CTL_USER_SUSPEND,
	CTL_USER_COUNT,
	CTL_USER_DROP_TOTP,
	CTL_USER_DROP_RECOVERY,
	CTL_PING,
};
static struct kp_sql ctl_sql[] = {
    [CTL_MIGRATIONS_TABLE] = {"CREATE TABLE IF NOT EXISTS schema_migrations ("
                              " version VARCHAR(128) NOT NULL PRIMARY KEY,"
                              " applied_at DATETIME NOT NULL) ENGINE=InnoDB"
                              " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"},
    [CTL_MIGRATION_DONE] = {"SELECT COUNT(*) FROM schema_migrations WHERE version = ?"},
    [CTL_MIGRATION_RECORD] = {"INSERT INTO schema_migrations (version, applied_at)"
                              " VALUES (?, NOW())"},
    [CTL_USER_BY_EMAIL] = {"SELECT id, status, name, lang, email FROM users WHERE email = ?"},
    [CTL_USER_INSERT_ADMIN] = {"INSERT INTO users (email, name, password_hash, role, status,"
                               " lang, approved_at) VALUES (?, ?, ?, 'admin', 'active', ?,"
                               " NOW())"},
    [CTL_USER_APPROVE] = {"UPDATE users SET status = 'active', approved_at = NOW()"
                          " WHERE id = ? AND status = 'pending'"},
    [CTL_USER_SUSPEND] = {"UPDATE users SET status = 'suspended' WHERE id = ?"},
    [CTL_USER_COUNT] = {"SELECT COUNT(*) FROM users"},
    /* The admin program's second factor (0012_admin.sql). */
    [CTL_USER_DROP_TOTP] = {"DELETE FROM user_totp WHERE user_id = ?"},
    [CTL_USER_DROP_RECOVERY] = {"DELETE FROM user_recovery_codes WHERE user_id = ?"},
    [CTL_PING] = {"SELECT 1"},
};

static struct kp_arena arena;

static int fail(const char *fmt, const char *arg)
{
	fputs("kpctl: ", stderr);
	fprintf(stderr, "%s", fmt);
	if (arg)
		fprintf(stderr, ": %s", arg);
	fputc('\n', stderr);
	return 1;
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = n >= 0 ? kp_arena_alloc(&arena, (size_t)n + 1) : NULL;
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n)
		buf = NULL;
	fclose(f);
	if (buf) {
		buf[n] = '\0';
		*len = (size_t)n;
	}
	return buf;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* Runs every *.sql in dir in name order; with record = 1, each once
 * (schema_migrations), in a transaction-less way: MariaDB commits DDL
 * implicitly, so migrations are written to be re-runnable up to their
 * record. */
static int run_sql_dir(const char *dir, int record, int *applied)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, by_name);
	if (n < 0)
		return fail("cannot read", dir);
	int rc = 0;
	for (int i = 0; i < n && rc == 0; i++) {
		const char *name = names[i]->d_name;
		size_t nl = strlen(name);
		if (nl < 5 || strcmp(name + nl - 4, ".sql") != 0)
			continue;
		if (record) {
			struct kp_rows done;
			if (kp_db_select(&arena, &ctl_sql[CTL_MIGRATION_DONE],
			                 KP_ARGS(KP_STR(name)), &done) != KP_DB_OK) {
				rc = fail("cannot read schema_migrations", kp_db_error());
				break;
			}
			if (kp_cell_int(&done, 0, 0) > 0)
				continue;
		}
		char *path = kp_arena_printf(&arena, "%s/%s", dir, name);
		size_t len = 0;
		char *sql = read_file(path, &len);
		char err[512];
		if (!sql) {
			rc = fail("cannot read", path);
		} else if (kp_db_run_script(sql, len, err, sizeof(err)) != KP_DB_OK) {
			fprintf(stderr, "kpctl: %s: %s\n", name, err);
			rc = 1;
		} else if (record && kp_db_exec(&ctl_sql[CTL_MIGRATION_RECORD],
		                                KP_ARGS(KP_STR(name)), NULL, NULL) != KP_DB_OK) {
			rc = fail("cannot record migration", kp_db_error());
		} else {
			printf("applied %s\n", name);
			(*applied)++;
		}
	}
	for (int i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

static int cmd_migrate(void)
{
	if (kp_db_connect(1) != KP_DB_OK)
		return fail("cannot connect as the migrate user", kp_db_error());
	if (kp_db_exec(&ctl_sql[CTL_MIGRATIONS_TABLE], KP_NOARGS, NULL, NULL) != KP_DB_OK)
		return fail("cannot create schema_migrations", kp_db_error());
	int applied = 0;
	char *dir = kp_arena_printf(&arena, "%s/sql/migrations", kp_cfg.share_dir);
	int rc = run_sql_dir(dir, 1, &applied);
	if (rc == 0)
		printf("%d migration(s) applied, schema up to date\n", applied);
	return rc;
}

static int cmd_load_demo(void)
{
	if (kp_db_connect(1) != KP_DB_OK)
		return fail("cannot connect as the migrate user", kp_db_error());
	struct kp_rows count;
	if (kp_db_select(&arena, &ctl_sql[CTL_USER_COUNT], KP_NOARGS, &count) != KP_DB_OK)
		return fail("cannot read users (run kpctl migrate first)", kp_db_error());
	if (kp_cell_int(&count, 0, 0) > 0)
		return fail("the database already has users; the demo loads into an empty one",
		            NULL);
	int applied = 0;
	char *dir = kp_arena_printf(&arena, "%s/sql/demo", kp_cfg.share_dir);
	int rc = run_sql_dir(dir, 0, &applied);
	if (rc == 0)
		printf("demo network loaded (%d file(s))\n", applied);
	return rc;
}

/* Reads a password from the terminal without echo, or a line from a
 * pipe (for scripts: `printf '%s\n' "$pw" | kpctl create-admin ...`). */
static int read_password(const char *prompt, char *buf, size_t n)
{
	int tty = isatty(0);
	struct termios old, quiet;
	if (tty) {
		fprintf(stderr, "%s", prompt);
		tcgetattr(0, &old);
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(0, TCSANOW, &quiet);
	}
	char *got = fgets(buf, (int)n, stdin);
	if (tty) {
		tcsetattr(0, TCSANOW, &old);
		fputc('\n', stderr);
	}
	if (!got)
		return -1;
	buf[strcspn(buf, "\r\n")] = '\0';
	return 0;
}

static int cmd_create_admin(const char *email_arg, const char *name)
{
	char *email = kp_arena_strdup(&arena, email_arg);
	if (kp_email_normalise(email) != 0)
		return fail("not an e-mail address", email_arg);
	if (!kp_text_valid(name, strlen(name), 0) || !*name || strlen(name) > 100)
		return fail("the name must be 1 to 100 characters of text", NULL);
	char pw[1100], pw2[1100];
	if (read_password("Password: ", pw, sizeof(pw)) != 0)
		return fail("no password given", NULL);
	if (isatty(0) && (read_password("Repeat: ", pw2, sizeof(pw2)) != 0 || strcmp(pw, pw2)))
		return fail("the passwords differ", NULL);
	const char *problem = kp_password_policy(pw, email);
	if (problem)
		return fail("password refused", problem);
	char hash[KP_HASH_MAX];
	if (kp_password_hash(pw, hash) != 0)
		return fail("cannot hash the password", NULL);
	int rc = kp_db_exec(&ctl_sql[CTL_USER_INSERT_ADMIN],
	                    KP_ARGS(KP_STR(email), KP_STR(name), KP_STR(hash), KP_STR(kp_cfg.lang)),
	                    NULL, NULL);
	if (rc == KP_DB_DUPLICATE)
		return fail("an account with this address exists", email);
	if (rc != KP_DB_OK)
		return fail("cannot create the account", kp_db_error());
	kp_audit(0, "kpctl", "account.admin_created", 0, email);
	printf("admin %s created\n", email);
	return 0;
}

static int find_user(const char *email_arg, struct kp_rows *u)
{
	char *email = kp_arena_strdup(&arena, email_arg);
	if (kp_email_normalise(email) != 0)
		return fail("not an e-mail address", email_arg);
	if (kp_db_select(&arena, &ctl_sql[CTL_USER_BY_EMAIL], KP_ARGS(KP_STR(email)), u) !=
	    KP_DB_OK)
		return fail("database", kp_db_error());
	if (u->count == 0)
		return fail("no account with this address", email);
	return 0;
}

static int cmd_user_approve(const char *email)
{
	struct kp_rows u;
	if (find_user(email, &u) != 0)
		return 1;
	if (strcmp(kp_cell(&u, 0, 1), "pending") != 0)
		return fail("only accounts with a confirmed address that wait for approval can be "
		            "approved; this one is",
		            kp_cell(&u, 0, 1));
	long long id = kp_cell_int(&u, 0, 0);
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&ctl_sql[CTL_USER_APPROVE], KP_ARGS(KP_INT(id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_audit(0, "kpctl", "account.approved", id, NULL);
	const char *link = kp_arena_printf(&arena, "%s/login", kp_cfg.base_url);
	if (rc == KP_DB_OK)
		rc = kp_mail_template(&arena, kp_cell(&u, 0, 3), "Approved", kp_cell(&u, 0, 4),
		                      kp_cell(&u, 0, 2), link);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		return fail("cannot approve", kp_db_error());
	}
	printf("%s approved; a mail tells them\n", email);
	return 0;
}

static int cmd_user_suspend(const char *email)
{
	struct kp_rows u;
	if (find_user(email, &u) != 0)
		return 1;
	long long id = kp_cell_int(&u, 0, 0);
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&ctl_sql[CTL_USER_SUSPEND], KP_ARGS(KP_INT(id)), NULL, NULL);
	/* Links already mailed (reset, e-mail change) die with the account's
	 * sessions. */
	if (rc == KP_DB_OK)
		rc = kp_token_use_all(id, "reset");
	if (rc == KP_DB_OK)
		rc = kp_token_use_all(id, "email");
	if (rc == KP_DB_OK)
		rc = kp_session_end_user(id, 0);
	if (rc == KP_DB_OK)
		rc = kp_audit(0, "kpctl", "account.suspended", id, NULL);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		return fail("cannot suspend", kp_db_error());
	}
	printf("%s suspended; all of its sessions have ended\n", email);
	return 0;
}

/* The last admin lost both the phone and the recovery codes: only the
 * operator can help. The next visit of /admin sets up a new factor. */
static int cmd_user_reset_2fa(const char *email)
{
	struct kp_rows u;
	if (find_user(email, &u) != 0)
		return 1;
	long long id = kp_cell_int(&u, 0, 0);
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&ctl_sql[CTL_USER_DROP_TOTP], KP_ARGS(KP_INT(id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&ctl_sql[CTL_USER_DROP_RECOVERY], KP_ARGS(KP_INT(id)), NULL, NULL);
	if (rc == KP_DB_OK)
		rc = kp_session_end_user(id, 0);
	if (rc == KP_DB_OK)
		rc = kp_audit(0, "kpctl", "admin.2fa.reset", id, NULL);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK)
		return fail("cannot reset the second factor", kp_db_error());
	printf("%s: second factor removed, all sessions ended; /admin asks for a new one\n", email);
	return 0;
}

static int cmd_user_invite(const char *email_arg, const char *lang)
{
	char *email = kp_arena_strdup(&arena, email_arg);
	if (kp_email_normalise(email) != 0)
		return fail("not an e-mail address", email_arg);
	struct kp_rows u;
	if (kp_db_select(&arena, &ctl_sql[CTL_USER_BY_EMAIL], KP_ARGS(KP_STR(email)), &u) !=
	    KP_DB_OK)
		return fail("database", kp_db_error());
	if (u.count)
		return fail("an account with this address exists", email);
	char token[KP_TOKEN_LEN + 1];
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_token_issue("invite", 0, email, 0, kp_cfg.invite_ttl, token);
	const char *link = kp_arena_printf(&arena, "%s/invite/%s", kp_cfg.base_url, token);
	if (rc == KP_DB_OK)
		rc = kp_mail_template(&arena, lang, "Invite", email, "", link);
	if (rc == KP_DB_OK)
		rc = kp_audit(0, "kpctl", "account.invited", 0, email);
	rc = kp_db_end(rc);
	if (rc != KP_DB_OK) {
		return fail("cannot invite", kp_db_error());
	}
	printf("invitation mailed to %s\n", email);
	return 0;
}

static int cmd_check(void)
{
	char err[512];
	if (kp_config_check(err, sizeof(err)) != 0)
		return fail("config", err);
	printf("config %s: ok\n", kp_cfg.path);
	struct kp_rows one;
	if (kp_db_select(&arena, &ctl_sql[CTL_PING], KP_NOARGS, &one) != KP_DB_OK)
		return fail("database not reachable as the application user", kp_db_error());
	printf("database %s as %s: ok\n", kp_cfg.db_name, kp_cfg.db_user);
	if (kp_view_init() != 0)
		return fail("templates or language files not readable under", kp_cfg.share_dir);
	printf("templates and languages in %s: ok\n", kp_cfg.share_dir);
	if (access(kp_cfg.tmp_dir, W_OK) != 0 || access(kp_cfg.file_dir, W_OK) != 0)
		return fail("Site.DataDir needs writable tmp/ and files/ folders", kp_cfg.data_dir);
	printf("data folder %s: ok\n", kp_cfg.data_dir);
	return 0;
}

static void usage(FILE *to)
{
	fprintf(
	    to,
	    "usage: kpctl [--config FILE] COMMAND\n"
	    "\n"
	    "  migrate                     apply new files of sql/migrations (as DB.MigrateUser)\n"
	    "  create-admin EMAIL NAME     create an active admin; the password is read from\n"
	    "                              the terminal (twice) or one line of standard input\n"
	    "  user approve EMAIL          approve an account that confirmed its address\n"
	    "  user suspend EMAIL          suspend an account and end all of its sessions\n"
	    "  user invite EMAIL [de|en]   mail an invitation link (valid Auth.InviteTTL)\n"
	    "  user reset-2fa EMAIL        remove the second factor of the admin pages (a lost\n"
	    "                              phone and recovery codes) and end all sessions\n"
	    "  load-demo                   load the demo network into an empty database\n"
	    "  check                       check the config, database, templates, data folder\n"
	    "\n"
	    "FILE defaults to $KP_CONFIG or /etc/knotenpunkt/knotenpunkt.hdf.\n"
	    "Every command takes --help.\n");
}

int main(int argc, char **argv)
{
	const char *config = kp_config_default_path();
	int i = 1;
	if (i + 1 < argc && strcmp(argv[i], "--config") == 0) {
		config = argv[i + 1];
		i += 2;
	}
	for (int j = i; j < argc; j++) {
		if (strcmp(argv[j], "--help") == 0 || strcmp(argv[j], "-h") == 0) {
			usage(stdout);
			return 0;
		}
	}
	if (i >= argc) {
		usage(stderr);
		return 2;
	}
	kp_log_init("kpctl");
	char err[512];
	if (kp_config_load(config, err, sizeof(err)) != 0)
		return fail("config", err);
	kp_config_apply_timezone();
	const char *cmd = argv[i], *a1 = i + 1 < argc ? argv[i + 1] : NULL;
	const char *a2 = i + 2 < argc ? argv[i + 2] : NULL;
	const char *a3 = i + 3 < argc ? argv[i + 3] : NULL;
	int needs_view = strcmp(cmd, "user") == 0;
	if (needs_view && kp_view_init() != 0)
		return fail("cannot load the language files under", kp_cfg.share_dir);
	int rc;
	if (strcmp(cmd, "migrate") == 0 && !a1)
		rc = cmd_migrate();
	else if (strcmp(cmd, "load-demo") == 0 && !a1)
		rc = cmd_load_demo();
	else if (strcmp(cmd, "create-admin") == 0 && a1 && a2 && !a3)
		rc = cmd_create_admin(a1, a2);
	else if (strcmp(cmd, "check") == 0 && !a1)
		rc = cmd_check();
	else if (strcmp(cmd, "user") == 0 && a1 && a2 && strcmp(a1, "approve") == 0 && !a3)
		rc = cmd_user_approve(a2);
	else if (strcmp(cmd, "user") == 0 && a1 && a2 && strcmp(a1, "suspend") == 0 && !a3)
		rc = cmd_user_suspend(a2);
	else if (strcmp(cmd, "user") == 0 && a1 && a2 && strcmp(a1, "reset-2fa") == 0 && !a3)
		rc = cmd_user_reset_2fa(a2);
	else if (strcmp(cmd, "user") == 0 && a1 && a2 && strcmp(a1, "invite") == 0 &&
	         (!a3 || strcmp(a3, "de") == 0 || strcmp(a3, "en") == 0))
		rc = cmd_user_invite(a2, a3 ? a3 : kp_cfg.lang);
	else {
		usage(stderr);
		rc = 2;
	}
	kp_db_close();
	kp_arena_reset(&arena);
	return rc;
}
