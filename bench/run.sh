#!/usr/bin/env bash
# Benchmark of a parent's pages: a parent with YEARS years of sessions (12 a day: a year is
# 4,380, three years 13,140), logged through the app's own form, then Today, the journal,
# progress and a year of daily.json, each measured as a share of the same app's static
# stylesheet (bench/ratio.py: warm-up until two passes agree, then stylesheet and page in
# pairs), and the write path (POST /journal as a new parent, every acknowledged session
# checked). The app runs with -Xmx512m as a server would; its start-up time and resident
# memory after the run are printed too. Loopback only.
#   bash bench/run.sh                        (H2, one year)
#   DB=postgres YEARS=3 bash bench/run.sh    (a local PostgreSQL, as .ci/run starts it)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
YEARS=${YEARS:-1}
DB=${DB:-h2}
WORK=$(mktemp -d)
export RELACTA_METRICS_TOKEN=bench-$RANDOM$RANDOM

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
jar=$(ls target/relacta-*.jar | grep -v plain | head -n 1)

if [ "$DB" = postgres ]; then
  su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DROP DATABASE IF EXISTS relacta_bench;
CREATE DATABASE relacta_bench OWNER relacta;
ALTER DATABASE relacta_bench SET random_page_cost = 1.1;
SQL
  db=(--spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/relacta_bench
      --spring.datasource.username=relacta --spring.datasource.password=relacta)
else
  db=(--spring.datasource.url="jdbc:h2:file:$WORK/bench;WRITE_DELAY=0;QUERY_CACHE_SIZE=128")
fi
started=$(date +%s%N)
java -Xmx512m ${JAVA_OPTS:-} -jar "$jar" --server.port="$PORT" --relacta.demo.enabled=false "${db[@]}" \
  --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break
  sleep 0.1
done
startup_ms=$(( ($(date +%s%N) - started) / 1000000 ))
jvm_ms=$(grep -o 'Started RelactaApplication in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]*' || true)

days=$(( 365 * YEARS ))
echo "== Seeding $days days of sessions ($(( days * 12 )) sessions, $DB)"
seed_start=$(date +%s)
cookie=$(python3 bench/seed.py "$PORT" "$days")
echo "seeded in $(( $(date +%s) - seed_start )) s"

today=$(date -u +%F)
year_ago=$(date -u -d '364 days ago' +%F)
python3 bench/ratio.py "$PORT" "$cookie" "/ Today=/" "/journal=/journal" "/progress=/progress" \
  "/progress/daily.json, a year=/progress/daily.json?from=$year_ago&to=$today" --write

rss_kb=$(ps -o rss= -p "$app" | tr -d ' ')
echo
echo "Machine: $(nproc) cores, $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GB", $2/1048576}'), $(java -version 2>&1 | head -n 1)"
echo "Start-up: ${startup_ms} ms to ready (Spring: ${jvm_ms:-?} s); resident memory after the run: $(( rss_kb / 1024 )) MB (-Xmx512m)"
