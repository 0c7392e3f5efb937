#!/usr/bin/env bash
# The cluster test (issue 12): PostgreSQL as .ci/run starts it, two instances of the app on
# one database, Debian's HAProxy round-robin in front, checking each instance's readiness. Both start at the same moment on an empty
# database with the demo on (it must be created once). A parent signs up through the balancer
# and logs sessions while Today and the journal are read, the requests alternating between
# instances. Phase 1 stops instance A with SIGTERM mid-run (a graceful stop: no request may
# fail); A is started again. Phase 2 kills instance B with SIGKILL mid-run (only the requests
# B had in flight may fail). Then: still signed in, every acknowledged session in the journal,
# metrics closed without the token, JSON logs, the balancer's request id in every answer, and a pg_dump restored into
# an empty database holding every acknowledged session.
#   bash bench/cluster.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$(mktemp -d)
chmod 755 "$WORK"
LB=${LB_PORT:-18180}
PORT_A=${PORT_A:-18181}
PORT_B=${PORT_B:-18182}
TOKEN=cluster-metrics-token

jar=$(ls target/relacta-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/relacta-*.jar | grep -v plain | head -n 1)
fi
jar="$ROOT/$jar"
command -v haproxy >/dev/null || { echo "HAProxy is missing (Debian package haproxy)"; exit 1; }

psql_admin() { su postgres -c "psql -q -v ON_ERROR_STOP=1 $*"; }
psql_admin <<'SQL'
DROP DATABASE IF EXISTS relacta_cluster;
DROP DATABASE IF EXISTS relacta_restored;
CREATE DATABASE relacta_cluster OWNER relacta;
CREATE DATABASE relacta_restored OWNER relacta;
SQL
export RELACTA_DB_URL=jdbc:postgresql://127.0.0.1:5432/relacta_cluster RELACTA_DB_USER=relacta \
  RELACTA_DB_PASSWORD=relacta RELACTA_DEMO=true RELACTA_METRICS_TOKEN=$TOKEN RELACTA_SHUTDOWN_DRAIN=2s \
  RELACTA_TRUSTED_PROXIES='127\.0\.0\.1'

declare -A pids
start() { # name port [extra args]
  local name=$1 port=$2
  shift 2
  (cd "$WORK" && exec java -Xmx384m -jar "$jar" --spring.profiles.active=postgres --server.port="$port" \
    --spring.datasource.hikari.maximum-pool-size=10 "$@" >> "$WORK/$name.log" 2>&1) &
  pids[$name]=$!
}
healthy() { # port
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null && return 0
    sleep 0.5
  done
  echo "the instance on port $1 did not start"; tail -n 40 "$WORK"/*.log; return 1
}
cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true
  [ -n "${KEEP_WORK:-}" ] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

echo "== Cluster test: two instances on PostgreSQL behind HAProxy"
# A writes JSON logs (Elastic Common Schema); B the usual text lines.
start a "$PORT_A" --logging.structured.format.console=ecs
start b "$PORT_B"
healthy "$PORT_A"
healthy "$PORT_B"

cat > "$WORK/haproxy.cfg" <<HAPROXY
global
  pidfile $WORK/haproxy.pid
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  # A connection an instance refuses (stopped, dead) is tried on the other; a request it
  # received is never sent twice.
  retries 2
  option redispatch
  retry-on conn-failure
frontend relacta
  bind 127.0.0.1:$LB
  http-request set-header X-Request-Id %[uuid]
  http-request set-header X-Forwarded-Proto http
  option forwardfor
  default_backend instances
backend instances
  balance roundrobin
  # Readiness, checked every 300 ms: a stopping instance says "not ready" first and keeps
  # serving (relacta.shutdown.drain) until no new request is sent to it.
  option httpchk GET /actuator/health/readiness
  http-response set-header X-Upstream %[srv_name]
  server a 127.0.0.1:$PORT_A check inter 300ms fall 1 rise 2
  server b 127.0.0.1:$PORT_B check inter 300ms fall 1 rise 2
HAPROXY
haproxy -D -f "$WORK/haproxy.cfg"
for _ in $(seq 1 40); do
  curl -fs "http://127.0.0.1:$LB/actuator/health/readiness" >/dev/null && break
  sleep 0.25
done

echo "-- The demo, with both instances started together on an empty database:"
demo=$(PGPASSWORD=relacta psql -h 127.0.0.1 -U relacta -d relacta_cluster -tA -c "
  select (select count(*) from account where email in ('demo@relacta.example', 'consultant@relacta.example'))
    || ' accounts, ' || (select count(*) from consultant_note) || ' note, '
    || (select count(*) from logged_session) || ' sessions'")
created=$(grep -c "Created the demo parent" "$WORK"/a.log "$WORK"/b.log | awk -F: '{s+=$2} END {print s}')
echo "   $demo; created by $created instance(s)"
case "$demo" in "2 accounts, 1 note, "*) ;; *) echo "FAILED: the demo was not created exactly once"; exit 1 ;; esac
[ "$created" = 1 ] || { echo "FAILED: the demo was created by $created instances"; exit 1; }

python3 bench/cluster.py prepare "$LB" "$WORK/state.json"
echo "-- Phase 1: instance A stopped with SIGTERM mid-run (graceful: requests in flight finish)"
python3 bench/cluster.py load "$LB" "$WORK/state.json" graceful "${pids[a]}" SIGTERM
wait "${pids[a]}" 2>/dev/null || true
grep -q "Graceful shutdown complete" "$WORK/a.log" || { echo "FAILED: A did not shut down gracefully"; exit 1; }
start a "$PORT_A" --logging.structured.format.console=ecs
healthy "$PORT_A"
sleep 2 # HAProxy's checks see A ready again (rise 2 at 300 ms)
echo "-- Phase 2: instance B killed with SIGKILL mid-run"
python3 bench/cluster.py load "$LB" "$WORK/state.json" kill "${pids[b]}" SIGKILL
wait "${pids[b]}" 2>/dev/null || true
python3 bench/cluster.py check "$LB" "$WORK/state.json"

echo "-- Metrics and logs"
anonymous=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$LB/actuator/prometheus")
scraped=$(curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$LB/actuator/prometheus")
[ "$anonymous" = 401 ] || { echo "FAILED: metrics answered $anonymous without the token"; exit 1; }
grep -q 'http_server_requests_seconds_count{.*uri="/journal"' <<<"$scraped" \
  || { echo "FAILED: no per-route request metrics"; exit 1; }
grep -q 'hikaricp_connections_active' <<<"$scraped" || { echo "FAILED: no pool metrics"; exit 1; }
echo "   /actuator/prometheus: 401 without the token; with it $(grep -c '^http_server_requests_seconds_count' <<<"$scraped") route series, the pool and the JVM"
python3 - "$WORK/a.log" <<'PY'
import json, sys
parsed = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
assert parsed and all("@timestamp" in p and "log" in p for p in parsed), "A's logs are not JSON"
print(f"   A's log: {len(parsed)} JSON lines (ECS)")
PY
echo "-- Backup and restore: pg_dump of the live database into an empty one"
PGPASSWORD=relacta pg_dump -h 127.0.0.1 -U relacta -Fc -f "$WORK/relacta.dump" relacta_cluster
PGPASSWORD=relacta pg_restore -h 127.0.0.1 -U relacta -d relacta_restored --no-owner "$WORK/relacta.dump"
PGPASSWORD=relacta psql -h 127.0.0.1 -U relacta -d relacta_restored -tA -c "
  select to_char(started_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI') || '|' || notes from logged_session
  where notes like 'cluster-%'" > "$WORK/restored.txt"
python3 bench/cluster.py restored "$WORK/state.json" "$WORK/restored.txt"
echo "== Cluster test passed"
