#!/usr/bin/env bash
# The companion's speed, the goals of issue 18, on PostgreSQL with 10,000 patients, 200 therapists and
# 2,000,000 logged sessions (corpus.sql, added to the demo content):
#   1. the patient's day (/en/my/today) p50 <= 10 ms at 16 connections (50 patients in turn); also
#      at 16 connections that each pause PACE ms between requests (today-paced: a steady load below
#      what the machine can answer, so the time a page takes rather than its wait in the queue);
#   2. the desk of a therapist with 300 patients (/en/therapist) p99 <= 100 ms at 16 connections (its
#      first page of 50, those needing attention first, in three rounds; also its last page,
#      /en/therapist?page=6);
#   3. a programme's handout PDF <= 300 ms (median of 20, one after another);
#   4. the portal's resident memory <= 1 GiB throughout.
#
#   bench/companion/run.sh            (environment: DURATION (20 s), WARMUP (30 s before each row),
#                                     JIT_WARMUP (180 s at the start of each build: two thirds on the
#                                     day, one on the desk), CONNS (16), PACE (100 ms: the pause of
#                                     each connection in the today-paced row))
#   COMPARE_JAR=old.jar bench/companion/run.sh    then the same pages again from another build of the
#                                     portal on the same data (side by side, one run)
#
# Port 20195, data under /tmp/bench-portal-companion, database bench_portal_companion (created afresh).
set -euo pipefail
export BENCH_HOME=${BENCH_HOME:-/tmp/bench-portal-companion}
export BENCH_PORT=${BENCH_PORT:-20195}
export BENCH_PG_DB=${BENCH_PG_DB:-bench_portal_companion}
source "$(dirname "$0")/../lib/common.sh"
HERE=$(cd "$(dirname "$0")" && pwd)
DURATION=${DURATION:-20} WARMUP=${WARMUP:-30} JIT_WARMUP=${JIT_WARMUP:-180} CONNS=${CONNS:-16} PACE=${PACE:-100}
THERAPISTS=200 PATIENTS=10000 PER_PATIENT=200
command -v wrk >/dev/null || die "wrk missing (apt-get install -y wrk)"
[ -z "${COMPARE_JAR:-}" ] || [ -r "$COMPARE_JAR" ] || die "COMPARE_JAR $COMPARE_JAR is not readable"

DB_MODE=postgres
OUT="$BENCH_HOME/results/$(date +%Y%m%d-%H%M%S)"
DATA_DIR="$BENCH_HOME/data"
APP_LOG="$OUT/app.log"
mkdir -p "$OUT"
rm -rf "$DATA_DIR"
trap stop_app EXIT

psql_admin -c "drop database if exists $PG_DB" >/dev/null
psql_admin -c "create database $PG_DB" >/dev/null
prepare_jar
JAVA=$(pick_java)
start_portal() {
  start_app --portal.demo.enabled=true \
    --portal.limits.login-ip.capacity=100000 --portal.limits.login-ip.period=1m \
    --portal.limits.login-account.capacity=100000 --portal.limits.login-account.period=1m
  local up
  up=$(wait_up 300)
  log "portal ($(basename "$APP_JAR")) UP after $up s"
}
start_portal

HASH=$(psql_db -c "select password_hash from account where email = '$ADMIN_EMAIL'")
[ -n "$HASH" ] || die "no bench admin account"
started=$(now)
psql_db -v therapists=$THERAPISTS -v patients=$PATIENTS -v per_patient=$PER_PATIENT -v hash="$HASH" \
  -f "$HERE/corpus.sql" >/dev/null
log "corpus loaded in $(elapsed "$started" "$(now)") s: $(psql_db -c "select count(*) from exercise_session") sessions"
# the same starting point as the compared build below: statistics made and the load written out,
# not autovacuum working through two million new rows during the first build's runs
psql_db -c "vacuum analyze" >/dev/null
psql_db -c "checkpoint" >/dev/null

# 50 of therapist1's patients, and therapist1 (300 patients) signed in
sign_in() {
  local emails
  emails=$(seq 1 6 300 | head -50 | sed 's/.*/patient&@bench.example/')
  # shellcheck disable=SC2086
  python3 "$BENCH_DIR/comments/login.py" --base "$BASE" --password "$ADMIN_PASSWORD" --emails $emails \
    >"$OUT/patients.txt"
  python3 "$BENCH_DIR/comments/login.py" --base "$BASE" --password "$ADMIN_PASSWORD" \
    --emails therapist1@bench.example >"$OUT/therapist.txt"
  # the desk's first view (the first of the day: every patient's figures computed and stored)
  desk_first=$(curl -s -o "$OUT/desk-first.html" -w '%{time_total}' \
    -H "Cookie: $(cut -d' ' -f1 "$OUT/therapist.txt")" "$BASE/en/therapist")
  desk_rows=$(grep -c 'href="/en/therapist/patients/' "$OUT/desk-first.html" || true)
  log "signed in: $(wc -l <"$OUT/patients.txt") patients, therapist1 (desk links: $desk_rows;" \
    "its first view: $(awk -v t="$desk_first" 'BEGIN { printf "%.0f", t * 1000 }') ms)"
}
sign_in

RSS_MAX=0
sample_rss() { local r; r=$(rss_mib "$APP_PID"); [ "$r" -le "$RSS_MAX" ] || RSS_MAX=$r; }

# warm <sessions file> <path> <seconds> [connections]: load that is not measured (none for 0 s)
warm() {
  local conns=${4:-$CONNS} threads=2
  [ "$conns" -ge 2 ] || threads=1
  [ "$3" -eq 0 ] || wrk -t$threads -c"$conns" -d"$3s" -s "$HERE/get.lua" "$BASE" -- "$1" "$2" >/dev/null
}

# run <name> <sessions file> <path> [connections] [pause ms] [warm-up s]: warm-up, then the measured
# run; prints the wrk summary lines. With a pause, each connection waits that long before each
# request (a steady load below the machine's capacity instead of as many requests as it can answer).
run() {
  local name=$1 sessions=$2 path=$3 conns=${4:-$CONNS} pause=${5:-0} warmup=${6:-$WARMUP} threads=2
  [ "$conns" -ge 2 ] || threads=1
  warm "$sessions" "$path" "$warmup" "$conns"
  wrk -t$threads -c"$conns" -d"${DURATION}s" --latency -s "$HERE/get.lua" "$BASE" -- "$sessions" "$path" "$pause" \
    >"$OUT/$name.wrk" &
  local wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do sample_rss; sleep 0.5; done
  wait "$wrk_pid"
  local p50 p99 rps bad
  p50=$(awk '$1 == "50%" { print $2 }' "$OUT/$name.wrk")
  p99=$(awk '$1 == "99%" { print $2 }' "$OUT/$name.wrk")
  rps=$(awk '/^Requests\/sec/ { print $2 }' "$OUT/$name.wrk")
  bad=$(awk -F': ' '/^non-200 answers/ { print $2 }' "$OUT/$name.wrk")
  echo "| $name | $conns | $rps | $p50 | $p99 | $bad |"
}

# pages <suffix>: the day and the desk at $CONNS connections and at one (the time a request takes
# when it does not queue behind others on the two cores). First the JIT's warm-up: on two saturated
# cores the JIT compiles for minutes, and a 30-second warm-up measured the day at 732 req/s where the
# same build, warm, answers ~1,150 (bench/README.md, "Sixth run").
pages() {
  local day=$((JIT_WARMUP * 2 / 3))
  warm "$OUT/patients.txt" /en/my/today "$day"
  warm "$OUT/therapist.txt" /en/therapist "$((JIT_WARMUP - day))"
  run "today$1" "$OUT/patients.txt" /en/my/today
  run "today-paced$1" "$OUT/patients.txt" /en/my/today "$CONNS" "$PACE" 0
  run "desk$1" "$OUT/therapist.txt" /en/therapist
  # two more rounds right after it: one 20-second round of a saturated machine is noisy
  run "desk-round2$1" "$OUT/therapist.txt" /en/therapist "$CONNS" 0 0
  run "desk-round3$1" "$OUT/therapist.txt" /en/therapist "$CONNS" 0 0
  run "desk-page6$1" "$OUT/therapist.txt" "/en/therapist?page=6"
  run "today-1$1" "$OUT/patients.txt" /en/my/today 1
  run "desk-1$1" "$OUT/therapist.txt" /en/therapist 1
}

echo "| target | conns | req/s | p50 | p99 | non-200 |"
echo "|---|---|---|---|---|---|"
pages ""

# the handout of patient1's programme, as the patient downloads it (HANDOUT: a path with ID for its id)
PROGRAMME_ID=$(psql_db -c "select p.id from programme p join account a on a.id = p.patient_id
  where a.email = 'patient1@bench.example'")
HANDOUT=${HANDOUT:-/en/my/programmes/ID/handout.pdf}
HANDOUT_PATH=${HANDOUT//ID/$PROGRAMME_ID}
COOKIE=$(head -1 "$OUT/patients.txt" | cut -d' ' -f1)
status=$(curl -s -o "$OUT/handout.pdf" -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$HANDOUT_PATH")
if [ "$status" = 200 ]; then
  for i in $(seq 1 25); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $COOKIE" "$BASE$HANDOUT_PATH" >>"$OUT/handout.times"
    sample_rss
  done
  tail -20 "$OUT/handout.times" | sort -n | awk '{ t[NR] = $1 } END { printf "handout PDF (%d bytes): median %.1f ms, max %.1f ms of 20\n", '"$(stat -c %s "$OUT/handout.pdf")"', (t[10] + t[11]) * 500, t[NR] * 1000 }'
else
  echo "handout PDF: $HANDOUT_PATH answered $status (not measured)"
fi
sample_rss
echo "resident memory: max $RSS_MAX MiB sampled during the runs"

if [ -n "${COMPARE_JAR:-}" ]; then
  stop_app
  # the same starting point: without the access entries the first build's desk views wrote
  psql_db -c "truncate health_access" >/dev/null
  psql_db -c "vacuum analyze" >/dev/null
  APP_JAR=$COMPARE_JAR RSS_MAX=0
  start_portal
  sign_in
  echo "the same data, from $(basename "$COMPARE_JAR"):"
  echo "| target | conns | req/s | p50 | p99 | non-200 |"
  echo "|---|---|---|---|---|---|"
  pages "-compare"
  echo "resident memory of $(basename "$COMPARE_JAR"): max $RSS_MAX MiB sampled during its runs"
fi
log "wrk output and the app log: $OUT"
