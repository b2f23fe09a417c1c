#!/bin/bash
# bench.sh — `make bench`: wrk against a fresh stack on loopback. Measures
# the pages that exist so far: the sign-in page (template only, no
# database), the account page of a signed-in member (session lookup, the
# member's row and sessions, a full render), the member directory and a
# profile, the organisations and offers, and the public directory with its
# JSON export (signed out: no session lookup at all). The figures and the
# command go to tests/bench/RESULTS.md; nothing here asserts a speed.
#
# Environment: KP_BENCH_SECONDS (10) per scenario, KP_BENCH_CONNECTIONS (16),
# KP_WORKERS (4) workers per program, KP_BENCH_PEOPLE (0) members to add to
# the demo network (tests/bench/generate.sh: with organisations and offers).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
SECONDS_EACH=${KP_BENCH_SECONDS:-10}
CONNS=${KP_BENCH_CONNECTIONS:-16}
DIR=$(mktemp -d /tmp/knotenpunkt-bench.XXXXXX)
trap 'scripts/stack.sh stop "$DIR" >/dev/null 2>&1 || true; rm -rf "$DIR"' EXIT

scripts/stack.sh start "$DIR" auto >/dev/null
((${KP_BENCH_PEOPLE:-0} == 0)) || tests/bench/generate.sh "$DIR" "$KP_BENCH_PEOPLE" >/dev/null
# shellcheck disable=SC1091
. "$DIR/stack.env"
BASE=http://127.0.0.1:$PORT

# Sign in once as a demo member: the pre-session cookie, its form token,
# then the session cookie wrk sends with every request.
jar=$DIR/cookies.txt
csrf=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null \
	--data-urlencode "csrf=$csrf" --data-urlencode "email=member1@knotenpunkt.test" \
	--data-urlencode "password=Demo-Passwort-2026" "$BASE/login"
session=$(awk '$6 == "kp_session" { print $7 }' "$jar")
[[ -n $session ]] || { echo "bench: could not sign in" >&2; exit 1; }

run() { # name, path, extra wrk args...
	local name=$1 path=$2
	shift 2
	local out
	out=$(wrk -t2 -c"$CONNS" -d"${SECONDS_EACH}s" --latency "$@" "$BASE$path")
	local rps p50 p99 non2xx
	rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
	p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
	p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
	non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
	printf '| %s | `%s` | %s | %s | %s | %s |\n' "$name" "$path" "$rps" "$p50" "$p99" "${non2xx:-0}"
}

# A confirmed, public organisation and offer of the network, as the
# directory links them (ids are never guessed).
org=$(curl -s "$BASE/directory" | grep -o 'href="/directory/orgs/[0-9]*"' | head -1 | tr -dc 0-9)
offer=$(curl -s "$BASE/directory/offers" | grep -o 'href="/directory/offers/[0-9]*"' | head -1 | tr -dc 0-9)
[[ -n $org && -n $offer ]] || { echo "bench: no public organisation or offer" >&2; exit 1; }

rows=$(
	run "sign-in page, signed out" /login
	run "account page, signed in" /account -H "Cookie: kp_session=$session"
	run "member directory, page 2" "/people?page=2" -H "Cookie: kp_session=$session"
	run "member directory, filtered" "/people?field=3&lang=ar" -H "Cookie: kp_session=$session"
	run "a profile" /people/3 -H "Cookie: kp_session=$session"
	run "organisations, filtered" "/orgs?field=3&municipality=1" -H "Cookie: kp_session=$session"
	run "an organisation" "/orgs/$org" -H "Cookie: kp_session=$session"
	run "offers, filtered" "/orgs/offers?lang=ar&sort=checked" -H "Cookie: kp_session=$session"
	run "public directory, signed out" "/directory?field=3"
	run "public offer, signed out" "/directory/offers/$offer"
	run "public offers as JSON (5000 at most)" "/directory/offers.json"
)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
{
	echo "# Benchmark results"
	echo
	echo "Made by \`KP_BENCH_PEOPLE=${KP_BENCH_PEOPLE:-0} make bench\` (scripts/bench.sh) on $(date -u +%Y-%m-%d): wrk -t2 -c$CONNS"
	echo "-d${SECONDS_EACH}s against the dev stack on 127.0.0.1 (nginx, ${KP_WORKERS:-4} workers per"
	echo "program, MariaDB on a unix socket), $(nproc) cores ($cpu). Load generator and"
	echo "stack share the machine, so the figures are a floor, not a ceiling."
	echo "Network: the demo network plus ${KP_BENCH_PEOPLE:-0} generated members."
	echo
	echo "| scenario | path | requests/s | p50 | p99 | non-2xx |"
	echo "|---|---|---|---|---|---|"
	echo "$rows"
} >tests/bench/RESULTS.md
cat tests/bench/RESULTS.md
