#!/usr/bin/env bash
# Two builds of the portal side by side at steady state, on the companion's corpus that run.sh left
# (database bench_portal_companion): both run at once, each is warmed up for WARM seconds on the
# patient's day and on the therapist's desk (the JIT keeps compiling for minutes), then the two are
# measured in turn, ROUNDS times, so that a slow minute of the machine falls on both. Each row: wrk at
# 16 connections for DURATION seconds (req/s, p50, p99) and the CPU time per request of the portal's
# JVM and of the PostgreSQL server processes over that run (/proc), which varies less than req/s on
# a shared two-core machine.
#
#   bench/companion/run.sh                                   (first: makes the corpus)
#   A_JAR=new.jar B_JAR=old.jar bench/companion/ab.sh         (ROUNDS 3, DURATION 20 s, WARM 120 s)
#
# Ports 20196 (A) and 20197 (B); the sessions are shared (Spring Session in PostgreSQL).
set -euo pipefail
export BENCH_HOME=${BENCH_HOME:-/tmp/bench-portal-companion}
export BENCH_PG_DB=${BENCH_PG_DB:-bench_portal_companion}
source "$(dirname "$0")/../lib/common.sh"
HERE=$(cd "$(dirname "$0")" && pwd)
ROUNDS=${ROUNDS:-3} DURATION=${DURATION:-20} WARM=${WARM:-120} CONNS=${CONNS:-16}
[ -r "${A_JAR:-}" ] && [ -r "${B_JAR:-}" ] || die "set A_JAR and B_JAR to two portal jars"
command -v wrk >/dev/null || die "wrk missing (apt-get install -y wrk)"
[ "$(psql_admin -c "select count(*) from pg_database where datname = '$PG_DB'")" = 1 ] ||
  die "no database $PG_DB: run bench/companion/run.sh first"

DB_MODE=postgres
JAVA=$(pick_java)
OUT="$BENCH_HOME/ab/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
PIDS=()
stop_all() { for APP_PID in "${PIDS[@]}"; do stop_app; done; }
trap stop_all EXIT

# start <jar> <port> <name>: the portal on the corpus' database; prints its pid
start() {
  APP_JAR=$1 BENCH_PORT=$2 BASE="http://127.0.0.1:$2" DATA_DIR="$BENCH_HOME/ab-data-$3" APP_LOG="$OUT/$3.log"
  rm -rf "$DATA_DIR"
  start_app --portal.demo.enabled=true \
    --portal.limits.login-ip.capacity=100000 --portal.limits.login-ip.period=1m \
    --portal.limits.login-account.capacity=100000 --portal.limits.login-account.period=1m
  PIDS+=("$APP_PID")
  local up
  up=$(wait_up 300)
  log "$3 ($(basename "$1")) UP after $up s"
}
start "$A_JAR" 20196 A
A_PID=$APP_PID
start "$B_JAR" 20197 B
B_PID=$APP_PID

emails=$(seq 1 6 300 | head -50 | sed 's/.*/patient&@bench.example/')
# shellcheck disable=SC2086
python3 "$BENCH_DIR/comments/login.py" --base http://127.0.0.1:20196 --password "$ADMIN_PASSWORD" \
  --emails $emails >"$OUT/patients.txt"
python3 "$BENCH_DIR/comments/login.py" --base http://127.0.0.1:20196 --password "$ADMIN_PASSWORD" \
  --emails therapist1@bench.example >"$OUT/therapist.txt"

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

for port in 20196 20197; do
  load "$port" patients /en/my/today "$((WARM / 2))" >/dev/null
  load "$port" therapist /en/therapist "$((WARM / 2))" >/dev/null
done
log "both warmed up ($WARM s each); measuring $ROUNDS rounds"
echo "| round | page | build | req/s | p50 | p99 | Java ms/request | PostgreSQL ms/request | non-200 |"
echo "|---|---|---|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  measure "$round" A "$A_PID" 20196 patients /en/my/today
  measure "$round" B "$B_PID" 20197 patients /en/my/today
  measure "$round" A "$A_PID" 20196 therapist /en/therapist
  measure "$round" B "$B_PID" 20197 therapist /en/therapist
done
log "A = $(basename "$A_JAR"), B = $(basename "$B_JAR"); wrk output and logs: $OUT"
