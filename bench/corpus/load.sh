#!/usr/bin/env bash
# Builds a benchmark database: demo content + a generated corpus, bulk-loaded, then indexed.
#
#   bench/corpus/load.sh <h2|postgres> <demo|1k|100k|ex100k>
#
# 1. an empty data directory (and for postgres a fresh database $BENCH_PG_DB, default bench_portal);
# 2. the portal starts once with the demo (Flyway creates the schema, the demo's taxonomy, authors,
#    pictures, articles and accounts are saved through the services) and stops;
# 3. the demo rows the corpus links to are exported, generate.py writes the corpus as CSV
#    (bench/corpus/out/<size>/, git-ignored), and the CSV is bulk-loaded (COPY / CSVREAD) with the
#    identity columns moved past the new ids;
# 4. the search index directory is deleted and the portal started again: it rebuilds the whole index
#    in the background (search/IndexRebuild); the script waits for "Search index rebuilt in" and
#    reports the times, then stops the portal.
#
# Sizes (rows): 1k = 1,000 articles, 200 exercises, 100 videos, 10,000 comments;
#              100k = 100,000 articles, 20,000 exercises, 2,000 videos, 1,000,000 comments;
#              ex100k = the 100k corpus's 20,000 exercises and 2,000 videos with 1k's articles and
#                       comments (syndication/run.sh: the exercise list at 100k scale in minutes);
#              demo = the demo content only (step 3 skipped).
# The data directory is $BENCH_HOME/<db>-<size>/data (default /tmp/bench-portal/...); its
# loaded.json says what is in it. run.sh and comments/post.sh call this script when it is missing.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"

DB_MODE=${1:-}; SIZE=${2:-}
case "$DB_MODE" in h2|postgres) ;; *) sed -n '2,23p' "$0"; exit 2 ;; esac
case "$SIZE" in
  demo) GEN=() ;;
  1k) GEN=(--articles 1000 --exercises 200 --videos 100 --comments 10000) ;;
  100k) GEN=(--articles 100000 --exercises 20000 --videos 2000 --comments 1000000) ;;
  ex100k) GEN=(--articles 1000 --exercises 20000 --videos 2000 --comments 10000) ;;
  *) sed -n '2,23p' "$0"; exit 2 ;;
esac
REINDEX_LIMIT=${BENCH_REINDEX_LIMIT:-1800}
CORPUS_DIR=$(dirname "$0")
WORK="$BENCH_HOME/$DB_MODE-$SIZE"
DATA_DIR="$WORK/data"
APP_LOG="$WORK/app.log"
OUT="$CORPUS_DIR/out/$SIZE"
trap 'stop_app' EXIT

prepare_jar
T0=$(now)
log "fresh data directory $DATA_DIR"
rm -rf "$WORK"; mkdir -p "$WORK"
if [ "$DB_MODE" = postgres ]; then
  psql_admin -c "drop database if exists $PG_DB with (force)" >/dev/null
  psql_admin -c "create database $PG_DB" >/dev/null
  log "fresh PostgreSQL database $PG_DB"
fi

# --- 1. schema + demo --------------------------------------------------------------------------
start_app --portal.demo.enabled=true
up=$(wait_up "${BENCH_UP_LIMIT:-300}")
wait_log 0 'Demo content loaded in' 300 >/dev/null
log "schema + demo ready (UP after ${up}s)"
stop_app

# --- 2. the corpus -----------------------------------------------------------------------------
if [ "$SIZE" != demo ]; then
  EXPORT="$WORK/base"; mkdir -p "$EXPORT"
  declare -A Q=(
    [terms]="select id, term_key, kind from term order by id"
    [authors]="select id from author order by id"
    [images]="select distinct image_id from exercise where image_id is not null order by image_id"
    [posters]="select distinct poster_id from video where poster_id is not null order by poster_id"
    [exercises]="select id, group_key, lang from exercise order by id"
    [articles]="select id, group_key, lang, slug from article order by id"
    [comment_counts]="select target_type, target_id, count(*) as n from comment group by target_type, target_id"
    [max_ids]="select coalesce((select max(id) from account), 0) as max_account, coalesce((select max(id) from article), 0) as max_article, coalesce((select max(id) from exercise), 0) as max_exercise, coalesce((select max(id) from video), 0) as max_video, coalesce((select max(id) from comment), 0) as max_comment"
    [admin_hash]="select password_hash from account where email = '$ADMIN_EMAIL'"
  )
  if [ "$DB_MODE" = postgres ]; then
    for name in "${!Q[@]}"; do psql_db -c "\\copy (${Q[$name]}) to '$EXPORT/$name.csv' with (format csv, header)"; done
  else
    for name in "${!Q[@]}"; do
      printf "call csvwrite('%s', '%s', 'charset=UTF-8');\n" "$EXPORT/$name.csv" "${Q[$name]//\'/\'\'}"
    done | h2_sql - >/dev/null
  fi
  t=$(now)
  rm -rf "$OUT"; mkdir -p "$OUT"
  log "generating the $SIZE corpus into $OUT"
  python3 "$CORPUS_DIR/generate.py" --base "$EXPORT" --out "$OUT" "${GEN[@]}" >"$WORK/generate.json"
  GEN_S=$(elapsed "$t" "$(now)")
  log "generated in ${GEN_S}s: $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tables"])' "$WORK/generate.json")"

  columns() { python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import generate; print(generate.COLUMNS[sys.argv[2]])' "$CORPUS_DIR" "$1"; }
  TABLES=$(python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import generate; print(" ".join(generate.TABLES))' "$CORPUS_DIR")
  IDENTITY="account exercise video article comment"
  t=$(now)
  if [ "$DB_MODE" = postgres ]; then
    {
      echo "begin;"
      for table in $TABLES; do echo "\\copy $table ($(columns "$table")) from '$OUT/$table.csv' with (format csv)"; done
      for table in $IDENTITY; do
        echo "select setval(pg_get_serial_sequence('$table', 'id'), (select max(id) from $table));"
      done
      echo "commit;"
      # as autovacuum would, some minutes later: visibility map set (index-only scans) and statistics
      echo "vacuum analyze;"
    } | psql_db -f - >/dev/null
  else
    {
      for table in $TABLES; do
        printf "insert into %s (%s) select * from csvread('%s', '%s', 'charset=UTF-8');\n" \
          "$table" "$(columns "$table")" "$OUT/$table.csv" "$(columns "$table" | tr a-z A-Z)"
      done
      echo "analyze;"
    } | h2_sql - >/dev/null
    # identity columns continue after the loaded ids
    for table in $IDENTITY; do
      next=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["next_ids"][sys.argv[2]])' "$WORK/generate.json" "$table")
      echo "alter table $table alter column id restart with $next;"
    done | h2_sql - >/dev/null
  fi
  LOAD_S=$(elapsed "$t" "$(now)")
  log "bulk-loaded in ${LOAD_S}s"
fi

# --- 3. full reindex ---------------------------------------------------------------------------
rm -rf "$DATA_DIR/index"
mark=$(log_mark)
start_app
up=$(wait_up "${BENCH_UP_LIMIT:-300}")
log "UP after ${up}s; waiting for the search index rebuild"
line=$(wait_log "$mark" 'Search index rebuilt in|Search index rebuild failed' "$REINDEX_LIMIT")
REINDEX_WALL=$(elapsed "$APP_STARTED" "$(now)")
case "$line" in *failed*) die "reindex failed: $line" ;; esac
REINDEX_MS=$(sed -E 's/.*rebuilt in ([0-9]+) ms.*/\1/' <<<"$line")
log "search index rebuilt in ${REINDEX_MS} ms (${REINDEX_WALL}s after the process started)"
RECO=$(tail -n +"$((mark + 1))" "$APP_LOG" | grep -i 'recommend' | tail -3 || true)
[ -z "$RECO" ] || log "recommendation lines in the log: $RECO"
FIRST_PAGE_S=$(curl -fsS -m 600 -o /dev/null -w '%{time_total}' "$BASE$SEED_PATH") || die "the seed article does not answer"
log "first request of the seed article page: ${FIRST_PAGE_S}s"
stop_app

python3 - "$WORK" "$DB_MODE" "$SIZE" "$up" "$REINDEX_MS" "$REINDEX_WALL" "${GEN_S:-0}" "${LOAD_S:-0}" "$(elapsed "$T0" "$(now)")" "$FIRST_PAGE_S" <<'EOF'
import json, os, sys
work, db, size, up, ms, wall, gen, load, total, first = sys.argv[1:]
summary = {}
if os.path.exists(os.path.join(work, "generate.json")):
    summary = json.load(open(os.path.join(work, "generate.json")))
info = {"db": db, "size": size, "up_seconds_during_reindex": float(up), "reindex_ms": int(ms),
        "reindex_seconds_since_process_start": float(wall), "generate_seconds": float(gen),
        "bulk_load_seconds": float(load), "total_seconds": float(total),
        "first_seed_page_seconds": float(first), "corpus": summary}
json.dump(info, open(os.path.join(work, "loaded.json"), "w"), indent=1)
print(json.dumps({k: v for k, v in info.items() if k != "corpus"}))
EOF
