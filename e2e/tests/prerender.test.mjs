// Prerendered pages: every route is real HTML that reads without JavaScript, and a page's widget
// mounts without a flash — no console error or warning, no second fetch of content the page
// carries, the same text before and after, nothing outside the widget rendered again, and the
// page interactive afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ctx, dist, open, expectClean, ROUTES } from './harness.mjs';

const SEED = '/news/2025-08-22-wuqing-parks-study-tour';

/** A page in a browser context with JavaScript off, as a crawler or a locked-down phone sees it. */
async function openStatic(route, base = ctx.base, width = 390) {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const closePage = page.close.bind(page);
  page.close = async () => { await closePage(); await context.close(); };
  const response = await page.goto(base + route);
  assert.equal(response.status(), 200, `${route} is served`);
  return page;
}

/** The visible text of the header, main region and footer, as a visitor with JavaScript sees
 * the page before the app has taken it over: leaving out `<noscript>` notes and showing what
 * the page's first script reveals (`html.js`: the news filters, shown only where they work). */
const shownText = (page) => page.evaluate(() => {
  document.querySelectorAll('noscript').forEach((n) => n.remove());
  document.documentElement.classList.add('js');
  return ['header', 'main', 'footer'].map((s) => document.querySelector(s)?.innerText ?? '').join('\n---\n');
});

test('without JavaScript a park page shows its name and sourced figures with source links', async () => {
  const page = await openStatic('/parks/carpet');
  await page.getByRole('heading', { level: 1, name: '中华地毯产业园' }).waitFor();
  const area = page.getByRole('definition').filter({ hasText: '平方公里' }).first();
  await area.waitFor();
  assert.match(await area.innerText(), /\[\d+\]/, 'the figure cites its source by number');
  // Without JavaScript every source stays visible: the page's reference list.
  const sourceLinks = page.getByRole('region', { name: '参考来源' }).locator('a[href^="http"]');
  assert.ok(await sourceLinks.count() >= 5, 'the reference list links every source');
  assert.equal(await page.getByText('正在加载').count(), 0, 'no loading state in prerendered HTML');
  await page.close();
});

test('without JavaScript the study-tour article shows in full with its four section headings', async () => {
  const page = await openStatic(SEED);
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
  const sections = headings.filter((h) => !['相关文章'].includes(h));
  assert.equal(sections.length, 4, `four section headings: ${headings}`);
  await page.getByText('来源：').first().waitFor();
  await page.close();
});

test('without JavaScript the home page shows the four parks and its links lead to prerendered pages', async () => {
  const page = await openStatic('/');
  const cards = page.getByRole('heading', { level: 3 });
  for (const name of ['中华自行车王国产业园', '中华地毯产业园', '天津武清汽车零部件产业园', '天津京滨工业园']) {
    await cards.filter({ hasText: name }).waitFor();
  }
  await page.getByRole('link', { name: '对比四个园区 →' }).click();
  await page.getByRole('heading', { level: 1, name: '四大园区对比' }).waitFor();
  // On a phone the comparison is a card per park, each headed by a link to the park's page.
  await page.getByRole('region', { name: '天津京滨工业园', exact: true }).getByRole('link', { name: '天津京滨工业园' }).click();
  await page.getByRole('heading', { level: 1, name: '天津京滨工业园' }).waitFor();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '新闻', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: '新闻动态' }).waitFor();
  // The list is there, and the page says plainly what needs JavaScript.
  assert.ok(await page.getByRole('main').getByRole('listitem').count() >= 20);
  // (Playwright's text locators skip <noscript>, so read the region's rendered text.)
  assert.match(await page.getByRole('main').innerText(), /搜索和筛选需要启用 JavaScript[^]*400-162-2002/);
  await page.close();
});

test('every route is a prerendered file with its own title, description and canonical link', () => {
  const titles = new Set();
  for (const route of ROUTES) {
    const file = path.join(dist, route, 'index.html');
    assert.ok(fs.existsSync(file), `${file} exists`);
    const html = fs.readFileSync(file, 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const title = head.match(/<title>([^<]*)<\/title>/g);
    assert.equal(title?.length, 1, `${route}: one <title>`);
    titles.add(title[0]);
    assert.equal(head.match(/<meta name="description"/g)?.length, 1, `${route}: one description`);
    assert.match(html, new RegExp(`<link rel="canonical" href="https?://[^"]+${route === '/' ? '/' : route}">`), route);
    assert.doesNotMatch(html, /正在加载/, `${route}: no loading state`);
  }
  assert.ok(titles.size >= ROUTES.length - 4, 'titles differ between pages');
  assert.ok(fs.existsSync(path.join(dist, '404.html')), '404.html exists');
  assert.match(fs.readFileSync(path.join(dist, '404.html'), 'utf8'), /页面不存在/);
});

test('sitemap.xml lists every route and every article with absolute URLs; robots.txt points at it', async () => {
  const sitemap = await (await fetch(`${ctx.base}/sitemap.xml`)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]));
  const paths = new Set(locs.map((u) => u.pathname));
  for (const route of ROUTES) assert.ok(paths.has(route), `sitemap lists ${route}`);
  const index = JSON.parse(fs.readFileSync(path.join(dist, 'data/news/index.json'), 'utf8'));
  for (const a of index.articles) assert.ok(paths.has(`/news/${a.id}`), `sitemap lists article ${a.id}`);
  // The static news lists: each park's, each year's, and the further pages of all news.
  const parks = JSON.parse(fs.readFileSync(path.join(dist, 'data/parks.json'), 'utf8')).parks;
  for (const p of parks) assert.ok(paths.has(`/news/park/${p.id}`) && paths.has(`/en/news/park/${p.id}`), `sitemap lists ${p.id}'s news`);
  for (const year of new Set(index.articles.map((a) => a.date.slice(0, 4)))) assert.ok(paths.has(`/news/year/${year}`), `sitemap lists ${year}`);
  for (let n = 2; n <= Math.ceil(index.articles.length / 20); n++) assert.ok(paths.has(`/news/page/${n}`), `sitemap lists page ${n}`);
  const robots = await (await fetch(`${ctx.base}/robots.txt`)).text();
  assert.match(robots, /^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

for (const route of ['/news', '/invest', '/policies', '/contact', '/en/invest']) {
  test(`${route}: the widget mounts with the same text, nothing outside it rendered again, no warnings and no refetch`, async () => {
    const before = await openStatic(route, ctx.base, 1280);
    const prerendered = await shownText(before);
    await before.close();

    const dataRequests = [];
    const warnings = [];
    const page = await open(route, {
      setup: async (p) => {
        p.on('request', (r) => r.url().includes('/data/') && dataRequests.push(new URL(r.url()).pathname));
        p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
        // The page's nodes as parsed, before any widget runs.
        await p.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
          const widget = document.querySelector('[data-widget]');
          window.parsed = {
            header: document.querySelector('header'), footer: document.querySelector('footer'),
            heading: document.querySelector('main h1'), widget, inside: widget.firstElementChild,
            // Every element of the main region outside the widget.
            outside: [...document.querySelectorAll('main *')].filter((e) => !widget.contains(e)),
          };
        }));
      },
    });
    await page.waitForLoadState('networkidle');
    const same = await page.evaluate(() => {
      const { header, footer, heading, widget, inside, outside } = window.parsed;
      return {
        header: header === document.querySelector('header') && header.isConnected,
        footer: footer === document.querySelector('footer') && footer.isConnected,
        heading: heading === document.querySelector('main h1'),
        widget: widget === document.querySelector('[data-widget]'),
        outside: outside.every((e) => e.isConnected),
        rendered: inside !== widget.firstElementChild,
      };
    });
    assert.deepEqual(same, { header: true, footer: true, heading: true, widget: true, outside: true, rendered: true },
      'only the widget\'s own content was replaced');
    assert.deepEqual(dataRequests.filter((p) => !p.endsWith('/config.json')), [], 'content the page carries is not fetched again');
    assert.deepEqual(warnings, []);
    assert.equal(await shownText(page), prerendered, 'the same text before and after the widget mounts');
    expectClean(page);
    await page.close();
  });
}

test('after landing on the prerendered news page the filters work', async () => {
  const page = await open('/news');
  const count = page.getByRole('status').filter({ hasText: /共 \d+ 条/ });
  const all = await count.innerText();
  await page.getByRole('combobox', { name: '园区' }).selectOption('carpet');
  await page.waitForURL(/park=carpet/);
  assert.notEqual(await count.innerText(), all);
  await page.getByLabel('搜索新闻').fill('比亚迪');
  await page.getByRole('status').filter({ hasText: '共 0 条' }).waitFor();
  expectClean(page);
  await page.close();
});

test('a shared news link applies its query once the app runs', async () => {
  const page = await open('/news?q=比亚迪');
  const status = page.getByRole('status').filter({ hasText: /共 \d+ 条/ });
  const shown = Number((await status.innerText()).match(/\d+/)[0]);
  const index = JSON.parse(fs.readFileSync(path.join(dist, 'data/news/index.json'), 'utf8'));
  assert.ok(shown > 0 && shown < index.articles.length, `${shown} of ${index.articles.length} articles match`);
  assert.equal(await page.getByLabel('搜索新闻').inputValue(), '比亚迪');
  // Once the app runs, the note that stands in for the list before it is gone.
  assert.equal(await page.getByText('正在按链接中的条件筛选新闻').isVisible(), false);
  expectClean(page);
  await page.close();
});
