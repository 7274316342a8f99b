#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the PostgreSQL half of the store conformance suite.
#
#   scripts/postgres-test-server.sh start [DIR]   initialises a cluster in DIR (default: a new temporary folder),
#                                                 starts it on 127.0.0.1 and a free port, and prints its URL
#                                                 (postgres://huiyin@127.0.0.1:PORT/huiyin) on standard output
#   scripts/postgres-test-server.sh stop DIR      stops the server and deletes DIR
#   scripts/postgres-test-server.sh url DIR       prints the URL of a running server
#   scripts/postgres-test-server.sh crash DIR     stops the server abruptly (`pg_ctl stop -m immediate`: like a
#                                                 crash; the next start recovers from the WAL), keeping DIR
#   scripts/postgres-test-server.sh resume DIR    starts a crashed or stopped server again on the same port
#
# HUIYIN_PG_PORT=N picks the port instead of a free one.
#
# PostgreSQL refuses to run as root, so the cluster belongs to an unprivileged system user
# (huiyin-pg, created when missing). Installs Debian's `postgresql` when it is missing (root only).
# Authentication is `trust` on 127.0.0.1 only: this is a test server, never a production one.
#
# Typical use (what .ci/run does):
#   dir=$(mktemp -d /tmp/huiyin-pg.XXXXXX)
#   export HUIYIN_TEST_POSTGRES_URL=$(scripts/postgres-test-server.sh start "$dir")
#   trap 'scripts/postgres-test-server.sh stop "$dir"' EXIT
#   swift test
set -euo pipefail

PG_USER=huiyin-pg
DB_NAME=huiyin
DB_ROLE=huiyin

log() { echo "postgres-test-server: $*" >&2; }

find_bin() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        if [ -x "$d/initdb" ]; then BIN=$d; fi
    done
    [ -n "${BIN:-}" ]
}

ensure_installed() {
    BIN=""
    if find_bin; then return; fi
    if [ "$(id -u)" != 0 ]; then
        log "PostgreSQL is not installed (looked in /usr/lib/postgresql/*/bin); install Debian's 'postgresql' package."
        exit 1
    fi
    log "installing PostgreSQL from Debian (apt-get install postgresql)…"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    find_bin || { log "PostgreSQL installed but initdb not found"; exit 1; }
}

# Runs a command as the unprivileged cluster owner (or as ourselves when we are not root).
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

free_port() {
    if [ -n "${HUIYIN_PG_PORT:-}" ]; then echo "$HUIYIN_PG_PORT"; return; fi
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    else
        echo $((20000 + RANDOM % 40000))
    fi
}

start() {
    ensure_installed
    local dir=${1:-$(mktemp -d /tmp/huiyin-pg.XXXXXX)}
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        id -u "$PG_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
        chown "$PG_USER" "$dir"
    fi
    chmod 700 "$dir"
    local port
    port=$(free_port)
    as_owner "$BIN/initdb" -D "$dir/data" --locale=C.UTF-8 --encoding=UTF8 --auth=trust -U postgres >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    start_server "$dir" "$port"
    echo "$port" >"$dir/port"
    as_owner "$BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE $DB_ROLE LOGIN SUPERUSER" -c "CREATE DATABASE $DB_NAME OWNER $DB_ROLE" >/dev/null
    log "$("$BIN/postgres" --version) running in $dir on 127.0.0.1:$port"
    url "$dir"
}

start_server() {
    local dir=$1 port=$2
    as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
}

crash() {
    ensure_installed
    as_owner "$BIN/pg_ctl" -D "$1/data" -m immediate -w stop >/dev/null
}

resume() {
    ensure_installed
    start_server "$1" "$(cat "$1/port")"
}

url() {
    local dir=$1
    echo "postgres://$DB_ROLE@127.0.0.1:$(cat "$dir/port")/$DB_NAME"
}

stop() {
    local dir=$1
    ensure_installed
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    case "$dir" in
        /tmp/*) rm -rf "$dir" ;;
        *) log "left $dir in place (only folders under /tmp are deleted)" ;;
    esac
}

case "${1:-}" in
    start) start "${2:-}" ;;
    stop) [ -n "${2:-}" ] || { log "usage: $0 stop DIR"; exit 2; }; stop "$2" ;;
    url) [ -n "${2:-}" ] || { log "usage: $0 url DIR"; exit 2; }; url "$2" ;;
    crash) [ -n "${2:-}" ] || { log "usage: $0 crash DIR"; exit 2; }; crash "$2" ;;
    resume) [ -n "${2:-}" ] || { log "usage: $0 resume DIR"; exit 2; }; resume "$2" ;;
    *) echo "usage: $0 start [DIR] | stop DIR | url DIR | crash DIR | resume DIR" >&2; exit 2 ;;
esac
