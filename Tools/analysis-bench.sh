#!/bin/sh
# Times the dashboard, indicator, hotspot and report pages end to end (sign-in as the county leader,
# 5 requests each, median and worst of curl's time_total) on a database of N petitions.
#   swift build -c release --scratch-path .build-release7 --product huiyin
#   Tools/analysis-bench.sh /tmp/huiyin-1m.sqlite 1000000 8097
set -eu
BIN=${BIN:-.build-release7/release/huiyin}
DB=${1:-/tmp/huiyin-1m.sqlite}
N=${2:-1000000}
PORT=${3:-8097}
if [ ! -f "$DB" ]; then
    "$BIN" demo seed --database "$DB" --petitions 400
    "$BIN" demo enlarge --database "$DB" --to "$N"
fi
"$BIN" serve --database "$DB" --port "$PORT" >/tmp/analysis-bench-serve.log 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.3; done
JAR=$(mktemp)
CSRF=$(curl -s -c "$JAR" "http://127.0.0.1:$PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$CSRF" --data "username=xianzhang&password=huiyin2026&next=/" \
    "http://127.0.0.1:$PORT/login"
for path in "/supervision/dashboard?period=2026" "/supervision/dashboard?period=2026-10" "/supervision/indicators?period=2026-10" \
            "/supervision/indicators?period=2026" "/supervision/hotspots?period=2026-10" "/supervision/report?period=2026-10"; do
    times=""
    for _ in 1 2 3 4 5; do
        t=$(curl -s -b "$JAR" -o /dev/null -w "%{http_code} %{time_total}" "http://127.0.0.1:$PORT$path")
        [ "${t%% *}" = "200" ] || { echo "$path answered ${t%% *}"; exit 1; }
        times="$times ${t#* }"
    done
    echo "$times" | tr ' ' '\n' | sed '/^$/d' | sort -n | awk -v p="$path" '{a[NR]=$1} END {printf "%-45s median %4.0f ms  worst %4.0f ms\n", p, a[3]*1000, a[5]*1000}'
done
rm -f "$JAR"
