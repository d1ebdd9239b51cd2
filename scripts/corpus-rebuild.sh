#!/usr/bin/env bash
# Rebuilds the git-ignored parts of evtlint's real-world corpus from the committed manifests.
#
# Usage: scripts/corpus-rebuild.sh [--parser] [MIRROR_DIR]
#
#   (default)  extracts every row of test-fixtures/corpus/MANIFEST.tsv whose `committed` is `no`
#              into test-fixtures/corpus/local/<project>/<file>, taking the file from the recorded
#              commit of a bare mirror of the repository, and checks its sha256.
#   --parser   also extracts the PL/pgSQL code bases of test-fixtures/corpus/PARSER-MANIFEST.tsv
#              (repo, commit, licence, path glob) into test-fixtures/corpus/parser-local/<owner>__<repo>/.
#
# MIRROR_DIR (default /work/.mirror) holds one bare mirror per repository, <owner>+<repo>/repo
# (or <owner>+<repo>/repo/.git), as the search tool's `fetch` lays them out. Repositories that are
# not mirrored there are listed at the end and their rows are skipped; fetch them and run again.
# Exit status: 0 when every row was extracted and matched its sha256, 1 otherwise.
set -euo pipefail

with_parser=no
if [[ "${1:-}" == "--parser" ]]; then with_parser=yes; shift; fi
mirrors="${1:-/work/.mirror}"

root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/test-fixtures/corpus"
failures=0
declare -A missing_repos=()

# The git directory of a repository's mirror, or nothing when it is not mirrored.
git_dir_of() {
    local base="$mirrors/${1/\//+}/repo"
    if [[ -d "$base/.git" ]]; then echo "$base/.git"
    elif [[ -d "$base" ]]; then echo "$base"
    fi
}

extract_corpus_files() {
    local project file repo commit path licence set committed sha256 git_dir target actual
    while IFS=$'\t' read -r project file repo commit path licence set committed sha256; do
        [[ "$project" == "project" || "$committed" != "no" ]] && continue
        git_dir="$(git_dir_of "$repo")"
        if [[ -z "$git_dir" ]]; then missing_repos["$repo"]=1; continue; fi
        target="$corpus/local/$project/$file"
        mkdir -p "$(dirname "$target")"
        if ! git --git-dir="$git_dir" show "$commit:$path" > "$target" 2>/dev/null; then
            echo "FAILED  $repo@$commit:$path is not in the mirror" >&2
            rm -f "$target"; failures=$((failures + 1)); continue
        fi
        actual="$(sha256sum "$target" | cut -d' ' -f1)"
        if [[ "$actual" != "$sha256" ]]; then
            echo "FAILED  $project/$file: sha256 $actual, manifest says $sha256" >&2
            failures=$((failures + 1))
        fi
    done < "$corpus/MANIFEST.tsv"
}

extract_parser_code_bases() {
    local repo commit licence glob git_dir target_dir count
    while IFS=$'\t' read -r repo commit licence glob; do
        [[ "$repo" == "repo" ]] && continue
        git_dir="$(git_dir_of "$repo")"
        if [[ -z "$git_dir" ]]; then missing_repos["$repo"]=1; continue; fi
        target_dir="$corpus/parser-local/${repo/\//__}"
        rm -rf "$target_dir"; mkdir -p "$target_dir"
        count=0
        # git's own pathspec matching (`git grep` takes glob magic, `ls-tree` does not), so the
        # glob means the same on every machine; `git grep` prints each file as COMMIT:PATH.
        while IFS= read -r path; do
            path="${path#"$commit":}"
            mkdir -p "$target_dir/$(dirname "$path")"
            git --git-dir="$git_dir" show "$commit:$path" > "$target_dir/$path"
            count=$((count + 1))
        done < <(git --git-dir="$git_dir" grep --name-only -I -e '' "$commit" -- ":(glob)$glob")
        if [[ $count -eq 0 ]]; then
            echo "FAILED  $repo@$commit: no file matches $glob" >&2; failures=$((failures + 1))
        fi
    done < "$corpus/PARSER-MANIFEST.tsv"
}

extract_corpus_files
if [[ "$with_parser" == yes ]]; then extract_parser_code_bases; fi

if [[ ${#missing_repos[@]} -gt 0 ]]; then
    echo "Not mirrored in $mirrors (fetch these first, then run again):" >&2
    printf '  %s\n' "${!missing_repos[@]}" | sort >&2
    failures=$((failures + ${#missing_repos[@]}))
fi
if [[ $failures -gt 0 ]]; then exit 1; fi
echo "corpus rebuilt under $corpus/local$([[ "$with_parser" == yes ]] && echo " and $corpus/parser-local")"
