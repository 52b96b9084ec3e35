/**
 * Reading for everyone (issue 21), checked on a page another test has loaded (the axe matrix,
 * tests/e2e/a11y.spec.ts, on every kind of page in every edition): at 360 px and 320 px with the
 * browser's text at 200 %, the page does not scroll sideways, and its header (with the edition's
 * statement above it) is at most a quarter of the first screen.
 */
import type { Page } from '@playwright/test';
import { setTextSize } from './axe.ts';

export const SMALL_SCREEN = { width: 360, height: 780 } as const;

const measure = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('body > header');
    return {
      width: document.documentElement.scrollWidth,
      // The first screen's chrome: the statement and the header above the page's own content.
      headerBottom: header ? Math.round(header.getBoundingClientRect().bottom + scrollY) : 0,
      hasHeader: !!header,
    };
  });

/**
 * What does not fit at 360 px and 320 px with the text at 200 %, on the page as loaded at `path`
 * (laid out again at each width, no reload): one line a problem. The 404 has no site header.
 */
export async function smallScreenProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  await page.setViewportSize(SMALL_SCREEN);
  await setTextSize(page, 200);
  const at360 = await measure(page);
  if (at360.width > 360) problems.push(`${path}: ${at360.width} px wide at 360 px, text 200 %`);
  if (at360.hasHeader) {
    if (at360.headerBottom > SMALL_SCREEN.height / 4)
      problems.push(`${path}: header ends at ${at360.headerBottom} px of ${SMALL_SCREEN.height}`);
  } else if (!path.includes('no-such-page')) problems.push(`${path}: no site header`);
  await page.setViewportSize({ width: 320, height: SMALL_SCREEN.height });
  const at320 = await measure(page);
  if (at320.width > 320) problems.push(`${path}: ${at320.width} px wide at 320 px, text 200 %`);
  return problems;
}
