// Keyboard only: the skip link, visible focus that nothing covers, and the news search and
// filters, the calculator and the inquiry form completed without a mouse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, expectClean } from './harness.mjs';

/** Presses Tab until `matches(document.activeElement)` holds; checks each stop on the way. */
async function tabTo(page, matches, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 8), r.top + Math.min(r.height / 2, 8));
      return {
        tag: el.tagName, id: el.id, name: el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 40),
        // An outline, or for chart points (SVG) a thick stroke in the focus colour.
        visibleFocus: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)
          || (el instanceof SVGElement && parseFloat(style.strokeWidth) >= 3),
        // Covered by something fixed or sticky (a header, a banner, a table's sticky column).
        covered: (() => {
          for (let n = hit; n && n !== document.body; n = n.parentElement) {
            const position = getComputedStyle(n).position;
            if ((position === 'fixed' || position === 'sticky') && !n.contains(el)) return true;
          }
          return false;
        })(),
        inView: r.bottom > 0 && r.top < innerHeight,
      };
    });
    if (state.tag !== 'BODY') {
      assert.ok(state.visibleFocus, `focus is visible on ${state.tag}#${state.id} “${state.name}”`);
      assert.ok(state.inView && !state.covered, `nothing hides ${state.tag}#${state.id} “${state.name}”`);
    }
    if (await page.evaluate(matches)) return;
  }
  throw new Error('never reached the element by Tab');
}

test('the skip link is the first stop and moves focus to the main content of the same page', async () => {
  // A page that starts no app and one the app runs, with a query the link must keep.
  for (const route of ['/parks', '/news?park=carpet']) {
    const page = await open(route);
    const entries = await page.evaluate(() => history.length);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), '跳到正文');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement.id === 'main');
    // Still the same page (the link's own URL is this page's, so it also works without the app).
    assert.equal(await page.evaluate(() => location.pathname + location.search + location.hash), route);
    assert.equal(await page.evaluate(() => history.length), entries, `${route}: no navigation`);
    assert.equal(await page.getByRole('link', { name: '跳到正文' }).getAttribute('href'), `${route}#main`);
    expectClean(page);
    await page.close();
  }
});

test('news: search and a filter with the keyboard alone', async () => {
  const page = await open('/news', { width: 390 });
  await tabTo(page, () => document.activeElement.getAttribute('type') === 'search' || document.activeElement.id === 'news-q');
  await page.keyboard.type('自行车');
  await page.waitForURL(/q=/);
  await tabTo(page, () => document.activeElement.tagName === 'SELECT');
  await page.keyboard.press('ArrowDown');
  await page.getByRole('status').filter({ hasText: /共 \d+ 条/ }).waitFor();
  expectClean(page);
  await page.close();
});

test('the calculator: change an input with the keyboard and hear the new answer', async () => {
  const page = await open('/invest');
  const before = await page.locator('.headline').innerText();
  await tabTo(page, () => document.activeElement.id === 'calc-years');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30');
  await page.waitForFunction((b) => document.querySelector('.headline').innerText !== b, before);
  assert.equal(await page.locator('.headline').getAttribute('aria-live'), 'polite');
  expectClean(page);
  await page.close();
});

test('the inquiry form: filled in and sent with the keyboard alone', async () => {
  const setup = (page) => page.route('**/config.json', (route) => route.fulfill({ json: { inquiry_endpoint: null } }));
  const page = await open('/contact', { width: 390, setup });
  await tabTo(page, () => document.activeElement.name === 'topic');
  await page.keyboard.press('ArrowDown'); // radios: arrows choose
  await tabTo(page, () => document.activeElement.id === 'inquiry-name');
  await page.keyboard.type('王伟');
  await page.keyboard.press('Tab');
  await page.keyboard.type('天津测试公司');
  await page.keyboard.press('Tab');
  await page.keyboard.type('13812345678');
  await tabTo(page, () => document.activeElement.id === 'inquiry-consent');
  await page.keyboard.press('Space');
  await page.waitForTimeout(3100);
  await tabTo(page, () => document.activeElement.type === 'submit');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: '请用邮件或电话发送这条咨询' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H2', 'focus moves to the outcome');
  expectClean(page);
  await page.close();
});
