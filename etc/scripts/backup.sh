#!/usr/bin/env bash
# Backs up the Cultivation database while the host keeps running, and prints the backup file's path.
#   etc/scripts/backup.sh [--sqlite | --mysql] [--database FILE|NAME] [--output FILE | --dir DIR]
#                         [--host H] [--port P] [--user U] [--socket S]
# Settings as the host reads them (Database__Provider, ConnectionStrings__Default); flags override them.
#   SQLite : an online copy through SQLite's backup API (one consistent snapshot), integrity-checked, gzipped:
#            cultivation-sqlite-<UTC time>.db.gz. Default file: src/Cultivation.HttpApi.Host/App_Data/cultivation.db
#   MySQL  : mariadb-dump (or mysqldump) --single-transaction --routines --triggers, gzipped:
#            cultivation-mysql-<database>-<UTC time>.sql.gz; written to a temporary name first and kept only
#            when the dump completed.
# Default directory: ./backups (CULTIVATION_BACKUP_DIR to change it).
set -euo pipefail
source "$(dirname "$0")/db-common.sh"

provider="" database="" output="" dir=${CULTIVATION_BACKUP_DIR:-backups} client_flags=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sqlite) provider=sqlite ;;
    --mysql) provider=mysql ;;
    --database) database=${2:?}; shift ;;
    --output) output=${2:?}; shift ;;
    --dir) dir=${2:?}; shift ;;
    --host|--port|--user|--socket) client_flags+=("$1" "${2:?}"); shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
  shift
done
profile=$(profile_of "$provider")
stamp=$(date -u +%Y%m%dT%H%M%SZ)

if [ "$profile" = sqlite ]; then
  source_file=$(sqlite_file "$database")
  [ -f "$source_file" ] || die "no SQLite database at $source_file"
  output=${output:-$dir/cultivation-sqlite-$stamp.db.gz}
  mkdir -p "$(dirname "$output")"
  db_tool sqlite-copy "$source_file" "$output"
else
  mysql_client_setup "${client_flags[@]}"
  database=${database:-$connection_database}
  [ -n "$database" ] || die "no database: set Database= in ConnectionStrings__Default or pass --database"
  check_database_name "$database"
  dump=$(mysql_tool mariadb-dump mysqldump)
  output=${output:-$dir/cultivation-mysql-$database-$stamp.sql.gz}
  mkdir -p "$(dirname "$output")"
  partial="$output.partial"
  # --single-transaction: one consistent InnoDB snapshot without locking the host out.
  "$dump" --defaults-extra-file="$defaults_file" --single-transaction --routines --triggers --hex-blob \
    --no-tablespaces --default-character-set=utf8mb4 "$database" | gzip -6 > "$partial"
  gzip -dc "$partial" | tail -n 1 | grep -q '^-- Dump completed' || { rm -f "$partial"; die "the dump did not complete"; }
  mv "$partial" "$output"
fi
echo "backup of the $profile database written ($(du -h "$output" | cut -f1)):" >&2
echo "$output"
