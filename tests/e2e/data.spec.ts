/** The open data: plan.json validates against its published schema; matrix page and CSV agree with it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import { paths } from '../../src/lib/routes.ts';
import { BRACKET, sourceProvisions, splitBracket } from '../../src/lib/model/source.ts';
import { findBodyByName } from '../../src/lib/model/glossary.ts';
import { foldPunctuation } from '../../src/lib/model/text.ts';
import { parseCsv } from '../support/csv.ts';
import { loadModel, readSource } from '../support/load-content.ts';
import { url, visit } from './helpers.ts';

/** The built site the server serves (playwright.config.ts). */
const DIST = process.env['OUT_DIR'] ?? 'dist';

interface PlanJson {
  document: { number: string; issued: string };
  provisions: {
    id: string;
    kind: string;
    number: number;
    group?: number;
    title: { zh: string; en: string };
    text: { zh: string; en: string };
    departments: string[];
    places: string[];
    url: { zh: string; en: string };
  }[];
  departments: { id: string; name: { zh: string; en: string }; url: { zh: string; en: string } }[];
  places: {
    id: string;
    kind: string;
    name: { zh: string; en: string };
    url: { zh: string; en: string };
  }[];
}

async function planJson(request: import('@playwright/test').APIRequestContext): Promise<PlanJson> {
  const response = await request.get(url(paths.data()));
  expect(response.status()).toBe(200);
  return response.json();
}

test('plan.json validates against /data/plan.schema.json', async ({ request }) => {
  const schemaResponse = await request.get(url(paths.dataSchema()));
  expect(schemaResponse.status()).toBe(200);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(await schemaResponse.json());
  const data = await planJson(request);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  // And a broken copy does not validate: the schema has teeth.
  const broken = structuredClone(data) as unknown as { provisions: { kind: string }[] };
  broken.provisions[0]!.kind = 'chapter';
  expect(validate(broken)).toBe(false);
});

test('plan.json: every provision’s bodies are its source bracket, in order, and its text is the source’s', async ({
  request,
}) => {
  const data = await planJson(request);
  const model = loadModel();
  expect(data.document).toMatchObject({ number: '沈政办发〔2018〕144号', issued: '2018-12-06' });
  const source = sourceProvisions(readSource());
  expect(data.provisions.map((p) => p.id)).toEqual(source.map((p) => p.id));
  for (const sp of source) {
    const p = data.provisions.find((x) => x.id === sp.id)!;
    const expected = sp.bracket
      ? splitBracket(sp.bracket).map((name) => findBodyByName(model, name)!.id)
      : [];
    expect(p.departments, sp.id).toEqual(expected);
    expect(foldPunctuation(sp.line.replace(BRACKET, '')), sp.id).toContain(
      foldPunctuation(p.text.zh),
    );
    expect(p.url).toEqual({
      zh: expect.stringMatching(new RegExp(`${paths.provision('zh', p.id)}$`)),
      'zh-Hant': expect.stringMatching(new RegExp(`${paths.provision('zh-hant', p.id)}$`)),
      en: expect.stringMatching(new RegExp(`${paths.provision('en', p.id)}$`)),
    });
    if (p.kind === 'task') expect(p.group).toBeGreaterThanOrEqual(1);
    else expect(p.group).toBeUndefined();
    for (const id of p.departments) expect(data.departments.some((d) => d.id === id)).toBe(true);
    for (const id of p.places) expect(data.places.some((d) => d.id === id)).toBe(true);
  }
});

for (const locale of ['zh', 'en'] as const) {
  test(`${locale}: the matrix page and the CSV agree with plan.json`, async ({ page, request }) => {
    const data = await planJson(request);
    const fromJson = data.provisions
      .flatMap((p) => p.departments.map((d, i) => `${p.id}|${d}|${i + 1}`))
      .sort();

    const csv = parseCsv(await (await request.get(url(paths.responsibilitiesCsv()))).text());
    const [header, ...rows] = csv;
    const col = (name: string) => header!.indexOf(name);
    expect(
      rows
        .map((r) => `${r[col('provision_id')]}|${r[col('department_id')]}|${r[col('position')]}`)
        .sort(),
    ).toEqual(fromJson);

    await visit(page, paths.matrix(locale));
    const cells = await page
      .locator('[data-matrix] tbody tr')
      .evaluateAll((trs) =>
        trs.flatMap((tr) =>
          [...tr.querySelectorAll('td[data-cell]')]
            .filter((td) => td.textContent?.trim())
            .map(
              (td) =>
                `${td.getAttribute('data-cell')}|${tr.getAttribute('data-body')}|${td.textContent?.trim()}`,
            ),
        ),
      );
    expect(cells.sort()).toEqual(fromJson);
    // Names in the page's language.
    for (const d of data.departments)
      await expect(page.locator(`[data-matrix] tr[data-body="${d.id}"] th`)).toHaveText(
        d.name[locale],
      );
  });
}

test.describe('the matrix on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('scrolls inside the table only, keeping the bodies column in view', async ({ page }) => {
    await visit(page, paths.matrix('en'));
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const region = page.locator('[data-matrix-scroll]');
    await region.scrollIntoViewIfNeeded();
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await region.evaluate((el) => el.scrollBy(400, 0));
    const header = page.locator('[data-matrix] tbody th').first();
    await expect(header).toBeInViewport();
    const box = await header.boundingBox();
    expect(box!.x).toBeLessThan(40);
    // A cell is a link to its provision, with a name a screen reader can say.
    const cell = page.locator('[data-matrix] td a').first();
    await expect(cell).toHaveAttribute('aria-label', /listed \d+(st|nd|rd|th)$/);
  });
});

test('the plan as PDF: linked with its size from the home and full-text pages in both editions, served as the built file', async ({
  page,
  request,
}) => {
  const { PDF_VARIANTS, pdfFileName } = await import('../../src/lib/node/pdf.ts');
  const { formatBytes } = await import('../../src/lib/editions.ts');
  const served = new Map<string, Buffer>();
  for (const variant of PDF_VARIANTS) {
    const response = await request.get(url(paths.download(pdfFileName(variant))));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const body = await response.body();
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    // The built file, whose text tests/serve/renderings.test.ts reads back against the model, is what is served.
    const built = readFileSync(join(DIST, paths.download(pdfFileName(variant))));
    expect(body.equals(built), variant.id).toBe(true);
    served.set(variant.id, body);
  }
  for (const locale of ['zh', 'en'] as const) {
    for (const path of [paths.home(locale), paths.plan(locale)]) {
      await visit(page, path);
      const links = page.locator('[data-downloads] a[data-download]');
      await expect(links).toHaveCount(PDF_VARIANTS.length);
      for (const variant of PDF_VARIANTS) {
        const link = page.locator(`[data-downloads] a[data-download="${variant.id}"]`);
        const bytes = served.get(variant.id)!.length;
        await expect(link, `${path} ${variant.id}`).toContainText(formatBytes(bytes, locale));
        await expect(link).toHaveAttribute(
          'href',
          new RegExp(`${paths.download(pdfFileName(variant))}$`),
        );
      }
    }
  }
});
