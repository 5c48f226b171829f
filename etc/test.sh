#!/usr/bin/env bash
# Runs every test of Cultivation: .NET unit, application, persistence and HTTP tests against SQLite and
# MariaDB, then the Angular unit and end-to-end tests. Starts (and stops) what they need: a MariaDB on
# 127.0.0.1 (installed from Debian packages if missing), aiosmtpd for the e-mail tests, host processes for
# the two-node scheduler tests and Debian's Chromium for the browser tests.
# Ends with one line "N passed, N failed" over every suite.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results=$(mktemp -d /tmp/cultivation-tests.XXXXXX)
passed=0
failed=0
status=0

log() { printf '\n== %s\n' "$*"; }

started_mariadb=""
cleanup() {
  if [ -n "$started_mariadb" ]; then
    etc/scripts/mariadb-stop.sh "$started_mariadb"
  fi
}
trap cleanup EXIT

if [ -z "${CULTIVATION_TEST_MYSQL:-}" ]; then
  log "Starting MariaDB on 127.0.0.1"
  eval "$(etc/scripts/mariadb-start.sh)" || { echo "MariaDB did not start"; echo "0 passed, 1 failed"; exit 1; }
  started_mariadb=$CULTIVATION_MARIADB_DIR
  export CULTIVATION_TEST_MYSQL
fi

if ! /usr/bin/python3 -c "import aiosmtpd" 2>/dev/null; then
  log "Installing aiosmtpd (the SMTP server on 127.0.0.1 for the e-mail tests)"
  export DEBIAN_FRONTEND=noninteractive
  (apt-get update -qq && apt-get install -y -qq python3-aiosmtpd >/dev/null) || echo "could not install python3-aiosmtpd"
fi

log "Restoring (locked) and building the solution"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! dotnet restore Cultivation.sln --locked-mode -v q || ! dotnet build Cultivation.sln -c Release --no-restore -v q -nologo; then
  echo "the build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

log "Running .NET tests (SQLite and MariaDB)"
dotnet test Cultivation.sln -c Release --no-build --logger "trx;LogFilePrefix=results" --results-directory "$results/dotnet" -v q -nologo || status=1
for trx in "$results"/dotnet/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
sqlite=$(cat "$results"/dotnet/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*_Sqlite_[^>]*outcome="Passed"' | wc -l)
mariadb=$(cat "$results"/dotnet/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*_MariaDb_[^>]*outcome="Passed"' | wc -l)
echo ".NET: $passed passed, $failed failed ($sqlite on SQLite, $mariadb on MariaDB, the rest provider-free)"
if [ "$passed" -eq 0 ]; then status=1; failed=$((failed + 1)); fi

if [ -f angular/package.json ] && [ -z "${CULTIVATION_SKIP_ANGULAR:-}" ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    log "Installing Chromium and CJK fonts for the browser tests"
    export DEBIAN_FRONTEND=noninteractive
    (apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) || echo "could not install chromium"
  fi
  log "Angular: install, unit tests, end-to-end tests"
  (cd angular && npm ci --no-audit --no-fund --loglevel=error) || { status=1; failed=$((failed + 1)); }
  for suite in test e2e; do
    (cd angular && npm run --silent "$suite") 2>&1 | tee "$results/angular-$suite.log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
    line=$(grep -E '^ANGULAR-(UNIT|E2E): [0-9]+ passed, [0-9]+ failed' "$results/angular-$suite.log" | tail -n 1)
    if [ -n "$line" ]; then
      p=$(sed -E 's/.*: ([0-9]+) passed.*/\1/' <<<"$line")
      f=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")
      passed=$((passed + p))
      failed=$((failed + f))
    else
      echo "angular $suite printed no result line"
      failed=$((failed + 1))
    fi
  done
fi

[ "$failed" -eq 0 ] || status=1
echo
echo "$passed passed, $failed failed"
exit $status
