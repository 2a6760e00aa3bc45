#!/usr/bin/env bash
# Runs every test of the project on this machine: installs what is missing (Debian packages,
# NuGet and npm restores), starts the throwaway PostgreSQL cluster, checks the generated parser is
# up to date, runs all test projects, and ends with the line "N passed, N failed" that CI reads.
# That line comes in every case: a set-up step that fails (packages, database, build) counts as a
# failure and the test stages, which need all three, are skipped.
# Exit code: non-zero if anything failed.
set -uo pipefail # no -e: every path must reach the summary line
cd "$(dirname "$0")" || exit 1
source scripts/env.sh

passed=0
failed=0
skipped=0
failed_steps=()
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

# Runs one set-up or check step under a "== name" header; its failure counts as one failed test.
step() {
  local name=$1
  shift
  echo "== $name"
  if "$@"; then
    return 0
  fi
  echo "$name failed"
  failed=$((failed + 1))
  failed_steps+=("$name")
  return 1
}

# What the test stages need, in order; the first that failed is named here and the rest are skipped.
missing=
setup() {
  local name=$1
  if [ -n "$missing" ]; then
    echo "== $name: skipped, $missing failed"
    return
  fi
  step "$@" || missing=$name
}

setup packages scripts/packages.sh
setup database scripts/db.sh start

# The OpenAPI linter the API reference tests run (tools/openapi), exactly as its lock file pins it;
# npm ci takes it from npm's cache when it is there.
restore_openapi_linter() {
  [ -x tools/openapi/node_modules/.bin/redocly ] || (cd tools/openapi && npm ci --prefer-offline --no-audit --no-fund --silent)
}
setup "OpenAPI linter" restore_openapi_linter

step "generated parser is up to date" Adql/Grammar/generate.sh --check

# Folders beside the checkout exist on some machines only; a clone alone must build, run and pass every test.
names_a_folder_outside() {
  git grep -n -E '\.\./shared|shared/(conformance|design)'
  [ $? -eq 1 ] # 1: no file names one; 0: one does; 128: not a git checkout
}
step "the repository stands alone: no file in it reads a folder beside the checkout" names_a_folder_outside

setup build dotnet build Metadata.sln -c Release --nologo -v quiet

unit_and_integration_tests() {
  echo "== tests"
  # The resilience tests run in their own stage below, not beside the others.
  dotnet test Metadata.sln -c Release --no-build --nologo --filter "FullyQualifiedName!~Resilience.Tests" 2>&1 | tee "$log_dir/dotnet-test.log"
  local status=${PIPESTATUS[0]}

  # dotnet test prints one summary per test assembly:
  #   "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42, Duration: ..."
  local stage_passed stage_failed stage_skipped
  read -r stage_passed stage_failed stage_skipped < <(awk '
    /(Passed|Failed)! +- +Failed: / {
      gsub(",", "")
      for (i = 1; i <= NF; i++) {
        if ($i == "Failed:") failed += $(i + 1)
        if ($i == "Passed:") passed += $(i + 1)
        if ($i == "Skipped:") skipped += $(i + 1)
      }
    }
    END { printf "%d %d %d\n", passed, failed, skipped }' "$log_dir/dotnet-test.log")
  if [ "$status" -ne 0 ] && [ "$stage_failed" -eq 0 ]; then
    stage_failed=1 # the test run failed without a failing test (crashed host)
  fi
  passed=$((passed + stage_passed))
  failed=$((failed + stage_failed))
  skipped=$((skipped + stage_skipped))
}

resilience_tests() {
  echo "== resilience tests: the service as processes on a PostgreSQL cluster of their own, under faults and load"
  # Alone, so their load and timings neither disturb nor suffer from the other tests; at normal
  # verbosity, so the counts they print stand in the log. That verbosity ends with "Total tests: N",
  # "Passed: N" and, when any, "Failed: N" and "Skipped: N" instead of the one-line summary above.
  dotnet test tests/Resilience.Tests -c Release --no-build --nologo --logger "console;verbosity=normal" 2>&1 | tee "$log_dir/resilience.log"
  local status=${PIPESTATUS[0]}
  local stage_passed stage_failed stage_skipped
  read -r stage_passed stage_failed stage_skipped < <(awk '
    /^ +Passed: [0-9]+$/ { passed = $2 }
    /^ +Failed: [0-9]+$/ { failed = $2 }
    /^ +Skipped: [0-9]+$/ { skipped = $2 }
    END { printf "%d %d %d\n", passed, failed, skipped }' "$log_dir/resilience.log")
  if [ "$status" -ne 0 ] && [ "$stage_failed" -eq 0 ]; then
    stage_failed=1 # the run failed without a failing test (crashed host)
  fi
  passed=$((passed + stage_passed))
  failed=$((failed + stage_failed))
  skipped=$((skipped + stage_skipped))
}

end_to_end_tests() {
  echo "== end-to-end tests with real clients"
  tests/EndToEnd/run.sh 2>&1 | tee "$log_dir/end-to-end.log"
  local status=${PIPESTATUS[0]}
  # Its last line is "N passed, N failed", like ours; missing when it stopped early.
  local stage_passed=0 stage_failed=0
  read -r stage_passed stage_failed < <(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$log_dir/end-to-end.log" | tail -n 1)
  if [ "$status" -ne 0 ] && [ "${stage_failed:-0}" -eq 0 ]; then
    stage_failed=1 # the script stopped before its summary (no database, service did not start)
  fi
  passed=$((passed + ${stage_passed:-0}))
  failed=$((failed + ${stage_failed:-0}))
}

for stage in unit_and_integration_tests resilience_tests end_to_end_tests; do
  if [ -n "$missing" ]; then
    echo "== ${stage//_/ }: skipped, $missing failed"
  else
    "$stage"
  fi
done

# No test may be skipped in CI: a skipped test counts as failed.
if [ "$skipped" -ne 0 ]; then
  echo "$skipped tests were skipped; they count as failed"
  failed=$((failed + skipped))
fi
if [ "$failed" -ne 0 ]; then
  # Repeated here because CI shows only the end of the log: each failed step, then each failed
  # test with its message.
  echo "== what failed"
  for name in "${failed_steps[@]}"; do
    echo "step: $name (its output is above)"
  done
  awk '
    /^ +Failed [^ ]+ \[/ { showing = 1 }
    /^ +Stack Trace:/ { showing = 0 }
    /^(FAIL |PASS |  (Passed|Skipped) )/ { showing = 0 }
    /^FAIL / { print }
    showing { print }' "$log_dir"/*.log 2>/dev/null | head -n 200 # no logs when the test stages were skipped
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
