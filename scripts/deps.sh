#!/bin/bash
# deps.sh — install what building, running and testing Knotenpunkt needs on
# Debian 12, then the npm test tooling. `make run` and `make test` call it
# first, so a fresh machine needs nothing but git and make.
#
# Idempotent and silent when nothing is missing: every package is checked
# with dpkg-query first, and apt-get runs only for the missing ones.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)

# Build: compiler, libraries of libkp and the programs, cmocka for unit tests,
# clang + compiler-rt for libFuzzer/ASan, clang-format for `make lint`.
# Run: MariaDB, nginx, the FastCGI client tools, an SMTP sink (aiosmtpd) for
# the dev stack. Test: Chromium (driven by playwright-core), wrk, valgrind,
# curl; Bench: fossil (the peer forum `make bench` measures against). openssl:
# stack.sh makes passwords and the secret with `openssl rand`.
PACKAGES=(
	build-essential pkg-config
	libfcgi-dev libfcgi-bin
	libmariadb-dev mariadb-server mariadb-client
	clearsilver-dev libmagic-dev zlib1g-dev libcmark-dev libcrypt-dev
	libssl-dev libcurl4-openssl-dev libical-dev libminizip-dev libgd-dev
	libcmocka-dev python3-icalendar liboath-dev libqrencode-dev
	nginx-light python3-aiosmtpd
	chromium clang libclang-rt-14-dev wrk clang-format valgrind curl fossil
	openssl
)

missing=()
for pkg in "${PACKAGES[@]}"; do
	# db:Status-Status is "installed" only for a fully configured package;
	# "half-configured" or "config-files" (removed) count as missing.
	status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
	[[ $status == installed ]] || missing+=("$pkg")
done

# Node.js runs the e2e and browser tests. Machines of this project come with
# Node 20 + npm (not from Debian's archive, so dpkg-query would not find
# "nodejs npm" as such); only when the commands are absent do we fall back to
# Debian's packages. Debian 12's own nodejs is 18, too old for playwright-core.
if ! command -v node >/dev/null 2>&1; then
	missing+=(nodejs npm)
elif ! command -v npm >/dev/null 2>&1; then
	missing+=(npm)
fi

if ((${#missing[@]} > 0)); then
	if ((EUID != 0)); then
		echo "deps.sh: missing Debian packages: ${missing[*]}" >&2
		echo "deps.sh: run as root (or: sudo apt-get install ${missing[*]})" >&2
		exit 1
	fi
	echo "deps.sh: installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive

	# Installing mariadb-server or nginx would start the system-wide
	# services; the project runs its own private instances (stack.sh) and
	# must not find port 80 or /run/mysqld taken. A policy-rc.d that exits
	# 101 tells invoke-rc.d "not allowed". Remove it afterwards only if we
	# created it: an existing one belongs to the machine's administrator.
	policy=/usr/sbin/policy-rc.d
	created_policy=0
	if [[ ! -e $policy ]]; then
		printf '#!/bin/sh\n# temporary, from knotenpunkt scripts/deps.sh\nexit 101\n' >"$policy"
		chmod 0755 "$policy"
		created_policy=1
	fi
	remove_policy() {
		if ((created_policy)); then
			rm -f "$policy"
		fi
	}
	trap remove_policy EXIT

	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing[@]}"

	remove_policy
	created_policy=0
	trap - EXIT
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if ((node_major < 20)); then
	echo "deps.sh: warning: Node.js $(node --version) found; playwright-core needs Node 20 or newer" >&2
fi

# npm test tooling (playwright-core, axe-core). npm ci gives exactly the
# locked versions; it runs only when node_modules is missing or the lock file
# changed since the last install (npm keeps its own copy of the lock in
# node_modules/.package-lock.json). playwright-core never downloads a browser;
# the tests use Debian's /usr/bin/chromium. A node_modules that is a symlink
# (a git worktree sharing another checkout's packages) is left alone: npm ci
# would replace the link and empty the folder it points to.
cd "$ROOT"
if [[ -L node_modules ]]; then
	:
elif [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
	echo "deps.sh: npm ci"
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
