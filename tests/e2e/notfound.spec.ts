import { expect, test } from '@playwright/test';
import { LOCALES, edition, type Locale } from '../../src/lib/editions.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import { sitePages } from '../../src/lib/route-data/not-found.ts';
import { loadModel } from '../support/load-content.ts';
import { url, visit } from './helpers.ts';

const PAGES = sitePages(loadModel());

test('an unknown URL gets the bilingual 404, with no "did you mean" when nothing is near', async ({
  page,
}) => {
  for (const path of ['/zh/tasks/13/', '/en/no-such-page/', '/nothing-here']) {
    const response = await visit(page, path);
    expect(response?.status(), path).toBe(404);
    for (const locale of ['zh', 'en'] as const) {
      const block = page.locator(`[data-not-found="${locale}"]`);
      await expect(block, path).toContainText(useTranslations(locale)('notFound.title'));
      await expect(
        block.getByRole('link', { name: useTranslations(locale)('notFound.home') }),
        path,
      ).toHaveAttribute('href', new RegExp(`/${locale}/$`));
    }
    await expect(page.locator('[data-not-found-suggest]').first(), path).toBeHidden();
  }
});

/** The editions' blocks in the order the reader sees them. */
const order = (page: import('@playwright/test').Page) =>
  page
    .locator('[data-not-found]')
    .evaluateAll((blocks) => blocks.map((b) => (b as HTMLElement).dataset['notFound']));

test('under each edition the 404 shows that edition first, with every other edition below', async ({
  page,
}) => {
  for (const locale of LOCALES) {
    await visit(page, `/${locale}/no-such-page/`);
    const t = useTranslations(locale);
    await expect(page.locator('h1'), locale).toHaveText(t('notFound.title'));
    expect(await order(page), locale).toEqual([locale, ...LOCALES.filter((l) => l !== locale)]);
    await expect(page.locator('html'), locale).toHaveAttribute('lang', edition(locale).htmlLang);
    await expect(page.locator('h1'), locale).toHaveCount(1);
    await expect(page, locale).toHaveTitle(new RegExp(`^${t('notFound.title')} · `));
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the 404 shows every edition, Chinese first, with its plain links and no guesses', async ({
    page,
  }) => {
    await visit(page, '/en/task/7/');
    expect(await order(page)).toEqual([...LOCALES]);
    await expect(page.locator('[data-not-found-suggest]').first()).toBeHidden();
    await expect(
      page
        .locator('[data-not-found="en"]')
        .getByRole('link', { name: useTranslations('en')('notFound.home') }),
    ).toBeVisible();
  });
});

const NEAR_MISSES = [
  ['/tasks/7/', LOCALES.map((l) => `/${l}/tasks/7/`)],
  ['/EN/tasks/7/', ['/en/tasks/7/']],
  ['/en/task/7/', ['/en/tasks/7/']],
  ['/en/tasks/07/', ['/en/tasks/7/']],
] as const;

test(`the 404 asks "did you mean" for near misses: ${NEAR_MISSES.map(([p]) => p).join(', ')}`, async ({
  page,
}) => {
  for (const [path, expected] of NEAR_MISSES) {
    await visit(page, path);
    const first = (await order(page))[0]!;
    const box = page.locator(`[data-not-found="${first}"] [data-not-found-suggest]`);
    await expect(box, path).toBeVisible();
    await expect(box, path).toContainText(useTranslations(first as Locale)('search.didYouMean'));
    const links = box.getByRole('link');
    await expect(links, path).toHaveText(expected.map((p) => new RegExp(`${p}$`)));
    await links.first().click();
    await expect(page, path).toHaveURL(new RegExp(`${expected[0]}$`));
    await expect(page.locator('[data-not-found]'), path).toHaveCount(0);
  }
});

test('every page the 404 may suggest exists, in every edition', async ({ request }) => {
  const missing: string[] = [];
  for (const locale of LOCALES)
    for (const page of PAGES) {
      const response = await request.get(url(`/${locale}/${page}`));
      if (response.status() !== 200) missing.push(`/${locale}/${page} ${response.status()}`);
    }
  expect(missing).toEqual([]);
});
