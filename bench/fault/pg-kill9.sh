#!/usr/bin/env bash
# Fault test: PostgreSQL itself is killed (kill -9 of the postmaster) and restarted while the
# portal keeps running and clients post comments with idempotency keys; afterwards every
# acknowledged comment must exist exactly once, and the portal must never have died.
#
#   bench/fault/pg-kill9.sh [kills] [clients]      (defaults: 3 4)
#
# CAUTION: this kills the machine's shared PostgreSQL cluster (the one on $FAULT_PG_PORT, 5432),
# and with it every other connection to it. The script waits up to FAULT_PG_QUIET_WAIT seconds
# (default 300) for other client sessions to end and refuses to go on while there are some,
# unless FAULT_PG_FORCE=1. PostgreSQL is started again on every exit, also after a failure.
#
# Environment: FAULT_MIN_UP / FAULT_MAX_UP  seconds of service between recovery and the next kill
# (default 2 and 5); see lib.sh for the others.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

DB_MODE=postgres
KILLS=${1:-3}
CLIENTS=${2:-4}
MIN_UP=${FAULT_MIN_UP:-2}
MAX_UP=${FAULT_MAX_UP:-5}
PG_READY_TIMES=()
ACKED_AT_KILL=0

# The cluster listening on $PG_PORT, from pg_lsclusters: sets PG_VERSION, PG_CLUSTER, PG_DATA.
find_cluster() {
  read -r PG_VERSION PG_CLUSTER PG_DATA < <(pg_lsclusters -h | awk -v port="$PG_PORT" '$3 == port { print $1, $2, $6 }')
  [ -n "${PG_DATA:-}" ] || die "no PostgreSQL cluster on port $PG_PORT in pg_lsclusters"
}

pg_ready() { pg_isready -h "$PG_HOST" -p "$PG_PORT" -q; }

# Starts the cluster, retrying while the killed postmaster's children still hold its shared memory.
start_postgres() {
  local i
  for i in $(seq 1 60); do
    pg_ready && return 0
    pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start >>"$WORK/pg-start.log" 2>&1 || true
    pg_ready && return 0
    sleep 1
  done
  return 1
}

# Other sessions that a kill would break (everything but our own database and this query).
other_sessions() {
  psql_admin -c "select count(*) from pg_stat_activity where backend_type = 'client backend'
                 and pid <> pg_backend_pid() and datname is distinct from '${DB_NAME:-}'"
}

wait_for_quiet() {
  local waited=0 limit=${FAULT_PG_QUIET_WAIT:-300} others
  [ "${FAULT_PG_FORCE:-0}" != 1 ] || return 0
  while others=$(other_sessions) && [ "$others" -gt 0 ]; do
    [ "$waited" -lt "$limit" ] || die "$others other sessions still use PostgreSQL; not killing it (FAULT_PG_FORCE=1 to insist)"
    [ $((waited % 30)) -ne 0 ] || log "waiting for $others other PostgreSQL sessions to end before killing it"
    sleep 5
    waited=$((waited + 5))
  done
}

cleanup() {
  local status=$?
  set +e
  if ! pg_ready; then
    log "PostgreSQL is down: starting it again"
    start_postgres || log "COULD NOT START PostgreSQL: pg_ctlcluster --skip-systemctl-redirect $PG_VERSION $PG_CLUSTER start"
  fi
  [ ${#CLIENT_PIDS[@]} -eq 0 ] || stop_clients
  [ -z "$APP_PID" ] || kill -9 "$APP_PID" 2>/dev/null
  drop_database
  if [ "$status" = 0 ] && [ "${FAULT_KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else log "kept $WORK"; fi
  exit "$status"
}

# One round: serve for a random while (and until a comment was acknowledged since the last kill),
# kill -9 the postmaster, start the cluster again, then time
# until PostgreSQL accepts connections and until the portal serves a page from the database again.
kill_postgres() {
  local round=$1 up pid killed_at service
  up=$(random_between "$MIN_UP" "$MAX_UP")
  sleep "$up"
  wait_for_progress "$ACKED_AT_KILL"
  wait_for_quiet
  ACKED_AT_KILL=$(acked_count)
  pid=$(head -1 "$PG_DATA/postmaster.pid")
  killed_at=$(now)
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  start_postgres || die "PostgreSQL did not start again (see $WORK/pg-start.log)"
  PG_READY_TIMES+=("$(elapsed "$killed_at" "$(now)")")
  until [ "$(http_status "$ARTICLE_PATH")" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || die "the portal died while PostgreSQL was down"
    [ "$(elapsed "$killed_at" "$(now)" | cut -d. -f1)" -lt 120 ] || die "the portal did not recover within 120 s"
    sleep 0.1
  done
  service=$(elapsed "$killed_at" "$(now)")
  RECOVERY_TIMES+=("$service")
  log "postgres kill $round/$KILLS (postmaster $pid) after ${up}s of service, $ACKED_AT_KILL acknowledged; accepting after ${PG_READY_TIMES[-1]}s, portal serving again after ${service}s"
}

main() {
  local started check round
  started=$(now)
  prepare_launch
  find_cluster
  WORK=$(mktemp -d /tmp/portal-pgkill9.XXXXXX)
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  trap cleanup EXIT
  trap 'exit 130' INT TERM # so that cleanup runs on Ctrl-C and kill too
  create_database
  log "pg-kill9: $KILLS kills of PostgreSQL $PG_VERSION/$PG_CLUSTER ($PG_DATA), $CLIENTS clients, portal at $BASE, work dir $WORK"

  start_app
  wait_ready 300
  [ "$(http_status "$ARTICLE_PATH")" = 200 ] || die "the article $ARTICLE_PATH is missing"
  start_clients "$CLIENTS"

  for round in $(seq 1 "$KILLS"); do kill_postgres "$round"; done

  # Let the clients post for a moment on the recovered database, stop them (a key in flight is
  # still acknowledged), then check while the portal keeps running: it must never have died.
  sleep "$(random_between "$MIN_UP" "$MAX_UP")"
  stop_clients
  kill -0 "$APP_PID" 2>/dev/null || die "the portal is no longer running"
  [ "$(collect_acked)" -gt 0 ] || die "no comment was acknowledged"
  check=$(check_postgres)
  stop_app
  RECOVERY_NOTE="(postmaster kill -> the portal serves the article again; portal restarts: 0)"
  EXTRA_REPORT=$'\n'"postgres accepting:       $(recovery_summary "${PG_READY_TIMES[@]}") (kill -> pg_isready)"
  report "kill -9 of PostgreSQL ($(elapsed "$started" "$(now)") s)" "$KILLS" "$check"
}

main "$@"
