#!/usr/bin/env bash
# Runs Cultivation in its embedded profile: SQLite, Lucene, Quartz in memory, demo data on the first run,
# the Angular UI served by the host at one URL (http://localhost:5080 unless CULTIVATION_URLS says otherwise).
# Builds the UI first when it is missing or older than its sources.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
wwwroot=src/Cultivation.HttpApi.Host/wwwroot
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -f angular/package.json ]; then
  newest_source=$(find angular/src angular/package-lock.json angular/angular.json -type f -newer "$wwwroot/index.html" 2>/dev/null | head -n 1 || true)
  if [ ! -f "$wwwroot/index.html" ] || [ -n "$newest_source" ]; then
    echo "Building the web UI…"
    (cd angular && { [ -d node_modules ] && [ node_modules -nt package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error; } && npm run build)
  fi
fi

cd src/Cultivation.HttpApi.Host
exec dotnet run -c Release --no-launch-profile --urls "${CULTIVATION_URLS:-http://localhost:5080}"
