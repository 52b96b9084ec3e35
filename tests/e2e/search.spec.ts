/** Search: relevance of the query set in both languages, and the search UI as a reader uses it. */
import { expect, test, type Page } from '@playwright/test';
import { paths, stripBase } from '../../src/lib/routes.ts';
import { normaliseBase } from '../../src/lib/site.ts';

const BASE = normaliseBase(process.env['BASE_PATH']);
import { QUERIES } from './search-queries.ts';
import { visit } from './helpers.ts';

const results = (page: Page) => page.locator('#search-results a[data-result]');

/** Waits until the results for `q` are rendered (or the no-result message is shown). */
async function settled(page: Page, q: string) {
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('#search-results')?.dataset['query'] === q,
    q,
  );
}

/** The site paths (base path removed) of the first results. */
async function topPaths(page: Page, n = 3) {
  const hrefs = await results(page).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.slice(0, n).map((p) => stripBase(p, BASE));
}

for (const locale of ['zh', 'en'] as const) {
  test(`${locale} relevance: every query of the test set finds its page in the top 3`, async ({ page }) => {
    await visit(page, paths.search(locale));
    const misses: string[] = [];
    for (const { q, expect: target, why } of QUERIES[locale]) {
      // As a reader does: type the query into the search field and read the results.
      await page.locator('#search-input').fill(q);
      await settled(page, q);
      const top = await topPaths(page);
      if (!top.some((p) => p === `/${locale}/${target}/`)) misses.push(`“${q}” (${why}) should find ${target}; top 3: ${top.join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });
}

test('the query set is large enough', () => {
  expect(QUERIES.zh.length).toBeGreaterThanOrEqual(25);
  expect(QUERIES.en.length).toBeGreaterThanOrEqual(25);
  expect(QUERIES.zh.filter((c) => /[眾識產腦數機學]/.test(c.q)).length).toBeGreaterThanOrEqual(3);
});

test('typing updates the URL, and a copied link reproduces the results', async ({ page, context }) => {
  await visit(page, paths.search('zh'));
  await page.locator('#search-input').fill('众创空间');
  await settled(page, '众创空间');
  await expect(page).toHaveURL(/\?q=%E4%BC%97%E5%88%9B%E7%A9%BA%E9%97%B4$/);
  const first = await topPaths(page, 10);
  expect(first.length).toBeGreaterThan(0);
  const copy = await context.newPage();
  await copy.goto(page.url());
  await settled(copy, '众创空间');
  expect(await topPaths(copy, 10)).toEqual(first);
  await expect(copy.locator('#search-input')).toHaveValue('众创空间');
});

test('results show kind, title, an excerpt with the matched words marked, and the bodies', async ({ page }) => {
  await visit(page, `${paths.search('en')}?q=${encodeURIComponent('innovation vouchers')}`);
  await settled(page, 'innovation vouchers');
  const item = page.locator('#search-results li').filter({ has: page.locator('a[href*="/en/measures/1/"]') });
  await expect(item.locator('a[data-result]')).toContainText('Measure 1');
  await expect(item.locator('mark').first()).toBeVisible();
  await expect(item).toContainText('Municipal State-owned Assets Supervision and Administration Commission');
});

test('filters live in the URL, narrow the results, and the back button restores them', async ({ page }) => {
  await visit(page, `${paths.search('en')}?q=talent`);
  await settled(page, 'talent');
  const before = await topPaths(page, 20);
  await page.locator('[data-search-filters] summary').click();
  await page.locator('input[name="body"][value="organization-department"]').check();
  await expect(page).toHaveURL(/\?q=talent&body=organization-department$/);
  await expect.poll(async () => topPaths(page, 20)).toEqual(['/en/tasks/3/']);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=talent$/);
  await expect(page.locator('input[name="body"][value="organization-department"]')).not.toBeChecked();
  await expect.poll(async () => topPaths(page, 20)).toEqual(before);
  // A shared link with a filter opens with the filter applied.
  await visit(page, `${paths.search('zh')}?q=${encodeURIComponent('人才')}&part=measure`);
  await expect.poll(async () => topPaths(page, 20)).toEqual(['/zh/measures/2/']);
  await expect(page.locator('input[name="part"][value="measure"]')).toBeChecked();
});

test('keyboard: ↓ into the results, ↑/↓ through them, Enter opens', async ({ page }) => {
  await visit(page, paths.search('en'));
  await page.locator('#search-input').fill('maker space');
  await settled(page, 'maker space');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results(page).nth(0)).toBeFocused();
  const target = await results(page).nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('no results: says so, offers the other language and the whole plan', async ({ page }) => {
  await visit(page, `${paths.search('en')}?q=${encodeURIComponent('城市大脑')}`);
  await settled(page, '城市大脑');
  await expect(page.locator('#search-status')).toHaveText('No results for “城市大脑”.');
  const other = page.locator('[data-other-language="zh"]');
  await expect(other).toContainText(/The Chinese version has \d+ results?/);
  await expect(page.locator('#search-other').getByRole('link', { name: 'Read the full text' })).toHaveAttribute('href', /\/en\/plan\/$/);
  await other.click();
  await expect(page).toHaveURL(/\/zh\/search\/\?q=%E5%9F%8E%E5%B8%82%E5%A4%A7%E8%84%91$/);
  await settled(page, '城市大脑');
  expect(await topPaths(page)).toContain('/zh/tasks/11/');
});

test('a query is text, never HTML', async ({ page }) => {
  const q = '<img src=x onerror="window.__xss=1">';
  await visit(page, `${paths.search('zh')}?q=${encodeURIComponent(q)}`);
  await settled(page, q);
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('#search-results script, #search-results [onerror]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('#search-input')).toHaveValue(q);
  // With no result, the query is shown back, as text.
  const none = '<b>qqxyzzy</b>';
  await page.locator('#search-input').fill(none);
  await settled(page, none);
  await expect(page.locator('#search-status')).toHaveText(`没有找到与“${none}”相关的结果。`);
  await expect(page.locator('#search-status b')).toHaveCount(0);
});

test('the / key focuses the search field from any page, and the header field searches', async ({ page }) => {
  await visit(page, paths.provision('zh', 'task-7'));
  await page.locator('body').press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('城市大脑');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/search\/\?q=/);
  await settled(page, '城市大脑');
  expect(await topPaths(page)).toContain('/zh/tasks/11/');
  await page.locator('body').press('/');
  await expect(page.locator('#search-input')).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page explains and links the whole plan', async ({ page }) => {
    await visit(page, paths.provision('en', 'task-1'));
    await page.locator('#site-search').fill('city brain');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=city\+brain$/);
    await expect(page.locator('main')).toContainText('Search needs JavaScript');
    await expect(page.locator('main').getByRole('link', { name: 'Read the full text' })).toHaveAttribute('href', /\/en\/plan\/$/);
  });
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('search fits the screen', async ({ page }) => {
    await visit(page, `${paths.search('zh')}?q=${encodeURIComponent('知识产权')}`);
    await settled(page, '知识产权');
    await expect(results(page).first()).toBeVisible();
    await page.locator('[data-search-filters] summary').click();
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
});

test('long result lists load ten at a time', async ({ page }) => {
  await visit(page, `${paths.search('zh')}?q=${encodeURIComponent('科技局')}`);
  await settled(page, '科技局');
  const status = await page.locator('#search-status').textContent();
  const total = Number(status?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(10);
  await expect(results(page)).toHaveCount(10);
  await page.locator('[data-search-more]').click();
  await expect(results(page)).toHaveCount(Math.min(total, 20));
  await expect(results(page).nth(10)).toBeFocused();
});
