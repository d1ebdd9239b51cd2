#!/usr/bin/env bash
# Measures evtlint on the held-out case sets (test-fixtures/cases/<set>/): recall and precision per
# rule, and each case's true positives, misses (FN) and false alarms (FP), in
# test-fixtures/target/cases-<set>-measure.tsv. A benchmark, not a pass mark: see
# test-fixtures/cases/set1/MEASURE.md. Extra arguments go to Maven (e.g. -o, -Dmaven.repo.local=...).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q "$@" -pl test-fixtures -am test -Dtest=CaseSetMeasureTest -Dsurefire.failIfNoSpecifiedTests=false
for report in test-fixtures/target/cases-*-measure.tsv; do
    echo "== $report"
    sed -n '1,/^$/p' "$report"
done
