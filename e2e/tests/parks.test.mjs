// Home and park pages: the four parks at a glance, the comparison table, one page per park
// with sourced figures, and the not-found view for an unknown park id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, expectClean } from './harness.mjs';

const PARKS = {
  'bicycle-kingdom': '中华自行车王国产业园',
  carpet: '中华地毯产业园',
  'auto-parts': '天津武清汽车零部件产业园',
  jingbin: '天津京滨工业园',
};

test('home shows the four parks and each card opens the right park', async () => {
  for (const width of [390, 1280]) {
    for (const [id, name] of Object.entries(PARKS)) {
      const page = await open('/', { width });
      const cards = page.getByRole('region', { name: '四大示范工业园区' });
      await cards.getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      assert.ok(page.url().endsWith(`/parks/${id}`), page.url());
      expectClean(page);
      await page.close();
    }
  }
});

test('home states why Wuqing with sourced district figures, the latest news and the shortcuts', async () => {
  const page = await open('/');
  const why = page.getByRole('region', { name: '为什么是武清' });
  await why.getByText('81公里').waitFor();
  await why.getByText('区级数据').waitFor();
  const source = why.getByRole('link', { name: /武清区人民政府/ });
  assert.match(await source.getAttribute('href'), /^https:\/\/www\.tjwq\.gov\.cn\//);
  const news = page.getByRole('region', { name: '最新动态' }).getByRole('listitem');
  assert.equal(await news.count(), 5);
  const services = page.getByRole('region', { name: '投资服务' });
  for (const label of ['买地自建', '厂房租赁', '写字楼租赁', '公司注册', '优惠政策', '外商投资']) {
    await services.getByRole('link', { name: new RegExp(label) }).waitFor();
  }
  await page.getByText('2014年3月起更名为天津京津电子商务产业园').waitFor();
  await page.close();
});

test('/parks compares the four parks, one column each, with dated sources', async () => {
  const page = await open('/parks');
  const table = page.getByRole('table', { name: /武清四大示范工业园区对比/ });
  const headers = table.getByRole('columnheader');
  assert.deepEqual(await headers.allInnerTexts(), ['项目', ...Object.values(PARKS)]);
  for (const row of ['所在镇街', '建园时间', '规划面积', '主导产业', '代表企业', '企业数量', '最新已知数据']) {
    await table.getByRole('rowheader', { name: row }).waitFor();
  }
  const area = table.getByRole('row', { name: /规划面积/ });
  assert.equal(await area.getByRole('cell').count(), 4);
  await area.getByText('22平方公里').waitFor();
  assert.ok((await area.getByText('暂无公开数据').count()) >= 2, 'the auto-parts and Jingbin areas are unknown');
  // The diagram has a text alternative and the same facts as text.
  await page.getByRole('img', { name: '武清区位示意图' }).waitFor();
  await page.getByText('示意图（非测绘地图）').waitFor();
  await page.getByText('图中信息（文字版）').click();
  await page.getByText('区中心距天津港：71公里').waitFor();
  expectClean(page);
  await page.close();
});

test('on a phone /parks is a card per park with the same rows and numbered sources, four screens at most, nothing sideways', async () => {
  const page = await open('/parks', { width: 390 });
  assert.equal(await page.getByRole('table', { name: /武清四大示范工业园区对比/ }).count(), 0, 'the table is for wider screens');
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  assert.ok(width <= 390, `the page does not scroll sideways (${width}px)`);
  assert.ok(height <= 4 * 844, `at most four 390 × 844 screens (${height}px)`);
  for (const name of Object.values(PARKS)) {
    const card = page.getByRole('region', { name, exact: true });
    await card.getByRole('link', { name }).waitFor();
    for (const row of ['所在镇街', '规划面积', '主导产业', '企业数量']) await card.getByText(row, { exact: true }).waitFor();
    // The other rows are one tap away.
    assert.equal(await card.getByText('代表企业', { exact: true }).isVisible(), false);
    await card.getByText(/^更多：/).click();
    for (const row of ['代表企业', '建园时间', '最新已知数据']) await card.getByText(row, { exact: true }).waitFor();
  }
  const bicycle = page.getByRole('region', { name: PARKS['bicycle-kingdom'], exact: true });
  await bicycle.getByText('22平方公里').waitFor();
  // A numbered source opens in place; the full list is at the end of the page.
  const mark = bicycle.getByRole('group').filter({ has: page.getByText(/^\[\d+\]$/) }).first();
  const number = (await mark.locator('summary').innerText()).replace(/\D/g, '');
  await mark.locator('summary').click();
  const opened = (await mark.innerText()).replace(/^\[\d+\]\s*/, '').trim();
  assert.ok(opened.length > 4, `the source shows: ${opened}`);
  const references = page.getByRole('region', { name: /^参考来源（\d+条）$/ });
  await references.getByText(/^参考来源/).click();
  const listed = await references.locator(`#ref-${number}`).innerText();
  assert.equal(listed.trim(), opened, 'the mark and the list name the same source');
  expectClean(page);
  await page.close();
});

for (const [id, name] of Object.entries(PARKS)) {
  test(`/parks/${id} shows the profile with at least one sourced, dated figure`, async () => {
    const page = await open(`/parks/${id}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    assert.equal(await page.title(), `${name} | 武清示范工业园区招商服务平台`);
    // Figures cite by number; a mark opens its source in place, and the list ends the page.
    const mark = page.getByRole('main').locator('.figure details.cite').first();
    await mark.locator('summary').click();
    const inPlace = mark.getByRole('link');
    assert.match(await inPlace.getAttribute('href'), /^https?:\/\/[^/]+\.[^/]+/, 'a sourced figure');
    const list = page.getByRole('region', { name: '参考来源' }).getByRole('listitem');
    assert.ok((await list.count()) >= 1);
    assert.equal(await list.nth(Number((await mark.locator('summary').innerText()).match(/\d+/)[0]) - 1).getByRole('link').getAttribute('href'),
      await inPlace.getAttribute('href'), 'the mark and the list agree');
    assert.ok((await page.getByRole('main').getByText(/^截至\d{4}年/).count()) >= 1, 'an as-of date');
    const cta = page.getByRole('link', { name: '咨询该园区' }).first();
    assert.equal(await cta.getAttribute('href'), `/contact?park=${id}`);
    const related = page.getByRole('link', { name: /查看全部相关新闻/ });
    assert.equal(await related.getAttribute('href'), `/news/park/${id}`, 'the park news list, which works without script');
    await page.getByRole('heading', { name: '发展历程' }).waitFor();
    expectClean(page);
    await page.close();
  });
}

test('an unknown park id gets the not-found page (status 404) with the four parks', async () => {
  const page = await ctx.browser.newPage();
  assert.equal((await page.goto(`${ctx.base}/parks/harbour`)).status(), 404);
  await page.getByRole('heading', { level: 1, name: '页面不存在' }).waitFor();
  for (const name of Object.values(PARKS)) {
    await page.getByRole('main').getByRole('link', { name, exact: true }).waitFor();
  }
  await page.close();
});
