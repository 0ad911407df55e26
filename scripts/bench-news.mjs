// News-list benchmark: builds a synthetic 10,000-article index from the real one, serves the
// release build with it, and drives Chromium to type queries and change filters, printing
// median and p95 times from input event to DOM updated, and the time until the
// 10,000-article list is usable. "DOM updated" = the event handler, every microtask the app
// schedules (Leptos runs its effects as microtasks) and a forced style/layout; each sample
// also checks that the shown count is the right one for the query, so no update is missed.
// "Painted" = the end of the first rendering update after the input: a requestAnimationFrame
// callback, then a MessageChannel message posted from it (runs once that frame's style, layout
// and paint recording on the main thread are done; rasterising and presenting, on other threads
// and in software here, are not included). Each sample starts just after a frame (the input is
// dispatched from a task posted in a rAF callback), and its "frame" is the vsync interval, counted
// from that frame, at or before which the painted moment falls (see `frames` below).
// Floor: in the same run a plain-JavaScript page (floor.html + floor.js, written into the temp
// copy with the site's stylesheet) loads the same synthetic index, filters it with a plain
// case-insensitive substring match of the whole query over title and summary (lower-cased once
// at load), and renders the first 20 rows with textContent, each with the same text as the
// portal's row (title, date, category and parks, summary, tags); it is timed the same way, typing
// character by character and pasting whole queries (value set, one input event), alternating
// with the portal round by round. Budgets: DOM updated within 1.5 × the floor (median and p95);
// painted in the same frame as the floor (the portal's median and p95 vsync are not later than the floor's).
// The synthetic `news/search.json` gives each article the body of the real one it was made
// from, with the real synonyms; the script types one query first (not recorded) so the app has
// fetched it and searches bodies and synonyms in every sample, and prints how long that took.
// With `--lang en` it measures the English list (/en/news) instead: the same synthetic index
// plus a matching English text file (data/en/news/index.json), which the page lays over it;
// the search there matches the English text and labels and the original Chinese text (the
// floor matches the English title and summary).
// With `--short-floor` the floor's rows are title, ISO date and summary only (the floor's rows
// until 2026-11-27: less text to lay out than the portal's rows).
// With `--profile` it also samples the portal's main thread (Chrome's CPU profiler, 100 µs)
// over the recorded rounds and prints where the time went, by function (self time); the
// profiler slows the page, so that run's timings are not results.
// usage: node scripts/bench-news.mjs [COUNT] [--lang en] [--short-floor] [--profile]    (after `trunk build --release`)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'e2e', 'package.json'));
const { chromium } = require('playwright-core');
const { startServer } = await import(path.join(root, 'e2e', 'server.mjs'));
const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const LANG = langAt >= 0 ? args.splice(langAt, 2)[1] : 'zh';
if (LANG !== 'zh' && LANG !== 'en') throw new Error(`--lang ${LANG}: only zh (default) and en`);
const EN = LANG === 'en';
const profileAt = args.indexOf('--profile');
const PROFILE = profileAt >= 0 && Boolean(args.splice(profileAt, 1));
const shortAt = args.indexOf('--short-floor');
const SHORT_FLOOR = shortAt >= 0 && Boolean(args.splice(shortAt, 1));
const COUNT = Number(args[0] ?? 10000);

// 1. A copy of dist/ whose news index has COUNT articles made from the real ones.
const dist = process.env.DIST_DIR ?? path.join(root, 'dist');
if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('run `trunk build --release` first');
// `trunk serve` writes a debug build with a live-reload script into the same dist/.
if (fs.readFileSync(path.join(dist, 'index.html'), 'utf8').includes('__TRUNK_ADDRESS__')) throw new Error('dist/ holds a `trunk serve` debug build: run `trunk build --release` first');
// trunk builds into dist/.stage and swaps it in: a copy taken meanwhile can be half old, half new.
if (fs.existsSync(path.join(dist, '.stage'))) throw new Error('dist/.stage exists: a `trunk build` is writing dist/; run again when it is done');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-news-'));
fs.cpSync(dist, work, { recursive: true });
const stylesheet = fs.readFileSync(path.join(work, 'index.html'), 'utf8').match(/main-[0-9a-f]+\.css/)?.[0];
if (!stylesheet || !fs.existsSync(path.join(work, stylesheet))) throw new Error('dist/ changed while it was copied (no stylesheet): run again');
const real = JSON.parse(fs.readFileSync(path.join(dist, 'data/news/index.json'), 'utf8')).articles;
const articles = [];
for (let n = 0; n < COUNT; n++) {
  const a = real[n % real.length];
  const year = 2007 + (n * 7919) % 20;
  const month = 1 + (n * 31) % 12;
  const day = 1 + (n * 17) % 28;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  articles.push({ ...a, id: `${a.id}-${n}`, date, title: `${a.title}（${n}）` });
}
fs.writeFileSync(path.join(work, 'data/news/index.json'), JSON.stringify({ articles }));
// The search file the app fetches on the first query: each synthetic article gets the body of
// the real one it was made from, and the real synonyms.
const searchFile = JSON.parse(fs.readFileSync(path.join(dist, 'data/news/search.json'), 'utf8'));
const bodyOf = new Map(searchFile.articles.map((b) => [b.id, b.text]));
const bodies = articles.map((a, n) => bodyOf.get(real[n % real.length].id) ?? '');
fs.writeFileSync(path.join(work, 'data/news/search.json'), JSON.stringify({ synonyms: searchFile.synonyms, articles: articles.map((a, n) => ({ id: a.id, text: bodies[n] })) }));
// The prerendered page carries the real index; drop it so the app loads the synthetic one.
const newsPage = path.join(work, 'news/index.html');
fs.writeFileSync(newsPage, fs.readFileSync(newsPage, 'utf8').replace(/<script type="application\/json" data-file="news\/index\.json">.*?<\/script>/s, ''));
// Tags and categories are ids in the index; the search reads their labels from site.json.
const site = JSON.parse(fs.readFileSync(path.join(dist, 'data/site.json'), 'utf8'));
const label = (list, id) => list.find((x) => x.id === id)?.label ?? id;
// English: the English text for the same synthetic ids, and the page without its embedded
// (already translated) index, so the app fetches both files and lays one over the other.
let english = null;
if (EN) {
  const realEn = JSON.parse(fs.readFileSync(path.join(dist, 'data/en/news/index.json'), 'utf8'));
  const textOf = new Map(realEn.articles.map((t) => [t.id, t]));
  const byId = new Map(real.map((a) => [a.id, a]));
  english = articles.map((a, n) => {
    const t = textOf.get(real[n % real.length].id);
    if (!t) throw new Error(`${real[n % real.length].id}: no English text in data/en/news/index.json`);
    return { id: a.id, title: `${t.title} (${n})`, summary: t.summary };
  });
  if (byId.size !== textOf.size) throw new Error('data/en/news/index.json and data/news/index.json list different articles');
  fs.writeFileSync(path.join(work, 'data/en/news/index.json'), JSON.stringify({ regions: realEn.regions, articles: english }));
  const enPage = path.join(work, 'en/news/index.html');
  const html = fs.readFileSync(enPage, 'utf8');
  const dropped = html
    .replace(/<script type="application\/json" data-file="en\/news\/index\.json">.*?<\/script>/s, '')
    .replace(/<script type="application\/json" data-file="news\/index\.json">.*?<\/script>/s, '');
  if (dropped.includes('data-file="en/news/index.json"')) throw new Error('en/news/index.html: the embedded index was not removed');
  fs.writeFileSync(enPage, dropped);
}
// English labels (site chrome of the English site), laid over the Chinese ones by id.
const siteEn = EN ? JSON.parse(fs.readFileSync(path.join(dist, 'data/en/site.json'), 'utf8')) : null;

// The floor: a plain-JavaScript news list over the same synthetic index (and, with --lang en,
// the same English text file, paired by position), with the site's stylesheet and the list's
// classes, showing the same rows as the portal (title link; date, category and parks; summary;
// tags line, labels from site.json and park names from parks.json), so both lay out the same
// text (see --short-floor above).
fs.writeFileSync(path.join(work, 'floor.html'), `<!DOCTYPE html>
<html lang="${EN ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href="/"><title>floor</title><link rel="stylesheet" href="/${stylesheet}"></head>
<body><main id="main"><section class="page news-page"><h1>floor</h1>
<form role="search" class="filters" onsubmit="return false"><div class="field search-field"><label for="news-q">search</label><input id="news-q" type="search" autocomplete="off"></div></form>
<div class="results-area"><p role="status" aria-live="polite" class="result-count"></p><ol class="results"></ol></div>
</section></main><script src="/floor.js"></script></body></html>
`);
fs.writeFileSync(path.join(work, 'floor.js'), `(async () => {
  const EN = ${EN};
  const SHORT_ROWS = ${SHORT_FLOOR};
  const json = async (file) => (await fetch('data/' + file)).json();
  const index = await json('news/index.json');
  const texts = EN ? (await json('en/news/index.json')).articles : index.articles;
  const site = await json(EN ? 'en/site.json' : 'site.json');
  const parks = (await json(EN ? 'en/parks.json' : 'parks.json')).parks;
  const label = (list, id) => list.find((x) => x.id === id)?.label ?? id;
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const formatDate = (iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    if (EN) return d ? d + ' ' + MONTHS[m - 1] + ' ' + y : m ? MONTHS[m - 1] + ' ' + y : String(y);
    return d ? y + '年' + m + '月' + d + '日' : m ? y + '年' + m + '月' : y + '年';
  };
  const separator = EN ? ', ' : '、';
  const rows = index.articles.map((a, n) => ({ id: a.id, date: a.date, title: texts[n].title, summary: texts[n].summary }));
  if (!SHORT_ROWS) rows.forEach((r, n) => {
    const a = index.articles[n];
    r.shown = formatDate(a.date);
    r.about = ' · ' + label(site.categories, a.category) + a.parks.map((p) => parks.find((x) => x.id === p)?.name ?? p).map((name, i) => (i ? separator : ' · ') + name).join('');
    r.tags = a.tags.length ? (EN ? 'Tags: ' : '标签：') + a.tags.map((t) => label(site.tags, t)).join(separator) : '';
  });
  rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  for (const r of rows) r.hay = (r.title + '\\n' + r.summary).toLowerCase();
  const input = document.getElementById('news-q');
  const count = document.querySelector('.result-count');
  const list = document.querySelector('.results');
  const render = () => {
    const q = input.value.toLowerCase();
    const hits = q ? rows.filter((r) => r.hay.includes(q)) : rows;
    count.textContent = EN ? hits.length + (hits.length === 1 ? ' result' : ' results') : '共 ' + hits.length + ' 条';
    list.replaceChildren(...hits.slice(0, 20).map((r) => {
      const li = document.createElement('li'); li.className = 'result';
      const h2 = document.createElement('h2'); const a = document.createElement('a');
      a.href = (EN ? 'en/news/' : 'news/') + r.id; a.textContent = r.title; h2.append(a);
      const meta = document.createElement('p'); meta.className = 'meta';
      const time = document.createElement('time'); time.dateTime = r.date; time.textContent = SHORT_ROWS ? r.date : r.shown; meta.append(time);
      if (!SHORT_ROWS) meta.append(r.about);
      const summary = document.createElement('p'); summary.className = 'summary'; summary.textContent = r.summary;
      li.append(h2, meta, summary);
      if (!SHORT_ROWS && r.tags) { const tags = document.createElement('p'); tags.className = 'tags-line'; tags.textContent = r.tags; li.append(tags); }
      return li;
    }));
  };
  input.addEventListener('input', render);
  render();
})();
`);
// What the floor must show: the same match, computed here.
const floorHay = articles.map((a, n) => `${EN ? english[n].title : a.title}\n${EN ? english[n].summary : a.summary}`.toLowerCase());
const expectedFloor = (query) => (query ? floorHay.filter((h) => h.includes(query.toLowerCase())).length : COUNT);

// 2. Serve it and open the news list (and the floor, in a page of its own).
const server = await startServer(work);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const countText = EN ? (COUNT === 1 ? '1 result' : `${COUNT} results`) : `共 ${COUNT} 条`;
const open = async (url) => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const loadStart = Date.now();
  await page.goto(url);
  await page.getByRole('status').filter({ hasText: countText }).waitFor({ timeout: 30_000 });
  return { page, usableMs: Date.now() - loadStart };
};
const { page, usableMs } = await open(EN ? `${base}/en/news` : `${base}/news`);
const { page: floor, usableMs: floorUsableMs } = await open(`${base}/floor.html`);

// 3. Time each update inside the page: start just after a frame, dispatch, drain the microtask
// queue, force layout (→ DOM updated); then the next frame's rAF callback and a message posted
// from it (→ painted).
const HARNESS = () => {
  const afterFrame = () => new Promise((resolve) => requestAnimationFrame((ts) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve({ ts, end: performance.now() });
    channel.port2.postMessage(0);
  }));
  window.__afterFrame = afterFrame;
  window.__timeUpdate = async (apply) => {
    const { ts: frameStart } = await afterFrame();
    const t0 = performance.now();
    apply();
    for (let i = 0; i < 200; i++) await Promise.resolve();
    const scripted = performance.now();
    void document.body.offsetHeight;
    const ms = performance.now() - t0;
    const layoutMs = performance.now() - scripted;
    const count = Number(document.querySelector('.result-count')?.textContent.match(/\d+/)[0]);
    const painted = await afterFrame();
    return { ms, layoutMs, count, paintMs: painted.end - t0, sinceFrame: painted.end - frameStart, phase: t0 - frameStart };
  };
};
await page.evaluate(HARNESS);
await floor.evaluate(HARNESS);
// The frame interval: the median gap between 61 consecutive rAF timestamps.
const frameInterval = async (p) => p.evaluate(async () => {
  const ts = [];
  for (let i = 0; i < 61; i++) ts.push((await window.__afterFrame()).ts);
  const gaps = ts.slice(1).map((t, i) => t - ts[i]).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
});
const interval = {};
for (const [name, p] of [['portal', page], ['floor', floor]]) {
  await p.bringToFront();
  const visibility = await p.evaluate(() => document.visibilityState);
  if (visibility !== 'visible') throw new Error(`${name} page is ${visibility}: its rAF would be throttled`);
  interval[name] = await frameInterval(p);
}
// What the count must be, computed here the way the app searches once the search file is in
// (`Catalog::with_search`): title, summary, tag and category labels and body, folded, all
// terms, each with its aliases (BYD = 比亚迪) and synonyms (`text::Synonyms`).
const chineseHay = () => articles.map((a, n) => fold(`${a.title}\n${a.summary}\n${a.tags.map((t) => label(site.tags, t)).join('\n')}\n${label(site.categories, a.category)}\n\n${bodies[n]}`));
let zhHay = null;
const expectedCount = (query) => {
  zhHay ??= chineseHay();
  const terms = fold(query).split(/\s+/).filter(Boolean).map(forms);
  return zhHay.filter((hay) => terms.every((alts) => alts.some((f) => hay.includes(f)))).length;
};
// English: as `Catalog::new` builds it — English title, summary, tag labels, category label,
// then the original Chinese title and summary — folded as `domain::text::normalize` does
// (full-width forms to half-width, lower case), with all of `domain::text::ALIASES`.
const fold = (text) => Array.from(text, (c) => {
  const code = c.codePointAt(0);
  if (code === 0x3000) c = ' ';
  else if (code >= 0xff01 && code <= 0xff5e) c = String.fromCodePoint(code - 0xfee0);
  const lower = c.toLowerCase();
  return Array.from(lower).length === 1 ? lower : c;
}).join('');
const ALIASES = [['byd', '比亚迪'], ['jd', '京东'], ['vip.com', '唯品会'], ['ctrip', '携程'], ['qunar', '去哪儿'], ['hella', '海拉']];
const GROUPS = searchFile.synonyms.map((g) => g.names.map((n) => fold(n.trim())).filter(Boolean)).filter((g) => g.length > 1);
// For each group name the term holds, the term with it replaced by each other name that does not hold it.
const synonymForms = (term) => GROUPS.flatMap((g) => g.filter((name) => term.includes(name))
  .flatMap((name) => g.filter((other) => !other.includes(name)).map((other) => term.split(name).join(other))));
const forms = (term) => [term, ...ALIASES.flatMap(([latin, chinese]) => (term === latin ? [chinese] : term === chinese ? [latin] : [])), ...synonymForms(term)];
const englishHay = EN ? articles.map((a, n) => fold([
  english[n].title,
  english[n].summary,
  a.tags.map((t) => label(siteEn.tags, t)).join('\n'),
  label(siteEn.categories, a.category),
  a.title,
  a.summary,
  bodies[n],
].join('\n'))) : null;
const expectedCountEn = (query) => {
  const terms = fold(query).split(/\s+/).filter(Boolean).map(forms);
  return englishHay.filter((hay) => terms.every((alts) => alts.some((f) => hay.includes(f)))).length;
};
const QUERIES = EN
  ? ['bicycle', 'industrial park', 'BYD', 'carpet', 'investment policy', '自行车']
  : ['武清', '园区建设', '自行车', '比亚迪', 'BYD', '招商 政策', '京清汽车', '考察'];
const TARGETS = {
  portal: { page, expected: (q) => (q ? (EN ? expectedCountEn : expectedCount)(q) : COUNT) },
  floor: { page: floor, expected: expectedFloor },
};
const samples = { portal: { typed: [], pasted: [] }, floor: { typed: [], pasted: [] } };
// The first query fetches the search file (bodies, synonyms) and builds the catalog again
// with it; that happens once, here, before any sample, and its time is reported.
await page.bringToFront();
const firstQueryStart = Date.now();
const searchFileArrived = page.waitForResponse((r) => r.url().endsWith('/data/news/search.json'), { timeout: 30_000 });
await page.fill('#news-q', QUERIES[0]);
await searchFileArrived;
await page.waitForFunction((n) => document.querySelector('.results-area')?.getAttribute('aria-busy') !== 'true'
  && Number(document.querySelector('.result-count')?.textContent.match(/\d+/)?.[0]) === n,
  (EN ? expectedCountEn : expectedCount)(QUERIES[0]), { timeout: 30_000 });
const searchFileMs = Date.now() - firstQueryStart;
await page.fill('#news-q', '');
await page.getByRole('status').filter({ hasText: countText }).waitFor();
const setQuery = (value) => window.__timeUpdate(() => {
  const input = document.getElementById('news-q');
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: value ? 'insertText' : 'deleteContentBackward', data: value ? value.slice(-1) : null }));
});
const setQueryPasted = (value) => window.__timeUpdate(() => {
  const input = document.getElementById('news-q');
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
});
const measure = async (name, value, paste, record) => {
  const { page: p, expected } = TARGETS[name];
  const r = await p.evaluate(paste ? setQueryPasted : setQuery, value);
  if (r.count !== expected(value)) throw new Error(`${name} “${value}”: shows ${r.count}, expected ${expected(value)}`);
  if (record) record.push(r);
};
// One warm-up round (not recorded), then three recorded rounds; in each round the portal and
// the floor take turns (which goes first alternates), each typing every query character by
// character, then pasting every query whole; the field is cleared after each query.
let profiler = null;
for (const round of [0, 1, 2, 3]) {
  if (PROFILE && round === 1) {
    profiler = await page.context().newCDPSession(page);
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 100 });
    await profiler.send('Profiler.start');
  }
  for (const name of round % 2 ? ['floor', 'portal'] : ['portal', 'floor']) {
    await TARGETS[name].page.bringToFront();
    for (const query of QUERIES) {
      for (let i = 1; i <= query.length; i++) await measure(name, query.slice(0, i), false, round > 0 && samples[name].typed);
      await measure(name, '', false, null);
    }
    for (const query of QUERIES) {
      await measure(name, query, true, round > 0 && samples[name].pasted);
      await measure(name, '', false, null);
    }
  }
}
if (profiler) {
  const { profile } = await profiler.send('Profiler.stop');
  const self = new Map();
  const total = profile.samples.length;
  for (const node of profile.nodes) {
    const { functionName, url } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? url.split('/').pop().replace(/-[0-9a-f]{12,}/, '') : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + node.hitCount);
  }
  const busy = total - (self.get('(idle)') ?? 0);
  console.log(`portal profile: ${total} samples, ${busy} not idle; self time by function, share of the not-idle samples:`);
  [...self].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 40)
    .forEach(([k, n]) => console.log(`  ${(100 * n / busy).toFixed(1).padStart(5)} %  ${k}`));
}
await page.bringToFront();
const filters = [];
for (const [id, values] of [0, 1, 2].flatMap(() =>  [['news-park', ['bicycle-kingdom', 'carpet', 'auto-parts', 'jingbin', '']], ['news-category', ['industry-news', 'policy-analysis', '']], ['news-tag', ['manufacturing', 'economic-development', '']]])) {
  for (const value of values) {
    const r = await page.evaluate(([id, value]) => window.__timeUpdate(() => {
      const select = document.getElementById(id);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }), [id, value]);
    filters.push(r);
  }
}
await browser.close();
server.close();
fs.rmSync(work, { recursive: true, force: true });

// 4. Report.
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; };
const stats = (xs) => `median ${quantile(xs, 0.5).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (n=${xs.length})`;
// Vsync k (k = 1 the first after the frame the input arrived in) is the first one at or after
// the moment the main thread finished painting the change: ceil((painted − frame start) / interval).
// Chromium starts a frame's main-thread rendering at its vsync, so an update that makes the very
// next frame is painted by vsync 2 and presented after that. (The rAF timestamp itself cannot
// show lateness: Chromium gives a late frame the timestamp of the vsync it was due at.)
const frames = (name, rs) => {
  const f = rs.map((r) => Math.max(1, Math.ceil(r.sinceFrame / interval[name])));
  const share = (xs, k, last) => `${Math.round((100 * xs.filter((x) => (k === last ? x >= k : x === k)).length) / xs.length)} %`;
  return { median: quantile(f, 0.5), p95: quantile(f, 0.95),
    text: `vsync 1: ${share(f, 1, 4)}, 2: ${share(f, 2, 4)}, 3: ${share(f, 3, 4)}, 4+: ${share(f, 4, 4)} (median ${quantile(f, 0.5)}, p95 ${quantile(f, 0.95)})` };
};
console.log(`articles: ${COUNT}${EN ? ' (English page, /en/news)' : ''}`);
console.log(`list usable after load: ${usableMs} ms (floor: ${floorUsableMs} ms)`);
console.log(`first query → bodies and synonyms searched (search file fetched, catalog rebuilt): ${searchFileMs} ms`);
console.log(`keystroke → DOM updated: ${stats(samples.portal.typed.map((r) => r.ms))}`);
console.log(`filter change → DOM updated: ${stats(filters.map((r) => r.ms))}`);
console.log(`filter change → painted: ${stats(filters.map((r) => r.paintMs))}`);
console.log(`\nportal against the plain-JavaScript floor (frame interval: portal ${interval.portal.toFixed(1)} ms, floor ${interval.floor.toFixed(1)} ms;` +
  ` inputs dispatched a median ${quantile(samples.portal.typed.map((r) => r.phase), 0.5).toFixed(1)} ms after a frame's start)`);
const failures = [];
for (const [mode, label] of [['typed', 'typing, per keystroke'], ['pasted', 'pasting a whole query']]) {
  const P = samples.portal[mode];
  const F = samples.floor[mode];
  console.log(`${label}:`);
  for (const [key, what] of [['ms', 'DOM updated'], ['layoutMs', '  of which'], ['paintMs', 'painted']]) {
    const p = P.map((r) => r[key]);
    const f = F.map((r) => r[key]);
    const ratio = (q) => quantile(p, q) / quantile(f, q);
    console.log(`  ${what.padEnd(11)}  portal ${stats(p)}${key === 'layoutMs' ? ' in the forced style and layout' : ''}`);
    console.log(`  ${''.padEnd(11)}  floor  ${stats(f)}`);
    if (key !== 'layoutMs') console.log(`  ${''.padEnd(11)}  portal / floor: median ${ratio(0.5).toFixed(2)} ×, p95 ${ratio(0.95).toFixed(2)} ×`);
    if (key === 'ms') for (const q of [0.5, 0.95]) if (ratio(q) > 1.5) failures.push(`${label}: DOM updated ${q === 0.5 ? 'median' : 'p95'} ${quantile(p, q).toFixed(1)} ms = ${ratio(q).toFixed(2)} × the floor's ${quantile(f, q).toFixed(1)} ms (budget 1.5 ×)`);
  }
  const pf = frames('portal', P);
  const ff = frames('floor', F);
  console.log(`  painted by   portal ${pf.text}`);
  console.log(`  ${''.padEnd(11)}  floor  ${ff.text}`);
  if (pf.median > ff.median || pf.p95 > ff.p95) failures.push(`${label}: painted by vsync ${pf.median} (median) / ${pf.p95} (p95) after the input's frame, the floor by ${ff.median} / ${ff.p95}`);
}
failures.forEach((f) => console.log(`BUDGET FAILED: ${f}`));
if (!failures.length) console.log('floor budgets met: DOM updated within 1.5 × the floor, painted in the same frame');
