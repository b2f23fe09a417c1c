#!/bin/bash
# test.sh — `make test` (after building everything): every stage, even when
# an earlier one failed, then one summary and a non-zero exit if any failed.
#
#   lint     scripts/lint.sh
#   unit     scripts/unit.sh build/unit/*          (also under valgrind)
#   fuzz     scripts/fuzz.sh 5 build/fuzz/*
#   stack    scripts/stack.sh start in a fresh temporary folder, free port
#   e2e      node --test tests/e2e/        through nginx
#   browser  node --test tests/browser/    Chromium via playwright-core
#
# The e2e and browser tests get:
#   KP_BASE    http://127.0.0.1:PORT      KP_STACK   the stack folder
#   KP_MAILDIR the SMTP sink's Maildir    KP_CONFIG  the stack's knotenpunkt.hdf
#   KP_KPCTL   absolute path of build/kpctl
#   KP_STACKCTL absolute path of scripts/stack.sh (db-stop/db-kill/db-start)
#   KP_CHROMIUM /usr/bin/chromium
# The stack always stops at the end. On failure its folder (logs, mails,
# config; not the database) is kept and named; on success it is removed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
STACK=$ROOT/scripts/stack.sh
# Generous per-stage limits: a hung test must fail the run, not eat CI's
# 90 minutes.
NODE_TIMEOUT=${KP_NODE_TIMEOUT:-1800}

passed=()
failed=()
skipped=()
DIR=""

stage() { # stage NAME: print a header
	printf '\n===== %s =====\n' "$1"
}
ok() { passed+=("$1"); }
bad() {
	failed+=("$1")
	echo "test: stage $1 FAILED"
}
skip() {
	skipped+=("$1")
	echo "test: stage $1 skipped: $2"
}

# Executables directly in a build folder, sorted.
binaries() {
	[[ -d $1 ]] || return 0
	find "$1" -maxdepth 1 -type f -perm -u+x | sort
}

# Test files node's runner would pick up in a folder (its default patterns:
# *.test.js, *-test.js, *_test.js, test-*.js, test.js, also .mjs/.cjs).
# Listed explicitly so that every Node version runs the same files.
node_tests() {
	[[ -d $1 ]] || return 0
	find "$1" -type f -regextype posix-extended \
		-regex '.*/([^/]*[._-]test|test-[^/]*|test)\.[cm]?js' \
		-not -path '*/node_modules/*' | sort
}

stop_stack() {
	[[ -n $DIR ]] || return 0
	"$STACK" stop "$DIR" || true
}

show_logs() {
	local f
	for f in "$DIR"/log/*.log; do
		[[ -s $f ]] || continue
		case $f in */nginx-access.log | */mariadb-install.log | */nginx-test.log) continue ;; esac
		printf '\n----- %s (last 40 lines) -----\n' "$f"
		tail -n 40 "$f"
	done
}

# Runs at every exit, also on Ctrl-C or an error in this script.
cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	stop_stack
	if [[ -n $DIR && -d $DIR ]]; then
		if ((${#failed[@]} > 0 || rc != 0)); then
			show_logs
			# The database is large and rebuilt on every run.
			rm -rf "$DIR/db"
			echo
			echo "test: the stack's logs, mails and config are kept in $DIR"
		else
			rm -rf "$DIR"
		fi
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- lint --------------------------------------------------------------------------
stage lint
if "$ROOT/scripts/lint.sh"; then ok lint; else bad lint; fi

# --- unit --------------------------------------------------------------------------
stage unit
mapfile -t units < <(binaries build/unit)
if ((${#units[@]} == 0)); then
	skip unit "no unit test binaries in build/unit/"
elif "$ROOT/scripts/unit.sh" "${units[@]}"; then
	ok unit
else
	bad unit
fi

# --- fuzz --------------------------------------------------------------------------
stage fuzz
mapfile -t fuzzers < <(binaries build/fuzz)
if ((${#fuzzers[@]} == 0)); then
	skip fuzz "no fuzz targets in build/fuzz/"
elif "$ROOT/scripts/fuzz.sh" 5 "${fuzzers[@]}"; then
	ok fuzz
else
	bad fuzz
fi

# --- stack ---------------------------------------------------------------------------
stage stack
DIR=$(mktemp -d "${TMPDIR:-/tmp}/knotenpunkt-test.XXXXXX")
stack_up=0
# Throttle windows of 5 s: the lockout tests wait them out in seconds.
# A short throttle window and a per-address limit the suite can reach
# within it, so throttling is tested for real without long waits.
if KP_THROTTLE_WINDOW=5 KP_THROTTLE_ADDRESS=20 "$STACK" start "$DIR" auto; then
	ok stack
	stack_up=1
else
	bad stack
fi
PORT=$(sed -n 's/^PORT=//p' "$DIR/stack.env" 2>/dev/null || true)

run_node_stage() { # NAME FOLDER
	local name=$1 folder=$2
	local -a files
	stage "$name"
	mapfile -t files < <(node_tests "$folder")
	if ((${#files[@]} == 0)); then
		skip "$name" "no test files (*.test.js) in $folder/"
		return 0
	fi
	# Helpers are fine; a test file nobody runs because of its name is not.
	local other
	other=$(find "$folder" -type f \( -name '*.js' -o -name '*.mjs' -o -name '*.cjs' \) \
		-not -path '*/node_modules/*' | sort | comm -23 - <(printf '%s\n' "${files[@]}") || true)
	if [[ -n $other ]]; then
		echo "test: not run as test files (name them *.test.js if they are):"
		printf '  %s\n' "$other"
	fi
	if ((!stack_up)); then
		bad "$name"
		echo "test: $name needs the stack, which did not start"
		return 0
	fi
	if KP_BASE="http://127.0.0.1:$PORT" \
		KP_STACK="$DIR" \
		KP_MAILDIR="$DIR/mail" \
		KP_CONFIG="$DIR/knotenpunkt.hdf" \
		KP_KPCTL="$ROOT/build/kpctl" \
		KP_STACKCTL="$STACK" \
		KP_CHROMIUM=/usr/bin/chromium \
		timeout -k 10 "$NODE_TIMEOUT" node --test --test-concurrency=1 "${files[@]}"; then
		ok "$name"
	else
		bad "$name"
	fi
}

run_node_stage e2e tests/e2e
run_node_stage browser tests/browser

# --- summary -------------------------------------------------------------------------
stage summary
((${#passed[@]} == 0)) || echo "test: passed:  ${passed[*]}"
((${#skipped[@]} == 0)) || echo "test: skipped: ${skipped[*]}"
((${#failed[@]} == 0)) || echo "test: FAILED:  ${failed[*]}"
echo "stages: ${#passed[@]} passed, ${#failed[@]} failed, ${#skipped[@]} skipped"
((${#failed[@]} == 0))
