#!/usr/bin/env bash
# The kill test (issue 11): the app on its own default embedded H2 file database (or on
# PostgreSQL), a burst of writes from 16 connections, SIGKILL after about 150 acknowledged
# writes, a restart, and a count. Fails if one acknowledged write is missing or half-written.
#   bash bench/kill.sh h2
#   bash bench/kill.sh postgres   (a PostgreSQL on 127.0.0.1:5432 as .ci/run starts it)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}
PORT=${PORT:-18090}
ROOT=$(pwd)
WORK=$(mktemp -d)

jar=$(ls target/relacta-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/relacta-*.jar | grep -v plain | head -n 1)
fi
jar="$ROOT/$jar"

args=(--server.port="$PORT" --relacta.demo.enabled=false --logging.level.root=WARN)
if [ "$DB" = postgres ]; then
  su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DROP DATABASE IF EXISTS relacta_kill;
CREATE DATABASE relacta_kill OWNER relacta;
SQL
  export RELACTA_DB_URL=jdbc:postgresql://127.0.0.1:5432/relacta_kill RELACTA_DB_USER=relacta RELACTA_DB_PASSWORD=relacta
  args+=(--spring.profiles.active=postgres)
fi

start() {
  # From its own folder: the H2 default keeps ./data/relacta there, as a user's would.
  (cd "$WORK" && exec java -Xmx512m -jar "$jar" "${args[@]}" >> "$WORK/app.log" 2>&1) &
  app=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null && return 0
    sleep 0.5
  done
  echo "the app did not start"; tail -n 30 "$WORK/app.log"; return 1
}
trap 'kill -9 $app 2>/dev/null || true; rm -rf "$WORK"' EXIT

echo "== Kill test on $DB"
start
python3 bench/kill.py burst "$PORT" "$app" "$WORK/state.json"
wait "$app" 2>/dev/null || true
start
python3 bench/kill.py check "$PORT" "$WORK/state.json"
