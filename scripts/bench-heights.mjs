// Page heights at phone width: how far a visitor scrolls through each park page, as the
// prerendered page lays out (JavaScript off, so a prerender-only build can be compared) and,
// with --js, once the app has taken over.
// usage: node scripts/bench-heights.mjs [DIST_DIR] [--js]     (after `trunk build --release`)
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'e2e', 'package.json'));
const { chromium } = require('playwright-core');
const { startServer } = await import(path.join(root, 'e2e', 'server.mjs'));
const args = process.argv.slice(2);
const js = args.includes('--js');
const dist = args.find((a) => !a.startsWith('--')) ?? path.join(root, 'dist');

const server = await startServer(dist);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: js });
const rows = [];
for (const lang of ['', '/en']) {
  for (const id of ['bicycle-kingdom', 'carpet', 'auto-parts', 'jingbin']) {
    const page = await context.newPage();
    await page.goto(`${base}${lang}/parks/${id}`);
    // Park pages start no app: with JavaScript, the phone menu starts collapsed.
    if (js) await page.waitForLoadState('load');
    await page.evaluate(() => document.fonts.ready);
    rows.push([`${lang}/parks/${id}`, await page.evaluate(() => document.documentElement.scrollHeight)]);
    await page.close();
  }
}
await browser.close();
server.close();
console.log(`page heights at 390 px (${js ? 'with' : 'without'} JavaScript), ${dist}`);
for (const [route, height] of rows) console.log(`${route.padEnd(26)} ${String(height).padStart(6)} px`);
