#!/usr/bin/env bash
# Generates a migration of the same name for both providers: ./scripts/add-migration.sh Name
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: add-migration.sh MigrationName}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet dotnet-ef migrations add "$name" --project "src/DanVan.Data.$provider" --startup-project "src/DanVan.Data.$provider" --output-dir Migrations
done
