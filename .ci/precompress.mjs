// Writes NAME.br and NAME.gz beside each of dist/'s text and WebAssembly files (the app, the page,
// its scripts and styles, the example plans), compressed once at build time at the highest
// levels, so a host that serves precompressed files (README, Publishing) sends them as they are.
// Every copy is written anew, so none is older than its file (.ci/server.mjs skips older ones).
//   node .ci/precompress.mjs DIST
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] || 'dist';
const compressible = new Set(['.wasm', '.js', '.html', '.css', '.json', '.svg', '.webmanifest', '.otf']);

function files(d) {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    if (e.isDirectory()) return files(p);
    return e.isFile() && compressible.has(path.extname(e.name)) ? [p] : [];
  });
}

for (const file of files(dir)) {
  const raw = fs.readFileSync(file);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(raw, { level: 9 }));
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(raw, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  }));
}
