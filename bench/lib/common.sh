# Shared functions of the benchmark scripts (sourced by corpus/load.sh, run.sh, comments/post.sh).
#
# Settings (environment):
#   BENCH_JAVA       java to run the portal (default: the newest JDK >= 21 under /usr/lib/jvm)
#   BENCH_JVM_OPTS   JVM options of the portal (default: -Xmx768m; a production-like heap cap)
#   BENCH_PORT       port of the portal (default 8095)
#   BENCH_HOME       corpora, data directories and logs (default /tmp/bench-portal)
#   BENCH_PG_HOST / BENCH_PG_PORT / BENCH_PG_DB   PostgreSQL (127.0.0.1 / 5432 / bench_portal, user postgres)

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
BENCH_HOME=${BENCH_HOME:-/tmp/bench-portal}
BENCH_PORT=${BENCH_PORT:-8095}
BASE="http://127.0.0.1:$BENCH_PORT"
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_DB=${BENCH_PG_DB:-bench_portal}
ADMIN_EMAIL=bench-admin@bench.example
# Also the password of every generated member (they share the admin's Argon2 hash).
ADMIN_PASSWORD=Bench-Admin-Pw-2026
SEED_PATH=/en/articles/running-and-lower-back-pain

APP_PID=""

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# shellcheck source=java.sh
source "$(dirname "${BASH_SOURCE[0]}")/java.sh"
pick_java() { newest_java "${BENCH_JAVA:-}" BENCH_JAVA; }

# The application jar (built with the Maven wrapper when target/ has none) and the H2 jar inside it,
# for the bulk load and the checks (H2 file databases open with the same H2 version only).
prepare_jar() {
  JAVA=$(pick_java)
  APP_JAR=$(app_jar)
  mkdir -p "$BENCH_HOME/lib"
  H2_JAR="$BENCH_HOME/lib/h2-for-$(stat -c '%s-%Y' "$APP_JAR").jar"
  if [ ! -s "$H2_JAR" ]; then
    python3 - "$APP_JAR" "$H2_JAR" <<'EOF'
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    name = next(n for n in z.namelist() if re.match(r"BOOT-INF/lib/h2-[0-9.]+\.jar$", n))
    open(sys.argv[2], "wb").write(z.read(name))
EOF
  fi
}

# The jar extracted to $BENCH_HOME/launch (AOT_JAR) and a JDK AOT cache (AOT_CACHE) recorded by one
# training start that exits after the context refresh, with the database and data of this run.
prepare_aot() {
  local dir="$BENCH_HOME/launch" stamp
  stamp="$(stat -c '%s %Y' "$APP_JAR") $JAVA $DB_MODE $DATA_DIR"
  AOT_JAR="$dir/$(basename "$APP_JAR")" AOT_CACHE="$dir/app.aot"
  if [ "$(cat "$dir/stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$dir"
    "$JAVA" -Djarmode=tools -jar "$APP_JAR" extract --destination "$dir" >/dev/null
    log "recording a JDK AOT cache (one training start)"
    (
      if [ "$DB_MODE" = postgres ]; then
        export SPRING_PROFILES_ACTIVE=postgres PORTAL_DB_USER=postgres PORTAL_DB_PASSWORD=""
        export PORTAL_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB"
      fi
      # shellcheck disable=SC2086
      "$JAVA" ${BENCH_JVM_OPTS:--Xmx768m} -XX:AOTCacheOutput="$AOT_CACHE" -Dspring.context.exit=onRefresh \
        -jar "$AOT_JAR" --server.address=127.0.0.1 --server.port=0 --portal.data-dir="$DATA_DIR" --portal.mail.mode=log
    ) >>"$APP_LOG" 2>&1 || die "AOT training start failed (see $APP_LOG)"
    echo "$stamp" >"$dir/stamp"
  fi
}

# Starts the portal in the background; sets APP_PID (the JVM itself) and APP_STARTED (epoch).
#   APP_LAUNCH=extracted: the jar extracted by prepare_aot; APP_LAUNCH=aot: that and its AOT cache.
#   $DB_MODE h2|postgres, $DATA_DIR, $APP_LOG; extra Spring arguments as "$@".
start_app() {
  echo "=== start $(date -Is)" >>"$APP_LOG"
  APP_STARTED=$(now)
  (
    export PORTAL_ADMIN_EMAIL=$ADMIN_EMAIL PORTAL_ADMIN_PASSWORD=$ADMIN_PASSWORD
    if [ "$DB_MODE" = postgres ]; then
      export SPRING_PROFILES_ACTIVE=postgres PORTAL_DB_USER=postgres PORTAL_DB_PASSWORD=""
      export PORTAL_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB"
    fi
    # shellcheck disable=SC2086
    jar=$APP_JAR aot=()
    case ${APP_LAUNCH:-} in
      extracted) jar=$AOT_JAR ;;
      aot) jar=$AOT_JAR aot=(-XX:AOTCache="$AOT_CACHE") ;;
      "") ;;
      *) echo "APP_LAUNCH must be empty, extracted or aot, not '$APP_LAUNCH'" >&2; exit 2 ;;
    esac
    exec "$JAVA" ${BENCH_JVM_OPTS:--Xmx768m} "${aot[@]}" -jar "$jar" \
      --server.address=127.0.0.1 --server.port="$BENCH_PORT" \
      --portal.data-dir="$DATA_DIR" --portal.mail.mode=log "$@"
  ) >>"$APP_LOG" 2>&1 &
  APP_PID=$!
}

# Waits until /actuator/health answers UP (at most $1 seconds, default 180); prints the seconds
# since the process started. Fails if the JVM died.
wait_up() {
  local limit=${1:-180}
  until curl -fsS -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$APP_LOG" >&2; die "the portal exited during start"; }
    [ "$(elapsed "$APP_STARTED" "$(now)" | cut -d. -f1)" -lt "$limit" ] || die "not UP within ${limit}s"
    sleep 0.05
  done
  elapsed "$APP_STARTED" "$(now)"
}

# Number of lines of the app log, so that later waits look only at what follows.
log_mark() { wc -l <"$APP_LOG" | tr -d ' '; }

# Waits (at most $3 s) until a line matching the regex $2 appears after line $1 of the log; prints it.
wait_log() {
  local mark=$1 pattern=$2 limit=${3:-600} start line
  start=$(now)
  while :; do
    line=$(tail -n +"$((mark + 1))" "$APP_LOG" | grep -E -m1 "$pattern" || true)
    [ -n "$line" ] && { echo "$line"; return 0; }
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$APP_LOG" >&2; die "the portal exited while waiting for /$pattern/"; }
    [ "$(elapsed "$start" "$(now)" | cut -d. -f1)" -lt "$limit" ] || die "no /$pattern/ in the log within ${limit}s"
    sleep 0.2
  done
}

# SIGTERM (graceful shutdown: 5 s readiness drain), kill -9 after 60 s.
stop_app() {
  [ -n "$APP_PID" ] || return 0
  kill "$APP_PID" 2>/dev/null || true
  local i
  for i in $(seq 1 600); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

rss_mib() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# --- databases ------------------------------------------------------------------------------------

psql_admin() { psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtAX "$@"; }
psql_db() { psql_admin -d "$PG_DB" "$@"; }

# Runs SQL (argument or stdin with "-") against the H2 file database of $DATA_DIR (portal stopped).
h2_sql() {
  local url="jdbc:h2:file:$DATA_DIR/db/portal"
  if [ "$1" = - ]; then
    # a 1 GiB page cache: the comment table's five secondary indexes get random inserts
    "$JAVA" -Xmx2g -cp "$H2_JAR" org.h2.tools.RunScript -url "$url;CACHE_SIZE=1048576" -user sa -password "" -script /dev/stdin
  else
    "$JAVA" -cp "$H2_JAR" org.h2.tools.Shell -url "$url" -user sa -password "" -sql "$1"
  fi
}
