#!/usr/bin/env bash
# Benchmark of the consultant's pages: a consultant with 200 clients x 90 days of sessions
# (10 a day, 180,000 sessions), then /clients and one client's pages under 16 concurrent
# connections with wrk, on loopback only. The clients are seeded in SQL (bench/clients.sql)
# with H2's own RunScript while the app holds the database (AUTO_SERVER), which takes
# seconds where 180,000 form posts would take many minutes.
# With DB=postgres it runs on a local PostgreSQL (as .ci/run starts it) in a fresh database
# relacta_bench, seeded with bench/clients-postgres.sql.
#   bash bench/clients.sh            (DURATION=15s CONNECTIONS=16 DB=h2 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18081}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
WORK=$(mktemp -d)
URL="jdbc:h2:file:$WORK/bench;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=128"
DB=${DB:-h2}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
./mvnw -q -B -DskipTests package
jar=$(ls target/relacta-*.jar | grep -v plain | head -n 1)
(cd "$WORK" && jar xf "$OLDPWD/$jar" $(unzip -Z1 "$OLDPWD/$jar" | grep 'BOOT-INF/lib/h2-'))
h2=$(ls "$WORK"/BOOT-INF/lib/h2-*.jar)

if [ "$DB" = postgres ]; then
  su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DROP DATABASE IF EXISTS relacta_bench;
CREATE DATABASE relacta_bench OWNER relacta;
-- SSD costs, as docker-compose.yml sets for the server (the default 4 makes the planner scan).
ALTER DATABASE relacta_bench SET random_page_cost = 1.1;
SQL
  URL="jdbc:postgresql://127.0.0.1:5432/relacta_bench"
  extra=(--spring.profiles.active=postgres --spring.datasource.username=relacta --spring.datasource.password=relacta)
else
  extra=()
fi
java -Xmx1g -jar "$jar" --server.port="$PORT" --relacta.demo.enabled=false \
  --spring.datasource.url="$URL" "${extra[@]}" --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
app=$!
trap '[ -n "${KEEP:-}" ] || { kill $app 2>/dev/null; rm -rf "$WORK"; }' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 1
done

read -r cookie email < <(python3 bench/signup.py "$PORT" CONSULTANT)
echo "== Seeding 200 clients x 90 days for $email"
seed_start=$(date +%s)
count="select count(*) as clients, (select count(*) from logged_session) as sessions from care_share"
if [ "$DB" = postgres ]; then
  PGPASSWORD=relacta psql -q -h 127.0.0.1 -U relacta -d relacta_bench -v ON_ERROR_STOP=1 \
    -v consultant="$email" -f bench/clients-postgres.sql
  PGPASSWORD=relacta psql -h 127.0.0.1 -U relacta -d relacta_bench -c "$count"
else
  sed "s/@consultant/$email/" bench/clients.sql > "$WORK/clients.sql"
  java -cp "$h2" org.h2.tools.RunScript -url "$URL" -user sa -script "$WORK/clients.sql"
  java -cp "$h2" org.h2.tools.Shell -url "$URL" -user sa -sql "$count"
fi
echo "seeded in $(( $(date +%s) - seed_start )) s"

client=$(curl -fs -H "Cookie: $cookie" "http://127.0.0.1:$PORT/clients" | grep -o 'href="/clients/[0-9]*"' | head -n 1 | grep -o '[0-9]*')
today=$(date -u +%F)
ago=$(date -u -d '89 days ago' +%F)
for path in "/clients" "/clients/$client" "/clients/$client/journal" "/clients/$client/progress?range=90" \
            "/clients/$client/progress/daily.json?from=$ago&to=$today"; do
  wrk -t2 -c"$CONNECTIONS" -d3s -H "Cookie: $cookie" "http://127.0.0.1:$PORT$path" >/dev/null
  echo "== GET $path ($CONNECTIONS connections, $DURATION)"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie" "http://127.0.0.1:$PORT$path" \
    | grep -E "Requests/sec|^ +50%|^ +99%|Non-2xx|Socket errors"
done
echo "== GET /clients alone, 5 times (seconds)"
for _ in 1 2 3 4 5; do
  curl -fs -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookie" "http://127.0.0.1:$PORT/clients"
done
