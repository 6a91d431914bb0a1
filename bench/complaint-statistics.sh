#!/usr/bin/env bash
# Times a police region's complaint statistics (O17) as the region's screen computes them: 100
# stations and 100,000 complaints with about three stages each, written into PostgreSQL, counted as
# of the year's end and as of 31 March (target: under 1 s). Needs a PostgreSQL database with the
# portal's schema or an empty one (the application migrates it): PRONGSAI_BENCH_PG_URL (default
# jdbc:postgresql://127.0.0.1:5432/prongsai_test), PRONGSAI_BENCH_PG_USER and
# PRONGSAI_BENCH_PG_PASSWORD (default prongsai_test). Its stations are removed before and after.
# Usage: bench/complaint-statistics.sh [stations] [complaints]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
	org.prongsai.integrity.ComplaintStatisticsBenchmark "${1:-100}" "${2:-100000}"
