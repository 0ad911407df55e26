// Compares how two builds of the site take over their prerendered pages (replace vs hydrate,
// or any two dist/ directories): time to `html.app-ready`, main-thread long tasks up to then,
// layout shift, and whether the visible text is the same before and after the app takes over.
//
// usage: node scripts/bench-takeover.mjs DIST_A DIST_B [--runs N] [--routes /,/news,...] [--cpu 4] [--labels a,b] [--json out.json]
//
// Each dist is served by a static server of its own (files, `<dir>/index.html`, SPA fallback to
// index.html, as e2e/server.mjs does). For every route, runs alternate A, B, A, B, … each in a
// fresh browser context (cold cache), Chromium at 390×844 with the CPU throttled (CDP
// Emulation.setCPUThrottlingRate). Per run:
//   ready    ms from navigation start to the `app-ready` class on <html> (a MutationObserver
//            installed before any page script notes the moment the class appears)
//   wasm     ms from navigation start to the wasm file's responseEnd (resource timing)
//   main     ms from the wasm module's instantiation (WebAssembly.instantiate[Streaming] resolving,
//            wrapped before any page script) to ready: the takeover itself (main(): reading the
//            embedded data, then replacing or hydrating), without download and compile
//   frame    ms from ready to the end of the first frame rendered after it (rAF, then a task):
//            the style, layout and paint the takeover causes (replacing re-lays the page out)
//   longest  the longest main-thread task that started before ready (PerformanceObserver
//            'longtask'; tasks under 50 ms are not reported by the browser, so 0 means none)
//   tbt      total blocking time up to ready: Σ (duration − 50 ms) over those long tasks (whole
//            tasks: the one that ends in app-ready counts in full)
//   cls      Σ layout-shift values without recent input, from navigation start to ready + 500 ms
//   same     document.body.innerText (noscript removed) after takeover equals the prerendered
//            text, read once per dist × route in a JavaScript-disabled context with the `js`
//            class added to <html> (so the stylesheet is in the same state a scripted browser
//            paints before the app runs)
// Before timing, one unthrottled check run per dist × route also counts how many of the
// prerendered elements are still in the document after takeover (hydration keeps them all;
// replacing keeps none but the noscript/script elements) and collects console errors.
// Also reports each dist's wasm and JS sizes, raw, gzip and brotli.
// Needs playwright-core (resolved from PLAYWRIGHT_FROM, default e2e/node_modules in this repository)
// and Chromium (CHROMIUM, default /usr/bin/chromium).
import { createRequire } from 'node:module';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const require = createRequire(path.join(process.env.PLAYWRIGHT_FROM ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'e2e', 'node_modules'), 'x.js'));
const { chromium } = require('playwright-core');

// ---- arguments ----
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const value = argv[i + 1];
  argv.splice(i, 2);
  return value;
};
const RUNS = Number(option('--runs', 7));
const CPU = Number(option('--cpu', 4));
const JSON_OUT = option('--json', null);
// Only the pages that start the app have a takeover (the others stay as prerendered).
const ROUTES = option('--routes', '/news,/invest,/policies,/contact').split(',');
const LABELS_OPT = option('--labels', null);
if (argv.length !== 2 || !(RUNS > 0)) {
  console.error('usage: node bench-takeover.mjs DIST_A DIST_B [--runs N] [--routes /,/news] [--cpu 4] [--labels a,b] [--json out.json]');
  process.exit(2);
}
const DISTS = argv.map((d) => path.resolve(d));
for (const d of DISTS) {
  if (!fs.existsSync(path.join(d, 'index.html'))) { console.error(`${d}: no index.html`); process.exit(2); }
}
const LABELS = LABELS_OPT ? LABELS_OPT.split(',') : labels(DISTS);

// ---- static server (as e2e/server.mjs) ----
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};
function serve(root) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      if (path.extname(url.pathname)) { res.writeHead(404).end('not found'); return; }
      file = path.join(root, 'index.html');
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---- in-page instrumentation (runs before any page script) ----
function instrument() {
  const b = (window.__bench = { longtasks: [], shifts: [], ready: null, settled: null, instantiated: null, errors: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) b.shifts.push({ time: e.startTime, value: e.value });
  }).observe({ type: 'layout-shift', buffered: true });
  const watch = (root) => new MutationObserver((_, observer) => {
    if (b.ready === null && root.classList.contains('app-ready')) {
      b.ready = performance.now();
      observer.disconnect();
      // The first frame after takeover is rendered between this rAF and the task after it.
      requestAnimationFrame(() => setTimeout(() => { b.settled = performance.now(); }));
    }
  }).observe(root, { attributes: true, attributeFilter: ['class'] });
  // Init scripts may run before <html> exists.
  if (document.documentElement) watch(document.documentElement);
  else {
    new MutationObserver((_, observer) => {
      if (document.documentElement) { observer.disconnect(); watch(document.documentElement); }
    }).observe(document, { childList: true });
  }
  window.addEventListener('error', (e) => b.errors.push(String(e.message)));
  // When the wasm module is instantiated: the app's main() runs right after, so ready − this is
  // the takeover itself (reading the page, mounting or hydrating), without download and compile.
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then((result) => { b.instantiated ??= performance.now(); return result; });
    };
  }
}

// Text as a reader sees it, without the noscript notices.
function visibleText() {
  document.querySelectorAll('noscript').forEach((e) => e.remove());
  return document.body.innerText;
}

// ---- helpers ----
function labels(dirs) {
  const names = dirs.map((d) => path.basename(d));
  return names[0] === names[1] ? ['A', 'B'] : names;
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p90 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(0.9 * s.length) - 1)]; };
const launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const VIEWPORT = { width: 390, height: 844 };

function sizes(dir) {
  const out = [];
  for (const f of fs.readdirSync(dir)) {
    if (!/\.(wasm|js)$/.test(f)) continue;
    const data = fs.readFileSync(path.join(dir, f));
    out.push({
      file: f,
      raw: data.length,
      gzip: zlib.gzipSync(data, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return out;
}

// The prerendered text, as a browser without JavaScript shows it.
async function prerenderedText(browser, url) {
  const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORT });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.evaluate(() => document.documentElement.classList.add('js'));
  const text = await page.evaluate(visibleText);
  await ctx.close();
  return text;
}

// One unthrottled load: errors, and how many prerendered elements survive takeover.
async function check(browser, url) {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  await ctx.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        window.__prerendered = new WeakSet(document.body.querySelectorAll('*'));
      }
    });
  });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text().split('\n')[0].slice(0, 200)); });
  page.on('pageerror', (e) => errors.push(String(e).split('\n')[0].slice(0, 200)));
  await page.goto(url);
  let ready = true;
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'), null, { timeout: 20000 })
    .catch(() => { ready = false; });
  await page.waitForTimeout(300);
  const kept = await page.evaluate(() => {
    const all = [...document.body.querySelectorAll('*')].filter((e) => !e.closest('noscript') && e.tagName !== 'SCRIPT' && e.tagName !== 'NOSCRIPT');
    return { kept: all.filter((e) => window.__prerendered?.has(e)).length, total: all.length };
  });
  await ctx.close();
  return { ready, errors, ...kept };
}

// One timed run.
async function run(browser, url, before) {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  await ctx.addInitScript(instrument);
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text().split('\n')[0].slice(0, 200)); });
  page.on('pageerror', (e) => errors.push(String(e).split('\n')[0].slice(0, 200)));
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await page.goto(url);
  let ready = null;
  try {
    await page.waitForFunction(() => window.__bench.ready !== null, null, { timeout: 30000, polling: 50 });
    ready = await page.evaluate(() => window.__bench.ready);
    await page.waitForTimeout(500);
  } catch {
    errors.push('app-ready never came');
  }
  const m = await page.evaluate((readyAt) => {
    const b = window.__bench;
    const until = readyAt ?? performance.now();
    const tasks = b.longtasks.filter((t) => t.start <= until);
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    return {
      longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      tbt: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
      cls: b.shifts.filter((s) => s.time <= until + 500).reduce((s, x) => s + x.value, 0),
      wasm: wasm ? wasm.responseEnd : null,
      instantiated: b.instantiated,
      settled: b.settled,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      errors: b.errors,
    };
  }, ready);
  const after = await page.evaluate(visibleText);
  await ctx.close();
  return { ready, ...m, errors: [...errors, ...m.errors], same: after === before };
}

// ---- main ----
const servers = await Promise.all(DISTS.map(serve));
const origins = servers.map((s) => `http://127.0.0.1:${s.address().port}`);
const browser = await launch();
const results = {}; // route -> label -> runs
const checks = {};
const texts = {};
try {
  for (const route of ROUTES) {
    results[route] = {}; checks[route] = {}; texts[route] = {};
    for (let d = 0; d < DISTS.length; d++) {
      texts[route][LABELS[d]] = await prerenderedText(browser, origins[d] + route);
      checks[route][LABELS[d]] = await check(browser, origins[d] + route);
      results[route][LABELS[d]] = [];
    }
    for (let i = 0; i < RUNS; i++) {
      for (let d = 0; d < DISTS.length; d++) {
        const r = await run(browser, origins[d] + route, texts[route][LABELS[d]]);
        results[route][LABELS[d]].push(r);
        process.stderr.write(`${route} ${LABELS[d]} #${i + 1}: ready ${r.ready?.toFixed(0)} ms, main ${r.ready !== null && r.instantiated !== null ? (r.ready - r.instantiated).toFixed(0) : '—'} ms, frame ${r.settled ? (r.settled - r.ready).toFixed(0) : '—'} ms, longest ${r.longest.toFixed(0)} ms, tbt ${r.tbt.toFixed(0)} ms, cls ${r.cls.toFixed(4)}${r.same ? '' : ', TEXT CHANGED'}${r.errors.length ? `, errors: ${r.errors.join(' | ')}` : ''}\n`);
      }
    }
  }
} finally {
  await browser.close();
  servers.forEach((s) => s.close());
}

// ---- report ----
const fmt = (x, digits = 0) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));
console.log(`\n# Takeover benchmark: ${RUNS} runs per route and build, CPU ×${CPU}, ${VIEWPORT.width}×${VIEWPORT.height}, cold cache`);
DISTS.forEach((d, i) => console.log(`- ${LABELS[i]} = ${d}`));
console.log('\nmedian (p90) per route; ms except CLS. ready = navigation start → html.app-ready; wasm = wasm responseEnd;');
console.log('main = wasm instantiated → ready (the takeover work itself); first frame = ready → end of the next rendered frame; longest/TBT over long tasks started before ready; same text = runs whose text after takeover equals the prerendered text.\n');
console.log('| route | build | ready | wasm loaded | main (instantiated → ready) | first frame after ready | longest task | TBT | CLS | same text | errors | elements kept (check run) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const route of ROUTES) {
  for (const label of LABELS) {
    const runs = results[route][label];
    const ok = runs.filter((r) => r.ready !== null);
    const col = (f, digits = 0) => {
      const xs = ok.map(f).filter(Number.isFinite);
      return xs.length ? `${fmt(median(xs), digits)} (${fmt(p90(xs), digits)})` : '—';
    };
    const c = checks[route][label];
    console.log(`| ${route} | ${label} | ${col((r) => r.ready)} | ${col((r) => r.wasm ?? NaN)} | ${col((r) => r.ready - (r.instantiated ?? NaN))} | ${col((r) => (r.settled ?? NaN) - r.ready)} | ${col((r) => r.longest)} | ${col((r) => r.tbt)} | ${col((r) => r.cls, 4)} | ${runs.filter((r) => r.same).length}/${runs.length} | ${runs.reduce((n, r) => n + r.errors.length, 0) + c.errors.length} | ${c.kept}/${c.total}${c.ready ? '' : ' (never ready)'} |`);
  }
}
console.log('\n| build | file | raw | gzip | brotli |');
console.log('|---|---|---|---|---|');
const sizeReport = {};
DISTS.forEach((d, i) => {
  sizeReport[LABELS[i]] = sizes(d);
  for (const s of sizeReport[LABELS[i]]) console.log(`| ${LABELS[i]} | ${s.file} | ${s.raw} | ${s.gzip} | ${s.brotli} |`);
});
const errorsSeen = ROUTES.flatMap((route) => LABELS.flatMap((label) => [
  ...checks[route][label].errors.map((e) => `${route} ${label} (check): ${e}`),
  ...results[route][label].flatMap((r) => r.errors.map((e) => `${route} ${label}: ${e}`)),
]));
if (errorsSeen.length) console.log(`\nerrors:\n${[...new Set(errorsSeen)].join('\n')}`);
if (JSON_OUT) fs.writeFileSync(JSON_OUT, JSON.stringify({ dists: DISTS, labels: LABELS, runs: RUNS, cpu: CPU, results, checks, sizes: sizeReport }, null, 2));
