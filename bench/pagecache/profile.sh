#!/usr/bin/env bash
# Profiles the article page with the page cache off: JFR (profile settings, deep stacks) for 30 s
# while wrk reads the page on 16 connections, then the hottest methods by own time and by time
# including callees (our code and the framework frames that matter); then, in a second start with
# SQL logging on, the statements one article page runs.
# Usage: bench/pagecache/profile.sh [seconds]      (keeps the recording: bench/pagecache/article.jfr)
set -euo pipefail
cd "$(dirname "$0")/../.."

SECONDS_=${1:-30}
SLUG=/en/articles/running-and-lower-back-pain
JDK=$(ls -d /usr/lib/jvm/*/ | while read -r d; do v=$("$d/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p'); [ "${v:-0}" -ge 21 ] && echo "$d"; done | tail -1)
JAR=$(ls target/physio-portal-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -DskipTests package; JAR=$(ls target/physio-portal-*.jar | grep -v original | head -1); fi
OUT=bench/pagecache/article.jfr
DATA=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
APP=
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
start() {  # extra arguments
  "$JDK/bin/java" -XX:FlightRecorderOptions:stackdepth=512 -jar "$JAR" --server.port="$PORT" --portal.data-dir="$DATA" \
    --portal.page-cache.enabled=false "$@" >"$DATA/app.log" 2>&1 &
  APP=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do sleep 1; done
}
start
URL="http://127.0.0.1:$PORT$SLUG"
wrk -t2 -c16 -d20s "$URL" >/dev/null   # warm the JIT
"$JDK/bin/jcmd" $APP JFR.start name=article settings=profile duration="${SECONDS_}s" filename="$PWD/$OUT" >/dev/null
wrk -t2 -c16 -d"${SECONDS_}s" --latency "$URL" | grep -E "Requests/sec|50%|99%"
sleep 3

"$JDK/bin/jfr" print --json --stack-depth 512 --events jdk.ExecutionSample "$OUT" | python3 -c '
import json, sys, collections
events = json.load(sys.stdin)["recording"]["events"]
own, incl = collections.Counter(), collections.Counter()
for e in events:
    names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in e["values"]["stackTrace"]["frames"]]
    if names: own[names[0]] += 1
    for n in set(names): incl[n] += 1
n = len(events)
print(f"{n} samples\n-- own time --")
for k, v in own.most_common(12): print(f"{100*v/n:5.1f}% {k}")
print("-- including callees (our code and selected framework frames) --")
keep = ("org.physioportal.", "ThymeleafView.render", "ResourceUrlProvider.getForLookupPath", "JdbcSelectExecutorStandardImpl.executeQuery",
        "FilterChainProxy.doFilterInternal", "MessageSource", "Markdown", "PolicyFactory.sanitize", "AbstractPlatformTransactionManager.commit",
        "AbstractPlatformTransactionManager.getTransaction", "ClassLoader.getResource", "SessionImpl.close")
for k, v in incl.most_common():
    if any(s in k for s in keep) and "$$" not in k and "Lambda" not in k: print(f"{100*v/n:5.1f}% {k}")
' 2>/dev/null | head -45 || true

kill $APP; wait $APP 2>/dev/null || true
start --logging.level.org.hibernate.SQL=debug
curl -fs -o /dev/null "$URL"; sleep 1
before=$(grep -c "org.hibernate.SQL" "$DATA/app.log" || true)
curl -fs -o /dev/null "$URL"; sleep 1
after=$(grep -c "org.hibernate.SQL" "$DATA/app.log" || true)
echo "SQL statements per article page: $((after - before))"
tail -n $((after - before)) "$DATA/app.log" | sed 's/.*org.hibernate.SQL *: //' | cut -c1-90 | sort | uniq -c | sort -rn | head -8
