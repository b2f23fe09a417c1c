#!/bin/bash
# bench.sh — `make bench`: how fast the platform is on this machine, measured
# side by side with a ceiling and a peer in the same run (this machine's
# absolute speed drifts), written to tests/bench/RESULTS.md. Nothing here
# asserts a speed; tests/bench/analysis.md (hand-written after a run) says
# what the figures mean and is copied to the end of RESULTS.md.
#
#   1. a stack in a temporary folder with a large generated network
#      (tests/bench/generate.sh: 20,000 members, 2,000 organisations,
#      500 groups, 100,000 topics with 1,000,000 posts at scale 1);
#   2. the ceiling: the same nginx, with the stack's process and transfer
#      settings, serving a static 8 KB page (tests/bench/ceiling.conf.in);
#   3. the peer: Fossil's forum, a thread of 25 posts, served by
#      `fossil server` (tests/bench/fossil-peer.sh);
#   4. our pages as a signed-in member (the public ones signed out), a POST
#      of a reply and the sign-in (tests/bench/post.lua);
#   5. the private memory of every program's workers and of MariaDB;
#   6. the growth: the topic page, the member directory and the search on
#      fresh stacks at 10,000 and 100,000 posts, next to the 1,000,000 of
#      step 1.
# Each figure: wrk -t2 -c32, a warm-up, then 3 runs; the median of each.
#
# Environment: KP_BENCH_SCALE (1) divides every size, for quick runs
# (KP_BENCH_SCALE=100: 200 members, 10,000 posts); KP_BENCH_SECONDS (5) per
# run, KP_BENCH_RUNS (3), KP_BENCH_WARMUP (2) seconds,
# KP_BENCH_CONNECTIONS (32), KP_WORKERS (4) workers per program,
# KP_BENCH_GROWTH ("1000 10000", topics of 10 posts) the smaller networks
# of step 6 ("" skips it).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
SCALE=${KP_BENCH_SCALE:-1}
SECS=${KP_BENCH_SECONDS:-5}
RUNS=${KP_BENCH_RUNS:-3}
WARMUP=${KP_BENCH_WARMUP:-2}
CONNS=${KP_BENCH_CONNECTIONS:-32}
GROWTH=${KP_BENCH_GROWTH-1000 10000}
for v in "$SCALE" "$SECS" "$RUNS" "$WARMUP" "$CONNS"; do
	[[ $v =~ ^[1-9][0-9]*$ ]] || {
		echo "bench: KP_BENCH_* must be positive whole numbers" >&2
		exit 2
	}
done
PEOPLE=$((20000 / SCALE < 100 ? 100 : 20000 / SCALE))
TOPICS=$((100000 / SCALE))
POSTS=$((TOPICS * 10))
DOCS=$((50000 / SCALE))
EVENTS=$((20000 / SCALE))
NOTES=$((2000000 / SCALE))
WORK=$(mktemp -d /tmp/knotenpunkt-bench.XXXXXX)
STACKS=()
cleanup() {
	local s
	for s in "${STACKS[@]}"; do scripts/stack.sh stop "$s" >/dev/null 2>&1 || true; done
	[[ -f $WORK/ceiling/nginx.pid ]] && kill "$(cat "$WORK/ceiling/nginx.pid")" 2>/dev/null
	[[ -f $WORK/fossil/fossil.pid ]] && kill "$(cat "$WORK/fossil/fossil.pid")" 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT
say() { printf 'bench: %s\n' "$*" >&2; }

# A free TCP port on loopback.
free_port() {
	/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# ---- measuring --------------------------------------------------------------

# wrk's latency ("812.00us", "1.54ms", "2.01s") in milliseconds.
lat_ms() {
	awk -v p="$1" '$1 == p {
		v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
		f = (u == "us") ? 0.001 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1
		printf "%.2f", v * f }'
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# measure NAME URL [wrk options] — a warm-up, RUNS runs; prints a row
# "NAME<TAB>URL<TAB>req/s<TAB>p50 ms<TAB>p99 ms<TAB>errors" (the medians;
# errors: answers >= 400 and socket errors, summed over the runs).
measure() {
	local name=$1 url=$2
	shift 2
	wrk -t2 -c"$CONNS" -d"${WARMUP}s" "$@" "$url" >/dev/null
	local i out rps=() p50=() p99=() errors=0 e
	for ((i = 0; i < RUNS; i++)); do
		out=$(wrk -t2 -c"$CONNS" -d"${SECS}s" --latency "$@" "$url")
		rps+=("$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")")
		p50+=("$(lat_ms 50% <<<"$out")")
		p99+=("$(lat_ms 99% <<<"$out")")
		e=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 }
			END { print n + 0 }' <<<"$out")
		errors=$((errors + e))
	done
	say "$name: $(median "${rps[@]}") req/s"
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$url" "$(median "${rps[@]}")" \
		"$(median "${p50[@]}")" "$(median "${p99[@]}")" "$errors"
}

# ---- a stack ------------------------------------------------------------------

# start_stack DIR PEOPLE TOPICS [CONTENT] — a stack with the demo network
# plus a generated one (with CONTENT: documents, events and notifications
# too, tests/bench/generate-content.sh); sets BASE, SESSION (member1's
# session cookie), AS_MEMBER (wrk's option sending it) and CSRF (a form
# token of that session).
start_stack() {
	local dir=$1
	STACKS+=("$dir")
	# MariaDB as INSTALL sets it up for production (a 1 GB buffer pool),
	# not the dev stack's 256 MB: the large network would not fit.
	KP_DB_BUFFER=1G KP_LOGIN_RATE=100000r/s KP_THROTTLE_ADDRESS=1000000 \
		scripts/stack.sh start "$dir" auto >/dev/null
	say "generating $2 members, $3 topics in $dir"
	tests/bench/generate.sh "$dir" "$2" "$3" "$(($3 * 10))" >/dev/null
	if [[ ${4:-} == content ]]; then
		say "generating $DOCS documents, $EVENTS events, $NOTES notifications"
		tests/bench/generate-content.sh "$dir" "$DOCS" "$EVENTS" "$NOTES" >/dev/null
	fi
	# shellcheck disable=SC1091
	. "$dir/stack.env"
	BASE=http://127.0.0.1:$PORT
	local jar=$dir/cookies.txt csrf
	csrf=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -s -b "$jar" -c "$jar" -o /dev/null -H "Origin: $BASE" \
		--data-urlencode "csrf=$csrf" --data-urlencode "email=member1@knotenpunkt.test" \
		--data-urlencode "password=Demo-Passwort-2026" "$BASE/login"
	SESSION=$(awk '$6 == "kp_session" { print $7 }' "$jar")
	AS_MEMBER=(-H "Cookie: kp_session=$SESSION")
	[[ -n $SESSION ]] || {
		say "could not sign in"
		exit 1
	}
	CSRF=$(curl -s -H "Cookie: kp_session=$SESSION" "$BASE/account" |
		sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
}

# A query on the stack in DIR as its application user.
db() {
	local conf=$1/knotenpunkt.hdf
	key() {
		awk -v key="$1" '/^DB[[:space:]]*\{/ { db = 1; next } db && /^\}/ { db = 0 }
			db && $1 == key && $2 == "=" { sub(/^[^=]*=[[:space:]]*/, ""); print; exit }' "$conf"
	}
	MYSQL_PWD=$(key Password) mariadb --no-defaults --batch --skip-column-names \
		--socket="$(key Socket)" --user="$(key User)" "$(key Name)" -e "$2"
}

# The network's topic of 25 to 50 posts nearest 30 (its first page shows
# 25), the largest category, a word of about 1 % of the generated posts.
topic_of() {
	db "$1" "SELECT id FROM forum_topics WHERE group_id IS NULL AND deleted_at IS NULL
		AND locked = 0 AND post_count BETWEEN 25 AND 50 ORDER BY ABS(CAST(post_count AS SIGNED) - 30), id LIMIT 1"
}
SEARCH_WORD=Traumaberatung

# The three pages of the growth series, on the stack in DIR.
growth_rows() { # DIR LABEL
	local topic
	topic=$(topic_of "$1")
	measure "topic page (25 posts) — $2" "$BASE/forum/t/$topic" "${AS_MEMBER[@]}"
	measure "member directory, filtered — $2" "$BASE/people?field=3&lang=ar" "${AS_MEMBER[@]}"
	measure "search — $2" "$BASE/search?q=$SEARCH_WORD" "${AS_MEMBER[@]}"
}

# ---- 1. the large network ---------------------------------------------------

MAIN=$WORK/stack
start_stack "$MAIN" "$PEOPLE" "$TOPICS" content
MAIN_BASE=$BASE

# ---- 2. the ceiling, 3. the peer ------------------------------------------------

mkdir -p "$WORK/ceiling/www" "$WORK/ceiling/tmp"
head -c 8192 /dev/zero | tr '\0' 'x' >"$WORK/ceiling/www/page.html"
CEIL_PORT=$(free_port)
# As in the stack: workers as root when we are root (the folders are 0700).
user_line="# user: the invoking user"
((EUID == 0)) && user_line="user root;"
sed -e "s|@DIR@|$WORK/ceiling|g" -e "s|@PORT@|$CEIL_PORT|g" -e "s|@FILES@|$MAIN/data/files/|g" \
	-e "s|@USER@|$user_line|" \
	tests/bench/ceiling.conf.in >"$WORK/ceiling/nginx.conf"
nginx -c "$WORK/ceiling/nginx.conf" -p "$WORK/ceiling/" -e "$WORK/ceiling/error.log"
FOSSIL_PORT=$(free_port)
fossil_thread=$(tests/bench/fossil-peer.sh "$WORK/fossil" "$FOSSIL_PORT")

# ---- 4. our pages -------------------------------------------------------------

fcat=$(db "$MAIN" "SELECT id FROM forum_categories WHERE group_id IS NULL AND retired = 0
	ORDER BY topic_count DESC, id LIMIT 1")
ftopic=$(topic_of "$MAIN")
[[ -n $fcat && -n $ftopic ]] || {
	say "no forum category or topic of 25 posts"
	exit 1
}

# The POST bodies (post.lua replaces @ONCE@ with a fresh token per request).
printf 'csrf=%s&once=@ONCE@&body=%s' "$CSRF" \
	"Danke%2C+das+hilft+uns+weiter.+Wir+melden+uns+bis+Freitag+mit+den+Terminen." >"$WORK/reply.body"
curl -s -c "$WORK/pre.txt" -o "$WORK/login.html" "$MAIN_BASE/login"
pre=$(awk '$6 == "kp_pre" { print $7 }' "$WORK/pre.txt")
login_csrf=$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$WORK/login.html" | head -1)
printf 'csrf=%s&email=member2%%40knotenpunkt.test&password=Demo-Passwort-2026' "$login_csrf" >"$WORK/login.body"
post() { # NAME PATH BODYFILE TYPE [wrk options] — POST with post.lua
	local name=$1 path=$2 body=$3 type=$4
	shift 4
	KP_BENCH_BODY=$body KP_BENCH_TYPE=$type \
		measure "$name" "$MAIN_BASE$path" -s tests/bench/post.lua -H "Origin: $MAIN_BASE" "$@"
}
FORM=application/x-www-form-urlencoded

# A 10 MB PDF as a multipart upload into the network's library (top
# level), and the member's calendar feed (its token's hash, as the events
# program keeps it).
boundary=KnotenpunktBench$RANDOM$RANDOM
/usr/bin/python3 - "$WORK/upload.body" "$boundary" "$CSRF" <<'PY'
import sys
path, boundary, csrf = sys.argv[1:]
filler = b"BT /F1 10 Tf 72 700 Td (Sprachkurs Protokoll) Tj ET\n" * 194000
head = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
head += b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
head += b"3 0 obj\n<< /Length " + str(len(filler)).encode() + b" >>\nstream\n"
pdf = head + filler + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%EOF\n"
pdf = pdf + b"%" * max(0, 10 * 1024 * 1024 - len(pdf) - 1) + b"\n"
def field(name, value):
    return (b"--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
            % (boundary.encode(), name.encode(), value.encode()))
body = field("csrf", csrf) + field("once", "@ONCE@") + field("title", "Großes Protokoll") + field("folder", "0")
body += (b"--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"protokoll.pdf\"\r\n"
         b"Content-Type: application/pdf\r\n\r\n" % boundary.encode()) + pdf + b"\r\n"
body += b"--%s--\r\n" % boundary.encode()
open(path, "wb").write(body)
PY
feed=$(/usr/bin/python3 -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("="))')
feed_hash=$(printf '%s' "$feed" | sha256sum | cut -c1-64)
db "$MAIN" "INSERT INTO event_feeds (user_id, token_hash, created_at)
	SELECT id, '$feed_hash', NOW() FROM users WHERE email = 'member1@knotenpunkt.test'
	ON DUPLICATE KEY UPDATE token_hash = VALUES(token_hash)"

rows=$(
	measure "ceiling: static 8 KB page (nginx)" "http://127.0.0.1:$CEIL_PORT/page.html"
	measure "peer: Fossil forum thread, 25 posts" "http://127.0.0.1:$FOSSIL_PORT$fossil_thread"
	measure "sign-in page, signed out" "$MAIN_BASE/login"
	measure "forum: largest category" "$MAIN_BASE/forum/c/$fcat" "${AS_MEMBER[@]}"
	measure "forum: topic page (25 posts)" "$MAIN_BASE/forum/t/$ftopic" "${AS_MEMBER[@]}"
	measure "member directory, filtered" "$MAIN_BASE/people?field=3&lang=ar" "${AS_MEMBER[@]}"
	measure "forum search, a word in ~1 % of posts" "$MAIN_BASE/forum/search?q=$SEARCH_WORD" "${AS_MEMBER[@]}"
	measure "public directory, signed out" "$MAIN_BASE/directory?field=3"
	measure "groups: a group's home page" "$MAIN_BASE/g/arbeitskreis-sprache" "${AS_MEMBER[@]}"
	measure "groups: list" "$MAIN_BASE/groups" "${AS_MEMBER[@]}"
	measure "dashboard (start page)" "$MAIN_BASE/" "${AS_MEMBER[@]}"
	measure "search over everything, a word in ~1 % of posts" "$MAIN_BASE/search?q=$SEARCH_WORD" "${AS_MEMBER[@]}"
	measure "events: upcoming" "$MAIN_BASE/events" "${AS_MEMBER[@]}"
	measure "personal calendar feed (.ics), no session" "$MAIN_BASE/events/feed/$feed.ics"
	measure "documents: the network's library" "$MAIN_BASE/docs" "${AS_MEMBER[@]}"
	post "POST a reply (303)" "/forum/t/$ftopic/reply" "$WORK/reply.body" $FORM "${AS_MEMBER[@]}"
	post "sign-in: POST /login (303)" /login "$WORK/login.body" $FORM -H "Cookie: kp_pre=$pre"
	post "upload 10 MB (303)" /docs/upload "$WORK/upload.body" "multipart/form-data; boundary=$boundary" \
		"${AS_MEMBER[@]}"
)
# The uploaded file, through the program (access check, X-Accel-Redirect)
# and straight from nginx.
read -r vid sha < <(db "$MAIN" "SELECT id, sha256 FROM document_versions WHERE size >= 10485760
	ORDER BY id DESC LIMIT 1")
[[ -n ${sha:-} ]] || {
	say "the 10 MB upload was not stored"
	exit 1
}
rows+=$'\n'$(
	measure "download 10 MB through X-Accel-Redirect" "$MAIN_BASE/files/$vid" "${AS_MEMBER[@]}"
	measure "download 10 MB, nginx static" "http://127.0.0.1:$CEIL_PORT/store/${sha:0:2}/${sha:2:2}/$sha"
)

# ---- 5. memory ------------------------------------------------------------------

# Private memory (kB: Private_Clean + Private_Dirty) of a process.
private_kb() { awk '/^Private_(Clean|Dirty):/ { n += $2 } END { print n + 0 }' "/proc/$1/smaps_rollup"; }
read -r -a programs <<<"$(sed -n 's/^PROGRAMS *= *//p' Makefile)"
memory=$(
	for p in "${programs[@]}"; do
		pids=$(pgrep -P "$(cat "$MAIN/run/$p.pid")" || true)
		[[ -n $pids ]] || continue
		sizes=()
		for pid in $pids; do sizes+=("$(private_kb "$pid")"); done
		max=$(printf '%s\n' "${sizes[@]}" | sort -g | tail -1)
		printf '| %s | %d | %s | %s |\n' "$p" "${#sizes[@]}" "$(median "${sizes[@]}")" "$max"
	done
	mpid=$(cat "$MAIN/run/mariadb.pid")
	printf '| MariaDB | 1 | %s | %s |\n' "$(private_kb "$mpid")" "$(private_kb "$mpid")"
)
BASE=$MAIN_BASE
growth=$(growth_rows "$MAIN" "$POSTS posts")
scripts/stack.sh stop "$MAIN" >/dev/null

# ---- 6. growth ------------------------------------------------------------------

for t in $GROWTH; do
	t=$((t / SCALE))
	((t > 0 && t < TOPICS)) || continue
	g=$WORK/growth-$t
	p=$((t / 5 < 100 ? 100 : t / 5))
	start_stack "$g" "$p" "$t"
	growth=$(growth_rows "$g" "$((t * 10)) posts")$'\n'$growth
	scripts/stack.sh stop "$g" >/dev/null
done

# ---- RESULTS.md -------------------------------------------------------------------

ceiling=$(awk -F'\t' 'NR == 1 { print $3 }' <<<"$rows")
fossil=$(awk -F'\t' 'NR == 2 { print $3 }' <<<"$rows")
table() { # rows → markdown, with each page's share of the ceiling
	awk -F'\t' -v c="$ceiling" '{
		path = $2; sub(/^http:\/\/127\.0\.0\.1:[0-9]+/, "", path)
		printf "| %s | `%s` | %.0f | %.2f | %.2f | %d | %.1f %% |\n", $1, path, $3, $4, $5, $6, 100 * $3 / c }'
}
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
topic_rps=$(awk -F'\t' '$1 == "forum: topic page (25 posts)" { print $3 }' <<<"$rows")
{
	echo "# Benchmark results"
	echo
	echo "Made by \`KP_BENCH_SCALE=$SCALE make bench\` (scripts/bench.sh) on $(date -u +%Y-%m-%d),"
	echo "$(nproc) cores ($cpu), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)."
	echo "wrk -t2 -c$CONNS, ${WARMUP} s warm-up, then $RUNS runs of $SECS s: the median of each figure;"
	echo "errors = answers ≥ 400 and socket errors over all runs. The stack: nginx, ${KP_WORKERS:-4}"
	echo "workers per program, MariaDB on a unix socket; load generator and stack share the"
	echo "machine. Network: the demo network plus $PEOPLE generated members, $((PEOPLE / 20))"
	echo "organisations, $TOPICS topics with $POSTS posts, $DOCS documents, $EVENTS events, $NOTES"
	echo "notifications. Pages as a signed-in member unless"
	echo "\"signed out\"."
	echo
	echo "| scenario | path | req/s | p50 ms | p99 ms | errors | of ceiling |"
	echo "|---|---|---|---|---|---|---|"
	table <<<"$rows"
	echo
	awk -v t="$topic_rps" -v f="$fossil" 'BEGIN {
		printf "Topic page against Fossil'"'"'s thread page: %.1f times as many requests per second.\n", t / f }'
	echo
	echo "## Private memory after the run (kB: Private_Clean + Private_Dirty)"
	echo
	echo "| process | count | median | max |"
	echo "|---|---|---|---|"
	echo "$memory"
	echo
	echo "## Growth: the same pages on networks of different size"
	echo
	echo "| scenario | path | req/s | p50 ms | p99 ms | errors | of ceiling |"
	echo "|---|---|---|---|---|---|---|"
	table <<<"$growth"
	echo
	cat tests/bench/analysis.md
} >tests/bench/RESULTS.md
cat tests/bench/RESULTS.md
