// The policy library: lapsed and superseded policies stay listed and are marked 已失效 with
// their replacement, drafts are marked 征求意见稿, and the filters narrow the list and live in
// the URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, expectClean } from './harness.mjs';

const count = async (page) => Number((await page.getByRole('status').filter({ hasText: /共 \d+ 项/ }).innerText()).match(/\d+/)[0]);

test('a superseded policy is marked 已失效 with what replaced it; a draft is marked', async () => {
  const page = await open('/policies');
  const superseded = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /住所（经营场所）登记管理办法/ }) });
  await superseded.getByText('已失效', { exact: true }).waitFor();
  await superseded.getByText(/已由《天津市经营主体住所（经营场所）登记管理办法》替代/).waitFor();
  await superseded.getByText('津政办规〔2020〕14号', { exact: true }).waitFor();
  await page.getByRole('heading', { name: /征求意见稿/ }).getByText('征求意见稿', { exact: true }).waitFor();
  expectClean(page);
  await page.close();
});

test('“only currently valid” hides lapsed policies and drafts, and the URL keeps the filter', async () => {
  const page = await open('/policies');
  const all = await count(page);
  await page.getByLabel('只看现行有效').check();
  await page.waitForURL(/valid=1/);
  const valid = await count(page);
  assert.ok(valid < all, `${valid} < ${all}`);
  assert.equal(await page.getByRole('main').getByText('已失效', { exact: true }).count(), 0);
  assert.equal(await page.getByRole('main').locator('.status.draft').count(), 0);
  await page.getByRole('combobox', { name: '类别' }).selectOption('business-environment');
  await page.waitForURL(/category=business-environment/);
  assert.ok(await count(page) <= valid);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  assert.equal(await page.getByLabel('只看现行有效').isChecked(), true);
  await page.goBack();
  await page.waitForURL((u) => !u.search.includes('category'));
  await page.close();
});

test('without JavaScript every policy is listed with its status', async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${ctx.base}/policies`);
  assert.ok(await page.locator('.policy').count() >= 5);
  await page.getByText('已失效', { exact: true }).first().waitFor();
  await context.close();
});
