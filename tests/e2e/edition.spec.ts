/**
 * What a reader is told the site is (issue "An edition readers can trust"): on a 360 px phone,
 * the first screen of every edition's home, a provision and the full text states in the
 * edition's own language that it is an independent reading edition and not the government's
 * (route-data/frame.ts), on screen and in print; the statement and every page's footer lead to
 * the About page, which has its five parts in every edition.
 */
import { expect, test } from '@playwright/test';
import { LOCALES, edition, type Locale } from '../../src/lib/editions.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import { ABOUT_SECTIONS } from '../../src/lib/route-data/about.ts';
import { pageFrame, statementLine } from '../../src/lib/route-data/frame.ts';
import { plainText } from '../../src/lib/route-data/rich-text.ts';
import { paths } from '../../src/lib/routes.ts';
import { loadModel } from '../support/load-content.ts';
import { squash, visit } from './helpers.ts';

const model = loadModel();
const PHONE = { width: 360, height: 640 };
const statementOf = (locale: Locale) =>
  statementLine(pageFrame(model, locale, useTranslations(locale)).statement);
/** What a phone's first screen shows of it (its short form); paper has the whole. */
const shortStatementOf = (locale: Locale) =>
  plainText(pageFrame(model, locale, useTranslations(locale)).statement.short);
const pagesOf = (locale: Locale) => ({
  home: paths.home(locale),
  provision: paths.provision(locale, 'task-7'),
  plan: paths.plan(locale),
});

test.describe('the statement on the first screen', () => {
  test.use({ viewport: PHONE });
  for (const locale of LOCALES) {
    test(`${locale} ${Object.keys(pagesOf(locale)).join(', ')}, 360 px: in the edition's language, within the first screen, on screen and in print`, async ({
      page,
    }) => {
      for (const path of Object.values(pagesOf(locale))) {
        await page.emulateMedia({ media: 'screen' });
        await visit(page, path);
        await expect(page.locator('html')).toHaveAttribute('lang', edition(locale).htmlLang);
        const statement = page.locator('[data-statement]');
        await expect(statement).toBeVisible();
        // The edition's own statement (on a phone its short form), not another edition's.
        expect(squash(await statement.innerText())).toBe(squash(shortStatementOf(locale)));
        for (const other of LOCALES.filter((l) => l !== locale))
          expect(squash(await statement.innerText())).not.toBe(squash(shortStatementOf(other)));
        const box = (await statement.boundingBox())!;
        expect(box.y).toBeLessThan(PHONE.height);
        expect(box.y + box.height, 'the whole statement in the first screen').toBeLessThan(
          PHONE.height / 3,
        );
        // It leads to the edition's About page.
        await expect(
          statement.locator(`a[href$="${paths.about(locale)}"]:visible`),
          'the statement links to the About page',
        ).toHaveText(useTranslations(locale)('statement.name'));
        // On paper: at the top of the first page, above the page's heading.
        await page.emulateMedia({ media: 'print' });
        await expect(statement).toBeVisible();
        const printed = (await statement.boundingBox())!;
        const heading = (await page.locator('h1').first().boundingBox())!;
        expect(printed.y).toBeLessThan(heading.y);
        expect(squash(await statement.innerText())).toBe(squash(statementOf(locale)));
      }
    });
  }
});

for (const locale of LOCALES) {
  test(`${locale}: the About page has its five parts, and every page's footer leads to it`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    await visit(page, paths.home(locale));
    const footer = page.locator('footer a[data-about-link]');
    await expect(footer).toHaveText(t('about.title'));
    await footer.click();
    await expect(page).toHaveURL(new RegExp(`${paths.about(locale)}$`));
    await expect(page.locator('h1')).toHaveText(t('about.title'));
    // The complete statement opens the page.
    await expect(page.locator('[data-about-statement]')).toContainText(
      t('about.editions.translation'),
    );
    // Five parts, in order, each a landmark named by its heading.
    const parts = await page
      .locator('main section[id]')
      .evaluateAll((els) =>
        els.map((el) => [el.id, el.querySelector('h2')?.textContent?.trim() ?? '']),
      );
    expect(parts).toEqual(ABOUT_SECTIONS.map((id) => [id, t(`about.sections.${id}`)]));
    for (const id of ABOUT_SECTIONS)
      await expect(
        page.getByRole('region', { name: t(`about.sections.${id}`), exact: true }),
      ).toBeVisible();
    // The overrides, the reviews and the changes are listed; no report address is configured in
    // this build, and the page says so without a link.
    await expect(page.locator('#conversion [data-overrides] tbody tr')).not.toHaveCount(0);
    await expect(page.locator('#translation [data-review]')).not.toHaveCount(0);
    await expect(page.locator('#changes [data-change]')).not.toHaveCount(0);
    const report = page.locator('#licence [data-report]');
    await expect(report).toHaveAttribute('data-report', 'none');
    await expect(report).toHaveText(t('about.licence.reportNone'));
    await expect(report.locator('a')).toHaveCount(0);
    await expect(page.locator('#licence a[rel="license"]')).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
    // The footer of the About page too (here), and of other kinds of page.
    await expect(page.locator(`footer a[href$="${paths.about(locale)}"]`)).toHaveCount(1);
    for (const path of [paths.provision(locale, 'measure-2'), paths.glossary(locale)]) {
      await visit(page, path);
      await expect(page.locator(`footer a[href$="${paths.about(locale)}"]`), path).toHaveCount(1);
    }
  });
}
