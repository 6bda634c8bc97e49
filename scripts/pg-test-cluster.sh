#!/usr/bin/env bash
# Start a throw-away PostgreSQL cluster on a local socket; prints the SQLAlchemy URL on stdout.
# Usage: scripts/pg-test-cluster.sh start DIR | stop DIR
# As root, the cluster runs as the 'postgres' user (initdb refuses root).
set -euo pipefail
cmd="$1"; dir="$2"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
if [ "$cmd" = start ] && [ -z "$bin" ]; then
  echo "installing PostgreSQL…" >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
fi
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
case "$cmd" in
  start)
    mkdir -p "$dir"; chmod 777 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    run "'$bin/initdb' -D '$dir/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
    run "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-k '$dir' -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start" >/dev/null
    echo "postgresql+psycopg://postgres@/postgres?host=$dir"
    ;;
  stop)
    [ -d "$dir/data" ] && run "'$bin/pg_ctl' -D '$dir/data' -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
esac
