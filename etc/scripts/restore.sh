#!/usr/bin/env bash
# Restores a backup made by backup.sh into an empty database (stop the host first).
#   etc/scripts/restore.sh BACKUP [--database FILE|NAME] [--force] [--sqlite | --mysql]
#                          [--host H] [--port P] [--user U] [--socket S]
# The profile follows the file (.db.gz / .db: SQLite, .sql.gz / .sql: MySQL). The target is --database, else
# the one in ConnectionStrings__Default (SQLite: its Data Source, else the host's default file).
#   SQLite : the backup is integrity-checked, then written through SQLite's backup API and checked again.
#   MySQL  : the database is created (utf8mb4) when missing, then the dump is loaded with the mariadb/mysql client.
# A target that already holds tables is refused (exit 3) unless --force, which replaces it.
set -euo pipefail
source "$(dirname "$0")/db-common.sh"

backup="" provider="" database="" force="" client_flags=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sqlite) provider=sqlite ;;
    --mysql) provider=mysql ;;
    --database) database=${2:?}; shift ;;
    --force) force=1 ;;
    --host|--port|--user|--socket) client_flags+=("$1" "${2:?}"); shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    -*) die "unknown argument '$1' (see --help)" ;;
    *) [ -z "$backup" ] || die "one backup file only"; backup=$1 ;;
  esac
  shift
done
[ -n "$backup" ] || die "usage: restore.sh BACKUP [--database FILE|NAME] [--force]"
[ -f "$backup" ] || die "no backup file $backup"
case "$backup" in
  *.db.gz|*.db|*.sqlite|*.sqlite.gz) profile=$(profile_of "${provider:-sqlite}") ;;
  *.sql.gz|*.sql) profile=$(profile_of "${provider:-mysql}") ;;
  *) profile=$(profile_of "$provider") ;;
esac

if [ "$profile" = sqlite ]; then
  target=$(sqlite_file "$database")
  tables=$(db_tool sqlite-tables "$target")
  if [ "$tables" -gt 0 ] && [ -z "$force" ]; then
    exit_code=3 die "$target already holds $tables tables; restore into an empty database, or pass --force to replace it"
  fi
  mkdir -p "$(dirname "$target")"
  rm -f "$target-journal" "$target-wal" "$target-shm"
  db_tool sqlite-copy "$backup" "$target" --check-source
  echo "restored into $target: $(db_tool sqlite-tables "$target") tables" >&2
else
  mysql_client_setup "${client_flags[@]}"
  database=${database:-$connection_database}
  [ -n "$database" ] || die "no target database: set Database= in ConnectionStrings__Default or pass --database"
  check_database_name "$database"
  client=$(mysql_tool mariadb mysql)
  sql() { "$client" --defaults-extra-file="$defaults_file" --default-character-set=utf8mb4 -N -B "$@"; }
  sql -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  count_tables() { sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database'"; }
  tables=$(count_tables)
  if [ "$tables" -gt 0 ]; then
    [ -n "$force" ] || exit_code=3 die "database $database already holds $tables tables; restore into an empty database, or pass --force to replace it"
    drops=$(sql -e "SELECT CONCAT(IF(table_type = 'VIEW', 'DROP VIEW IF EXISTS ', 'DROP TABLE IF EXISTS '), '\`', table_name, '\`;')
                    FROM information_schema.tables WHERE table_schema = '$database'")
    sql -e "SET FOREIGN_KEY_CHECKS = 0; $drops SET FOREIGN_KEY_CHECKS = 1;" "$database"
  fi
  # mariadb-dump's first line may be a sandbox-mode comment that MySQL's client does not know: drop it.
  case "$backup" in *.gz) reader=(gzip -dc "$backup") ;; *) reader=(cat "$backup") ;; esac
  "${reader[@]}" | sed '1{/enable the sandbox mode/d}' | sql "$database"
  echo "restored into database $database: $(count_tables) tables" >&2
fi
