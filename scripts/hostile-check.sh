#!/usr/bin/env bash
# The robustness done-check (docs/robustness.md): generates hostile inputs into target/hostile/,
# then runs ONE `evtlint check` over PostgreSQL's regression scripts (../shared/corpus/pg-regress/raw)
# and those inputs together, and fails unless the run ends without an internal error or a stack
# trace and still reports the findings of the ordinary files. Prints time, peak RSS, notifications.
# Usage: scripts/hostile-check.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

corpus="${1:-../shared/corpus/pg-regress/raw}"
[ -d "$corpus" ] || { echo "hostile-check: no corpus at $corpus" >&2; exit 2; }
out=target/hostile
inputs="$out/inputs"
rm -rf "$out"
mkdir -p "$inputs/sub"

# Repeats a string N times (awk: no python or perl needed).
repeat() { awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }

deep=20000
{ printf '\0\1\2\3'; head -c 4092 /dev/zero; } > "$inputs/binary.sql"
printf "SELECT 1;\nSELECT 'caf\xe9';\n" > "$inputs/invalid-utf8.sql"
text="SELECT 'h\xc3\xa9llo';\n"
{ printf '\xff\xfe'; printf "$text" | iconv -f UTF-8 -t UTF-16LE; } > "$inputs/utf16le-bom.sql"
{ printf '\xfe\xff'; printf "$text" | iconv -f UTF-8 -t UTF-16BE; } > "$inputs/utf16be-bom.sql"
printf "$text" | iconv -f UTF-8 -t UTF-16LE > "$inputs/utf16le-no-bom.sql"
printf "$text" | iconv -f UTF-8 -t UTF-16BE > "$inputs/utf16be-no-bom.sql"
{ printf '\xef\xbb\xbf'; printf "$text"; } > "$inputs/utf8-bom.sql"
: > "$inputs/empty.sql"
{ printf 'SELECT '; repeat '(' $deep; printf 1; repeat ')' $deep; printf ';\n'; } > "$inputs/nested-parentheses.sql"
{ printf 'CREATE FUNCTION atomic() RETURNS int LANGUAGE sql '; repeat 'BEGIN ATOMIC ' $deep; printf 'SELECT 1; ';
  repeat 'END; ' $deep; printf '\n'; } > "$inputs/nested-begin-atomic.sql"
{ repeat 'BEGIN ' $deep; repeat 'END ' $deep; printf ';\n'; } > "$inputs/nested-begin-end.sql"
{ printf 'CREATE FUNCTION blocks() RETURNS event_trigger LANGUAGE plpgsql AS $$\n'; repeat 'BEGIN\n' $deep;
  printf 'NULL;\n'; repeat 'END;\n' $((deep - 1)); printf 'END $$;\n'; } > "$inputs/nested-plpgsql-blocks.sql"
{ printf 'CREATE FUNCTION chain() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN IF x = 1'; repeat ' AND x = 1' 5000;
  printf ' THEN RETURN; END IF; END $$;\n'; } > "$inputs/long-and-chain.sql"
printf "SELECT 1;\nSELECT 'never closed;\n" > "$inputs/unterminated-quote.sql"
printf "SELECT 1;\n/* never closed\nSELECT 2;\n" > "$inputs/unterminated-comment.sql"
printf 'SELECT 1;\nDO $body$ BEGIN PERFORM 1; END;\n' > "$inputs/unterminated-dollar-quote.sql"
{ printf 'CREATE FUNCTION big() RETURNS event_trigger LANGUAGE plpgsql AS $$\nDECLARE n int := 0;\nBEGIN\n'
  awk 'BEGIN { for (i = 0; i < 100000; i++) printf "  n := n + %d;\n", i }'; printf 'END $$;\n'; } > "$inputs/function-100k-lines.sql"
{ printf "SELECT '"; head -c $((10 * 1024 * 1024)) /dev/zero | tr '\0' x; printf "';\n"; } > "$inputs/long-line-10mb.sql"
# 60 MB as large SQL files come: a dump, its DDL and event trigger first, then the rows of a table.
{ printf 'CREATE TABLE readings (id bigint, taken_at timestamptz, value numeric, note text);\n'
  printf 'CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE NOTICE %s;\nEND $$;\n' "'ddl'"
  printf 'CREATE EVENT TRIGGER on_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl();\n'
  printf 'COPY readings (id, taken_at, value, note) FROM stdin;\n'
  awk 'BEGIN { for (i = 0; i < 1050000; i++) printf "%d\t2024-01-01 00:00:00+00\t%d.5\tsensor reading number %d;\n", i, i, i }'
  printf '\\.\n'
  awk 'BEGIN { for (i = 0; i < 2000; i++) printf "INSERT INTO readings VALUES (%d, now(), %d, %s);\n", i, i, "'"'"'x'"'"'" }'
} > "$inputs/dump-60mb.sql"
# Entries that are not files to read: a FIFO, a dangling link, a loop, a second way to the same file.
mkfifo "$inputs/fifo.sql"
ln -s nowhere.sql "$inputs/dangling.sql"
ln -s .. "$inputs/sub/loop"
printf 'SELECT (;\n' > "$inputs/sub/reached-twice.sql"
ln -s sub "$inputs/also-sub"
printf 'SELECT 1;\n' > "$inputs/unreadable.sql"
chmod 000 "$inputs/unreadable.sql"
# The ordinary file whose finding must still be reported.
cat > "$inputs/login-unguarded.sql" <<'SQL'
CREATE FUNCTION on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO login_log VALUES (session_user, now());
END $$;
CREATE EVENT TRIGGER on_login ON login EXECUTE FUNCTION on_login();
SQL
echo "hostile-check: $(find "$inputs" -name '*.sql' | wc -l) inputs, $(du -sh "$inputs" | cut -f1), in $inputs" >&2

./evtlint --version >/dev/null   # builds the jar when needed, outside the measurement
status=0
/usr/bin/time -v -o "$out/time.txt" ./evtlint check --fail-on never --file-timeout 30 --output "$out/report.txt" \
  "$corpus" "$inputs" > "$out/stdout.txt" 2> "$out/stderr.txt" || status=$?

notifications=$(grep -cE '^[^ ]+\.sql: error: ' "$out/report.txt" | tr -d ' ' || true)
echo "exit code:        $status (2: some inputs could not be analysed, as intended; 3 would be an internal error)"
echo "wall time:        $(grep 'Elapsed (wall clock)' "$out/time.txt" | awk '{print $NF}')"
echo "peak RSS:         $(awk '/Maximum resident set size/ {printf "%d MiB", $NF / 1024}' "$out/time.txt")"
echo "summary:          $(tail -1 "$out/report.txt")"
echo "notifications:    $notifications"
grep -E '^[^ ]+\.sql: error: ' "$out/report.txt" | sed 's/^/  /'

failed=0
[ "$status" -ne 3 ] || { echo "FAIL: exit code 3 (internal error)"; failed=1; }
if grep -qE 'internal error|Exception|StackOverflow|^\s+at ' "$out/report.txt" "$out/stderr.txt"; then
  echo "FAIL: an internal error or a stack trace:"; grep -nE 'internal error|Exception|StackOverflow|^\s+at ' "$out/report.txt" "$out/stderr.txt" | head -5
  failed=1
fi
grep -q 'login-unguarded.sql:3:3: error: .*EVT101' "$out/report.txt" || { echo "FAIL: the ordinary file's EVT101 is missing"; failed=1; }
[ "$(grep -c 'reached-twice.sql:1:' "$out/report.txt" || true)" -eq 1 ] || { echo "FAIL: a file reached twice is not reported once"; failed=1; }
chmod 644 "$inputs/unreadable.sql"
[ $failed -eq 0 ] && echo "hostile-check: passed"
exit $failed
