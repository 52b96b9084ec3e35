/** Sharing and reading: paragraph links, copy, citation, QR codes, preview cards, side-by-side view, print, dark mode. */
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { paragraphAnchor } from '../../src/lib/model/anchors.ts';
import { absoluteUrl, paths } from '../../src/lib/routes.ts';
import { siteConfigFromEnv } from '../../src/lib/site.ts';
import { loadModel } from '../support/load-content.ts';
import { squash, url, visit } from './helpers.ts';

const model = loadModel();
const site = siteConfigFromEnv(process.env);
const canonical = (path: string) => absoluteUrl(path, site.origin, site.base);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

for (const locale of ['zh', 'en'] as const) {
  test(`${locale}: every paragraph of the whole plan and of each provision has an anchor and a link to itself`, async ({
    page,
  }) => {
    const expected = [
      ...Object.values(model.texts).flatMap((x) =>
        x.paragraphs.zh.map((_, i) => paragraphAnchor(x.id, i + 1)),
      ),
      ...model.provisions.flatMap((p) =>
        p.paragraphs.zh.map((_, i) => paragraphAnchor(p.id, i + 1)),
      ),
    ];
    await visit(page, paths.plan(locale));
    const ids = await page
      .locator('main p[id]:not([data-note])')
      .evaluateAll((ps) =>
        ps.map((p) => [p.id, p.querySelector('a[data-copy-link]')?.getAttribute('href')]),
      );
    expect(ids.map(([id]) => id).sort()).toEqual([...expected].sort());
    // Every paragraph links to itself, except the covering notice's one-line items (an addressee, a signature, a date).
    const lines = model.texts['notice']!.paragraphs.zh.flatMap((p, i) =>
      /。$/.test(p) ? [] : [paragraphAnchor('notice', i + 1)],
    );
    for (const [id, link] of ids) expect(link).toBe(lines.includes(id!) ? undefined : `#${id}`);
    await visit(page, paths.provision(locale, 'measure-3'));
    await expect(
      page.locator(`p#${paragraphAnchor('measure-3', 1)} a[data-copy-link]`),
    ).toHaveCount(1);
  });
}

test('copying a paragraph link puts its canonical URL on the clipboard, confirms it, and the link lands on the paragraph', async ({
  page,
}) => {
  await visit(page, paths.provision('zh', 'task-7'));
  const anchor = paragraphAnchor('task-7', 1);
  const control = page.locator(`#${anchor} a[data-copy-link]`);
  await expect(control).toHaveAccessibleName('复制本段链接');
  await control.focus();
  await page.keyboard.press('Enter');
  const copied = `${canonical(paths.provision('zh', 'task-7'))}#${anchor}`;
  await expect.poll(() => clipboard(page)).toBe(copied);
  await expect(control).toHaveAttribute('data-copied', '链接已复制');
  await expect(page.locator('#announcer')).toHaveText('链接已复制');
  // The copied link, opened, lands on the paragraph and marks it.
  const local = new URL(
    copied.replace(canonical('/'), ''),
    page.url().replace(/zh\/tasks\/7\/.*$/, ''),
  ).href;
  await page.goto(local);
  const target = page.locator(`#${anchor}`);
  await expect(target).toBeInViewport();
  expect(
    await target.evaluate(
      (el) => el.matches(':target') && getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)',
    ),
  ).toBe(true);
});

test('the provision copy button copies the provision’s URL', async ({ page }) => {
  await visit(page, paths.provision('en', 'measure-4'));
  await page.locator('[data-copy-provision]').click();
  await expect.poll(() => clipboard(page)).toBe(canonical(paths.provision('en', 'measure-4')));
  await expect(page.locator('[data-copy-provision]')).toHaveAttribute('data-copied', 'Link copied');
});

test('copy a paragraph with its link; the share sheet only where the browser has one, given title, text and URL', async ({
  page,
}) => {
  // navigator.share: none at first (as in most desktop browsers), then a stub that records its calls.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('share') !== 'stub') {
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
      return;
    }
    const calls: unknown[] = [];
    (window as unknown as { shared: unknown[] }).shared = calls;
    Object.defineProperty(Navigator.prototype, 'share', {
      value: (data: unknown) => (calls.push(data), Promise.resolve()),
      configurable: true,
    });
  });
  const path = paths.provision('zh-hant', 'task-4');
  const url = `${canonical(path)}#task-4-p1`;
  await visit(page, path);
  const paragraph = squash(
    (await page.locator('#task-4-p1 [data-sentence]').allTextContents()).join(''),
  );
  expect(paragraph.length).toBeGreaterThan(20);
  const share = page.locator('#task-4-p1 [data-share-paragraph]');
  await page.locator('#task-4-p1 [data-copy-paragraph]').click();
  await expect.poll(() => clipboard(page)).toContain(paragraph);
  expect(await clipboard(page)).toMatch(
    new RegExp(`\\n${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
  );
  await expect(share).toBeHidden();
  await page.evaluate(() => sessionStorage.setItem('share', 'stub'));
  await page.reload();
  await expect(share).toBeVisible();
  await share.click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared))
    .toHaveLength(1);
  const [data] = (await page.evaluate(
    () => (window as unknown as { shared: unknown[] }).shared,
  )) as { title: string; text: string; url: string }[];
  expect(data!.url).toBe(url);
  expect(data!.text).toContain(paragraph);
  expect(data!.title).toContain(model.provisions.find((p) => p.id === 'task-4')!.title['zh-hant']);
});

async function decodeQr(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator('[data-qr] [role="img"]').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

for (const locale of ['zh', 'en'] as const) {
  test(`${locale}: the QR code decodes to the provision’s canonical URL; the citation names the document, its number, issuer, date, the item and the URL, and copies; preview cards: Open Graph and Twitter meta, and a 1200×630 image for each provision`, async ({
    page,
    request,
  }) => {
    for (const id of ['principle-2', 'task-11', 'implementation-4']) {
      const p = model.provisions.find((x) => x.id === id)!;
      await visit(page, paths.provision(locale, id));
      await expect(page.locator('[data-qr] [role="img"]')).toHaveAccessibleName(
        new RegExp(canonical(paths.provision(locale, id)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );
      expect(await decodeQr(page)).toBe(canonical(paths.provision(locale, id)));

      // Preview cards (of two of them; the meta of each).
      const meta = async (key: string) =>
        page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
      expect(await meta('og:title')).toContain(p.title[locale]);
      expect(await meta('og:url')).toBe(canonical(paths.provision(locale, p.id)));
      expect(await meta('og:locale')).toBe(locale === 'zh' ? 'zh_CN' : 'en_US');
      expect(await meta('twitter:card')).toBe('summary_large_image');
      expect(Number(await meta('og:image:width'))).toBe(1200);
      const image = (await meta('og:image'))!;
      expect(image).toBe(canonical(`/cards/${locale}/${p.id}.png`));
      // X falls back to og:* for the title, description and image: no second copy that could differ.
      await expect(page.locator('meta[name^="twitter:image"]')).toHaveCount(0);
      expect(await meta('og:image:alt')).toContain(p.title[locale]);
      if (id !== 'implementation-4') {
        const response = await request.get(url(`/cards/${locale}/${p.id}.png`));
        expect(response.headers()['content-type']).toBe('image/png');
        const png = PNG.sync.read(await response.body());
        expect([png.width, png.height]).toEqual([1200, 630]);
        // The card has text on it (ink in the title band), not a blank or a failed render.
        let ink = 0;
        for (let y = 300; y < 560; y += 2)
          for (let x = 60; x < 1140; x += 2) if (png.data[(y * png.width + x) * 4]! < 100) ink++;
        expect(ink).toBeGreaterThan(500);
      }

      if (id !== 'task-11') continue;
      // The citation, on task 11.
      await page.locator('[data-cite] summary').click();
      const text = (await page.locator('[data-citation]').textContent()) ?? '';
      for (const part of [
        model.document.title[locale],
        model.document.number.zh,
        model.document.issuer[locale],
        p.title[locale],
        canonical(paths.provision(locale, p.id)),
      ]) {
        expect(text).toContain(part);
      }
      expect(text).toContain(locale === 'zh' ? '2018年12月6日' : '6 December 2018');
      expect(text).toContain(locale === 'zh' ? '重点任务 11' : 'Task 11');
      await page.locator('[data-cite] button[data-copy-from]').click();
      await expect.poll(() => clipboard(page)).toBe(text.trim());
    }
    // The home page's card, the site's: tests/e2e/reading.spec.ts.
  });
}

for (const locale of ['zh', 'en'] as const) {
  test(`${locale}: the side-by-side view pairs every paragraph with its translation, sentence beside sentence`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await visit(page, paths.parallel(locale));
    const all = [...Object.values(model.texts), ...model.provisions];
    const expected = all.flatMap((x) =>
      x.paragraphs.zh.map((zh, i) => ({
        anchor: paragraphAnchor(x.id, i + 1),
        zh: squash(zh),
        en: squash(x.paragraphs.en[i]!),
        sentences: x.sentences.zh[i]!.length,
      })),
    );
    const pairs = await page.locator('[data-pair]').evaluateAll((els) =>
      els.map((el) => {
        const zh = el.querySelector('[data-lang="zh"]')!;
        const en = el.querySelector('[data-lang="en"]')!;
        // The text without the note marks and the link icon.
        const text = (p: Element) => {
          const copy = p.cloneNode(true) as Element;
          copy.querySelectorAll('.note-ref, .copy-link').forEach((x) => x.remove());
          return copy.textContent ?? '';
        };
        const zs = [...zh.querySelectorAll('[data-sentence]')].map((s) =>
          s.getBoundingClientRect(),
        );
        const es = [...en.querySelectorAll('[data-sentence]')].map((s) =>
          s.getBoundingClientRect(),
        );
        const aligned =
          zs.length === es.length &&
          zs.every((a, i) => Math.abs(a.top - es[i]!.top) < 2 && a.right <= es[i]!.left);
        return {
          anchor: el.id,
          zh: text(zh),
          en: text(en),
          zhLang: zh.getAttribute('lang'),
          enLang: en.getAttribute('lang'),
          rows: zs.length,
          aligned,
        };
      }),
    );
    expect(pairs.map((x) => x.anchor).sort()).toEqual(expected.map((x) => x.anchor).sort());
    for (const e of expected) {
      const pair = pairs.find((x) => x.anchor === e.anchor)!;
      expect(squash(pair.zh), e.anchor).toBe(e.zh);
      expect(squash(pair.en), e.anchor).toBe(e.en);
      expect([pair.zhLang, pair.enLang]).toEqual(['zh-CN', 'en']);
      // Each Chinese sentence starts on the same line as its English sentence, to its left.
      expect(pair.rows, e.anchor).toBe(e.sentences);
      expect(pair.aligned, e.anchor).toBe(true);
    }
  });
}

test('the side-by-side view stacks pairs on a phone and is reachable from every provision', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await visit(page, paths.provision('en', 'task-9'));
  await page.locator('[data-parallel-link]').click();
  await expect(page).toHaveURL(/\/en\/parallel\/#task-9$/);
  await expect(page.locator('#task-9')).toBeInViewport();
  // Each column's heading leads to the provision in its own language (minor 27).
  const headingLinks = (page: Page) =>
    page
      .locator('#task-9 :is(h3, h4) a')
      .evaluateAll((as) =>
        as.map((a) => [a.getAttribute('lang'), new URL((a as HTMLAnchorElement).href).pathname]),
      );
  // (Paths as the site writes them, after the base path.)
  const under = (path: string) => expect.stringMatching(new RegExp(`${path}$`));
  expect(await headingLinks(page)).toEqual([
    ['zh-CN', under(paths.provision('zh', 'task-9'))],
    ['en', under(paths.provision('en', 'task-9'))],
  ]);
  const stacked = await page.locator(`#${paragraphAnchor('task-9', 1)}`).evaluate((el) => {
    const a = el.querySelector('[data-lang="zh"]')!.getBoundingClientRect();
    const b = el.querySelector('[data-lang="en"]')!.getBoundingClientRect();
    return b.top >= a.bottom - 1;
  });
  expect(stacked).toBe(true);
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  // The English column of a Chinese edition's view is set in the English edition's faces, not a
  // CJK face (which sets ’ full-width: "People’ s").
  const englishFont = await page
    .locator('main [data-lang="en"]')
    .first()
    .evaluate((el) => getComputedStyle(el).fontFamily);
  await visit(page, paths.parallel('zh-hant'));
  expect((await headingLinks(page))[0]).toEqual([
    'zh-Hant',
    under(paths.provision('zh-hant', 'task-9')),
  ]);
  expect(
    await page
      .locator('main [data-lang="en"]')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily),
  ).toBe(englishFont);
  expect(
    await page
      .locator('main [data-lang="zh-hant"]')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily),
  ).toMatch(/TC|HK|JhengHei/);
});

test('print: no navigation, the QR code and the URL shown, parts start on new pages', async ({
  page,
}) => {
  await visit(page, paths.provision('zh', 'task-7'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('nav[aria-label="当前位置"]')).toBeHidden();
  await expect(page.locator('[data-copy-provision]')).toBeHidden();
  await expect(page.locator('[data-qr]')).toBeVisible();
  await expect(page.locator('[data-qr] figcaption')).toContainText(
    canonical(paths.provision('zh', 'task-7')),
  );
  await expect(page.locator('h1')).toBeVisible();
  const after = await page
    .locator('[data-bodies] a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('departments/');
  await visit(page, paths.plan('en'));
  await page.emulateMedia({ media: 'print' });
  const breaks = await page
    .locator('[data-print-section]')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  expect(breaks).toEqual(['page', 'page', 'page', 'page']);
  const fontSize = await page.evaluate(() =>
    parseFloat(getComputedStyle(document.documentElement).fontSize),
  );
  expect(fontSize).toBeCloseTo((11 * 96) / 72, 1); // 11 pt
});

test.describe('dark mode', () => {
  const luminance = (page: Page) =>
    page.evaluate(() => {
      const c = getComputedStyle(document.body).backgroundColor;
      const probe = document.createElement('canvas').getContext('2d')!;
      probe.fillStyle = c;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    });

  test('follows the system setting; the toggle overrides it, is remembered, and applies before the first paint', async ({
    page,
    request,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await visit(page, paths.home('en'));
    expect(await luminance(page)).toBeLessThan(0.2);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await luminance(page)).toBeGreaterThan(0.9);
    const toggle = page.locator('[data-theme-toggle]');
    // Its icon shows the state: a sun while light, a moon while dark.
    const icon = (state: string) => toggle.locator(`[data-theme-icon="${state}"]`);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(icon('light')).toBeVisible();
    await expect(icon('dark')).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(icon('dark')).toBeVisible();
    await expect(icon('light')).toBeHidden();
    expect(await luminance(page)).toBeLessThan(0.2);
    await visit(page, paths.plan('en'));
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
      true,
    );
    expect(await luminance(page)).toBeLessThan(0.2);
    await page.locator('[data-theme-toggle]').click();
    expect(await luminance(page)).toBeGreaterThan(0.9);
    // No flash: the choice is applied by a blocking script in <head>, before the stylesheet and the body.
    const html = await (await request.get(url(paths.home('en')))).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const script = head.indexOf("localStorage.getItem('theme')");
    expect(script).toBeGreaterThan(0);
    expect(head.slice(0, script)).not.toMatch(/<script[^>]*(type="module"|src=)/);
    expect(
      head.indexOf('rel="stylesheet"') === -1 || head.indexOf('rel="stylesheet"') > script,
    ).toBe(true);
  });
});

for (const js of [false, true])
  test.describe(`sentence anchors, JavaScript ${js ? 'on' : 'off'}, 375 px`, () => {
    // Reduced motion: the landing without the smooth scroll's animation, which the checks would wait out.
    test.use({
      javaScriptEnabled: js,
      viewport: { width: 375, height: 812 },
      reducedMotion: 'reduce',
    });
    test('the same sentence ids in every edition and view; a shared sentence lands marked, under its heading', async ({
      page,
    }) => {
      const task4 = model.provisions.find((p) => p.id === 'task-4')!;
      const expected = task4.sentences.zh.flatMap((p, i) =>
        p.map((_, j) => `task-4-p${i + 1}-s${j + 1}`),
      );
      expect(expected).toContain('task-4-p1-s2');
      // The provision page in every edition, the whole text and the side-by-side view (one id per
      // row, on its Chinese sentence) in one edition or another with JavaScript on and off.
      const views = [
        paths.provision('zh', 'task-4'),
        paths.provision('zh-hant', 'task-4'),
        paths.provision('en', 'task-4'),
        paths.plan(js ? 'en' : 'zh-hant'),
        paths.parallel(js ? 'zh' : 'en'),
      ];
      for (const view of views) {
        const where = `${view}#task-4-p1-s2`;
        await visit(page, where);
        const ids = await page
          .locator('main [data-sentence][id^="task-4-"]')
          .evaluateAll((els) => els.map((el) => el.id));
        expect(ids, where).toEqual(expected);
        const target = page.locator('#task-4-p1-s2');
        await expect(target, where).toBeInViewport();
        expect(
          await target.evaluate(
            (el) =>
              el.matches(':target') &&
              getComputedStyle(el).backgroundColor !==
                getComputedStyle(el.closest('p, [data-pair]')!).backgroundColor,
          ),
          where,
        ).toBe(true);
        // The provision's heading: the page's h1, or the provision's heading in the whole text.
        await expect(
          page.locator('article:has(#task-4-p1-s2)').locator('h1, h2, h3, h4').first(),
          where,
        ).toBeInViewport();
      }

      // A shared paragraph, on its page and in the whole text: its heading whole in view with it.
      for (const [where, id] of [
        [`${paths.provision('zh', 'task-7')}#task-7-p1`, 'task-7-p1'],
        [`${paths.plan('en')}#measure-3-p1`, 'measure-3-p1'],
      ] as const) {
        await visit(page, where);
        await expect(page.locator(`#${id}`), where).toBeInViewport();
        await expect(
          page.locator(`article:has(#${id})`).locator('h1, h2, h3, h4').first(),
          where,
        ).toBeInViewport({ ratio: 1 });
      }

      // A sentence or paragraph the page does not have (task 7's paragraph 1 is one sentence; it
      // has no paragraph 3): with JavaScript, the nearest that exists, marked, under its heading;
      // without, the browser finds nothing and stays at the top of the page (the heading in view,
      // nothing marked).
      expect(model.provisions.find((p) => p.id === 'task-7')!.sentences.zh[0]).toHaveLength(1);
      for (const [where, landed] of [
        [`${paths.provision('en', 'task-7')}#task-7-p1-s2`, 'task-7-p1'],
        [`${paths.plan('zh')}#task-7-p3`, 'task-7'],
      ] as const) {
        await visit(page, where);
        if (!js) {
          await expect(page.locator('[data-landed]'), where).toHaveCount(0);
          expect(await page.evaluate(() => window.scrollY), where).toBe(0);
          continue;
        }
        const target = page.locator(`#${landed}`);
        await expect(target, where).toHaveAttribute('data-landed', '');
        await expect(page.locator('[data-landed]'), where).toHaveCount(1);
        await expect(target, where).toBeInViewport();
        await expect(
          page
            .locator(`article:has(#${landed}), article#${landed}`)
            .locator('h1, h2, h3, h4')
            .first(),
          where,
        ).toBeInViewport({ ratio: 1 });
      }
      if (!js) {
        await visit(page, `${paths.provision('zh', 'task-7')}#task-7-p1-s2`);
        await expect(page.locator('h1')).toBeInViewport({ ratio: 1 });
      }
    });
  });
