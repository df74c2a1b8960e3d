#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the test run: a temporary directory, an unprivileged
# owner (initdb refuses root), a free port on 127.0.0.1, trust auth for the local test role.
# Usage: eval "$(.ci/pg-cluster.sh start)"   → exports PG_TEST_URL and PG_TEST_DIR
#        .ci/pg-cluster.sh stop "$PG_TEST_DIR"
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$BIN/initdb" ] || { echo "no PostgreSQL found under /usr/lib/postgresql" >&2; exit 1; }

as_owner() {
  # Root cannot own a cluster; the tests then run as whoever called us.
  if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/parkplan-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown nobody "$dir"
    port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    # C collation: text sorts by code point, as SQLite's BINARY collation does.
    as_owner "$BIN/initdb" -D "$dir/data" -U parkplan --auth=trust --encoding=UTF8 --locale=C -N >/dev/null
    # fsync off and a small buffer: a test cluster, thrown away after the run.
    as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -s \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start
    echo "export PG_TEST_DIR=$dir PG_TEST_URL=postgres://parkplan@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$BIN/pg_ctl" -D "$2/data" -m fast -w -s stop || true
    rm -rf "$2"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
