#!/bin/bash
# bench.sh — `make bench`: wrk against a fresh stack on loopback. Measures
# the pages that exist so far: the sign-in page (template only, no
# database), the account page of a signed-in member (session lookup, the
# member's row and sessions, a full render), the member directory and a
# profile, the organisations and offers, the public directory with its
# JSON export (signed out: no session lookup at all), and the network's
# forum: its largest category's first and a deep page (page 200, or its
# last when it has fewer), its longest topic's first and last page, a
# permalink to a post in the middle of it (the 303 to its page), and the
# search for a word of about 1 % of the generated posts; the list of
# working groups (first and last page), a group's home page and the
# members of the largest group. The figures and
# the command go to tests/bench/RESULTS.md; nothing here asserts a speed.
#
# Environment: KP_BENCH_SECONDS (10) per scenario, KP_BENCH_CONNECTIONS (16),
# KP_WORKERS (4) workers per program, KP_BENCH_PEOPLE (0) members to add to
# the demo network (tests/bench/generate.sh: with organisations and offers),
# KP_BENCH_TOPICS (0) forum topics and KP_BENCH_POSTS (10 per topic) posts
# to add to its forums, written by those members (so KP_BENCH_TOPICS needs
# KP_BENCH_PEOPLE). At scale: KP_BENCH_PEOPLE=20000 KP_BENCH_TOPICS=100000
# (a million posts).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
SECONDS_EACH=${KP_BENCH_SECONDS:-10}
CONNS=${KP_BENCH_CONNECTIONS:-16}
TOPICS=${KP_BENCH_TOPICS:-0}
POSTS=${KP_BENCH_POSTS:-$((TOPICS * 10))}
((TOPICS == 0 || ${KP_BENCH_PEOPLE:-0} > 0)) || {
	echo "bench: KP_BENCH_TOPICS needs KP_BENCH_PEOPLE (the generated members write the posts)" >&2
	exit 2
}
DIR=$(mktemp -d /tmp/knotenpunkt-bench.XXXXXX)
trap 'scripts/stack.sh stop "$DIR" >/dev/null 2>&1 || true; rm -rf "$DIR"' EXIT

scripts/stack.sh start "$DIR" auto >/dev/null
((${KP_BENCH_PEOPLE:-0} == 0)) ||
	tests/bench/generate.sh "$DIR" "$KP_BENCH_PEOPLE" "$TOPICS" "$POSTS" >/dev/null
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

# The forum's scenarios, by ids from the database (its pages may not link
# them yet): the network's largest category and longest topic, and the
# post in the middle of that topic.
fdb() {
	local conf=$DIR/knotenpunkt.hdf
	key() {
		awk -v key="$1" '/^DB[[:space:]]*\{/ { db = 1; next } db && /^\}/ { db = 0 }
			db && $1 == key && $2 == "=" { sub(/^[^=]*=[[:space:]]*/, ""); print; exit }' "$conf"
	}
	MYSQL_PWD=$(key Password) mariadb --no-defaults --batch --skip-column-names \
		--socket="$(key Socket)" --user="$(key User)" "$(key Name)" -e "$1"
}
read -r fcat fcat_pages < <(fdb "SELECT id, GREATEST(1, CEIL(topic_count / 25)) FROM forum_categories
	WHERE group_id IS NULL AND retired = 0 ORDER BY topic_count DESC, id LIMIT 1")
read -r ftopic fposts < <(fdb "SELECT id, post_count FROM forum_topics
	WHERE group_id IS NULL AND deleted_at IS NULL ORDER BY post_count DESC, id LIMIT 1")
[[ -n $ftopic ]] && fpost=$(fdb "SELECT id FROM forum_posts WHERE topic_id = $ftopic
	ORDER BY id LIMIT 1 OFFSET $((fposts / 2))")
[[ -n $fcat && -n ${fpost:-} ]] || { echo "bench: no forum category, topic or post" >&2; exit 1; }
fdeep=$((fcat_pages < 200 ? fcat_pages : 200))
# The groups: the last page of the list and the largest group's members.
read -r glast < <(fdb "SELECT GREATEST(1, CEIL(COUNT(*) / 25)) FROM \`groups\`
	WHERE deleted_at IS NULL AND visibility <> 'private'")
read -r gbig < <(fdb "SELECT slug FROM \`groups\` WHERE deleted_at IS NULL AND visibility = 'open'
	ORDER BY member_count DESC, id LIMIT 1")
ftopic_pages=$(((fposts + 24) / 25))

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
	run "forum: category, page 1" "/forum/c/$fcat" -H "Cookie: kp_session=$session"
	run "forum: category, page $fdeep" "/forum/c/$fcat?page=$fdeep" -H "Cookie: kp_session=$session"
	run "forum: longest topic, page 1" "/forum/t/$ftopic" -H "Cookie: kp_session=$session"
	run "forum: longest topic, last page" "/forum/t/$ftopic?page=$ftopic_pages" -H "Cookie: kp_session=$session"
	run "forum: permalink (303)" "/forum/p/$fpost" -H "Cookie: kp_session=$session"
	run "forum: search" "/forum/search?q=Traumaberatung" -H "Cookie: kp_session=$session"
	run "groups: list, page 1" "/groups" -H "Cookie: kp_session=$session"
	run "groups: list, last page" "/groups?page=$glast" -H "Cookie: kp_session=$session"
	run "groups: a group's home page" "/g/arbeitskreis-sprache" -H "Cookie: kp_session=$session"
	run "groups: the largest group's members" "/g/$gbig/members" -H "Cookie: kp_session=$session"
)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
{
	echo "# Benchmark results"
	echo
	echo "Made by \`KP_BENCH_PEOPLE=${KP_BENCH_PEOPLE:-0} KP_BENCH_TOPICS=$TOPICS make bench\` (scripts/bench.sh) on $(date -u +%Y-%m-%d): wrk -t2 -c$CONNS"
	echo "-d${SECONDS_EACH}s against the dev stack on 127.0.0.1 (nginx, ${KP_WORKERS:-4} workers per"
	echo "program, MariaDB on a unix socket), $(nproc) cores ($cpu). Load generator and"
	echo "stack share the machine, so the figures are a floor, not a ceiling."
	echo "Network: the demo network plus ${KP_BENCH_PEOPLE:-0} generated members, $TOPICS topics, $((TOPICS ? POSTS : 0)) posts."
	echo
	echo "| scenario | path | requests/s | p50 | p99 | non-2xx |"
	echo "|---|---|---|---|---|---|"
	echo "$rows"
} >tests/bench/RESULTS.md
cat tests/bench/RESULTS.md
