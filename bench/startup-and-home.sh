#!/usr/bin/env bash
# Start-up time, throughput and memory of the packaged application on its public home page.
# Build first:  ./mvnw -B -DskipTests package
# Then:         bench/startup-and-home.sh [seconds] [threads] [connections]
# Everything stays on loopback and in a fresh temporary folder: ./data is never touched.
set -euo pipefail

DURATION="${1:-20}"
THREADS="${2:-2}"
CONNECTIONS="${3:-32}"
HEAP="${BENCH_HEAP:--Xmx256m}"

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
require curl wrk

temporary_folder

PORT="${BENCH_PORT:-$(free_port)}"
URL="http://127.0.0.1:$PORT/kamala"

now_ms() { date +%s%3N; }

echo "== Prongsai: start-up and home page ($(nproc) CPU, $(java -version 2>&1 | head -1))"
private_jar "$TMP"
START="$(now_ms)"
start_demo "$TMP" "$PORT" "$HEAP"
PID=$APP_PID

# Poll every 50 ms until /kamala answers 200 (the demo station is seeded on the first start).
while true; do
	if ! kill -0 "$PID" 2>/dev/null; then
		STATUS=0
		wait "$PID" || STATUS=$?
		PID=""
		echo "The application stopped (exit status $STATUS) before serving the page; its log:" >&2
		tail -n 40 "$TMP/app.log" >&2
		exit 1
	fi
	CODE="$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$URL" || true)"
	[[ "$CODE" == "200" ]] && break
	if (( $(now_ms) - START > 180000 )); then
		echo "No 200 from $URL after 180 s; last status $CODE" >&2
		exit 1
	fi
	sleep 0.05
done
READY="$(now_ms)"
echo "Launch to first 200 of /kamala: $((READY - START)) ms"
grep -o 'Started ProngsaiApplication in [0-9.]* seconds[^)]*)' "$TMP/app.log" | sed 's/^/Spring reports: /' || true

echo
echo "== wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency $URL"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$URL" | tee "$TMP/wrk.txt"

RPS="$(awk '/^Requests\/sec:/ {print $2}' "$TMP/wrk.txt")"
P99="$(awk '$1 == "99%" {print $2}' "$TMP/wrk.txt")"
NON2XX="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$TMP/wrk.txt")"

echo
echo "== Summary"
echo "start-up (launch to first 200): $((READY - START)) ms"
echo "requests/s:                     $RPS"
echo "latency p99:                    $P99"
SOCKET_ERRORS="$(grep -o 'Socket errors:.*' "$TMP/wrk.txt" || true)"
if [[ -n "$SOCKET_ERRORS" ]]; then echo "wrk ${SOCKET_ERRORS,}"; fi
if [[ -n "$NON2XX" ]]; then echo "non-2xx/3xx responses:          $NON2XX (the figures above are not valid)"; fi
awk '/^VmHWM|^VmRSS/ {printf "%-31s %d MiB\n", $1, $2 / 1024}' "/proc/$PID/status"
