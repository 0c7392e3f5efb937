#!/usr/bin/env bash
# The outage test (issue 12): the app on PostgreSQL (as .ci/run starts it), a signed-in
# parent, then PostgreSQL stopped: every page answers 503 within 3 s with "we can't reach
# your data right now" and the health check says DOWN; PostgreSQL started again: the same
# pages work, with no restart of the app.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18091}
ROOT=$(pwd)
WORK=$(mktemp -d)
pg_version=$(ls /etc/postgresql | sort -V | tail -n 1)

jar=$(ls target/relacta-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/relacta-*.jar | grep -v plain | head -n 1)
fi

su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DROP DATABASE IF EXISTS relacta_outage;
CREATE DATABASE relacta_outage OWNER relacta;
SQL
export RELACTA_DB_URL=jdbc:postgresql://127.0.0.1:5432/relacta_outage RELACTA_DB_USER=relacta RELACTA_DB_PASSWORD=relacta
(cd "$WORK" && exec java -Xmx512m -jar "$ROOT/$jar" --server.port="$PORT" --spring.profiles.active=postgres \
  --relacta.demo.enabled=false --logging.level.root=WARN > "$WORK/app.log" 2>&1) &
app=$!
restart_pg() { pg_ctlcluster "$pg_version" main start 2>/dev/null || true; }
trap 'restart_pg; kill $app 2>/dev/null || true; cp "$WORK/app.log" /tmp/outage-app.log 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 0.5
done

echo "== Outage test on PostgreSQL"
python3 bench/outage.py before "$PORT" "$WORK/state.json"
pg_ctlcluster "$pg_version" main stop
python3 bench/outage.py during "$PORT" "$WORK/state.json"
restart_pg
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1 -p 5432" && break
  sleep 1
done
python3 bench/outage.py after "$PORT" "$WORK/state.json"
