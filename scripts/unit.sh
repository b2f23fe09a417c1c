#!/bin/bash
# unit.sh BIN... — run each cmocka unit test binary twice: as it is, and
# under valgrind (memory errors, and definite leaks: a parser that leaks per
# request leaks in a worker that serves thousands). Prints a summary line;
# exit 1 if any run failed.
set -euo pipefail

if (($# == 0)); then
	echo "unit: no test binaries given (build/unit/ is empty)"
	exit 0
fi

# A test that hangs must not hang `make test` (CI has 90 minutes in all).
UNIT_TIMEOUT=${KP_UNIT_TIMEOUT:-300}

passed=0
failed=0
failures=()
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

for bin in "$@"; do
	name=$(basename "$bin")
	if [[ ! -x $bin ]]; then
		echo "unit: $bin: not an executable"
		failed=$((failed + 1))
		failures+=("$name (missing)")
		continue
	fi

	echo "== unit: $name"
	if timeout "$UNIT_TIMEOUT" "$bin"; then
		passed=$((passed + 1))
	else
		echo "unit: $name FAILED (exit $?)"
		failed=$((failed + 1))
		failures+=("$name")
	fi

	# Only valgrind's own verdict counts here (--error-exitcode); the
	# test's result was judged above. Its output is shown on failure only.
	echo "== unit: $name under valgrind"
	vlog=$scratch/$name.valgrind
	if timeout "$((UNIT_TIMEOUT * 4))" valgrind --quiet --leak-check=full \
		--errors-for-leak-kinds=definite --error-exitcode=1 \
		--track-fds=no "$bin" >"$vlog" 2>&1; then
		passed=$((passed + 1))
	else
		rc=$?
		cat "$vlog"
		echo "unit: $name FAILED under valgrind (exit $rc)"
		failed=$((failed + 1))
		failures+=("$name (valgrind)")
	fi
done

if ((failed > 0)); then
	echo "unit: failed: ${failures[*]}"
fi
echo "unit: $passed passed, $failed failed"
((failed == 0))
