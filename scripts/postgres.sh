#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 for the tests (no systemd needed) and prints its connection
# string. Usage: scripts/postgres.sh start|stop
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
ROOT=${DANVAN_PG_ROOT:-/tmp/danvan-pg}
PGPORT=${DANVAN_PG_PORT:-55432}
case "${1:-start}" in
  start)
    if ! dpkg -s postgresql-15 postgresql-contrib >/dev/null 2>&1; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 postgresql-contrib >/dev/null
    fi
    if [ -f "$ROOT/data/postmaster.pid" ]; then
      runuser -u postgres -- "$PGBIN/pg_ctl" -D "$ROOT/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$ROOT"
    install -d -o postgres -g postgres "$ROOT" "$ROOT/data" "$ROOT/sock"
    runuser -u postgres -- "$PGBIN/initdb" -D "$ROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$ROOT/data" -l "$ROOT/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $ROOT/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
    echo "Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres;Include Error Detail=true"
    ;;
  stop)
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$ROOT/data" -m fast stop >/dev/null 2>&1 || true
    ;;
esac
