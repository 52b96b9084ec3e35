/**
 * Reading for everyone (issue 21): at 360 px and 320 px with the browser's text at 200 %, no page
 * of any kind scrolls sideways and the header (with the edition's statement above it) is at most a
 * quarter of the first screen; elder mode (长者模式 / Large text) makes the text larger, is
 * pressed, survives a page change and turns off again, in every edition; without JavaScript its
 * toggle is not shown and the menu still opens.
 */
import { expect, test, type Page } from '@playwright/test';
import { LOCALES, type Locale } from '../../src/lib/editions.ts';
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

/** Every kind of page, each in one edition (rotating), so that every kind and every edition is seen. */
const KINDS = (l: Locale) => [
  paths.home(l),
  paths.plan(l),
  paths.parallel(l),
  paths.provision(l, 'task-7'),
  paths.provision(l, 'measure-1'),
  paths.provision(l, 'principle-2'),
  paths.provision(l, 'implementation-3'),
  paths.kind(l, 'task'),
  paths.kind(l, 'measure'),
  paths.kind(l, 'principle'),
  paths.kind(l, 'implementation'),
  paths.glossary(l),
  paths.bodies(l),
  paths.body(l, 'science-technology-bureau'),
  paths.matrix(l),
  paths.places(l),
  paths.place(l, 'offshore-talent-free-port'),
  paths.topics(l),
  paths.topic(l, 'intelligent-robots'),
  paths.targets(l),
  paths.search(l, '5G'),
  paths.about(l),
  `/${l}/no-such-page/`,
];

const measure = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('[data-site-header]');
    return {
      width: document.documentElement.scrollWidth,
      // The first screen's chrome: the statement and the header above the page's own content.
      headerBottom: header ? Math.round(header.getBoundingClientRect().bottom + scrollY) : 0,
      hasHeader: !!header,
    };
  });

test.describe('360 px and 320 px, text at 200 %', () => {
  test.use({ viewport: SCREEN });

  test('no page of any kind scrolls sideways; the header is at most a quarter of the first screen', async ({
    page,
    browser,
  }) => {
    await textSize(page, 200);
    const problems: string[] = [];
    const headers: Record<string, number> = {};
    const pages = KINDS('zh').map((_, i) => KINDS(LOCALES[i % LOCALES.length]!)[i]!);
    // Every edition's header, on the same page kind too (a provision: the done-when line's task 7).
    pages.push(...LOCALES.map((l) => paths.provision(l, 'task-7')));
    for (const path of pages) {
      await visit(page, path);
      await page.setViewportSize(SCREEN);
      const at360 = await measure(page);
      if (at360.width > 360) problems.push(`${path}: ${at360.width} px wide at 360 px`);
      if (at360.hasHeader) {
        headers[path] = at360.headerBottom;
        if (at360.headerBottom > SCREEN.height / 4)
          problems.push(`${path}: header ends at ${at360.headerBottom} px of ${SCREEN.height}`);
      } else if (!path.includes('no-such-page')) problems.push(`${path}: no site header`);
      // The same page on a 320 px screen (laid out again, no reload).
      await page.setViewportSize({ width: 320, height: SCREEN.height });
      const at320 = await measure(page);
      if (at320.width > 320) problems.push(`${path}: ${at320.width} px wide at 320 px`);
    }
    expect(problems).toEqual([]);
    // Every edition was measured.
    for (const l of LOCALES)
      expect(Object.keys(headers).some((p) => p.startsWith(`/${l}/`))).toBe(true);

    // The header shows a search link, not the field, here: the / key opens the search page.
    const last = pages.at(-1)!;
    await page.locator('main').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('/');
    await expect(page).toHaveURL(new RegExp(`/${last.split('/')[1]}/search/$`));

    // Without JavaScript: the language chooser (which otherwise moves on at once) fits, elder
    // mode's toggle is not shown as a dead control, and the menu opens.
    const context = await browser.newContext({ viewport: SCREEN, javaScriptEnabled: false });
    const plain = await context.newPage();
    await textSize(plain, 200);
    for (const width of [360, 320]) {
      await plain.setViewportSize({ width, height: SCREEN.height });
      await visit(plain, paths.root());
      expect((await measure(plain)).width, `/ at ${width} px`).toBeLessThanOrEqual(width);
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
        // The menu closes with Escape, back to its button, as a menu does.
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
