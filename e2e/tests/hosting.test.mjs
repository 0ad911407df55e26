// Static hosting: the nginx recipe in deploy/nginx/portal.conf, run by Debian's nginx over the
// release build. Every route is a file, unknown paths get 404.html, hashed files are cached
// for a year, HTML, data files and config.json are revalidated, and wasm has its type.
// Skipped (with a note) where nginx is not installed; scripts/setup.sh installs it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dist } from './harness.mjs';

const NGINX = '/usr/sbin/nginx';
const recipe = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'deploy', 'nginx', 'portal.conf');
let server;
let base;

before(async () => {
  if (!fs.existsSync(NGINX)) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wq-nginx-'));
  const port = 18790;
  fs.writeFileSync(path.join(dir, 'nginx.conf'), `
pid ${dir}/nginx.pid;
error_log stderr;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server {
    listen 127.0.0.1:${port};
    root ${path.resolve(dist)};
    include ${recipe};
  }
}`);
  server = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if (await fetch(base).then(() => true, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('nginx did not start');
});
after(() => server?.kill());

const get = (p, headers = {}) => fetch(base + p, { headers, redirect: 'manual' });

test('nginx serves every route as its prerendered file, unknown paths as 404.html', { skip: !fs.existsSync(NGINX) && 'nginx is not installed' }, async () => {
  for (const route of ['/', '/parks/carpet', '/news', '/news/page/2', '/news/park/carpet', '/en/news/year/2024', '/en/', '/en/parks/carpet', '/contact']) {
    const r = await get(route);
    assert.equal(r.status, 200, route);
    assert.equal(r.headers.get('cache-control'), 'no-cache', route);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.match(await r.text(), /<h1/, route);
  }
  for (const route of ['/no/such/page', '/news/page/99']) {
    const missing = await get(route);
    assert.equal(missing.status, 404, route);
    assert.match(await missing.text(), /noindex/, 'the 404 page');
  }
});

test('nginx caches hashed files for a year and revalidates data and config.json', { skip: !fs.existsSync(NGINX) && 'nginx is not installed' }, async () => {
  const html = await (await get('/news')).text();
  const wasm = html.match(/widgets\/news-[0-9a-f]{16}\.js/)[0].replace(/\.js$/, '_bg.wasm');
  const css = html.match(/[\w-]+-[0-9a-f]{8,16}\.css/)[0];
  const w = await get(`/${wasm}`, { 'accept-encoding': 'gzip' });
  assert.equal(w.headers.get('content-type'), 'application/wasm');
  assert.equal(w.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(w.headers.get('content-encoding'), 'gzip');
  assert.equal((await get(`/${css}`)).headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal((await get('/data/parks.json')).headers.get('cache-control'), 'no-cache');
  assert.equal((await get('/config.json')).headers.get('cache-control'), 'no-store');
});
