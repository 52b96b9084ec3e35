/**
 * The Traditional Chinese edition as a reader meets it: its own search and the root chooser for
 * Taiwan and Hong Kong browsers. Every kind of its pages is checked in the axe matrix
 * (tests/e2e/a11y.spec.ts), on the page axe loads: in Traditional characters, three-way hreflang
 * and language switch (tests/e2e/traditional-page.ts; anchors kept: language.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/routes.ts';
import { loadDerive, loadModel } from '../support/load-content.ts';
import { HANT, simplifiedLeft } from './traditional-page.ts';
import { visit } from './helpers.ts';

const model = loadModel();
const derive = loadDerive();

test.describe('zh-hant search', () => {
  for (const [query, simplified] of [
    ['機器人', '机器人'],
    ['城市大腦', '城市大脑'],
    ['智慧醫療', '智能医疗'],
    ['机器人', '机器人'],
  ] as const) {
    test(`${query} finds its provisions, quoted in Traditional characters`, async ({ page }) => {
      await visit(page, `${paths.search(HANT)}?q=${encodeURIComponent(query)}`);
      const first = page.locator('#search-results a[data-result]').first();
      await expect(first).toBeVisible();
      await expect(first).toHaveAttribute('href', /\/zh-hant\//);
      const id = await first.getAttribute('data-id');
      const provision = model.provisions.find((p) => p.id === id)!;
      expect(provision, `${query}: the first result is a provision`).toBeDefined();
      const text =
        provision.title.zh +
        provision.paragraphs.zh.join('') +
        provision.places.flatMap((pid) => model.places.find((x) => x.id === pid)!.forms).join('');
      expect(text, `${query} → ${provision.id}`).toContain(simplified);
      const quote = await page
        .locator('#search-results li')
        .first()
        .locator('[data-snippet]')
        .innerText();
      // The quote is the provision's Traditional text (its title or a place's name may be what it was found by).
      if (provision.paragraphs.zh.join('').includes(simplified))
        expect(quote).toContain(derive(HANT, simplified));
      expect(quote).toMatch(/\p{Script=Han}/u);
      expect(simplifiedLeft(quote)).toEqual([]);
    });
  }
});

test('zh-hant: a misspelt query is corrected in Traditional characters, and the query is shown as typed', async ({
  page,
}) => {
  await visit(page, `${paths.search(HANT)}?q=${encodeURIComponent('創新卷')}`);
  await expect(page.locator('#search-results a[data-result]').first()).toBeVisible();
  await expect(page.locator('#search-notice')).toContainText('創新券');
  await expect(page.locator('#search-notice')).toContainText('創新卷');
  const words = `${await page.locator('#search-status').innerText()} ${await page.locator('#search-notice').innerText()}`;
  expect(simplifiedLeft(words)).toEqual([]);
});

test.describe('the root page', () => {
  for (const locale of ['zh-TW', 'zh-HK']) {
    test.describe(`for a ${locale} browser`, () => {
      test.use({ locale });
      test('goes to the Traditional edition', async ({ page }) => {
        await visit(page, '/');
        await expect(page).toHaveURL(/\/zh-hant\/$/);
      });
    });
  }
});
