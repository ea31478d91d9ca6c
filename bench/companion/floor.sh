#!/usr/bin/env bash
# What the patient's day costs beyond the stack it runs on: three portals of the same build on the
# companion's corpus (run.sh makes it), each reading its templates from a copy of the jar's
# (spring.thymeleaf.prefix), measured in turn at steady state (rows: see steady.sh):
#   full    the jar's templates unchanged;
#   layout  the day's template replaced by the site layout around only its heading;
#   bare    the day's template replaced by a page of one heading, no layout.
# The controller, its reads, the session, security and the consent check run in all three, so the
# differences are what the day's content and the layout cost to render, and "bare" is the floor of
# a signed-in page on this stack.
#
#   bench/companion/run.sh           (first: makes the corpus)
#   bench/companion/floor.sh         (ROUNDS 3, DURATION 20 s, WARM 120 s; JAR: target/'s)
#
# Ports 20196 (full), 20197 (layout) and 20198 (bare).
set -euo pipefail
export BENCH_HOME=${BENCH_HOME:-/tmp/bench-portal-companion}
export BENCH_PG_DB=${BENCH_PG_DB:-bench_portal_companion}
source "$(dirname "$0")/../lib/common.sh"
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-$(app_jar)}
OUT="$BENCH_HOME/floor/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
source "$HERE/steady.sh"

# templates <variant>: the jar's templates in $OUT/templates-<variant>
templates() {
  python3 - "$JAR" "$OUT/templates-$1" <<'PY'
import os, sys, zipfile
prefix = "BOOT-INF/classes/templates/"
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if name.startswith(prefix) and not name.endswith("/"):
            path = os.path.join(sys.argv[2], name[len(prefix):])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(z.read(name))
PY
  echo "$OUT/templates-$1"
}
declare -A TEMPLATES
for variant in full layout bare; do TEMPLATES[$variant]=$(templates "$variant"); done
cat >"${TEMPLATES[layout]}/programmes/today.html" <<'HTML'
<!DOCTYPE html>
<html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout/base :: page(~{::section})}">
<body><section class="companion today"><h1 th:text="#{today.title}">Today</h1></section></body>
</html>
HTML
cat >"${TEMPLATES[bare]}/programmes/today.html" <<'HTML'
<!DOCTYPE html>
<html xmlns:th="http://www.thymeleaf.org"><body><h1 th:text="#{today.title}">Today</h1></body></html>
HTML

declare -A PID_OF
port=20196
for variant in full layout bare; do
  start "$JAR" "$port" "$variant" --spring.thymeleaf.prefix="file:${TEMPLATES[$variant]}/"
  PID_OF[$variant]=$APP_PID
  port=$((port + 1))
done
sign_in 20196
port=20196
for variant in full layout bare; do
  load "$port" patients /en/my/today "$WARM" >/dev/null
  port=$((port + 1))
done
log "all three warmed up ($WARM s each); measuring $ROUNDS rounds"
echo_header
for round in $(seq 1 "$ROUNDS"); do
  port=20196
  for variant in full layout bare; do
    measure "$round" "$variant" "${PID_OF[$variant]}" "$port" patients /en/my/today
    port=$((port + 1))
  done
done
log "$(basename "$JAR"); wrk output and logs: $OUT"
