#!/usr/bin/env bash
# Runs every test of the project on this machine: installs what is missing (Debian packages,
# NuGet and npm restores), starts the throwaway PostgreSQL cluster, checks the generated parser is
# up to date, runs all test projects, and ends with the line "N passed, N failed" that CI reads.
# Exit code: non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/env.sh

scripts/packages.sh
scripts/db.sh start

failures=0
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

echo "== generated parser is up to date"
if ! Adql/Grammar/generate.sh --check; then
  failures=$((failures + 1))
fi

echo "== build"
dotnet build Metadata.sln -c Release --nologo -v quiet

echo "== tests"
set +e
dotnet test Metadata.sln -c Release --no-build --nologo 2>&1 | tee "$log_dir/dotnet-test.log"
dotnet_status=${PIPESTATUS[0]}
set -e

# dotnet test prints one summary per test assembly:
#   "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42, Duration: ..."
summary=$(awk '
  /(Passed|Failed)! +- +Failed: / {
    gsub(",", "")
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") failed += $(i + 1)
      if ($i == "Passed:") passed += $(i + 1)
      if ($i == "Skipped:") skipped += $(i + 1)
    }
  }
  END { printf "%d %d %d", passed, failed, skipped }' "$log_dir/dotnet-test.log")
read -r passed failed skipped <<<"$summary"

if [ "$dotnet_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The test run failed without a failing test (build error, crashed host): count it as a failure.
  failed=1
fi
failed=$((failed + failures))

echo "== end-to-end tests with real clients"
set +e
tests/EndToEnd/run.sh 2>&1 | tee "$log_dir/end-to-end.log"
e2e_status=${PIPESTATUS[0]}
set -e
# Its last line is "N passed, N failed", like ours; missing when it stopped early.
read -r e2e_passed e2e_failed < <(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$log_dir/end-to-end.log" | tail -n 1) || true
if [ "$e2e_status" -ne 0 ] && [ "${e2e_failed:-0}" -eq 0 ]; then
  e2e_failed=1 # the script stopped before its summary (no database, service did not start)
fi
passed=$((passed + ${e2e_passed:-0}))
failed=$((failed + ${e2e_failed:-0}))

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
