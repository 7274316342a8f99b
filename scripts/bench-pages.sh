#!/usr/bin/env bash
# Benchmarks the staff pages at 100k petitions (docs/performance.md).
#
# Builds a release binary in .build-release, makes a demo database enlarged to 100k petitions (kept
# between runs), serves it on 127.0.0.1, signs in through the sign-in form, and runs wrk against the
# workbench (50 rows) and the case page. Prints a Markdown table: req/s, p50, p99.
#
#   scripts/bench-pages.sh                    # defaults below
#   DURATION=20s CONNECTIONS=32 scripts/bench-pages.sh
#   SKIP_BUILD=1 scripts/bench-pages.sh       # reuse .build-release/release/huiyin
#   SKIP_BUILD=1 BIN=/tmp/huiyin-old scripts/bench-pages.sh   # another binary (to compare)
#   PAGES=workbench scripts/bench-pages.sh    # only the workbench rows (or: case)
#
# wrk runs on the same machine as the server and takes part of the same CPU cores: the figures are
# for server and load generator together.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-/tmp/huiyin-bench-100k.sqlite}
PETITIONS=${PETITIONS:-100000}
PORT=${PORT:-8181}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-5s}
BIN=${BIN:-.build-release/release/huiyin}
BASE=http://127.0.0.1:$PORT

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install sqlite3" >&2; exit 1; }

if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "== building (release, .build-release)" >&2
    swift build -c release --product huiyin --scratch-path .build-release >&2
fi

if [[ ! -f "$DB" ]]; then
    echo "== seeding the demo county and enlarging it to $PETITIONS petitions ($DB)" >&2
    "$BIN" demo seed --database "$DB" --petitions 400 >&2
    "$BIN" demo enlarge --database "$DB" --to "$PETITIONS" >&2
fi

echo "== serving $DB on $BASE" >&2
# glibc otherwise hands freed memory back to the kernel after almost every page and faults it in again
# on the next (page faults, TLB shootdowns: about a sixth of the server's CPU here). The same settings
# are recommended for a deployment.
export MALLOC_TRIM_THRESHOLD_=${MALLOC_TRIM_THRESHOLD_:-67108864} MALLOC_TOP_PAD_=${MALLOC_TOP_PAD_:-16777216} \
    MALLOC_MMAP_THRESHOLD_=${MALLOC_MMAP_THRESHOLD_:-1048576}
"$BIN" serve --database "$DB" --port "$PORT" >/tmp/huiyin-bench-server.log 2>&1 &
SERVER=$!
WORK=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do
    curl -fs "$BASE/healthz" >/dev/null 2>&1 && break
    sleep 0.2
done

# The server starts the day's deadline sweep (thousands of warnings at 100k petitions) and delivers a
# batch of its outbox as log lines; measure the pages after that, not during it.
TODAY=$(TZ=Asia/Shanghai date +%F)
for _ in $(seq 1 300); do
    done_period=$(sqlite3 "$DB" "SELECT done_period FROM job_leases WHERE name = 'deadline-sweep'" 2>/dev/null || echo "$TODAY")
    [[ "$done_period" == "$TODAY" ]] && break
    sleep 1
done
size=-1
for _ in $(seq 1 120); do
    now=$(stat -c %s /tmp/huiyin-bench-server.log)
    [[ "$now" == "$size" ]] && break
    size=$now
    sleep 2
done

# Signs in through the form (GET /login for the hy_login cookie and _csrf, POST /login) and prints the
# session token.
sign_in() {
    local jar="$WORK/$1.jar" csrf
    csrf=$(curl -fs -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=huiyin2026" \
        --data-urlencode "_csrf=$csrf" --data-urlencode "next=/" "$BASE/login"
    awk '$6 == "hy_session" { print $7 }' "$jar"
}

FENBAN=$(sign_in fenban)
TOWNSHIP=$(sign_in xz04.cb)
[[ -n "$FENBAN" && -n "$TOWNSHIP" ]] || { echo "sign-in failed" >&2; exit 1; }

# A case with the longest history among the original demo petitions, and one the township may see.
CASE=$(sqlite3 "$DB" "SELECT petition_id FROM history WHERE petition_id <= 400 GROUP BY petition_id ORDER BY COUNT(*) DESC, petition_id LIMIT 1")
TOWNSHIP_UNIT=$(sqlite3 "$DB" "SELECT unit_id FROM users WHERE username = 'xz04.cb'")
TOWNSHIP_CASE=$(sqlite3 "$DB" "SELECT h.petition_id FROM history h JOIN petition_units u ON u.petition_id = h.petition_id
    WHERE h.petition_id <= 400 AND u.unit_id = $TOWNSHIP_UNIT GROUP BY h.petition_id ORDER BY COUNT(*) DESC, h.petition_id LIMIT 1")
HISTORY=$(sqlite3 "$DB" "SELECT COUNT(*) FROM history WHERE petition_id = $CASE")
TOWNSHIP_HISTORY=$(sqlite3 "$DB" "SELECT COUNT(*) FROM history WHERE petition_id = $TOWNSHIP_CASE")
TOTAL=$(sqlite3 "$DB" "SELECT COUNT(*) FROM petitions")

check() {  # token path: the page must answer 200 before it is measured
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: hy_session=$1" "$BASE$2")
    [[ "$code" == 200 ]] || { echo "GET $2 answered $code" >&2; exit 1; }
}

ROWS=()
TCK=$(getconf CLK_TCK)
measure() {  # label token path [wrk script]
    local label=$1 token=$2 path=$3 script=${4:-} out rps p50 p99 reqs t1 t2 cpu
    local args=(-t"$THREADS" -c"$CONNECTIONS" -H "Cookie: hy_session=$token")
    [[ -n "$script" ]] && args+=(-s "$script")
    check "$token" "$path"
    wrk "${args[@]}" -d"$WARMUP" "$BASE$path" >/dev/null
    echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -H 'Cookie: hy_session=…' ${script:+-s $script }$BASE$path   ($label)" >&2
    t1=$(awk '{ print $14 + $15 }' "/proc/$SERVER/stat")
    out=$(wrk "${args[@]}" -d"$DURATION" --latency "$BASE$path")
    t2=$(awk '{ print $14 + $15 }' "/proc/$SERVER/stat")
    echo "$out" >&2
    if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers for $path" >&2; exit 1; fi
    rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    reqs=$(awk '/requests in/ { print $1 }' <<<"$out")
    cpu=$(( (t2 - t1) * 1000000 / TCK / reqs ))
    ROWS+=("| $label | \`$path\` | $rps | $p50 | $p99 | $cpu µs |")
}

# Case pages of many different petitions (each decoded afresh, not from the per-version cache).
RANDOM_CASES="$WORK/random-cases.lua"
cat >"$RANDOM_CASES" <<LUA
math.randomseed(2026)
request = function() return wrk.format("GET", "/petitions/" .. math.random(1, $TOTAL)) end
LUA

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
PAGES=${PAGES:-workbench case}
if [[ " $PAGES " == *" workbench "* ]]; then
    measure "Workbench, fenban (triage, 50 rows)" "$FENBAN" "/"
    measure "Workbench, xz04.cb (township handler)" "$TOWNSHIP" "/"
fi
if [[ " $PAGES " == *" case "* ]]; then
    measure "Case page, fenban ($HISTORY history entries)" "$FENBAN" "/petitions/$CASE"
    measure "Case page, xz04.cb ($TOWNSHIP_HISTORY history entries)" "$TOWNSHIP" "/petitions/$TOWNSHIP_CASE"
    measure "Case page, fenban, random petitions of all $TOTAL" "$FENBAN" "/petitions/1" "$RANDOM_CASES"
fi

echo
echo "$TOTAL petitions; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency against $BASE on $(nproc) cores, wrk on the same cores;"
echo "load average before the runs: $LOAD. \"server CPU\" is the server process's user+system time per request."
echo
echo "| page | path | req/s | p50 | p99 | server CPU |"
echo "|---|---|---:|---:|---:|---:|"
printf '%s\n' "${ROWS[@]}"
