/**
 * The Traditional Chinese edition as a reader meets it: every kind of page in Traditional
 * characters (no Simplified-only character in what the page shows, checked against OpenCC),
 * three-way hreflang and language switch (anchors kept: language.spec.ts), its own search, and
 * the root chooser for Taiwan and Hong Kong browsers. axe checks its pages with the other
 * editions' (tests/e2e/a11y.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { EDITIONS } from '../../src/lib/editions.ts';
import { paths } from '../../src/lib/routes.ts';
import { load, pageKinds } from './axe.ts';
import { loadDerive, loadModel } from '../support/load-content.ts';
import { visit } from './helpers.ts';

const HANT = 'zh-hant' as const;
const model = loadModel();
const derive = loadDerive();

/** The Chinese runs of a text that the edition's conversion would still change: Simplified left behind. */
function simplifiedLeft(text: string): string[] {
  const runs = text.match(/[\p{Script=Han}〔〕“”]+/gu) ?? [];
  return [...new Set(runs.filter((run) => derive(HANT, run) !== run))];
}

/**
 * Every kind of page (but the 404, one page for every edition): no Simplified character left in
 * what the page shows, hreflang to every edition, and the switch to the same page in the others.
 */
for (const [kind, path] of Object.entries(pageKinds(HANT)).filter(([k]) => k !== 'notFound')) {
  test(`zh-hant ${kind}: in Traditional characters, with three-way hreflang and language switch`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await load(page, path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.locator('h1')).toBeVisible();
    // What the page shows in Chinese holds no Simplified-only character. Left out: other
    // languages (the side-by-side view's English column, pinyin), the other editions' names,
    // each in its own script (简体中文 on the language switch and the PDF link), and the
    // Simplified source of each conversion override the About page lists. Nothing else may be
    // marked Simplified.
    const shown = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const other of body.querySelectorAll(
        '[lang]:not([lang="zh-Hant"]):not([lang="zh-CN"]), [data-lang-switch], [data-download], [data-conversion-from], script, style, template',
      ))
        other.remove();
      return {
        text: body.innerText,
        simplified: [...body.querySelectorAll('[lang="zh-CN"]')].map((e) => e.textContent),
      };
    });
    expect(shown.text).toMatch(/\p{Script=Han}/u);
    expect(simplifiedLeft(shown.text), 'Simplified characters shown on a Traditional page').toEqual(
      [],
    );
    expect(shown.simplified, 'text marked Simplified on a Traditional page').toEqual([]);
    // hreflang: every edition, and x-default.
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
    expect(alternates.sort()).toEqual([...EDITIONS.map((e) => e.hreflang), 'x-default'].sort());
    // The switch offers the two other editions, each to this same page.
    const twin = path.replace(/^\/zh-hant\//, '/').split('?')[0]!;
    for (const other of ['zh', 'en']) {
      await expect(page.locator(`a[data-lang-switch="${other}"]`)).toHaveAttribute(
        'href',
        new RegExp(`/${other}${twin.replace(/\//g, '\\/')}$`),
      );
    }
  });
}

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
