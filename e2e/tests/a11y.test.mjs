// Accessibility: axe-core (WCAG 2 A and AA rules) finds no violations on the pages built so far,
// at phone and desktop widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { open } from './harness.mjs';

const PAGES = ['/', '/parks', '/parks/carpet', '/parks/auto-parts', '/news', '/news?q=比亚迪',
  '/news/2025-08-22-wuqing-parks-study-tour', '/invest', '/invest?park=carpet&years=20&option=buy-land', '/invest/register', '/invest/foreign', '/policies', '/policies?valid=1', '/contact', '/contact?topic=land&park=carpet&scenario=area%3D8000', '/privacy', '/no/such/page',
  // Every kind of page in English.
  '/en/', '/en/parks', '/en/parks/jingbin', '/en/news', '/en/news?q=bicycle', '/en/news/2025-08-22-wuqing-parks-study-tour',
  '/en/invest', '/en/invest/register', '/en/invest/foreign', '/en/policies', '/en/contact', '/en/privacy'];

for (const route of PAGES) {
  for (const width of [390, 1280]) {
    test(`${route} at ${width}px has no axe violations`, async () => {
      const page = await open(route, { width });
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`);
      assert.deepEqual(report, []);
      await page.close();
    });
  }
}

for (const width of [390, 1280]) {
  test(`the calculator with an error and its results out of date at ${width}px has no axe violations`, async () => {
    const page = await open('/invest', { width });
    await page.getByRole('textbox', { name: /所需生产面积/ }).fill('abc');
    await page.getByText('结果未更新').waitFor();
    await page.locator('details.year-table summary').click();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`), []);
    await page.close();
  });
}
