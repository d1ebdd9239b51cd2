#!/usr/bin/env bash
# Prints the keyword sections of our grammars from PostgreSQL's src/include/parser/kwlist.h
# (the list of keywords and their categories is a fact of PostgreSQL; the grammar around it is ours).
# Usage: keywords.sh lexer|parser < kwlist.h
#        keywords.sh pl-lexer|pl-parser < pl_reserved_kwlist.h pl_unreserved_kwlist.h (concatenated)
# The output is pasted between the "generated keywords" markers of PostgreSqlLexer.g4 and
# PostgreSqlParser.g4; rerun it when a new PostgreSQL release adds keywords.
set -euo pipefail
what=${1:?lexer, parser, pl-lexer or pl-parser}
case $what in
  pl-*) kw=$(grep '^PG_KEYWORD' | sed -E 's/PG_KEYWORD\("([a-z_]+)", *K_[A-Z_]+\).*/\1/') ;;
  *) kw=$(grep '^PG_KEYWORD' | sed -E 's/PG_KEYWORD\("([a-z_]+)", *([A-Z_]+), *([A-Z_]+), *([A-Z_]+)\).*/\1 \3 \4/') ;;
esac
# Token names are the upper-case keyword; a name ANTLR reserves for itself gets PostgreSQL's _P.
token() {
  local name
  name=$(tr 'a-z' 'A-Z' <<<"$1")
  case $name in SKIP|MORE|EOF|HIDDEN) name=${name}_P ;; esac
  printf '%s' "$name"
}
case $what in
  lexer)
    while read -r word _ _; do
      printf '%s : %s ;\n' "$(token "$word")" "'$word'"
    done <<<"$kw"
    ;;
  pl-lexer)
    while read -r word; do
      printf '%s : %s ;\n' "$(token "$word")" "'$word'"
    done <<<"$kw"
    ;;
  pl-parser)
    # The reserved PL/pgSQL keywords are the first 24 lines of the input (pl_reserved_kwlist.h).
    printf 'unreservedPlKeyword\n'
    sep=':'
    while read -r word; do
      printf '    %s %s\n' "$sep" "$(token "$word")"
      sep='|'
    done < <(tail -n +25 <<<"$kw")
    printf '    ;\n'
    ;;
  parser)
    for cat in UNRESERVED_KEYWORD COL_NAME_KEYWORD TYPE_FUNC_NAME_KEYWORD RESERVED_KEYWORD BARE_LABEL; do
      case $cat in
        UNRESERVED_KEYWORD) rule=unreservedKeyword ;;
        COL_NAME_KEYWORD) rule=colNameKeyword ;;
        TYPE_FUNC_NAME_KEYWORD) rule=typeFuncNameKeyword ;;
        RESERVED_KEYWORD) rule=reservedKeyword ;;
        BARE_LABEL) rule=bareLabelKeyword ;;
      esac
      printf '%s\n' "$rule"
      sep=':'
      while read -r word category label; do
        if [ "$category" = "$cat" ] || [ "$label" = "$cat" ]; then
          printf '    %s %s\n' "$sep" "$(token "$word")"
          sep='|'
        fi
      done <<<"$kw"
      printf '    ;\n\n'
    done
    ;;
esac
