#!/usr/bin/env bash
# Graceful shutdown under load: readers fetch the article page on 32 connections; after a few
# seconds the portal gets SIGTERM. Expected: readiness goes down at once (the readers stop sending,
# as a load balancer would), no 5xx, no dropped in-flight request, and the process exits within
# 30 s (5 s drain + in-flight requests). Usage: bench/shutdown/graceful.sh [threads] [seconds-before-term]
set -euo pipefail
cd "$(dirname "$0")/../.."

THREADS=${1:-32}
BEFORE_TERM=${2:-5}
JAVA=$(ls -d /usr/lib/jvm/*/bin/java | while read -r j; do v=$("$j" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p'); [ "${v:-0}" -ge 21 ] && echo "$j"; done | tail -1)
JAR=$(ls target/physio-portal-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -DskipTests package; JAR=$(ls target/physio-portal-*.jar | grep -v original | head -1); fi

DATA=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
LOG="$DATA/app.log"
"$JAVA" -jar "$JAR" --server.port="$PORT" --portal.data-dir="$DATA" >"$LOG" 2>&1 &
APP=$!
trap 'kill -9 $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT

until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do
  kill -0 $APP 2>/dev/null || { echo "the portal did not start"; tail -50 "$LOG"; exit 1; }
  sleep 0.5
done
echo "portal up on port $PORT (pid $APP); $THREADS readers for ${BEFORE_TERM}s, then SIGTERM"

python3 bench/shutdown/readers.py 127.0.0.1 "$PORT" /en/articles/running-and-lower-back-pain "$THREADS" 60 >"$DATA/outcomes.json" &
READERS=$!
sleep "$BEFORE_TERM"
TERM_AT=$(date +%s.%N)
kill -TERM $APP
while kill -0 $APP 2>/dev/null; do sleep 0.05; done
EXIT_AT=$(date +%s.%N)
wait $READERS || true

OUTCOMES=$(cat "$DATA/outcomes.json")
EXIT_SECONDS=$(python3 -c "print(round($EXIT_AT - $TERM_AT, 2))")
echo "outcomes: $OUTCOMES"
echo "exit after SIGTERM: ${EXIT_SECONDS}s"
grep -E "Commencing graceful shutdown|Graceful shutdown complete|REFUSING_TRAFFIC" "$LOG" | sed 's/^/log: /' || true

python3 - "$OUTCOMES" "$EXIT_SECONDS" "$TERM_AT" <<'PY'
import json, sys
outcomes, seconds, term_at = json.loads(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
down_at = outcomes.pop("readiness_down_at", None)
print(f"readiness down {round(down_at - term_at, 2)}s after SIGTERM" if down_at else "readiness never seen down")
server_errors = sum(n for k, n in outcomes.items() if k.startswith("5"))
broken = outcomes.get("broken", 0)
ok = outcomes.get("200", 0)
problems = []
if server_errors: problems.append(f"{server_errors} responses with 5xx")
if broken: problems.append(f"{broken} in-flight requests dropped")
if ok == 0: problems.append("no successful request at all")
if seconds > 30: problems.append(f"exit took {seconds}s > 30s")
if down_at is None: problems.append("readiness never reported down")
print("PASS" if not problems else "FAIL: " + "; ".join(problems))
sys.exit(1 if problems else 0)
PY
