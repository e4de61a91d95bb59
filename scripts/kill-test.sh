#!/usr/bin/env bash
# Durability under kill -9: the server (Release, SQLite in WAL mode) takes writes from 8 clients
# over HTTP; after a few seconds it is killed with SIGKILL mid-load, restarted on the same file, and
# every write it had acknowledged must be found again, and the database must pass its integrity
# check. Two kinds of write, both committed by group commit:
#   petitions  petitions filed by another system (201 with a tracking code);
#   reports    communes' quarterly reports opened, filled and sent in one call (201 with an id),
#              which must be found again sent, with their values.
# Usage: scripts/kill-test.sh [seconds-of-load] [petitions|reports]
#        (prints the counts and "kill test: passed" or exits 1)
set -euo pipefail
cd "$(dirname "$0")/.."
load=${1:-4}
kind=${2:-petitions}
case "$kind" in petitions|reports) ;; *) echo "usage: scripts/kill-test.sh [seconds] [petitions|reports]" >&2; exit 2 ;; esac
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
if [ "$kind" = petitions ]; then
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
else
  # The national officer sends the communes' reports for the current quarter, one call each
  # (opened, filled and sent), every commune once, spread over eight clients.
  token=$(curl -fs -H 'Content-Type: application/json' -d '{"userName":"admin","password":"Kill-Test-2026"}' "$url/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
  period=$(python3 -c 'import datetime; d=datetime.datetime.now(datetime.timezone.utc)+datetime.timedelta(hours=7); print(f"{d.year}-Q{(d.month-1)//3+1}")')
  root=$(curl -fs -H "Authorization: Bearer $token" "$url/api/v1/organizations?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
  for page in 1 2 3 4 5 6; do
    curl -fs -H "Authorization: Bearer $token" "$url/api/v1/organizations/$root/reports/completeness?form=BC-DV-QUY&page=$page" \
      | python3 -c 'import json,sys; [print(r["organizationId"]) for r in json.load(sys.stdin)["rows"]["items"]]'
  done >"$dir/owing"
  for c in $(seq 8); do
    (awk -v c="$c" 'NR % 8 == c - 1' "$dir/owing" | while read -r organization; do
       body="{\"formCode\":\"BC-DV-QUY\",\"organizationId\":$organization,\"period\":\"$period\",\"values\":{\"TCD_BUOI\":3,\"TCD_BT\":1},\"submit\":true}"
       answer=$(curl -s -m 5 -w '\n%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H 'Prefer: return=minimal' -d "$body" "$url/api/v1/reports") || break
       [ "$(tail -n1 <<<"$answer")" = "201" ] || continue
       head -n -1 <<<"$answer" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' >>"$dir/acknowledged.$c"
     done) &
  done
fi
sleep "$load"
kill -9 "$pid"
wait 2>/dev/null || true
cat "$dir"/acknowledged.* >"$dir/acknowledged" 2>/dev/null || true
acknowledged=$(wc -l <"$dir/acknowledged")

start_server
missing=0
while read -r key; do
  if [ "$kind" = petitions ]; then
    status=$(curl -s -o /dev/null -w "%{http_code}" "$url/api/v1/public/petitions/$key")
  else
    status=$(curl -s -H "Authorization: Bearer $token" "$url/api/v1/reports/$key" \
      | python3 -c 'import json,sys; r=json.load(sys.stdin); v={i["code"]: i["value"] for i in r["indicators"]}; print("200" if r["status"]=="Submitted" and v.get("TCD_BUOI")==3 else "incomplete")' 2>/dev/null || echo "unreadable")
  fi
  [ "$status" = "200" ] || { missing=$((missing + 1)); echo "missing: $key ($status)" >&2; }
done <"$dir/acknowledged"
kill "$pid"; wait "$pid" 2>/dev/null || true
integrity=$(python3 -c "import sqlite3; print(sqlite3.connect('$dir/danvan.db').execute('PRAGMA integrity_check').fetchone()[0])")
echo "kill test: $acknowledged $kind acknowledged before kill -9, $missing missing after restart, integrity_check: $integrity"
rm -rf "$dir"
[ "$missing" -eq 0 ] && [ "$integrity" = "ok" ] && echo "kill test: passed"
