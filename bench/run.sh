#!/usr/bin/env bash
# The one command: our portal and the peers (WordPress, nginx) measured in one run, with ratios.
#
#   bench/run.sh [--corpus demo|1k|100k] [--db h2|postgres] [--quick] [--reload] [--no-peers]
#                [--skip-starts] [--page-cache on|off] [--readme]
#
# Measures, in this order:
#   cold start     3 starts of the loaded portal in each of three ways (java -jar; the extracted jar;
#                  the extracted jar with a JDK AOT cache), seconds from process start to health UP
#   full reindex   a start with the index directory deleted: "Search index rebuilt in" (ms, and
#                  seconds since the process started); this start then serves the benchmark
#   pages          after WARMUP seconds of wrk on the article page (and 10 s on each other page):
#                  wrk at each of $CONNS connections for $DURATION s on our seed-shaped article page
#                  (50 comments, every block), an exercise page, the article listing and search
#                  (reported as missing if it answers 404), then WordPress (classic theme
#                  twentytwentyone, no page cache) article and search, nginx serving the static copy
#                  of WordPress's article and a static copy of OUR article page (saved now and put in
#                  the peers' nginx docroot under /physio-portal/)
#   memory         resident set size (VmRSS) of the JVM after warm-up and its maximum under load
# and prints one table with req/s, p50, p99, errors and the ratios, plus the goals of issue 6.
#
# Options: --corpus (default 1k; loaded by corpus/load.sh when $BENCH_HOME/<db>-<corpus> is missing
# or with --reload), --quick (WARMUP=10 DURATION=5 CONNS="16 64", one cold start of each kind), --no-peers (ours
# only), --skip-starts (no cold starts, no reindex: the portal starts once), --page-cache (default
# off: issue 6 compares with WordPress "with no page cache on either side"; bench/pagecache/run.sh
# measures the cache against nginx), --readme (append the
# result section to bench/README.md). Environment: WARMUP (30), DURATION (20), CONNS ("16 64"),
# THREADS (2), BENCH_PORT (8095), PEERS_BASE (the peers' state, default /tmp/perfpeers),
# BENCH_WAIT_LOG (a log line to wait for before the warm-up, e.g. the end of background work).
# Peers started by this script are stopped at the end; peers that were already running are left.
# Results: $BENCH_HOME/results/<time>-<db>-<corpus>/ (raw wrk output, results.jsonl, summary.md).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

CORPUS=1k DB_MODE=h2 QUICK=0 RELOAD=0 PEERS=1 STARTS=1 README=0 PAGE_CACHE=off
while [ $# -gt 0 ]; do
  case $1 in
    --corpus) CORPUS=$2; shift ;;
    --db) DB_MODE=$2; shift ;;
    --quick) QUICK=1 ;;
    --reload) RELOAD=1 ;;
    --no-peers) PEERS=0 ;;
    --skip-starts) STARTS=0 ;;
    --page-cache) PAGE_CACHE=$2; shift ;;
    --readme) README=1 ;;
    *) sed -n '2,30p' "$0"; exit 2 ;;
  esac
  shift
done
if [ "$QUICK" = 1 ]; then WARMUP=${WARMUP:-10} DURATION=${DURATION:-5}; fi
WARMUP=${WARMUP:-30} DURATION=${DURATION:-20} CONNS=${CONNS:-"16 64"} THREADS=${THREADS:-2}
COLD_STARTS=$([ "$QUICK" = 1 ] && echo 1 || echo 3)
PEERS_SH=${PEERS_SH:-$REPO_DIR/../shared/peers/peers.sh}
[ -x "$PEERS_SH" ] || PEERS_SH=/work/shared/peers/peers.sh
PEERS_BASE=${PEERS_BASE:-${TMPDIR:-/tmp}/perfpeers}
export PEERS_BASE WP_THEME=twentytwentyone
command -v wrk >/dev/null || die "wrk missing (apt-get install -y wrk)"
case $PAGE_CACHE in on) APP_ARGS=(--portal.page-cache.enabled=true) ;; off) APP_ARGS=(--portal.page-cache.enabled=false) ;;
  *) die "--page-cache takes on or off" ;; esac

WORK="$BENCH_HOME/$DB_MODE-$CORPUS"
DATA_DIR="$WORK/data"
STAMP=$(date +%Y%m%d-%H%M%S)
OUT="$BENCH_HOME/results/$STAMP-$DB_MODE-$CORPUS"
APP_LOG="$OUT/app.log"
mkdir -p "$OUT"
: >"$APP_LOG"
RESULTS="$OUT/results.jsonl"
: >"$RESULTS"
PEERS_STARTED=0
SAMPLER_PID=""

cleanup() {
  [ -z "$SAMPLER_PID" ] || kill "$SAMPLER_PID" 2>/dev/null || true
  stop_app
  if [ "$PEERS_STARTED" = 1 ]; then "$PEERS_SH" stop >/dev/null 2>&1 || true; log "peers stopped"; fi
}
trap cleanup EXIT

# A result line: {"kind": ..., ...} (values already JSON).
record() { echo "$1" >>"$RESULTS"; }
record "{\"kind\":\"config\",\"page_cache\":\"$PAGE_CACHE\"}"

# --- the corpus ----------------------------------------------------------------------------------
if [ "$RELOAD" = 1 ] || [ ! -s "$WORK/loaded.json" ]; then
  log "loading the $CORPUS corpus into $DB_MODE (corpus/load.sh)"
  "$BENCH_DIR/corpus/load.sh" "$DB_MODE" "$CORPUS" | tee "$OUT/load.json"
fi
record "{\"kind\":\"load\",\"info\":$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d.pop("corpus",None); print(json.dumps(d))' "$WORK/loaded.json")}"
prepare_jar

# --- peers ----------------------------------------------------------------------------------------
if [ "$PEERS" = 1 ]; then
  status=$("$PEERS_SH" status 2>/dev/null || true)
  if [ "$(grep -cE '^(nginx|php-fpm|mariadb): running' <<<"$status")" = 3 ]; then
    log "peers already running: left running at the end (theme set to $WP_THEME)"
  else
    PEERS_STARTED=1
  fi
  "$PEERS_SH" start >"$OUT/peers-start.log" 2>&1 || { tail "$OUT/peers-start.log" >&2; die "peers.sh start failed"; }
fi

# --- cold starts and the full reindex --------------------------------------------------------------
# COLD_STARTS starts and stops, each timed from process start to health UP:
#   cold_starts <kind> <launch>   (launch: "" the jar as built, extracted, aot; see start_app)
cold_starts() {
  local i mark up started
  for i in $(seq 1 "$COLD_STARTS"); do
    mark=$(log_mark)
    APP_LAUNCH=$2 start_app "${APP_ARGS[@]}"
    up=$(wait_up 300)
    started=$(tail -n +"$((mark + 1))" "$APP_LOG" | grep -m1 -oE 'Started PhysioPortalApplication in [0-9.]+' | awk '{print $NF}')
    log "$1 $i: UP after ${up}s (Spring: ${started:-?}s)"
    record "{\"kind\":\"$1\",\"seconds\":$up,\"spring_seconds\":${started:-null}}"
    stop_app
  done
}
if [ "$STARTS" = 1 ]; then
  cold_starts cold_start ""
  # The same starts as a deployment would run it: the jar extracted (Spring Boot's jarmode tools)
  # with a JDK AOT cache recorded by one training start against this database (JDK 25, JEP 514/515).
  prepare_aot
  cold_starts cold_start_extracted extracted
  cold_starts cold_start_aot aot
  rm -rf "$DATA_DIR/index"
  mark=$(log_mark)
  start_app "${APP_ARGS[@]}"
  up=$(wait_up 300)
  line=$(wait_log "$mark" 'Search index rebuilt in|Search index rebuild failed' "${BENCH_REINDEX_LIMIT:-1800}")
  wall=$(elapsed "$APP_STARTED" "$(now)")
  case "$line" in *failed*) die "reindex failed: $line" ;; esac
  ms=$(sed -E 's/.*rebuilt in ([0-9]+) ms.*/\1/' <<<"$line")
  log "full reindex: ${ms} ms (done ${wall}s after the process started)"
  record "{\"kind\":\"reindex\",\"ms\":$ms,\"since_start_seconds\":$wall}"
else
  : >"$APP_LOG"
  start_app "${APP_ARGS[@]}"
  wait_up 300 >/dev/null
fi
# Background work after start (e.g. recommendations computed for items without stored results):
# BENCH_WAIT_LOG=<regex> waits for its log line (at most BENCH_WAIT_LIMIT s) before the warm-up.
if [ -n "${BENCH_WAIT_LOG:-}" ]; then
  t=$(now)
  log "waiting for /$BENCH_WAIT_LOG/ in the log"
  wait_log "${mark:-0}" "$BENCH_WAIT_LOG" "${BENCH_WAIT_LIMIT:-1800}" >/dev/null
  record "{\"kind\":\"waited\",\"pattern\":\"$BENCH_WAIT_LOG\",\"seconds\":$(elapsed "$t" "$(now)")}"
fi
reco=$(grep -i 'recommend' "$APP_LOG" | tail -2 || true)
[ -z "$reco" ] || log "recommendations in the log (check they were done before the warm-up): $reco"

# --- targets ---------------------------------------------------------------------------------------
EXERCISE_PATH=/en/exercises/bird-dog
LISTING_PATH=/en/articles
SEARCH_PATH="/en/search?q=running"
STATIC_OURS_DIR="$PEERS_BASE/static/physio-portal/running-and-lower-back-pain"
TARGETS=("ours_article $BASE$SEED_PATH" "ours_exercise $BASE$EXERCISE_PATH" "ours_listing $BASE$LISTING_PATH")
code=$(curl -s -m 600 -o /dev/null -w '%{http_code}' "$BASE$SEARCH_PATH" || true)
if [ "$code" = 200 ]; then
  TARGETS+=("ours_search $BASE$SEARCH_PATH")
else
  log "our search $SEARCH_PATH answers $code: reported as missing"
  record "{\"kind\":\"missing\",\"label\":\"ours_search\",\"status\":\"$code\"}"
fi
if [ "$PEERS" = 1 ]; then
  mkdir -p "$STATIC_OURS_DIR"
  curl -fsS -m 600 -o "$STATIC_OURS_DIR/index.html" "$BASE$SEED_PATH" || die "could not save our article page"
  log "static copy of our article page: $(stat -c %s "$STATIC_OURS_DIR/index.html") bytes"
  while read -r label url; do TARGETS+=("$label $url"); done < <("$PEERS_SH" urls | sed 's/^static /wp_static /')
  TARGETS+=("ours_static http://127.0.0.1:${STATIC_PORT:-8082}/physio-portal/running-and-lower-back-pain/")
fi
for t in "${TARGETS[@]}"; do
  read -r label url <<<"$t"
  # a peer started a moment ago may answer 502 until php-fpm is up: ask again for 30 s (a try that
  # gets no answer gives up after 2 minutes)
  deadline=$(($(date +%s) + 30))
  while :; do
    r=$(curl -s -m 120 -o "$OUT/$label.html" -w '%{http_code} %{size_download}' "$url" || true)
    if [ "${r% *}" = 200 ] || [ "$(date +%s)" -ge "$deadline" ]; then break; fi
    sleep 1
  done
  log "$label $url -> HTTP ${r% *}, ${r#* } bytes"
  [ "${r% *}" = 200 ] || die "$label does not answer 200"
  record "{\"kind\":\"target\",\"label\":\"$label\",\"url\":\"$url\",\"bytes\":${r#* }}"
done
comments=$(grep -o 'id="comment-[0-9]*"' "$OUT/ours_article.html" | wc -l)
log "our article page shows $comments comments on its first comment page"

# --- helpers for the measurements ------------------------------------------------------------------
cpu_total() { awk '/^cpu /{b=$2+$3+$4+$7+$8+$9; print b, b+$5+$6}' /proc/stat; }
proc_ticks() { awk '{print $14+$15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
hz=$(getconf CLK_TCK)
# After a row against the portal, requests that wrk gave up on may still be running in it and would
# steal the CPU from the next row (a peer's): wait until the JVM is nearly idle (< 20 % of one core
# over a second), at most SETTLE_LIMIT (120) s, and record how long that took.
settle() {
  local start t0 t1 limit=${SETTLE_LIMIT:-120}
  start=$(now)
  while :; do
    t0=$(proc_ticks "$APP_PID"); sleep 1; t1=$(proc_ticks "$APP_PID")
    [ $(( (t1 - t0) * 100 / hz )) -lt 20 ] && break
    [ "$(elapsed "$start" "$(now)" | cut -d. -f1)" -lt "$limit" ] || { log "the portal still busy after ${limit}s"; break; }
  done
  echo "$(elapsed "$start" "$(now)")"
}

# --- warm-up ------------------------------------------------------------------------------------------
log "warm-up: ${WARMUP}s on the article page, 10 s on each other page of ours"
wrk -t"$THREADS" -c16 -d"${WARMUP}s" --timeout 10s "$BASE$SEED_PATH" >"$OUT/warmup-article.txt" 2>&1
for t in "${TARGETS[@]}"; do
  read -r label url <<<"$t"
  case $label in ours_article|ours_static) ;; ours_*) wrk -t"$THREADS" -c16 -d10s --timeout 10s "$url" >"$OUT/warmup-$label.txt" 2>&1 ;; esac
done
log "portal idle again $(settle)s after the warm-up"
record "{\"kind\":\"rss_after_warmup\",\"mib\":$(rss_mib "$APP_PID")}"
log "RSS after warm-up: $(rss_mib "$APP_PID") MiB"

# --- measurements ---------------------------------------------------------------------------------------
(
  while kill -0 "$APP_PID" 2>/dev/null; do rss_mib "$APP_PID" >>"$OUT/rss.txt"; echo >>"$OUT/rss.txt"; sleep 0.5; done
) &
SAMPLER_PID=$!
for t in "${TARGETS[@]}"; do
  read -r label url <<<"$t"
  case $label in ours_*) ;; *) wrk -t"$THREADS" -c16 -d5s --timeout 10s "$url" >/dev/null 2>&1 ;; esac  # peers: short warm-up
  for c in $CONNS; do
    threads=$THREADS; [ "$threads" -gt "$c" ] && threads=$c
    a=$(cpu_total); j0=$(proc_ticks "$APP_PID")
    wrk -t"$threads" -c"$c" -d"${DURATION}s" --timeout 10s -s "$BENCH_DIR/lib/report.lua" "$url" >"$OUT/$label-c$c.txt" 2>&1 || true
    b=$(cpu_total); j1=$(proc_ticks "$APP_PID")
    busy=$(echo "$a $b" | awk '{d=$4-$2; printf "%d", (d>0)?100*($3-$1)/d:0}')
    jvm=$(awk -v d="$((j1 - j0))" -v hz="$hz" -v s="$DURATION" 'BEGIN { printf "%d", 100 * d / hz / s }')
    json=$(grep '^JSON ' "$OUT/$label-c$c.txt" | cut -c6-)
    [ -n "$json" ] || { cat "$OUT/$label-c$c.txt" >&2; die "wrk gave no result for $label"; }
    settled=0
    case $label in ours_static) ;; ours_*) settled=$(settle) ;; esac
    record "{\"kind\":\"wrk\",\"label\":\"$label\",\"conns\":$c,\"box_busy\":$busy,\"jvm_cpu\":$jvm,\"settle_seconds\":$settled,\"wrk\":$json}"
    log "$label c=$c: $(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.1f req/s, p50 %.2f ms, p99 %.2f ms, %d timeouts" % (d["requests"]*1e6/d["duration_us"], d["p50_us"]/1000, d["p99_us"]/1000, d["timeout"]))' "$json") (box CPU ${busy}%, portal idle again after ${settled}s)"
  done
done
kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
record "{\"kind\":\"rss_under_load\",\"mib\":$(sort -n "$OUT/rss.txt" | tail -1)}"
# what the resident pages are: anonymous (heap, metaspace, code, thread stacks) or file-backed
# (the jar and the search index files that Lucene maps; the kernel can drop these under pressure)
log "RSS at the end: $(awk '/^(RssAnon|RssFile|RssShmem)/ { printf "%s %.0f MiB  ", $1, $2 / 1024 }' "/proc/$APP_PID/status")"

# --- report -----------------------------------------------------------------------------------------------
python3 "$BENCH_DIR/lib/report.py" --results "$RESULTS" --db "$DB_MODE" --corpus "$CORPUS" \
  --duration "$DURATION" --warmup "$WARMUP" --history "$BENCH_HOME/results" >"$OUT/summary.md"
cat "$OUT/summary.md"
if [ "$README" = 1 ]; then
  { echo; cat "$OUT/summary.md"; } >>"$BENCH_DIR/README.md"
  log "appended to bench/README.md"
fi
log "raw results: $OUT"
