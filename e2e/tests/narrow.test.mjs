// The narrowest phone: at 320 px every route, in both languages, fits the screen — the page
// does not scroll sideways and no text runs past the edge. Text inside a region that scrolls
// by design (a wide table in its scroll box, which says so) is the exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, EVERY_ROUTE } from './harness.mjs';


/** Runs in the page: every element whose own text reaches past the viewport. */
function overflowing() {
  const width = document.documentElement.clientWidth;
  const scrolls = (el) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
      if (/auto|scroll/.test(getComputedStyle(node).overflowX)) return true;
    }
    return false;
  };
  const found = [];
  for (const el of document.querySelectorAll('body *')) {
    const texts = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    if (!texts.length || !el.checkVisibility() || scrolls(el)) continue;
    const right = Math.max(0, ...texts.flatMap((node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return [...range.getClientRects()].map((r) => r.right);
    }));
    if (right > width + 1) found.push(`${el.tagName.toLowerCase()}.${el.className} “${el.textContent.trim().slice(0, 30)}” to ${Math.round(right)} px`);
  }
  return { found, page: document.documentElement.scrollWidth, width };
}

test('every route fits a 320 px screen in both languages', async () => {
  const problems = [];
  for (const route of EVERY_ROUTE) {
    const page = await open(route, { width: 320 });
    const { found, page: scrollWidth, width } = await page.evaluate(overflowing);
    if (scrollWidth > width) problems.push(`${route}: the page is ${scrollWidth} px wide`);
    problems.push(...found.map((f) => `${route}: ${f}`));
    await page.close();
  }
  assert.equal(problems.length, 0, problems.join('\n'));
});
