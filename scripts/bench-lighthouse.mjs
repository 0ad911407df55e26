// Lighthouse budgets: all four categories (performance, accessibility, best practices, SEO) on
// each route, mobile preset, each page against its "script-free twin" for LCP.
// The release build is copied to a temp directory first (dist/ may be rebuilt meanwhile), and
// beside each route its twin is written into the copy as /__twin__<route>/index.html: the HTML
// the host sends for that route with every <script> and script/fetch preload removed and a
// <base href> so its CSS and links resolve as in the page (the Content-Security-Policy <meta>
// is kept: removing scripts cannot violate it, and the <base> stays where the page had one).
// The copy is served on 127.0.0.1 as a static host serves it (directory → index.html,
// extensionless path → index.html, else 404):
//   --server brotli (default)  this script's server: brotli q11 / gzip as the client accepts,
//                              as the deployment configs ask a host to compress;
//   --server e2e               e2e/server.mjs's startServer(dir, port): the same files, uncompressed.
// Lighthouse 12 (mobile preset, default simulated throttling) audits page and twin alternately,
// N runs each, a fresh Chromium and profile per run; medians are printed per route and
// variant, with LCP(app)/LCP(twin), and for every category under 100 the audits that cost
// points (weight × (1 − score), in points of that category, from the JSON reports).
// setup:  (cd scripts && npm ci)      # lighthouse 12 (the last line for Node 20), chrome-launcher
// usage:  node scripts/bench-lighthouse.mjs [DIST_DIR] [--runs N] [--routes /,/parks/carpet,...]
//                [--server brotli|e2e] [--json OUT] [--reports DIR] [--budget]
// --reports DIR: write every run's full Lighthouse JSON report there.
// --budget: exit 1 when, for any route (medians over the runs): performance, accessibility,
//   best practices or SEO is below 100; LCP > 1.3 × the twin's; CLS > 0.02; TBT > 100 ms.
// Chromium: $CHROME_PATH, else /usr/bin/chromium (Debian's). Run it on an otherwise idle machine.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
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
  options: {
    runs: { type: 'string', default: '3' }, routes: { type: 'string' }, json: { type: 'string' }, reports: { type: 'string' },
    server: { type: 'string', default: 'brotli' }, budget: { type: 'boolean', default: false },
  },
});
const source = path.resolve(positionals[0] ?? path.join(repo, 'dist'));
const RUNS = Number(opt.runs);
const ROUTES = opt.routes ? opt.routes.split(',').map((r) => r.trim()).filter(Boolean)
  : ['/', '/parks', '/parks/carpet', '/news', '/news/2025-08-22-wuqing-parks-study-tour', '/invest', '/contact', '/en/'];
const TWIN = '/__twin__';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const SHORT = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best pr.', seo: 'SEO' };
const BUDGET = { score: 100, lcpRatio: 1.3, cls: 0.02, tbt: 100 };
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs wants a positive integer, got ${opt.runs}`);
if (!['brotli', 'e2e'].includes(opt.server)) throw new Error(`--server brotli|e2e, got ${opt.server}`);
if (!fs.existsSync(path.join(source, 'index.html'))) throw new Error(`no ${source}/index.html: run \`trunk build --release\` first`);
if (fs.readFileSync(path.join(source, 'index.html'), 'utf8').includes('__TRUNK_ADDRESS__')) throw new Error(`${source} holds a \`trunk serve\` debug build: run \`trunk build --release\` first`);
// trunk builds into dist/.stage and then swaps it in: a copy taken meanwhile can be half old, half new.
if (fs.existsSync(path.join(source, '.stage'))) throw new Error(`${source}/.stage exists: a \`trunk build\` is writing ${source}; run again when it is done`);

// ---- A stable copy of the build, with the twins as files ---------------------------------
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lighthouse-'));
fs.cpSync(source, dist, { recursive: true });
process.on('exit', () => fs.rmSync(dist, { recursive: true, force: true }));
// Every hashed file a page names must be in the copy (it would not be if dist/ changed while copying).
for (const ref of new Set(fs.readFileSync(path.join(dist, 'index.html'), 'utf8').match(/[\w.-]+-[0-9a-f]{8,16}(?:_bg)?\.(?:js|wasm|css|svg)/g) ?? [])) {
  if (!fs.existsSync(path.join(dist, ref))) throw new Error(`${source} changed while it was copied (${ref} is missing): run again`);
}

// The file a static host would send for a URL path, or null for a 404.
function resolveFile(pathname) {
  let file;
  try { file = path.join(dist, decodeURIComponent(pathname)); } catch { return null; } // malformed %-escape
  if (file !== dist && !file.startsWith(dist + path.sep)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  return path.extname(pathname) ? null : path.join(dist, 'index.html');
}

// The script-free twin of the HTML served for `route`.
function twinHtml(route) {
  const file = resolveFile(route);
  if (!file) throw new Error(`${route}: no file to serve (404)`);
  const page = fs.readFileSync(file, 'utf8');
  let html = page.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
  html = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const attr = (name) => (tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')) ?? []).slice(1).find((v) => v !== undefined)?.toLowerCase();
    const rel = (attr('rel') ?? '').split(/\s+/);
    return rel.includes('modulepreload') || (rel.includes('preload') && ['script', 'fetch'].includes(attr('as'))) ? '' : tag;
  });
  // Relative URLs must resolve as they do in the page at `route`, not under /__twin__/.
  const oldBase = html.match(/<base\b[^>]*\shref\s*=\s*["']?([^"'\s>]*)/i)?.[1];
  const base = new URL(oldBase ?? route, `http://x${route}`).pathname;
  if (oldBase !== undefined) html = html.replace(/<base\b[^>]*>/i, `<base href="${base}">`);
  else html = html.replace(/<head\b[^>]*>/i, (head) => `${head}\n<base href="${base}">`);
  const csp = (h) => h.match(/<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy[^>]*>/i)?.[0] ?? null;
  if (csp(html) !== csp(page)) throw new Error(`${route}: the twin lost the page's Content-Security-Policy <meta>`);
  return html;
}
const twinFile = (route) => path.join(dist, TWIN, route, 'index.html');
for (const route of ROUTES) {
  const html = twinHtml(route);
  fs.mkdirSync(path.dirname(twinFile(route)), { recursive: true });
  fs.writeFileSync(twinFile(route), html);
}

// ---- The static server -------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.xml', '.txt']);
const cache = new Map(); // compressed bodies, each file compressed once
function encode(key, body, encoding) {
  if (!cache.has(`${encoding}:${key}`)) {
    cache.set(`${encoding}:${key}`, encoding === 'br'
      ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : zlib.gzipSync(body, { level: 9 }));
  }
  return cache.get(`${encoding}:${key}`);
}
let server;
if (opt.server === 'e2e') {
  const { startServer } = await import(path.join(repo, 'e2e', 'server.mjs'));
  server = await startServer(dist, 0);
} else {
  server = http.createServer((req, res) => {
    const file = resolveFile(new URL(req.url, 'http://x').pathname);
    if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    const ext = path.extname(file);
    let body = fs.readFileSync(file);
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache', vary: 'accept-encoding' };
    const accepts = (req.headers['accept-encoding'] ?? '').toLowerCase().split(',').map((e) => e.trim().split(';')[0]);
    const encoding = !COMPRESSIBLE.has(ext) ? null : accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : null;
    if (encoding) { body = encode(file, body, encoding); headers['content-encoding'] = encoding; }
    headers['content-length'] = body.length;
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- Lighthouse runs ----------------------------------------------------------------------
// What each scored audit below 1 cost its category, in points of 100.
function lostPoints(lhr) {
  const lost = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category) continue;
    const refs = category.auditRefs.filter((ref) => ref.weight > 0);
    const total = refs.reduce((sum, ref) => sum + ref.weight, 0);
    for (const ref of refs) {
      const audit = lhr.audits[ref.id];
      if (typeof audit?.score !== 'number' || audit.score >= 1) continue;
      // TBT has no items of its own: show the longest main-thread tasks instead (simulated ms, where they start).
      const items = ref.id === 'total-blocking-time'
        ? [...(lhr.audits['long-tasks']?.details?.items ?? [])].sort((a, b) => b.duration - a.duration)
          .map((t) => ({ description: `long task ${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms: ${t.url}` }))
        : audit.details?.items ?? [];
      const sample = items.slice(0, 3).map((item) => item.node?.snippet ?? item.node?.selector ?? item.source?.url ?? item.url ?? item.description ?? null)
        .filter(Boolean).map((s) => String(s).replace(/\s+/g, ' ').slice(0, 160));
      lost.push({ category: id, id: ref.id, title: audit.title, score: audit.score, weight: ref.weight,
        points: (100 * ref.weight * (1 - audit.score)) / total, displayValue: audit.displayValue ?? null,
        explanation: audit.explanation ?? null, items: items.length, sample });
    }
  }
  return lost;
}

let reportNo = 0;
async function audit(url, label) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES });
    if (opt.reports) {
      fs.mkdirSync(opt.reports, { recursive: true });
      fs.writeFileSync(path.join(opt.reports, `${String(++reportNo).padStart(2, '0')}-${label.replace(/[^\w-]+/g, '_')}.json`), JSON.stringify(lhr));
    }
    const num = (id) => lhr.audits[id]?.numericValue ?? null;
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100)]));
    return {
      scores, lcp: num('largest-contentful-paint'), cls: num('cumulative-layout-shift'), tbt: num('total-blocking-time'),
      fcp: num('first-contentful-paint'), si: num('speed-index'), bytes: num('total-byte-weight'), lost: lostPoints(lhr),
      error: lhr.runtimeError?.code ?? null, lighthouse: lhr.lighthouseVersion, userAgent: lhr.environment.hostUserAgent,
      benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    };
  } finally {
    await chrome.kill();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x, digits = 0) => (x === null || x === undefined ? 'n/a' : x.toFixed(digits));

const chromiumVersion = (() => { try { return execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return CHROME; } })();
console.log(`serving a copy of ${source} at ${origin} (${opt.server === 'e2e' ? 'e2e/server.mjs, uncompressed' : 'brotli'}; twins under ${TWIN}/); ${chromiumVersion}; ${RUNS} run(s) per variant`);
const started = Date.now();
const raw = [];
for (const route of ROUTES) {
  for (let run = 1; run <= RUNS; run++) {
    for (const variant of ['app', 'twin']) {
      const url = origin + (variant === 'twin' ? TWIN : '') + route;
      const t0 = Date.now();
      let r;
      try { r = await audit(url, `${route}-${variant}-${run}`); } catch (e) { r = { error: `threw: ${e.message}` }; }
      raw.push({ route, variant, run, url, seconds: (Date.now() - t0) / 1000, ...r });
      console.error(`  ${route} ${variant} #${run}: ${CATEGORIES.map((c) => `${SHORT[c]} ${r.scores?.[c] ?? 'n/a'}`).join(', ')}; LCP ${fmt(r.lcp)} ms, TBT ${fmt(r.tbt)} ms, CLS ${fmt(r.cls, 3)}` +
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
    const m = (f) => median(rs.map(f));
    // Audits that cost points, over the runs: in how many runs, and the mean points lost then.
    const lost = new Map();
    for (const r of rs) {
      for (const l of r.lost ?? []) {
        const key = `${l.category} ${l.id}`;
        if (!lost.has(key)) lost.set(key, { ...l, runs: 0, pointsSum: 0 });
        lost.get(key).runs++; lost.get(key).pointsSum += l.points;
      }
    }
    summary.push({
      route, variant, ok: rs.filter((r) => !r.error).length, n: rs.length,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, m((r) => r.scores?.[c])])),
      lcp: m((r) => r.lcp), cls: m((r) => r.cls), tbt: m((r) => r.tbt), fcp: m((r) => r.fcp), bytes: m((r) => r.bytes),
      lost: [...lost.values()].map(({ pointsSum, ...l }) => ({ ...l, points: pointsSum / l.runs })).sort((a, b) => b.points - a.points),
      errors: [...new Set(rs.map((r) => r.error).filter(Boolean))],
    });
  }
  const [app, twin] = summary.slice(-2);
  app.lcpRatio = app.lcp !== null && twin.lcp ? app.lcp / twin.lcp : null;
}
const header = ['route', 'variant', 'ok runs', ...CATEGORIES.map((c) => SHORT[c]), 'LCP ms', 'TBT ms', 'CLS', 'transfer bytes', 'LCP app/twin'];
const rows = summary.map((s) => [s.route, s.variant, `${s.ok}/${s.n}`, ...CATEGORIES.map((c) => fmt(s.scores[c])), fmt(s.lcp), fmt(s.tbt), fmt(s.cls, 3),
  fmt(s.bytes), s.variant === 'app' ? fmt(s.lcpRatio, 2) : '']);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
const seconds = (Date.now() - started) / 1000;
const ua = raw.find((r) => r.userAgent);
console.log(`\nLighthouse ${ua?.lighthouse ?? '?'}, mobile preset (simulated throttling), medians of ${RUNS} run(s); ${ua?.userAgent ?? ''}`);
// Simulated throttling scales the main-thread work it observed (4 × CPU), so TBT follows this machine's speed.
const bi = raw.map((r) => r.benchmarkIndex).filter((x) => typeof x === 'number');
if (bi.length) console.log(`Lighthouse benchmarkIndex (this machine's CPU speed; higher = faster): median ${fmt(median(bi))}, range ${fmt(Math.min(...bi))}–${fmt(Math.max(...bi))}`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
for (const s of summary.filter((x) => x.errors.length)) console.log(`note: ${s.route} ${s.variant}: ${s.errors.join(', ')}`);
console.log(`${raw.length} Lighthouse runs in ${seconds.toFixed(0)} s (${(seconds / raw.length).toFixed(1)} s per run)`);

console.log('\nAudits that cost points (weight × (1 − score) as points of the category, mean over the runs that failed it):');
let anyLost = false;
for (const s of summary) {
  for (const l of s.lost) {
    anyLost = true;
    console.log(`  ${s.route} ${s.variant}: ${l.category} −${l.points.toFixed(1)}  ${l.id} (score ${l.score}, weight ${l.weight}, ${l.runs}/${s.n} runs)` +
      `${l.displayValue ? ` ${l.displayValue}` : ''}${l.explanation ? ` — ${l.explanation.replace(/\s+/g, ' ').slice(0, 200)}` : ''}`);
    for (const x of l.sample) console.log(`      ${x}`);
    if (l.items > l.sample.length) console.log(`      … ${l.items} items in all`);
  }
}
if (!anyLost) console.log('  none');

const failures = [];
for (const s of summary.filter((x) => x.variant === 'app')) {
  const where = s.route;
  const twinErrors = summary.find((t) => t.route === s.route && t.variant === 'twin').errors.map((e) => `twin ${e}`);
  const check = (value, ok, text, errors = s.errors) => {
    if (value === null) failures.push(`${where}: ${text.split(' ')[0]} not measured (${errors.join(', ') || 'no value'})`);
    else if (!ok) failures.push(`${where}: ${text}`);
  };
  for (const c of CATEGORIES) check(s.scores[c], s.scores[c] >= BUDGET.score, `${c} ${fmt(s.scores[c])} < ${BUDGET.score}`);
  check(s.lcpRatio, s.lcpRatio <= BUDGET.lcpRatio, `LCP(app)/LCP(twin) ${fmt(s.lcpRatio, 2)} > ${BUDGET.lcpRatio} (${fmt(s.lcp)} / ${fmt(summary.find((t) => t.route === s.route && t.variant === 'twin').lcp)} ms)`, [...s.errors, ...twinErrors]);
  check(s.cls, s.cls <= BUDGET.cls, `CLS ${fmt(s.cls, 3)} > ${BUDGET.cls}`);
  check(s.tbt, s.tbt <= BUDGET.tbt, `TBT ${fmt(s.tbt)} ms > ${BUDGET.tbt} ms`);
}
if (opt.json) {
  fs.writeFileSync(opt.json, `${JSON.stringify({ date: new Date().toISOString(), source, server: opt.server, chromium: chromiumVersion, runs: RUNS,
    routes: ROUTES, budget: BUDGET, seconds, summary, failures, raw }, null, 2)}\n`);
  console.log(`raw numbers written to ${opt.json}`);
}
if (opt.budget) {
  console.log('');
  failures.forEach((f) => console.log(`BUDGET FAILED: ${f}`));
  if (failures.length) process.exit(1);
  console.log('all budgets met');
}
