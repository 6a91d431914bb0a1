#!/usr/bin/env bash
# Throughput and latency of the public certificate verification page, /{station}/verify/{code}.
# Build first:  ./mvnw -B -DskipTests package
# Then:         bench/verify.sh [seconds] [threads] [connections]
# Everything stays on loopback and in a fresh temporary folder: ./data is never touched.
set -euo pipefail

DURATION="${1:-20}"
THREADS="${2:-2}"
CONNECTIONS="${3:-32}"
HEAP="${BENCH_HEAP:--Xmx256m}"
WARMUP="${BENCH_WARMUP:-15}"

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
require curl wrk

temporary_folder

PORT="${BENCH_PORT:-$(free_port)}"

echo "== Prongsai: certificate verification ($(nproc) CPU, $(java -version 2>&1 | head -1))"
private_jar "$TMP"
# The demo issues one certificate for kamala on the first start, signed with a key made in
# $TMP/keys, and logs the address of its verification page.
start_demo "$TMP" "$PORT" "$HEAP"
PID=$APP_PID

START="$(date +%s)"
VERIFY=""
while true; do
	if ! kill -0 "$PID" 2>/dev/null; then
		STATUS=0
		wait "$PID" || STATUS=$?
		PID=""
		echo "The application stopped (exit status $STATUS) before serving; its log:" >&2
		tail -n 40 "$TMP/app.log" >&2
		exit 1
	fi
	VERIFY="$(grep -o 'verify at /kamala/verify/[A-Za-z0-9_-]*' "$TMP/app.log" | head -1 | sed 's/^verify at //' || true)"
	if [[ -n "$VERIFY" ]] && [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$PORT$VERIFY" || true)" == "200" ]]; then
		break
	fi
	if (( $(date +%s) - START > 180 )); then
		echo "The verification page did not answer 200 within 180 s (address: ${VERIFY:-not logged})" >&2
		exit 1
	fi
	sleep 0.1
done
URL="http://127.0.0.1:$PORT$VERIFY"
PAGE="$(curl -s "$URL?lang=en")"
[[ "$PAGE" == *'>VALID<'* ]] || { echo "The demo certificate does not show as valid" >&2; exit 1; }
# The language cookie the check above would set is not sent by wrk: every request is a fresh,
# anonymous visitor in Thai, as someone scanning a QR code is.
curl -s -o /dev/null "$URL"

# Unlike a cached page, this one runs the controller, the database and Thymeleaf on every request:
# let the JIT compile them before measuring.
echo "== warm-up: ${WARMUP}s"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$URL" >/dev/null

echo
echo "== wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency $URL"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$URL" | tee "$TMP/wrk.txt"

RPS="$(awk '/^Requests\/sec:/ {print $2}' "$TMP/wrk.txt")"
P99="$(awk '$1 == "99%" {print $2}' "$TMP/wrk.txt")"
NON2XX="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$TMP/wrk.txt")"

echo
echo "== Summary (target: at least 2000 requests/s with p99 under 20 ms)"
echo "requests/s:                     $RPS"
echo "latency p99:                    $P99"
SOCKET_ERRORS="$(grep -o 'Socket errors:.*' "$TMP/wrk.txt" || true)"
if [[ -n "$SOCKET_ERRORS" ]]; then echo "wrk ${SOCKET_ERRORS,}"; fi
if [[ -n "$NON2XX" ]]; then echo "non-2xx/3xx responses:          $NON2XX (the figures above are not valid)"; fi
awk '/^VmHWM|^VmRSS/ {printf "%-31s %d MiB\n", $1, $2 / 1024}' "/proc/$PID/status"
