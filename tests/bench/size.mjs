// Prints the raw, gzip and brotli (quality 11) size of each file in dist/'s first
// load (index.html, CSS, JS, wasm), and their brotli total against the budget.
// Usage: node tests/bench/size.mjs [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const BUDGET_BROTLI = 120 * 1024;
const dir = process.argv[2] ?? 'dist';
const files = readdirSync(dir).filter((f) => /\.(html|css|js|wasm)$/.test(f) && f !== '404.html');
let total = 0;
for (const file of files.sort()) {
  const bytes = readFileSync(join(dir, file));
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += br;
  console.log(`${file.padEnd(40)} raw ${String(bytes.length).padStart(8)}  gzip ${String(gz).padStart(7)}  brotli ${String(br).padStart(7)}`);
}
const verdict = total <= BUDGET_BROTLI ? 'within' : 'OVER';
console.log(`first load, brotli: ${total} bytes (${(total / 1024).toFixed(1)} KB), ${verdict} the ${BUDGET_BROTLI / 1024} KB budget`);
process.exitCode = total <= BUDGET_BROTLI ? 0 : 1;
