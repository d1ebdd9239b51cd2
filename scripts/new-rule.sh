#!/usr/bin/env bash
# Writes the skeleton of a new rule: its class in the family package dev.evtlint.rules.<family>,
# its documentation beside it with the headings the registry requires, and its fixture folder with
# a fixture where it must fire and one where it must stay silent. The fixture that expects a finding
# fails until the rule reports it: write the check until it passes (CONTRIBUTING.md).
# Usage: scripts/new-rule.sh EVTnnn kebab-case-name family
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
rules="$root/rules/src/main/java"
category_source="$root/analyzer/src/main/java/dev/evtlint/rule/Category.java"

die() {
  echo "new-rule.sh: $*" >&2
  exit 1
}

# The families are the constants of the Category enum in their order, which is the catalog's: the
# first digit of a rule's ID is the index of its family (RuleMetadata checks the same).
mapfile -t families < <(sed -n 's/^    \([A-Z][A-Z_]*\)(.*/\1/p' "$category_source" | tr '[:upper:]' '[:lower:]')
[ ${#families[@]} -gt 0 ] || die "no categories found in $category_source"

if [ $# -ne 3 ]; then
  echo "usage: scripts/new-rule.sh EVTnnn kebab-case-name family" >&2
  echo "families: ${families[*]}" >&2
  exit 2
fi
id=$1
name=$2
family=$3

[[ $id =~ ^EVT[0-9]{3}$ ]] || die "ID '$id' is not EVT and three digits"
[[ $name =~ ^[a-z][a-z0-9]*(-[a-z0-9]+)*$ ]] || die "name '$name' is not kebab-case starting with a letter"
digit=""
for i in "${!families[@]}"; do
  [ "${families[$i]}" = "$family" ] && digit=$i
done
[ -n "$digit" ] || die "family '$family' is none of: ${families[*]}"
[ "${id:3:1}" = "$digit" ] || die "$id does not start with $digit, the digit of the family $family"

# kebab-case to the class name: login-write-without-guard -> LoginWriteWithoutGuard
class=""
IFS='-' read -ra words <<<"$name"
for word in "${words[@]}"; do
  class+="${word^}"
done
fixtures="$root/test-fixtures/fixtures/$id"
grep -rqF "id = \"$id\"" "$rules" && die "the ID $id is in use"
grep -rqF "name = \"$name\"" "$rules" && die "the name $name is in use"
[ -z "$(find "$rules" -name "$class.java")" ] || die "a class $class exists"
[ ! -e "$fixtures" ] || die "$fixtures exists"

version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)
since=${version%-SNAPSHOT}
package_dir="$rules/dev/evtlint/rules/$family"
mkdir -p "$package_dir" "$fixtures"

# The smallest script for the rule to fire on; replace it with the case the rule is about.
example_sql="CREATE FUNCTION note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS \$\$
BEGIN
  RAISE NOTICE 'ddl';
END \$\$;
CREATE EVENT TRIGGER note_ddl ON ddl_command_end EXECUTE FUNCTION note_ddl();"

cat >"$package_dir/$class.java" <<EOF
package dev.evtlint.rules.$family;

import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;

/** TODO: what this rule reports, and the PostgreSQL behaviour that makes it a hazard. */
@RuleMeta(id = "$id", name = "$name", summary = "TODO: one line, what is flagged",
        severity = Severity.WARNING, category = Category.${family^^}, since = "$since")
public final class $class implements Rule {

    @Override
    public void check(RuleContext context) {
        // TODO: report what test-fixtures/fixtures/$id/ expects, with the model, flow and ast
        // packages' answers: context.report(file, range).message("...").help("...");
    }
}
EOF

cat >"$package_dir/$class.md" <<EOF
# $id $name

## What it does
TODO: what the rule flags, as ../shared/RULES.md specifies it.

## Why is this bad?
TODO: what PostgreSQL does then (the fact it rests on), and what it costs the user.

## Example
\`\`\`sql
$example_sql
\`\`\`

## Use instead
\`\`\`sql
$example_sql
\`\`\`

## Options
None.

## References
- TODO: the PostgreSQL documentation of the behaviour.
EOF

cat >"$fixtures/fires.sql" <<EOF
-- Where $id fires. The expectation fails until the rule reports it; replace the script with the
-- case the rule is about, and add a -- verify: line where the ground-truth harness can show the
-- claim on PostgreSQL (docs/ground-truth.md).
CREATE FUNCTION note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS \$\$
BEGIN
  RAISE NOTICE 'ddl';   -- expect: $id "TODO: a text of the message"
END \$\$;
CREATE EVENT TRIGGER note_ddl ON ddl_command_end EXECUTE FUNCTION note_ddl();
EOF

cat >"$fixtures/silent.sql" <<EOF
-- Where $id stays silent: the fix its help suggests, or the nearest case that is no hazard.
$example_sql
EOF

echo "wrote:"
for file in "$package_dir/$class.java" "$package_dir/$class.md" "$fixtures/fires.sql" "$fixtures/silent.sql"; do
  echo "  ${file#"$root"/}"
done
echo "next: write the check until test-fixtures' FixturesTest and DocExamplesTest pass, then scripts/rule-pages.sh"
