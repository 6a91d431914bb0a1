#!/usr/bin/env bash
# Runs the packaged application with a class data sharing (CDS) archive, which spares the JVM
# loading and verifying the same few thousand classes from the jar on every start.
#
#   ./mvnw -B -DskipTests package
#   scripts/run-cds.sh [application arguments…]
#
# The first call extracts target/prongsai.jar into target/cds/ and records the archive with a
# training start that stops as soon as the context is refreshed (it runs the migrations, so point
# it at the database you will use). Later calls reuse both until the jar changes.
# JAVA_OPTS is passed to the JVM (default: -Xmx256m -Xms64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k).
set -euo pipefail

cd "$(dirname "$0")/.."
JAR="target/prongsai.jar"
DIR="target/cds"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -Xms64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}"

[[ -f "$JAR" ]] || { echo "No $JAR: run ./mvnw -B -DskipTests package first" >&2; exit 1; }

if [[ ! -f "$DIR/app.jsa" || "$JAR" -nt "$DIR/app.jsa" ]]; then
	rm -rf "$DIR"
	java -Djarmode=tools -jar "$JAR" extract --destination "$DIR" >/dev/null
	echo "Recording the CDS archive (one training start)…" >&2
	# shellcheck disable=SC2086
	java $JAVA_OPTS -XX:ArchiveClassesAtExit="$DIR/app.jsa" -Dspring.context.exit=onRefresh \
		-jar "$DIR/prongsai.jar" "$@" >"$DIR/training.log" 2>&1 \
		|| { echo "The training start failed; see $DIR/training.log" >&2; exit 1; }
fi

# shellcheck disable=SC2086
exec java $JAVA_OPTS -XX:SharedArchiveFile="$DIR/app.jsa" -jar "$DIR/prongsai.jar" "$@"
