# Shared by ab.sh and floor.sh (sourced after ../lib/common.sh): several portals on the companion's
# corpus (database bench_portal_companion, made by run.sh) at once, measured at steady state in turn.
# Each measured row: wrk at CONNS connections for DURATION seconds (req/s, p50, p99) and the CPU time
# per request of that portal's JVM and of the PostgreSQL server processes over the run (/proc), which
# varies less than req/s on a shared two-core machine.
ROUNDS=${ROUNDS:-3} DURATION=${DURATION:-20} WARM=${WARM:-120} CONNS=${CONNS:-16}
command -v wrk >/dev/null || die "wrk missing (apt-get install -y wrk)"
[ "$(psql_admin -c "select count(*) from pg_database where datname = '$PG_DB'")" = 1 ] ||
  die "no database $PG_DB: run bench/companion/run.sh first"
DB_MODE=postgres
JAVA=$(pick_java)
PIDS=()
stop_all() { for APP_PID in "${PIDS[@]}"; do stop_app; done; }
trap stop_all EXIT

# start <jar> <port> <name> [Spring arguments]: the portal on the corpus' database (APP_PID)
start() {
  local name=$3
  ! curl -s -m 2 -o /dev/null "http://127.0.0.1:$2/" || die "port $2 is taken (another portal still running?)"
  APP_JAR=$1 BENCH_PORT=$2 BASE="http://127.0.0.1:$2" DATA_DIR="$BENCH_HOME/steady-data-$3" APP_LOG="$OUT/$3.log"
  shift 3
  rm -rf "$DATA_DIR"
  start_app --portal.demo.enabled=true \
    --portal.limits.login-ip.capacity=100000 --portal.limits.login-ip.period=1m \
    --portal.limits.login-account.capacity=100000 --portal.limits.login-account.period=1m "$@"
  PIDS+=("$APP_PID")
  local up
  up=$(wait_up 300)
  log "$name ($(basename "$APP_JAR")) UP after $up s"
}

# sign_in <port>: 50 of therapist1's patients and therapist1 (the sessions are shared: Spring Session
# in PostgreSQL), in $OUT/patients.txt and $OUT/therapist.txt
sign_in() {
  local emails
  emails=$(seq 1 6 300 | head -50 | sed 's/.*/patient&@bench.example/')
  # shellcheck disable=SC2086
  python3 "$BENCH_DIR/comments/login.py" --base "http://127.0.0.1:$1" --password "$ADMIN_PASSWORD" \
    --emails $emails >"$OUT/patients.txt"
  python3 "$BENCH_DIR/comments/login.py" --base "http://127.0.0.1:$1" --password "$ADMIN_PASSWORD" \
    --emails therapist1@bench.example >"$OUT/therapist.txt"
}

ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
pg_ticks() {
  local sum=0 pid
  for pid in $(pgrep -u postgres postgres); do sum=$((sum + $(ticks "$pid" 2>/dev/null || echo 0))); done
  echo "$sum"
}
HZ=$(getconf CLK_TCK)

# load <port> <sessions> <path> <seconds> [--latency]: wrk's output
load() {
  wrk -t2 -c"$CONNS" -d"$4s" ${5:-} -s "$HERE/get.lua" "http://127.0.0.1:$1" -- "$OUT/$2.txt" "$3"
}

echo_header() {
  echo "| round | page | build | req/s | p50 | p99 | Java ms/request | PostgreSQL ms/request | non-200 |"
  echo "|---|---|---|---|---|---|---|---|---|"
}

# measure <round> <build> <pid> <port> <sessions> <path>: one row
measure() {
  local j0 p0 j1 p1 out
  j0=$(ticks "$3") p0=$(pg_ticks)
  out=$(load "$4" "$5" "$6" "$DURATION" --latency)
  j1=$(ticks "$3") p1=$(pg_ticks)
  echo "$out" >"$OUT/$1-$2-$5.wrk"
  echo "$out" | awk -v round="$1" -v build="$2" -v page="$6" -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v hz="$HZ" '
    /requests in/ { n = $1 } /^Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 }
    /^non-200 answers/ { bad = $3 }
    END { printf "| %s | %s | %s | %s | %s | %s | %.2f | %.2f | %s |\n", round, page, build, rps, p50, p99,
          j * 1000 / hz / n, p * 1000 / hz / n, bad }'
}
