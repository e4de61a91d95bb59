#!/usr/bin/env bash
# Measures cold start: an empty database, then migrate + seed units and demo, to the first page.
# Usage: scripts/cold-start.sh [runs]   (builds Release first; prints one line per run and the median)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
dotnet build src/DanVan.Web -c Release -nologo -v quiet >/dev/null
dir=$(mktemp -d)
times=()
for i in $(seq "$runs"); do
  rm -rf "$dir/data"
  port=$((5600 + i))
  start=$(date +%s.%N)
  Database__ConnectionString="Data Source=$dir/data/danvan.db" Demo__Password="Cold-Start-2026" \
    dotnet src/DanVan.Web/bin/Release/net10.0/DanVan.Web.dll --urls "http://127.0.0.1:$port" --contentRoot "$(pwd)/src/DanVan.Web" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 600); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; kill -0 "$pid" 2>/dev/null || { echo "server died" >&2; exit 1; }; sleep 0.05; done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  t=$(echo "$end - $start" | bc)
  times+=("$t")
  echo "cold start run $i: ${t}s"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "cold start median: " a[int((NR+1)/2)] "s"}'
rm -rf "$dir"
