/**
 * Print in a real browser (issue 21, "a provision prints on one sheet when it fits"): a few pages
 * printed to A4 by Chromium (page.pdf, print media, as a reader's Print does), then read back
 * with PDF.js as a reader would see the sheets: how many, which way round, what they say.
 * Cheap: eight pages, one browser page. The whole sheet count of every provision page is
 * `npm run bench:print`.
 */
import { expect, test, type Page } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';
import { LOCALES, type Locale } from '../../src/lib/editions.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import type { Provision } from '../../src/lib/model/model.ts';
import { pageFrame, statementLine } from '../../src/lib/route-data/frame.ts';
import { paths } from '../../src/lib/routes.ts';
import { loadModel } from '../support/load-content.ts';
import { squash, visit } from './helpers.ts';

const model = loadModel();

interface Sheet {
  width: number;
  height: number;
  /** The sheet's text, lines joined by new lines. */
  text: string;
  /** How far down the sheet its lowest line of text stands (0 top, 1 foot). */
  reach: number;
}

async function print(page: Page, path: string): Promise<Sheet[]> {
  await visit(page, path);
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
  const sheets: Sheet[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const sheet = await pdf.getPage(n);
    const [, , width = 0, height = 0] = sheet.view;
    const items = (await sheet.getTextContent()).items.filter((i) => 'str' in i);
    const lowest = Math.min(...items.map((i) => i.transform[5] as number));
    sheets.push({
      width,
      height,
      text: items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join(''),
      reach: 1 - lowest / height,
    });
  }
  await pdf.destroy();
  return sheets;
}

/** A provision's length in an edition: the characters of its text. */
const length = (p: Provision, locale: Locale) =>
  p.paragraphs[locale].reduce((sum, text) => sum + text.length, 0);

test('provision pages: a short one prints on one sheet, the longest English one on two at most; the statement without addresses, no topic or place buttons', async ({
  page,
}) => {
  for (const locale of LOCALES) {
    const shortest = [...model.provisions].sort(
      (a, b) => length(a, locale) - length(b, locale),
    )[0]!;
    const sheets = await print(page, paths.provision(locale, shortest.id));
    expect(sheets, `${locale} ${shortest.id}`).toHaveLength(1);
  }
  const t = useTranslations('en');
  const longest = [...model.provisions].sort((a, b) => length(b, 'en') - length(a, 'en'))[0]!;
  const path = paths.provision('en', longest.id);
  await visit(page, path);
  // On screen it has its topic and place buttons and its side-by-side link.
  await expect(page.locator('[data-topics] a, [data-places] a').first()).toBeVisible();
  await expect(page.locator('[data-parallel-link]')).toBeVisible();
  const sheets = await print(page, path);
  expect(sheets.length).toBeLessThanOrEqual(2);
  const text = squash(sheets.map((s) => s.text).join('\n'));
  // The statement is printed as words: its links (About this edition, the changelog) print no address.
  const statement = squash(statementLine(pageFrame(model, 'en', t).statement));
  expect(squash(sheets[0]!.text)).toContain(statement);
  expect(text).not.toContain(paths.about('en'));
  // Nothing that means nothing on paper.
  for (const words of [t('related.topics'), t('related.places'), t('share.parallel')])
    expect(text).not.toContain(words);
});

test('the responsibility matrix prints on a landscape sheet; the home page prints without gaps, its targets table with whole words', async ({
  page,
}) => {
  const matrix = await print(page, paths.matrix('en'));
  expect(matrix[0]!.width).toBeGreaterThan(matrix[0]!.height);
  const t = useTranslations('en');
  const home = await print(page, paths.home('en'));
  // Every sheet but the last is filled to its last third: no block pushed whole to the next sheet.
  home
    .slice(0, -1)
    .forEach((sheet, i) =>
      expect(sheet.reach, `sheet ${i + 1} of ${home.length}`).toBeGreaterThan(2 / 3),
    );
  const text = home.map((s) => s.text).join('\n');
  for (const header of [t('targets.commitment'), t('targets.amount'), t('targets.source')])
    expect(text.split(/\s+/), header).toContain(header);
});
