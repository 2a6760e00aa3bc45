#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + pg_sphere cluster in the working tree, for development and tests.
# No systemd: the cluster is created with initdb and run with pg_ctl, as root or as a normal user.
#
#   scripts/db.sh install|start|standby N|stop|status|psql [psql args]|url|env
#
# `standby N` makes (first time: pg_basebackup -R) and starts a hot standby of the cluster on
# PGPORT+N, streaming from it through a replication slot; `stop` stops the cluster's standbys too.
# With STANDBYS=N, `env` gives the service a connection string listing the primary and N standbys.
#
# Environment: PGPORT (default 54329), DATA_DIR (default <repo>/.local),
#              PGDATABASE (the service's database, default metadata; used by `env`),
#              STANDBYS (standbys on PGPORT+1.., default 0; used by `env`).
set -euo pipefail

# Debian 12's postgresql-15 15.20 security update cannot CREATE EXTENSION pg_sphere with Debian's
# postgresql-15-pgsphere 1.1.1 (it rejects the compatibility operators' commutator declarations);
# 15.18 from bookworm main works, so install pins it.
readonly PG_PACKAGE_VERSION=15.18-0+deb12u1
readonly PG_BIN=/usr/lib/postgresql/15/bin

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly REPO_DIR
readonly PGPORT=${PGPORT:-54329}
# Absolute, because the cluster's programs run from / when started as root.
DATA_DIR=$(realpath -m "${DATA_DIR:-$REPO_DIR/.local}")
readonly DATA_DIR
readonly PGDATABASE=${PGDATABASE:-metadata}
# One folder per port, so clusters for side-by-side instances can share DATA_DIR.
readonly CLUSTER_DIR=$DATA_DIR/postgres-$PGPORT
readonly PGDATA_DIR=$CLUSTER_DIR/data
readonly LOG_FILE=$CLUSTER_DIR/server.log
readonly STANDBYS=${STANDBYS:-0}

die() { echo "db.sh: $*" >&2; exit 1; }

is_root() { [[ $(id -u) -eq 0 ]]; }

# PostgreSQL refuses to run as root: as root, run the cluster's programs as the postgres user.
as_cluster_owner() {
  if is_root; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# Empty unless the package is installed (a removed package keeps its version in dpkg's records).
installed_version() {
  dpkg-query -W -f='${db:Status-Abbrev}${Version}' "$1" 2>/dev/null | sed -n 's/^ii *//p' || true
}

packages_ok() {
  [[ $(installed_version postgresql-15) == "$PG_PACKAGE_VERSION" &&
     $(installed_version postgresql-client-15) == "$PG_PACKAGE_VERSION" &&
     -n $(installed_version postgresql-15-pgsphere) ]]
}

cmd_install() {
  if packages_ok; then
    echo "PostgreSQL $PG_PACKAGE_VERSION with pg_sphere is installed."
    return
  fi
  is_root || die "PostgreSQL $PG_PACKAGE_VERSION with pg_sphere is missing; install it as root: sudo $0 install"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --allow-downgrades \
    "postgresql-15=$PG_PACKAGE_VERSION" "postgresql-client-15=$PG_PACKAGE_VERSION" postgresql-15-pgsphere
  packages_ok || die "apt-get did not install PostgreSQL $PG_PACKAGE_VERSION with pg_sphere"
}

is_running() { [[ -d $PGDATA_DIR ]] && as_cluster_owner "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; }

create_cluster() {
  mkdir -p "$CLUSTER_DIR"
  if is_root; then
    chown postgres:postgres "$CLUSTER_DIR"
    runuser -u postgres -- test -w "$CLUSTER_DIR" ||
      die "user postgres cannot reach $CLUSTER_DIR (a parent folder is not searchable by others); set DATA_DIR to a folder it can reach"
  fi
  chmod 700 "$CLUSTER_DIR"
  echo "Creating a PostgreSQL cluster in $PGDATA_DIR"
  as_cluster_owner "$PG_BIN/initdb" -D "$PGDATA_DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
}

cmd_start() {
  [[ -x $PG_BIN/pg_ctl ]] || die "PostgreSQL 15 is not installed: run $0 install"
  if is_running; then
    echo "PostgreSQL is already running on port $PGPORT ($PGDATA_DIR)."
    return
  fi
  port_in_use && die "port $PGPORT is held by another process; choose another with PGPORT=<port>"
  [[ -f $PGDATA_DIR/PG_VERSION ]] || create_cluster
  # The socket lives in the cluster folder, so no shared /var/run/postgresql is needed. The tests run
  # several service hosts at once, each with a pool of up to 20 connections: PostgreSQL's default of
  # 100 connections ran out (clients then rightly got 503), so a local cluster allows 300.
  as_cluster_owner "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -w -l "$LOG_FILE" \
    -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=$CLUSTER_DIR -c max_connections=300" start >/dev/null ||
    { tail -n 5 "$LOG_FILE" >&2; die "PostgreSQL did not start; see $LOG_FILE"; }
  echo "PostgreSQL is running on 127.0.0.1:$PGPORT ($PGDATA_DIR)."
}

cmd_stop() {
  # Standbys first, so they do not log the primary's disappearance.
  local standby
  for standby in $(standby_ports); do
    env PGPORT="$standby" DATA_DIR="$DATA_DIR" "${BASH_SOURCE[0]}" stop
  done
  if ! is_running; then
    echo "PostgreSQL on port $PGPORT is not running."
    return
  fi
  as_cluster_owner "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null
  echo "PostgreSQL on port $PGPORT stopped."
}

# The ports of this cluster's standbys: folders under DATA_DIR whose recovery settings stream from PGPORT.
standby_ports() {
  local folder
  for folder in "$DATA_DIR"/postgres-*; do
    [[ -f $folder/data/standby.signal ]] &&
      grep -Eq "port=$PGPORT( |')" "$folder/data/postgresql.auto.conf" 2>/dev/null &&
      echo "${folder##*/postgres-}"
  done
  return 0
}

system_identifier() {
  as_cluster_owner "$PG_BIN/pg_controldata" -D "$1" | sed -n 's/^Database system identifier: *//p'
}

# A hot standby on PGPORT+N: a base backup of the running cluster (-R writes the recovery settings,
# -C -S a replication slot, so the primary keeps the WAL a stopped standby still needs), started with
# db.sh's own start. One whose primary was since made anew is made again. hot_standby_feedback tells
# the primary which rows the standby's queries still read, so vacuum does not cancel them.
cmd_standby() {
  local offset=${1:-}
  [[ $offset =~ ^[1-9][0-9]*$ ]] || die "usage: $0 standby N (the standby listens on PGPORT+N)"
  is_running || die "the primary on port $PGPORT is not running: start it first"
  local port=$((PGPORT + offset))
  local folder=$DATA_DIR/postgres-$port slot=standby_$port
  if [[ -f $folder/data/standby.signal && $(system_identifier "$folder/data") != "$(system_identifier "$PGDATA_DIR")" ]]; then
    env PGPORT="$port" DATA_DIR="$DATA_DIR" "${BASH_SOURCE[0]}" stop
    rm -rf "$folder"
  fi
  if [[ ! -f $folder/data/standby.signal ]]; then
    mkdir -p "$folder"
    if is_root; then chown postgres:postgres "$folder"; fi
    chmod 700 "$folder"
    as_cluster_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -qAt -c \
      "SELECT pg_drop_replication_slot('$slot') FROM pg_replication_slots WHERE slot_name = '$slot'" >/dev/null
    echo "Creating a hot standby of port $PGPORT in $folder/data"
    as_cluster_owner "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PGPORT" -U postgres -D "$folder/data" -R -C -S "$slot" -X stream -c fast
    echo "hot_standby_feedback = on" | as_cluster_owner tee -a "$folder/data/postgresql.auto.conf" >/dev/null
  fi
  env PGPORT="$port" DATA_DIR="$DATA_DIR" "${BASH_SOURCE[0]}" start
}

cmd_status() {
  if is_running; then
    echo "PostgreSQL is running on 127.0.0.1:$PGPORT ($PGDATA_DIR)."
  else
    echo "PostgreSQL on port $PGPORT is not running ($PGDATA_DIR)."
    return 3
  fi
}

cmd_url() { echo "postgresql://postgres@127.0.0.1:$PGPORT/$PGDATABASE"; }

# Lines for `eval "$(scripts/db.sh env)"`: libpq's variables and the service's connection settings.
# With STANDBYS, the service's string lists the primary and the standbys: Npgsql sends writes to the
# primary and spreads queries over the standbys (ServiceDataSource); admin commands use the primary.
cmd_env() {
  local server="Host=127.0.0.1;Port=$PGPORT;Database=$PGDATABASE"
  local hosts="127.0.0.1:$PGPORT" offset
  for ((offset = 1; offset <= STANDBYS; offset++)); do
    hosts+=",127.0.0.1:$((PGPORT + offset))"
  done
  local service="Host=$hosts;Database=$PGDATABASE"
  ((STANDBYS == 0)) || service+=";Load Balance Hosts=true"
  echo "export PGHOST=127.0.0.1 PGPORT=$PGPORT PGUSER=postgres PGDATABASE=$PGDATABASE"
  echo "export Database__AdminConnectionString='$server;Username=postgres'"
  echo "export Database__ServiceConnectionString='$service;Username=metadata_service'"
}

cmd_psql() { exec "$PG_BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }

case ${1:-} in
  install) cmd_install ;;
  start) cmd_start ;;
  standby) shift; cmd_standby "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  url) cmd_url ;;
  env) cmd_env ;;
  psql) shift; cmd_psql "$@" ;;
  *) echo "usage: $0 install|start|standby N|stop|status|psql [args]|url|env" >&2; exit 2 ;;
esac
