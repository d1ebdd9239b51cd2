#!/usr/bin/env bash
# Where the CPU time of one whole `evtlint check` goes, cold, as ./evtlint runs it: async-profiler
# (taken from Maven Central) samples every thread, the JIT compiler's and the garbage collector's
# included, and scripts/profile-summary.py sums the samples by thread and by phase (reading,
# splitting, lexing, parsing with the share spent building ANTLR's prediction DFA, AST building,
# model, rules, compiling, collecting). The figures of docs/performance.md come from it.
# Usage: scripts/profile.sh [PATH...]   (default: the 5,000 small files scripts/bench.sh makes)
# Output: the summary on standard output; the raw stacks in $EVTLINT_BENCH_DIR/profile.collapsed.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
work="${EVTLINT_BENCH_DIR:-/tmp/evtlint-bench}"
version=4.1
library="$work/tools/async-profiler-$version/linux-x64/libasyncProfiler.so"
if [ ! -f "$library" ]; then
  mvn -q -B dependency:copy -Dartifact="tools.profiler:async-profiler:$version" -DoutputDirectory="$work/tools" >&2
  mkdir -p "$work/tools/async-profiler-$version"
  (cd "$work/tools/async-profiler-$version" && unzip -q -o "$work/tools/async-profiler-$version.jar" 'linux-x64/*')
fi
[ $# -gt 0 ] || set -- "$work/small"
./evtlint --version >/dev/null # builds the jar and its class-data archive outside the profile
# An interval timer, not perf events: virtual machines often have no hardware counters. Its
# samples fall at the kernel's tick (about 4 ms here), whatever the interval asked for.
JAVA_TOOL_OPTIONS="-agentpath:$library=start,event=itimer,interval=1ms,threads,file=$work/profile.collapsed,collapsed" \
  ./evtlint check --fail-on never "$@" >/dev/null 2>"$work/profile.stderr" || true
python3 scripts/profile-summary.py "$work/profile.collapsed"
