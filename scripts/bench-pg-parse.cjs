// Parses every file named on the command line with PostgreSQL 18's own parser (libpg_query
// compiled to WASM), for scripts/bench.sh: the speed of reading SQL without analysing it.
const fs = require('fs');
const { loadModule, parseSync } = require('libpg-query');

loadModule().then(() => {
  let parsed = 0;
  let failed = 0;
  for (const file of process.argv.slice(2)) {
    try {
      parseSync(fs.readFileSync(file, 'utf8'));
      parsed++;
    } catch (e) {
      failed++;
    }
  }
  console.log(`${parsed} files parsed, ${failed} failed`);
});
