// Accessibility: axe-core (WCAG 2 A and AA rules) finds no violations on the pages built so far,
// at phone and desktop widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { open } from './harness.mjs';

const PAGES = ['/', '/parks', '/parks/carpet', '/parks/auto-parts', '/news', '/news?q=比亚迪',
  '/news/2025-08-22-wuqing-parks-study-tour', '/invest', '/no/such/page'];

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
