#!/usr/bin/env bash
# Times the readiness evaluation of synthetic stations (default 1,500) against the FY2567
# criteria, in memory; then one demo station's, read from a fresh embedded database as the
# dashboard reads it. Usage: bench/readiness.sh [stations]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
	org.prongsai.readiness.ReadinessBenchmark "${1:-1500}"
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
	org.prongsai.readiness.ReadinessFromDatabaseBenchmark
