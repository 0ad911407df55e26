// Lighthouse benchmark: how much slower is each page than the same HTML without its scripts?
// Serves a release build (brotli/gzip, static-host rules: directory → index.html, extensionless
// path → /index.html, else 404) on 127.0.0.1, and beside each route its "script-free twin" at
// /__twin__<route>: the HTML the server sends for that route, every <script> and script/fetch
// preload removed, with a <base href> so its CSS and links resolve as in the page. Lighthouse 12
// (mobile preset, default simulated throttling, performance only) audits page and twin
// alternately, N runs each, a fresh Chromium and profile per run, and prints the medians and
// LCP(app)/LCP(twin). A client-rendered build's twin is a blank page: expect no LCP there.
// setup:  (cd scripts && npm ci)      # lighthouse 12 (the last line for Node 20), chrome-launcher
// usage:  node scripts/bench-lighthouse.mjs [DIST_DIR] [--runs N] [--routes /,/parks/carpet,...]
//                                           [--json OUT] [--budget]
// --budget: exit 1 when a route's LCP ratio > 1.3, a performance score < 100 or a CLS > 0.02.
// Chromium: $CHROME_PATH, else /usr/bin/chromium (Debian's). Run it on an otherwise idle machine.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, routes: { type: 'string' }, json: { type: 'string' }, budget: { type: 'boolean', default: false } },
});
const dist = path.resolve(positionals[0] ?? path.join(repo, 'dist'));
const RUNS = Number(opt.runs);
const ROUTES = opt.routes ? opt.routes.split(',').map((r) => r.trim()).filter(Boolean)
  : ['/', '/parks/carpet', '/news/2025-08-22-wuqing-parks-study-tour'];
const TWIN = '/__twin__';
const BUDGET = { lcpRatio: 1.3, score: 100, cls: 0.02 };
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs wants a positive integer, got ${opt.runs}`);
if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`no ${dist}/index.html: run \`trunk build --release\` first`);
if (fs.readFileSync(path.join(dist, 'index.html'), 'utf8').includes('__TRUNK_ADDRESS__')) throw new Error(`${dist} holds a \`trunk serve\` debug build: run \`trunk build --release\` first`);

// ---- The static server -------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.xml', '.txt']);

// The file a static host would send for a URL path, or null for a 404.
function resolveFile(pathname) {
  let file;
  try { file = path.join(dist, decodeURIComponent(pathname)); } catch { return null; } // malformed %-escape
  if (file !== dist && !file.startsWith(dist + path.sep)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  return path.extname(pathname) ? null : path.join(dist, 'index.html');
}

// The script-free twin of the HTML served for `route` (null when that is a 404).
function twinHtml(route) {
  const file = resolveFile(route);
  if (!file) return null;
  let html = fs.readFileSync(file, 'utf8');
  html = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
  html = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const attr = (name) => (tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')) ?? []).slice(1).find((v) => v !== undefined)?.toLowerCase();
    const rel = (attr('rel') ?? '').split(/\s+/);
    return rel.includes('modulepreload') || (rel.includes('preload') && ['script', 'fetch'].includes(attr('as'))) ? '' : tag;
  });
  // Relative URLs must resolve as they do in the page at `route`, not under /__twin__/.
  const oldBase = html.match(/<base\b[^>]*\shref\s*=\s*["']?([^"'\s>]*)/i)?.[1];
  const base = new URL(oldBase ?? route, `http://x${route}`).pathname;
  html = html.replace(/<base\b[^>]*>/gi, '');
  return Buffer.from(html.replace(/<head\b[^>]*>/i, (head) => `${head}\n<base href="${base}">`));
}

const cache = new Map(); // compressed bodies, each file compressed once
function encode(key, body, encoding) {
  if (!cache.has(`${encoding}:${key}`)) {
    cache.set(`${encoding}:${key}`, encoding === 'br'
      ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : zlib.gzipSync(body, { level: 9 }));
  }
  return cache.get(`${encoding}:${key}`);
}

const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://x');
  let body, ext, key;
  if (pathname === TWIN || pathname.startsWith(`${TWIN}/`)) {
    key = pathname; ext = '.html'; body = twinHtml(pathname.slice(TWIN.length) || '/');
    if (body === null) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
  } else {
    const file = resolveFile(pathname);
    if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    key = file; ext = path.extname(file); body = fs.readFileSync(file);
  }
  const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache', vary: 'accept-encoding' };
  const accepts = (req.headers['accept-encoding'] ?? '').toLowerCase().split(',').map((e) => e.trim().split(';')[0]);
  const encoding = !COMPRESSIBLE.has(ext) ? null : accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : null;
  if (encoding) { body = encode(key, body, encoding); headers['content-encoding'] = encoding; }
  headers['content-length'] = body.length;
  res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- Lighthouse runs ----------------------------------------------------------------------
async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
    const num = (id) => lhr.audits[id]?.numericValue ?? null;
    const score = lhr.categories.performance.score;
    return {
      score: score === null ? null : Math.round(score * 100), lcp: num('largest-contentful-paint'), cls: num('cumulative-layout-shift'),
      tbt: num('total-blocking-time'), fcp: num('first-contentful-paint'), si: num('speed-index'), bytes: num('total-byte-weight'),
      error: lhr.runtimeError?.code ?? null, lighthouse: lhr.lighthouseVersion, userAgent: lhr.environment.hostUserAgent,
    };
  } finally {
    await chrome.kill();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x, digits = 0) => (x === null ? 'n/a' : x.toFixed(digits));

const chromiumVersion = (() => { try { return execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return CHROME; } })();
console.log(`serving ${dist} at ${origin} (twins under ${TWIN}/); ${chromiumVersion}; ${RUNS} run(s) per variant`);
const started = Date.now();
const raw = [];
for (const route of ROUTES) {
  for (let run = 1; run <= RUNS; run++) {
    for (const variant of ['app', 'twin']) {
      const url = origin + (variant === 'twin' ? TWIN : '') + route;
      const t0 = Date.now();
      let r;
      try { r = await audit(url); } catch (e) { r = { error: `threw: ${e.message}` }; }
      raw.push({ route, variant, run, url, seconds: (Date.now() - t0) / 1000, ...r });
      console.error(`  ${route} ${variant} #${run}: score ${r.score ?? 'n/a'}, LCP ${fmt(r.lcp ?? null)} ms, CLS ${fmt(r.cls ?? null, 3)}` +
        `${r.error ? `, error ${r.error}` : ''} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
  }
}
server.close();

// ---- Report -------------------------------------------------------------------------------
const summary = [];
for (const route of ROUTES) {
  for (const variant of ['app', 'twin']) {
    const rs = raw.filter((r) => r.route === route && r.variant === variant);
    const m = (k) => median(rs.map((r) => r[k]));
    summary.push({ route, variant, ok: rs.filter((r) => !r.error).length, n: rs.length, score: m('score'), lcp: m('lcp'), cls: m('cls'),
      tbt: m('tbt'), fcp: m('fcp'), bytes: m('bytes'), errors: [...new Set(rs.map((r) => r.error).filter(Boolean))] });
  }
  const [app, twin] = summary.slice(-2);
  app.lcpRatio = app.lcp !== null && twin.lcp ? app.lcp / twin.lcp : null;
}
const header = ['route', 'variant', 'ok runs', 'perf', 'LCP ms', 'CLS', 'TBT ms', 'transfer bytes', 'LCP app/twin'];
const rows = summary.map((s) => [s.route, s.variant, `${s.ok}/${s.n}`, fmt(s.score), fmt(s.lcp), fmt(s.cls, 3), fmt(s.tbt), fmt(s.bytes),
  s.variant === 'app' ? fmt(s.lcpRatio, 2) : '']);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
const seconds = (Date.now() - started) / 1000;
const ua = raw.find((r) => r.userAgent);
console.log(`\nLighthouse ${ua?.lighthouse ?? '?'}, mobile preset (simulated throttling), medians of ${RUNS} run(s); ${ua?.userAgent ?? ''}`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
for (const s of summary.filter((x) => x.errors.length)) console.log(`note: ${s.route} ${s.variant}: ${s.errors.join(', ')}`);
console.log(`${raw.length} Lighthouse runs in ${seconds.toFixed(0)} s (${(seconds / raw.length).toFixed(1)} s per run)`);

const failures = [];
for (const s of summary) {
  const where = `${s.route} (${s.variant})`;
  const check = (value, ok, text, errors = s.errors) => { if (value === null) failures.push(`${where}: ${text.split(' ')[0]} not measured (${errors.join(', ') || 'no value'})`); else if (!ok) failures.push(`${where}: ${text}`); };
  const twinErrors = summary.find((t) => t.route === s.route && t.variant === 'twin').errors.map((e) => `twin ${e}`);
  if (s.variant === 'app') check(s.lcpRatio, s.lcpRatio <= BUDGET.lcpRatio, `LCP(app)/LCP(twin) ${fmt(s.lcpRatio, 2)} > ${BUDGET.lcpRatio}`, [...s.errors, ...twinErrors]);
  check(s.score, s.score >= BUDGET.score, `performance ${fmt(s.score)} < ${BUDGET.score}`);
  check(s.cls, s.cls <= BUDGET.cls, `CLS ${fmt(s.cls, 3)} > ${BUDGET.cls}`);
}
if (opt.json) {
  fs.writeFileSync(opt.json, `${JSON.stringify({ date: new Date().toISOString(), dist, chromium: chromiumVersion, runs: RUNS, routes: ROUTES,
    budget: BUDGET, seconds, summary, failures, raw }, null, 2)}\n`);
  console.log(`raw numbers written to ${opt.json}`);
}
if (opt.budget) {
  failures.forEach((f) => console.log(`BUDGET FAILED: ${f}`));
  if (failures.length) process.exit(1);
  console.log('all budgets met');
}
