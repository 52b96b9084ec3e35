/**
 * The English edition as a translation: the "Show the Chinese" sentence pairs, translator's
 * notes, the unofficial-translation statement and its revision date, document numbers and the
 * public glossary, as a reader sees them, on a phone and a desktop, on screen and in print.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { noteAnchor } from '../../src/lib/model/anchors.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import { paths } from '../../src/lib/routes.ts';
import { loadGlossary, loadModel } from '../support/load-content.ts';
import { squash, url, visit } from './helpers.ts';

const model = loadModel();
const task = (id: string) => model.provisions.find((p) => p.id === id)!;

test('390 and 1280 px: "Show the Chinese" puts each Chinese sentence under its English sentence, and is remembered', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 900 });
  const task12 = task('task-12');
  await visit(page, paths.provision('en', 'task-12'));
  const sources = page.locator('#task-12-p1 .source-sentence');
  await expect(sources).toHaveCount(task12.sentences.zh[0]!.length);
  await expect(sources.first()).toBeHidden();
  const toggle = page.locator('[data-source-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // On a phone, then on a desktop (the same page laid out again).
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const pairs = await page.locator('#task-12-p1 .sentence').evaluateAll((els) =>
      els.map((el) => {
        const source = el.nextElementSibling as HTMLElement;
        const a = el.getBoundingClientRect();
        const b = source.getBoundingClientRect();
        return {
          en: el.textContent ?? '',
          zh: source.textContent ?? '',
          lang: source.getAttribute('lang'),
          below: b.top >= a.bottom - 1 && b.height > 0,
        };
      }),
    );
    expect(pairs.map((p) => p.zh)).toEqual(task12.sentences.zh[0]);
    expect(pairs.map((p) => squash(p.en))).toEqual(task12.sentences.en[0]!.map(squash));
    for (const pair of pairs) {
      expect(pair.lang).toBe('zh-CN');
      expect(pair.below, `${width} px: ${pair.zh}`).toBe(true);
    }
  }
  // Remembered on the next provision page, and off again when switched off; on a phone, the
  // page still does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 900 });
  await visit(page, paths.provision('en', 'measure-3'));
  await expect(page.locator('#measure-3-p1 .source-sentence').first()).toBeVisible();
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  await page.locator('[data-source-toggle]').click();
  // The switch is loaded on the first press (client/source-toggle.ts): leave once it has switched.
  await expect(page.locator('[data-source-toggle]')).toHaveAttribute('aria-pressed', 'false');
  await visit(page, paths.provision('en', 'task-1'));
  await expect(page.locator('#task-1-p1 .source-sentence').first()).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('no toggle and no hidden Chinese in the way: the side-by-side view serves, and the glossary is the whole list', async ({
    page,
  }) => {
    await visit(page, paths.provision('en', 'task-12'));
    await expect(page.locator('[data-source-toggle]')).toBeHidden();
    await expect(page.locator('.source-sentence').first()).toBeHidden();
    await expect(
      page.getByRole('banner').locator(`nav a[href$="${paths.parallel('en')}"]`),
    ).toBeVisible();
    await expect(page.locator('[data-statement]')).toBeVisible();
    await visit(page, paths.glossary('en'));
    await expect(page.locator('#glossary-filter')).toBeHidden();
    await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(loadGlossary().length);
  });
});

test("translator's notes: numbered under their paragraph in English, in the side-by-side view and in print; not on the Chinese reading pages", async ({
  page,
}) => {
  const notes = task('task-10').notes;
  expect(notes.map((n) => n.id)).toEqual(
    expect.arrayContaining(['task-10-erratum', 'task-10-fenbie']),
  );
  await visit(page, paths.provision('en', 'task-10'));
  for (const note of notes) {
    const el = page.locator(`#${noteAnchor(note.number)}`);
    await expect(el).toContainText(`Translator’s note ${note.number}`);
    expect(squash(await el.innerText())).toContain(squash(note.en));
    const [paragraph, box] = [
      await page.locator('#task-10-p1').boundingBox(),
      await el.boundingBox(),
    ];
    expect(box!.y).toBeGreaterThan(paragraph!.y + paragraph!.height - 1);
    // The mark in the paragraph leads to the note; the note's number leads back.
    await expect(
      page.locator(`#task-10-p1 .note-ref a[href="#${noteAnchor(note.number)}"]`),
    ).toHaveText(String(note.number));
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator(`#${noteAnchor(notes[0]!.number)}`)).toBeVisible();
  await expect(page.locator('[data-statement]')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  for (const locale of ['en', 'zh'] as const) {
    await visit(page, paths.parallel(locale));
    const note = page.locator(`#task-10-p1 #${noteAnchor(notes[0]!.number)}`);
    expect(squash(await note.innerText())).toContain(
      squash(locale === 'en' ? notes[0]!.en : notes[0]!.zh),
    );
  }
  await visit(page, paths.provision('zh', 'task-10'));
  await expect(page.locator('[data-note]')).toHaveCount(0);
  // The targets ledger links the note on how the 100-project target is read.
  await visit(page, paths.targets('en'));
  const fenbie = model.notes.find((n) => n.id === 'task-10-fenbie')!;
  await page.locator('[data-target-note="task-10-fenbie"]').click();
  await expect(page).toHaveURL(new RegExp(`/en/tasks/10/#${noteAnchor(fenbie.number)}$`));
  await expect(page.locator(`#${noteAnchor(fenbie.number)}`)).toBeInViewport();
});

test('every English page says the translation is unofficial and gives the revision date, linking to the changelog; the Chinese pages give no date', async ({
  page,
}) => {
  const revised = model.document.translations?.en?.revised;
  expect(revised).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const date = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${revised}T00:00:00Z`));
  const t = useTranslations('en');
  for (const path of [
    paths.home('en'),
    paths.plan('en'),
    paths.provision('en', 'task-3'),
    paths.body('en', 'big-data-bureau'),
    paths.glossary('en'),
    paths.search('en'),
  ]) {
    await visit(page, path);
    const statement = page.locator('[data-statement]');
    await expect(statement, path).toContainText('Unofficial translation');
    await expect(statement, path).toContainText(
      t('statement.translation', { name: t('statement.name') }),
    );
    await expect(statement.locator('[data-revised]'), path).toHaveText(`revised ${date}`);
    await expect(statement.locator('[data-revised]'), path).toHaveAttribute(
      'href',
      new RegExp(`${paths.about('en', 'changes')}$`),
    );
  }
  // The date leads to that revision in the changelog.
  await page.locator('[data-statement] [data-revised]').click();
  await expect(page).toHaveURL(new RegExp(`${paths.about('en', 'changes')}$`));
  await expect(page.locator(`#changes [data-change="${revised}"]`)).toBeVisible();
  await expect(
    page.locator(`#changes [data-change="${revised}"] [data-change-edition="en"]`),
  ).toHaveCount(1);
  await visit(page, paths.provision('zh', 'task-3'));
  await expect(page.locator('[data-statement]')).toBeVisible();
  await expect(page.locator('[data-statement] [data-revised]')).toHaveCount(0);
});

test('the English home page and citation give the document number in English with the Chinese beside it', async ({
  page,
}) => {
  await visit(page, paths.home('en'));
  await expect(page.locator('main')).toContainText(
    'Shen Zheng Ban Fa [2018] No. 144 (沈政办发〔2018〕144号)',
  );
  await expect(page.locator('main')).toContainText('Shen Zheng Fa [2018] No. 19');
  await expect(
    page
      .locator('[data-document-meta] span[lang="zh-CN"]', { hasText: '沈政办发〔2018〕144号' })
      .first(),
  ).toBeVisible();
});

for (const locale of ['zh', 'en'] as const) {
  test(`${locale}: the glossary lists every entry with its page and provisions, filters as you type, and matches glossary.json${locale === 'en' ? '; its pinyin follows Hanyu Pinyin orthography, the filter takes it with or without spaces, and bodies show their other names' : ''}`, async ({
    page,
    request,
  }) => {
    const entries = loadGlossary();
    await visit(page, paths.glossary(locale));
    // As Prettier's second pass writes it: its first pass breaks the chain before .locator.
    const shown = await page.locator('[data-glossary-entry]').evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('data-glossary-entry'),
        kind: el.getAttribute('data-kind'),
        text: el.textContent ?? '',
      })),
    );
    expect(shown).toHaveLength(entries.length);
    for (const entry of entries) {
      const row = shown.find((s) => s.id === entry.id && s.kind === entry.kind);
      expect(row, `${entry.kind} ${entry.id}`).toBeDefined();
      for (const part of [entry.name.zh, entry.name.en, entry.pinyin])
        expect(row!.text, `${entry.kind} ${entry.id}`).toContain(part);
    }
    // An entry links its page and the provisions that use it.
    const brain = page.locator('[data-glossary-entry="city-brain"]');
    await expect(brain.locator(`a[href$="${paths.place(locale, 'city-brain')}"]`)).toHaveCount(1);
    await expect(brain.locator('[data-provision-link]')).toHaveCount(
      entries.find((e) => e.id === 'city-brain')!.provisions.length,
    );
    // Filter: pinyin without tone marks finds 城市大脑; the count follows.
    await page.locator('#glossary-filter').fill('chengshi danao');
    await expect(brain).toBeVisible();
    const visible = await page.locator('[data-glossary-entry]:visible').count();
    expect(visible).toBeLessThan(entries.length);
    await expect(page.locator('#glossary-count')).toContainText(String(visible));
    await page.locator('#glossary-filter').fill('zzqqxx');
    await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(0);
    await expect(page.locator('#glossary-count')).not.toBeEmpty();
    // The data: valid against its published schema, the same entries as the page.
    const [data, schema] = await Promise.all([
      request.get(url(paths.glossaryData())).then((r) => r.json()),
      request.get(url(paths.glossarySchema())).then((r) => r.json()),
    ]);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(
      (data.entries as { kind: string; id: string }[]).map((e) => `${e.kind}:${e.id}`).sort(),
    ).toEqual(shown.map((s) => `${s.kind}:${s.id}`).sort());
    const csv = await request.get(url(paths.glossaryCsv())).then((r) => r.text());
    expect(csv.trim().split('\r\n')).toHaveLength(entries.length + 1);
    // In English, on the same page: the pinyin, the filter by pinyin, and the bodies' other names.
    if (locale === 'en') {
      await page.locator('#glossary-filter').fill('');
      await expectPinyinAndNames(page, request, 'en');
    }
  });
}

/**
 * The glossary's pinyin follows Hanyu Pinyin orthography, the filter takes it with or without
 * spaces, and bodies show their other names: on the glossary page of `locale`, as loaded.
 */
async function expectPinyinAndNames(
  page: Page,
  request: APIRequestContext,
  locale: 'zh-hant' | 'en',
) {
  const pinyinOf = (kind: string, id: string) =>
    page.locator(
      `[data-kind="${kind}"][data-glossary-entry="${id}"] [data-pinyin][lang="zh-Latn-pinyin"]`,
    );
  // The issue's test: 载体 zàitǐ, 一企一策 yì qǐ yí cè, proper names capitalized; and lí'àn.
  await expect(pinyinOf('term', 'zai-ti')).toHaveText('zàitǐ');
  await expect(pinyinOf('term', 'yi-qi-yi-ce')).toHaveText('yì qǐ yí cè');
  await expect(pinyinOf('body', 'shenyang-daily')).toHaveText('Shěnyáng Rìbàoshè');
  await expect(pinyinOf('place', 'sino-german-industrial-park')).toHaveText('Zhōng-Dé Chǎnyè Yuán');
  await expect(pinyinOf('place', 'offshore-talent-free-port')).toContainText("lí'àn");
  // The filter: "zaiti" and "zai ti" both find 载体; "lian" finds lí'àn.
  const filter = page.locator('#glossary-filter');
  const carrier = page.locator('[data-kind="term"][data-glossary-entry="zai-ti"]');
  const port = page.locator('[data-glossary-entry="offshore-talent-free-port"]');
  for (const query of ['zaiti', 'zai ti', 'Zài Tǐ']) {
    await filter.fill(query);
    await expect(carrier, query).toBeVisible();
    await expect(port, query).toBeHidden();
  }
  await filter.fill('lian chuangxin');
  await expect(port).toBeVisible();
  await filter.fill('');
  // G-9: a body's full name, second title and housed office, on the page and in the data.
  const science = page.locator(
    '[data-kind="body"][data-glossary-entry="science-technology-bureau"]',
  );
  const names = science.locator('[data-body-names]');
  await expect(names).toContainText(locale === 'en' ? '市知识产权局' : '市知識產權局');
  await expect(names).toContainText('Municipal Intellectual Property Office');
  await expect(names).toContainText('Shenyang Municipal Science and Technology Bureau');
  await expect(
    page.locator('[data-glossary-entry="organization-department"] [data-body-names]'),
  ).toContainText('Municipal Talent Office');
  const data = await request.get(url(paths.glossaryData())).then((r) => r.json());
  const organization = (
    data.entries as { kind: string; id: string; houses?: Record<string, string> }[]
  ).find((e) => e.kind === 'body' && e.id === 'organization-department');
  expect(organization?.houses).toEqual({
    zh: '市人才办',
    'zh-Hant': '市人才辦',
    en: 'Municipal Talent Office',
  });
}

// Both Chinese editions show the same pinyin: checked in zh-hant and en.
test("zh-hant: the glossary's pinyin follows Hanyu Pinyin orthography, the filter takes it with or without spaces, and bodies show their other names", async ({
  page,
  request,
}) => {
  await visit(page, paths.glossary('zh-hant'));
  await expectPinyinAndNames(page, request, 'zh-hant');
});
