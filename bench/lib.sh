# Shared by the benchmark scripts: sourced, not run.

# The README's JVM flags for a small host. With the heap's floor low and its free share bounded,
# the serial collector gives memory back after a full collection instead of keeping the peak.
SMALL_HOST="-Xmx256m -Xms64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k"

# A free port: a random one that nothing on loopback answers on.
free_port() {
	local port
	for _ in $(seq 1 50); do
		port=$((20000 + RANDOM % 40000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return
		fi
	done
	echo "no free port found" >&2
	return 1
}

# Stops a process politely, then for good after ten seconds.
stop_pid() {
	local pid="$1"
	if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
		kill "$pid" 2>/dev/null || true
		for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
		kill -9 "$pid" 2>/dev/null || true
	fi
}

# Exits with a hint unless the jar is built and each tool named is installed.
require() {
	[[ -f target/prongsai.jar ]] || { echo "No target/prongsai.jar: run ./mvnw -B -DskipTests package first" >&2; exit 1; }
	local tool package
	for tool in "$@"; do
		package="$tool"
		[[ "$tool" == nginx ]] && package=nginx-light
		command -v "$tool" >/dev/null || [[ -x "/usr/sbin/$tool" ]] || { echo "$tool is needed (apt-get install $package)" >&2; exit 1; }
	done
}

# A fresh temporary folder in TMP, deleted on exit, Ctrl-C or failure after the application whose
# process id is in PID (set it once started) is stopped.
temporary_folder() {
	TMP="$(mktemp -d -t bench.XXXXXX)"
	PID=""
	trap 'stop_pid "$PID"; rm -rf "$TMP"' EXIT INT TERM
}

# A private copy of the jar in the folder: a rebuild during the run can't swap it under the JVM,
# and a script that stops "prongsai.jar" processes by name elsewhere won't stop this one.
private_jar() {
	cp target/prongsai.jar "$1/app.jar"
}

# Starts the folder's jar with the demo on loopback, its database, files and keys in the folder (so
# ./data is never touched) and its output in FOLDER/app.log; sets APP_PID.
# Usage: start_demo FOLDER PORT "JVM OPTIONS" [APPLICATION ARGUMENTS...]
start_demo() {
	local folder="$1" port="$2" jvm="$3"
	shift 3
	# shellcheck disable=SC2086
	# Two malloc arenas, as the README runs it: one per thread that allocates natively costs tens of MB.
	MALLOC_ARENA_MAX="${BENCH_MALLOC_ARENA_MAX:-2}" PRONGSAI_FILES="$folder/files" PRONGSAI_KEYS="$folder/keys" PRONGSAI_DEMO=true java $jvm -jar "$folder/app.jar" \
		--server.port="$port" --server.address=127.0.0.1 \
		"--spring.datasource.url=jdbc:h2:file:$folder/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE" \
		"$@" >"$folder/app.log" 2>&1 &
	APP_PID=$!
}

# Waits until URL answers 200 (three minutes at most), or exits with the log of the folder's
# application if it stops first; clears APP_PID then, so that the caller's clean-up has nothing
# to stop. Usage: wait_until_serving FOLDER URL
wait_until_serving() {
	local folder="$1" url="$2"
	for _ in $(seq 1 1800); do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			APP_PID=""
			echo "The application stopped before serving; its log:" >&2
			tail -n 40 "$folder/app.log" >&2
			exit 1
		fi
		[[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$url" || true)" == "200" ]] && return
		sleep 0.1
	done
	echo "$url did not answer 200 within three minutes" >&2
	exit 1
}
