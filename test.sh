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

echo "== the repository stands alone: no file in it reads a folder beside the checkout"
# Such folders exist on some machines only; a clone alone must build, run and pass every test.
set +e
git grep -n -E '\.\./shared|shared/(conformance|design)'
grep_status=$?
set -e
if [ "$grep_status" -ne 1 ]; then # 0: a file names such a folder; 128: not a git checkout
  failures=$((failures + 1))
fi

echo "== build"
dotnet build Metadata.sln -c Release --nologo -v quiet

echo "== tests"
set +e
# The resilience tests run in their own stage below, not beside the others.
dotnet test Metadata.sln -c Release --no-build --nologo --filter "FullyQualifiedName!~Resilience.Tests" 2>&1 | tee "$log_dir/dotnet-test.log"
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

echo "== resilience tests: the service as processes on a PostgreSQL cluster of their own, under faults and load"
# Alone, so their load and timings neither disturb nor suffer from the other tests; at normal
# verbosity, so the counts they print stand in the log. That verbosity ends with "Total tests: N",
# "Passed: N" and, when any failed, "Failed: N" instead of the one-line summary above.
set +e
dotnet test tests/Resilience.Tests -c Release --no-build --nologo --logger "console;verbosity=normal" 2>&1 | tee "$log_dir/resilience.log"
resilience_status=${PIPESTATUS[0]}
set -e
read -r resilience_passed resilience_failed < <(awk '
  /^ +Passed: [0-9]+$/ { passed = $2 }
  /^ +Failed: [0-9]+$/ { failed = $2 }
  END { printf "%d %d\n", passed, failed }' "$log_dir/resilience.log")
if [ "$resilience_status" -ne 0 ] && [ "$resilience_failed" -eq 0 ]; then
  resilience_failed=1 # the run failed without a failing test (no build, crashed host)
fi
passed=$((passed + resilience_passed))
failed=$((failed + resilience_failed))

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

# No test may be skipped in CI: a skipped test counts as failed.
if [ "$skipped" -ne 0 ]; then
  echo "$skipped tests were skipped; they count as failed"
  failed=$((failed + skipped))
fi
if [ "$failed" -ne 0 ]; then
  # Repeated here because CI shows only the end of the log: each failed test with its message.
  echo "== what failed"
  awk '
    /^ +Failed [^ ]+ \[/ { showing = 1 }
    /^ +Stack Trace:/ { showing = 0 }
    /^(FAIL |PASS |  (Passed|Skipped) )/ { showing = 0 }
    /^FAIL / { print }
    showing { print }' "$log_dir"/*.log | head -n 200 || true # head closing early must not end the script before its summary
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
