#!/usr/bin/env bash
# Anonymous page cache, side by side in one run: the article page with the cache off and on (two
# portals on their own ports and data folders), conditional requests (If-None-Match -> 304), and
# nginx serving a saved copy of the same page (peers.sh, ../shared/peers). wrk at 16 and 64
# connections, 20 s each, through peers.sh so that every target is measured the same way.
# PASS when the cached page reaches half of nginx's rate at 64 connections with p99 <= 20 ms.
#
# Usage: bench/pagecache/run.sh            (PEERS=path/to/peers.sh, DURATION, CONNS, WARMUP as peers.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."

PEERS=${PEERS:-../shared/peers/peers.sh}
SLUG=/en/articles/running-and-lower-back-pain
export DURATION=${DURATION:-20} CONNS=${CONNS:-"16 64"} WARMUP=${WARMUP:-30}
# shellcheck source=../lib/common.sh
source bench/lib/common.sh
JAVA=$(pick_java)
JAR=$(app_jar)
command -v wrk >/dev/null || { echo "wrk missing (apt-get install -y wrk)"; exit 1; }

WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start_portal() {  # name cache-enabled -> sets PORT_<name>
  local name=$1 enabled=$2 port
  port=$(free_port)
  mkdir -p "$WORK/$name"
  "$JAVA" -Xmx512m -jar "$JAR" --server.port="$port" --portal.data-dir="$WORK/$name" \
    --portal.page-cache.enabled="$enabled" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  printf -v "PORT_$name" '%s' "$port"
}
wait_ready() {  # port log
  until curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null; do
    grep -q "APPLICATION FAILED" "$2" && { tail -40 "$2"; exit 1; }; sleep 1
  done
}

start_portal off false
start_portal on true
wait_ready "$PORT_off" "$WORK/off.log"
wait_ready "$PORT_on" "$WORK/on.log"
OFF="http://127.0.0.1:$PORT_off$SLUG"
ON="http://127.0.0.1:$PORT_on$SLUG"
echo "cache off: $OFF"
echo "cache on:  $ON"

# nginx's copy of exactly what an anonymous reader gets (same bytes, same size)
"$PEERS" start >/dev/null
BASE=${PEERS_BASE:-${TMPDIR:-/tmp}/perfpeers}
mkdir -p "$BASE/static/portal-article"
curl -fs "$ON" -o "$BASE/static/portal-article/index.html"
STATIC="http://127.0.0.1:${STATIC_PORT:-8082}/portal-article/"
echo "static copy: $STATIC ($(stat -c %s "$BASE/static/portal-article/index.html") bytes)"

"$PEERS" bench "nginx_static=$STATIC" "portal_cache_off=$OFF" "portal_cache_on=$ON" | tee "$WORK/bench.txt"

# conditional requests: a client (or CDN) revalidating its copy
ETAG=$(curl -fsI "$ON" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
wrk -t2 -c16 -d5s -H "If-None-Match: $ETAG" "$ON" >/dev/null
echo
echo "| target | conns | req/s | p50 | p99 |"
echo "|---|---|---|---|---|"
for c in $CONNS; do
  wrk -t2 -c"$c" -d"${DURATION}s" --latency -H "If-None-Match: $ETAG" "$ON" >"$WORK/304-$c.txt"
  grep -q "Non-2xx or 3xx responses" "$WORK/304-$c.txt" && echo "(some answers were not 304/2xx)"
  printf '| portal_304 | %s | %s | %s | %s |\n' "$c" "$(awk '/^Requests\/sec/{print $2}' "$WORK/304-$c.txt")" \
    "$(awk '$1=="50%"{print $2}' "$WORK/304-$c.txt")" "$(awk '$1=="99%"{print $2}' "$WORK/304-$c.txt")"
done
curl -s -o /dev/null -w "check: If-None-Match answered %{http_code}\n" -H "If-None-Match: $ETAG" "$ON"

python3 - "$WORK/bench.txt" <<'PY'
import re, sys
rows = {}
for line in open(sys.argv[1]):
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) >= 5 and cells[1].isdigit():
        rows[(cells[0], int(cells[1]))] = cells
def ms(v):
    m = re.match(r"([\d.]+)(us|ms|s)", v); f = {"us": 0.001, "ms": 1, "s": 1000}
    return float(m.group(1)) * f[m.group(2)] if m else float("inf")
on, static, off = rows.get(("portal_cache_on", 64)), rows.get(("nginx_static", 64)), rows.get(("portal_cache_off", 64))
if not (on and static):
    print("FAIL: missing rows"); sys.exit(1)
ratio = float(on[2]) / float(static[2])
print(f"64 connections: cache on {on[2]} req/s (p99 {on[4]}), nginx {static[2]} req/s -> {ratio:.2f}x nginx"
      + (f"; cache off {off[2]} req/s (p99 {off[4]}) -> cache gives {float(on[2]) / float(off[2]):.0f}x" if off else ""))
problems = []
if ratio < 0.5: problems.append(f"{ratio:.2f}x nginx < 0.5x")
if ms(on[4]) > 20: problems.append(f"p99 {on[4]} > 20 ms")
print("PASS" if not problems else "FAIL: " + "; ".join(problems))
PY
