#!/usr/bin/env bash
# Memory and answers under a flood of parallel sign-ins with wrong passwords and unknown names, each
# of which costs an Argon2 hash of 16 MB (a decoy one for an unknown name), on the README's flags.
# Build first:  ./mvnw -B -DskipTests package
# Then:         bench/sign-in-flood.sh [seconds] [parallel clients]
# BENCH_HASHES=64 lifts the hashing gate (prongsai.hashing.max-concurrent) to see what it prevents.
# Everything stays on loopback and in a fresh temporary folder: ./data is never touched.
set -euo pipefail

DURATION="${1:-20}"
CLIENTS="${2:-64}"
HASHES="${BENCH_HASHES:-0}"

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
HEAP="${BENCH_HEAP:-$SMALL_HOST}"
require curl

temporary_folder

PORT="${BENCH_PORT:-$(free_port)}"
BASE="http://127.0.0.1:$PORT"

echo "== Prongsai: $CLIENTS parallel sign-ins for ${DURATION}s, hashing gate $HASHES (0: one a core; $(nproc) CPU)"
private_jar "$TMP"
# Every client of this run is 127.0.0.1: the per-client lock-out stays on with limits the run can't
# reach, so that every attempt reaches the password check.
start_demo "$TMP" "$PORT" "$HEAP" --prongsai.sign-in.max-failures=1000000000 \
	--prongsai.sign-in.max-client-failures=1000000000 --prongsai.hashing.max-concurrent="$HASHES"
PID=$APP_PID

wait_until_serving "$TMP" "$BASE/kamala"

# One client: a session of its own, the sign-in page for its token, then wrong passwords for a demo
# account and for a name that is no account, in turn; each answer's redirect is written down.
client() {
	local n="$1" jar="$TMP/cookies-$1" token until=$((SECONDS + DURATION)) i=0
	while (( SECONDS < until )); do
		token="$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
		local name="kamala.officer"
		(( i++ % 2 )) && name="nobody.$n"
		curl -s -o /dev/null -c "$jar" -b "$jar" -w '%{http_code} %{redirect_url}\n' --max-time 30 \
			--data-urlencode "username=$name" --data-urlencode "password=wrong-$i" --data-urlencode "_csrf=$token" \
			"$BASE/login" >>"$TMP/answers-$n" || echo "failed" >>"$TMP/answers-$n"
	done
}
CLIENT_PIDS=()
for n in $(seq 1 "$CLIENTS"); do
	client "$n" &
	CLIENT_PIDS+=($!)
done

# The home page while the flood goes on.
sleep $((DURATION / 2))
HOME_TIME="$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' --max-time 30 "$BASE/kamala" || true)"
wait "${CLIENT_PIDS[@]}" || true

echo
echo "== Summary"
echo "home page during the flood: $HOME_TIME"
echo "sign-in answers:"
cat "$TMP"/answers-* | sed "s#$BASE##" | sort | uniq -c
if kill -0 "$PID" 2>/dev/null; then
	awk '/^VmHWM|^VmRSS/ {printf "%-12s %d MiB\n", $1, $2 / 1024}' "/proc/$PID/status"
else
	echo "the application has stopped"
fi
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$TMP/app.log" || true)"
