// Security as a visitor's browser sees it: no request leaves the site (but for the inquiry
// endpoint a test configures), the Content-Security-Policy is never violated, and hostile text
// in the data files shows as text and never runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, expectClean, EVERY_ROUTE } from './harness.mjs';


test('no route in either language requests another origin or violates the CSP', async () => {
  for (const route of EVERY_ROUTE) {
    const page = await open(route, { width: 390 });
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/, route);
    assert.doesNotMatch(csp, /unsafe-inline/, route);
    await page.waitForLoadState('networkidle');
    expectClean(page);
    await page.close();
  }
});

const PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';
// Fields that are ids, dates or enums: changing them would change what the page is, not its text.
const KEEP = new Set(['id', 'date', 'as_of', 'published', 'category', 'tags', 'parks', 'scope', 'reliability', 'qualifier',
  'status', 'input', 'path', 'valid_from', 'valid_to', 'checked', 'accessed', 'key', '$schema', 'unit', 'hotline', 'inquiry_email']);

function poison(value, key) {
  if (typeof value === 'string') {
    if (key === 'url') return 'javascript:window.__pwned=1';
    return KEEP.has(key) ? value : value + PAYLOAD;
  }
  if (Array.isArray(value)) return KEEP.has(key) ? value : value.map((v) => poison(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return value;
}

/** Serves every page with every text field of its embedded content made hostile, and every
 * content file the app fetches likewise. */
const hostile = async (page) => {
  page.dialogs = [];
  page.on('dialog', (d) => { page.dialogs.push(d.message()); d.dismiss(); });
  await page.route((url) => !/\.[a-z0-9]+$/i.test(url.pathname), async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /(<script type="application\/json" data-file="[^"]+">)(.*?)(<\/script>)/gs,
      (_, open, json, close) => open + JSON.stringify(poison(JSON.parse(json))).replaceAll('<', '\\u003c') + close,
    );
    await route.fulfill({ response, body: html });
  });
  await page.route('**/data/**/*.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: poison(await response.json()) });
  });
};

// Widgets render their content in the browser; every other page is the HTML the prerender step
// wrote (its escaping is tested natively, in prerender/src/render.rs) and runs no code.
for (const route of ['/news', '/invest', '/policies', '/contact', '/en/invest', '/en/news']) {
  test(`hostile text in the data of ${route} shows as text and never runs`, async () => {
    const page = await open(route, { setup: hostile });
    await page.waitForLoadState('networkidle');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
    assert.deepEqual(page.dialogs, []);
    assert.equal(await page.locator('main img[onerror], main script').count(), 0, 'nothing became markup');
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'no javascript: link');
    assert.match(await page.getByRole('main').innerText(), /<script>window\.__pwned=1<\/script>/, 'the text shows as text');
    expectClean(page);
    await page.close();
  });
}
