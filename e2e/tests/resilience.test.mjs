// Resilience: a content file a widget cannot read, then served as 404, 500, truncated JSON, the
// wrong shape or very slowly, leaves the rest of the page working; the widget shows its error
// view, whose retry then loads the file; prerendered pages keep their content, which they carry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, cutEmbeddedFile, expectClean, ignoreFailedRequests } from './harness.mjs';

// Each file a widget reads and the page it is on. The page carries the file for its widget; here
// that copy is cut short (as a broken build or a mangling proxy would leave it), so the widget
// shows its error view, and its retry fetches the file, which the fault then answers.
const FILES = [
  { file: 'parks.json', page: '/news', ready: (p) => p.getByRole('status').filter({ hasText: /共 \d+ 条/ }) },
  { file: 'news/index.json', page: '/news', ready: (p) => p.getByRole('status').filter({ hasText: /共 \d+ 条/ }) },
  { file: 'invest.json', page: '/invest', ready: (p) => p.getByRole('heading', { name: '买地自建' }).first() },
  { file: 'policies.json', page: '/policies', ready: (p) => p.getByRole('status').filter({ hasText: /共 \d+ 项/ }) },
];

const FAULTS = {
  404: (route) => route.fulfill({ status: 404, body: 'not found' }),
  500: (route) => route.fulfill({ status: 500, body: 'server error' }),
  truncated: async (route) => { const r = await route.fetch(); const t = await r.text(); await route.fulfill({ response: r, body: t.slice(0, t.length / 2) }); },
  'wrong shape': (route) => route.fulfill({ json: { something: ['else'] } }),
};

const errorView = (page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: '内容暂时无法显示' }) });

for (const { file, page: route, ready } of FILES) {
  for (const [fault, serve] of Object.entries(FAULTS)) {
    test(`${file} unreadable on ${route}, then answered with ${fault}: the widget says so, the rest works, and retry loads it`, async () => {
      let broken = true;
      const page = await open(route, {
        setup: async (p) => {
          await cutEmbeddedFile(p, route, file);
          await p.route(`**/data/${file}`, (r) => (broken ? serve(r) : r.continue()));
        },
      });
      const error = errorView(page);
      await error.waitFor();
      // The detail (inside the collapsed 详细信息) names the file.
      assert.match(await error.textContent(), new RegExp(file.replace('.', '\\.')));
      const answered = page.waitForResponse((r) => r.url().endsWith(`/data/${file}`));
      await error.getByRole('button', { name: '重试' }).click();
      await answered;
      await errorView(page).waitFor();
      assert.match(await errorView(page).textContent(), new RegExp(file.replace('.', '\\.')));
      // The header, the heading and the footer's hotline are the page's own and still there.
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByRole('contentinfo').getByRole('link', { name: '400-162-2002' }).waitFor();
      broken = false;
      await errorView(page).getByRole('button', { name: '重试' }).click();
      await ready(page).waitFor();
      ignoreFailedRequests(page);
      expectClean(page);
      await page.close();
    });
  }

  test(`${file} answering after 10 s on ${route}: the widget shows it is loading, then the content`, async () => {
    const page = await open(route, {
      setup: async (p) => {
        await cutEmbeddedFile(p, route, file);
        await p.route(`**/data/${file}`, async (r) => {
          await new Promise((resolve) => setTimeout(resolve, 10_000));
          await r.continue();
        });
      },
    });
    await errorView(page).getByRole('button', { name: '重试' }).click();
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
