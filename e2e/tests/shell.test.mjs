// The foundation: every route renders with no console errors and no third-party requests,
// the hotline is on every page, unknown paths show the not-found page, deep links reload,
// and a data file that fails to load is explained with a working retry. Prerendered pages carry
// their content, so the fault tests land on a page without it and navigate in the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, cutEmbeddedFile, expectClean, ROUTES } from './harness.mjs';

for (const route of ROUTES) {
  test(`${route} renders cleanly with the hotline and a title`, async () => {
    const page = await open(route);
    const hotline = page.getByRole('contentinfo').getByRole('link', { name: '400-162-2002' });
    assert.equal(await hotline.getAttribute('href'), 'tel:4001622002');
    assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, 'one h1 per page');
    assert.match(await page.title(), /武清示范工业园区招商服务平台/);
    const descriptions = await page.locator('meta[name="description"]').evaluateAll((ms) => ms.map((m) => m.content));
    assert.equal(descriptions.length, 1, `one meta description: ${descriptions}`);
    assert.ok(descriptions[0].length > 10);
    await page.waitForLoadState('networkidle');
    expectClean(page);
    await page.close();
  });
}

test('an unknown path shows the not-found page', async () => {
  const page = await open('/no/such/page');
  await page.getByRole('heading', { level: 1, name: '页面不存在' }).waitFor();
  await page.getByRole('main').getByRole('link', { name: '返回首页' }).click();
  await page.getByRole('heading', { level: 1, name: '武清四大示范工业园区' }).waitFor();
  await page.close();
});

test('pages that need no app download none; the phone menu still opens and closes', async () => {
  for (const route of ['/', '/parks', '/parks/carpet', '/news/2025-08-22-wuqing-parks-study-tour', '/invest/register', '/privacy', '/en/parks']) {
    const page = await open(route, { width: 390 });
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.reload();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    assert.deepEqual(requested.filter((p) => /\.(wasm|js)$/.test(p)), [], `${route} loads no app`);
    const toggle = page.getByRole('button', { name: /菜单|Menu/ });
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.getByRole('navigation', { name: /主导航|Main/ }).getByRole('link').first().waitFor();
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByRole('navigation', { name: /主导航|Main/ }).isVisible(), false);
    expectClean(page);
    await page.close();
  }
});

test('a deep link survives a reload', async () => {
  const page = await open('/parks/carpet');
  await page.getByRole('heading', { level: 1, name: '中华地毯产业园' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: '中华地毯产业园' }).waitFor();
  expectClean(page);
  await page.close();
});

test('the navigation reaches every section and marks the current page', async () => {
  const page = await open('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const label of ['首页', '园区', '新闻', '投资对比', '买地自建', '厂房租赁', '写字楼租赁', '公司注册', '优惠政策', '外商投资', '联系我们']) {
    await nav.getByRole('link', { name: label, exact: true }).waitFor();
  }
  await nav.getByRole('link', { name: '公司注册' }).click();
  await page.getByRole('heading', { level: 1, name: '公司注册' }).waitFor();
  assert.equal(await nav.getByRole('link', { name: '公司注册' }).getAttribute('aria-current'), 'page');
  await nav.getByRole('link', { name: '联系我们' }).click();
  await page.getByRole('heading', { level: 1, name: '联系我们' }).waitFor();
  await page.close();
});

test('the phone menu opens and closes from its button', async () => {
  const page = await open('/', { width: 390 });
  const toggle = page.getByRole('button', { name: '菜单' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '新闻' }).isVisible(), false);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '新闻' }).click();
  await page.getByRole('heading', { level: 1, name: '新闻动态' }).waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await page.close();
});

test('a widget whose data cannot be read says so in words, the retry fetches it, and the page around it stays', async () => {
  let fail = true;
  const page = await open('/policies', {
    setup: async (p) => {
      // The policies the page carries for its widget, cut short; the file itself busy at first.
      await cutEmbeddedFile(p, '/policies', 'policies.json');
      await p.route('**/data/policies.json', (route) => (fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
    },
  });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /数据文件内容有误/);
  await alert.getByText('详细信息').click();
  assert.match(await alert.innerText(), /policies\.json: not valid JSON/);
  await alert.getByRole('button', { name: '重试' }).click();
  await page.getByRole('alert').filter({ hasText: /policies\.json（HTTP 503）/ }).waitFor();
  fail = false;
  await page.getByRole('alert').getByRole('button', { name: '重试' }).click();
  await page.locator('ol.policy-list > li').first().waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  // Nothing outside the widget broke: the heading, the navigation and the footer's hotline.
  await page.getByRole('heading', { level: 1, name: '优惠政策' }).waitFor();
  await page.getByRole('contentinfo').getByRole('link', { name: '400-162-2002' }).waitFor();
  await page.close();
});

test('typing a search leaves the focus in the field while the URL follows', async () => {
  const page = await open('/news');
  const search = page.getByLabel('搜索新闻');
  await search.pressSequentially('园区');
  await page.waitForURL(/q=/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'news-q');
  expectClean(page);
  await page.close();
});

test('the comparison table prints on an A4 page without the navigation', async () => {
  const page = await open('/parks', { width: 794 });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: '主导航' }).isVisible(), false);
  const { table, page: width } = await page.evaluate(() => ({
    table: document.querySelector('table.compare').getBoundingClientRect().width,
    page: document.documentElement.clientWidth,
  }));
  assert.ok(table <= width, `table ${table}px fits the ${width}px page`);
  await page.close();
});

test('a data file with a field this version does not know still shows (tolerant reading)', async () => {
  const page = await open('/policies', {
    setup: (p) => p.route('**/data/parks.json', async (route) => {
      const response = await route.fetch();
      const parks = await response.json();
      parks.added_later = { anything: true };
      parks.parks[1].new_field = 'x';
      await route.fulfill({ response, json: parks });
    }),
  });
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '园区', exact: true }).click();
  await page.getByRole('table').getByRole('link', { name: '中华地毯产业园' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  expectClean(page);
  await page.close();
});
