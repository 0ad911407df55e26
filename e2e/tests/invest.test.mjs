// The investment calculator and the pages around it: a scenario in the URL shows results for
// buying and renting a factory with a headline answer, offices on their own; changing an input
// updates the numbers and the URL, a reload restores them, a bad value shows its message and no
// broken number; decimal commas and 万 are read or refused, never misread; a shared link's bad
// values are named and the address corrected; the page prints results first on at most four A4
// pages; the consult link carries the scenario; the parks comparison shows; the steps pages
// show their steps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, expectClean, openWithAppHeld, untilReady } from './harness.mjs';

const headline = (page) => page.locator('.headline .answer');
const netCosts = (page) => page.getByRole('table').filter({ hasText: '净成本（现值）' }).first().getByRole('row', { name: /^净成本/ }).innerText();

test('a scenario in the URL shows the three options, the headline and the park comparison', async () => {
  const page = await open('/invest?park=carpet&area=5000&years=10');
  assert.match(await headline(page).innerText(), /在这些假设下，10年内(买地自建|厂房租赁)比(厂房租赁|买地自建)节省约¥[\d,.]+(万|亿)?（现值）/);
  const table = page.getByRole('table').filter({ hasText: '净成本（现值）' }).first();
  for (const name of ['买地自建', '厂房租赁']) await table.getByRole('columnheader', { name }).waitFor();
  assert.equal(await table.getByRole('columnheader', { name: '写字楼租赁' }).count(), 0, 'offices are not a factory');
  const offices = page.getByRole('region', { name: '写字楼租赁（500平方米办公）' });
  await offices.getByRole('row', { name: /净成本/ }).waitFor();
  await page.getByRole('region', { name: '哪个输入决定结论' }).getByRole('row', { name: /厂房租金/ }).waitFor();
  await page.getByText('选择园区不改变结果').waitFor();
  await page.getByText('金额均不含增值税').first().waitFor();
  assert.doesNotMatch(await page.getByRole('main').innerText(), /NaN|Infinity|undefined/);
  assert.equal(await page.getByRole('combobox', { name: '园区' }).inputValue(), 'carpet');
  const parks = page.getByRole('region', { name: '同一方案在四个园区' });
  for (const name of ['中华自行车王国产业园', '中华地毯产业园', '天津武清汽车零部件产业园', '天津京滨工业园']) {
    await parks.getByRole('columnheader', { name }).waitFor();
  }
  await page.getByText('成本结果相同').waitFor();
  expectClean(page);
  await page.close();
});

test('changing the horizon updates the numbers and the URL, and a reload restores them', async () => {
  const page = await open('/invest?area=5000');
  const before = await netCosts(page);
  const years = page.getByRole('textbox', { name: /比较年限/ });
  await years.fill('20');
  await page.waitForURL(/years=20/);
  await page.locator('.headline .answer', { hasText: '20年内' }).waitFor();
  assert.notEqual(await netCosts(page), before);
  const after = await netCosts(page);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  assert.equal(await page.getByRole('textbox', { name: /比较年限/ }).inputValue(), '20');
  assert.equal(await netCosts(page), after);
  expectClean(page);
  await page.close();
});

test('the slider recomputes as it moves', async () => {
  const page = await open('/invest');
  const before = await headline(page).innerText();
  const slider = page.getByRole('slider', { name: /厂房租金/ });
  await slider.focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
  await page.waitForURL(/rent=/);
  assert.notEqual(await headline(page).innerText(), before);
  await page.close();
});

test('a bad area shows its message, keeps the last good results marked out of date, and never a broken number', async () => {
  const page = await open('/invest?area=8000');
  const good = await netCosts(page);
  const area = page.getByRole('textbox', { name: /所需生产面积/ });
  await area.fill('abc');
  const message = page.getByText('所需生产面积请输入数字');
  await message.waitFor();
  assert.equal(await area.getAttribute('aria-invalid'), 'true');
  const described = await area.getAttribute('aria-describedby');
  assert.ok(described.split(' ').includes(await message.getAttribute('id')));
  await page.getByText('结果未更新').waitFor();
  assert.equal(await netCosts(page), good, 'the last good results stay');
  await area.fill('50');
  await page.getByText('请输入 100 到 1,000,000 之间的所需生产面积').waitFor();
  assert.doesNotMatch(await page.getByRole('main').innerText(), /NaN|Infinity|-¥/);
  assert.match(page.url(), /area=8000/, 'a bad value is not written to the URL');
  await area.fill('9000');
  await page.waitForURL(/area=9000/);
  assert.equal(await page.getByText('结果未更新').isVisible(), false);
  await page.close();
});

test('恢复默认 returns every input to its default and shortens the URL', async () => {
  const page = await open('/invest?area=9000&years=15&rent=1.2');
  await page.getByRole('button', { name: '恢复默认' }).click();
  await page.waitForURL((url) => url.search === '');
  assert.equal(await page.getByRole('textbox', { name: /比较年限/ }).inputValue(), '10');
  await page.close();
});

test('就此方案咨询 carries the topic, the park and the scenario', async () => {
  const page = await open('/invest?park=jingbin&area=12000&years=15&option=buy-land');
  const link = page.getByRole('link', { name: '就此方案咨询' });
  const href = new URL(await link.getAttribute('href'), ctx.base);
  assert.equal(href.pathname, '/contact');
  assert.equal(href.searchParams.get('topic'), 'land');
  assert.equal(href.searchParams.get('park'), 'jingbin');
  const scenario = new URLSearchParams(href.searchParams.get('scenario'));
  assert.equal(scenario.get('area'), '12000');
  assert.equal(scenario.get('years'), '15');
  await page.close();
});

test('?option= highlights that option', async () => {
  const page = await open('/invest?option=factory-rent');
  const card = page.getByRole('region', { name: /厂房租赁/ }).first();
  await card.getByText('当前选择').waitFor();
  for (const heading of ['主要步骤', '适合', '一般时间线', '风险与注意事项']) await card.getByRole('heading', { name: heading }).waitFor();
  assert.equal(await page.getByRole('region', { name: /^买地自建/ }).getByText('当前选择').isVisible(), false);
  await page.close();
});

test('without JavaScript /invest shows the default scenario’s results', async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${ctx.base}/invest`);
  assert.match(await page.locator('.headline .answer').innerText(), /在这些假设下，10年内/);
  await page.getByRole('table').filter({ hasText: '净成本（现值）' }).first().waitFor();
  assert.match(await page.getByRole('main').innerText(), /计算器需要启用 JavaScript/);
  await context.close();
});

test('/invest/register shows the steps with their sources and check dates', async () => {
  const page = await open('/invest/register');
  const steps = page.getByRole('main').locator('ol.steps > li');
  assert.ok(await steps.count() >= 5);
  await steps.first().getByRole('link').first().waitFor();
  await steps.first().getByText('所依据来源的日期').waitFor();
  await page.goto(`${ctx.base}/invest/foreign`);
  await page.getByRole('heading', { level: 1, name: '外商投资' }).waitFor();
  assert.ok(await page.getByRole('main').locator('ol.steps > li').count() >= 4);
  await page.close();
});

test('the calculator prints on A4 with the scenario, results and chart', async () => {
  const page = await open('/invest', { width: 794 });
  await page.emulateMedia({ media: 'print' });
  const widths = await page.evaluate(() => ({
    chart: document.querySelector('.cost-chart svg').getBoundingClientRect().width,
    table: document.querySelector('.results-table').getBoundingClientRect().width,
    page: document.documentElement.clientWidth,
  }));
  assert.ok(widths.chart <= widths.page && widths.table <= widths.page, JSON.stringify(widths));
  await page.close();
});

test('a figure typed into the calculator before the app has started is kept and computed', async () => {
  const { page, startApp } = await openWithAppHeld('/invest');
  const years = page.locator('#calc-years');
  const prerendered = await years.inputValue();
  assert.ok(prerendered.length > 0 && prerendered !== '30', `the prerendered field shows its default: ${prerendered}`);
  const before = await page.locator('.headline').innerText();
  await years.fill('30');
  await startApp();
  await page.waitForFunction((b) => document.querySelector('.headline').innerText !== b, before);
  assert.equal(await years.inputValue(), '30');
  await page.close();
});

test('the year-by-year table shows when opened and when printed, following the scenario', async () => {
  const page = await open('/invest?years=10');
  await untilReady(page);
  const table = page.getByRole('table', { name: /各方式按年累计的净成本/ });
  await page.getByText('逐年累计净成本（表格）').click();
  await table.waitFor();
  assert.equal(await table.locator('tbody tr').count(), 10);
  await page.getByRole('textbox', { name: /比较年限/ }).fill('12');
  await page.waitForFunction(() => document.querySelectorAll('.year-by-year tbody tr').length === 12);
  expectClean(page);
  await page.close();

  // Never opened: it prints anyway (a closed <details> keeps its content in a hidden slot).
  const printing = await open('/invest?years=10');
  await untilReady(printing);
  await printing.emulateMedia({ media: 'print' });
  await printing.getByRole('table', { name: /各方式按年累计的净成本/ }).waitFor();
  assert.equal(await printing.locator('.year-by-year tbody tr').count(), 10);
  await printing.close();
});

test('a decimal comma and 万 are read by the field, and an ambiguous comma is refused with a message', async () => {
  const page = await open('/invest');
  const rent = page.getByRole('textbox', { name: /^厂房租金（/ });
  await rent.fill('1,5');
  await page.waitForURL(/[?&]rent=1\.5(&|$)/);
  assert.equal(await rent.getAttribute('aria-invalid'), 'false');
  const area = page.getByRole('textbox', { name: /所需生产面积/ });
  await area.fill('1万');
  await page.waitForURL(/[?&]area=10000(&|$)/);
  await page.locator('.headline .answer').filter({ hasText: '10年内' }).waitFor();
  const land = page.getByRole('textbox', { name: /^土地价格/ });
  await land.fill('1,500');
  await page.getByText('土地价格中的逗号可读作千位分隔（1,500）或小数点（1.5）').waitFor();
  assert.equal(await land.getAttribute('aria-invalid'), 'true');
  assert.doesNotMatch(page.url(), /land-price=/, 'an ambiguous value is not written');
  await rent.fill('1万');
  await page.getByText('请输入 0 到 50 之间的厂房租金').waitFor();
  expectClean(page);
  await page.close();
});

test('a shared link with values out of range says what it used instead and corrects the address', async () => {
  const page = await open('/invest?area=-5&years=60&rent=1.2');
  const notice = page.getByRole('status').filter({ hasText: '链接中的' });
  await notice.getByText('链接中的所需生产面积“-5”超出 100 到 1,000,000 的范围，已改用默认值 5000 平方米。').waitFor();
  await notice.getByText('链接中的比较年限“60”超出 1 到 50 的范围，已改用默认值 10 年。').waitFor();
  await page.waitForURL((url) => url.search === '?rent=1.2');
  assert.equal(await page.getByRole('textbox', { name: /所需生产面积/ }).inputValue(), '5000');
  assert.equal(await page.getByRole('textbox', { name: /^厂房租金（/ }).inputValue(), '1.2');
  await page.locator('.headline .answer').filter({ hasText: '10年内' }).waitFor();
  expectClean(page);
  await page.close();
});

for (const route of ['/invest', '/en/invest']) test(`printed on A4 ${route} puts the results first, shows link addresses, in at most four pages`, async () => {
  const page = await open(route);
  await page.emulateMedia({ media: 'print' });
  const order = await page.evaluate(() => {
    const top = (selector) => document.querySelector(selector).getBoundingClientRect().top;
    return { results: top('.results'), form: top('form.calculator'), parks: top('#park-compare-heading') };
  });
  assert.ok(order.results < order.form && order.form < order.parks, JSON.stringify(order));
  const after = await page.evaluate(() => {
    const link = document.querySelector('.calc-basis a[href^="http"]');
    return getComputedStyle(link, '::after').content;
  });
  assert.match(after, /\(" attr\(href\) "\)|\(http/);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 4, `${pages} A4 pages`);
  await page.close();
});

for (const [route, area, rent] of [['/invest', /所需生产面积/, /^厂房租金（/], ['/en/invest', /Floor area needed/, /^Factory rent/]]) {
  test(`on a phone ${route} puts the answer first, the first input within two screens, and keeps the answer in view while editing`, async () => {
    const page = await open(route, { width: 390 });
    await page.setViewportSize({ width: 390, height: 844 });
    const first = await page.getByRole('textbox', { name: area }).evaluate((el) => el.getBoundingClientRect().top + scrollY);
    assert.ok(first < 2 * 844, `the first input starts at ${Math.round(first)}px, within two 844px screens`);
    const summary = page.locator('.calc-summary');
    const before = await summary.innerText();
    assert.match(before, /10/, 'the one-line answer names the horizon');
    // A keyboard visitor tabs from the first field to the rent (the browser scrolls each field
    // into view) and types a new rent.
    await page.getByRole('textbox', { name: area }).focus();
    const target = await page.getByRole('textbox', { name: rent }).getAttribute('id');
    for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement.id)) !== target; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), target, 'the rent is reached by Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await page.waitForFunction((b) => document.querySelector('.calc-summary').innerText !== b, before);
    const boxes = await page.evaluate(() => {
      const box = (el) => el.getBoundingClientRect();
      return { summary: box(document.querySelector('.calc-summary')), field: box(document.activeElement), height: innerHeight };
    });
    assert.ok(boxes.summary.top >= 0 && boxes.summary.bottom <= boxes.height, 'the answer is in view while the visitor edits');
    assert.ok(boxes.field.bottom <= boxes.summary.top, 'the answer does not cover the field being edited');
    expectClean(page);
    await page.close();
  });
}
