#!/usr/bin/env bash
# A night's ingest under queries: starts the Release service on the local database (which should
# already hold a survey: `Tap.Service load --dir`), runs a closed loop of SIAv2 and TAP sync
# requests for SECONDS (default 20) to learn their latency at rest, then loads the night's folder
# with `Tap.Service load --dir NIGHT_DIR [LOAD OPTIONS]` while the loop goes on, and prints the
# load's own report and the requests' p50/p95 before and during it. Every request must answer 200.
# Usage: bench/Ingest/measure.sh NIGHT_DIR [load options, e.g. --replace]   (PORT: default 8097)
set -euo pipefail
cd "$(dirname "$0")/../.."
night=${1:?usage: bench/Ingest/measure.sh NIGHT_DIR [load options]}
shift
port=${PORT:-8097}
seconds=${SECONDS_AT_REST:-20}
source bench/lib/release-service.sh
start_release_service "$port"
work=$bench_work

# Aimed at the central CCD of the survey's middle visit, as the bench harness's query mix is.
read -r visit ra dec < <(central_ccd)
tap_cone="SELECT obs_publisher_did, s_ra, s_dec, t_min, lsst_band FROM ivoa.obscore WHERE CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', $ra, $dec, 0.5)) = 1"
requests=(
  "/sia/query?POS=CIRCLE%20$ra%20$dec%200.5&MAXREC=1000"
  "/sia/query?LSST_VISIT=$visit&LSST_RAFT=R22&MAXREC=1000"
  "/tap/sync?LANG=ADQL&MAXREC=1000&QUERY=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$tap_cone")"
)

# One line per request: seconds and HTTP status. Runs until the file named by $1 exists.
query_loop() {
  while [[ ! -e $1 ]]; do
    for path in "${requests[@]}"; do
      curl -s -o /dev/null -w '%{time_total} %{http_code}\n' "$base$path"
    done
  done
}

summary() {
  sort -n "$1" | awk -v label="$2" '
    { t[NR] = $1 * 1000; if ($2 != 200) failed++ }
    END { printf "%-22s %6d requests  p50 %7.1f ms  p95 %7.1f ms  failed %d\n", label, NR, t[int(NR * 0.5) + 1], t[int(NR * 0.95) + 1], failed }'
}

# Warm-up first: the JIT's tiered compilation and cold caches would otherwise pass for the latency at rest.
query_loop "$work/warm" >/dev/null &
sleep 15
touch "$work/warm"
wait $!

query_loop "$work/rest-done" >"$work/rest.txt" &
sleep "$seconds"
touch "$work/rest-done"
wait $!

query_loop "$work/load-done" >"$work/during.txt" &
loop=$!
load_status=0
"$app_dir/Tap.Service" load --dir "$night" "$@" || load_status=$?
touch "$work/load-done"
wait $loop

echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
summary "$work/rest.txt" "at rest ($seconds s)"
summary "$work/during.txt" "during the load"
exit "$load_status"
