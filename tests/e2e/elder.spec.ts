/**
 * Reading for everyone (issue 21): at 360 px and 320 px with the browser's text at 200 %, no page
 * of any kind scrolls sideways and the header (with the edition's statement above it) is at most a
 * quarter of the first screen (checked on the axe matrix's loads: tests/e2e/small-screens.ts);
 * there the / key opens the search page, as the header shows only its link; elder mode (长者模式 /
 * Large text) makes the text larger, is pressed, survives a page change and turns off again, in
 * every edition; without JavaScript its toggle is not shown and the menu still opens.
 */
import { expect, test, type Page } from '@playwright/test';
import { LOCALES } from '../../src/lib/editions.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import { paths } from '../../src/lib/routes.ts';
import { url, visit } from './helpers.ts';

const SCREEN = { width: 360, height: 780 };

/** The browser's text size setting (Chromium's default font size: 16 px is 100 %). */
async function textSize(page: Page, percent: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * percent) / 100 } });
}

test.describe('360 px, text at 200 %', () => {
  // Every kind of page in every edition is checked at 360 and 320 px with 200 % text (no sideways
  // scroll, the header at most a quarter of the first screen) on the loads of the axe matrix:
  // tests/e2e/a11y.spec.ts with tests/e2e/small-screens.ts.
  test.use({ viewport: SCREEN });

  test('the header shows a search link, and / opens the search page; without JavaScript the chooser fits, no dead elder toggle, the menu opens', async ({
    page,
    browser,
  }) => {
    await textSize(page, 200);
    // The header shows a search link, not the field, here: the / key opens the search page.
    await visit(page, paths.provision('en', 'task-7'));
    await page.locator('main').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('/');
    await expect(page).toHaveURL(/\/en\/search\/$/);

    // Without JavaScript: the language chooser (which otherwise moves on at once) fits, elder
    // mode's toggle is not shown as a dead control, and the menu opens.
    const context = await browser.newContext({ viewport: SCREEN, javaScriptEnabled: false });
    const plain = await context.newPage();
    await textSize(plain, 200);
    for (const width of [360, 320]) {
      await plain.setViewportSize({ width, height: SCREEN.height });
      await visit(plain, paths.root());
      expect(
        await plain.evaluate(() => document.documentElement.scrollWidth),
        `/ at ${width} px`,
      ).toBeLessThanOrEqual(width);
    }
    await plain.setViewportSize(SCREEN);
    await visit(plain, paths.provision('zh', 'task-7'));
    const t = useTranslations('zh');
    const nav = plain.getByRole('navigation', { name: t('nav.label') });
    await expect(nav).toBeHidden();
    await plain.locator('[data-site-menu] summary').click();
    await expect(nav.getByRole('link', { name: t('nav.tasks') })).toBeVisible();
    await expect(plain.locator('[data-elder-toggle]')).toBeHidden();
    await context.close();
  });
});

test.describe('elder mode', () => {
  for (const locale of LOCALES) {
    // zh on a phone (the toggle in the menu), the others on a desktop (in the header's second row).
    const phone = locale === 'zh';
    test(`${locale}${phone ? ', 360 px phone' : ''}: the toggle makes the text larger, is remembered on the next page, and turns off`, async ({
      page,
    }) => {
      if (phone) await page.setViewportSize(SCREEN);
      const t = useTranslations(locale);
      await visit(page, paths.provision(locale, 'task-7'));
      const text = page.locator('main p[id]').first();
      const size = () => text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const toggle = page.getByRole('button', { name: t('elder.toggle') });
      const menu = page.locator('[data-site-menu] > summary');
      const openMenu = async () => {
        if (!(await toggle.isVisible())) await menu.click();
      };
      const normal = await size();
      await openMenu();
      if (phone) {
        // The menu closes with Escape, back to its button, as a menu does (once its closing,
        // loaded on the first opening, is on).
        await expect(page.locator('[data-site-menu][data-menu-ready]')).toHaveCount(1);
        await toggle.focus();
        await page.keyboard.press('Escape');
        await expect(toggle).toBeHidden();
        await expect(menu).toBeFocused();
        await menu.click();
      }
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await toggle.click();
      // On a desktop the header is now the simple one: the toggle is in its menu.
      await expect.poll(size).toBeGreaterThan(normal * 1.15);
      await openMenu();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      // Links in the text are underlined, and a paragraph's link is a finger's size.
      expect(
        await page
          .locator('main a[href]')
          .first()
          .evaluate((el) => getComputedStyle(el).textDecorationLine),
      ).toContain('underline');
      const copy = (await page.locator('main [data-copy-link]').first().boundingBox())!;
      expect(Math.min(copy.width, copy.height)).toBeGreaterThanOrEqual(44);

      // Another page, by the menu's link (open): still on, before any script (the class is set in <head>).
      await page
        .getByRole('navigation', { name: t('nav.label') })
        .getByRole('link', { name: t('nav.tasks') })
        .click();
      await expect(page).toHaveURL(new RegExp(`${paths.kind(locale, 'task')}$`));
      await expect(page.locator('html')).toHaveClass(/\belder\b/);
      // Its size once the stylesheet applies (before, the browser's default size shows).
      await page.waitForLoadState('load');
      const listText = page.locator('main p').first();
      const listSize = await listText.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      await openMenu();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await expect
        .poll(() => listText.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)))
        .toBeLessThan(listSize / 1.15);
      await page.goto(url(paths.provision(locale, 'task-7')));
      expect(await size()).toBe(normal);
    });
  }
});
