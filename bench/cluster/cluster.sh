#!/usr/bin/env bash
# The three-node test: three portal nodes (ports 21080-21082) on one fresh PostgreSQL database and
# one OpenSearch node (21095, the embedded runner the search-opensearch module's tests use, with the
# outbox-polling coordination), nginx (Debian's package, installed when missing) balancing them on
# 21090 without sticky sessions.
# Prints a PASS/FAIL line per claim and exits non-zero on any FAIL; stops everything it started.
#
#   bench/cluster/cluster.sh [short|long]      (short: CI, a few minutes; long: repeated, with figures)
#
# Environment: CLUSTER_KEEP=1 keeps the work directory (node logs, nginx log, client files);
# FAULT_JAVA / FAULT_FAST_START / FAULT_PG_HOST / FAULT_PG_PORT as in bench/fault/lib.sh.
set -euo pipefail

# shellcheck source=../fault/lib.sh
source "$(dirname "$0")/../fault/lib.sh"
CLUSTER_DIR=$(cd "$(dirname "$0")" && pwd)

MODE=${1:-short}
case "$MODE" in short | long) ;; *) die "usage: $0 [short|long]" ;; esac
NODE_PORTS=(21080 21081 21082)
LB_PORT=21090
OPENSEARCH_PORT=21095
OPENSEARCH_PID=""
BASE="http://127.0.0.1:$LB_PORT" # the clients of the kill test go through the balancer
NODE_URLS=("http://127.0.0.1:21080" "http://127.0.0.1:21081" "http://127.0.0.1:21082")
NODE_PIDS=("" "" "")
NGINX_PID=""
SCHEDULED_SLUG=golf-and-the-back
REMEMBER_ME_KEY=$(head -c 24 /dev/urandom | base64)
FAILURES=0
FIGURES=()

verdict() { # verdict <ok 0|1> <text>
  if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; FAILURES=$((FAILURES + 1)); fi
}

cleanup() {
  local status=$?
  set +e
  [ ${#CLIENT_PIDS[@]} -eq 0 ] || stop_clients
  local i
  for i in 0 1 2; do [ -z "${NODE_PIDS[$i]}" ] || kill -9 "${NODE_PIDS[$i]}" 2>/dev/null; done
  for i in 0 1 2; do [ -z "${NODE_PIDS[$i]}" ] || wait "${NODE_PIDS[$i]}" 2>/dev/null; done
  if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID" 2>/dev/null; fi
  if [ -n "$OPENSEARCH_PID" ]; then
    kill "$OPENSEARCH_PID" 2>/dev/null
    for i in $(seq 1 100); do kill -0 "$OPENSEARCH_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$OPENSEARCH_PID" 2>/dev/null
    wait "$OPENSEARCH_PID" 2>/dev/null
  fi
  drop_database
  if [ "$status" = 0 ] && [ "${CLUSTER_KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else log "kept $WORK"; fi
  exit "$status"
}

ensure_nginx() {
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] && return 0
  log "installing nginx (Debian package)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
}

start_nginx() {
  mkdir -p "$WORK/nginx"
  local user_line=""
  [ "$(id -u)" != 0 ] || user_line="user root;"
  sed -e "s|@WORK@|$WORK/nginx|g" -e "s|@USER@|$user_line|" -e "s|@PORT@|$LB_PORT|" \
    "$CLUSTER_DIR/nginx.conf" >"$WORK/nginx/nginx.conf"
  local nginx=nginx
  command -v nginx >/dev/null 2>&1 || nginx=/usr/sbin/nginx
  "$nginx" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log" &
  NGINX_PID=$!
  local i
  for i in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$LB_PORT/" && return 0; sleep 0.1; done
  die "nginx did not start (see $WORK/nginx/error.log)"
}

# One OpenSearch node on loopback (bench/cluster/opensearch: OpenSearch Runner's class path from Maven
# Central, started by a single-file Java program), its log in $WORK/opensearch.log.
start_opensearch() {
  log "resolving OpenSearch Runner (bench/cluster/opensearch/pom.xml)"
  "$REPO_DIR/mvnw" -q -B -f "$CLUSTER_DIR/opensearch/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$WORK/opensearch.classpath" >"$WORK/opensearch-maven.log" 2>&1 \
    || { tail -20 "$WORK/opensearch-maven.log" >&2; die "could not resolve OpenSearch Runner"; }
  : >"$WORK/opensearch.log"
  "$JAVA" -Xmx768m --enable-native-access=ALL-UNNAMED -cp "$(cat "$WORK/opensearch.classpath")" \
    "$CLUSTER_DIR/opensearch/OpenSearchNode.java" "$OPENSEARCH_PORT" "$WORK/opensearch" >"$WORK/opensearch.log" 2>&1 &
  OPENSEARCH_PID=$!
  local i
  for i in $(seq 1 600); do
    grep -q "OpenSearch ready" "$WORK/opensearch.log" && return 0
    kill -0 "$OPENSEARCH_PID" 2>/dev/null || { tail -30 "$WORK/opensearch.log" >&2; die "OpenSearch exited during start"; }
    sleep 0.2
  done
  die "OpenSearch not ready within 120 s (see $WORK/opensearch.log)"
}

# start_node <0|1|2>: a node in the background, its log in $WORK/node<n>.log.
start_node() {
  local i=$1 aot=()
  if [ "${FAULT_FAST_START:-1}" = 1 ] && [ -f "$LAUNCH_DIR/app.aot" ]; then aot=(-XX:AOTCache="$LAUNCH_DIR/app.aot"); fi
  echo "=== start $(date -Is)" >>"$WORK/node$((i + 1)).log"
  (
    export SPRING_PROFILES_ACTIVE=postgres,opensearch PORTAL_DB_USER=postgres PORTAL_DB_PASSWORD=""
    export PORTAL_SEARCH_URIS="http://127.0.0.1:$OPENSEARCH_PORT" PORTAL_SEARCH_COORDINATION=outbox-polling
    export PORTAL_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME"
    export PORTAL_ADMIN_EMAIL=$ADMIN_EMAIL PORTAL_ADMIN_PASSWORD=$ADMIN_PASSWORD
    export PORTAL_REMEMBER_ME_KEY=$REMEMBER_ME_KEY
    # shellcheck disable=SC2046
    exec "$JAVA" $(jvm_options) "${aot[@]}" -jar "$APP_JAR" \
      --server.address=127.0.0.1 --server.port="${NODE_PORTS[$i]}" \
      --portal.data-dir="$WORK/node$((i + 1))" --portal.media.dir="$WORK/media" \
      --portal.demo.enabled=true --portal.mail.mode=log --portal.shutdown.drain=0s \
      --portal.limits.comment-post.capacity=1000000 --portal.limits.comment-post.period=1m \
      --portal.limits.login-ip.capacity=1000000 --portal.limits.login-ip.period=1m
  ) >>"$WORK/node$((i + 1)).log" 2>&1 &
  NODE_PIDS[$i]=$!
}

wait_node() { # wait_node <i> [seconds]
  local i=$1 limit=${2:-300} start
  start=$(now)
  until curl -fsS -m 2 "${NODE_URLS[$i]}/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "${NODE_PIDS[$i]}" 2>/dev/null || { tail -30 "$WORK/node$((i + 1)).log" >&2; die "node $((i + 1)) exited during start"; }
    [ "$(elapsed "$start" "$(now)" | cut -d. -f1)" -lt "$limit" ] || die "node $((i + 1)) not ready within ${limit}s"
    sleep 0.2
  done
}

checks() { python3 "$CLUSTER_DIR/checks.py" "$@"; }

run_check() { # run_check <args...>: its PASS/FAIL lines pass through; figures are kept
  local out status=0
  out=$(checks "$@" 2>&1) || status=$?
  grep -E '^(PASS|FAIL) ' <<<"$out" || true
  FAILURES=$((FAILURES + $(grep -c '^FAIL ' <<<"$out" || true)))
  if [ "$status" != 0 ] && ! grep -q '^FAIL ' <<<"$out"; then # a check that crashed checked nothing
    echo "FAIL $1: checks.py ended with status $status and no verdict:"
    tail -5 <<<"$out"
    FAILURES=$((FAILURES + 1))
  fi
  local figure
  while read -r figure; do FIGURES+=("$figure"); done < <(awk '/^figure / { print $2 "=" $3 }' <<<"$out")
}

# The scheduled publication: the article's publish-at moves 20 s ahead (a plain UPDATE, announced to
# no one); whichever node's announcer runs after that time announces it, once for the cluster.
schedule_publication() {
  SCHEDULED_ID=$(psql_admin -d "$DB_NAME" -c \
    "update article set published_at = now() + interval '20 seconds' where lang = 'en' and slug = '$SCHEDULED_SLUG' returning id" | head -1)
  [ -n "$SCHEDULED_ID" ] || die "no article $SCHEDULED_SLUG to schedule"
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "${NODE_URLS[0]}/en/articles/$SCHEDULED_SLUG")
  verdict "$([ "$status" = 404 ] && echo 0 || echo 1)" "scheduled: before its time the article is not served ($status)"
}

check_publication() {
  local deadline count i status ok=0
  deadline=$(($(date +%s) + 150))
  while :; do
    count=$(cat "$WORK"/node?.log | grep -c "Went live: ARTICLE $SCHEDULED_ID\$" || true)
    [ "$count" -ge 1 ] || [ "$(date +%s)" -ge "$deadline" ] || { sleep 1; continue; }
    break
  done
  if [ "$MODE" = long ]; then sleep 65; fi # every node's announcer has run again since
  count=$(cat "$WORK"/node?.log | grep -c "Went live: ARTICLE $SCHEDULED_ID\$" || true)
  verdict "$([ "$count" = 1 ] && echo 0 || echo 1)" "scheduled: announced exactly once in the cluster ($count announcements in 3 node logs)"
  sleep 1 # the announcing node's NOTIFY empties the others' caches
  for i in 0 1 2; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "${NODE_URLS[$i]}/en/articles/$SCHEDULED_SLUG")
    [ "$status" = 200 ] || ok=1
  done
  verdict "$ok" "scheduled: live on all three nodes after the announcement"
}

# kill -9 of a node while clients post comments through the balancer (rounds: 1 short, 3 long).
kill_under_load() {
  local rounds=$1 round victim killed_at
  CLIENTS=${CLUSTER_CLIENTS:-2}
  start_clients "$CLIENTS"
  wait_for_progress 0 120
  for round in $(seq 1 "$rounds"); do
    victim=$(( (round % 3) ))
    sleep 2
    killed_at=$(now)
    kill -9 "${NODE_PIDS[$victim]}"
    wait "${NODE_PIDS[$victim]}" 2>/dev/null || true
    NODE_PIDS[$victim]=""
    local acked
    acked=$(acked_count)
    wait_for_progress "$acked" 60 # the other two go on serving
    log "node $((victim + 1)) killed; comments acknowledged meanwhile: $(( $(acked_count) - acked ))"
    start_node "$victim"
    wait_node "$victim"
    FIGURES+=("node_restart_seconds=$(elapsed "$killed_at" "$(now)")")
  done
  sleep 2
  stop_clients
  [ "$(collect_acked)" -gt 0 ] || die "no comment was acknowledged"
  local check acked lost dup wrong dupbody rows replayed
  check=$(check_postgres)
  read -r acked lost dup wrong dupbody rows replayed <<<"$check"
  verdict "$([ "$lost$dup$dupbody$wrong" = 0000 ] && echo 0 || echo 1)" \
    "kill -9: $rounds node(s) killed under load, $acked acknowledged comments, lost $lost, duplicated $dup"
  local unexpected
  unexpected=$(client_total unexpected)
  verdict "$([ "$unexpected" = 0 ] && echo 0 || echo 1)" \
    "kill -9: clients saw no error beyond their retry ($(client_total resends) resends; $(client_total http_5xx) 5xx and $(client_total conn_errors) connection errors before a resend; $unexpected unexpected answers)"
  local renewals
  renewals=$(client_total relogins)
  verdict "$([ "$renewals" = 0 ] && echo 0 || echo 1)" \
    "kill -9: the clients' logins survived the loss of a node ($renewals sessions renewed: a lost session would fail the CSRF check and be renewed)"
  FIGURES+=("comments_acknowledged=$acked" "resends=$(client_total resends)" "answers=$(client_statuses | tr ' ' ',')")
}

main() {
  local started i
  started=$(now)
  command -v psql >/dev/null || die "psql is missing"
  ensure_nginx
  prepare_launch
  WORK=$(mktemp -d /tmp/portal-cluster.XXXXXX)
  mkdir -p "$WORK/media"
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  DB_NAME="portal_cluster_$(date +%s)_$$"
  psql_admin -c "create database $DB_NAME" >/dev/null
  log "cluster ($MODE): database $DB_NAME, nodes ${NODE_PORTS[*]}, balancer $LB_PORT, OpenSearch $OPENSEARCH_PORT, work dir $WORK"
  start_opensearch

  start_node 0
  wait_node 0 # the first node migrates the schema and loads the demo content
  start_node 1
  start_node 2
  wait_node 1
  wait_node 2
  start_nginx
  FIGURES+=("cluster_start_seconds=$(elapsed "$started" "$(now)")")
  schedule_publication

  run_check session --nodes "${NODE_URLS[@]}" --email "$ADMIN_EMAIL" --password "$ADMIN_PASSWORD"
  run_check limit --balancer "$BASE" --nodes "${NODE_URLS[@]}"
  run_check cache --writer "${NODE_URLS[1]}" --reader "${NODE_URLS[2]}" --email "$ADMIN_EMAIL" \
    --password "$ADMIN_PASSWORD" --repeat "$([ "$MODE" = short ] && echo 1 || echo 10)"
  run_check search --nodes "${NODE_URLS[@]}" --email "$ADMIN_EMAIL" --password "$ADMIN_PASSWORD"
  kill_under_load "$([ "$MODE" = short ] && echo 1 || echo 3)"
  # a killed node's shard of the outbox waits until its agent's pulse expires (30 s), then another
  # node takes it over: a save right after a kill is indexed late, never lost
  run_check search --nodes "${NODE_URLS[@]}" --email "$ADMIN_EMAIL" --password "$ADMIN_PASSWORD" \
    --within 45 --label "search after a kill"
  check_publication

  echo "figures: ${FIGURES[*]}"
  echo "cluster $MODE: $FAILURES failure(s) in $(elapsed "$started" "$(now)") s"
  [ "$FAILURES" = 0 ]
}

main
