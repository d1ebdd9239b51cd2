#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml): `evtlint check` with the hook's args on the project
# (pre-commit passes no files: evtlint searches the working directory, the repository's root). It runs the evtlint on PATH (the release archive's bin/evtlint), which
# starts fast and is what the user installed; without one, the launcher of the hook's own
# repository, which builds the revision that `rev` pins on its first run (Java 17 and Maven needed).
set -euo pipefail
if command -v evtlint >/dev/null; then
  exec evtlint check "$@"
fi
hook_repository="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
exec "$hook_repository/evtlint" check "$@"
