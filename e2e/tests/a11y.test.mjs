// Accessibility: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) finds no violations on every
// route in both languages, at phone and desktop widths, and in the states that matter: the
// calculator with an error, news with filters and a search, an error view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { open, cutEmbeddedFile, EVERY_ROUTE, AXE_TAGS } from './harness.mjs';

const STATES = ['/news?q=比亚迪', '/news?park=carpet&category=industry-news', '/invest?park=carpet&years=20&option=buy-land',
  '/policies?valid=1', '/contact?topic=land&park=carpet&scenario=area%3D8000', '/no/such/page', '/en/news?q=bicycle', '/en/no/such/page'];
const PAGES = [...EVERY_ROUTE, ...STATES];

async function violations(page) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`);
}

for (const width of [390, 1280]) {
  test(`every page at ${width}px has no axe violations`, async () => {
    const report = [];
    for (const route of PAGES) {
      const page = await open(route, { width });
      await page.waitForLoadState('networkidle');
      report.push(...(await violations(page)).map((v) => `${route}: ${v}`));
      await page.close();
    }
    assert.deepEqual(report, []);
  });

  test(`the calculator with an error and its results out of date at ${width}px has no axe violations`, async () => {
    const page = await open('/invest', { width });
    await page.getByRole('textbox', { name: /所需生产面积/ }).fill('abc');
    await page.getByText('结果未更新').waitFor();
    await page.locator('details.year-table summary').click();
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  test(`an error view (the calculator's data unreadable) at ${width}px has no axe violations`, async () => {
    const page = await open('/invest', { width, setup: (p) => cutEmbeddedFile(p, '/invest', 'invest.json') });
    await page.getByRole('alert').filter({ hasText: '重试' }).waitFor();
    assert.deepEqual(await violations(page), []);
    await page.close();
  });
}
