/** A 390 px phone: no page scrolls sideways. */
import { expect, test } from '@playwright/test';
import { visit } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const pages = ['/', '/zh/', '/en/', '/zh/plan/', '/en/plan/', '/zh/parallel/', '/en/parallel/', '/zh/search/?q=%E4%BA%BA%E6%89%8D', '/en/departments/', '/zh/departments/science-technology-bureau/', '/en/places/', '/en/places/offshore-talent-free-port/', '/zh/topics/', '/en/topics/intelligent-robots/', '/en/targets/', '/zh/targets/', '/zh/tasks/2/', '/en/tasks/2/', '/en/measures/1/', '/zh/implementation/4/', '/en/principles/3/', '/en/no-such-page/'];

test('every kind of page fits a 390 px screen', async ({ page }) => {
  const wide: string[] = [];
  for (const path of pages) {
    await visit(page, path);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (widths.scroll > widths.client) wide.push(`${path}: ${widths.scroll} px wide`);
  }
  expect(wide).toEqual([]);
});
