#!/usr/bin/env bash
# Benchmark: a parent with a year of sessions (12 a day, 4,380), then /progress, a year of
# /progress/daily.json, /journal and / (Today) under 16 concurrent connections with wrk, on
# loopback only. Prints requests per second and the 50th and 99th percentile latencies.
#   bash bench/run.sh            (DURATION=15s CONNECTIONS=16 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
WORK=$(mktemp -d)

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
./mvnw -q -B -DskipTests package
jar=$(ls target/relacta-*.jar | grep -v plain | head -n 1)

java -Xmx1g -jar "$jar" --server.port="$PORT" --relacta.demo.enabled=false \
  --spring.datasource.url="jdbc:h2:file:$WORK/bench" --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 1
done

echo "== Seeding a year of sessions"
seed_start=$(date +%s)
cookie=$(python3 bench/seed.py "$PORT" 365)
echo "seeded in $(( $(date +%s) - seed_start )) s"

today=$(date -u +%F)
year_ago=$(date -u -d '364 days ago' +%F)
for path in "/progress" "/progress/daily.json?from=$year_ago&to=$today" "/journal" "/"; do
  # A short warm-up, then the measured run.
  wrk -t2 -c"$CONNECTIONS" -d3s -H "Cookie: $cookie" "http://127.0.0.1:$PORT$path" >/dev/null
  echo "== GET $path ($CONNECTIONS connections, $DURATION)"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie" "http://127.0.0.1:$PORT$path" \
    | grep -E "Requests/sec|^ +50%|^ +99%|Non-2xx|Socket errors"
done
