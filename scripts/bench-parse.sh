#!/usr/bin/env bash
# Parse throughput on PostgreSQL's regression scripts (../shared/corpus/pg-regress/valid), warm,
# one thread. Usage: scripts/bench-parse.sh [CORPUS_DIR [WARMUP_ROUNDS [MEASURED_ROUNDS]]]
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
# Compiling and resolving in one reactor run puts the sibling modules' target/classes on the class path.
mvn -q -B -DskipTests -pl test-fixtures -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
classpath="test-fixtures/target/test-classes:test-fixtures/target/classes:$(cat test-fixtures/target/bench.classpath)"
exec java -cp "$classpath" dev.evtlint.bench.ParseBenchmark "$@"
