// Prints dist/'s files with raw and gzipped sizes, and the first load (everything the page fetches
// before its first frame) against its 600 KB gzipped budget. Exit 1 when over budget.
//   node .ci/dist-size.mjs [DIST]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] || 'dist';
const firstLoad = ['index.html', 'okr.js', 'style.css', 'icon.svg', 'app.js', 'app.wasm'];
const budgetKB = 600;
let total = 0;
let totalBr = 0;
console.log('file                      raw KB   gzip KB');
for (const name of fs.readdirSync(dir).sort()) {
  const file = path.join(dir, name);
  if (!fs.statSync(file).isFile() || name.endsWith('.br') || name.endsWith('.gz')) continue;
  const raw = fs.readFileSync(file);
  const gz = zlib.gzipSync(raw, { level: 9 }).length;
  if (firstLoad.includes(name)) {
    total += gz;
    totalBr += zlib.brotliCompressSync(raw, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
    }).length;
  }
  console.log(`${name.padEnd(24)} ${(raw.length / 1024).toFixed(1).padStart(8)} ${(gz / 1024).toFixed(1).padStart(9)}`);
}
const kb = total / 1024;
console.log(`first load (brotli, as the precompressed .br files are served): ${(totalBr / 1024).toFixed(1)} KB`);
console.log(`first load (gzip): ${kb.toFixed(1)} KB, budget ${budgetKB} KB: ${kb <= budgetKB ? 'met' : 'NOT met'}`);
process.exit(kb <= budgetKB ? 0 : 1);
