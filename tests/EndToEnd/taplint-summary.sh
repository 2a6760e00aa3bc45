#!/usr/bin/env bash
# Prints per taplint stage how many errors, warnings and failures it reported, and every such line;
# exits non-zero on any error or warning. Failures (a stage that could not run) are listed but only
# fail the check when not known to be taplint's own: ObsLocTAP (LOC) runs even for services that do
# not declare that data model, and fails for want of its table.
set -euo pipefail
log=$1
awk '
  /^Section / { stage = $2; sub(":", "", stage); order[++n] = stage; next }
  /^[EWF]-/   { type = substr($0, 1, 1); count[stage, type]++; print "  " $0 }
  /^Totals:/  { totals = $0 }
  END {
    for (i = 1; i <= n; i++) {
      s = order[i]
      printf "  %-4s errors %d, warnings %d, failures %d\n", s, count[s, "E"], count[s, "W"], count[s, "F"]
    }
    print totals
  }' "$log"
grep -q '^Totals: ' "$log" || { echo "taplint did not finish:"; tail -n 20 "$log"; exit 1; }
if grep -q '^[EW]-' "$log"; then
  exit 1
fi
if grep '^F-' "$log" | grep -vq '^F-LOC-NOTP-'; then
  exit 1
fi
