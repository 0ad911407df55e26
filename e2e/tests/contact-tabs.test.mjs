// Several tabs of the site in one browser share one outbox: each inquiry is its own, whatever
// the order in which the tabs send, close and reload. Against the real receiver (stopped while
// the tabs send, then started), in one browser context so the tabs share device storage.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, expectClean, ignoreFailedRequests } from './harness.mjs';
import { startReceiver } from '../receiver.mjs';

let receiver;
async function ensureReceiver() {
  if (!receiver) {
    receiver = await startReceiver({ origin: ctx.base });
    ctx.allowed.push(new URL(receiver.url).origin);
  }
}
after(async () => {
  await receiver?.stop();
});

/** A browser context whose pages share storage, each reading config.json as naming the receiver. */
async function browserWithTabs() {
  const context = await ctx.browser.newContext({ viewport: { width: 390, height: 900 } });
  await context.route('**/config.json', (route) => route.fulfill({ json: { inquiry_endpoint: receiver.url } }));
  const tabs = [];
  const open = async (route) => {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.problems = [];
    page.on('console', (m) => m.type() === 'error' && page.problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
    await page.goto(ctx.base + route);
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-interactive')
      || document.documentElement.classList.contains('app-ready'));
    tabs.push(page);
    return page;
  };
  const clean = () => {
    for (const page of tabs.filter((p) => !p.isClosed())) {
      ignoreFailedRequests(page);
      expectClean(page);
    }
  };
  return { context, open, clean };
}

async function fill(page, company) {
  await page.getByRole('radio', { name: '租购厂房仓库' }).check();
  await page.getByRole('textbox', { name: '姓名' }).fill('周琳');
  await page.getByRole('textbox', { name: '公司名称' }).fill(company);
  await page.getByRole('textbox', { name: '联系电话' }).fill('13912345678');
  await page.getByRole('checkbox', { name: /我同意/ }).check();
}

const rowsOf = (company) => receiver.rows().filter((r) => r.company === company);

/** Waits until the receiver has stored each company's inquiry, then checks it did so once. */
async function expectEachOnce(companies, page) {
  const deadline = Date.now() + 60_000;
  while (companies.some((c) => rowsOf(c).length === 0)) {
    assert.ok(Date.now() < deadline, `not all arrived: ${companies.map((c) => `${c}: ${rowsOf(c).length}`).join(', ')}`);
    await page.waitForTimeout(250);
  }
  // Anything still on its way has had time to arrive twice, if it were going to.
  await page.waitForLoadState('networkidle');
  for (const company of companies) assert.equal(rowsOf(company).length, 1, `${company} stored once`);
  const ids = companies.map((c) => rowsOf(c)[0].id);
  assert.equal(new Set(ids).size, ids.length, 'each inquiry has an id of its own');
}

const ORDERS = [
  ['reload tab 1, then tab 2', async (t1, t2) => { await t1.reload(); await t2.reload(); return t2; }],
  ['reload tab 2, then tab 1', async (t1, t2) => { await t2.reload(); await t1.reload(); return t1; }],
  ['close tab 1, reload tab 2', async (t1, t2) => { await t1.close(); await t2.reload(); return t2; }],
  ['close tab 2, reload tab 1', async (t1, t2) => { await t2.close(); await t1.reload(); return t1; }],
  ['close both, open the contact page', async (t1, t2, open) => { await t1.close(); await t2.close(); return open('/contact'); }],
  ['close both, open a page that runs no app', async (t1, t2, open) => {
    await t1.close(); await t2.close(); return open('/parks/carpet');
  }],
];

for (const [order, after] of ORDERS) {
  test(`two tabs send two inquiries with the receiver down; ${order}: both arrive, once each`, async () => {
    await ensureReceiver();
    await receiver.stop();
    const { context, open, clean } = await browserWithTabs();
    try {
      const tab1 = await open('/contact');
      const tab2 = await open('/contact');
      const [one, two] = [`一号标签公司（${order}）`, `二号标签公司（${order}）`];
      await fill(tab1, one);
      await fill(tab2, two);
      await tab1.waitForTimeout(3100);
      await tab1.getByRole('button', { name: '提交咨询' }).click();
      await tab1.getByRole('heading', { name: '咨询尚未送达' }).waitFor();
      await tab2.getByRole('button', { name: '提交咨询' }).click();
      await tab2.getByRole('heading', { name: '咨询尚未送达' }).waitFor();
      // Each tab lists the other's inquiry too: the outbox is shared, not overwritten.
      await tab1.getByRole('region', { name: '本设备上的咨询' }).getByText(new RegExp(two.replace(/[()（）]/g, '.'))).waitFor();
      await tab2.getByRole('heading', { name: '咨询尚未送达' }).waitFor();
      await receiver.start();
      const last = await after(tab1, tab2, open);
      await expectEachOnce([one, two], last);
      await last.waitForFunction(() => !Object.keys(localStorage)
        .some((k) => k.startsWith('wq.inquiry.v2.') && localStorage.getItem(k).includes('"kind":"pending"')));
      clean();
    } finally {
      await context.close();
      if (!(await fetch(receiver.url.replace('/inquiries', '/healthz')).then(() => true, () => false))) await receiver.start();
    }
  });
}

test('a draft restored in a second tab is text, not an identity: each tab sends its own inquiry', async () => {
  await ensureReceiver();
  const { context, open, clean } = await browserWithTabs();
  try {
    const tab1 = await open('/contact');
    await fill(tab1, '草稿共享公司');
    // The second tab opens after the first has typed, and restores the same draft.
    const tab2 = await open('/contact');
    await tab2.getByText('已恢复您上次在本设备上填写但未提交的内容').waitFor();
    assert.equal(await tab2.getByRole('textbox', { name: '公司名称' }).inputValue(), '草稿共享公司');
    await tab2.getByRole('textbox', { name: '公司名称' }).fill('草稿共享公司（二号）');
    await tab2.getByRole('checkbox', { name: /我同意/ }).check();
    await tab2.waitForTimeout(3100);
    await tab2.getByRole('button', { name: '提交咨询' }).click();
    await tab2.getByRole('heading', { name: '咨询已送达' }).waitFor();
    await tab1.getByRole('button', { name: '提交咨询' }).click();
    await tab1.getByRole('heading', { name: '咨询已送达' }).waitFor();
    await expectEachOnce(['草稿共享公司', '草稿共享公司（二号）'], tab1);
    const references = [await tab1.locator('.reference strong').innerText(), await tab2.locator('.reference strong').innerText()];
    assert.notEqual(references[0], references[1], 'two references');
    clean();
  } finally {
    await context.close();
  }
});
