// The investment guide (园区招商政策汇编): the offer 立即获取 in the footer of every page, in both
// languages, opens it at once (no form); it carries its compilation date, the four parks, the
// policies in force, the registration and foreign-investment steps and the hotline, without
// JavaScript too; and printed it is a clean A4 document: the site's chrome left out, nothing
// wider than the sheet, every source's address written out, a PDF of A4 pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, ctx, expectClean, ROUTES } from './harness.mjs';

const LANGUAGES = [
  { prefix: '', offer: /立即获取/, title: '园区招商政策汇编', compiled: /编制日期：\d{4}年\d{1,2}月\d{1,2}日/,
    sections: ['一、四个园区', '二、现行有效的优惠政策', '三、公司注册', '四、外商投资', '五、联系我们'] },
  { prefix: '/en', offer: /Get it now/, title: 'Investment guide to the Wuqing parks', compiled: /Compiled on \d{1,2} \w+ \d{4}/,
    sections: ['1. The four parks', '2. Incentive policies in force', '3. Registering a company', '4. Investing from abroad', '5. Contact'] },
];

for (const lang of LANGUAGES) {
  test(`${lang.prefix || '/'}: every page's footer offers the guide at once`, async () => {
    for (const route of ROUTES) {
      const path = lang.prefix + route;
      const page = await open(path, { width: 390 });
      const offer = page.getByRole('contentinfo').getByRole('link', { name: lang.offer });
      const href = new URL(await offer.getAttribute('href'), ctx.base + path).pathname;
      assert.equal(href.replace(/\/$/, ''), `${lang.prefix}/guide`, `the offer on ${path}`);
      await page.close();
    }
  });

  test(`${lang.prefix}/guide opens from the offer and holds the whole guide`, async () => {
    const page = await open(`${lang.prefix}/news`);
    await page.getByRole('contentinfo').getByRole('link', { name: lang.offer }).click();
    await page.getByRole('heading', { level: 1, name: lang.title }).waitFor();
    assert.match(await page.getByRole('main').innerText(), lang.compiled);
    for (const name of lang.sections) await page.getByRole('heading', { level: 2, name }).waitFor();
    const main = page.getByRole('main');
    assert.equal(await main.locator('.park-compare-card').count(), 4, 'the four parks');
    assert.ok(await main.locator('.policy').count() > 0, 'policies in force');
    assert.equal(await main.locator('.policy .status.lapsed, .policy .status.draft').count(), 0, 'only policies in force');
    assert.ok(await main.locator('.steps > li').count() >= 4, 'the steps');
    // Every numbered mark names a source in the list at the end.
    const marks = await main.locator('.cite summary').allInnerTexts();
    const listed = await main.locator('.references li').count();
    assert.ok(marks.length > 0 && listed > 0);
    for (const mark of marks) assert.ok(Number(mark.replace(/\D/g, '')) <= listed, `${mark} of ${listed}`);
    await page.waitForLoadState('networkidle');
    expectClean(page);
    await page.close();
  });

  test(`${lang.prefix}/guide prints to a clean A4 document`, async () => {
    const page = await open(`${lang.prefix}/guide`);
    await page.emulateMedia({ media: 'print' });
    // A4 less the page margins (210 mm − 30 mm) at 96 px per inch.
    await page.setViewportSize({ width: 680, height: 1000 });
    const layout = await page.evaluate(() => {
      const shown = (sel) => [...document.querySelectorAll(sel)].filter((el) => el.getClientRects().length > 0).length;
      const wide = [...document.querySelectorAll('main *')]
        .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      const unaddressed = [...document.querySelectorAll('.references a[href^="http"]')]
        .filter((a) => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href')))
        .map((a) => a.href);
      return { chrome: shown('.site-header, .site-footer, .guide-actions'), wide, unaddressed,
        scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth };
    });
    assert.equal(layout.chrome, 0, 'header, footer and on-screen actions are not printed');
    assert.deepEqual(layout.wide, [], 'nothing is wider than the sheet');
    assert.ok(layout.scroll <= layout.width, `${layout.scroll} ≤ ${layout.width}`);
    assert.deepEqual(layout.unaddressed, [], 'every source prints its address');
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const sheets = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    assert.ok(sheets.length >= 4 && sheets.length <= 20, `${sheets.length} pages`);
    // A4 is 595.3 × 841.9 points.
    for (const [w, h] of sheets) assert.ok(Math.abs(w - 595.3) < 2 && Math.abs(h - 841.9) < 2, `${w} × ${h} pt is A4`);
    await page.close();
  });

  test(`${lang.prefix}/guide is whole without JavaScript`, async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${ctx.base}${lang.prefix}/guide`);
    await page.getByRole('heading', { level: 1, name: lang.title }).waitFor();
    for (const name of lang.sections) await page.getByRole('heading', { level: 2, name }).waitFor();
    assert.ok(await page.locator('main .policy').count() > 0);
    await context.close();
  });
}
