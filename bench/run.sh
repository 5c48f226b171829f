#!/usr/bin/env bash
# The benchmarks (not part of the test run). Starts MariaDB on 127.0.0.1 unless CULTIVATION_TEST_MYSQL is set.
#   bench/run.sh            generate 100,000 enterprises and measure the enterprise list
#   bench/run.sh --reuse    keep an already generated bench database
#   bench/run.sh --search  the embedded search engine over 100,000 profiles vs a MariaDB LIKE scan (BENCH_SEARCH_PROFILES, _ITERATIONS, _SQL_ITERATIONS)
#   bench/run.sh --funnel-http  the application funnel by district through the host over 100,000 applications (BENCH_APPLICATIONS, BENCH_ITERATIONS)
#   bench/run.sh --soak     load and soak: SOAK_CLIENTS (20) clients of every role for SOAK_MINUTES (10) against the host
set -euo pipefail
cd "$(dirname "$0")/.."
started=""
trap '[ -n "$started" ] && etc/scripts/mariadb-stop.sh "$started"' EXIT
if [ -z "${CULTIVATION_TEST_MYSQL:-}" ]; then
  eval "$(etc/scripts/mariadb-start.sh)"
  started=$CULTIVATION_MARIADB_DIR
  export CULTIVATION_TEST_MYSQL
fi
dotnet build src/Cultivation.HttpApi.Host -c Release -v q -nologo
dotnet run --project bench/Cultivation.Benchmarks -c Release -- "$(pwd)/src/Cultivation.HttpApi.Host/bin/Release/net10.0/Cultivation.HttpApi.Host.dll" "$@"
