#!/usr/bin/env bash
# The time of a programme handout (PDF) download, issue 18 (target: median <= 300 ms).
# Usage: PASSWORD=... bench/handout/timing.sh [base-url] [rounds]   (a running portal with the demo;
# default http://127.0.0.1:22180, 20 rounds). Logs in as a demo patient (PATIENT, default
# patient2@demo.physioportal.example; the demo password is printed once in the portal's log),
# takes the first "Print / Download PDF" link of /en/my/programmes, warms up 5 times, then times
# the downloads and prints the median, mean and the PDF's size.
set -euo pipefail
BASE=${1:-http://127.0.0.1:22180}
ROUNDS=${2:-20}
PATIENT=${PATIENT:-patient2@demo.physioportal.example}
: "${PASSWORD:?set PASSWORD to the demo password}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/jar"

token=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login?lang=en" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JAR" -b "$JAR" -X POST "$BASE/login" \
  --data-urlencode "email=$PATIENT" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token"
link=$(curl -s -b "$JAR" "$BASE/en/my/programmes" | sed -n 's/.*class="handout-link" href="\([^"]*\)".*/\1/p' | head -1)
[ -n "$link" ] || { echo "FAIL: no handout link on /en/my/programmes (login or consent?)"; exit 1; }

for i in 1 2 3 4 5; do curl -s -o /dev/null -b "$JAR" "$BASE$link"; done
for i in $(seq 1 "$ROUNDS"); do
  curl -s -o "$WORK/handout.pdf" -b "$JAR" -w '%{time_total}\n' "$BASE$link" >> "$WORK/times"
done
head -c 5 "$WORK/handout.pdf" | grep -q '%PDF-' || { echo "FAIL: not a PDF"; exit 1; }
sort -n "$WORK/times" | awk -v size="$(wc -c < "$WORK/handout.pdf")" -v link="$link" \
  '{a[NR]=$1; s+=$1} END {printf "%s: %d downloads, median %.1f ms, mean %.1f ms, %d bytes\n", link, NR, a[int((NR+1)/2)]*1000, s/NR*1000, size}'
