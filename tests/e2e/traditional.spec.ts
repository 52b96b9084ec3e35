/**
 * The Traditional Chinese edition as a reader meets it: every kind of page in Traditional
 * characters (no Simplified-only character in what the page shows, checked against OpenCC),
 * three-way hreflang and language switch, its own search, and the root chooser for Taiwan and
 * Hong Kong browsers.
 */
import { expect, test } from '@playwright/test';
import { deriveText } from '../../src/lib/build/derive.ts';
import { EDITIONS } from '../../src/lib/editions.ts';
import { paths } from '../../src/lib/routes.ts';
import { loadModel } from '../support/load-content.ts';
import { visit } from './helpers.ts';

const HANT = 'zh-hant' as const;
const model = loadModel();
const derive = deriveText();

const PAGES = {
  home: paths.home(HANT),
  plan: paths.plan(HANT),
  parallel: paths.parallel(HANT),
  taskList: paths.kind(HANT, 'task'),
  task: paths.provision(HANT, 'task-7'),
  principle: paths.provision(HANT, 'principle-2'),
  bodies: paths.departments(HANT),
  body: paths.department(HANT, 'science-technology-bureau'),
  matrix: paths.matrix(HANT),
  places: paths.places(HANT),
  place: paths.place(HANT, 'city-brain'),
  topics: paths.topics(HANT),
  topic: paths.topic(HANT, 'intelligent-robots'),
  targets: paths.targets(HANT),
  glossary: paths.glossary(HANT),
  search: `${paths.search(HANT)}?q=${encodeURIComponent('人才')}`,
};

/** The Chinese runs of a text that the edition's conversion would still change: Simplified left behind. */
function simplifiedLeft(text: string): string[] {
  const runs = text.match(/[\p{Script=Han}〔〕“”]+/gu) ?? [];
  return [...new Set(runs.filter((run) => derive(HANT, run) !== run))];
}

for (const [kind, path] of Object.entries(PAGES)) {
  test(`zh-hant ${kind}: in Traditional characters, with three-way hreflang and language switch`, async ({ page }) => {
    await visit(page, path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.locator('h1')).toBeVisible();
    // What the page shows in Traditional Chinese holds no Simplified-only character (the
    // side-by-side view's English column and Latin text are other languages).
    const shown = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const other of body.querySelectorAll('[lang]:not([lang="zh-Hant"]), script, style, template')) other.remove();
      return body.innerText;
    });
    expect(shown).toMatch(/\p{Script=Han}/u);
    expect(simplifiedLeft(shown), 'Simplified characters shown on a Traditional page').toEqual([]);
    // hreflang: every edition, and x-default.
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
    expect(alternates.sort()).toEqual([...EDITIONS.map((e) => e.hreflang), 'x-default'].sort());
    // The switch offers the two other editions, each to this same page.
    const twin = path.replace(/^\/zh-hant\//, '/').split('?')[0]!;
    for (const other of ['zh', 'en']) {
      await expect(page.locator(`a[data-lang-switch="${other}"]`)).toHaveAttribute('href', new RegExp(`/${other}${twin.replace(/\//g, '\\/')}$`));
    }
  });
}

test('zh-hant: the other editions switch to it, keeping the anchor', async ({ page }) => {
  await visit(page, '/zh/plan/#task-7');
  await page.locator('a[data-lang-switch="zh-hant"]').click();
  await expect(page).toHaveURL(/\/zh-hant\/plan\/#task-7$/);
  await expect(page.locator('#task-7')).toBeInViewport();
  await expect(page.locator('#task-7 h4')).toContainText(model.provisions.find((p) => p.id === 'task-7')!.title[HANT]);
  await page.locator('a[data-lang-switch="en"]').click();
  await expect(page).toHaveURL(/\/en\/plan\/#task-7$/);
});

test.describe('zh-hant search', () => {
  for (const [query, simplified] of [['機器人', '机器人'], ['城市大腦', '城市大脑'], ['智慧醫療', '智能医疗'], ['机器人', '机器人']] as const) {
    test(`${query} finds its provisions, quoted in Traditional characters`, async ({ page }) => {
      await visit(page, `${paths.search(HANT)}?q=${encodeURIComponent(query)}`);
      const first = page.locator('#search-results a[data-result]').first();
      await expect(first).toBeVisible();
      await expect(first).toHaveAttribute('href', /\/zh-hant\//);
      const id = await first.getAttribute('data-id');
      const provision = model.provisions.find((p) => p.id === id)!;
      expect(provision, `${query}: the first result is a provision`).toBeDefined();
      const text = provision.title.zh + provision.paragraphs.zh.join('') + provision.places.flatMap((pid) => model.places.find((x) => x.id === pid)!.forms).join('');
      expect(text, `${query} → ${provision.id}`).toContain(simplified);
      const quote = await page.locator('#search-results li').first().locator('[data-snippet]').innerText();
      // The quote is the provision's Traditional text (its title or a place's name may be what it was found by).
      if (provision.paragraphs.zh.join('').includes(simplified)) expect(quote).toContain(derive(HANT, simplified));
      expect(quote).toMatch(/\p{Script=Han}/u);
      expect(simplifiedLeft(quote)).toEqual([]);
    });
  }
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
