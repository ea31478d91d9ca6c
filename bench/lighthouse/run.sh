#!/usr/bin/env bash
# Lighthouse (npm package, phone profile: its default emulated mid-range phone with simulated slow 4G)
# on the article, an exercise, the home page and a search, against a portal that is already running.
#   BASE=http://127.0.0.1:19080 bench/lighthouse/run.sh
# Needs: npm install lighthouse (into LIGHTHOUSE_DIR, default /tmp/lighthouse) and Debian's Chromium.
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8080}
LIGHTHOUSE_DIR=${LIGHTHOUSE_DIR:-/tmp/lighthouse}
OUT=${OUT:-target/lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
if [ ! -x "$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LIGHTHOUSE_DIR" && npm install --prefix "$LIGHTHOUSE_DIR" --no-audit --no-fund lighthouse >/dev/null
fi
mkdir -p "$OUT"
pages=(
  "article /en/articles/running-and-lower-back-pain"
  "exercise /en/exercises/forearm-plank"
  "home /en"
  "search /en/search?q=back+pain"
)
printf '%-10s %12s %14s %15s %5s\n' page performance accessibility best-practices seo
for entry in "${pages[@]}"; do
  name=${entry%% *}; path=${entry#* }
  "$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse" "$BASE$path" --quiet --output=json --output-path="$OUT/$name.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1
  node -e '
    const r = require(process.argv[1]); const c = r.categories; const s = k => Math.round(c[k].score * 100);
    console.log(process.argv[2].padEnd(10), String(s("performance")).padStart(12), String(s("accessibility")).padStart(14),
      String(s("best-practices")).padStart(15), String(s("seo")).padStart(5));
  ' "$(realpath "$OUT/$name.json")" "$name"
done
