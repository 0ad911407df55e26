// News: search and filters restore from the URL, narrow as expected, and lead to articles;
// the article page shows the body's headings, tag links and neighbours. Without JavaScript,
// every article is reached by links alone: the pager's static pages, a park's and a year's list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ctx, dist, open, expectClean, untilReady, openWithAppHeld } from './harness.mjs';

const SEED = '武清示范工业园区赴东丽津南工业区考察 深化招商引资合作';

async function resultTitles(page) {
  return page.getByRole('main').locator('ol.results > li h2').allInnerTexts();
}

/** The texts the search highlight marks, in page order (CSS Custom Highlight API). */
async function highlighted(page) {
  return page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('search-match') ?? [])];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => `${r.startContainer.parentElement.closest('ol.results > li') ? '' : 'outside: '}${r.toString()}`);
  });
}

async function count(page) {
  const text = await page.getByRole('status').filter({ hasText: /^共 \d+ 条$/ }).innerText();
  return Number(text.match(/\d+/)[0]);
}

test('?q=考察 shows the seed article, highlighted, and survives a reload', async () => {
  const page = await open('/news?q=考察');
  assert.equal(await page.getByLabel('搜索新闻').inputValue(), '考察');
  assert.deepEqual(await resultTitles(page), [SEED]);
  await page.waitForFunction(() => CSS.highlights.get('search-match')?.size > 0);
  assert.deepEqual([...new Set(await highlighted(page))], ['考察'], 'the matches are marked, in the results only');
  await page.reload();
  await page.getByRole('link', { name: SEED }).waitFor();
  assert.equal(await count(page), 1);
  expectClean(page);
  await page.close();
});

test('typing searches as you type and writes the query to the URL', async () => {
  const page = await open('/news');
  const all = await count(page);
  await page.getByLabel('搜索新闻').pressSequentially('自行车');
  await page.waitForURL(/q=%E8%87%AA%E8%A1%8C%E8%BD%A6/);
  const found = await count(page);
  assert.ok(found >= 4 && found < all, `自行车 finds the bicycle news (${found} of ${all})`);
  assert.deepEqual([...new Set(await highlighted(page))], ['自行车'], 'the typed term is marked');
  for (const q of ['BYD', '比亚迪']) {
    await page.getByLabel('搜索新闻').fill(q);
    await page.getByRole('link', { name: /比亚迪（BYD）与武清区签约/ }).waitFor();
    // Either name of the company is marked, whichever was typed.
    await page.waitForFunction(() => [...CSS.highlights.get('search-match')].some((r) => r.toString() === 'BYD'));
    assert.deepEqual([...new Set(await highlighted(page))].sort(), ['BYD', '比亚迪'], q);
  }
  await page.close();
});

test('the search file comes with the first query; a short form then finds articles using only the long form, marked', async () => {
  const asked = [];
  const page = await open('/news', { setup: (p) => p.on('request', (r) => r.url().endsWith('/data/news/search.json') && asked.push(r.url())) });
  await untilReady(page);
  assert.deepEqual(asked, [], 'the list loads without the bodies');
  const field = page.getByLabel('搜索新闻');
  await field.pressSequentially('电商');
  // No article says 电商; this one says 电子商务 (in its title).
  await page.getByRole('link', { name: '中华地毯产业园更名为天津京津电子商务产业园' }).waitFor();
  await page.waitForFunction(() => [...(CSS.highlights.get('search-match') ?? [])].some((r) => r.toString() === '电子商务'));
  assert.equal(asked.length, 1, 'fetched once');
  await field.fill('地毯园');
  await page.getByRole('link', { name: '中华地毯产业园签约5个项目引资6亿元' }).waitFor();
  assert.ok((await count(page)) >= 4, 'every article about the carpet park');
  await page.waitForFunction(() => [...(CSS.highlights.get('search-match') ?? [])].some((r) => r.toString() === '中华地毯产业园'));
  expectClean(page);
  await page.close();
});

test('a word only in an article body finds that article, typed or from a shared link', async () => {
  const page = await open('/news');
  await page.getByLabel('搜索新闻').fill('装饰用纺织品');
  await page.getByRole('main').getByRole('link', { name: '中华地毯产业园签约5个项目引资6亿元' }).waitFor();
  await page.getByRole('status').filter({ hasText: /^共 1 条$/ }).waitFor();
  await page.waitForURL(/q=/);
  await page.reload();
  await page.getByRole('main').getByRole('link', { name: '中华地毯产业园签约5个项目引资6亿元' }).waitFor();
  await page.getByRole('status').filter({ hasText: /^共 1 条$/ }).waitFor();
  expectClean(page);
  await page.close();
});

/** The full text of the tag select's option whose label starts with `label` (options show counts). */
async function tagOption(page, label) {
  const options = await page.getByRole('combobox', { name: '标签' }).locator('option').allInnerTexts();
  return options.find((o) => o.startsWith(label));
}

test('the URL follows typing once it pauses, and a result followed at once still leaves the query in the history', async () => {
  const page = await open('/news');
  const field = page.getByLabel('搜索新闻');
  await field.pressSequentially('自行车');
  assert.equal(new URL(page.url()).search, '', 'not written on every key');
  await page.waitForURL(/q=%E8%87%AA%E8%A1%8C%E8%BD%A6/);
  // Typed and followed before the pause is over: leaving the field writes the query first.
  await field.fill('比亚迪');
  await page.getByRole('main').locator('ol.results > li h2 a').first().click();
  await page.waitForURL(/\/news\/[^?]+$/);
  await page.goBack();
  await page.waitForURL(/q=%E6%AF%94%E4%BA%9A%E8%BF%AA/);
  // Back is a page load (or the page kept in the back-forward cache): once the search runs again.
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  assert.equal(await field.inputValue(), '比亚迪');
  // Back while a write waits: the entry Back leads to rules, and nothing is written over it.
  await page.getByRole('combobox', { name: '园区' }).selectOption('carpet');
  await page.waitForURL(/park=carpet/);
  await field.fill('地毯');
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('park='));
  await page.waitForTimeout(600);
  assert.equal(new URL(page.url()).searchParams.get('q'), '比亚迪', 'the dropped write stays dropped');
  assert.equal(await field.inputValue(), '比亚迪');
  expectClean(page);
  await page.close();
});

test('?park=bicycle-kingdom lists only that park, and a tag narrows it further', async () => {
  const page = await open('/news?park=bicycle-kingdom');
  assert.equal(await page.getByRole('combobox', { name: '园区' }).inputValue(), 'bicycle-kingdom');
  const parkOnly = await count(page);
  const metas = await page.getByRole('main').locator('ol.results .meta').allInnerTexts();
  assert.equal(metas.length, parkOnly);
  assert.ok(metas.every((m) => m.includes('中华自行车王国产业园')), metas.join('\n'));
  await page.getByRole('combobox', { name: '标签' }).selectOption({ label: (await tagOption(page, '制造业')) });
  await page.waitForURL(/tag=/);
  const both = await count(page);
  assert.ok(both >= 1 && both < parkOnly, `park + tag narrows (${both} < ${parkOnly})`);
  assert.match(page.url(), /park=bicycle-kingdom/);
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('tag='));
  assert.equal(await count(page), parkOnly, 'back restores the previous filter');
  await page.close();
});

test('malformed parameters are ignored and the rest applied', async () => {
  const page = await open('/news?park=carpet&from=not-a-date&page=-3&colour=red&tag=nonexistent');
  const n = await count(page);
  assert.ok(n >= 3);
  const metas = await page.getByRole('main').locator('ol.results .meta').allInnerTexts();
  assert.ok(metas.every((m) => m.includes('中华地毯产业园')));
  expectClean(page);
  await page.close();
});

test('an empty result says so and clears the filters', async () => {
  const page = await open('/news?q=不存在的词语');
  assert.equal(await count(page), 0);
  await page.getByText('没有符合条件的新闻。').waitFor();
  await page.getByRole('button', { name: '清除筛选，查看全部新闻' }).click();
  await page.waitForURL((url) => url.pathname === '/news' && url.search === '');
  assert.ok((await count(page)) >= 21);
  await page.close();
});

test('date range filters inclusively', async () => {
  const page = await open('/news?from=2025-08-22&to=2025-08-22');
  assert.deepEqual(await resultTitles(page), [SEED]);
  await page.close();
});

test('the article page shows the seed article with its four section headings', async () => {
  const page = await open('/news');
  await page.getByRole('link', { name: SEED }).click();
  await page.getByRole('heading', { level: 1, name: SEED }).waitFor();
  // The body arrives after the title (it is fetched): wait for it before reading its headings.
  await page.locator('.article-body h2').first().waitFor();
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
  for (const h of ['一、考察活动的背景与意义', '二、实地考察:聚焦先进园区发展亮点', '三、交流讨论:深入探讨园区发展核心议题', '四、学习成效:明确方向,坚定信心促发展']) {
    assert.ok(headings.includes(h), `${h} in ${headings}`);
  }
  await page.getByText('2025年8月22日').first().waitFor();
  await page.getByText('天津-武清区').waitFor();
  await page.getByRole('link', { name: '天津招商网（tj.010b.com）' }).waitFor();
  for (const park of ['中华自行车王国产业园', '中华地毯产业园', '天津武清汽车零部件产业园', '天津京滨工业园']) {
    await page.getByRole('main').getByRole('link', { name: park, exact: true }).waitFor();
  }
  await page.getByRole('navigation', { name: '上一篇和下一篇' }).getByRole('link').first().waitFor();
  expectClean(page);
  await page.close();
});

test('a tag link leads to the filtered list', async () => {
  const page = await open('/news/2025-08-22-wuqing-parks-study-tour');
  await page.getByRole('list', { name: '标签' }).getByRole('link', { name: '制造业' }).click();
  await page.waitForURL(/\/news\?tag=/);
  await untilReady(page);
  assert.equal(await page.getByRole('combobox', { name: '标签' }).inputValue(), 'manufacturing', 'URLs carry the tag id');
  const n = await count(page);
  assert.ok(n >= 1);
  const tags = await page.getByRole('main').locator('ol.results > li').evaluateAll((items) => items.map((li) => li.innerText));
  assert.ok(tags.every((t) => t.includes('制造业')));
  await page.close();
});

test('previous and next move between articles by date', async () => {
  const page = await open('/news/2025-08-22-wuqing-parks-study-tour');
  const nav = page.getByRole('navigation', { name: '上一篇和下一篇' });
  const older = nav.getByRole('link').first();
  const title = await older.innerText();
  await older.click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.close();
});

test('an unknown article id gets the not-found page (status 404) with a link to the news', async () => {
  const page = await ctx.browser.newPage();
  const response = await page.goto(`${ctx.base}/news/no-such-article`);
  assert.equal(response.status(), 404);
  await page.getByRole('heading', { level: 1, name: '页面不存在' }).waitFor();
  await page.getByRole('main').getByRole('link', { name: '新闻动态' }).click();
  await page.getByRole('heading', { level: 1, name: '新闻动态' }).waitFor();
  await page.close();
});

test('an old link with a tag label still filters, and the URL moves to the id', async () => {
  const page = await open('/news?tag=制造业');
  assert.equal(await page.getByRole('combobox', { name: '标签' }).inputValue(), 'manufacturing');
  const n = await count(page);
  assert.ok(n >= 1);
  await page.getByLabel('搜索新闻').fill('园区');
  await page.waitForURL(/tag=manufacturing/);
  await page.close();
});

test('what a visitor types before the app has started is kept when it takes over', async () => {
  // The app is held back until the visitor has typed into the prerendered page.
  const { page, startApp } = await openWithAppHeld('/news');
  await page.getByLabel('搜索新闻').fill('地毯');
  await page.getByRole('combobox', { name: '类别' }).selectOption('industry-news');
  await page.getByLabel('搜索新闻').focus();
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('app-ready')), false);
  await startApp();
  await page.waitForURL(/q=%E5%9C%B0%E6%AF%AF/);
  await page.waitForURL(/category=industry-news/);
  assert.equal(await page.getByLabel('搜索新闻').inputValue(), '地毯');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'news-q');
  // Bodies are searched too, so not every title says 地毯; the carpet park's news is there.
  const titles = await page.getByRole('main').locator('ol.results > li h2').allInnerTexts();
  assert.ok(titles.some((t) => t.includes('地毯')), titles.join(' | '));
  await page.close();
});

// ---- The news by links alone (JavaScript off) ----

/** The shipped articles (ids, dates, parks), as the build wrote them. */
const INDEX = JSON.parse(fs.readFileSync(path.join(dist, 'data/news/index.json'), 'utf8')).articles;

/** A page in a browser context with JavaScript off. Closing the page closes its context. */
async function openWithoutScript(route) {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const closePage = page.close.bind(page);
  page.close = async () => { await closePage(); await context.close(); };
  const response = await page.goto(ctx.base + route);
  assert.equal(response.status(), 200, `${route} is served`);
  return page;
}

/** The articles the list on this page links (their paths), in order. */
async function listedArticles(page) {
  const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  return (await links.evaluateAll((as) => as.map((a) => a.pathname))).map((p) => p.replace(/^\/en/, ''));
}

/** Follows the pager's next-page link (by its visible name) until there is none, collecting the
 * articles each page lists; checks the page says where it is in its heading. */
async function followPager(page, next, heading) {
  const seen = [];
  for (let n = 1; ; n++) {
    if (n > 1) assert.match(await page.getByRole('heading', { level: 1 }).innerText(), heading(n));
    seen.push(...await listedArticles(page));
    const link = page.getByRole('navigation', { name: /分页|Pages/ }).getByRole('link', { name: next, exact: true });
    if (await link.count() === 0) return seen;
    await link.click();
    await page.waitForURL(new RegExp(`/page/${n + 1}$`));
  }
}

const paths = (articles) => articles.map((a) => `/news/${a.id}`).sort();

for (const [start, next, heading] of [
  ['/news', '下一页', (n) => new RegExp(`^新闻动态（第${n}页，共\\d+页）$`)],
  ['/en/news', 'Next page', (n) => new RegExp(`^News: page ${n} of \\d+$`)],
]) {
  test(`without JavaScript, ${start}'s pager reaches every article once, by links alone`, async () => {
    const page = await openWithoutScript(start);
    assert.ok(INDEX.length > 20, 'the content is longer than a page');
    // The filters need the app: without it they are not offered, and links stand in for them.
    assert.equal(await page.getByRole('search').isVisible(), false);
    const seen = await followPager(page, next, heading);
    assert.equal(new Set(seen).size, seen.length, 'no article on two pages');
    assert.deepEqual([...seen].sort(), paths(INDEX), 'every article is reached');
    await page.close();
  });
}

test('without JavaScript a park page leads to exactly that park\'s news, and a year link to that year\'s', async () => {
  const page = await openWithoutScript('/parks/carpet');
  const carpet = INDEX.filter((a) => a.parks.includes('carpet'));
  const all = page.getByRole('link', { name: /^查看全部相关新闻（\d+条）/ });
  assert.match(await all.innerText(), new RegExp(`（${carpet.length}条）`));
  await all.click();
  await page.getByRole('heading', { level: 1, name: '中华地毯产业园相关新闻' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/news/park/carpet');
  const seen = await followPager(page, '下一页', (n) => new RegExp(`^中华地毯产业园相关新闻（第${n}页`));
  assert.deepEqual([...seen].sort(), paths(carpet), 'that park\'s news, and only it');
  // The other lists are links: another park, a year.
  const browse = page.getByRole('navigation', { name: '按园区和年份浏览新闻' });
  assert.equal(await browse.getByRole('link', { name: /^中华地毯产业园（/ }).getAttribute('aria-current'), 'true');
  const year = INDEX.map((a) => Number(String(a.date).slice(0, 4))).sort().at(-1);
  await browse.getByRole('link', { name: new RegExp(`^${year}年（`) }).click();
  await page.getByRole('heading', { level: 1, name: `${year}年新闻` }).waitFor();
  const inYear = INDEX.filter((a) => String(a.date).startsWith(String(year)));
  assert.deepEqual([...await listedArticles(page)].sort(), paths(inYear));
  await page.getByRole('navigation', { name: '按园区和年份浏览新闻' }).getByRole('link', { name: /^天津京滨工业园（/ }).click();
  await page.getByRole('heading', { level: 1, name: '天津京滨工业园相关新闻' }).waitFor();
  const jingbin = INDEX.filter((a) => a.parks.includes('jingbin'));
  assert.deepEqual([...await listedArticles(page)].sort(), paths(jingbin));
  await page.close();
});

test('without JavaScript the English park page leads to that park\'s English list', async () => {
  const page = await openWithoutScript('/en/parks/auto-parts');
  await page.getByRole('link', { name: /^See all related news/ }).click();
  await page.getByRole('heading', { level: 1, name: 'News about Tianjin Wuqing Auto Parts Industrial Park' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/en/news/park/auto-parts');
  const seen = await followPager(page, 'Next page', (n) => new RegExp(`: page ${n} of`));
  assert.deepEqual([...seen].sort(), paths(INDEX.filter((a) => a.parks.includes('auto-parts'))));
  await page.close();
});

test('with JavaScript the plain pager leads to the static pages and back to the search', async () => {
  const page = await open('/news');
  const pager = page.getByRole('navigation', { name: '分页' });
  await pager.getByRole('link', { name: '第2页' }).click();
  await page.waitForURL((url) => url.pathname === '/news/page/2');
  await page.getByRole('heading', { level: 1, name: /^新闻动态（第2页，共\d+页）$/ }).waitFor();
  const second = await listedArticles(page);
  const newest = [...INDEX].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : (a.date < b.date ? 1 : -1)));
  assert.deepEqual(second, newest.slice(20, 40).map((a) => `/news/${a.id}`), 'the next twenty, newest first');
  // The app renders the page as the build did.
  const prerendered = await openWithoutScript('/news/page/2');
  assert.equal(await page.getByRole('main').innerText(), await prerendered.getByRole('main').innerText());
  await prerendered.close();
  await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '第1页' }).click();
  await page.waitForURL((url) => url.pathname === '/news' && url.search === '');
  // Back on the search page, the search works.
  const all = await count(page);
  await page.getByLabel('搜索新闻').fill('地毯');
  await page.waitForURL(/q=%E5%9C%B0%E6%AF%AF/);
  await page.waitForFunction((n) => !document.querySelector('.result-count')?.textContent.includes(`共 ${n} 条`), all);
  assert.ok((await count(page)) < all);
  expectClean(page);
  await page.close();
});
