#!/usr/bin/env bash
# Syndication speed, the goals of issue 20, in one run:
#   1. the public API's exercise list, 50 a page, page cache on: p99 <= 20 ms at 64 connections
#      (first page and a deep page: page 100 of the English exercises);
#   2. an Atom feed (/en/feed.xml) from the page cache vs nginx serving the same bytes: >= 0.5x.
# Also reported: the list rendered per request (the first request of each of 20 other pages, a
# page-cache miss each), 304 answers to If-None-Match, and the list to clients that accept gzip.
#
#   bench/syndication/run.sh [--corpus ex100k|1k|100k|demo] [--db postgres|h2]
#
# The corpus (default ex100k: the 100k corpus's 20,000 exercises and 2,000 videos with 1k's articles,
# which loads in minutes instead of the 100k corpus's ~40) is loaded by corpus/load.sh when missing.
# Ports in 20000-20999 (portal 20095, nginx 20096), data under /tmp/bench-portal-syndication and
# PostgreSQL database bench_portal_syndication, so that it does not meet the other benchmarks.
# The API's per-address rate limit is raised for the run (every wrk connection is 127.0.0.1).
# Environment: WARMUP (10), DURATION (20), CONNS ("16 64"), THREADS (2), BENCH_UP_LIMIT (seconds a
# start may take, 300; also read by corpus/load.sh), BENCH_* as lib/common.sh.
set -euo pipefail
export BENCH_HOME=${BENCH_HOME:-/tmp/bench-portal-syndication}
export BENCH_PORT=${BENCH_PORT:-20095}
export BENCH_PG_DB=${BENCH_PG_DB:-bench_portal_syndication}
NGINX_PORT=${NGINX_PORT:-20096}
source "$(dirname "$0")/../lib/common.sh"

CORPUS=ex100k DB_MODE=postgres
while [ $# -gt 0 ]; do
  case $1 in
    --corpus) CORPUS=$2; shift ;;
    --db) DB_MODE=$2; shift ;;
    *) sed -n '2,18p' "$0"; exit 2 ;;
  esac
  shift
done
WARMUP=${WARMUP:-10} DURATION=${DURATION:-20} CONNS=${CONNS:-"16 64"} THREADS=${THREADS:-2}
command -v wrk >/dev/null || die "wrk missing (apt-get install -y wrk)"
command -v nginx >/dev/null || die "nginx missing (apt-get install -y nginx-light)"

WORK="$BENCH_HOME/$DB_MODE-$CORPUS"
DATA_DIR="$WORK/data"
OUT="$BENCH_HOME/results/$(date +%Y%m%d-%H%M%S)-$DB_MODE-$CORPUS"
APP_LOG="$OUT/app.log"
NGINX_DIR="$OUT/nginx"
mkdir -p "$OUT" "$NGINX_DIR/www"
: >"$APP_LOG"

cleanup() {
  [ ! -s "$NGINX_DIR/nginx.pid" ] || kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
  stop_app
}
trap cleanup EXIT

if [ ! -s "$WORK/loaded.json" ]; then
  log "loading the $CORPUS corpus into $DB_MODE (corpus/load.sh)"
  "$BENCH_DIR/corpus/load.sh" "$DB_MODE" "$CORPUS" | tee "$OUT/load.json"
fi
prepare_jar
start_app --portal.page-cache.enabled=true --portal.limits.api.capacity=1000000000 --portal.limits.api.period=1s
log "portal UP after $(wait_up "${BENCH_UP_LIMIT:-300}") s"

LIST="$BASE/api/v1/exercises?lang=en&size=50"
TOTAL=$(curl -fsS "$LIST" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
DEEP_PAGE=$(( TOTAL / 50 / 2 > 1 ? TOTAL / 50 / 2 : 1 ))
DEEP="$LIST&page=$DEEP_PAGE"
FEED="$BASE/en/feed.xml"
log "$TOTAL published English exercises; deep page $DEEP_PAGE"

# nginx serving the feed's exact bytes (the peers' settings: sendfile, keep-alive, no gzip)
curl -fsS "$FEED" -o "$NGINX_DIR/www/feed.xml"
cat >"$NGINX_DIR/nginx.conf" <<CONF
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 4096; }
http {
  types { application/atom+xml xml; }
  access_log off; server_tokens off; gzip off;
  sendfile on; tcp_nopush on; tcp_nodelay on;
  keepalive_timeout 65; keepalive_requests 100000;
  open_file_cache max=1000 inactive=60s;
  client_body_temp_path $NGINX_DIR/body; proxy_temp_path $NGINX_DIR/proxy;
  fastcgi_temp_path $NGINX_DIR/fastcgi; uwsgi_temp_path $NGINX_DIR/uwsgi; scgi_temp_path $NGINX_DIR/scgi;
  server { listen 127.0.0.1:$NGINX_PORT; root $NGINX_DIR/www; }
}
CONF
nginx -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/error.log" || die "nginx failed ($NGINX_DIR/error.log)"
STATIC="http://127.0.0.1:$NGINX_PORT/feed.xml"
cmp -s <(curl -fsS "$STATIC") <(curl -fsS "$FEED") || die "nginx's copy differs from the feed"
log "feed: $(stat -c %s "$NGINX_DIR/www/feed.xml") bytes; list page: $(curl -fsS "$LIST" | wc -c) bytes"

# per-request rendering: the first request of 20 pages that nobody asked for yet (page-cache misses)
for p in $(seq 2 21); do curl -fsS -o /dev/null -w '%{time_total}\n' "$LIST&page=$((p * 3))"; done \
  | sort -n | awk '{t[NR]=$1*1000} END {printf "list rendered per request (20 misses): median %.1f ms, max %.1f ms\n", t[int((NR+1)/2)], t[NR]}' \
  | tee "$OUT/misses.txt"

run_wrk() {  # label url conns [header]
  local label=$1 url=$2 c=$3 t=$THREADS
  [ "$t" -gt "$c" ] && t=$c
  if [ -n "${4:-}" ]; then
    wrk -t"$t" -c"$c" -d"${DURATION}s" --latency --timeout 10s -H "$4" "$url" >"$OUT/$label-c$c.wrk"
  else
    wrk -t"$t" -c"$c" -d"${DURATION}s" --latency --timeout 10s "$url" >"$OUT/$label-c$c.wrk"
  fi
  printf '| %s | %s | %s | %s | %s | %s |\n' "$label" "$c" \
    "$(awk '/^Requests\/sec/{print $2}' "$OUT/$label-c$c.wrk")" \
    "$(awk '$1=="50%"{print $2}' "$OUT/$label-c$c.wrk")" "$(awk '$1=="99%"{print $2}' "$OUT/$label-c$c.wrk")" \
    "$(awk '/Non-2xx/{n+=$NF} /Socket errors/{gsub(/,/,""); n+=$4+$6+$8+$10} END{print n+0}' "$OUT/$label-c$c.wrk")"
}

ETAG=$(curl -fsSI "$LIST" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
{
  echo "| target | conns | req/s | p50 | p99 | errors+non2xx |"
  echo "|---|---|---|---|---|---|"
} | tee "$OUT/summary.md"
for target in "api_exercises $LIST" "api_exercises_deep $DEEP" "feed $FEED" "nginx_feed $STATIC"; do
  read -r label url <<<"$target"
  wrk -t"$THREADS" -c16 -d"${WARMUP}s" "$url" >/dev/null
  for c in $CONNS; do run_wrk "$label" "$url" "$c" | tee -a "$OUT/summary.md"; done
done
for c in $CONNS; do run_wrk api_exercises_304 "$LIST" "$c" "If-None-Match: $ETAG" | tee -a "$OUT/summary.md"; done
# what API clients that accept gzip get (the page cache keeps the compressed bytes; ~8x fewer bytes)
for c in $CONNS; do run_wrk api_exercises_gzip "$LIST" "$c" "Accept-Encoding: gzip" | tee -a "$OUT/summary.md"; done
curl -s -o /dev/null -w "check: If-None-Match answered %{http_code}\n" -H "If-None-Match: $ETAG" "$LIST"

python3 - "$OUT/summary.md" <<'PY'
import re, sys
rows = {}
for line in open(sys.argv[1]):
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) >= 6 and cells[1].isdigit():
        rows[(cells[0], int(cells[1]))] = cells
def ms(v):
    m = re.match(r"([\d.]+)(us|ms|s)", v); f = {"us": 0.001, "ms": 1, "s": 1000}
    return float(m.group(1)) * f[m.group(2)] if m else float("inf")
problems = []
for label in ("api_exercises", "api_exercises_deep"):
    r = rows.get((label, 64))
    if not r: problems.append(f"{label}: no row"); continue
    print(f"{label} at 64 connections: {r[2]} req/s, p99 {r[4]}, errors {r[5]}")
    if ms(r[4]) > 20: problems.append(f"{label} p99 {r[4]} > 20 ms")
    if r[5] != "0": problems.append(f"{label}: {r[5]} errors")
feed, nginx = rows.get(("feed", 64)), rows.get(("nginx_feed", 64))
if feed and nginx:
    ratio = float(feed[2]) / float(nginx[2])
    print(f"feed at 64 connections: {feed[2]} req/s (p99 {feed[4]}), nginx {nginx[2]} req/s -> {ratio:.2f}x nginx")
    if ratio < 0.5: problems.append(f"feed {ratio:.2f}x nginx < 0.5x")
else:
    problems.append("feed rows missing")
print("PASS" if not problems else "FAIL: " + "; ".join(problems))
PY
log "raw wrk output and the app log: $OUT"
