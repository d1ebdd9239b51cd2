#!/usr/bin/env bash
# Records evtlint's findings (JSON) on every script set the project judges itself by, one file per
# set, so that a change that must not alter behaviour (a refactoring, a package move, a merge) can be
# checked byte for byte:
#   scripts/findings-snapshot.sh DIR            write the snapshot into DIR
#   scripts/findings-snapshot.sh --compare DIR  write a new one and diff it against DIR (exit 1 on change)
# The sets: each fixture folder, ../shared/corpus (pg-regress raw and valid, real-world), examples/,
# and each folder of test-fixtures/corpus/projects on its own (run from inside it, so that its own
# evtlint.toml applies). Uses cli/target/evtlint.jar (build it first: mvn install -DskipTests), or the
# jar EVTLINT_JAR names (say, a copy that a build running meanwhile cannot replace).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
jar="${EVTLINT_JAR:-$root/cli/target/evtlint.jar}"
compare=""
if [[ "${1:-}" == "--compare" ]]; then
  compare="$2"
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
else
  out="${1:?usage: findings-snapshot.sh DIR | --compare DIR}"
fi
[[ -f "$jar" ]] || { echo "no $jar: build first" >&2; exit 2; }
mkdir -p "$out"

# record NAME DIR PATH...: the findings of one run from DIR on PATH... in $out/NAME.json, its
# standard error and its exit code beside them (2 is expected where a script cannot be read)
record() {
  local name="$1" dir="$2" status=0
  shift 2
  (cd "$dir" && java -jar "$jar" check --fail-on never --format json "$@") >"$out/$name.json" 2>"$out/$name.stderr" \
    || status=$?
  echo "$status" >"$out/$name.exit"
}

for fixture in "$root"/test-fixtures/fixtures/*/; do
  record "fixture-$(basename "$fixture")" "$fixture" .
done
shared="$root/../shared/corpus"
record pg-regress-raw "$shared/pg-regress/raw" .
record pg-regress-valid "$shared/pg-regress/valid" .
record real-world "$shared/real-world/files" .
record examples "$root/examples" .
for project in "$root"/test-fixtures/corpus/projects/*/; do
  record "project-$(basename "$project")" "$project" .
done

if [[ -n "$compare" ]]; then
  if diff -r "$compare" "$out"; then
    echo "findings identical ($(ls "$out" | grep -c '\.json$') sets)"
  else
    echo "findings differ from $compare" >&2
    exit 1
  fi
else
  echo "snapshot of $(ls "$out" | grep -c '\.json$') sets in $out"
fi
