#!/usr/bin/env bash
# Writes docs/rules (a page per rule and the index) from the documentation beside each rule class,
# rules/src/main/java/dev/evtlint/rules/<family>/<Class>.md. Run it after changing a rule's documentation or
# metadata; the build's RulePagesTest fails until the pages match. Maven options may follow (-o, ...).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
mvn -q -B -pl test-fixtures -am test -Dtest=RulePagesTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Devtlint.rulePages=write "$@"
git status --short docs/rules
