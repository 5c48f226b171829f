# Shared by backup.sh and restore.sh (sourced, not run). Reads the host's own settings:
#   Database__Provider          Sqlite (default) or MySql
#   ConnectionStrings__Default  "Data Source=<file>" for SQLite; "Server=…;Port=…;Database=…;User=…;Password=…" for MySQL
# The MySQL password reaches the client tools only through a temporary option file (mode 600, deleted on exit),
# never on a command line; CULTIVATION_DB_PASSWORD overrides the connection string's.

scripts_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$scripts_dir/../.." && pwd)
db_tool() { python3 "$scripts_dir/db_tool.py" "$@"; }

die() { echo "$(basename "$0"): $*" >&2; exit "${exit_code:-1}"; }

# The profile from --sqlite/--mysql, else Database__Provider.
profile_of() {
  case "${1:-${Database__Provider:-Sqlite}}" in
    sqlite|Sqlite|SQLite|SQLITE) echo sqlite ;;
    mysql|MySql|MySQL|MYSQL|mariadb|MariaDb|MariaDB) echo mysql ;;
    *) die "unknown provider '${1:-$Database__Provider}' (Sqlite or MySql)" ;;
  esac
}

# The embedded database: --database, else the connection string's Data Source, else the host's default file.
sqlite_file() {
  local file=${1:-$(db_tool sqlite-path)}
  echo "${file:-$repo_dir/src/Cultivation.HttpApi.Host/App_Data/cultivation.db}"
}

# Writes the option file for the MySQL client tools; sets $defaults_file and $connection_database.
mysql_client_setup() {
  defaults_file=$(mktemp /tmp/cultivation-mysql.XXXXXX.cnf)
  chmod 600 "$defaults_file"
  trap 'rm -f "$defaults_file"' EXIT
  connection_database=$(db_tool mysql-defaults "$defaults_file" "$@")
}

mysql_tool() {
  local name
  for name in "$@"; do
    command -v "$name" >/dev/null 2>&1 && { echo "$name"; return; }
  done
  die "none of $* is installed (Debian: apt-get install mariadb-client)"
}

# A database name goes into SQL between backquotes: only plain names.
check_database_name() {
  [[ $1 =~ ^[A-Za-z0-9_$-]{1,64}$ ]] || die "not a plain database name: '$1'"
}
