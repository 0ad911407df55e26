// A static server for the release build, as static hosting serves it: files from dist/, a
// directory as its index.html, and 404.html with status 404 for anything else.
// With a prefix (`/sub/`) it serves the site under that path, as a host does for a build
// made with `trunk build --public-url /sub/`.
// usage: node e2e/server.mjs [DIST_DIR] [PORT] [PREFIX]   (prints the URL it listens on)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

export function startServer(dir, port = 0, prefix = '/') {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('outside the site'); return; }
    let file = path.join(root, decodeURIComponent(url.pathname.slice(prefix.length - 1)));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!fs.existsSync(file)) {
      if (path.extname(url.pathname)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      [file, status] = [path.join(root, '404.html'), 404];
    }
    res.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = process.argv[2] ?? path.join(here, '..', 'dist');
  const prefix = process.argv[4] ?? '/';
  const server = await startServer(dir, Number(process.argv[3] ?? 8081), prefix);
  console.log(`serving ${dir} at http://127.0.0.1:${server.address().port}${prefix}`);
}
