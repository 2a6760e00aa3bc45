#!/usr/bin/env bash
# Runs the service in the foreground on http://127.0.0.1:$PORT with a seeded local database:
# installs what is missing, starts the throwaway PostgreSQL cluster (it keeps running after the
# service stops; `scripts/db.sh stop` stops it), applies the schema, loads the committed sample
# (or SEED_VISITS visits written by the seed-data generator) in place of what the database held,
# and serves until Ctrl-C.
#
# STANDBYS=N also starts N hot standbys of the cluster (scripts/db.sh standby, on PGPORT+1..N) and
# gives the service all of them: queries run on the standbys, jobs and writes on the primary.
# LOAD=0 serves the database as it is, without migrate and load: a second instance beside a running
# one, e.g. `PORT=8081 LOAD=0 STANDBYS=2 ./run.sh` (same DATA_DIR, so the same cluster and results folder).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/env.sh

scripts/packages.sh
scripts/db.sh start
export STANDBYS="${STANDBYS:-0}"
# Point the service at this cluster: appsettings.json only knows the default port.
eval "$(scripts/db.sh env)"

dotnet build Tap.Service/Tap.Service.csproj -c Release --nologo -v quiet
dotnet build seed-data/Generator/SeedData.Generator.csproj -c Release --nologo -v quiet
app_dir="$REPO_ROOT/Tap.Service/bin/Release/net10.0"
service=(dotnet "$app_dir/Tap.Service.dll")
# The synthetic survey's images are rendered by the generator the first time they are asked for.
export Images__Renderer="${Images__Renderer:-$REPO_ROOT/seed-data/Generator/bin/Release/net10.0/SeedData.Generator}"

# The URLs the service publishes (DataLink access_url, service descriptors) follow the port.
export Service__PublicBaseUrl="${Service__PublicBaseUrl:-http://127.0.0.1:$PORT}"

if [ "${LOAD:-1}" != 0 ]; then
  "${service[@]}" migrate
  if [ -n "${SEED_VISITS:-}" ]; then
    # The service only loads data; the generator tool writes the visits as CSV files for it first.
    generated="$DATA_DIR/generated-visits"
    dotnet seed-data/Generator/bin/Release/net10.0/SeedData.Generator.dll --visits "$SEED_VISITS" --out "$generated"
    "${service[@]}" load --dir "$generated" --replace --public-base-url "$Service__PublicBaseUrl"
    rm -rf "$generated"
  else
    "${service[@]}" load --sample --replace --public-base-url "$Service__PublicBaseUrl"
  fi
fi
# After the load, so a new standby copies the loaded database instead of replaying its WAL.
for ((standby = 1; standby <= STANDBYS; standby++)); do
  scripts/db.sh standby "$standby"
done

# exec so Ctrl-C and SIGTERM reach the service directly and it shuts down cleanly; the content
# root is the build output, where appsettings.json is.
exec "${service[@]}" --contentRoot "$app_dir" --urls "http://127.0.0.1:$PORT"
