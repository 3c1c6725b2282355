// A small static file server for dist/: correct MIME types (application/wasm for streaming
// compilation), no directory listing, nothing outside the served folder, loopback only.
//   node .ci/server.mjs DIR [PORT]        (PORT 0 picks a free port)
// Also importable: `const { url, close } = await serve(dir, port)` (the end-to-end tests do);
// `serve(dir, port, host, { prefix: '/some/sub/path/' })` serves the folder under that path only,
// as a static host serving dist/ from a sub-path would (url then ends with the prefix); `also`
// lists more paths serving the same folder, as two deployments on one origin.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.otf': 'font/otf',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export function serve(dir, port = 8080, host = '127.0.0.1', { prefix = '/', also = [] } = {}) {
  const rootDir = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const served = [prefix, ...also].find((p) => rel.startsWith(p));
    if (!served) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    rel = '/' + rel.slice(served.length);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(rootDir, '.' + rel);
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      // The build's precompressed copy (NAME.br, NAME.gz) when the browser takes it, as a host
      // serving precompressed files does (README, Publishing).
      const accepts = String(req.headers['accept-encoding'] || '');
      let body = file;
      let encoding = null;
      for (const [ext, name] of [['.br', 'br'], ['.gz', 'gzip']]) {
        if (encoding || !new RegExp(`\\b${name}\\b`).test(accepts)) continue;
        try {
          // A copy older than its file is stale (the file was edited after the build): skip it.
          const copy = fs.statSync(file + ext);
          if (copy.isFile() && copy.mtimeMs >= st.mtimeMs) {
            body = file + ext;
            encoding = name;
          }
        } catch {
          // no precompressed copy: the file as it is
        }
      }
      const headers = {
        'Content-Type': types[path.extname(file)] || 'application/octet-stream',
        'Content-Length': body === file ? st.size : fs.statSync(body).size,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
      };
      if (encoding) headers['Content-Encoding'] = encoding;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(body).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const url = `http://${host}:${server.address().port}${prefix}`;
      resolve({ url, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || 'dist';
  const port = Number(process.argv[3] ?? 8080);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`no index.html in ${dir}: build the web app first (.ci/build web)`);
    process.exit(2);
  }
  serve(dir, port)
    .then(({ url }) => console.log(`OKR planner: ${url}  (serving ${path.resolve(dir)}; Ctrl+C to stop)`))
    .catch((e) => {
      console.error(`cannot serve on 127.0.0.1:${port}: ${e.message}`);
      process.exit(1);
    });
}
