#!/usr/bin/env bash
# Runs the SQLite suite and the browser suite once on each simulated date (TEST_NOW), to prove that no
# test depends on the day it runs. Default dates: a January Monday (last month is the previous year's
# December), the first working day after the 2026 Spring Festival, and the last day of a month.
#   scripts/test-on-dates.sh [ISO time …]
set -uo pipefail
cd "$(dirname "$0")/.."
dates=("$@")
[ ${#dates[@]} -eq 0 ] && dates=(2026-01-05T09:00:00+08:00 2026-02-24T09:30:00+08:00 2026-08-31T17:45:00+08:00)
status=0
for d in "${dates[@]}"; do
  echo "=== TEST_NOW=$d ==="
  TEST_NOW=$d npx vitest run --config vitest.config.ts "${VITEST_ARGS[@]+"${VITEST_ARGS[@]}"}" || status=1
  TEST_NOW=$d npx vitest run --config vitest.e2e.config.ts || status=1
done
exit $status
