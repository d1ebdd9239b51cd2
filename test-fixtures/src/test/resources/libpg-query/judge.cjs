// PostgreSQL 18's own parser (libpg_query, compiled to WASM) as the judge of syntax for
// SyntaxJudgeTest: reads one JSON object per line on standard input, {"id": N, "sql": "..."},
// and answers each on standard output, in order, with {"id": N, "ok": true} or
// {"id": N, "ok": false, "error": "..."}. One process for a whole test run.
const readline = require('readline');
const { loadModule, parseSync } = require('libpg-query');

loadModule().then(() => {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    const { id, sql } = JSON.parse(line);
    let answer;
    try {
      parseSync(sql);
      answer = { id, ok: true };
    } catch (e) {
      answer = { id, ok: false, error: String(e && e.message ? e.message : e) };
    }
    process.stdout.write(JSON.stringify(answer) + '\n');
  });
});
