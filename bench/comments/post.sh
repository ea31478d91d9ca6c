#!/usr/bin/env bash
# Comment posting on PostgreSQL: logged-in members post as fast as the portal takes them, then every
# acknowledged comment is looked up in the database.
#
#   bench/comments/post.sh [--corpus 1k] [--duration 30] [--conns 32] [--members 64] [--warmup 10] [--reload]
#
# The portal runs with profile postgres on $BENCH_PG_DB (default bench_portal, loaded by
# corpus/load.sh postgres <corpus> when missing or with --reload) with the comment and login rate
# limits raised. login.py signs --members generated members in through the login form (CSRF token
# from /account); wrk runs post.lua with one connection per thread, so that each 303 answer
# ("#comment-<id>") is matched with the idempotency key it acknowledges. A warm-up phase posts too;
# only the measured phase counts for posts/s, both are verified: every acknowledged key must exist
# exactly once, under the comment id the answer named. Prints posts/s, latencies, answers and losses;
# exit status 1 on a loss, a duplicate or a wrong id.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"

CORPUS=1k DURATION=30 CONNS=32 MEMBERS=64 WARMUP=10 RELOAD=0
while [ $# -gt 0 ]; do
  case $1 in
    --corpus) CORPUS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --conns) CONNS=$2; shift ;;
    --members) MEMBERS=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --reload) RELOAD=1 ;;
    *) sed -n '2,15p' "$0"; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || die "wrk missing (apt-get install -y wrk)"
DB_MODE=postgres
WORK="$BENCH_HOME/postgres-$CORPUS"
DATA_DIR="$WORK/data"
RUN=$(date +%H%M%S)$RANDOM
OUT="$BENCH_HOME/results/$(date +%Y%m%d-%H%M%S)-comments-$CORPUS"
APP_LOG="$OUT/app.log"
mkdir -p "$OUT/warmup" "$OUT/measure"
trap 'stop_app' EXIT

if [ "$RELOAD" = 1 ] || [ ! -s "$WORK/loaded.json" ] || ! psql_db -c 'select 1 from article limit 1' >/dev/null 2>&1; then
  log "loading the $CORPUS corpus into PostgreSQL (corpus/load.sh postgres $CORPUS)"
  "$BENCH_DIR/corpus/load.sh" postgres "$CORPUS" >&2
fi
prepare_jar
log "PostgreSQL durability: $(psql_db -c "select string_agg(name || '=' || setting, ' ') from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes')")"

start_app --portal.limits.comment-post.capacity=100000000 --portal.limits.comment-post.period=1m \
  --portal.limits.login-ip.capacity=100000 --portal.limits.login-ip.period=1m \
  --portal.limits.login-account.capacity=100000 --portal.limits.login-account.period=1m
log "portal UP after $(wait_up 300)s (PostgreSQL $PG_DB)"

t=$(now)
python3 "$BENCH_DIR/comments/login.py" --base "$BASE" --members "$MEMBERS" --password "$ADMIN_PASSWORD" >"$OUT/sessions.txt"
log "$(wc -l <"$OUT/sessions.txt") members logged in ($(elapsed "$t" "$(now)")s)"
psql_db -c "select id from article where lang = 'en' and status = 'PUBLISHED' and published_at < now()
            and slug <> 'running-and-lower-back-pain' order by id limit 500" >"$OUT/targets.txt"
[ -s "$OUT/targets.txt" ] || die "no articles to comment on"
before=$(psql_db -c "select count(*) from comment")

phase() {  # name seconds
  wrk -t"$CONNS" -c"$CONNS" -d"$2s" --timeout 10s -s "$BENCH_DIR/comments/post.lua" "$BASE" -- \
    "$OUT/sessions.txt" "$OUT/targets.txt" "b${RUN}$1" "$OUT/$1" >"$OUT/$1.txt" 2>&1 || true
}
log "warm-up: ${WARMUP}s of posting"
phase warmup "$WARMUP"
log "measuring: ${DURATION}s, $CONNS connections, $MEMBERS members"
j0=$(awk '{print $14+$15}' "/proc/$APP_PID/stat")
phase measure "$DURATION"
j1=$(awk '{print $14+$15}' "/proc/$APP_PID/stat")
JVM_CPU_S=$(awk -v d="$((j1 - j0))" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", d / hz }')
sleep 1
cat "$OUT"/warmup/acked-*.csv "$OUT"/measure/acked-*.csv 2>/dev/null >"$OUT/acked.csv" || true
read -r acked lost dup wrong stored published <<<"$(psql_db -F ' ' <<EOF
create temp table acked (k varchar(64), id bigint);
\copy acked from '$OUT/acked.csv' with (format csv)
select (select count(*) from acked),
       (select count(*) from acked a where not exists (select 1 from comment c where c.idempotency_key = a.k)),
       (select count(*) from (select body from comment where body like 'bench post b${RUN}%' group by body having count(*) > 1) d),
       (select count(*) from acked a join comment c on c.idempotency_key = a.k where c.id <> a.id),
       (select count(*) from comment where idempotency_key like 'b${RUN}%'),
       (select count(*) from comment where idempotency_key like 'b${RUN}%' and status = 'PUBLISHED');
EOF
)"
stop_app

measured=$(cat "$OUT"/measure/acked-*.csv 2>/dev/null | wc -l)
json=$(grep '^JSON ' "$OUT/measure.txt" | cut -c6-)
statuses=$(grep '^STATUSES ' "$OUT/measure.txt" | cut -c10-)
python3 - "$json" "$statuses" "$measured" "$DURATION" "$CONNS" "$MEMBERS" "$acked" "$lost" "$dup" "$wrong" "$stored" "$published" "$CORPUS" "$JVM_CPU_S" "$(cat /proc/loadavg | cut -d' ' -f1)" <<'EOF' | tee "$OUT/summary.md"
import json, sys
w, st = json.loads(sys.argv[1]), json.loads(sys.argv[2] or "{}")
measured, duration, conns, members, acked, lost, dup, wrong, stored, published = map(int, sys.argv[3:13])
corpus, jvm_cpu, load = sys.argv[13], float(sys.argv[14]), sys.argv[15]
rate = measured / float(duration)
errors = w["connect"] + w["read"] + w["write"] + w["timeout"]
print(f"### comment posting on PostgreSQL (`bench/comments/post.sh --corpus {corpus} --duration {duration} "
      f"--conns {conns} --members {members}`)")
print()
print(f"load average {load} at the end (shared CPU: preliminary)")
print()
print("| posts/s (303 acknowledged) | p50 | p99 | JVM CPU ms/post | answers | socket errors/timeouts | acknowledged (incl. warm-up) | stored | lost | duplicated | wrong id |")
print("| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
per_post = 1000 * jvm_cpu / measured if measured else 0
answers = ", ".join(f"{k}: {v}" for k, v in sorted(st.items()))
print(f"| {rate:,.0f} | {w['p50_us']/1000:.1f} ms | {w['p99_us']/1000:.1f} ms | {per_post:.2f} | {answers} | {errors} | {acked} | "
      f"{stored} ({published} published) | {lost} | {dup} | {wrong} |")
print()
ok = lost == 0 and dup == 0 and wrong == 0
print(f"goal ≥ 1,000 posts/s with none lost: {'met' if rate >= 1000 and ok else '**missed**'} "
      f"({rate:,.0f}/s, {lost} lost, {dup} duplicated)")
print("PASS" if ok else "FAIL: acknowledged comments lost, duplicated or under another id")
sys.exit(0 if ok else 1)
EOF
log "raw results: $OUT"
