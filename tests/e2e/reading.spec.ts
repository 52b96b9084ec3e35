/**
 * Reading on every screen and on paper (issue 12): what a careful reader tripped over, each
 * checked as they would meet it, at 390 px and 1280 px, in both languages where it applies.
 */
import { expect, test, type Page } from '@playwright/test';
import { useTranslations } from '../../src/lib/i18n.ts';
import { bodiesOfPlace } from '../../src/lib/model/graph.ts';
import { absoluteUrl, paths } from '../../src/lib/routes.ts';
import { siteConfigFromEnv } from '../../src/lib/site.ts';
import { loadModel } from '../support/load-content.ts';
import { url, visit } from './helpers.ts';

const model = loadModel();
const site = siteConfigFromEnv(process.env);
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

test.describe('a 390 px phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });
  // Every kind of page is checked for sideways scroll at 360 and 320 px with 200 % text in
  // elder.spec.ts; here, at the default text size on a touch phone, the pages with tables (their
  // cells), a provision (the header at its usual size) and search results (drawn by script).
  const pages = (l: 'zh' | 'en') => [
    paths.home(l),
    paths.provision(l, 'task-2'),
    paths.matrix(l),
    paths.targets(l),
    `${paths.search(l)}?q=${l === 'zh' ? '%E4%BA%BA%E6%89%8D' : 'talent'}`,
  ];

  for (const locale of ['zh', 'en'] as const) {
    test(`${locale}: no sideways scroll, the header is at most 160 px, no table cell with words is narrower than 4 em`, async ({
      page,
    }) => {
      const problems: string[] = [];
      for (const path of pages(locale)) {
        await visit(page, path);
        const found = await page.evaluate(() => {
          const out: string[] = [];
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth) out.push(`${root.scrollWidth} px wide`);
          const header = document.querySelector('body > header');
          if (!header && location.pathname !== '/' && !document.querySelector('[data-not-found]'))
            out.push('no site header');
          if (header && header.getBoundingClientRect().height > 160)
            out.push(`header ${Math.round(header.getBoundingClientRect().height)} px`);
          for (const cell of document.querySelectorAll<HTMLElement>('td, th')) {
            // The words a reader sees (a header's full name for screen readers is not laid out).
            const visible = cell.cloneNode(true) as HTMLElement;
            visible.querySelectorAll('.sr-only').forEach((el) => el.remove());
            const words = (visible.textContent ?? '').trim();
            if (words.replace(/\s/g, '').length <= 3 || cell.offsetParent === null) continue;
            const em = parseFloat(getComputedStyle(cell).fontSize);
            if (cell.getBoundingClientRect().width < 4 * em)
              out.push(
                `cell "${words.slice(0, 20)}" ${Math.round(cell.getBoundingClientRect().width)} px`,
              );
          }
          return out;
        });
        problems.push(...found.map((f) => `${path}: ${f}`));
        if (
          path === paths.matrix(locale) &&
          !(await page.locator('[data-scroll-hint]').isVisible())
        )
          problems.push(`${path}: no sign that the matrix scrolls`);
      }
      expect(problems).toEqual([]);
      // Touch screens get no keyboard hints (on the search page, the last one loaded).
      await expect(page.locator('[data-keyboard-hint]')).toBeHidden();
    });
  }

  for (const locale of ['zh', 'en'] as const)
    test(`${locale}: the full text shares with the document's title; its contents open and close, every provision listed, ways back to them and to the top`, async ({
      page,
    }) => {
      await visit(page, paths.plan(locale));
      // It shares with the document's short title, not "Full text".
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
        'content',
        new RegExp(model.document.shortTitle[locale]),
      );
      const links = page.locator('[data-contents] a[data-contents-link]');
      await expect(links.first()).toBeHidden();
      await page.locator('[data-contents] summary').click();
      await expect(links.first()).toBeVisible();
      for (const p of model.provisions)
        await expect(page.locator(`[data-contents] a[data-contents-link="${p.id}"]`)).toHaveCount(
          1,
        );
      // A way back, always at hand: each part ends with a link to the contents, and deep in the
      // text the corner's links to the contents and to the top stay in view (plain links); not on paper.
      await expect(page.locator('section > a[href="#contents"]')).toHaveCount(4);
      // The page's own title is its first heading (before the downloads' and the notice's).
      expect(
        await page
          .locator('main :is(h1, h2, h3)')
          .first()
          .evaluate((el) => el.tagName),
      ).toBe('H1');
      const t = useTranslations(locale);
      await page.locator('#task-7').scrollIntoViewIfNeeded();
      const aids = page.getByRole('navigation', { name: t('elder.aids') });
      await expect(aids.getByRole('link', { name: t('plan.contents') })).toBeInViewport();
      await aids.getByRole('link', { name: t('elder.top') }).click();
      await expect(page.locator('h1')).toBeInViewport();
      await page.emulateMedia({ media: 'print' });
      await expect(aids).toBeHidden();
    });
});

test.describe('a 1280 px desktop', () => {
  test.use({ viewport: DESKTOP });

  for (const locale of ['zh', 'en'] as const)
    test(`${locale}: the full text's side column of contents marks the provision being read`, async ({
      page,
    }) => {
      await visit(page, paths.plan(locale));
      const column = page.locator('[data-contents]');
      await expect(column.locator('a[data-contents-link="task-7"]')).toBeVisible();
      const box = await column.boundingBox();
      const text = await page.locator('#preamble').boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(text!.x);
      /** Scrolls the section `id` to just under the window's top; its contents entry gets the mark. */
      const readAt = async (id: string) => {
        await page
          .locator(`#${id}`)
          .evaluate((el) =>
            window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 10),
          );
        await expect(column.locator(`a[data-contents-link="${id}"]`)).toHaveAttribute(
          'aria-current',
          'true',
        );
      };
      await page.locator('#task-7').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -50));
      await readAt('task-7');
      await expect(column.locator('a[aria-current="true"]')).toHaveCount(1);
      await expect(column.locator('a[data-contents-link="task-7"]')).toBeInViewport();
      // With the pointer in the column, the column does not move under it: the mark still follows.
      await column.hover();
      const before = await column.evaluate((el) => el.scrollTop);
      await readAt('implementation-1');
      expect(await column.evaluate((el) => el.scrollTop)).toBe(before);
    });

  test('the matrix says it scrolls sideways', async ({ page }) => {
    await visit(page, paths.matrix('en'));
    const region = page.locator('[data-matrix-scroll]');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expect(page.locator('[data-scroll-hint]')).toBeVisible();
    // A cell says the body's place in the bracket as an ordinal.
    await expect(page.locator('[data-matrix] td a').first()).toHaveAttribute(
      'aria-label',
      /listed \d+(st|nd|rd|th)$/,
    );
  });

  for (const [locale, other, q] of [
    ['en', 'zh', 'talent'],
    ['zh', 'en', '人才'],
  ] as const) {
    test(`${locale}: after a search from the header, ↓ goes to the first result; switching language keeps the query and filters`, async ({
      page,
    }) => {
      await visit(page, paths.provision(locale, 'task-3'));
      await page.locator('#site-search').fill(q);
      await page.locator('#site-search').press('Enter');
      await page.waitForFunction(
        (text) => document.querySelector<HTMLElement>('#search-results')?.dataset['done'] === text,
        q,
      );
      await page
        .locator('#search-results')
        .evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('a[data-answer], a[data-result]').first()).toBeFocused();
      await page.goto(`${page.url().split('?')[0]}?q=${encodeURIComponent(q)}&part=task`);
      await page.waitForFunction(
        (text) => document.querySelector<HTMLElement>('#search-results')?.dataset['done'] === text,
        q,
      );
      await page.locator(`a[data-lang-switch="${other}"]`).click();
      await expect(page).toHaveURL(
        new RegExp(`/${other}/search/\\?q=${encodeURIComponent(q).replace(/%/g, '%')}&part=task$`),
      );
    });
  }
});

for (const locale of ['zh', 'en'] as const) {
  test(`${locale}, ${PHONE.width} and ${DESKTOP.width} px: when the clipboard refuses, the link stays on screen in a field to copy by hand`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
      document.execCommand = () => false;
    });
    await page.clock.install();
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await visit(page, paths.provision(locale, 'task-7'));
      await page.locator('#task-7-p1 a[data-copy-link]').click();
      const dialog = page.locator('dialog[data-copy-fallback]');
      await expect(dialog).toBeVisible();
      await page.clock.fastForward(10_000);
      await expect(dialog).toBeVisible();
      const field = dialog.locator('textarea');
      await expect(field).toHaveValue(/\/tasks\/7\/#task-7-p1$/);
      await expect(field).toBeFocused();
      const box = await dialog.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      await dialog.locator('button').click();
      await expect(dialog).toBeHidden();
      // The focus goes back to the control that opened the dialog.
      await expect(page.locator('#task-7-p1 a[data-copy-link]')).toBeFocused();
    }
  });
}

test('a link with a malformed escape after # loads without a page error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const hash of ['#%E0%A4%A', '#%', '#task-7-p1%ZZ']) {
    // A new document each time: a change of hash alone does not run the page's scripts again.
    await page.goto('about:blank');
    await visit(page, `${paths.provision('en', 'task-7')}${hash}`);
    // The heading adjustment runs once the page has loaded.
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  expect(errors).toEqual([]);
});

async function printView(page: Page, path: string) {
  await visit(page, path);
  await page.emulateMedia({ media: 'print' });
}

test('print: every kind of page names the document and its number and states what the edition is; no link icons; the matrix keeps every column', async ({
  page,
}) => {
  const doc = model.document;
  // Each kind of page once, in one edition or the other (the print header is one component of every page).
  const kinds = {
    zh: [
      paths.home('zh'),
      paths.provision('zh', 'task-7'),
      paths.place('zh', 'city-brain'),
      paths.targets('zh'),
    ],
    en: [
      paths.plan('en'),
      paths.body('en', 'big-data-bureau'),
      paths.glossary('en'),
      paths.kind('en', 'measure'),
    ],
  };
  for (const locale of ['zh', 'en'] as const) {
    for (const path of kinds[locale]) {
      await printView(page, path);
      const header = page.locator('[data-print-document]');
      await expect(header, path).toBeVisible();
      await expect(header, path).toContainText(doc.title[locale]);
      await expect(header, path).toContainText(doc.number.zh);
      const statement = page.locator('[data-statement]');
      await expect(statement, path).toBeVisible();
      await expect(statement, path).toContainText(useTranslations(locale)('statement.name'));
      await expect(page.locator('.copy-link:visible'), path).toHaveCount(0);
      await page.emulateMedia({ media: 'screen' });
    }
  }
  await printView(page, paths.matrix('en'));
  const fits = await page.evaluate(() => {
    const region = document.querySelector<HTMLElement>('[data-matrix-scroll]')!;
    const heads = [...document.querySelectorAll<HTMLElement>('[data-matrix] thead th')];
    const right = region.getBoundingClientRect().right;
    return {
      columns: heads.length,
      clipped: heads
        .filter(
          (th) =>
            th.getBoundingClientRect().right > right + 1 || th.getBoundingClientRect().width < 1,
        )
        .map((th) => th.textContent),
    };
  });
  expect(fits.columns).toBeGreaterThan(model.provisions.filter((p) => p.bodies.length > 0).length);
  expect(fits.clipped).toEqual([]);
});

for (const locale of ['zh', 'en'] as const)
  test(`${locale}: the home page shares with the document's title, not "Home", and the site's card; its structure lists Part I's three sections in the source's order, the principles under (二); a place names the bodies responsible for the provisions that name it; the nav says what the page says`, async ({
    page,
  }) => {
    // (The full text shares with the document's short title: checked with its contents, above.)
    await visit(page, paths.home(locale));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      model.document.title[locale],
    );
    // Its card is the site's.
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      absoluteUrl(`/cards/${locale}/site.png`, site.origin, site.base),
    );
    const sections = await page
      .locator('[data-home-section]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-home-section')));
    expect(sections).toEqual(model.sections.map((s) => s.anchor));
    await expect(
      page.locator(`[data-home-section="${model.sections[1]!.anchor}"] a[href$="/principles/1/"]`),
    ).toHaveCount(1);

    await visit(page, paths.place(locale, 'city-brain'));
    const expected = bodiesOfPlace(model, 'city-brain').map((b) => b.bodyId);
    expect(expected.length).toBeGreaterThan(0);
    expect(
      await page
        .locator('[data-place-bodies] > li')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-body'))),
    ).toEqual(expected);
    await visit(page, paths.places(locale));
    await expect(
      page.getByRole('banner').locator(`nav a[href$="${paths.places(locale)}"]`),
    ).toHaveText((await page.locator('h1').textContent()) ?? '');
  });

test('the 404 offers the search and every provision in every edition', async ({ page }) => {
  await visit(page, '/en/no-such-page/');
  await expect(page.locator('form[data-not-found-search]')).toHaveCount(3);
  for (const locale of ['zh', 'zh-hant', 'en'] as const) {
    for (const kind of ['task', 'measure', 'principle', 'implementation'] as const) {
      await expect(
        page.locator(`[data-not-found="${locale}"] [data-not-found-provisions="${kind}"] a`),
      ).toHaveCount(model.provisions.filter((p) => p.kind === kind).length);
    }
  }
  await page.locator('#not-found-q-en').fill('city brain');
  await page.locator('#not-found-q-en').press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=city\+brain$/);
});

test('robots.txt allows every page and names the sitemap', async ({ request }) => {
  const robots = await request.get(url('/robots.txt'));
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});
