#!/usr/bin/env bash
# The benchmark harness in one command, from a fresh clone: installs what is missing, starts a
# PostgreSQL cluster of its own, builds in Release, loads the generated data set (once per size),
# runs the service on its own port and measures it against PostgreSQL's own limits. The Markdown
# report is printed and replaces this data size's section of docs/performance.md.
#
#   bench/run.sh [--rows N] [--seed S] [--repeats R] [--seconds T] [--port P]
#   bench/run.sh --images [--repeats R] [--seconds T] [--port P]
#   bench/run.sh --security [--rows N] [--repeats R] [--seconds T] [--port P]
#   bench/run.sh --topology [--rows N] [--repeats R] [--seconds T] [--port P] [--second-port P2] [--standby-offset K]
#
# --images measures image access instead, on the committed sample (its own database, bench_images):
# the generator's render times, SODA postage stamps and whole-patch cutouts against `cat` on the
# same file, and previews; its report replaces the image section of docs/performance.md. It renders
# about 1.7 GB of images under DATA_DIR and deletes them at the end.
#
# --security measures what authentication and row-level security cost on the query mix: the mix
# without either, anonymously and with a bearer token, three services side by side taking turns in
# short slices (--seconds, default 5; --repeats rounds, default 12), with the CPU each request took;
# its report replaces the security section of docs/performance.md.
#
# --topology measures the query mix with 1 or 2 service instances (ports P and P2, default P + 1)
# and 0 or 2 hot standbys of the benchmark's cluster (made and started by scripts/db.sh on its
# port + K and + K + 1, default K = 1; stopped after each arm), the arms taking turns, with the CPU
# that the service, PostgreSQL and the clients take per request; its report, with the model of
# throughput on more cores and machines, replaces the topology section of docs/performance.md.
#
# Environment: BENCH_PGPORT (default 54331), the port of the benchmark's cluster, kept apart from
# the development cluster so a data set of millions of rows never replaces its sample; DATA_DIR as
# for run.sh. A cluster this script starts is stopped on exit, with its standbys; one that was already running is left running.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGPORT="${BENCH_PGPORT:-54331}"
source scripts/env.sh

scripts/packages.sh
started_cluster=no
if ! scripts/db.sh status >/dev/null; then
  scripts/db.sh start
  started_cluster=yes
fi

harness=
cleanup() {
  local status=$?
  # The harness stops the service itself; after a crash, its process group still holds the service.
  if [[ -n $harness ]] && kill -0 "$harness" 2>/dev/null; then
    kill -TERM -- "-$harness" 2>/dev/null || true
    wait "$harness" 2>/dev/null || true
  fi
  if [[ $started_cluster == yes ]]; then
    scripts/db.sh stop
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

eval "$(scripts/db.sh env)"
# The harness references the service and the generator, so this builds both.
dotnet build bench/Harness/Harness.csproj -c Release --nologo -v quiet
# Its own process group (setsid), so that cleanup can stop the harness and the service it started together.
setsid dotnet bench/Harness/bin/Release/net10.0/Harness.dll \
  --service Tap.Service/bin/Release/net10.0 --renderer seed-data/Generator/bin/Release/net10.0/SeedData.Generator \
  --db-script scripts/db.sh --report docs/performance.md "$@" &
harness=$!
wait "$harness"
