#!/usr/bin/env bash
# Soak: mixed reading and commenting for a long time (default 30 minutes, not run in CI), sampling
# heap, database connections and threads every 30 s. Passes when, after the load stops, heap (after
# a full GC) and busy database connections are back at their warmed-up baseline and fewer than
# 0.1 % of requests failed.
#   bench/soak/soak.sh [h2|postgres] [minutes] [readers (wrk connections)] [commenters]
set -euo pipefail
# shellcheck source=../fault/lib.sh
source "$(dirname "$0")/../fault/lib.sh"

DB_MODE=${1:-h2}
MINUTES=${2:-30}
READERS=${3:-16}
COMMENTERS=${4:-4}
export FAULT_FAST_START=0 CLIENT_PAUSE=${CLIENT_PAUSE:-1}
CLIENT_ARTICLES=(/en/articles/running-and-lower-back-pain /en/articles/office-work-and-neck-pain
  /en/articles/knee-pain-in-runners /en/articles/golf-and-the-back)
command -v wrk >/dev/null || die "wrk is missing (apt-get install wrk)"

WORK=$(mktemp -d /tmp/portal-soak.XXXXXX)
DB_NAME=portal_soak_$$
cleanup() {
  [ -n "${WRK_PID:-}" ] && kill "$WRK_PID" 2>/dev/null || true
  stop_clients 2>/dev/null || true
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null || true
  [ "$DB_MODE" = postgres ] && drop_database || true
}
trap cleanup EXIT

metric() { # name [tag]: the metric's first measurement
  curl -s -m 5 "$BASE/actuator/metrics/$1${2:+?tag=$2}" | python3 -c 'import json,sys; print(int(json.load(sys.stdin)["measurements"][0]["value"]))' 2>/dev/null || echo -1
}
sample() { # label
  echo "$(date +%s),$1,$(metric jvm.memory.used area:heap),$(metric hikaricp.connections.active),$(metric hikaricp.connections),$(metric jvm.threads.live)" >>"$WORK/samples.csv"
}
full_gc() { jcmd "$APP_PID" GC.run >/dev/null 2>&1 || "$(dirname "$JAVA")/jcmd" "$APP_PID" GC.run >/dev/null; sleep 2; }

prepare_launch
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
[ "$DB_MODE" = postgres ] && create_database
export MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,metrics
start_app
wait_ready 240
echo "time,label,heap_bytes,db_active,db_total,threads" >"$WORK/samples.csv"
log "portal up ($DB_MODE, pid $APP_PID); warming up for 60 s"

wrk -t2 -c"$READERS" -d"$((MINUTES * 60 + 60))s" --latency -s "$(dirname "$0")/readers.lua" "$BASE" >"$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
start_clients "$COMMENTERS"
sleep 60
full_gc
sample baseline
log "baseline: $(tail -1 "$WORK/samples.csv")"

end=$(( $(date +%s) + MINUTES * 60 ))
while [ "$(date +%s)" -lt "$end" ]; do
  sleep 30
  sample load
  kill -0 "$APP_PID" 2>/dev/null || die "the portal died; see $WORK/app.log"
done

wait "$WRK_PID" || true
WRK_PID=""
stop_clients
sleep 10
full_gc
sample after
log "after:    $(tail -1 "$WORK/samples.csv")"

python3 - "$WORK" "$MINUTES" <<'PY'
import csv, glob, json, re, sys
work, minutes = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(f"{work}/samples.csv")))
base = next(r for r in rows if r["label"] == "baseline")
after = rows[-1]
load = [r for r in rows if r["label"] == "load"]
wrk = open(f"{work}/wrk.txt").read()
requests = int(re.search(r"(\d+) requests in", wrk).group(1))
non2xx = int((re.search(r"Non-2xx or 3xx responses: (\d+)", wrk) or [0, 0])[1])
socket = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", wrk))
p50 = re.search(r"50%\s+(\S+)", wrk).group(1)
p99 = re.search(r"99%\s+(\S+)", wrk).group(1)
stats = [json.load(open(f)) for f in glob.glob(f"{work}/clients/stats-*.json")]
acked = sum(s.get("acked", 0) for s in stats)
comment_errors = sum(s.get("conn_errors", 0) + s.get("http_5xx", 0) + s.get("unexpected", 0) for s in stats)
total = requests + acked
errors = non2xx + socket + comment_errors
mib = lambda b: round(int(b) / 1048576, 1)
heap_growth = int(after["heap_bytes"]) - int(base["heap_bytes"])
print(f"soak: {minutes} min; reads {requests} (p50 {p50}, p99 {p99}); comments acknowledged {acked}")
print(f"errors: {errors} of {total} = {100 * errors / max(total, 1):.4f} % (non-2xx {non2xx}, socket {socket}, comment {comment_errors})")
print(f"heap after full GC: baseline {mib(base['heap_bytes'])} MiB, after {mib(after['heap_bytes'])} MiB"
      f" (max under load {max(mib(r['heap_bytes']) for r in load) if load else '-'} MiB)")
print(f"db connections busy: baseline {base['db_active']}, after {after['db_active']} (pool {after['db_total']});"
      f" threads {base['threads']} -> {after['threads']}")
problems = []
if errors * 1000 > total: problems.append("error rate 0.1 % or more")
if int(after["db_active"]) > int(base["db_active"]): problems.append("database connections still busy")
if heap_growth > max(64 * 1048576, int(base["heap_bytes"]) // 4): problems.append(f"heap grew by {mib(heap_growth)} MiB")
print("PASS" if not problems else "FAIL: " + "; ".join(problems))
sys.exit(1 if problems else 0)
PY
