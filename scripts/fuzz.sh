#!/usr/bin/env bash
# Coverage-guided fuzzing with Jazzer, one target after the other, each for DURATION (default 5m).
# Usage: scripts/fuzz.sh [DURATION [TARGET...]]   e.g. scripts/fuzz.sh 10m SqlParserFuzzTest
# Targets: ScriptSplitterFuzzTest SqlParserFuzzTest PlPgSqlParserFuzzTest (analyzer),
# CheckFuzzTest (test-fixtures, the whole check) and CliInputsFuzzTest (cli: arguments, evtlint.toml,
# baseline and run order files). A crash stops that target; Jazzer writes the
# input into the target's seed folder under src/test/resources, where `mvn verify` replays it
# from then on. Inputs that found new coverage go to .cifuzz-corpus/ (not committed).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

duration="${1:-5m}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(ScriptSplitterFuzzTest SqlParserFuzzTest PlPgSqlParserFuzzTest CheckFuzzTest CliInputsFuzzTest)

module_of() {
  case "$1" in
    CheckFuzzTest) echo test-fixtures ;;
    CliInputsFuzzTest) echo cli ;;
    *) echo analyzer ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  echo "== fuzzing $target for $duration" >&2
  # JAZZER_FUZZ switches @FuzzTest from replaying seeds to fuzzing; only one test may fuzz per run.
  # The build replays seeds without fuzzing instrumentation (jazzer.hooks=false); fuzzing needs it.
  if ! JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" mvn -B -q -pl "$(module_of "$target")" -am test \
      -Djazzer.hooks=true -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false; then
    echo "== $target found a crash; see the seed folder of $target" >&2
    status=1
  fi
done
exit $status
