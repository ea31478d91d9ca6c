#!/usr/bin/env bash
# CI form of the fault test: 10 kills of the portal on H2 and on PostgreSQL, 2 clients each, with
# 1-2 s of service between kills. Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust) and
# the jar (built if missing). Does not kill PostgreSQL itself (pg-kill9.sh is not for shared CI).
set -euo pipefail
cd "$(dirname "$0")"

export FAULT_MIN_UP=${FAULT_MIN_UP:-1} FAULT_MAX_UP=${FAULT_MAX_UP:-2}
started=$(date +%s)
./kill9.sh h2 10 2
./kill9.sh postgres 10 2
echo "fault ci: passed in $(($(date +%s) - started)) s"
