#!/usr/bin/env bash
# Fault test: the portal is killed with kill -9 at random moments while clients post comments with
# idempotency keys; afterwards every acknowledged comment must exist exactly once.
#
#   bench/fault/kill9.sh [h2|postgres] [kills] [clients]      (defaults: h2 10 4)
#
# Environment: FAULT_MIN_UP / FAULT_MAX_UP  seconds of service between readiness UP and the next
# kill (default 1 and 4); see lib.sh for the others. Exits non-zero on any loss or duplicate.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

DB_MODE=${1:-h2}
KILLS=${2:-10}
CLIENTS=${3:-4}
MIN_UP=${FAULT_MIN_UP:-1}
MAX_UP=${FAULT_MAX_UP:-4}
ACKED_AT_KILL=0
case "$DB_MODE" in h2 | postgres) ;; *) die "usage: $0 [h2|postgres] [kills] [clients]" ;; esac

cleanup() {
  local status=$?
  set +e
  [ ${#CLIENT_PIDS[@]} -eq 0 ] || stop_clients
  [ -z "$APP_PID" ] || kill -9 "$APP_PID" 2>/dev/null
  [ "$DB_MODE" != postgres ] || drop_database
  if [ "$status" = 0 ] && [ "${FAULT_KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else log "kept $WORK"; fi
  exit "$status"
}

# One round: let the portal serve for a random 1-4 s (longer only if no comment was acknowledged
# since the last kill yet), kill -9 it, start it again and time the recovery (kill -> readiness UP).
kill_and_restart() {
  local round=$1 up killed_at
  up=$(random_between "$MIN_UP" "$MAX_UP")
  sleep "$up"
  wait_for_progress "$ACKED_AT_KILL"
  ACKED_AT_KILL=$(acked_count)
  killed_at=$(now)
  kill9_app
  start_app
  wait_ready
  RECOVERY_TIMES+=("$(elapsed "$killed_at" "$(now)")")
  log "kill $round/$KILLS after $(elapsed "$READY_AT" "$killed_at")s of service (drawn: ${up}s), $ACKED_AT_KILL acknowledged; ready again after ${RECOVERY_TIMES[-1]}s"
  READY_AT=$(now)
}

main() {
  local started check round
  started=$(now)
  prepare_launch
  WORK=$(mktemp -d /tmp/portal-kill9.XXXXXX)
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  trap cleanup EXIT
  trap 'exit 130' INT TERM # so that cleanup runs on Ctrl-C and kill too
  [ "$DB_MODE" != postgres ] || create_database
  log "kill9 on $DB_MODE: $KILLS kills, $CLIENTS clients, portal at $BASE, work dir $WORK"

  start_app
  wait_ready 300 # the first start also loads the demo content
  READY_AT=$(now)
  [ "$(http_status "$ARTICLE_PATH")" = 200 ] || die "the article $ARTICLE_PATH is missing"
  start_clients "$CLIENTS"

  for round in $(seq 1 "$KILLS"); do kill_and_restart "$round"; done

  # The portal runs again after the last kill: the clients stop (a key in flight is still
  # acknowledged), the restarted portal must serve the article, then the database is checked.
  stop_clients
  [ "$(collect_acked)" -gt 0 ] || die "no comment was acknowledged"
  [ "$(http_status "$ARTICLE_PATH")" = 200 ] || die "the article does not load after the last restart"
  if [ "$DB_MODE" = postgres ]; then
    check=$(check_postgres)
    stop_app
  else
    stop_app # H2 file databases open in one process only
    check=$(check_h2)
  fi
  RECOVERY_NOTE="(kill -9 -> readiness UP)"
  report "kill -9 of the portal on $DB_MODE ($(elapsed "$started" "$(now)") s)" "$KILLS" "$check"
}

main "$@"
