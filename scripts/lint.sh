#!/bin/bash
# lint.sh — `make lint`: the checks that keep whole classes of bugs out of
# the build (DESIGN.md §3, SECURITY-TESTS.md). Every finding is printed as
# file:line; the exit status is 1 if any check found something.
#
#  1. format:     clang-format --dry-run --Werror (the root .clang-format)
#  2. sql:        no SQL text built with printf-style functions in cgi/, and
#                 mysql_query / mysql_real_query only in cgi/core/db.c
#                 (prepared statements only)
#  3. templates:  no unescaped output (uvar/lvar/evar, escape: "none")
#  4. cgi-kit:    ClearSilver's CGI kit (cgi_init, cgi_parse, cgiwrap_*) is
#                 not used
#  5. strings:    every Lang key used exists in de and en (check-strings.py)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"

failed=()

# C sources: git-tracked plus untracked-but-not-ignored (new files must be
# checked before they are committed), that still exist. Outside a git work
# tree (a release tarball) every file counts.
c_files() {
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		git ls-files -z --cached --others --exclude-standard -- "$@" |
			while IFS= read -r -d '' f; do
				[[ -f $f ]] && printf '%s\n' "$f"
			done | sort -u
	else
		local p
		for p in "$@"; do
			find "${p%%/\**}" -type f \( -name '*.c' -o -name '*.h' \) 2>/dev/null
		done | sort -u
	fi
}

# The C code with comments blanked out (strings and line numbers kept), one
# "file:line:text" per line, so that a comment that mentions mysql_query or
# cgi_init is not a finding, and a call that is commented out is not hidden
# behind one either.
strip_comments() {
	(($# > 0)) || return 0
	awk '
	FNR == 1 { state = "" }
	{
		line = $0; out = ""; n = length(line); i = 1
		while (i <= n) {
			c = substr(line, i, 1); d = substr(line, i, 2)
			if (state == "block") {
				if (d == "*/") { state = ""; out = out "  "; i += 2 }
				else { out = out " "; i++ }
				continue
			}
			if (state == "str") {
				out = out c
				if (c == "\\") { out = out substr(line, i + 1, 1); i += 2; continue }
				if (c == quote) state = ""
				i++
				continue
			}
			if (d == "/*") { state = "block"; out = out "  "; i += 2; continue }
			if (d == "//") break
			if (c == "\"" || c == "\047") { state = "str"; quote = c }
			out = out c; i++
		}
		# A string does not continue on the next line (no backslash
		# continuation in our code); a block comment does.
		if (state == "str") state = ""
		print FILENAME ":" FNR ":" out
	}' "$@"
}

report() { # check-name findings
	local name=$1 findings=$2
	if [[ -n $findings ]]; then
		printf '%s\n' "$findings" | sed "s/^/lint: $name: /"
		failed+=("$name")
	else
		echo "lint: $name: ok"
	fi
}

# --- 1. format -----------------------------------------------------------------
mapfile -t fmt_files < <(c_files 'cgi/*.c' 'cgi/*.h' 'tests/unit/*.c' 'tests/unit/*.h' \
	'tests/fuzz/*.c' 'tests/fuzz/*.h')
findings=""
if ((${#fmt_files[@]} > 0)); then
	# clang-format names each place as file:line:col: error: ...; one line
	# per file (its first place and the count) is enough to act on.
	findings=$(clang-format --dry-run --Werror "${fmt_files[@]}" 2>&1 |
		awk -F: '/^[^ ]+:[0-9]+:[0-9]+: / {
			if (!($1 in n)) { order[++k] = $1; first[$1] = $2 }
			n[$1]++
		}
		END {
			for (i = 1; i <= k; i++)
				printf "%s:%s: not clang-formatted (%d places; make format)\n", order[i], first[order[i]], n[order[i]]
		}' || true)
	if [[ -z $findings ]] && ! clang-format --dry-run --Werror "${fmt_files[@]}" >/dev/null 2>&1; then
		findings="clang-format failed: $(clang-format --dry-run --Werror "${fmt_files[@]}" 2>&1 | head -5)"
	fi
fi
report format "$findings"

# --- 2. SQL only as prepared statements ---------------------------------------------
mapfile -t cgi_files < <(find cgi -type f \( -name '*.c' -o -name '*.h' \) 2>/dev/null | sort)
stripped=$(strip_comments "${cgi_files[@]}")

# A printf-style call whose arguments (up to the ";" that ends the statement,
# across lines) contain an upper-case SQL keyword. Reported at the call's line.
findings=$(printf '%s\n' "$stripped" | awk '
	{
		f = $0; sub(/:.*/, "", f)
		rest = substr($0, length(f) + 2)
		ln = rest; sub(/:.*/, "", ln)
		text = substr(rest, length(ln) + 2)
		if (open && f != openfile) open = 0
		if (!open && text ~ /(^|[^A-Za-z0-9_])(v?sn?printf|v?asprintf|strn?cat|kp_arena_v?printf)[ \t]*\(/) {
			open = 1; openfile = f; where = f ":" ln
			first = text; buf = text; lines = 0
		} else if (open) {
			buf = buf " " text; lines++
		}
		if (open && (buf ~ /;/ || lines > 15)) {
			if (buf ~ /(^|[^A-Za-z0-9_])(SELECT|INSERT|UPDATE|DELETE|REPLACE|WHERE)([^A-Za-z0-9_]|$)/) {
				gsub(/^[ \t]+/, "", first)
				print where ": SQL text built with a printf-style function: " first
			}
			open = 0
		}
	}')
# mysql_query/mysql_real_query/mysql_send_query execute unprepared SQL text;
# only the db layer may (for fixed statements such as SET NAMES).
more=$(printf '%s\n' "$stripped" |
	grep -E '(^|[^A-Za-z0-9_])mysql_(real_|send_)?query[ \t]*\(' |
	grep -v '^cgi/core/db\.c:' |
	sed -E 's/^([^:]*:[0-9]+):[ \t]*(.*)$/\1: unprepared query outside cgi\/core\/db.c: \2/' || true)
findings=$(printf '%s\n%s\n' "$findings" "$more" | sed '/^$/d')
report sql "$findings"

# --- 3. templates escape everything ---------------------------------------------------
# Config.VarEscapeMode=html escapes <?cs var: ?>; uvar prints raw, lvar and
# evar evaluate a value as template code, and escape: "none" switches the
# escaping off.
findings=""
if [[ -d templates ]]; then
	findings=$(grep -rnE '<\?cs *(uvar|lvar|evar):|<\?cs *escape: *"none"' templates/ |
		sed -E 's/^([^:]*:[0-9]+):(.*)$/\1: unescaped template output: \2/' || true)
fi
# markdown() is an escaping function: its output is HTML and ClearSilver
# skips the escaping of the *whole* var: it appears in, so anything joined
# to it with + would come out raw. It may stand only alone, on a plain
# variable: <?cs var:markdown(Page.X.Body) ?>. The same for the other
# escaping functions inside an expression with +.
if [[ -d templates ]]; then
	more=$(grep -rnoE '<\?cs[^#][^?]*(markdown|url_escape|html_escape|js_escape)\([^?]*\?>' templates/ |
		grep -vE ':<\?cs var:markdown\([A-Za-z0-9_.]+\) \?>$' |
		grep -E 'markdown\(|(url_escape|html_escape|js_escape)\([^?]*\+|\+[^?]*(url_escape|html_escape|js_escape)\(' |
		sed -E 's/^([^:]*:[0-9]+):(.*)$/\1: escaping function outside a plain var: \2/' || true)
	findings=$(printf '%s\n%s\n' "$findings" "$more" | sed '/^$/d')
fi
report templates "$findings"

# --- 4. no ClearSilver CGI kit -------------------------------------------------
# Its multipart parser crashes and loses fields in a long-lived process
# (DESIGN.md §3 params / multipart); we have our own parsers.
findings=$(printf '%s\n' "$stripped" |
	grep -E '(^|[^A-Za-z0-9_])(cgi_init|cgi_parse|cgiwrap_[A-Za-z0-9_]*)' |
	sed -E 's/^([^:]*:[0-9]+):[ \t]*(.*)$/\1: ClearSilver CGI kit: \2/' || true)
report cgi-kit "$findings"

# --- 5. strings --------------------------------------------------------------
# Every user-visible string in both languages: the language files hold the
# same keys, and every Lang key the C code or a template names exists.
findings=$(/usr/bin/python3 scripts/check-strings.py || true)
report strings "$findings"

# --- 6. demo documents --------------------------------------------------------
# sql/demo/0006_docs.sql names the generated demo files by their SHA-256: it
# must be what the generator prints, or rows would name files never written.
findings=$(/usr/bin/python3 scripts/demo-docs.py --check sql/demo/0006_docs.sql 2>&1 || true)
report demo-docs "$findings"

if ((${#failed[@]} > 0)); then
	echo "lint: FAILED: ${failed[*]}"
	exit 1
fi
echo "lint: all checks passed"
