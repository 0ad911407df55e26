// Bundle-size benchmark, two parts:
// 1. the built files a visitor may download (each widget's wasm and JS glue, CSS, the home page):
//    raw, gzip -9 and brotli q11 sizes, from dist/, and the outbox sender's (which any page without
//    the form downloads while an inquiry waits) against its budget of 30 KB;
// 2. the first-load transfer of each route as a browser makes it: Chromium opens the route with
//    an empty cache and waits until the network has been quiet for 3 s (the app, where a page
//    holds a widget, has been running by then); every response it received is counted at its brotli
//    q11 size (what a host serving precompressed files sends). Every route the build wrote is
//    measured, in both languages (each `index.html` under dist/); the budget is at most 150 KB
//    for each, and the script exits non-zero when any route misses it.
// usage: node scripts/bench-size.mjs [DIST_DIR]    (after `trunk build --release`)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'e2e', 'package.json'));
const { chromium } = require('playwright-core');
const { startServer } = await import(path.join(root, 'e2e', 'server.mjs'));

const dist = process.argv[2] ?? path.join(root, 'dist');
const BUDGET_KB = 150;
const QUIET_MS = 3000;
/** Pages measured at once: bytes do not depend on timing, and 120-odd routes one by one take long. */
const PARALLEL = 4;

/** Every page the build wrote: `dist/<route>/index.html`, both languages. */
function builtRoutes(dir, prefix = '/') {
  const routes = fs.existsSync(path.join(dir, 'index.html')) ? [prefix] : [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'data') routes.push(...builtRoutes(path.join(dir, entry.name), `${prefix}${entry.name}/`));
  }
  return routes;
}
const ROUTES = builtRoutes(dist).map((r) => (r === '/' || r === '/en/' ? r : r.replace(/\/$/, ''))).sort();

if (fs.readFileSync(path.join(dist, 'index.html'), 'utf8').includes('__TRUNK_ADDRESS__')) throw new Error('dist/ holds a `trunk serve` debug build: run `trunk build --release` first');
const brotli = (data) => zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1000).toFixed(1).padStart(7);

// 1. The built files.
const SENDER_BUDGET_KB = 30;
const files = [
  ...fs.readdirSync(dist).filter((f) => /\.(wasm|js|css|html)$/.test(f)),
  ...fs.readdirSync(path.join(dist, 'widgets')).map((f) => `widgets/${f}`),
];
console.log(`built files in ${dist} (KB = 1,000 bytes)`);
console.log('file                                        raw KB  gzip KB  brotli KB');
let sender = 0;
for (const f of files.sort()) {
  const data = fs.readFileSync(path.join(dist, f));
  const sizes = [data.length, zlib.gzipSync(data, { level: 9 }).length, brotli(data)];
  if (f.startsWith('widgets/outbox-')) sender += sizes[2];
  console.log(`${f.replace(/-[0-9a-f]{12,}/, '').padEnd(40)} ${kb(sizes[0])} ${kb(sizes[1])}   ${kb(sizes[2])}`);
}
console.log(`\nbudget: the outbox sender (glue and wasm) at most ${SENDER_BUDGET_KB} KB brotli: ${(sender / 1000).toFixed(1)} KB, ${sender > SENDER_BUDGET_KB * 1000 ? 'MISSED' : 'met'}`);

// 2. First load of each route, as the browser requests it.
const server = await startServer(dist);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

async function firstLoad(route) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const responses = [];
  let lastActivity = Date.now();
  page.on('request', () => { lastActivity = Date.now(); });
  page.on('response', (response) => {
    lastActivity = Date.now();
    responses.push(response.body().then((body) => ({ url: response.url(), body }), () => null));
  });
  await page.goto(base + route, { waitUntil: 'load' });
  while (Date.now() - lastActivity < QUIET_MS) await page.waitForTimeout(200);
  const started = await page.evaluate(() => document.documentElement.classList.contains('app-ready'));
  const bodies = (await Promise.all(responses)).filter(Boolean);
  await context.close();
  const parts = bodies.map(({ url, body }) => ({ name: new URL(url).pathname.replace(/-[0-9a-f]{12,}/, ''), size: brotli(body) }));
  return { route, started, parts, total: parts.reduce((sum, p) => sum + p.size, 0) };
}

const results = [];
const queue = [...ROUTES];
await Promise.all(Array.from({ length: PARALLEL }, async () => {
  for (let route = queue.shift(); route; route = queue.shift()) results.push(await firstLoad(route));
}));
results.sort((a, b) => ROUTES.indexOf(a.route) - ROUTES.indexOf(b.route));
await browser.close();
server.close();

console.log(`\nfirst load per route, brotli q11, until the network was quiet for ${QUIET_MS / 1000} s (KB = 1,000 bytes)`);
console.log('route                                     widget requests  total KB   largest');
for (const r of results) {
  const largest = [...r.parts].sort((a, b) => b.size - a.size).slice(0, 2).map((p) => `${p.name} ${(p.size / 1000).toFixed(1)}`).join(', ');
  console.log(`${r.route.padEnd(44)} ${r.started ? 'yes' : 'no '}  ${String(r.parts.length).padStart(8)}  ${kb(r.total)}   ${largest}`);
}
const over = results.filter((r) => r.total > BUDGET_KB * 1000);
const largest = results.reduce((a, b) => (b.total > a.total ? b : a));
console.log(`\nbudget: first load of every route (${results.length}) at most ${BUDGET_KB} KB brotli; largest ${largest.route} ${(largest.total / 1000).toFixed(1)} KB: ${over.length ? `MISSED on ${over.length}: ${over.map((r) => r.route).join(' ')}` : 'met'}`);
process.exitCode = over.length ? 1 : 0;
