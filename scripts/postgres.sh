#!/usr/bin/env bash
# Source this file: pg_start runs a throw-away PostgreSQL 15 on loopback (C.UTF-8, trust auth)
# in a temporary directory owned by the postgres user and sets PG_URL; pg_stop removes it.
PG_BIN=/usr/lib/postgresql/15/bin
PG_PORT=${PG_PORT:-55432}

pg_start() {
    PG_DIR=$(mktemp -d /tmp/zwgk-pg.XXXXXX)
    chmod 755 "$PG_DIR"
    local run="" 
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; run="runuser -u postgres --"; fi
    $run "$PG_BIN/initdb" -D "$PG_DIR/data" --locale=C.UTF-8 -E UTF8 -A trust -U postgres >/dev/null
    $run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE zwgk" >/dev/null
    export PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/zwgk"
    export PG_DIR
}

pg_stop() {
    [ -n "${PG_DIR:-}" ] || return 0
    local run=""; [ "$(id -u)" -eq 0 ] && run="runuser -u postgres --"
    $run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}
