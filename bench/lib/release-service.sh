# Sourced by the bench/*/measure.sh scripts, from the repository's root.
#
# start_release_service PORT [NAME=VALUE...]: builds the Release service and runs it on the local
# database (scripts/db.sh env) at 127.0.0.1:PORT, without job workers and with the settings given,
# until the calling script exits; returns once it answers. Sets app_dir (the build output),
# service (its process id), base (its URL) and bench_work (a scratch folder, removed at exit; the
# service's output is in $bench_work/service.log).
start_release_service() {
  local port=$1
  shift
  eval "$(scripts/db.sh env)"
  dotnet build Tap.Service/Tap.Service.csproj -c Release --nologo -v quiet >/dev/null
  app_dir="$PWD/Tap.Service/bin/Release/net10.0"
  bench_work=$(mktemp -d)
  # env execs the service, so $! is the service's own process id (the scripts read its /proc entries).
  env Uws__ResultsFolder="$bench_work/results" Uws__WorkerCount=0 "$@" \
    dotnet "$app_dir/Tap.Service.dll" --contentRoot "$app_dir" --urls "http://127.0.0.1:$port" >"$bench_work/service.log" 2>&1 &
  service=$!
  trap 'kill $service 2>/dev/null; rm -rf "$bench_work"' EXIT
  base="http://127.0.0.1:$port"
  until curl -sf "$base/" >/dev/null; do sleep 0.5; done
}

# central_ccd: "VISIT RA DEC" of the central CCD's calexp (R22 S11) in the middle visit of the local
# database, where the benchmark harness's query mix aims (bench/Harness/QueryMix.cs).
central_ccd() {
  psql -XAtF ' ' -c "
    SELECT lsst_visit, s_ra, s_dec FROM ivoa.obscore
    WHERE dataproduct_subtype = 'lsst.calexp' AND lsst_raft = 'R22' AND lsst_ccd = 'S11'
      AND lsst_visit = (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY lsst_visit) FROM ivoa.obscore WHERE lsst_visit IS NOT NULL)"
}
