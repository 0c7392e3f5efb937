#!/usr/bin/env bash
# Benchmark of the consultant's pages: a consultant with CLIENTS clients (default 1,000) x 90
# days of sessions (10 a day: about 860,000 sessions for 1,000), then /clients and one client's
# pages, each measured as a share of the app's static stylesheet by bench/ratio.py (warm-up
# until two passes agree, then stylesheet and page in pairs), on loopback only. The clients are
# seeded in SQL (bench/clients.sql) with H2's own RunScript while the app holds the database
# (AUTO_SERVER), which takes a minute where 860,000 form posts would take hours.
# With DB=postgres it runs on a local PostgreSQL (as .ci/run starts it) in a fresh database
# relacta_bench, seeded with bench/clients-postgres.sql.
#   bash bench/clients.sh            (CLIENTS=1000 DURATION=10 CONNECTIONS=16 DB=h2 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18081}
CLIENTS=${CLIENTS:-1000}
export RELACTA_METRICS_TOKEN=bench-$RANDOM$RANDOM
WORK=$(mktemp -d)
URL="jdbc:h2:file:$WORK/bench;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=128"
DB=${DB:-h2}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
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
java @bench/jvm.options ${JAVA_OPTS:-} -jar "$jar" --server.port="$PORT" --relacta.demo.enabled=false \
  --spring.datasource.url="$URL" "${extra[@]}" --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
app=$!
trap '[ -n "${KEEP:-}" ] || { kill $app 2>/dev/null; rm -rf "$WORK"; }' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 1
done

read -r cookie email < <(python3 bench/signup.py "$PORT" CONSULTANT)
[ -z "${KEEP:-}" ] || echo "KEEP: the app stays on port $PORT (pid $app), data in $WORK; consultant cookie: $cookie"
echo "== Seeding $CLIENTS clients x 90 days for $email"
seed_start=$(date +%s)
count="select count(*) as clients, (select count(*) from logged_session) as sessions from care_share"
if [ "$DB" = postgres ]; then
  PGPASSWORD=relacta psql -q -h 127.0.0.1 -U relacta -d relacta_bench -v ON_ERROR_STOP=1 \
    -v consultant="$email" -v clients="$CLIENTS" -f bench/clients-postgres.sql -f bench/day-totals-postgres.sql
  PGPASSWORD=relacta psql -h 127.0.0.1 -U relacta -d relacta_bench -c "$count"
else
  sed "s/@consultant/$email/; s/@clients/$CLIENTS/" bench/clients.sql > "$WORK/clients.sql"
  java -cp "$h2" org.h2.tools.RunScript -url "$URL" -user sa -script "$WORK/clients.sql"
  java -cp "$h2" org.h2.tools.RunScript -url "$URL" -user sa -script bench/day-totals.sql
  java -cp "$h2" org.h2.tools.Shell -url "$URL" -user sa -sql "$count"
fi
echo "seeded in $(( $(date +%s) - seed_start )) s"

client=$(curl -fs -H "Cookie: $cookie" "http://127.0.0.1:$PORT/clients" | grep -o -m 1 'href="/clients/[0-9]*"' | grep -o -m 1 '[0-9][0-9]*' || true)
today=$(date -u +%F)
ago=$(date -u -d '89 days ago' +%F)
python3 bench/ratio.py "$PORT" "$cookie" "/clients ($CLIENTS clients)=/clients" "/clients/{id} (Today)=/clients/$client" \
  "/clients/{id}/journal=/clients/$client/journal" "/clients/{id}/progress, 90 days=/clients/$client/progress?range=90" \
  "/clients/{id}/progress/daily.json, 90 days=/clients/$client/progress/daily.json?from=$ago&to=$today"
rss_kb=$(ps -o rss= -p "$app" | tr -d ' ')
echo "Resident memory after the run: $(( rss_kb / 1024 )) MB ($(grep -v "^#" bench/jvm.options | xargs))"
