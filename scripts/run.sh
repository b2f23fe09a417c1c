#!/bin/bash
# run.sh — `make run` (after building): the dev stack in ./var on port 8080
# (KP_PORT to change it on a new ./var), demo logins, then wait. Ctrl-C stops
# the whole stack; the next `make run` reuses ./var with its data.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
STACK=$ROOT/scripts/stack.sh
VAR=$ROOT/var

stopping=0
stop_stack() {
	# Ctrl-C twice must not start a second stop halfway through the first.
	((stopping)) && return
	stopping=1
	trap '' INT TERM
	echo
	"$STACK" stop "$VAR" || true
	exit 0
}
trap stop_stack INT TERM

if ! "$STACK" start "$VAR" "${KP_PORT:-8080}"; then
	# Leave nothing half-started behind (stack.sh has printed the logs).
	"$STACK" stop "$VAR" >/dev/null 2>&1 || true
	exit 1
fi
port=$(sed -n 's/^PORT=//p' "$VAR/stack.env")

cat <<EOF_INFO

  Knotenpunkt runs at   http://127.0.0.1:$port/

  Demo logins (password for all: Demo-Passwort-2026)
    admin@knotenpunkt.test       admin
    moderator@knotenpunkt.test   moderator
    member1@knotenpunkt.test     member
    member2@knotenpunkt.test     member (English)

  Mails land in         $VAR/mail/new/
  Logs                  $VAR/log/
  Config                $VAR/knotenpunkt.hdf
  kpctl                 build/kpctl --config var/knotenpunkt.hdf --help

  Ctrl-C stops everything.
EOF_INFO

# Wait; say once when something has died (a crashed program shows up here
# rather than only as 503 pages). sleep in the background + wait, so that
# Ctrl-C is handled at once instead of after the sleep.
reported=0
while :; do
	sleep 5 &
	wait $! || true
	if "$STACK" status "$VAR" >/dev/null 2>&1; then
		reported=0
	elif ((!reported)); then
		echo "run: a process of the stack is down:"
		"$STACK" status "$VAR" || true
		echo "run: see $VAR/log/; scripts/stack.sh start var starts it again"
		reported=1
	fi
done
