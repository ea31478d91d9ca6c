# Shared functions of the fault tests (sourced by kill9.sh and pg-kill9.sh, not run on its own).
#
# Settings (environment):
#   FAULT_JAVA        java to run the portal (default: the newest JDK >= 21 under /usr/lib/jvm)
#   FAULT_FAST_START  1 (default): run the extracted jar with a JDK AOT cache and C1 only, which
#                     cuts a restart from ~30 s to ~6 s on a small machine; 0: plain java -jar
#   FAULT_KEEP        1: keep the work directory (logs, acked keys) even when the test passed
#   FAULT_PG_HOST / FAULT_PG_PORT   PostgreSQL for the postgres runs (127.0.0.1 / 5432, user postgres)

FAULT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$FAULT_DIR/../.." && pwd)
PG_HOST=${FAULT_PG_HOST:-127.0.0.1}
PG_PORT=${FAULT_PG_PORT:-5432}
ARTICLE_PATH=/en/articles/running-and-lower-back-pain
# The articles the clients comment on, one after another (the soak spreads its comments).
CLIENT_ARTICLES=("$ARTICLE_PATH")
ADMIN_EMAIL=fault-admin@fault.example
ADMIN_PASSWORD=Kill9-Fault-Admin-Pw

APP_PID=""
CLIENT_PIDS=()
RECOVERY_TIMES=()

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
# A random number of seconds in [min, max], two decimals.
random_between() { awk -v lo="$1" -v hi="$2" -v seed="$RANDOM$RANDOM" 'BEGIN { srand(seed); printf "%.2f", lo + (hi - lo) * rand() }'; }

# --- the portal --------------------------------------------------------------------------------

# shellcheck source=../lib/java.sh
source "$FAULT_DIR/../lib/java.sh"
pick_java() { newest_java "${FAULT_JAVA:-}" FAULT_JAVA; }

# Prepares $LAUNCH_DIR (under target/, reused while the jar is unchanged): the jar extracted with
# Spring Boot's jarmode tools (also gives the exact H2 jar for the checks) and, for fast starts, a
# JDK AOT cache recorded by one training start that exits after the context refresh.
prepare_launch() {
  JAVA=$(pick_java)
  local jar stamp
  jar=$(app_jar)
  LAUNCH_DIR="$REPO_DIR/target/fault-launch"
  stamp="$(stat -c '%s %Y' "$jar") $JAVA fast=${FAULT_FAST_START:-1}"
  if [ "$(cat "$LAUNCH_DIR/stamp" 2>/dev/null)" != "$stamp" ]; then
    log "extracting $(basename "$jar") to $LAUNCH_DIR"
    rm -rf "$LAUNCH_DIR"
    "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$LAUNCH_DIR" >&2
    if [ "${FAULT_FAST_START:-1}" = 1 ]; then
      log "recording a JDK AOT cache (one training start, about 30 s)"
      local training
      training=$(mktemp -d /tmp/portal-aot.XXXXXX)
      # shellcheck disable=SC2046
      "$JAVA" $(jvm_options) -XX:AOTCacheOutput="$LAUNCH_DIR/app.aot" -Dspring.context.exit=onRefresh \
        -jar "$LAUNCH_DIR/$(basename "$jar")" --server.port=0 --server.address=127.0.0.1 \
        --portal.data-dir="$training/data" --portal.demo.enabled=false >"$training/training.log" 2>&1 \
        || { tail -20 "$training/training.log" >&2; die "AOT training start failed"; }
      rm -rf "$training"
    fi
    echo "$stamp" >"$LAUNCH_DIR/stamp"
  fi
  APP_JAR="$LAUNCH_DIR/$(basename "$jar")"
  H2_JAR=$(ls "$LAUNCH_DIR"/lib/h2-*.jar | head -1)
}

jvm_options() {
  echo "-Xmx768m"
  if [ "${FAULT_FAST_START:-1}" = 1 ]; then echo "-XX:TieredStopAtLevel=1"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts the portal in the background on $PORT with data in $WORK/data; sets APP_PID (the java
# process itself, so that kill -9 hits the JVM and not a wrapper shell). $DB_MODE: h2 or postgres.
start_app() {
  local aot=()
  if [ "${FAULT_FAST_START:-1}" = 1 ] && [ -f "$LAUNCH_DIR/app.aot" ]; then aot=(-XX:AOTCache="$LAUNCH_DIR/app.aot"); fi
  echo "=== start $(date -Is)" >>"$WORK/app.log"
  (
    export PORTAL_ADMIN_EMAIL=$ADMIN_EMAIL PORTAL_ADMIN_PASSWORD=$ADMIN_PASSWORD
    if [ "$DB_MODE" = postgres ]; then
      export SPRING_PROFILES_ACTIVE=postgres PORTAL_DB_USER=postgres PORTAL_DB_PASSWORD=""
      export PORTAL_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME"
    fi
    # shellcheck disable=SC2046
    exec "$JAVA" $(jvm_options) "${aot[@]}" -jar "$APP_JAR" \
      --server.address=127.0.0.1 --server.port="$PORT" \
      --portal.data-dir="$WORK/data" --portal.demo.enabled=true --portal.mail.mode=log \
      --portal.limits.comment-post.capacity=1000000 --portal.limits.comment-post.period=1m \
      --portal.limits.login-ip.capacity=1000000 --portal.limits.login-ip.period=1m \
      --portal.limits.login-account.capacity=1000000 --portal.limits.login-account.period=1m
  ) >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
}

# Waits until readiness answers UP (at most $1 seconds, default 180); fails if the JVM died.
wait_ready() {
  local limit=${1:-180} start
  start=$(now)
  until curl -fsS -m 2 "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; die "the portal exited during start"; }
    [ "$(elapsed "$start" "$(now)" | cut -d. -f1)" -lt "$limit" ] || die "not ready within ${limit}s"
    sleep 0.1
  done
}

kill9_app() {
  kill -9 "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

# SIGTERM (graceful shutdown), kill -9 after 40 s.
stop_app() {
  [ -n "$APP_PID" ] || return 0
  kill "$APP_PID" 2>/dev/null || true
  local i
  for i in $(seq 1 400); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

# An HTTP status for a GET (000 when unreachable).
http_status() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE$1" || true; }

# --- clients -----------------------------------------------------------------------------------

start_clients() {
  local n=$1 i
  mkdir -p "$WORK/clients"
  for i in $(seq 1 "$n"); do
    python3 "$FAULT_DIR/client.py" --base "$BASE" --email "$ADMIN_EMAIL" --password "$ADMIN_PASSWORD" \
      --article "${CLIENT_ARTICLES[$(( (i - 1) % ${#CLIENT_ARTICLES[@]} ))]}" --id "$i" --out "$WORK/clients" \
      --stop-file "$WORK/stop" --max-seconds "${FAULT_CLIENT_SECONDS:-3600}" --pause "${CLIENT_PAUSE:-0}" &
    CLIENT_PIDS+=($!)
  done
}

# Asks the clients to stop (a key in flight is resent while the portal is up, else abandoned).
stop_clients() {
  touch "$WORK/stop"
  local pid i
  for pid in "${CLIENT_PIDS[@]}"; do
    for i in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  CLIENT_PIDS=()
}

# Sum of one field over the clients' stats files.
client_total() {
  python3 - "$WORK/clients" "$1" <<'EOF'
import glob, json, os, sys
total = 0
for path in glob.glob(os.path.join(sys.argv[1], "stats-*.json")):
    value = json.load(open(path)).get(sys.argv[2], 0)
    total = max(total, value) if sys.argv[2].startswith("max_") else total + value
print(total)
EOF
}

client_statuses() {
  python3 - "$WORK/clients" <<'EOF'
import collections, glob, json, os, sys
total = collections.Counter()
for path in glob.glob(os.path.join(sys.argv[1], "stats-*.json")):
    total.update(json.load(open(path))["statuses"])
print(" ".join(f"{k}:{v}" for k, v in sorted(total.items())) or "-")
EOF
}

acked_count() { cat "$WORK"/clients/acked-*.csv 2>/dev/null | wc -l; }

# Waits (at most $2 seconds, default 60) until more than $1 comments are acknowledged, so that
# every kill hits clients that are really writing, also on a slow machine where the first
# requests after a restart take seconds.
wait_for_progress() {
  local baseline=$1 limit=${2:-60} start
  start=$(now)
  while [ "$(acked_count)" -le "$baseline" ]; do
    [ "$(elapsed "$start" "$(now)" | cut -d. -f1)" -lt "$limit" ] || die "no comment acknowledged for ${limit}s"
    sleep 0.1
  done
}

# All acknowledged keys in one file ("key,id,time" lines).
collect_acked() {
  cat "$WORK"/clients/acked-*.csv 2>/dev/null >"$WORK/acked.csv" || true
  wc -l <"$WORK/acked.csv" | tr -d ' '
}

# --- PostgreSQL ----------------------------------------------------------------------------------

psql_admin() { psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtAX "$@"; }

create_database() {
  DB_NAME="portal_fault_$(date +%s)_$$"
  psql_admin -c "create database $DB_NAME" >/dev/null
  log "created database $DB_NAME"
}

drop_database() {
  [ -n "${DB_NAME:-}" ] || return 0
  psql_admin -c "drop database if exists $DB_NAME with (force)" >/dev/null 2>&1 \
    && log "dropped database $DB_NAME" || log "could not drop database $DB_NAME"
  DB_NAME=""
}

# --- the check -----------------------------------------------------------------------------------

# Prints "acked lost duplicated wrong_id duplicate_bodies rows replayed" for the acknowledged keys
# in $WORK/acked.csv against table comment: lost = acknowledged but absent, duplicated = present
# more than once, wrong_id = the row's id is not the one the 303 named, duplicate_bodies = a test
# body stored twice (under any key), rows = test comments stored in all, replayed = keys whose
# comment was stored by an earlier attempt that got no answer (created before the answered attempt
# was sent), so that the resend was answered from the idempotency key.
CHECK_SELECT="
  (select count(*) from acked) as acked,
  (select count(*) from acked a where not exists (select 1 from comment c where c.idempotency_key = a.k)) as lost,
  (select count(*) from acked a where (select count(*) from comment c where c.idempotency_key = a.k) > 1) as dup,
  (select count(*) from acked a join comment c on c.idempotency_key = a.k where c.id <> a.id) as wrong_id,
  (select count(*) from (select body from comment where body like 'fault test %' group by body having count(*) > 1) d) as dup_bodies,
  (select count(*) from comment where body like 'fault test %') as test_rows,
  (select count(*) from acked a join comment c on c.idempotency_key = a.k
    where a.n > 1 and extract(epoch from c.created_at) < a.s) as replayed"

check_postgres() {
  psql_admin -d "$DB_NAME" -F ' ' <<EOF
create temp table acked (k varchar(64), id bigint, t double precision, n int, s double precision);
\copy acked from '$WORK/acked.csv' with (format csv)
select $CHECK_SELECT;
EOF
}

# Opens the H2 files directly with the H2 shell of the same H2 version (the portal must be stopped:
# H2 file databases are single-process) and reads the acknowledged keys with CSVREAD.
check_h2() {
  local sql
  sql="with acked as (select k, cast(id as bigint) id, cast(n as int) n, cast(s as double precision) s
                      from csvread('$WORK/acked.csv', 'K,ID,T,N,S', 'charset=UTF-8'))
       select $CHECK_SELECT"
  "$JAVA" -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/data/db/portal" -user sa -password "" \
    -sql "$sql" | awk -F' *[|] *' '/^\([0-9]+ rows?,/ { print row; exit } { $1 = $1; row = $0 }'
}

# --- the report ----------------------------------------------------------------------------------

# "mean .. s, max .. s (n recoveries)" of a list of seconds (default: RECOVERY_TIMES).
recovery_summary() {
  [ $# -gt 0 ] || set -- "${RECOVERY_TIMES[@]}"
  printf '%s\n' "$@" | awk 'NF { n++; s += $1; if ($1 > m) m = $1 }
    END { if (n) printf "mean %.2f s, max %.2f s (%d recoveries)", s / n, m, n; else printf "none" }'
}

# Prints the report; returns non-zero when an acknowledged comment is lost or duplicated.
report() {
  local title=$1 kills=$2 check=$3
  local acked lost dup wrong dupbody rows replayed
  read -r acked lost dup wrong dupbody rows replayed <<<"$check"
  [ -n "$replayed" ] || die "the check query gave no result: '$check'"
  cat <<EOF | tee "$WORK/report.txt"

==== $title ====
kills survived:           $kills
clients:                  $CLIENTS
requests acknowledged:    $acked (keys; $rows test comments stored, $(client_total abandoned) keys abandoned unacknowledged at the end)
POST attempts:            $(client_total attempts)
retries (resends):        $(client_total resends) resends of $(client_total retried_keys) keys (max $(client_total max_attempts_per_key) attempts for one key)
idempotent replays:       $replayed keys stored by an attempt that got no answer, acknowledged on a resend
client-side errors:       $(client_total conn_errors) connection errors, $(client_total http_5xx) answers 5xx, $(client_total relogins) session renewals, $(client_total unexpected) unexpected
answers to POST:          $(client_statuses)
recovery time:            $(recovery_summary) ${RECOVERY_NOTE:-}${EXTRA_REPORT:-}
LOSSES:                   $lost
DUPLICATES:               $dup (keys), $dupbody (bodies)
wrong comment id:         $wrong
work directory:           $WORK
EOF
  [ "$lost" = 0 ] && [ "$dup" = 0 ] && [ "$dupbody" = 0 ] && [ "$wrong" = 0 ]
}
