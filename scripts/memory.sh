#!/usr/bin/env bash
# Measures the server's resident memory (VmRSS) as people use it: the Release build on a fresh
# SQLite file with the demo data, a provincial leader opening the pages of a working day and
# downloading the petition ledger and the task list, ROUNDS times. Prints RSS after start-up,
# after the pages, and the peak sampled every 50 ms. Usage: scripts/memory.sh [rounds] (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
port=${DANVAN_MEMORY_PORT:-5792}
dotnet build src/DanVan.Web -c Release -nologo -v quiet >/dev/null
dir=$(mktemp -d)
Database__ConnectionString="Data Source=$dir/danvan.db" Demo__Password="Memory-Check-2026" \
  dotnet src/DanVan.Web/bin/Release/net10.0/DanVan.Web.dll --urls "http://127.0.0.1:$port" --contentRoot "$(pwd)/src/DanVan.Web" >"$dir/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 1200); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; kill -0 "$pid" 2>/dev/null || { cat "$dir/log" >&2; exit 1; }; sleep 0.1; done
rss() { awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$pid/status"; }
echo "after start: $(rss) MB"
( peak=0; while kill -0 "$pid" 2>/dev/null; do r=$(rss); [ "$r" -gt "$peak" ] && { peak=$r; echo "$peak" > "$dir/peak"; }; sleep 0.05; done ) &
sampler=$!
jar="$dir/jar"
token=$(curl -s -c "$jar" "http://127.0.0.1:$port/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -X POST "http://127.0.0.1:$port/Account/Login" \
  --data-urlencode "Input.UserName=nghean.lanhdao" --data-urlencode "Input.Password=Memory-Check-2026" --data-urlencode "__RequestVerificationToken=$token"
failures=0
for _ in $(seq "$rounds"); do
  for url in / /Reports /Petitions /Petitions/Statistics /Tasks /Meetings /Models /Reception /Sentiment /Organizations /Calendar \
             "/Petitions?handler=Export&view=all" "/Tasks?handler=Export" "/Organizations?handler=Export"; do
    code=$(curl -s -b "$jar" -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port$url")
    [ "$code" = 200 ] || { failures=$((failures + 1)); echo "HTTP $code for $url" >&2; }
  done
done
kill "$sampler" 2>/dev/null || true
now=$(rss); peak=$(cat "$dir/peak"); [ "$now" -gt "$peak" ] && peak=$now
echo "after $rounds rounds of pages and exports: $now MB; peak $peak MB; failures $failures"
