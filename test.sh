#!/usr/bin/env bash
# The one test command: installs what NuGet cannot bring (Debian's Chromium for the browser tests), builds once,
# runs every test project, and ends with one line "Tests: N passed, N failed".
# ./test.sh --postgres: the integration tests on a throwaway PostgreSQL cluster instead (Debian's package, installed
# when missing; initdb in a temporary folder, a free port, the cluster stopped and deleted at the end, even on failure).
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

postgres=0
if [ "${1:-}" = "--postgres" ]; then
  postgres=1
fi

if [ "$postgres" = 1 ]; then
  # 1. A throwaway PostgreSQL cluster: the server's binaries from Debian's package, the data in a temporary folder.
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pg_bin" ]; then
    echo "== Installation de PostgreSQL (apt-get)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  pg_dir=$(mktemp -d /tmp/classecrm-pg.XXXXXX)
  pg_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  # initdb and the server refuse to run as root: as root they run as the package's postgres user.
  as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  if [ "$(id -u)" = 0 ]; then chown postgres "$pg_dir"; fi
  stop_postgres() {
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$pg_dir"
  }
  trap stop_postgres EXIT
  echo "== PostgreSQL : $pg_bin, port $pg_port, données $pg_dir"
  if ! as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || ! as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start \
      -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null; then
    echo "PostgreSQL n'a pas démarré :"
    cat "$pg_dir/initdb.log" "$pg_dir/server.log" 2>/dev/null | tail -n 20
    echo "Tests: 0 passed, 1 failed"
    exit 1
  fi
  export CLASSECRM_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Maximum Pool Size=20"
fi

# 1. Chromium (Debian package) for the browser tests; Playwright is pointed at it, it downloads no browser.
if [ -z "${CHROMIUM_PATH:-}" ]; then
  CHROMIUM_PATH=$(command -v chromium || command -v chromium-browser || true)
fi
if [ -z "$CHROMIUM_PATH" ] && [ "$postgres" = 0 ]; then
  echo "== Installation de Chromium (apt-get)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  CHROMIUM_PATH=$(command -v chromium)
fi
export CHROMIUM_PATH
echo "== Chromium : $CHROMIUM_PATH"

# 2. Build everything once.
results=TestResults/trx
rm -rf "$results"
mkdir -p "$results"
echo "== Compilation"
if ! dotnet build ClasseCRM.sln -c Debug -nologo -clp:ErrorsOnly; then
  echo "La compilation a échoué."
  echo "Tests: 0 passed, 1 failed"
  exit 1
fi

# 3. Every test project (the benchmarks measure, they are not tests).
status=0
if [ "$postgres" = 1 ]; then provider_filter="Database!=SqliteOnly"; else provider_filter="Database!=PostgreSqlOnly"; fi
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  case "$name" in *Benchmarks*) continue ;; esac
  # On PostgreSQL: the integration tests only (the others do not touch the database).
  if [ "$postgres" = 1 ] && [ "$name" != ClasseCRM.IntegrationTests ]; then continue; fi
  echo "== $name"
  # --blame-crash: if a test host ever dies, the log names the tests that were running and keeps a small dump.
  # A test bound to the other provider (trait Database, see tests/ClasseCRM.IntegrationTests/Support/OnlyOn.cs) is not run.
  dotnet test "$project" --no-build -c Debug -nologo --blame-crash --blame-crash-dump-type mini --filter "$provider_filter" \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
done

# 4. One closing line from the TRX counters of every project.
passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "Captures d'écran des tests navigateur : TestResults/screenshots/"
echo "Tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
