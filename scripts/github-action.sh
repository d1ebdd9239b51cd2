#!/usr/bin/env bash
# The logic of the GitHub Action (action.yml at the repository root): gets evtlint, checks the
# scripts, writes SARIF for code scanning, annotates the pull request, writes a job summary and
# sets the step's outputs. It always exits 0 once evtlint has run: the exit code that the inputs
# call for is the output `exit-code`, which the action's last step returns AFTER the SARIF upload,
# so that findings never keep their alerts from being uploaded.
#
# Environment, as the runner and action.yml set it:
#   GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, RUNNER_TOOL_CACHE
#   INPUT_VERSION      evtlint version; the jar is evtlint-<version>.jar of the release v<version>
#   INPUT_PATHS        files and folders to check, separated by spaces or new lines (default: .)
#   INPUT_FAIL_ON      error | warning | note | never (default: evtlint.toml's, else error)
#   INPUT_CONFIG, INPUT_BASELINE, INPUT_PG_VERSION   evtlint's --config, --baseline, --pg-version
#   INPUT_SARIF_FILE   where the SARIF goes, relative to the workspace (default: evtlint.sarif)
#   EVTLINT_ACTION_REPOSITORY   owner/name of the action's repository, where the releases are
#                               (default: taken from GITHUB_ACTION_PATH, .../_actions/OWNER/NAME/REF)
# For the project's own tests only:
#   EVTLINT_ACTION_RELEASES    the URL under which v<version>/evtlint-<version>.jar lies
#                              (default: https://github.com/<repository>/releases/download)
set -euo pipefail

fail() {
  echo "::error title=evtlint action::$*"
  exit 2
}

require() {
  local name
  for name in "$@"; do
    [ -n "${!name:-}" ] || fail "$name is not set; this script runs inside the evtlint action"
  done
}

# Sets REPOSITORY to the repository the action was taken from. The runner leaves
# github.action_repository empty inside composite actions, so it is read from the folder the
# runner checked the action out to.
find_repository() {
  REPOSITORY="${EVTLINT_ACTION_REPOSITORY:-}"
  [ -z "$REPOSITORY" ] || return 0
  local path="${GITHUB_ACTION_PATH:-}"
  [[ "$path" == */_actions/*/*/* ]] || fail "cannot tell which repository the action comes from; set EVTLINT_ACTION_REPOSITORY"
  path="${path#*/_actions/}"
  REPOSITORY="$(echo "$path" | cut -d/ -f1-2)"
}

# Sets JAR to evtlint-<version>.jar in the runner's tool cache, downloading it there first when it
# is not yet there (action.yml restores that folder with actions/cache).
find_jar() {
  local version="$1"
  local folder="$RUNNER_TOOL_CACHE/evtlint/$version"
  JAR="$folder/evtlint-$version.jar"
  [ ! -s "$JAR" ] || return 0
  local releases="${EVTLINT_ACTION_RELEASES:-}"
  if [ -z "$releases" ]; then
    find_repository
    releases="https://github.com/$REPOSITORY/releases/download"
  fi
  local url="$releases/v$version/evtlint-$version.jar"
  mkdir -p "$folder"
  # Downloaded beside its final name and renamed: a cancelled download never leaves half a jar behind.
  local partial="$JAR.$$"
  echo "evtlint: downloading $url"
  if ! curl --fail --silent --show-error --location --retry 3 --output "$partial" "$url"; then
    rm -f "$partial"
    fail "cannot download evtlint $version from $url"
  fi
  mv -f "$partial" "$JAR"
}

# Counts the workflow commands of one kind that name a rule, i.e. findings (tool errors name none).
count_findings() {
  grep -c "^::$1 .*,title=EVT" "$2" || true
}

# The job summary: what was found, by severity and by rule, and what the exit code is.
write_summary() {
  local annotations="$1" exit_code="$2" errors="$3" warnings="$4" notes="$5"
  local findings=$((errors + warnings + notes))
  local tool_errors
  tool_errors=$(grep -c "^::error.*::evtlint: " "$annotations" || true)
  {
    echo "## evtlint"
    echo
    if [ "$findings" -eq 0 ]; then
      echo "No findings."
    else
      echo "| Findings | Errors | Warnings | Notes |"
      echo "| ---: | ---: | ---: | ---: |"
      echo "| $findings | $errors | $warnings | $notes |"
      echo
      echo "| Rule | Findings |"
      echo "| --- | --- |"
      sed -n 's/^::[a-z]* .*,title=\(EVT[0-9]*\) \([^:]*\)::.*$/\1 \2/p' "$annotations" \
        | sort | uniq -c | sort -k1,1nr -k2 \
        | while read -r count id name; do echo "| $id $name | $count |"; done
    fi
    if [ "$tool_errors" -gt 0 ]; then
      echo
      echo "$tool_errors files or inputs could not be checked: see the annotations."
    fi
    echo
    echo "Exit code: $exit_code (fail-on: ${INPUT_FAIL_ON:-evtlint.toml, else error})."
  } >> "$GITHUB_STEP_SUMMARY"
}

main() {
  require GITHUB_WORKSPACE GITHUB_OUTPUT GITHUB_STEP_SUMMARY RUNNER_TEMP RUNNER_TOOL_CACHE INPUT_VERSION
  command -v java >/dev/null || fail "java is not on PATH (action.yml sets it up with actions/setup-java)"
  find_jar "$INPUT_VERSION"
  cd "$GITHUB_WORKSPACE"

  local paths=()
  read -r -d '' -a paths <<< "${INPUT_PATHS:-.}" || true
  [ "${#paths[@]}" -gt 0 ] || paths=(.)
  local options=(--source-root "$GITHUB_WORKSPACE")
  [ -z "${INPUT_CONFIG:-}" ] || options+=(--config "$INPUT_CONFIG")
  [ -z "${INPUT_BASELINE:-}" ] || options+=(--baseline "$INPUT_BASELINE")
  [ -z "${INPUT_PG_VERSION:-}" ] || options+=(--pg-version "$INPUT_PG_VERSION")
  local fail_on=()
  [ -z "${INPUT_FAIL_ON:-}" ] || fail_on=(--fail-on "$INPUT_FAIL_ON")

  # SARIF first, with every finding (suppressed ones marked as such) whatever fail-on says.
  local sarif="${INPUT_SARIF_FILE:-evtlint.sarif}"
  rm -f "$sarif"
  local sarif_status=0
  java -jar "$JAR" check --format sarif --output "$sarif" --fail-on never "${options[@]}" -- "${paths[@]}" \
    || sarif_status=$?

  # Then the annotations: the runner turns these workflow commands on standard output into
  # annotations of the pull request. The exit code of this run is the one fail-on decides.
  local annotations="$RUNNER_TEMP/evtlint-annotations.txt"
  local exit_code=0
  java -jar "$JAR" check --format github "${fail_on[@]}" "${options[@]}" -- "${paths[@]}" > "$annotations" \
    || exit_code=$?
  cat "$annotations"
  # A problem the first run had and the second had not (the two read the same files) still counts.
  [ "$sarif_status" -le 1 ] || [ "$exit_code" -ge "$sarif_status" ] || exit_code=$sarif_status

  local errors warnings notes
  errors=$(count_findings error "$annotations")
  warnings=$(count_findings warning "$annotations")
  notes=$(count_findings notice "$annotations")
  write_summary "$annotations" "$exit_code" "$errors" "$warnings" "$notes"
  {
    echo "exit-code=$exit_code"
    echo "findings=$((errors + warnings + notes))"
    echo "errors=$errors"
    echo "warnings=$warnings"
    echo "notes=$notes"
    # Only a SARIF file that was written is uploaded: an error in the options stops evtlint first.
    [ ! -f "$sarif" ] || echo "sarif-file=$sarif"
  } >> "$GITHUB_OUTPUT"
}

main "$@"
