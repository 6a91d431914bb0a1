#!/usr/bin/env bash
# Times the generated reports: the monthly procurement summary (สขร.๑) of a busy month (default
# 500 records) as PDF + XLSX, read back and checked to agree (target: under 1 s); and the first six
# months' O7 (PDF + DOCX), O11 (PDF + XLSX for crimes and for checkpoints) and O15 (PDF + XLSX) files of
# one station (target: under 5 s).
# Usage: bench/reports.sh [records]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
	org.prongsai.reporting.ReportsBenchmark "${1:-500}"
