#!/usr/bin/env bash
# Stops the MariaDB started by mariadb-start.sh (by the pid in its data directory) and removes its data.
set -uo pipefail
datadir=${1:-${CULTIVATION_MARIADB_DIR:-}}
[ -n "$datadir" ] && [ -f "$datadir/mysqld.pid" ] || exit 0
pid=$(cat "$datadir/mysqld.pid")
kill "$pid" 2>/dev/null
for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
kill -9 "$pid" 2>/dev/null
rm -rf "$datadir"
