#!/usr/bin/env bash
# Peak memory of the service while /tap/sync streams results of growing size: starts the Release
# build on the local database (run.sh's data: the committed sample), asks for 10,000, 100,000 and
# 1,000,000 rows in turn, and prints the process's peak resident set (VmHWM) after each. Streaming
# means the peak does not grow with the row count. Usage: bench/TapSyncMemory/measure.sh [port]
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-8097}
source bench/lib/release-service.sh
start_release_service "$port" Query__HardMaxRec=2000000

# ObsCore (about 21,000 rows in the sample) crossed with TAP_SCHEMA.columns gives millions of rows.
adql='SELECT a.obs_publisher_did, a.s_ra, a.s_dec, a.t_min, a.s_region, b.column_name FROM ivoa.obscore AS a CROSS JOIN tap_schema.columns AS b'
kib() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$service/status"; }
printf '%10s %12s %14s %16s %10s\n' rows format bytes "peak RSS (MiB)" seconds
for format in votable csv; do
  for rows in 10000 100000 1000000; do
    start=$(date +%s.%N)
    bytes=$(curl -s -o /dev/null -w '%{size_download}' --get "$base/tap/sync" \
      --data-urlencode LANG=ADQL --data-urlencode "QUERY=$adql" --data-urlencode "MAXREC=$rows" --data-urlencode "RESPONSEFORMAT=$format")
    end=$(date +%s.%N)
    printf '%10d %12s %14d %16.1f %10.1f\n' "$rows" "$format" "$bytes" "$(echo "$(kib VmHWM) / 1024" | bc -l)" "$(echo "$end - $start" | bc -l)"
  done
done
