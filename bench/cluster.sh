#!/usr/bin/env bash
# The cluster test (issue 12): PostgreSQL as .ci/run starts it, two instances of the app on
# one database, Debian's nginx round-robin in front. Both start at the same moment on an empty
# database with the demo on (it must be created once). A parent signs up through the balancer
# and logs sessions while Today and the journal are read, the requests alternating between
# instances. Phase 1 stops instance A with SIGTERM mid-run (a graceful stop: no request may
# fail); A is started again. Phase 2 kills instance B with SIGKILL mid-run (only the requests
# B had in flight may fail). Then: still signed in, every acknowledged session in the journal,
# metrics closed without the token, JSON logs with request ids, and a pg_dump restored into
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
command -v nginx >/dev/null || { echo "nginx is missing (Debian package nginx-light)"; exit 1; }

psql_admin() { su postgres -c "psql -q -v ON_ERROR_STOP=1 $*"; }
psql_admin <<'SQL'
DROP DATABASE IF EXISTS relacta_cluster;
DROP DATABASE IF EXISTS relacta_restored;
CREATE DATABASE relacta_cluster OWNER relacta;
CREATE DATABASE relacta_restored OWNER relacta;
SQL
export RELACTA_DB_URL=jdbc:postgresql://127.0.0.1:5432/relacta_cluster RELACTA_DB_USER=relacta \
  RELACTA_DB_PASSWORD=relacta RELACTA_DEMO=true RELACTA_METRICS_TOKEN=$TOKEN

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
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  [ -n "${KEEP_WORK:-}" ] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

echo "== Cluster test: two instances on PostgreSQL behind nginx"
# A writes JSON logs (Elastic Common Schema); B the usual text lines.
start a "$PORT_A" --logging.structured.format.console=ecs
start b "$PORT_B"
healthy "$PORT_A"
healthy "$PORT_B"

user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user root;"
mkdir -p "$WORK/nginx"
cat > "$WORK/nginx.conf" <<NGINX
$user_line
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 256; }
http {
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  log_format upstream '\$request_id \$upstream_http_x_request_id \$status \$upstream_addr "\$request"';
  access_log $WORK/nginx-access.log upstream;
  upstream relacta {
    server 127.0.0.1:$PORT_A max_fails=0;
    server 127.0.0.1:$PORT_B max_fails=0;
  }
  server {
    listen 127.0.0.1:$LB;
    location / {
      proxy_pass http://relacta;
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Request-Id \$request_id;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
NGINX
nginx -c "$WORK/nginx.conf" -p "$WORK"

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
sleep 3 # nginx's fail_timeout: A takes requests again
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
python3 - "$WORK/a.log" "$WORK/nginx-access.log" <<'PY'
import json, sys
lines = [l for l in open(sys.argv[1]) if l.startswith("{")]
parsed = [json.loads(l) for l in lines]
assert parsed and all("@timestamp" in p and "log" in p or "log.level" in p for p in parsed), "A's logs are not JSON"
access = [l.split() for l in open(sys.argv[2])]
proxied = [a for a in access if a[1] != "-"]
assert proxied and all(a[0] == a[1] for a in proxied), "a request id was not passed through"
print(f"   A's log: {len(parsed)} JSON lines (ECS); nginx: {len(proxied)} requests whose id the app echoed back")
PY

echo "-- Backup and restore: pg_dump of the live database into an empty one"
PGPASSWORD=relacta pg_dump -h 127.0.0.1 -U relacta -Fc -f "$WORK/relacta.dump" relacta_cluster
PGPASSWORD=relacta pg_restore -h 127.0.0.1 -U relacta -d relacta_restored --no-owner "$WORK/relacta.dump"
PGPASSWORD=relacta psql -h 127.0.0.1 -U relacta -d relacta_restored -tA -c "
  select to_char(started_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI') || '|' || notes from logged_session
  where notes like 'cluster-%'" > "$WORK/restored.txt"
python3 bench/cluster.py restored "$WORK/state.json" "$WORK/restored.txt"
echo "== Cluster test passed"
