// Resilience: each content file served as 404, 500, truncated JSON, the wrong shape or very
// slowly leaves the rest of the site working; the page that needs it shows the error view,
// whose retry then loads it; prerendered pages keep their content, which they carry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, expectClean, ignoreFailedRequests } from './harness.mjs';

// Each file, a page the app runs on that does not carry it, and the navigation link to a page
// that needs it.
const FILES = [
  { file: 'parks.json', from: '/policies', link: '园区', ready: (p) => p.getByRole('heading', { level: 1, name: '四大园区对比' }) },
  { file: 'news/index.json', from: '/policies', link: '新闻', ready: (p) => p.getByRole('status').filter({ hasText: /共 \d+ 条/ }) },
  { file: 'invest.json', from: '/policies', link: '投资对比', ready: (p) => p.getByRole('heading', { name: '买地自建' }).first() },
  { file: 'policies.json', from: '/contact', link: '优惠政策', ready: (p) => p.getByRole('status').filter({ hasText: /共 \d+ 项/ }) },
];

const FAULTS = {
  404: (route) => route.fulfill({ status: 404, body: 'not found' }),
  500: (route) => route.fulfill({ status: 500, body: 'server error' }),
  truncated: async (route) => { const r = await route.fetch(); const t = await r.text(); await route.fulfill({ response: r, body: t.slice(0, t.length / 2) }); },
  'wrong shape': (route) => route.fulfill({ json: { something: ['else'] } }),
};

for (const { file, from, link, ready } of FILES) {
  for (const [fault, serve] of Object.entries(FAULTS)) {
    test(`${file} answered with ${fault}: the page says so, the rest works, and retry loads it`, async () => {
      let broken = true;
      const setup = (page) => page.route(`**/data/${file}`, (route) => (broken ? serve(route) : route.continue()));
      const page = await open(from, { setup });
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: link, exact: true }).click();
      const error = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: '内容暂时无法显示' }) });
      await error.waitFor();
      // The detail (inside the collapsed 详细信息) names the file.
      assert.match(await error.textContent(), new RegExp(file.replace('.', '\\.')));
      // The header, footer and hotline still work.
      await page.getByRole('contentinfo').getByRole('link', { name: '400-162-2002' }).waitFor();
      broken = false;
      await error.getByRole('button', { name: '重试' }).click();
      await ready(page).waitFor();
      ignoreFailedRequests(page);
      expectClean(page);
      await page.close();
    });
  }

  test(`${file} answering after 10 s: the page shows it is loading, then the content`, async () => {
    const setup = (page) => page.route(`**/data/${file}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      await route.continue();
    });
    const page = await open(from, { setup });
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: link, exact: true }).click();
    await page.getByRole('status').filter({ hasText: '正在加载' }).first().waitFor();
    await ready(page).waitFor({ timeout: 20_000 });
    expectClean(page);
    await page.close();
  });
}

test('prerendered pages keep their content when every data file fails', async () => {
  const setup = (page) => page.route('**/data/**', (route) => route.fulfill({ status: 500, body: 'down' }));
  for (const route of ['/', '/parks/carpet', '/news', '/invest', '/policies', '/en/parks/carpet']) {
    const page = await open(route, { setup });
    await page.waitForLoadState('networkidle');
    assert.equal(await page.getByRole('alert').filter({ hasText: '内容暂时无法显示' }).count(), 0, route);
    assert.ok((await page.getByRole('main').innerText()).length > 200, route);
    expectClean(page);
    await page.close();
  }
});
