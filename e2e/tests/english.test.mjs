// The English portal: every route under /en/, prerendered in English; a language switch that
// keeps the page and its query and works without JavaScript; English search over English and
// Chinese text; the form validating in English and sending locale "en".
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, expectClean } from './harness.mjs';
import { startReceiver } from '../receiver.mjs';

const PARKS = ['China Bicycle Kingdom Industrial Park', 'China Carpet Industrial Park',
  'Tianjin Wuqing Auto Parts Industrial Park', 'Tianjin Jingbin Industrial Park'];

test('/en/ shows English navigation and the four parks by their English names', async () => {
  const page = await open('/en/');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const nav = page.getByRole('navigation', { name: /main/i });
  for (const label of ['Home', 'Parks', 'News', 'Contact']) await nav.getByRole('link', { name: label, exact: true }).waitFor();
  assert.equal(await nav.getByRole('link', { name: 'Parks', exact: true }).getAttribute('href'), '/en/parks');
  for (const name of PARKS) await page.getByRole('link', { name }).first().waitFor();
  const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => `${l.hreflang} ${new URL(l.href).pathname}`));
  assert.deepEqual(alternates, ['zh-CN /', 'en /en/', 'x-default /']);
  expectClean(page);
  await page.close();
});

test('the language switch keeps the page and its query, both ways', async () => {
  const page = await open('/news?park=carpet');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await page.waitForURL(/\/en\/news\?park=carpet$/);
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready') && document.documentElement.lang === 'en');
  await page.getByRole('heading', { level: 1, name: 'News' }).waitFor();
  await page.getByRole('link', { name: '本页中文版' }).click();
  await page.waitForURL(/\/news\?park=carpet$/);
  assert.doesNotMatch(page.url(), /\/en\//);
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  expectClean(page);
  await page.close();
});

test('/en/parks/carpet without JavaScript shows English text and figures with sources', async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${ctx.base}/en/parks/carpet`);
  await page.getByRole('heading', { level: 1, name: 'China Carpet Industrial Park' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const main = await page.getByRole('main').innerText();
  assert.match(main, /References/);
  assert.match(main, /\[\d+\]/, 'figures cite their sources by number');
  assert.match(main, /\d[\d,.]* (km²|companies|million|billion)/, 'figures in English units');
  assert.doesNotMatch(main, /\d[\d,.]*(万|亿)/, 'never 1,234万 in English');
  assert.equal(await page.getByRole('link', { name: '本页中文版' }).getAttribute('href'), '/parks/carpet');
  await context.close();
});

test('/en/news?q=bicycle finds articles by their English titles, and Chinese text still finds them', async () => {
  const page = await open('/en/news?q=bicycle');
  const count = async () => Number((await page.getByRole('status').filter({ hasText: /result/ }).innerText()).match(/\d+/)[0]);
  const all = 29;
  const english = await count();
  assert.ok(english >= 3 && english < all, `bicycle finds the bicycle news (${english} of ${all})`);
  await page.getByRole('link', { name: /bicycle/i }).first().waitFor();
  await page.getByLabel('Search news').fill('自行车');
  await page.waitForFunction(() => !/\b29\b/.test(document.querySelector('.result-count').textContent));
  assert.ok(await count() >= 3, 'Chinese text finds the English pages too');
  expectClean(page);
  await page.close();
});

test('/en/invest shows the headline answer in English', async () => {
  const page = await open('/en/invest');
  await page.getByText(/On these assumptions, over \d+ years, .* costs about CNY [\d.,]+( million| billion)? less than/).waitFor();
  expectClean(page);
  await page.close();
});

test('an English article shows its translated body, says so and links the Chinese original', async () => {
  const id = '2025-08-22-wuqing-parks-study-tour';
  const page = await open(`/en/news/${id}`);
  await page.getByText('Translated from Chinese by the portal').waitFor();
  const original = page.getByRole('link', { name: 'Read the Chinese original' });
  assert.equal(await original.getAttribute('href'), `/news/${id}`);
  assert.equal(await original.getAttribute('hreflang'), 'zh-CN');
  const body = page.locator('.article-body');
  assert.equal(await body.getAttribute('lang'), null, 'the body is in the page language');
  const text = await body.innerText();
  assert.ok(text.length > 200, 'a whole body');
  assert.doesNotMatch(text, /[\u4e00-\u9fff]/, 'no Chinese left in the body');
  assert.doesNotMatch(await page.locator('.attribution p').first().innerText(), /[\u4e00-\u9fff]/, 'the attribution is English');
  await original.click();
  await page.getByRole('heading', { level: 1, name: /武清/ }).waitFor();
  assert.equal(await page.getByText('Translated from Chinese').count(), 0, 'the original carries no note');
  expectClean(page);
  await page.close();
});

let receiver;
after(async () => receiver?.stop());

test('/en/contact validates in English and sends locale "en"', async () => {
  receiver = await startReceiver({ origin: ctx.base });
  ctx.allowed.push(new URL(receiver.url).origin);
  const setup = (page) => page.route('**/config.json', (route) => route.fulfill({ json: { inquiry_endpoint: receiver.url } }));
  const page = await open('/en/contact', { setup });
  await page.getByRole('textbox', { name: 'Phone number' }).fill('12345');
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  assert.match(await page.title(), /^Error: /);
  await page.getByRole('link', { name: /Enter a phone number with its country code/ }).waitFor();
  await page.getByRole('radio').first().check();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Jane Smith');
  await page.getByRole('textbox', { name: 'Company name' }).fill('Example GmbH');
  await page.getByRole('textbox', { name: 'Phone number' }).fill('+49 30 1234 5678');
  await page.getByRole('checkbox', { name: /I agree/ }).check();
  await page.waitForTimeout(3100);
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await page.getByRole('heading', { level: 2 }).filter({ hasText: /sent|received|delivered/i }).first().waitFor();
  const rows = receiver.rows().filter((r) => r.company === 'Example GmbH');
  assert.equal(rows.length, 1);
  assert.deepEqual([rows[0].locale, rows[0].phone, rows[0].page], ['en', '+493012345678', '/en/contact']);
  expectClean(page);
  await page.close();
});

test('at 1280 px the English navigation fits on one line', async () => {
  const page = await open('/en/', { width: 1280 });
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  const tops = await nav.getByRole('listitem').evaluateAll((items) => [...new Set(items.map((li) => Math.round(li.getBoundingClientRect().top)))]);
  assert.equal(tops.length, 1, `the items sit on ${tops.length} lines`);
  await page.close();
});
