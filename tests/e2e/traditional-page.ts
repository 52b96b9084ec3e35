/**
 * The Traditional Chinese edition's pages as a reader meets them, checked on a page the axe
 * matrix (tests/e2e/a11y.spec.ts) has loaded: in Traditional characters (no Simplified-only
 * character in what the page shows, checked against OpenCC), three-way hreflang and the language
 * switch to the same page. The search and the root chooser: tests/e2e/traditional.spec.ts.
 */
import { expect, type Page } from '@playwright/test';
import { EDITIONS } from '../../src/lib/editions.ts';
import { loadDerive } from '../support/load-content.ts';

export const HANT = 'zh-hant' as const;
const derive = loadDerive();

/** The Chinese runs of a text that the edition's conversion would still change: Simplified left behind. */
export function simplifiedLeft(text: string): string[] {
  const runs = text.match(/[\p{Script=Han}〔〕“”]+/gu) ?? [];
  return [...new Set(runs.filter((run) => derive(HANT, run) !== run))];
}

/**
 * A page of the Traditional edition (any but the 404, one page for every edition), as loaded at
 * `path`: no Simplified character left in what it shows, hreflang to every edition, and the
 * switch to the same page in the others.
 */
export async function expectTraditionalPage(page: Page, path: string): Promise<void> {
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
}
