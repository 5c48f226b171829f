#!/usr/bin/env bash
# Starts a throw-away MariaDB on 127.0.0.1 for the tests and the benchmark (no systemd needed).
# Installs mariadb-server from Debian packages if it is missing (needs root).
# Prints the environment to use it:  eval "$(etc/scripts/mariadb-start.sh)"
#   CULTIVATION_TEST_MYSQL  server connection string (a user that may create cultivation_test_* databases)
#   CULTIVATION_MARIADB_DIR the data directory; etc/scripts/mariadb-stop.sh stops the server by its pid file
set -euo pipefail
port=${CULTIVATION_MARIADB_PORT:-3306}
if ! command -v mariadbd >/dev/null 2>&1; then
  echo "installing mariadb-server…" >&2
  export DEBIAN_FRONTEND=noninteractive
  (apt-get update -qq && apt-get install -y -qq mariadb-server >/dev/null) >&2
fi
datadir=$(mktemp -d /tmp/cultivation-mariadb.XXXXXX)
sock=$datadir/mysqld.sock
mariadb-install-db --user=root --datadir="$datadir" --auth-root-authentication-method=normal --skip-test-db >/dev/null 2>&1
mariadbd --user=root --datadir="$datadir" --bind-address=127.0.0.1 --port="$port" --socket="$sock" \
  --pid-file="$datadir/mysqld.pid" --log-error="$datadir/mysqld.err" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --skip-name-resolve \
  --innodb-buffer-pool-size=512M --innodb-flush-log-at-trx-commit=2 --max-connections=500 >/dev/null 2>&1 &
for _ in $(seq 1 120); do
  mariadb-admin --socket="$sock" -uroot ping >/dev/null 2>&1 && break
  sleep 0.5
done
mariadb-admin --socket="$sock" -uroot ping >/dev/null 2>&1 || { cat "$datadir/mysqld.err" >&2; exit 1; }
password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
mariadb --socket="$sock" -uroot <<SQL
CREATE USER 'cultivation'@'127.0.0.1' IDENTIFIED BY '$password';
CREATE USER 'cultivation'@'localhost' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON \`cultivation\_%\`.* TO 'cultivation'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`cultivation\_%\`.* TO 'cultivation'@'localhost';
FLUSH PRIVILEGES;
SQL
echo "export CULTIVATION_MARIADB_DIR='$datadir'"
echo "export CULTIVATION_TEST_MYSQL='Server=127.0.0.1;Port=$port;User=cultivation;Password=$password;'"
