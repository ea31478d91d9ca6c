#!/usr/bin/env bash
# Registration answers in the same time for a new address and a known one (issue 22, item 3).
# Usage: bench/registration/timing.sh [base-url] [rounds]   (a running portal; default http://127.0.0.1:22080, 20)
# Each round registers a new address, then the same address again (now pending), then a confirmed
# demo address, each from a fresh session (GET /register for the CSRF token, then the timed POST).
# Prints the median and mean time of each kind and PASS when the medians differ by less than 25 %.
# Start the portal with the register-ip limit raised: --portal.limits.register-ip.capacity=100000
set -euo pipefail
BASE=${1:-http://127.0.0.1:22080}
ROUNDS=${2:-20}
KNOWN=${KNOWN:-member@demo.physioportal.example}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

post() { # address -> seconds of the POST
  local jar="$WORK/jar" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" "$BASE/register?lang=en" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' -X POST "$BASE/register" \
    --data-urlencode "email=$1" --data-urlencode "displayName=Bench Runner" \
    --data-urlencode "password=Běhám každé ráno 5 km" --data-urlencode "_csrf=$token" --data-urlencode "lang=en"
}

for i in $(seq 1 "$ROUNDS"); do
  addr="bench-$(date +%s%N)-$i@bench.example"
  post "$addr" >> "$WORK/new"
  post "$addr" >> "$WORK/pending"
  post "$KNOWN" >> "$WORK/confirmed"
done

stats() { sort -n "$1" | awk '{a[NR]=$1; s+=$1} END {printf "%.1f %.1f", a[int((NR+1)/2)]*1000, s/NR*1000}'; }
read -r new_median new_mean <<<"$(stats "$WORK/new")"
read -r pending_median pending_mean <<<"$(stats "$WORK/pending")"
read -r confirmed_median confirmed_mean <<<"$(stats "$WORK/confirmed")"
printf 'new address:        median %6.1f ms  mean %6.1f ms\n' "$new_median" "$new_mean"
printf 'pending address:    median %6.1f ms  mean %6.1f ms\n' "$pending_median" "$pending_mean"
printf 'confirmed address:  median %6.1f ms  mean %6.1f ms\n' "$confirmed_median" "$confirmed_mean"
awk -v a="$new_median" -v b="$pending_median" -v c="$confirmed_median" 'BEGIN {
  lo = a; hi = a; if (b < lo) lo = b; if (c < lo) lo = c; if (b > hi) hi = b; if (c > hi) hi = c;
  if (hi / lo < 1.25) { print "PASS (slowest median / fastest " hi / lo ")" } else { print "FAIL (slowest median / fastest " hi / lo ")"; exit 1 } }'
