#!/usr/bin/env bash
# Adds a migration with the same name to both providers (every model change needs both).
# Usage: etc/scripts/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/../.."
name=${1:?usage: add-migration.sh <Name>}
export DOTNET_ROLL_FORWARD=Major   # dotnet-ef 9 runs on the .NET 10 runtime
dotnet tool restore >/dev/null
for provider in Sqlite MySql; do
  project=src/Cultivation.EntityFrameworkCore.$provider
  dotnet dotnet-ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
