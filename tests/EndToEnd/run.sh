#!/usr/bin/env bash
# End-to-end tests with real clients against the built service (Release build of Tap.Service):
# migrates and seeds a database of its own (metadata_e2e) on the running cluster, starts the service
# on a free loopback port, then runs STILTS taplint, STILTS datalinklint and the pyvo tests.
# Each taplint stage, datalinklint and each pyvo test is one test; the last line is "N passed, N failed" like test.sh's, and the exit code is
# non-zero when any failed. Needs the cluster running (scripts/db.sh start) and the solution built.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/env.sh

app_dir="$REPO_ROOT/Tap.Service/bin/Release/net10.0"
work=$(mktemp -d)
passed=0
failed=0
service_pid=

cleanup() {
  if [ -n "$service_pid" ]; then
    kill "$service_pid" 2>/dev/null || true
    wait "$service_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

record() { # name status
  if [ "$2" -eq 0 ]; then
    passed=$((passed + 1)); echo "PASS $1"
  else
    failed=$((failed + 1)); echo "FAIL $1"
  fi
}

port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
eval "$(PGDATABASE=metadata_e2e scripts/db.sh env)"
export Service__PublicBaseUrl="$base"
export Uws__ResultsFolder="$work/uws-results"
# Images of the sample, rendered by the seed-data generator when first asked for.
export Images__Root="$work/images"
export Images__PreviewFolder="$work/previews"
export Images__Renderer="$REPO_ROOT/seed-data/Generator/bin/Release/net10.0/SeedData.Generator"

echo "== end-to-end: seeding metadata_e2e and starting the service on $base"
dotnet "$app_dir/Tap.Service.dll" migrate >"$work/migrate.log" 2>&1 || { cat "$work/migrate.log"; exit 1; }
dotnet "$app_dir/Tap.Service.dll" load --sample --replace --public-base-url "$base" >"$work/load.log" 2>&1 || { cat "$work/load.log"; exit 1; }
dotnet "$app_dir/Tap.Service.dll" --contentRoot "$app_dir" --urls "$base" >"$work/service.log" 2>&1 &
service_pid=$!
for _ in $(seq 1 60); do
  curl -sf "$base/tap/availability" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "$base/tap/availability" >/dev/null || { echo "the service did not start:"; cat "$work/service.log"; exit 1; }

echo "== taplint"
set +e
stilts taplint tapurl="$base/tap" report=EWF >"$work/taplint.log" 2>&1
set -e
# One test per taplint stage, so a failure names the stage.
tests/EndToEnd/taplint-summary.sh "$work/taplint.log" | tee "$work/taplint-verdicts.log"
passed=$((passed + $(grep -c '^PASS taplint' "$work/taplint-verdicts.log" || true)))
failed=$((failed + $(grep -c '^FAIL taplint' "$work/taplint-verdicts.log" || true)))

echo "== datalinklint"
did='ivo://lsst.example.org/images?deepCoadd/2741/72/g'
links_url="$base/datalink/links?ID=$(/usr/bin/python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$did")&ID=unknown"
set +e
stilts datalinklint votable="$links_url" report=EWF >"$work/datalinklint.log" 2>&1
set -e
cat "$work/datalinklint.log"
if grep -q '^Totals: Errors: 0; Warnings: 0;' "$work/datalinklint.log"; then status=0; else status=1; fi
record "datalinklint: no errors or warnings" $status

echo "== pyvo (Debian's, under /usr/bin/python3)"
# Tokens for test_pyvo_tokens.py, from the service's own command and key, as the README shows.
mint() { dotnet "$app_dir/Tap.Service.dll" token --days 0.1 "$@"; }
STAFF_TOKEN=$(mint --user carol --group staff) && USER_TOKEN=$(mint --user alice --group astronomers) || { echo "token minting failed"; exit 1; }
export STAFF_TOKEN USER_TOKEN
set +e
TAP_URL="$base/tap" /usr/bin/python3 -W ignore::DeprecationWarning -W ignore::ResourceWarning -m unittest discover -s tests/EndToEnd -p 'test_*.py' -v >"$work/pyvo.log" 2>&1
set -e
cat "$work/pyvo.log"
pyvo_run=$(sed -n 's/^Ran \([0-9]*\) tests\{0,1\} .*/\1/p' "$work/pyvo.log")
# "FAILED (failures=1, errors=2)": failures and errors both count as failed tests.
pyvo_bad=$(sed -n 's/^FAILED (\(.*\))/\1/p' "$work/pyvo.log" | { grep -o '\(failures\|errors\)=[0-9]*' || true; } | awk -F= '{ sum += $2 } END { print sum + 0 }')
pyvo_run=${pyvo_run:-0}
pyvo_bad=${pyvo_bad:-0}
if [ "$pyvo_run" -eq 0 ]; then pyvo_bad=1; fi # nothing ran: the test module did not even import
passed=$((passed + pyvo_run - pyvo_bad))
failed=$((failed + pyvo_bad))

if [ "$failed" -ne 0 ]; then
  echo "== service log (end)"
  tail -n 40 "$work/service.log"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
