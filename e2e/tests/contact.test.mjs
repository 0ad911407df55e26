// The inquiry form end to end: validation as a visitor meets it, delivery to the real receiver
// (started here on 127.0.0.1), the receiver stopped and a fault proxy answering 500 or hanging,
// the honeypot, no endpoint (mail), storage refused, a malformed config.json, and the page
// without JavaScript. Several tabs sharing one outbox are in contact-tabs.test.mjs.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { ctx, open, expectClean, ignoreFailedRequests, AXE_TAGS, openWithAppHeld } from './harness.mjs';
import { startReceiver } from '../receiver.mjs';
import { startFaultProxy } from '../fault-proxy.mjs';

let receiver;
let proxy;
// Started by the first test, once the harness's static server has its origin (hooks of this
// file may run before the harness's own).
async function endpoints() {
  if (!receiver) {
    receiver = await startReceiver({ origin: ctx.base });
    proxy = await startFaultProxy(receiver.url);
    ctx.allowed.push(new URL(receiver.url).origin, new URL(proxy.url).origin);
  }
}
after(async () => {
  await proxy?.close();
  await receiver?.stop();
});

/** Serves config.json as given (an object, or raw text) instead of the built one. */
const config = (body) => async (page) => {
  await page.route('**/config.json', (route) => route.fulfill(typeof body === 'string'
    ? { body, contentType: 'application/json' } : { json: body }));
};

/** Serves pages whose embedded site.json publishes an inquiry mail address. */
const withMailAddress = async (page) => {
  await page.route((url) => url.pathname.startsWith('/contact'), async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/"inquiry_email":\s*null/, '"inquiry_email": "invest@example.cn"');
    await route.fulfill({ response, body: html });
  });
};

async function fillValid(page, { name = '王伟', company = '天津测试科技有限公司', topic = '工业用地招商' } = {}) {
  await page.getByRole('radio', { name: topic }).check();
  await page.getByRole('textbox', { name: '姓名' }).fill(name);
  await page.getByRole('textbox', { name: '公司名称' }).fill(company);
  await page.getByRole('textbox', { name: '联系电话' }).fill('１３８ １２３４-５６７８');
  await page.getByRole('checkbox', { name: /我同意/ }).check();
}

/** Sends the form once the minimum time since it was first shown has passed. */
async function send(page) {
  await page.waitForTimeout(3100);
  await page.getByRole('button', { name: '提交咨询' }).click();
}

const stored = (id) => receiver.rows().filter((r) => r.id === id);

/** Runs `body` with the receiver stopped (`body` may start it again); whatever happens, the
 * receiver runs again afterwards for the next test. */
async function whileReceiverStopped(body) {
  await endpoints();
  await receiver.stop();
  try {
    await body();
  } finally {
    if (!receiver.url || !(await fetch(receiver.url.replace('/inquiries', '/healthz')).then(() => true, () => false))) {
      await receiver.start();
    }
  }
}

/** The id of the inquiry from `company` in the device's outbox, once it is there (an inquiry's
 * id is minted when it is sent, so only after sending). */
async function idFor(page, company) {
  const handle = await page.waitForFunction((company) => {
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith('wq.inquiry.v2.'))) {
      const entry = JSON.parse(localStorage.getItem(key));
      if (entry.inquiry.company === company) return entry.id;
    }
    return null;
  }, company);
  return handle.jsonValue();
}

/** The outbox entries stored on the device, as [id, state] pairs. */
const storedEntries = (page) => page.evaluate(() => Object.keys(localStorage)
  .filter((k) => k.startsWith('wq.inquiry.v2.'))
  .map((k) => JSON.parse(localStorage.getItem(k)))
  .map((e) => [e.id, e.state.kind]));

test('an empty submission lists every required field in a focused summary and titles the page', async () => {
  await endpoints();
  const page = await open('/contact');
  await page.getByRole('button', { name: '提交咨询' }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: '提交前请修改以下问题' }) });
  await summary.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('error-summary')), true);
  const items = await summary.getByRole('link').allTextContents();
  assert.deepEqual(items, ['请选择咨询主题', '请输入您的姓名', '请输入公司名称；个人咨询可填写“个人”', '请输入联系电话', '请勾选同意，我们才能使用这些信息答复您']);
  assert.match(await page.title(), /^错误：联系我们/);
  const phone = page.getByRole('textbox', { name: '联系电话' });
  assert.equal(await phone.getAttribute('aria-invalid'), 'true');
  const described = await phone.getAttribute('aria-describedby');
  assert.match(await page.locator(`[id="${described.split(' ').pop()}"]`).innerText(), /请输入联系电话/);
  await summary.getByRole('link', { name: '请输入联系电话' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'inquiry-phone');
  expectClean(page);
  await page.close();
});

test('a bad phone says how to fix it and is judged again as it changes', async () => {
  await endpoints();
  const page = await open('/contact');
  await fillValid(page);
  const phone = page.getByRole('textbox', { name: '联系电话' });
  await phone.fill('1381234');
  await page.getByRole('button', { name: '提交咨询' }).click();
  const message = page.getByText(/请输入11位手机号码（例如 13812345678）/).first();
  await message.waitFor();
  await phone.fill('+44 20 7946 0958');
  await message.waitFor({ state: 'hidden' });
  assert.equal(await phone.getAttribute('aria-invalid'), 'false');
  // The message counter runs live, and a message over the limit is refused.
  const text = page.getByRole('textbox', { name: '留言' });
  await text.fill('字'.repeat(2001));
  await page.getByText('超出 1 字').waitFor();
  await page.getByRole('button', { name: '提交咨询' }).click();
  await page.getByRole('link', { name: '留言不能超过 2000 个字' }).waitFor();
  expectClean(page);
  await page.close();
});

test('a valid inquiry arrives once, with every field and the park and scenario prefills', async () => {
  const route = '/contact?topic=land&park=carpet&scenario=area%3D8000%26years%3D15';
  const page = await open(route, { setup: config({ inquiry_endpoint: receiver.url }) });
  assert.equal(await page.getByRole('radio', { name: '工业用地招商' }).isChecked(), true);
  assert.equal(await page.getByRole('combobox', { name: /意向园区/ }).inputValue(), 'carpet');
  await page.getByText('8,000').or(page.getByText('8000')).first().waitFor();
  await fillValid(page);
  await page.getByRole('textbox', { name: /电子邮箱/ }).fill(' wang@example.com ');
  await page.getByRole('textbox', { name: '留言' }).fill('想了解 30 亩工业用地的供地条件。');
  await send(page);
  await page.getByRole('heading', { name: '咨询已送达' }).waitFor();
  const id = await idFor(page, '天津测试科技有限公司');
  const rows = stored(id);
  // The reference the receiver stored (the export's first column) is the one the visitor is shown.
  assert.equal(await page.locator('.reference strong').innerText(), Object.values(rows[0])[0]);
  assert.match(Object.values(rows[0])[0], /^WQ-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
  assert.equal(rows.length, 1);
  const row = rows[0];
  assert.deepEqual([row.topic, row.park, row.name, row.company, row.phone, row.email, row.message, row.scenario, row.locale],
    ['land', 'carpet', '王伟', '天津测试科技有限公司', '13812345678', 'wang@example.com', '想了解 30 亩工业用地的供地条件。', 'area=8000&years=15', 'zh-CN']);
  assert.equal(row.page, route);
  assert.match(row.submitted_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
  // The draft is gone from the device once delivered.
  assert.equal(await page.evaluate(() => localStorage.getItem('wq.inquiry-draft.v1')), null);
  expectClean(page);
  await page.close();
});

test('with the receiver stopped the visitor is told, a reload keeps it, and it arrives once after a restart', async () => {
  await whileReceiverStopped(async () => {
    const page = await open('/contact', { setup: config({ inquiry_endpoint: receiver.url }) });
    await fillValid(page, { company: '接收端停机测试公司' });
    await send(page);
    const id = await idFor(page, '接收端停机测试公司');
    await page.getByRole('heading', { name: '咨询尚未送达' }).waitFor();
    await page.getByText('无法连接咨询服务器').waitFor();
    await page.reload();
    await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
    const panel = page.getByRole('region', { name: '本设备上的咨询' });
    await panel.getByText(/接收端停机测试公司/).waitFor();
    await receiver.start();
    await panel.getByRole('button', { name: '立即重试' }).click();
    await panel.getByText(/已送达/).waitFor();
    await page.reload();
    await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
    await page.waitForLoadState('networkidle');
    assert.equal(stored(id).length, 1);
    ignoreFailedRequests(page);
    expectClean(page);
    await page.close();
  });
});

test('an inquiry left waiting is sent from the next page, even one that runs no app, and arrives once', async () => {
  await whileReceiverStopped(async () => {
    const page = await open('/contact', { setup: config({ inquiry_endpoint: receiver.url }) });
    await fillValid(page, { company: '换页送达测试公司' });
    await send(page);
    const id = await idFor(page, '换页送达测试公司');
    await page.getByRole('heading', { name: '咨询尚未送达' }).waitFor();
    await receiver.start();
    // The park page is complete as HTML: it loads the app only because an inquiry waits.
    const wasm = page.waitForRequest(/\.wasm$/);
    await page.goto(`${ctx.base}/parks/carpet`);
    await wasm;
    await page.waitForFunction(() => !Object.keys(localStorage)
      .some((k) => k.startsWith('wq.inquiry.v2.') && localStorage.getItem(k).includes('"kind":"pending"')));
    assert.equal(stored(id).length, 1);
    // The page was left as it is: not taken over, its content in place.
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('app-ready')), false);
    await page.getByRole('heading', { level: 1, name: '中华地毯产业园' }).waitFor();
    // Back on the contact page, the visitor sees it arrived, with its reference.
    await page.goto(`${ctx.base}/contact`);
    await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
    await page.getByRole('region', { name: '本设备上的咨询' }).getByText(/已送达/).waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(stored(id).length, 1);
    ignoreFailedRequests(page);
    expectClean(page);
    await page.close();
  });
});

test('an answer of 500 keeps the inquiry; retrying sends the same id and it arrives once', async () => {
  proxy.mode = 'error';
  const page = await open('/contact', { setup: config({ inquiry_endpoint: proxy.url }) });
  await fillValid(page, { company: '五百错误测试公司' });
  await send(page);
  const id = await idFor(page, '五百错误测试公司');
  await page.getByRole('heading', { name: '咨询尚未送达' }).waitFor();
  await page.getByText('HTTP 500').waitFor();
  assert.equal(stored(id).length, 0);
  proxy.mode = 'pass';
  await page.getByRole('button', { name: '立即重试' }).click();
  await page.getByRole('heading', { name: '咨询已送达' }).waitFor();
  assert.equal(stored(id).length, 1);
  ignoreFailedRequests(page);
  expectClean(page);
  await page.close();
});

test('an inquiry the server refuses is not sent again; it goes back into the form to be changed and sent', async () => {
  await endpoints();
  proxy.mode = 'refuse';
  const page = await open('/contact', { setup: config({ inquiry_endpoint: proxy.url }) });
  await fillValid(page, { company: '拒收测试公司' });
  const postsBefore = proxy.posts;
  await send(page);
  const id = await idFor(page, '拒收测试公司');
  await page.getByRole('heading', { name: '咨询未被受理' }).waitFor();
  await page.getByText('HTTP 400').waitFor();
  assert.ok(await page.getByRole('group', { name: '咨询未被受理' }).isVisible(), 'the outcome is a group named by its heading');
  assert.equal(await page.getByRole('button', { name: '立即重试' }).count(), 0, 'no retry is offered');
  // A reload neither sends it again nor loses it: the panel lists it, refused, with its way back.
  await page.reload();
  await page.getByRole('heading', { name: '本设备上的咨询' }).waitFor();
  await page.getByText(/拒收测试公司.*未被受理，HTTP 400/).waitFor();
  await page.waitForTimeout(500);
  assert.equal(proxy.posts - postsBefore, 1, 'sent once, never again');
  for (const name of ['立即重试', '知道了']) {
    assert.equal(await page.getByRole('button', { name }).count(), 0, `nothing waits or was delivered: no ${name}`);
  }
  assert.deepEqual(await storedEntries(page), [[id, 'refused']]);
  // Not while the form holds other text: taking it back would replace that.
  const takeBack = page.getByRole('button', { name: /^取回修改/ });
  await page.getByRole('textbox', { name: '留言' }).fill('另一份咨询');
  assert.ok(await takeBack.isDisabled());
  await page.getByText('发送或清除后即可取回').waitFor();
  await page.getByRole('textbox', { name: '留言' }).fill('');
  await takeBack.click();
  // Back in the form (focus on its heading), every field as written; consent is asked for again.
  await page.waitForFunction(() => document.activeElement?.id === 'inquiry-form-heading');
  await page.getByText('已恢复您上次在本设备上填写但未提交的内容').waitFor();
  assert.equal(await page.getByRole('textbox', { name: '公司名称' }).inputValue(), '拒收测试公司');
  assert.equal(await page.getByRole('textbox', { name: '姓名' }).inputValue(), '王伟');
  assert.ok(await page.getByRole('radio', { name: '工业用地招商' }).isChecked());
  assert.deepEqual(await storedEntries(page), [], 'taken out of the outbox');
  proxy.mode = 'pass';
  await page.getByRole('textbox', { name: '公司名称' }).fill('拒收测试公司（已更正）');
  await page.getByRole('checkbox', { name: /我同意/ }).check();
  // At once: it was filled in before, so its speed is no robot's.
  await page.getByRole('button', { name: '提交咨询' }).click();
  await page.getByRole('heading', { name: '咨询已送达' }).waitFor();
  const second = await idFor(page, '拒收测试公司（已更正）');
  assert.notEqual(second, id, 'sent again as a new inquiry');
  assert.equal(stored(second).length, 1);
  assert.equal(stored(second)[0].company, '拒收测试公司（已更正）');
  assert.equal(stored(id).length, 0);
  ignoreFailedRequests(page);
  expectClean(page);
  await page.close();
});

test('an answer that never comes times out after 10 s; the retry is recognised as the same inquiry', async () => {
  proxy.mode = 'hang';
  const page = await open('/contact', { setup: config({ inquiry_endpoint: proxy.url }) });
  await fillValid(page, { company: '超时测试公司' });
  await send(page);
  const id = await idFor(page, '超时测试公司');
  await page.getByText('正在发送').first().waitFor();
  await page.getByRole('heading', { name: '咨询尚未送达' }).waitFor({ timeout: 15_000 });
  await page.getByText('10 秒内没有响应').waitFor();
  // The stalled request reached the receiver, which stored it; the retry must not store it again.
  assert.equal(stored(id).length, 1);
  proxy.mode = 'pass';
  await page.getByRole('button', { name: '立即重试' }).click();
  await page.getByRole('heading', { name: '咨询已送达' }).waitFor();
  assert.equal(stored(id).length, 1);
  ignoreFailedRequests(page);
  expectClean(page);
  await page.close();
});

test('coming back online sends what waits in the outbox', async () => {
  await endpoints();
  const page = await open('/contact', { setup: config({ inquiry_endpoint: receiver.url }) });
  await fillValid(page, { company: '离线测试公司' });
  await page.waitForTimeout(3100);
  await page.context().setOffline(true);
  await page.getByRole('button', { name: '提交咨询' }).click();
  await page.getByRole('heading', { name: '咨询尚未送达' }).waitFor();
  const id = await idFor(page, '离线测试公司');
  await page.context().setOffline(false);
  await page.getByRole('heading', { name: '咨询已送达' }).waitFor();
  assert.equal(stored(id).length, 1);
  ignoreFailedRequests(page);
  expectClean(page);
  await page.close();
});

test('a filled honeypot, or a submission faster than a person, is thanked and not delivered', async () => {
  await endpoints();
  const before = receiver.rows().length;
  const page = await open('/contact', { setup: config({ inquiry_endpoint: receiver.url }) });
  await fillValid(page, { company: '机器人公司' });
  await page.locator('#inquiry-website').fill('http://spam.example');
  await send(page);
  await page.getByRole('heading', { name: '咨询已送达' }).waitFor();
  await page.getByRole('button', { name: '再提交一条咨询' }).click();
  await fillValid(page, { company: '太快的公司' });
  await page.getByRole('button', { name: '提交咨询' }).click();
  await page.getByRole('heading', { name: '咨询已送达' }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(receiver.rows().length, before);
  expectClean(page);
  await page.close();
});

test('with no endpoint configured the inquiry is offered as an e-mail and the draft is kept', async () => {
  const setup = async (page) => { await withMailAddress(page); await config({ inquiry_endpoint: null })(page); };
  const page = await open('/contact?topic=factory&park=jingbin', { setup });
  await fillValid(page, { topic: '租购厂房仓库', company: '邮件测试公司' });
  await send(page);
  await page.getByRole('heading', { name: '请用邮件或电话发送这条咨询' }).waitFor();
  const href = await page.getByRole('link', { name: '用电子邮件发送' }).getAttribute('href');
  assert.match(href, /^mailto:invest@example\.cn\?subject=/);
  const body = new URL(href).searchParams.get('body');
  assert.match(body, /公司名称：邮件测试公司/);
  assert.match(body, /联系电话：13812345678/);
  assert.match(body, /意向园区：天津京滨工业园/);
  await page.getByRole('link', { name: '400-162-2002' }).first().waitFor();
  await page.reload();
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  await page.getByText('已恢复您上次在本设备上填写但未提交的内容。').waitFor();
  assert.equal(await page.getByRole('textbox', { name: '公司名称' }).inputValue(), '邮件测试公司');
  await page.getByRole('button', { name: '清空表单' }).click();
  assert.equal(await page.getByRole('textbox', { name: '公司名称' }).inputValue(), '');
  expectClean(page);
  await page.close();
});

test('a malformed config.json means no endpoint, with a console warning and a working page', async () => {
  await endpoints();
  const page = await open('/contact', { setup: config('{"inquiry_endpoint": ') });
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await fillValid(page);
  await send(page);
  await page.getByRole('heading', { name: '请用邮件或电话发送这条咨询' }).waitFor();
  expectClean(page);
  await page.close();
});

test('when the browser refuses storage the form says so and still delivers', async () => {
  const refuse = async (page) => {
    await config({ inquiry_endpoint: receiver.url })(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
  };
  const page = await open('/contact', { setup: refuse });
  await page.getByText(/草稿和未送达的咨询都无法保留/).waitFor();
  await fillValid(page, { company: '无痕模式测试公司' });
  await send(page);
  await page.getByRole('heading', { name: '咨询已送达' }).waitFor();
  assert.equal(receiver.rows().filter((r) => r.company === '无痕模式测试公司').length, 1);
  expectClean(page);
  await page.close();
});

test('storage that refuses writes never says saved: the page keeps the inquiry, offers the text, and sends it while open', async () => {
  await whileReceiverStopped(async () => {
    const refuseWrites = async (page) => {
      await config({ inquiry_endpoint: receiver.url })(page);
      await page.addInitScript(() => {
        Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
      });
    };
    const page = await open('/contact', { setup: refuseWrites });
    await fillValid(page, { company: '存储已满测试公司' });
    await send(page);
    await page.getByRole('heading', { name: '咨询尚未送达' }).waitFor();
    const notSaved = page.getByRole('group', { name: '无法保存在本设备上' });
    await notSaved.waitFor();
    await notSaved.getByText(/关闭或刷新此页后，它就会丢失/).waitFor();
    assert.equal(await page.getByText(/已保存在本设备上/).filter({ visible: true }).count(), 0, 'never says saved');
    assert.match(await notSaved.locator('pre').innerText(), /公司名称：存储已满测试公司/);
    await notSaved.getByRole('button', { name: '复制咨询内容' }).waitFor();
    await notSaved.getByRole('link', { name: '400-162-2002' }).waitFor();
    assert.equal(await page.evaluate(() => Object.keys(localStorage).length), 0, 'nothing was stored');
    // The page left open sends it once the receiver is back, with no click.
    await receiver.start();
    await page.getByRole('heading', { name: '咨询已送达' }).waitFor({ timeout: 60_000 });
    assert.equal(receiver.rows().filter((r) => r.company === '存储已满测试公司').length, 1);
    ignoreFailedRequests(page);
    expectClean(page);
    await page.close();
  });
});

test('a page left open sends its waiting inquiry within a minute of the receiver coming back', async () => {
  await whileReceiverStopped(async () => {
    const page = await open('/contact', { setup: config({ inquiry_endpoint: receiver.url }) });
    await fillValid(page, { company: '页面常开测试公司' });
    await send(page);
    await page.getByRole('heading', { name: '咨询尚未送达' }).waitFor();
    await page.getByText(/此页开着时会每隔一段时间自动重试/).waitFor();
    const id = await idFor(page, '页面常开测试公司');
    // Let it fail a few times, so the backoff has grown.
    await page.getByText(/已尝试 [2-9] 次|无法连接咨询服务器/).first().waitFor();
    await page.waitForTimeout(12_000);
    const started = Date.now();
    await receiver.start();
    await page.getByRole('heading', { name: '咨询已送达' }).waitFor({ timeout: 60_000 });
    assert.ok(Date.now() - started < 60_000);
    assert.equal(stored(id).length, 1);
    ignoreFailedRequests(page);
    expectClean(page);
    await page.close();
  });
});

test('without an endpoint, /contact says so above the form, before anything is filled in', async () => {
  const page = await open('/contact', { setup: config({ inquiry_endpoint: null }) });
  const notice = page.getByRole('region', { name: '在线提交暂未开通' });
  await notice.waitFor();
  await notice.getByRole('link', { name: '400-162-2002' }).waitFor();
  const before = await page.evaluate(() => {
    const notice = document.querySelector('.offline-notice');
    const form = document.querySelector('form.inquiry-form');
    return Boolean(notice.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(before, 'the notice comes before the form');
  expectClean(page);
  await page.close();
  // The build names no endpoint: the page says so without JavaScript too.
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto(`${ctx.base}/contact`);
  await still.getByRole('region', { name: '在线提交暂未开通' }).waitFor();
  await context.close();
  // With an endpoint, no such notice once the page has read config.json.
  await endpoints();
  const online = await open('/contact', { setup: config({ inquiry_endpoint: receiver.url }) });
  await online.getByRole('region', { name: '在线提交暂未开通' }).waitFor({ state: 'hidden' });
  expectClean(online);
  await online.close();
});

test('a visitor abroad is told a 400 number may not be reachable, and what works instead', async () => {
  await endpoints();
  const page = await open('/en/contact', { setup: config({ inquiry_endpoint: receiver.url }) });
  const ways = page.getByRole('region', { name: 'Other ways to contact us' });
  await ways.getByText(/Numbers starting with 400 usually cannot be dialled from abroad/).waitFor();
  await ways.getByText(/Please use the form on this page/).waitFor();
  expectClean(page);
  await page.close();
  const offline = await open('/en/contact', { setup: config({ inquiry_endpoint: null }) });
  await offline.getByText(/No number that can be dialled from abroad and no inquiry email address has been published yet/).waitFor();
  await offline.close();
});

for (const width of [390, 1280]) {
  test(`the form with every error shown at ${width}px has no axe violations`, async () => {
    await endpoints();
    const page = await open('/contact?scenario=area%3D8000', { width });
    await page.getByRole('button', { name: '提交咨询' }).click();
    await page.getByRole('heading', { name: '提交前请修改以下问题' }).waitFor();
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`), []);
    await page.close();
  });
}

test('without JavaScript the contact page gives the hotline, the mail address and what to say', async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${ctx.base}/contact`);
  await page.getByRole('heading', { level: 1, name: '联系我们' }).waitFor();
  const ways = page.getByRole('region', { name: '其他联系方式' });
  assert.equal(await ways.getByRole('link', { name: '400-162-2002' }).getAttribute('href'), 'tel:4001622002');
  await ways.getByText(/咨询邮箱：尚未公布/).waitFor();
  await ways.getByText(/请说明咨询主题/).waitFor();
  // (Locators skip <noscript>; its text is on screen all the same.)
  assert.match(await page.getByRole('main').innerText(), /在线表单需要启用 JavaScript/);
  assert.equal(await page.getByRole('button', { name: '提交咨询' }).isVisible(), false);
  await context.close();
});

test('fields typed before the app has started are kept, but never the honeypot', async () => {
  const { page, startApp } = await openWithAppHeld('/contact');
  await page.getByRole('textbox', { name: '姓名' }).fill('赵敏');
  await page.locator('#inquiry-website').fill('https://spam.example', { force: true });
  await startApp();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('wq.inquiry-draft.v1') ?? '{}').fields?.name === '赵敏'
    || (localStorage.getItem('wq.inquiry-draft.v1') ?? '').includes('赵敏'));
  assert.equal(await page.getByRole('textbox', { name: '姓名' }).inputValue(), '赵敏');
  assert.equal(await page.locator('#inquiry-website').inputValue(), '');
  await page.close();
});
