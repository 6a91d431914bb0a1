#!/usr/bin/env bash
# Throughput of the public case status look-up: the address a slip's QR code opens, with the case
# number and access code of a demo case, which checks the code (HMAC), counts the attempt and leads
# on to the status page; or that status page itself; or wrong codes, which the guess limiter counts.
# Build first:  ./mvnw -B -DskipTests package
# Then:         bench/case-status.sh [seconds] [threads] [connections] [lookup|status|wrong]
# Everything stays on loopback and in a fresh temporary folder: ./data is never touched.
set -euo pipefail

DURATION="${1:-20}"
THREADS="${2:-2}"
CONNECTIONS="${3:-32}"
MODE="${4:-lookup}"
HEAP="${BENCH_HEAP:--Xmx256m}"
# wrk is one client address: it may fail this often before it is locked out (the documented
# setting prongsai.case-status.max-failures; the limiter stays on, with a limit the run can't reach).
MAX_FAILURES="${BENCH_MAX_FAILURES:-1000000000}"

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
require curl wrk

temporary_folder

PORT="${BENCH_PORT:-$(free_port)}"
BASE="http://127.0.0.1:$PORT"
# The demo case คดีอาญาที่ 101/2569 and its fixed demo access code (demo mode only; see DemoCases).
LOOKUP="/kamala/e-services/case?n=criminal+101%2F2569&c=DEM0-CASE-0000-0101"
case "$MODE" in
	lookup) TARGET="$LOOKUP" ;;
	status) TARGET="/kamala/e-services/case/status" ;;
	wrong) TARGET="/kamala/e-services/case?n=criminal+101%2F2569&c=WRNG-C0DE-0000-0000" ;;
	*) echo "mode is lookup, status or wrong, not $MODE" >&2; exit 1 ;;
esac

echo "== Prongsai: case status $MODE ($(nproc) CPU, $(java -version 2>&1 | head -1))"
private_jar "$TMP"
start_demo "$TMP" "$PORT" "$HEAP" --prongsai.case-status.max-failures="$MAX_FAILURES"
PID=$APP_PID

wait_until_serving "$TMP" "$BASE/kamala"

# One session for the whole run, as one citizen's browser keeps (a look-up opens the case for its
# session); without it every request would make a new session.
curl -s -o /dev/null -c "$TMP/cookies" "$BASE$LOOKUP"
SESSION="$(awk '$6 == "JSESSIONID" {print $7}' "$TMP/cookies")"
[[ -n "$SESSION" ]] || { echo "The look-up of the demo case gave no session: is the demo on?" >&2; exit 1; }
CHECK="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$SESSION" "$BASE$TARGET")"
echo "One request first: HTTP $CHECK (lookup: 302 on to the status page; status: 200; wrong: 404)"

# A short unreported run first, so the figures are of compiled code rather than of the JIT warming up.
WARMUP="${BENCH_WARMUP:-5}"
if (( WARMUP > 0 )); then
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "Cookie: JSESSIONID=$SESSION" "$BASE$TARGET" >/dev/null
fi

echo
echo "== wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency $BASE$TARGET"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Cookie: JSESSIONID=$SESSION" "$BASE$TARGET" \
	| tee "$TMP/wrk.txt"

echo
echo "== Summary"
echo "requests/s:  $(awk '/^Requests\/sec:/ {print $2}' "$TMP/wrk.txt")"
echo "latency p99: $(awk '$1 == "99%" {print $2}' "$TMP/wrk.txt")"
NON2XX="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$TMP/wrk.txt")"
if [[ -n "$NON2XX" ]]; then echo "non-2xx/3xx: $NON2XX (expected only in the wrong mode, where every answer is 404)"; fi
awk '/^VmHWM|^VmRSS/ {printf "%-12s %d MiB\n", $1, $2 / 1024}' "/proc/$PID/status"
