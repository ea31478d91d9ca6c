#!/usr/bin/env bash
# Two builds of the portal side by side at steady state, on the companion's corpus that run.sh left
# (database bench_portal_companion): both run at once, each is warmed up for WARM seconds on the
# patient's day and on the therapist's desk (the JIT keeps compiling for minutes), then the two are
# measured in turn, ROUNDS times, so that a slow minute of the machine falls on both (rows: see
# steady.sh).
#
#   bench/companion/run.sh                                   (first: makes the corpus)
#   A_JAR=new.jar B_JAR=old.jar bench/companion/ab.sh         (ROUNDS 3, DURATION 20 s, WARM 120 s)
#
# Ports 20196 (A) and 20197 (B).
set -euo pipefail
export BENCH_HOME=${BENCH_HOME:-/tmp/bench-portal-companion}
export BENCH_PG_DB=${BENCH_PG_DB:-bench_portal_companion}
source "$(dirname "$0")/../lib/common.sh"
HERE=$(cd "$(dirname "$0")" && pwd)
[ -r "${A_JAR:-}" ] && [ -r "${B_JAR:-}" ] || die "set A_JAR and B_JAR to two portal jars"
OUT="$BENCH_HOME/ab/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
source "$HERE/steady.sh"

start "$A_JAR" 20196 A
A_PID=$APP_PID
start "$B_JAR" 20197 B
B_PID=$APP_PID
sign_in 20196

for port in 20196 20197; do
  load "$port" patients /en/my/today "$((WARM / 2))" >/dev/null
  load "$port" therapist /en/therapist "$((WARM / 2))" >/dev/null
done
log "both warmed up ($WARM s each); measuring $ROUNDS rounds"
echo_header
for round in $(seq 1 "$ROUNDS"); do
  measure "$round" A "$A_PID" 20196 patients /en/my/today
  measure "$round" B "$B_PID" 20197 patients /en/my/today
  measure "$round" A "$A_PID" 20196 therapist /en/therapist
  measure "$round" B "$B_PID" 20197 therapist /en/therapist
done
log "A = $(basename "$A_JAR"), B = $(basename "$B_JAR"); wrk output and logs: $OUT"
