// News-list benchmark: builds a synthetic 10,000-article index from the real one, serves the
// release build with it, and drives Chromium to type queries and change filters, printing
// median and p95 times from input event to DOM updated, and the time until the
// 10,000-article list is usable. "DOM updated" = the event handler, every microtask the app
// schedules (Leptos runs its effects as microtasks) and a forced style/layout; each sample
// also checks that the shown count is the right one for the query, so no update is missed.
// Painting is not included: headless Chromium paints in software here, unlike a phone.
// usage: node scripts/bench-news.mjs [COUNT]     (after `trunk build --release`)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'e2e', 'package.json'));
const { chromium } = require('playwright-core');
const { startServer } = await import(path.join(root, 'e2e', 'server.mjs'));
const COUNT = Number(process.argv[2] ?? 10000);

// 1. A copy of dist/ whose news index has COUNT articles made from the real ones.
const dist = process.env.DIST_DIR ?? path.join(root, 'dist');
if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('run `trunk build --release` first');
// `trunk serve` writes a debug build with a live-reload script into the same dist/.
if (fs.readFileSync(path.join(dist, 'index.html'), 'utf8').includes('__TRUNK_ADDRESS__')) throw new Error('dist/ holds a `trunk serve` debug build: run `trunk build --release` first');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-news-'));
fs.cpSync(dist, work, { recursive: true });
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
// The prerendered page carries the real index; drop it so the app loads the synthetic one.
const newsPage = path.join(work, 'news/index.html');
fs.writeFileSync(newsPage, fs.readFileSync(newsPage, 'utf8').replace(/<script type="application\/json" data-file="news\/index\.json">.*?<\/script>/s, ''));
// Tags and categories are ids in the index; the search reads their labels from site.json.
const site = JSON.parse(fs.readFileSync(path.join(dist, 'data/site.json'), 'utf8'));
const label = (list, id) => list.find((x) => x.id === id)?.label ?? id;

// 2. Serve it and open the news list.
const server = await startServer(work);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const loadStart = Date.now();
await page.goto(`${base}/news`);
await page.getByRole('status').filter({ hasText: `共 ${COUNT} 条` }).waitFor({ timeout: 30_000 });
const usableMs = Date.now() - loadStart;

// 3. Time each update inside the page: dispatch, drain the microtask queue, force layout.
await page.evaluate(() => {
  window.__timeUpdate = async (apply) => {
    const t0 = performance.now();
    apply();
    for (let i = 0; i < 200; i++) await Promise.resolve();
    void document.body.offsetHeight;
    const ms = performance.now() - t0;
    return { ms, count: Number(document.querySelector('.result-count')?.textContent.match(/\d+/)[0]) };
  };
});
// What the count must be, computed here the way the app searches (case-folded, all terms, BYD = 比亚迪).
const expectedCount = (query) => {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return articles.filter((a) => {
    const hay = `${a.title}\n${a.summary}\n${a.tags.map((t) => label(site.tags, t)).join('\n')}\n${label(site.categories, a.category)}`.toLowerCase();
    return terms.every((t) => hay.includes(t) || (t === 'byd' && hay.includes('比亚迪')) || (t === '比亚迪' && hay.includes('byd')));
  }).length;
};
const keystrokes = [];
const QUERIES = ['武清', '园区建设', '自行车', '比亚迪', 'BYD', '招商 政策', '京清汽车', '考察'];
// One warm-up round (not recorded), then three recorded rounds.
for (const [round, query] of [0, 1, 2, 3].flatMap((r) => QUERIES.map((q) => [r, q]))) {
  for (let i = 1; i <= query.length; i++) {
    const r = await page.evaluate((value) => window.__timeUpdate(() => {
      const input = document.getElementById('news-q');
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value.slice(-1) }));
    }), query.slice(0, i));
    if (r.count !== expectedCount(query.slice(0, i))) throw new Error(`“${query.slice(0, i)}”: shows ${r.count}, expected ${expectedCount(query.slice(0, i))}`);
    if (round > 0) keystrokes.push(r.ms);
  }
  await page.evaluate(() => window.__timeUpdate(() => {
    const input = document.getElementById('news-q');
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }));
}
const filters = [];
for (const [id, values] of [0, 1, 2].flatMap(() =>  [['news-park', ['bicycle-kingdom', 'carpet', 'auto-parts', 'jingbin', '']], ['news-category', ['industry-news', 'policy-analysis', '']], ['news-tag', ['manufacturing', 'economic-development', '']]])) {
  for (const value of values) {
    const r = await page.evaluate(([id, value]) => window.__timeUpdate(() => {
      const select = document.getElementById(id);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }), [id, value]);
    filters.push(r.ms);
  }
}
await browser.close();
server.close();
fs.rmSync(work, { recursive: true, force: true });

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms (n=${s.length})`;
};
console.log(`articles: ${COUNT}`);
console.log(`list usable after load: ${usableMs} ms`);
console.log(`keystroke → DOM updated: ${stats(keystrokes)}`);
console.log(`filter change → DOM updated: ${stats(filters)}`);
