#!/bin/bash
# fuzz.sh SECONDS BIN... — run each libFuzzer target for SECONDS on a copy of
# its seed corpus. `make test` runs 5 s each, `make fuzz` 300 s.
#
# Seeds: tests/fuzz/corpus/<binary name>/ (fuzz_params → corpus/fuzz_params/;
# corpus/params/ is accepted too). The run works on a copy in
# tests/fuzz/corpus-run/<binary name>/ (git-ignored), so the seeds stay as
# they are reviewed; crash inputs are kept there under artifacts/.
# A dictionary tests/fuzz/<binary name>.dict is used when present.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)

usage() {
	echo "usage: fuzz.sh SECONDS BIN..." >&2
	exit 2
}
(($# >= 1)) || usage
secs=$1
shift
if ! [[ $secs =~ ^[0-9]+$ ]] || ((secs == 0)); then
	usage
fi
if (($# == 0)); then
	echo "fuzz: no fuzz targets given (build/fuzz/ is empty)"
	exit 0
fi

# Sanitizer reports with stacks; any UBSan finding stops the run (the targets
# are built with -fno-sanitize-recover=undefined as well).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

passed=0
failed=0
failures=()
for bin in "$@"; do
	name=$(basename "$bin")
	if [[ ! -x $bin ]]; then
		echo "fuzz: $bin: not an executable"
		failed=$((failed + 1))
		failures+=("$name")
		continue
	fi
	seeds=$ROOT/tests/fuzz/corpus/$name
	[[ -d $seeds ]] || seeds=$ROOT/tests/fuzz/corpus/${name#fuzz_}
	work=$ROOT/tests/fuzz/corpus-run/$name
	rm -rf "$work"
	mkdir -p "$work/corpus" "$work/artifacts"
	if [[ -d $seeds ]]; then
		cp -R "$seeds/." "$work/corpus/"
	else
		echo "fuzz: $name: warning: no seed corpus in tests/fuzz/corpus/$name/"
	fi
	args=(-max_total_time="$secs" -timeout=10 -rss_limit_mb=2048
		-artifact_prefix="$work/artifacts/" -print_final_stats=1)
	if [[ -f $ROOT/tests/fuzz/$name.dict ]]; then
		args+=(-dict="$ROOT/tests/fuzz/$name.dict")
	fi

	echo "== fuzz: $name for ${secs}s ($(find "$work/corpus" -type f | wc -l) seeds)"
	# The hard timeout only guards against a target that never returns to
	# libFuzzer (libFuzzer's own -timeout catches slow inputs).
	if timeout "$((secs + 120))" "$bin" "${args[@]}" "$work/corpus" >"$work/fuzz.log" 2>&1; then
		runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log")
		echo "fuzz: $name ok (${runs:-?} runs)"
		passed=$((passed + 1))
	else
		rc=$?
		tail -n 60 "$work/fuzz.log"
		echo "fuzz: $name FAILED (exit $rc); log: $work/fuzz.log"
		find "$work/artifacts" -type f -printf "fuzz: reproduce with: $bin %p\n" | head -5
		failed=$((failed + 1))
		failures+=("$name")
	fi
done

if ((failed > 0)); then
	echo "fuzz: failed: ${failures[*]}"
fi
echo "fuzz: $passed passed, $failed failed"
((failed == 0))
