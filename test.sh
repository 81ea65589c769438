#!/usr/bin/env bash
# The one test command: installs what NuGet cannot bring (Debian's Chromium for the browser tests), builds once,
# runs every test project, and ends with one line "Tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Chromium (Debian package) for the browser tests; Playwright is pointed at it, it downloads no browser.
if [ -z "${CHROMIUM_PATH:-}" ]; then
  CHROMIUM_PATH=$(command -v chromium || command -v chromium-browser || true)
fi
if [ -z "$CHROMIUM_PATH" ]; then
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
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  case "$name" in *Benchmarks*) continue ;; esac
  echo "== $name"
  # --blame-crash: if a test host ever dies, the log names the tests that were running and keeps a small dump.
  dotnet test "$project" --no-build -c Debug -nologo --blame-crash --blame-crash-dump-type mini \
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
