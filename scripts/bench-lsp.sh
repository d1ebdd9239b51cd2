#!/usr/bin/env bash
# The language server's warm latency after one edit in a large generated project: from didChange
# to the diagnostics that reflect it (WarmEditBenchmark in lsp's tests). Run after `mvn install`.
# Usage: scripts/bench-lsp.sh [FILES [EDITS]]   (default: 500 files, 30 edits)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
mvn -q -B -o -pl lsp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >/dev/null
java -cp "lsp/target/classes:lsp/target/test-classes:$(cat "$classpath_file")" dev.evtlint.lsp.WarmEditBenchmark "$@"
