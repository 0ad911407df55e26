// Deployment under a sub-path: the build made with `--public-url /sub/` (scripts/test makes it
// in target/dist-sub) works when served at /sub/ — content loads relative to the document
// base, links stay under /sub/, a deep link reloads, and the prerendered pages read and link
// correctly without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';
import { CHROMIUM_ARGS } from './harness.mjs';

const dir = process.env.DIST_SUB_DIR ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'dist-sub');
let server, browser, base;

before(async () => {
  assert.ok(fs.existsSync(path.join(dir, 'index.html')), `${dir} is missing: build it with trunk build --release --public-url /sub/ --dist target/dist-sub`);
  server = await startServer(dir, 0, '/sub/');
  base = `http://127.0.0.1:${server.address().port}/sub`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('the site works under /sub/: deep link, data, navigation and reload', async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${base}/parks/carpet`);
  await page.getByRole('heading', { level: 1, name: '中华地毯产业园' }).waitFor();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '新闻', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: '新闻动态' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/sub/news');
  // A full page load: the app starts on the news page (typing before it has is tested in news.test.mjs).
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  await page.getByLabel('搜索新闻').fill('BYD');
  await page.waitForURL(/\/sub\/news\?q=BYD$/);
  await page.getByRole('link', { name: /比亚迪（BYD）与武清区签约/ }).click();
  await page.waitForURL(/\/sub\/news\/2012-08-02-byd-signs-wuqing$/);
  await page.getByRole('heading', { level: 1, name: /比亚迪（BYD）与武清区签约/ }).waitFor();
  await page.reload();
  await page.getByText('规划年产新能源汽车1万辆').waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('the news widget runs under /sub/ and its result links lead to the article under /sub/', async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${base}/news?q=考察`);
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  await page.getByRole('link', { name: /武清示范工业园区赴东丽津南工业区考察/ }).click();
  await page.getByRole('heading', { level: 1, name: /武清示范工业园区赴东丽津南工业区考察/ }).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/sub\/news\/2025-08-22-wuqing-parks-study-tour\/?$/);
  await page.close();
});

test('without JavaScript the prerendered pages under /sub/ show their content and link within /sub/', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const outside = [];
  page.on('request', (r) => { if (!new URL(r.url()).pathname.startsWith('/sub/')) outside.push(r.url()); });
  await page.goto(`${base}/parks/carpet`);
  await page.getByRole('heading', { level: 1, name: '中华地毯产业园' }).waitFor();
  assert.ok(await page.locator('.references a[href^="http"]').count() >= 5, 'the reference list');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页', exact: true }).click();
  assert.equal(new URL(page.url()).pathname, '/sub/');
  for (const name of ['中华自行车王国产业园', '中华地毯产业园', '天津武清汽车零部件产业园', '天津京滨工业园']) {
    await page.getByRole('heading', { level: 3, name }).waitFor();
  }
  await page.getByRole('link', { name: '全部新闻 →' }).click();
  assert.equal(new URL(page.url()).pathname, '/sub/news');
  await page.getByRole('link', { name: /武清示范工业园区赴东丽津南工业区考察/ }).click();
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  assert.equal((await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts()).length >= 4, true);
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs.filter((h) => !h.startsWith('/sub/')), [], 'every site link carries /sub/');
  assert.deepEqual(outside, [], 'every asset loads from /sub/');
  await context.close();
});

test('every route in both languages is served under /sub/ and, where the app runs, taken over cleanly', async () => {
  const { EVERY_ROUTE } = await import('./harness.mjs');
  for (const route of EVERY_ROUTE) {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${base}${route}`);
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-interactive')
      || document.documentElement.classList.contains('app-ready'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const hrefs = await page.locator('main a[href^="/"], nav a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.every((h) => h.startsWith('/sub/')), `${route}: every site link stays under /sub/: ${hrefs.filter((h) => !h.startsWith('/sub/'))}`);
    assert.deepEqual(problems, [], route);
    await page.close();
  }
});

test('under /sub/ the language switch keeps the page, and the form delivers an inquiry', async () => {
  const { startReceiver } = await import('../receiver.mjs');
  const receiver = await startReceiver({ origin: new URL(base).origin });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    await page.route('**/sub/config.json', (route) => route.fulfill({ json: { inquiry_endpoint: receiver.url } }));
    await page.goto(`${base}/parks/carpet`);
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await page.waitForURL(/\/sub\/en\/parks\/carpet$/);
    await page.getByRole('heading', { level: 1, name: 'China Carpet Industrial Park' }).waitFor();
    await page.goto(`${base}/contact`);
    await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
    await page.getByRole('radio', { name: '工业用地招商' }).check();
    await page.getByRole('textbox', { name: '姓名' }).fill('王伟');
    await page.getByRole('textbox', { name: '公司名称' }).fill('子路径测试公司');
    await page.getByRole('textbox', { name: '联系电话' }).fill('13812345678');
    await page.getByRole('checkbox', { name: /我同意/ }).check();
    await page.waitForTimeout(3100);
    await page.getByRole('button', { name: '提交咨询' }).click();
    await page.getByRole('heading', { name: '咨询已送达' }).waitFor();
    const rows = receiver.rows().filter((r) => r.company === '子路径测试公司');
    assert.equal(rows.length, 1);
    assert.equal(rows[0].page, '/sub/contact');
    await page.close();
  } finally {
    await receiver.stop();
  }
});
