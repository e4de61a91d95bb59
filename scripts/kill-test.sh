#!/usr/bin/env bash
# Durability under kill -9: the server (Release, SQLite in WAL mode) takes petitions from 8 clients
# over HTTP; after a few seconds it is killed with SIGKILL mid-load, restarted on the same file, and
# every petition it had acknowledged (201 with a tracking code) must be found again, and the
# database must pass its integrity check.
# Usage: scripts/kill-test.sh [seconds-of-load]   (prints the counts and "kill test: passed" or exits 1)
set -euo pipefail
cd "$(dirname "$0")/.."
load=${1:-4}
dotnet build src/DanVan.Web -c Release -nologo -v quiet >/dev/null
dir=$(mktemp -d)
port=5690
url="http://127.0.0.1:$port"
start_server() {
  Database__ConnectionString="Data Source=$dir/danvan.db" Demo__Password="Kill-Test-2026" \
    dotnet src/DanVan.Web/bin/Release/net10.0/DanVan.Web.dll --urls "$url" --contentRoot "$(pwd)/src/DanVan.Web" >>"$dir/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1200); do curl -fs -o /dev/null "$url/" && return 0; kill -0 "$pid" 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }; sleep 0.05; done
  echo "server did not start" >&2; exit 1
}

start_server
token=$(curl -fs -H 'Content-Type: application/json' -d '{"userName":"nghean.xa.chuyenvien","password":"Kill-Test-2026"}' "$url/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
organization=$(curl -fs -H "Authorization: Bearer $token" "$url/api/v1/petitions?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["organizationId"])')
body="{\"organizationId\":$organization,\"kind\":\"Feedback\",\"field\":\"Environment\",\"channel\":\"Integration\",\"summary\":\"Thử độ bền khi tắt đột ngột\",\"content\":\"Phản ánh gửi trong lúc máy chủ bị tắt đột ngột.\",\"petitioners\":[{\"fullName\":\"Nguyễn Văn Bền\"}]}"

# Eight clients send until the server is gone; each writes down, in a file of its own, the
# tracking code of every petition acknowledged to it.
for c in $(seq 8); do
  (while true; do
     answer=$(curl -s -m 5 -w '\n%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body" "$url/api/v1/petitions") || break
     [ "$(tail -n1 <<<"$answer")" = "201" ] || continue
     head -n -1 <<<"$answer" | python3 -c 'import json,sys; print(json.load(sys.stdin)["trackingCode"])' >>"$dir/acknowledged.$c"
   done) &
done
sleep "$load"
kill -9 "$pid"
wait 2>/dev/null || true
cat "$dir"/acknowledged.* >"$dir/acknowledged"
acknowledged=$(wc -l <"$dir/acknowledged")

start_server
missing=0
while read -r code; do
  status=$(curl -s -o /dev/null -w "%{http_code}" "$url/api/v1/public/petitions/$code")
  [ "$status" = "200" ] || { missing=$((missing + 1)); echo "missing: $code ($status)" >&2; }
done <"$dir/acknowledged"
kill "$pid"; wait "$pid" 2>/dev/null || true
integrity=$(python3 -c "import sqlite3; print(sqlite3.connect('$dir/danvan.db').execute('PRAGMA integrity_check').fetchone()[0])")
echo "kill test: $acknowledged petitions acknowledged before kill -9, $missing missing after restart, integrity_check: $integrity"
rm -rf "$dir"
[ "$missing" -eq 0 ] && [ "$integrity" = "ok" ] && echo "kill test: passed"
