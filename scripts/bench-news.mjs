// News-list benchmark: builds a synthetic 10,000-article index from the real one, serves the
// release build with it, and drives Chromium to type queries and change filters, printing
// median and p95 times from input event to DOM updated, and the time until the
// 10,000-article list is usable. "DOM updated" = the event handler, every microtask the app
// schedules (Leptos runs its effects as microtasks) and a forced style/layout; each sample
// also checks that the shown count is the right one for the query, so no update is missed.
// Painting is not included: headless Chromium paints in software here, unlike a phone.
// With `--lang en` it measures the English list (/en/news) instead: the same synthetic index
// plus a matching English text file (data/en/news/index.json), which the page lays over it;
// the search there matches the English text and labels and the original Chinese text.
// usage: node scripts/bench-news.mjs [COUNT] [--lang en]     (after `trunk build --release`)
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
const COUNT = Number(args[0] ?? 10000);

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

// 2. Serve it and open the news list.
const server = await startServer(work);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const loadStart = Date.now();
await page.goto(EN ? `${base}/en/news` : `${base}/news`);
await page.getByRole('status').filter({ hasText: EN ? (COUNT === 1 ? '1 result' : `${COUNT} results`) : `共 ${COUNT} 条` }).waitFor({ timeout: 30_000 });
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
const forms = (term) => [term, ...ALIASES.flatMap(([latin, chinese]) => (term === latin ? [chinese] : term === chinese ? [latin] : []))];
const englishHay = EN ? articles.map((a, n) => fold([
  english[n].title,
  english[n].summary,
  a.tags.map((t) => label(siteEn.tags, t)).join('\n'),
  label(siteEn.categories, a.category),
  a.title,
  a.summary,
].join('\n'))) : null;
const expectedCountEn = (query) => {
  const terms = fold(query).split(/\s+/).filter(Boolean).map(forms);
  return englishHay.filter((hay) => terms.every((alts) => alts.some((f) => hay.includes(f)))).length;
};
const keystrokes = [];
const QUERIES = EN
  ? ['bicycle', 'industrial park', 'BYD', 'carpet', 'investment policy', '自行车']
  : ['武清', '园区建设', '自行车', '比亚迪', 'BYD', '招商 政策', '京清汽车', '考察'];
// One warm-up round (not recorded), then three recorded rounds.
for (const [round, query] of [0, 1, 2, 3].flatMap((r) => QUERIES.map((q) => [r, q]))) {
  for (let i = 1; i <= query.length; i++) {
    const r = await page.evaluate((value) => window.__timeUpdate(() => {
      const input = document.getElementById('news-q');
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value.slice(-1) }));
    }), query.slice(0, i));
    const expected = (EN ? expectedCountEn : expectedCount)(query.slice(0, i));
    if (r.count !== expected) throw new Error(`“${query.slice(0, i)}”: shows ${r.count}, expected ${expected}`);
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
console.log(`articles: ${COUNT}${EN ? ' (English page, /en/news)' : ''}`);
console.log(`list usable after load: ${usableMs} ms`);
console.log(`keystroke → DOM updated: ${stats(keystrokes)}`);
console.log(`filter change → DOM updated: ${stats(filters)}`);
