#!/bin/bash
# stack.sh — the whole Knotenpunkt stack in one folder: a private MariaDB, an
# SMTP sink, the FastCGI programs, kp-mailer and nginx. `make run`, `make test`
# and the benchmarks start the stack only through this script.
#
#   stack.sh start  DIR [PORT]   PORT: default 8080; "auto" picks a free one
#   stack.sh stop   DIR          safe to repeat, and after a failed start
#   stack.sh status DIR          exit 1 if any process is down
#   stack.sh db-stop DIR         MariaDB only (fault tests): clean shutdown
#   stack.sh db-kill DIR         MariaDB only: SIGKILL, as a crash would
#   stack.sh db-start DIR        MariaDB only: start again, wait until up
#
# Layout of DIR:
#   db/            MariaDB data            run/   sockets, pid files, temp
#   log/           one log per process     mail/  the SMTP sink's Maildir
#   data/          Site.DataDir (files/, tmp/)
#   knotenpunkt.hdf  config (written once) stack.env  PORT and SMTPPORT
#
# A second start on the same DIR reuses everything: no new passwords, no
# second demo load; processes still running are left alone.
#
# Environment: KP_WORKERS (4) workers per program, KP_THROTTLE_WINDOW (900)
# and KP_THROTTLE_ADDRESS (50): Auth.ThrottleWindow and ThrottleAddress in
# a new config, KP_LOGIN_RATE (20r/s) nginx's limit on POST /login per
# address, KP_DB_BUFFER (256M) MariaDB's InnoDB buffer pool, KP_DEMO (1)
# load the demo network on
# the first start, KP_BUILD (<repo>/build) where the binaries are.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
BUILD=${KP_BUILD:-$ROOT/build}
WORKERS=${KP_WORKERS:-4}
LOGIN_RATE=${KP_LOGIN_RATE:-20r/s}
DB_BUFFER=${KP_DB_BUFFER:-256M}
[[ $DB_BUFFER =~ ^[0-9]+[MG]$ ]] || {
	echo "stack: KP_DB_BUFFER must look like 256M or 1G" >&2
	exit 2
}
[[ $LOGIN_RATE =~ ^[0-9]+r/[sm]$ ]] || {
	echo "stack: KP_LOGIN_RATE must look like 20r/s" >&2
	exit 2
}
# Debian's python3 has python3-aiosmtpd; a pyenv python3 earlier on PATH has not.
PYTHON=/usr/bin/python3

DB_WAIT=30   # seconds until MariaDB must answer ping
HTTP_WAIT=20 # seconds until /login must answer through nginx
STOP_WAIT=10 # seconds between TERM and KILL

say() { printf 'stack: %s\n' "$*"; }
warn() { printf 'stack: %s\n' "$*" >&2; }
die() {
	printf 'stack: error: %s\n' "$*" >&2
	exit 1
}

usage() {
	sed -n '6,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
	exit 2
}

# ---------------------------------------------------------------------------
# Paths and state of one stack folder.

set_dir() {
	[[ -n ${1:-} ]] || usage
	mkdir -p "$1"
	# Absolute and without symlinks: it ends up in sockets, nginx.conf and
	# the processes' command lines, which identify them (see alive).
	DIR=$(cd "$1" && pwd -P)
	RUN=$DIR/run
	LOG=$DIR/log
	CONF=$DIR/knotenpunkt.hdf
	DB_SOCK=$RUN/mysqld.sock
	ENV_FILE=$DIR/stack.env
	# The sockets of a unix address are at most 107 bytes long.
	((${#RUN} + 20 < 108)) || die "path too long for unix sockets: $DIR"
}

# The program list is the Makefile's, so a new program needs no change here.
read_programs() {
	local line
	line=$(sed -n 's/^PROGRAMS *= *//p' "$ROOT/Makefile")
	read -r -a PROGRAMS <<<"$line"
	((${#PROGRAMS[@]} > 0)) || die "no PROGRAMS line in $ROOT/Makefile"
}

# Every process the stack runs, in start order. Each has DIR/run/NAME.pid.
all_names() {
	echo mariadb smtp "${PROGRAMS[@]}" kp-mailer nginx
}

# pid NAME: the pid recorded for NAME, or fail.
pid_of() {
	local f=$RUN/$1.pid pid
	[[ -s $f ]] || return 1
	pid=$(<"$f")
	pid=${pid//[[:space:]]/}
	[[ $pid =~ ^[0-9]+$ ]] || return 1
	echo "$pid"
}

# alive NAME: NAME's pid runs and is ours. Pids are reused after a crash or
# reboot; every process of the stack has a path under DIR/ in its command
# line (nginx keeps its arguments after "master process"), so a stranger,
# or a process of a stack in DIR2 = DIR + suffix, never matches.
alive() {
	local pid cmd
	pid=$(pid_of "$1") || return 1
	cmd=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || return 1
	[[ $cmd == *"$DIR/"* ]]
}

# start_bg NAME CMD...: run CMD detached, output to log/NAME.log, pid to
# run/NAME.pid. setsid gives it its own session and process group: Ctrl-C in
# the terminal of `make run` reaches only run.sh (which stops the stack in
# order), and stop can reach a program's workers through the group. No
# terminal, no inherited stdout: a caller reading our output through a pipe
# must not wait for the daemons to close it.
start_bg() {
	local name=$1
	shift
	setsid "$@" </dev/null >>"$LOG/$name.log" 2>&1 &
	# In a script (no job control) the child is not a group leader, so
	# setsid execs in place and $! is the daemon's own pid.
	echo $! >"$RUN/$name.pid"
}

tail_logs() {
	local f
	for f in "$LOG"/*.log; do
		# The access log says nothing about a failure; the install log
		# is shown by db_init when it matters.
		[[ -s $f && $f != */nginx-access.log && $f != */mariadb-install.log ]] || continue
		printf '\n----- %s (last lines) -----\n' "$f" >&2
		tail -n 25 "$f" >&2
	done
}

fail_start() {
	warn "error: $*"
	tail_logs
	warn "start failed; logs are in $LOG; clean up with: $0 stop $DIR"
	exit 1
}

# free_port: a TCP port on 127.0.0.1 that nobody listens on right now.
free_port() {
	"$PYTHON" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

port_open() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# ---------------------------------------------------------------------------
# MariaDB

mariadb_user_args() {
	# As root, mariadbd refuses to start without --user=root; other users
	# run it as themselves.
	if ((EUID == 0)); then
		echo --user=root
	fi
}

# SQL from stdin as the database's administrator: root through unix_socket auth (as
# root), or the invoking user, whom mariadb-install-db gave the same rights.
db_admin() {
	local user=root
	((EUID == 0)) || user=$(id -un)
	mariadb --no-defaults --socket="$DB_SOCK" -u"$user" --batch
}

db_init() {
	if [[ -n $(ls -A "$DIR/db") ]]; then
		return 0
	fi
	say "creating MariaDB data folder $DIR/db"
	local args=(--no-defaults --datadir="$DIR/db" --auth-root-authentication-method=socket
		--skip-test-db)
	if ((EUID == 0)); then
		args+=(--user=root)
	else
		args+=(--auth-root-socket-user="$(id -un)")
	fi
	if ! mariadb-install-db "${args[@]}" >"$LOG/mariadb-install.log" 2>&1; then
		# A half-written data folder would be taken for a ready one next time.
		find "$DIR/db" -mindepth 1 -delete
		tail -n 25 "$LOG/mariadb-install.log" >&2
		fail_start "mariadb-install-db failed"
	fi
}

db_start() {
	if alive mariadb; then
		return 0
	fi
	db_init
	rm -f "$RUN/mariadb.pid"
	local user_arg
	user_arg=$(mariadb_user_args)
	# shellcheck disable=SC2086 # user_arg is one word or nothing
	start_bg mariadb mariadbd --no-defaults \
		--datadir="$DIR/db" \
		--socket="$DB_SOCK" \
		--skip-networking \
		--pid-file="$RUN/mariadb.pid" \
		--log-error="$LOG/mariadb.log" \
		--tmpdir="$RUN" \
		$user_arg \
		--character-set-server=utf8mb4 \
		--collation-server=utf8mb4_unicode_ci \
		--innodb-buffer-pool-size="$DB_BUFFER" \
		--innodb-flush-log-at-trx-commit=2
	# innodb-flush-log-at-trx-commit=2: write the log at each commit but
	# flush it to disk once a second. Dev/test stack only: it saves an
	# fsync per transaction (the test suite commits thousands), and a crash
	# of the whole machine could lose the last second. The MariaDB fault
	# tests kill mariadbd, not the machine, and lose nothing. Production
	# keeps the default (1).
	local i
	for ((i = 0; i < DB_WAIT * 4; i++)); do
		if mariadb-admin --no-defaults --socket="$DB_SOCK" ping >/dev/null 2>&1; then
			return 0
		fi
		# alive, not kill -0: mariadbd is our child, and a dead child
		# stays a zombie (which kill -0 still finds) until we exit.
		alive mariadb || fail_start "mariadbd exited during start"
		sleep 0.25
	done
	fail_start "MariaDB did not answer within ${DB_WAIT}s"
}

db_stop() {
	local pid i
	pid=$(pid_of mariadb) || return 0
	if alive mariadb; then
		say "stopping MariaDB"
		# mariadb-admin shutdown waits for a clean shutdown; if it
		# cannot (auth, hung server), fall back to TERM, then KILL.
		db_admin_shutdown || kill -TERM "$pid" 2>/dev/null || true
		for ((i = 0; i < 60 * 4; i++)); do
			alive mariadb || break
			sleep 0.25
		done
		if alive mariadb; then
			warn "MariaDB still running after 60s: KILL"
			kill -KILL "$pid" 2>/dev/null || true
		fi
	fi
	rm -f "$RUN/mariadb.pid"
}

db_admin_shutdown() {
	local user=root
	((EUID == 0)) || user=$(id -un)
	timeout 60 mariadb-admin --no-defaults --socket="$DB_SOCK" -u"$user" shutdown >/dev/null 2>&1
}

db_kill() {
	local pid
	if alive mariadb; then
		pid=$(pid_of mariadb)
		kill -KILL "$pid"
		while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
		say "MariaDB killed"
	fi
	# A crashed server leaves its pid file; the next start must not take it
	# for a running one (alive would say no anyway, but keep it clean).
	rm -f "$RUN/mariadb.pid"
}

# First start only: the database, the two users, the config. The config is
# written last, in one rename, so its presence means "all done"; an earlier
# failed attempt is simply redone (CREATE OR REPLACE USER).
db_setup_and_config() {
	[[ -s $CONF ]] && return 0
	say "creating database knotenpunkt, users kp_app and kp_migrate, $CONF"
	local app_pw migrate_pw secret
	app_pw=$(openssl rand -hex 16)
	migrate_pw=$(openssl rand -hex 16)
	secret=$(openssl rand -hex 32)
	# Passwords go through stdin, never a command line (ps shows those).
	db_admin <<-SQL || fail_start "creating the database and its users failed"
		CREATE DATABASE IF NOT EXISTS knotenpunkt
		  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
		CREATE OR REPLACE USER 'kp_app'@'localhost' IDENTIFIED BY '$app_pw';
		GRANT SELECT, INSERT, UPDATE, DELETE ON knotenpunkt.* TO 'kp_app'@'localhost';
		CREATE OR REPLACE USER 'kp_migrate'@'localhost' IDENTIFIED BY '$migrate_pw';
		GRANT ALL PRIVILEGES ON knotenpunkt.* TO 'kp_migrate'@'localhost';
	SQL
	(
		umask 077
		cat >"$CONF.tmp" <<-HDF
			# Knotenpunkt dev/test stack configuration, written once by
			# scripts/stack.sh. Keys: conf/knotenpunkt.hdf.example.

			Site {
			  Name = Netzwerk Integration
			  BaseURL = http://127.0.0.1:$PORT
			  Secure = 0
			  Secret = $secret
			  ShareDir = $ROOT
			  DataDir = $DIR/data
			  Lang = de
			}

			DB {
			  Socket = $DB_SOCK
			  Host =
			  Port = 0
			  Name = knotenpunkt
			  User = kp_app
			  Password = $app_pw
			  MigrateUser = kp_migrate
			  MigratePassword = $migrate_pw
			}

			Session {
			  IdleTimeout = 28800
			  MaxAge = 1209600
			}

			Auth {
			  ThrottleAccount = 5
			  ThrottleAddress = ${KP_THROTTLE_ADDRESS:-50}
			  ThrottleWindow = ${KP_THROTTLE_WINDOW:-900}
			  VerifyTTL = 172800
			  ResetTTL = 3600
			  InviteTTL = 1209600
			}

			Mail {
			  From = Netzwerk Integration <noreply@knotenpunkt.test>
			  # The stack's SMTP sink; mails land in $DIR/mail/new.
			  URL = smtp://127.0.0.1:$SMTPPORT
			  RequireTLS = 0
			  User =
			  Password =
			  GiveUpAfter = 86400
			  MaxAttempts = 40
			}

			Log {
			  Requests = 1
			}
		HDF
	)
	mv "$CONF.tmp" "$CONF"
}

# ---------------------------------------------------------------------------
# Ports: chosen on the first start, kept in stack.env for every later one
# (the config and links in mails already name them).

setup_ports() {
	local want=${1:-8080} stored_port="" stored_smtp=""
	if [[ -s $ENV_FILE ]]; then
		stored_port=$(sed -n 's/^PORT=//p' "$ENV_FILE")
		stored_smtp=$(sed -n 's/^SMTPPORT=//p' "$ENV_FILE")
	fi
	if [[ -n $stored_port && -n $stored_smtp ]]; then
		if [[ $want != auto && $want != "$stored_port" && -n ${1:-} ]]; then
			warn "$DIR was set up for port $stored_port; using that, not $want"
		fi
		PORT=$stored_port
		SMTPPORT=$stored_smtp
		return 0
	fi
	if [[ $want == auto || $want == 0 ]]; then
		PORT=$(free_port)
	else
		if ! [[ $want =~ ^[0-9]+$ ]] || ((want < 1 || want > 65535)); then
			die "bad port: $want"
		fi
		PORT=$want
	fi
	SMTPPORT=$(free_port)
	while [[ $SMTPPORT == "$PORT" ]]; do SMTPPORT=$(free_port); done
	printf 'PORT=%s\nSMTPPORT=%s\n' "$PORT" "$SMTPPORT" >"$ENV_FILE"
}

load_ports() {
	[[ -s $ENV_FILE ]] || return 1
	PORT=$(sed -n 's/^PORT=//p' "$ENV_FILE")
	SMTPPORT=$(sed -n 's/^SMTPPORT=//p' "$ENV_FILE")
}

# ---------------------------------------------------------------------------
# The other processes

smtp_start() {
	alive smtp && return 0
	if port_open "$SMTPPORT"; then
		fail_start "port $SMTPPORT (SMTP sink, from $ENV_FILE) is taken by another process"
	fi
	# aiosmtpd's Mailbox handler writes each mail as a file to the Maildir
	# mail/ (new/, cur/, tmp/); the tests read mail/new. -n: no setuid to
	# nobody; -u: accept SMTPUTF8.
	start_bg smtp "$PYTHON" -m aiosmtpd -n -u -l "127.0.0.1:$SMTPPORT" \
		-c aiosmtpd.handlers.Mailbox "$DIR/mail"
	local i
	for ((i = 0; i < 40; i++)); do
		port_open "$SMTPPORT" && return 0
		alive smtp || fail_start "SMTP sink (aiosmtpd) exited during start"
		sleep 0.25
	done
	fail_start "SMTP sink did not listen on 127.0.0.1:$SMTPPORT within 10s"
}

kpctl() {
	[[ -x $BUILD/kpctl ]] || fail_start "$BUILD/kpctl is missing: run make first"
	"$BUILD/kpctl" --config "$CONF" "$@" >>"$LOG/kpctl.log" 2>&1
}

migrate_and_demo() {
	say "kpctl migrate"
	kpctl migrate || fail_start "kpctl migrate failed"
	# Demo data once per folder; the marker is written only after success,
	# so a failed load is retried on the next start.
	if [[ ${KP_DEMO:-1} == 1 && ! -e $DIR/.demo-loaded ]]; then
		# The demo library's files (real PDFs and ODT files) before the
		# rows that name them (sql/demo/0006_docs.sql).
		say "demo documents into the file store"
		python3 "$ROOT/scripts/demo-docs.py" --store "$DIR/data/files" ||
			fail_start "scripts/demo-docs.py failed"
		say "kpctl load-demo"
		kpctl load-demo || fail_start "kpctl load-demo failed"
		touch "$DIR/.demo-loaded"
	fi
}

programs_start() {
	local p i
	for p in "${PROGRAMS[@]}"; do
		alive "$p" && continue
		[[ -x $BUILD/$p ]] || fail_start "$BUILD/$p is missing: run make first"
		# A socket left by a killed program would make its bind fail.
		rm -f "$RUN/$p.sock"
		start_bg "$p" "$BUILD/$p" --config "$CONF" --listen "unix:$RUN/$p.sock" \
			--workers "$WORKERS"
	done
	for p in "${PROGRAMS[@]}"; do
		for ((i = 0; i < 40; i++)); do
			[[ -S $RUN/$p.sock ]] && break
			alive "$p" || fail_start "program $p exited during start"
			sleep 0.25
		done
		[[ -S $RUN/$p.sock ]] || fail_start "program $p did not create $RUN/$p.sock within 10s"
	done
	if ! alive kp-mailer; then
		[[ -x $BUILD/kp-mailer ]] || fail_start "$BUILD/kp-mailer is missing: run make first"
		start_bg kp-mailer "$BUILD/kp-mailer" --config "$CONF" --watch 1
	fi
}

nginx_conf() {
	local user_line='# user: not root, nginx keeps the invoking user'
	if ((EUID == 0)); then
		user_line='user root;'
	fi
	# Relative includes in the shared routes file (snippets/..., and
	# Debian's fastcgi_params) resolve against DIR, the folder of nginx.conf.
	# Links, not copies: an edit in conf/nginx/ takes effect at the next
	# start or `nginx -s reload`.
	mkdir -p "$DIR/snippets"
	ln -sfn "$ROOT/conf/nginx/knotenpunkt-routes.conf" "$DIR/snippets/knotenpunkt-routes.conf"
	ln -sfn "$ROOT/conf/nginx/knotenpunkt-headers.conf" "$DIR/snippets/knotenpunkt-headers.conf"
	ln -sfn "$ROOT/conf/nginx/knotenpunkt-log.conf" "$DIR/snippets/knotenpunkt-log.conf"
	ln -sfn /etc/nginx/fastcgi_params "$DIR/fastcgi_params"
	local p
	{
		echo "# generated by scripts/stack.sh from the Makefile's PROGRAMS"
		for p in "${PROGRAMS[@]}"; do
			# Listed twice: nginx may retry a GET on another worker
			# (see conf/nginx/knotenpunkt.conf).
			printf 'upstream kp_%s {\n' "$p"
			printf '\tserver unix:%s/%s.sock max_fails=0;\n' "$RUN" "$p"
			printf '\tserver unix:%s/%s.sock max_fails=0;\n' "$RUN" "$p"
			printf '}\n'
		done
	} >"$DIR/upstreams.conf"
	# sed replacement text: escape \, & and the delimiter |.
	local d s
	d=$(printf '%s' "$DIR" | sed 's/[\\&|]/\\&/g')
	s=$(printf '%s' "$ROOT" | sed 's/[\\&|]/\\&/g')
	sed -e "s|@DIR@|$d|g" -e "s|@PORT@|$PORT|g" -e "s|@SHARE@|$s|g" \
		-e "s|@USER@|$user_line|g" -e "s|@LOGIN_RATE@|$LOGIN_RATE|g" \
		"$ROOT/conf/nginx/stack.conf.in" >"$DIR/nginx.conf.tmp"
	mv "$DIR/nginx.conf.tmp" "$DIR/nginx.conf"
}

nginx_cmd() {
	nginx -c "$DIR/nginx.conf" -p "$DIR/" -e "$LOG/nginx-error.log" "$@"
}

nginx_start() {
	nginx_conf
	if ! nginx_cmd -t -q 2>"$LOG/nginx-test.log"; then
		cat "$LOG/nginx-test.log" >&2
		fail_start "nginx configuration $DIR/nginx.conf is invalid"
	fi
	if alive nginx; then
		nginx_cmd -s reload
		return 0
	fi
	# daemon on: nginx forks, writes run/nginx.pid and returns. Its startup
	# errors (port taken...) go to stderr and log/nginx-error.log.
	nginx_cmd </dev/null >>"$LOG/nginx-error.log" 2>&1 ||
		fail_start "nginx did not start"
}

wait_http() {
	local i code=000
	for ((i = 0; i < HTTP_WAIT * 4; i++)); do
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 \
			"http://127.0.0.1:$PORT/login" || true)
		case $code in
		000 | 502 | 503 | 504) ;; # nobody or no program behind nginx yet
		200) return 0 ;;
		*)
			warn "GET /login answers $code (expected 200)"
			return 0
			;;
		esac
		sleep 0.25
	done
	fail_start "http://127.0.0.1:$PORT/login did not answer within ${HTTP_WAIT}s (last status $code)"
}

# ---------------------------------------------------------------------------
# Commands

cmd_start() {
	set_dir "$1"
	read_programs
	# mail/ is a Maildir: Python's mailbox module creates new/ cur/ tmp/
	# only when mail/ itself does not exist yet, so make all of them.
	mkdir -p "$DIR"/{db,run,log,mail,mail/new,mail/cur,mail/tmp,data,data/tmp,data/files}
	setup_ports "${2:-}"
	# Before anything starts: a port taken by someone else (another stack,
	# a system nginx) would only show up as nginx failing at the end.
	if ! alive nginx && port_open "$PORT"; then
		die "port $PORT is in use by another process (another stack? stack.sh status DIR)"
	fi
	say "starting in $DIR"
	db_start
	db_setup_and_config
	smtp_start
	migrate_and_demo
	programs_start
	nginx_start
	wait_http
	say "ready: http://127.0.0.1:$PORT/ (logs: $LOG, mails: $DIR/mail/new)"
}

# stop_procs NAME...: TERM, wait up to STOP_WAIT, then KILL what is left
# (with its process group: the workers of a program that would not stop).
stop_procs() {
	local name pid i left
	local -a names=()
	for name in "$@"; do
		if alive "$name"; then
			kill -TERM "$(pid_of "$name")" 2>/dev/null || true
			names+=("$name")
		else
			rm -f "$RUN/$name.pid"
		fi
	done
	((${#names[@]} > 0)) || return 0
	for ((i = 0; i < STOP_WAIT * 10; i++)); do
		left=0
		for name in "${names[@]}"; do
			alive "$name" && left=1
		done
		((left)) || break
		sleep 0.1
	done
	for name in "${names[@]}"; do
		if alive "$name"; then
			pid=$(pid_of "$name")
			warn "$name (pid $pid) ignored TERM for ${STOP_WAIT}s: KILL"
			kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
		fi
		rm -f "$RUN/$name.pid"
	done
}

cmd_stop() {
	[[ -n ${1:-} ]] || usage
	if [[ ! -d $1 ]]; then
		return 0 # nothing was ever started there
	fi
	set_dir "$1"
	read_programs
	[[ -d $RUN ]] || return 0
	# nginx first (no new requests), then programs and mailer (they may
	# still write to MariaDB), the SMTP sink, MariaDB last.
	stop_procs nginx
	stop_procs "${PROGRAMS[@]}" kp-mailer smtp
	db_stop
	say "stopped ($DIR)"
}

cmd_status() {
	[[ -d $1 ]] || die "no stack in $1"
	set_dir "$1"
	read_programs
	local name down=0
	load_ports && say "http://127.0.0.1:$PORT/  smtp 127.0.0.1:$SMTPPORT  ($DIR)"
	for name in $(all_names); do
		if alive "$name"; then
			printf '  %-12s running (pid %s)\n' "$name" "$(pid_of "$name")"
		else
			printf '  %-12s DOWN\n' "$name"
			down=1
		fi
	done
	return "$down"
}

case ${1:-} in
start)
	(($# >= 2 && $# <= 3)) || usage
	cmd_start "$2" "${3:-}"
	;;
stop)
	(($# == 2)) || usage
	cmd_stop "$2"
	;;
status)
	(($# == 2)) || usage
	cmd_status "$2"
	;;
db-stop)
	(($# == 2)) || usage
	set_dir "$2"
	db_stop
	;;
db-kill)
	(($# == 2)) || usage
	set_dir "$2"
	db_kill
	;;
db-start)
	(($# == 2)) || usage
	set_dir "$2"
	mkdir -p "$RUN" "$LOG"
	db_start
	;;
*)
	usage
	;;
esac
