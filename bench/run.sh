#!/usr/bin/env bash
# Benchmark of a parent's pages: a parent with YEARS years of sessions (12 a day: a year is
# 4,380, three years 13,140; the last year logged through the app's own form, older years in SQL), then Today, the journal,
# progress and a year of daily.json, each measured as a share of the same app's static
# stylesheet (bench/ratio.py: warm-up until two passes agree, then stylesheet and page in
# pairs), and the write path (POST /journal as a new parent, every acknowledged session
# checked), and two yardsticks of the stack itself (the login page, a day of daily.json). The
# app runs with bench/jvm.options (-Xmx512m) as a small server would; its start-up time and
# resident memory after the run are printed too. Loopback only.
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
  URL="jdbc:h2:file:$WORK/bench;WRITE_DELAY=0;QUERY_CACHE_SIZE=128;AUTO_SERVER=TRUE"
  db=(--spring.datasource.url="$URL")
fi
started=$(date +%s%N)
java @bench/jvm.options ${JAVA_OPTS:-} -jar "$jar" --server.port="$PORT" --relacta.demo.enabled=false "${db[@]}" \
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
# The last year through the app's form; a typed session may be at most a year old, so any
# years before it are written in SQL, with the day totals counted again (bench/older.sql).
cookie=$(python3 bench/seed.py "$PORT" 365)
if [ "$YEARS" -gt 1 ]; then
  first=$(date -u -d '365 days ago' +%F)
  older=$(( days - 365 ))
  if [ "$DB" = postgres ]; then
    PGPASSWORD=relacta psql -q -h 127.0.0.1 -U relacta -d relacta_bench -v ON_ERROR_STOP=1 \
      -v days="$older" -v first="$first" -f bench/older-postgres.sql -f bench/day-totals-postgres.sql
  else
    (cd "$WORK" && jar xf "$OLDPWD/$jar" $(unzip -Z1 "$OLDPWD/$jar" | grep 'BOOT-INF/lib/h2-'))
    sed "s/@days/$older/; s/@first/$first/" bench/older.sql > "$WORK/older.sql"
    for script in "$WORK/older.sql" bench/day-totals.sql; do
      java -cp "$(ls "$WORK"/BOOT-INF/lib/h2-*.jar)" org.h2.tools.RunScript -url "$URL" -user sa -script "$script"
    done
  fi
fi
echo "seeded in $(( $(date +%s) - seed_start )) s: $(( $(curl -fs -H "Cookie: $cookie" "http://127.0.0.1:$PORT/journal/export.csv" | wc -l) - 1 )) sessions in the journal's export"

today=$(date -u +%F)
year_ago=$(date -u -d '364 days ago' +%F)
# Two yardsticks of the stack itself come last: the login page (a template with no data)
# and a day of daily.json, the cheapest answer a signed-in parent gets (the login session
# read, one day's totals, a few hundred bytes of JSON).
python3 bench/ratio.py "$PORT" "$cookie" "/ Today=/" "/journal=/journal" "/progress=/progress" \
  "/progress/daily.json, a year=/progress/daily.json?from=$year_ago&to=$today" \
  "yardstick: /login, no data=/login" "yardstick: /progress/daily.json, a day=/progress/daily.json?from=$today&to=$today" \
  --write

rss_kb=$(ps -o rss= -p "$app" | tr -d ' ')
echo
echo "Machine: $(nproc) cores, $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GB", $2/1048576}'), $(java -version 2>&1 | head -n 1)"
echo "Start-up: ${startup_ms} ms to ready (Spring: ${jvm_ms:-?} s); resident memory after the run: $(( rss_kb / 1024 )) MB ($(grep -v "^#" bench/jvm.options | xargs))"
