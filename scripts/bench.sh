#!/usr/bin/env bash
# Every benchmark of docs/performance.md in one run: in-process phases on one core, warm (lexing,
# SQL and PL/pgSQL parsing, AST building, model and rules), then whole processes with hyperfine,
# side by side with squawk, PostgreSQL's own parser (libpg_query, WASM) and the JVM's start-up
# floor, and peak memory with /usr/bin/time -v.
# Usage: scripts/bench.sh [CORPUS_DIR]   (default ../shared/corpus/pg-regress/valid)
# Every comparison runs on the files of CORPUS_DIR that all tools read without error
# (scripts/bench-select.py, which prints the files left out and why).
# Needs Java 17, Maven, node and npm, and hyperfine (installed with apt-get when missing and root).
# Tools and generated inputs go to $EVTLINT_BENCH_DIR (default /tmp/evtlint-bench), never into the project.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
repo="$PWD"
corpus="$(readlink -f "${1:-../shared/corpus/pg-regress/valid}")"
work="${EVTLINT_BENCH_DIR:-/tmp/evtlint-bench}"
mkdir -p "$work"

if ! command -v hyperfine >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq hyperfine >&2; else echo "bench: install hyperfine" >&2; exit 2; fi
fi
if [ ! -x "$work/tools/node_modules/.bin/squawk" ]; then
  npm install --silent --no-audit --no-fund --prefix "$work/tools" squawk-cli@2.66 libpg-query@18 >&2
fi
# The native squawk binary, not its node wrapper: node's start-up would count against squawk.
squawk="$(find "$work/tools/node_modules/@squawk-cli" -type f -path '*/bin/squawk' | head -1)"
cp scripts/bench-pg-parse.cjs "$work/tools/pg-parse.cjs"

echo "== build" >&2
mvn -q -B -DskipTests -pl cli,test-fixtures,dist -am package dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
jar="$repo/cli/target/evtlint.jar"
# The release archive as a user unpacks it: its bin/evtlint is what issue 19's 0.2 s target names.
rm -rf "$work/release" && mkdir -p "$work/release"
tar -xzf "$(ls dist/target/evtlint-*.tar.gz | head -1)" -C "$work/release" --strip-components=1
release="$work/release/bin/evtlint check --fail-on never"
classpath="test-fixtures/target/test-classes:test-fixtures/target/classes:$(cat test-fixtures/target/bench.classpath)"

echo "== inputs in $work" >&2
# Only the files that squawk and evtlint both read without error (found by running them; the
# others are listed with the reason): a time on a file one tool fails on measures the failure.
# Copies, not symbolic links: evtlint does not follow links when it searches a folder.
rm -rf "$work/valid" "$work/big" "$work/small"
mkdir -p "$work/big" "$work/small"
python3 scripts/bench-select.py "$corpus" "$work/valid" "$squawk" "$jar"
for copy in 1 2 3 4 5 6 7 8 9 10; do cat "$work"/valid/*.sql; done >"$work/big/ten-copies.sql"
java -jar "$jar" parse --format tsv "$work/valid" >"$work/statements.tsv" || true
python3 scripts/bench-cut.py "$work/statements.tsv" 5000 "$work/small"
small_file="$repo/examples/login-audit.sql"
echo "valid: $(ls "$work/valid" | wc -l) files, $(du -sh "$work/valid" | cut -f1); big: $(du -sh "$work/big" | cut -f1); small: $(ls "$work/small" | wc -l) files"

echo "== in-process, one core, warm"
java -cp "$classpath" dev.evtlint.bench.ParseBenchmark "$work/valid" 10 9 | grep -v '^warm-up'
java -cp "$classpath" dev.evtlint.bench.AnalysisBenchmark "$work/valid" 10 9 | grep -v '^warm-up'

echo "== whole processes (hyperfine; exit codes ignored: findings exit with 1)"
evtlint="java -jar $jar check --fail-on never"
launcher="$repo/evtlint check --fail-on never"
"$work/release/bin/evtlint" --version >/dev/null # builds the release's class-data archive in the user's cache
"$repo/evtlint" --version >/dev/null # builds the launcher's class-data archive once, outside the timings
: >"$work/hyperfine.md"
# Compares commands within one hyperfine run: $1 warm-up runs, $2 measured runs, then name and command pairs.
# Without a shell (-N), unless SHELL_NEEDED is set: a command naming 5,000 files is longer than one
# argument may be (128 KiB), so the shell expands their pattern instead.
compare() {
  local warmup="$1" runs="$2" args=() mode=(-N)
  shift 2
  [ -z "${SHELL_NEEDED:-}" ] || mode=()
  while [ $# -gt 0 ]; do args+=(-n "$1" "$2"); shift 2; done
  hyperfine "${mode[@]}" -i -w "$warmup" -r "$runs" --export-markdown "$work/part.md" "${args[@]}"
  cat "$work/part.md" >>"$work/hyperfine.md"
}
compare 1 10 'JVM start-up floor (java -version)' 'java -version' \
  'squawk, one small file' "$squawk $small_file" \
  'evtlint (java -jar), one small file' "$evtlint $small_file" \
  'evtlint (./evtlint), one small file' "$launcher $small_file" \
  'evtlint (release bin/evtlint), one small file' "$release $small_file"
compare 1 5 'libpg_query, valid/' "node $work/tools/pg-parse.cjs $(echo "$work"/valid/*.sql)" \
  'squawk, valid/' "$squawk $work/valid/*.sql" \
  'evtlint (java -jar), valid/' "$evtlint $work/valid" \
  'evtlint (./evtlint), valid/' "$launcher $work/valid"
SHELL_NEEDED=1 compare 1 5 'squawk, 5,000 small files' "$squawk $work/small/*.sql" \
  'evtlint (java -jar), 5,000 small files' "$evtlint $work/small" \
  'evtlint (./evtlint), 5,000 small files' "$launcher $work/small"
cat "$work/hyperfine.md"

# One run each, timed with /usr/bin/time, which gives the peak memory too: a run takes minutes on
# a loaded machine, squawk's as well.
echo "== ten copies in one file (/usr/bin/time: wall and CPU seconds, peak resident memory)"
once() {
  local name="$1"
  shift
  /usr/bin/time -f "$name: %e s wall, %U s user, %S s system, peak %M kB" "$@" >/dev/null 2>"$work/time.txt" || true
  tail -1 "$work/time.txt"
}
once squawk $squawk "$work/big/ten-copies.sql"
once 'evtlint (java -jar)' $evtlint "$work/big/ten-copies.sql"
once 'evtlint (./evtlint)' $launcher "$work/big/ten-copies.sql"
