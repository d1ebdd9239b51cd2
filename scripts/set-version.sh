#!/bin/sh
# Sets evtlint's version everywhere it is written (docs/release.md):
#
#   scripts/set-version.sh 1.2.0            a release
#   scripts/set-version.sh 1.3.0-SNAPSHOT   the development after it
#
# - The POMs of the reactor (pom.xml and its <module>s): the project's version and the modules'
#   parent version. Everything else in the build takes ${project.version} from there.
# - For a release version only, the places that tell users which release to get, so that between
#   releases they keep naming the last one rather than a SNAPSHOT nobody can download:
#   README.md and docs/*.md (the Maven plugin's <version>, evtlint-VERSION.zip/.tar.gz/.jar and
#   evtlint-VERSION/ names, download/vVERSION/ links, `uses: ...evtlint...@vVERSION`,
#   `rev: vVERSION`, the "toolVersion" of example reports) and action.yml (`EVTLINT_VERSION: VERSION`
#   and `default: 'VERSION'`).
# It changes files only; committing and tagging are yours. Exit 2 on a version it does not accept.
set -eu

usage="usage: scripts/set-version.sh VERSION (1.2.0, 1.2.0-rc.1, 1.3.0-SNAPSHOT)"
[ $# -eq 1 ] || { echo "$usage" >&2; exit 2; }
new=$1
version_re='[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.]+)?'
printf '%s\n' "$new" | grep -Eqx "$version_re" || { echo "set-version: '$new' is no version; $usage" >&2; exit 2; }

cd "$(dirname "$0")/.."
old=$(sed -n '/<artifactId>evtlint-parent<\/artifactId>/,/<version>/ s#.*<version>\(.*\)</version>.*#\1#p' pom.xml | head -n 1)
[ -n "$old" ] || { echo "set-version: no project version found in pom.xml" >&2; exit 2; }
old_re=$(printf '%s' "$old" | sed 's/[.]/\\./g')

# Applies a sed -E program to a file, which is rewritten only when it changes.
rewrite() {
  file=$1
  shift
  sed -E "$@" "$file" > "$file.set-version.$$"
  if cmp -s "$file" "$file.set-version.$$"; then
    rm -f "$file.set-version.$$"
  else
    mv -f "$file.set-version.$$" "$file"
    echo "set-version: $file"
  fi
}

for module in . $(sed -n 's#.*<module>\(.*\)</module>.*#\1#p' pom.xml); do
  rewrite "$module/pom.xml" -e "s#<version>$old_re</version>#<version>$new</version>#"
done

case $new in
  *-SNAPSHOT) exit 0 ;;
esac

for doc in README.md docs/*.md; do
  [ -f "$doc" ] || continue
  rewrite "$doc" \
    -e "/<artifactId>evtlint-maven-plugin<\/artifactId>/{n;s#<version>[^<]*</version>#<version>$new</version>#;}" \
    -e "s#evtlint-$version_re(\.zip|\.tar\.gz|\.jar|/)#evtlint-$new\2#g" \
    -e "s#/download/v$version_re/#/download/v$new/#g" \
    -e "s#(uses: [^ @]*evtlint[^ @]*@v)$version_re#\1$new#g" \
    -e "s#(rev: v)$version_re#\1$new#g" \
    -e "s#(\"toolVersion\" *: *\")[^\"]*\"#\1$new\"#g"
done
if [ -f action.yml ]; then
  rewrite action.yml \
    -e "s#(EVTLINT_VERSION: *['\"]?)$version_re#\1$new#" \
    -e "s#(default: *['\"])$version_re(['\"])#\1$new\3#"
fi
