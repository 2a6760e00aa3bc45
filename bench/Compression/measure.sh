#!/usr/bin/env bash
# What response compression costs and saves: starts the Release build on the local database (run.sh's
# data: the committed sample) and asks for a 0.5° SIAv2 cone and a 100,000-row TABLEDATA stream,
# each uncompressed, gzip and Brotli (Accept-Encoding), REPEATS times. Prints a Markdown table of the
# bytes sent, the median time on loopback, the service's CPU time per request (from /proc: the
# machine is shared, so wall time is noisy and CPU time is the steadier figure), and how long the
# bytes take on a 100 Mbit/s link. Then pyvo and astropy read compressed answers and must get the
# same rows as uncompressed ones. Usage: bench/Compression/measure.sh [port] [repeats]
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-8098}
repeats=${2:-9}
source bench/lib/release-service.sh
start_release_service "$port" Query__HardMaxRec=200000

# The cone the benchmark harness uses: 0.5° around the central CCD of the middle visit.
read -r _ ra dec < <(central_ccd)
centre="$ra $dec"
cone=(--get "$base/sia/query" --data-urlencode "POS=CIRCLE $centre 0.5")
# The sample's ObsCore crossed with TAP_SCHEMA.columns, as bench/TapSyncMemory streams it.
adql='SELECT a.obs_publisher_did, a.s_ra, a.s_dec, a.t_min, a.s_region, b.column_name FROM ivoa.obscore AS a CROSS JOIN tap_schema.columns AS b'
stream=(--get "$base/tap/sync" --data-urlencode LANG=ADQL --data-urlencode "QUERY=$adql" --data-urlencode MAXREC=100000)

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$service/stat"; }
ticks_per_second=$(getconf CLK_TCK)

measure() {
  local name=$1 encoding=$2; shift 2
  curl -s -o /dev/null -H "Accept-Encoding: $encoding" "$@" # warm-up
  local before times bytes
  before=$(cpu_ticks)
  times=$(for _ in $(seq "$repeats"); do
    curl -s -o /dev/null -H "Accept-Encoding: $encoding" -w '%{time_total} %{size_download}\n' "$@"
  done)
  local cpu_ms median_ms
  cpu_ms=$(echo "($(cpu_ticks) - $before) * 1000 / $ticks_per_second / $repeats" | bc -l)
  median_ms=$(echo "$times" | awk '{ print $1 * 1000 }' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  bytes=$(echo "$times" | awk 'NR == 1 { print $2 }')
  printf '| %s | %s | %s | %.0f | %.0f | %.0f |\n' "$name" "$encoding" \
    "$bytes" "$median_ms" "$cpu_ms" "$(echo "$bytes * 8 / 100000" | bc -l)"
}

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg), $repeats requests each"
echo
echo '| answer | encoding | bytes | median ms (loopback) | service CPU ms | ms at 100 Mbit/s |'
echo '|---|---|---:|---:|---:|---:|'
for encoding in identity gzip br; do measure "SIAv2 cone 0.5°" "$encoding" "${cone[@]}"; done
for encoding in identity gzip br; do measure "100,000 rows TABLEDATA" "$encoding" "${stream[@]}"; done

# pyvo (through requests, which asks for gzip and inflates) reads the compressed answers unchanged.
/usr/bin/python3 - "$base" "$centre" "$adql" <<'PY'
import io, sys, requests, pyvo
from astropy.io.votable import parse_single_table
base, centre, adql = sys.argv[1:]
ra, dec = (float(v) for v in centre.split())
plain = requests.get(base + "/sia/query", params={"POS": f"CIRCLE {ra} {dec} 0.5"}, headers={"Accept-Encoding": "identity"})
packed = requests.get(base + "/sia/query", params={"POS": f"CIRCLE {ra} {dec} 0.5"})
assert packed.headers.get("Content-Encoding") == "gzip", packed.headers
assert plain.content == packed.content
table = parse_single_table(io.BytesIO(packed.content)).to_table()
rows = pyvo.dal.TAPService(base + "/tap").run_sync(adql, maxrec=100000).to_table()
print(f"\npyvo and astropy over gzip: the cone's {len(table)} rows byte for byte as uncompressed, "
      f"the stream's {len(rows)} rows through TAPService.run_sync")
PY
