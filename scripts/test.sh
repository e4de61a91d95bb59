#!/usr/bin/env bash
# Runs every test suite: builds with warnings as errors, checks formatting, starts a throwaway
# PostgreSQL, runs the domain, HTTP (SQLite and PostgreSQL) and browser (Chromium) suites and a
# quick benchmark, then prints one line: "tests: N passed, N failed".
# Installs what it needs (PostgreSQL, Chromium, Noto fonts, npm packages) when missing.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"

log() { printf '\n== %s\n' "$*"; }

install_missing() {
  local missing=()
  for pkg in postgresql-15 postgresql-contrib chromium fonts-noto-core; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]}"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

passed=0
failed=0
record() { # name, passed, failed
  passed=$((passed + $2)); failed=$((failed + $3))
  printf '%-28s %4d passed, %d failed\n' "$1" "$2" "$3" | tee -a "$RESULTS/summary.txt"
}

install_missing
command -v chromium >/dev/null || { echo "chromium is missing" >&2; exit 1; }

log "Front-end packages"
[ -d node_modules/htmx.org ] || npm ci --no-audit --no-fund >/dev/null

log "Build (warnings are errors)"
dotnet tool restore >/dev/null
if dotnet build DanVan.slnx -c Debug -nologo -v quiet -clp:ErrorsOnly > "$RESULTS/build.log" 2>&1; then
  record "build" 1 0
else
  cat "$RESULTS/build.log"; record "build" 0 1
  echo "tests: $passed passed, $failed failed"; exit 1
fi

log "Formatting"
if dotnet format DanVan.slnx --verify-no-changes --no-restore > "$RESULTS/format.log" 2>&1; then
  record "format" 1 0
else
  cat "$RESULTS/format.log"; record "format" 0 1
fi

log "PostgreSQL"
DANVAN_TEST_POSTGRES=$("$ROOT/scripts/postgres.sh" start) || { echo "PostgreSQL did not start" >&2; exit 1; }
export DANVAN_TEST_POSTGRES
trap '"$ROOT/scripts/postgres.sh" stop' EXIT

run_suite() { # project
  local name; name=$(basename "$1")
  log "$name"
  dotnet test "$1" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" 2>&1 | tail -n 25
  local trx="$RESULTS/$name.trx"
  if [ ! -f "$trx" ]; then record "$name" 0 1; return; fi
  local counters p f
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  local total executed
  total=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  executed=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  # A test that did not run (skipped, or never started) counts as failed: no suite may skip.
  record "$name" "${p:-0}" $(( ${f:-0} + ${total:-0} - ${executed:-0} + ( ${p:-0} == 0 ? 1 : 0 ) ))
}

run_suite tests/DanVan.Domain.Tests
run_suite tests/DanVan.Documents.Tests
run_suite tests/DanVan.Cli.Tests
run_suite tests/DanVan.Web.Tests
run_suite tests/DanVan.E2E.Tests
if [ -d tests/DanVan.E2E.Tests/bin/Debug/net10.0/screenshots ]; then
  cp -r tests/DanVan.E2E.Tests/bin/Debug/net10.0/screenshots "$RESULTS/"
fi

if [ -d bench/DanVan.Bench ]; then
  log "Benchmark (quick run: province scale, few runs)"
  if dotnet run -c Release --project bench/DanVan.Bench -- --scale province --runs 20 > "$RESULTS/bench.log" 2>&1; then
    grep '^bench:' "$RESULTS/bench.log"; record "bench (quick)" 1 0
  else
    tail -n 30 "$RESULTS/bench.log"; record "bench (quick)" 0 1
  fi
fi

echo
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
