// Shared set-up for the browser tests: one static server over dist/ and one Chromium per test
// file; every page records console errors, page errors and requests to other origins, and
// `expectClean` fails a test that produced any.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const dist = process.env.DIST_DIR ?? path.join(here, '..', '..', 'dist');
/** `allowed`: origins a test may also talk to (the inquiry endpoint it configured). */
export const ctx = { base: '', browser: null, allowed: [] };

export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let server;
before(async () => {
  server = await startServer(dist);
  ctx.base = `http://127.0.0.1:${server.address().port}`;
  ctx.browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await ctx.browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens `route` at the given viewport width and waits until the page is ready: an interactive
 * page (search, filters, calculator, form) once the app has taken it over, any other page once
 * it has loaded (it starts no app). */
export async function open(route, { width = 1280, setup } = {}) {
  // A context per page (axe-core needs one); closing the page closes its context.
  const context = await ctx.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const closePage = page.close.bind(page);
  page.close = async () => { await closePage(); await context.close(); };
  page.setDefaultTimeout(10_000);
  page.problems = [];
  page.on('console', (m) => m.type() === 'error' && page.problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    const allowed = [ctx.base, 'data:', ...ctx.allowed];
    if (!allowed.some((origin) => url.startsWith(origin))) page.problems.push(`other origin: ${url}`);
  });
  // A Content-Security-Policy violation is a console error, so `expectClean` fails on it.
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
    (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
  if (setup) await setup(page);
  await page.goto(ctx.base + route);
  await untilReady(page);
  await page.getByRole('main').waitFor();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

/** Opens `route` at 390 px with the app held back: the prerendered page is there, but its wasm
 * is not answered until `startApp()`, which then waits until the app has taken the page over.
 * For what a visitor does before the app runs. Closing the page closes its context. */
export async function openWithAppHeld(route) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const context = await ctx.browser.newContext({ viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  const closePage = page.close.bind(page);
  page.close = async () => { await closePage(); await context.close(); };
  await page.route(/\.wasm$/, async (r) => { await held; await r.continue(); });
  await page.goto(ctx.base + route);
  const startApp = async () => {
    release();
    await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  };
  return { page, startApp };
}

/** Waits until the page in `page` is ready (see `open`): the prerendered page is there at once;
 * an interactive one is ready once the app has taken it over. */
export async function untilReady(page) {
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-interactive')
    || document.documentElement.classList.contains('app-ready'));
}

/** Serves the page at `route` with the content file `file` it carries for its widget cut short
 * (unreadable JSON), as a broken build or a proxy that mangles pages would: for the widget's
 * error view. */
export async function cutEmbeddedFile(page, route, file) {
  const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  await page.route(new RegExp(`${escaped(route)}/?$`), async (r) => {
    const response = await r.fetch();
    const block = new RegExp(`(data-file="${escaped(file)}">)[\\s\\S]*?(</script>)`);
    await r.fulfill({ response, body: (await response.text()).replace(block, '$1{"cut": [$2') });
  });
}

/** Forgets the errors the browser itself logs for a request that failed on purpose (a server
 * a test stopped or made fail); anything else the page logged still fails `expectClean`. */
export function ignoreFailedRequests(page) {
  page.problems = page.problems.filter((p) => !/Failed to load resource/.test(p));
}

/** Fails on any console error, uncaught exception or third-party request the page produced. */
export function expectClean(page) {
  assert.deepEqual(page.problems, [], `problems on ${page.url()}`);
}

/** The axe-core rule sets every accessibility check runs: WCAG 2.0, 2.1 and 2.2, A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every route a visitor can land on. */
export const ROUTES = ['/', '/parks', '/parks/bicycle-kingdom', '/parks/carpet', '/parks/auto-parts', '/parks/jingbin',
  '/news', '/news/page/2', '/news/park/carpet', '/news/2025-08-22-wuqing-parks-study-tour', '/invest', '/invest/register', '/invest/foreign', '/policies',
  '/contact', '/guide', '/privacy'];
/** Every route in both languages: the Chinese pages, then the same under `/en` (`/` → `/en/`). */
export const EVERY_ROUTE = [...ROUTES, ...ROUTES.map((r) => `/en${r}`)];
