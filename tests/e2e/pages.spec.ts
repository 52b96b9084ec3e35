/** Every page of the spec exists in both languages with the right lang, hreflang twin and canonical URL. */
import { expect, test } from '@playwright/test';
import { paths, switchLocale } from '../../src/lib/routes.ts';
import { loadModel } from '../support/load-content.ts';
import { url, visit } from './helpers.ts';

const model = loadModel();
const localized = (locale: 'zh' | 'en') => [
  paths.home(locale),
  paths.plan(locale),
  paths.parallel(locale),
  ...(['principle', 'task', 'measure', 'implementation'] as const).map((kind) =>
    paths.kind(locale, kind),
  ),
  ...model.provisions.map((p) => paths.provision(locale, p.id)),
  paths.bodies(locale),
  ...model.bodies.map((b) => paths.body(locale, b.id)),
  paths.matrix(locale),
  paths.places(locale),
  ...model.places.map((p) => paths.place(locale, p.id)),
  paths.topics(locale),
  ...model.topics.map((x) => paths.topic(locale, x.id)),
  paths.targets(locale),
  paths.about(locale),
];

/** The attribute of the first tag matching a pattern in raw HTML. */
const attr = (html: string, tag: RegExp, name: string) =>
  html.match(tag)?.[0].match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

for (const locale of ['zh', 'en'] as const) {
  // Head metadata is read from the served HTML (a reader never sees it; search engines and chat apps do).
  test(`${locale}: every page has lang, title, description, canonical and its twin`, async ({
    request,
  }) => {
    const other = locale === 'zh' ? 'en' : 'zh';
    const titles = new Set<string>();
    for (const path of localized(locale)) {
      const response = await request.get(url(path));
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(attr(html, /<html[^>]*>/, 'lang'), path).toBe(locale === 'zh' ? 'zh-CN' : 'en');
      const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
      expect(title.length, path).toBeGreaterThan(5);
      titles.add(title);
      expect(attr(html, /<meta name="description"[^>]*>/, 'content'), path).toMatch(/\S{10,}/);
      const canonical = attr(html, /<link rel="canonical"[^>]*>/, 'href');
      expect(new URL(canonical!).pathname.endsWith(path), path).toBe(true);
      const twin = attr(
        html,
        new RegExp(`<link rel="alternate" hreflang="${other === 'zh' ? 'zh-CN' : 'en'}"[^>]*>`),
        'href',
      );
      expect(new URL(twin!).pathname.endsWith(switchLocale(path, other)), path).toBe(true);
      expect((await request.get(url(switchLocale(path, other)))).status(), `twin of ${path}`).toBe(
        200,
      );
    }
    expect(titles.size).toBe(localized(locale).length);
  });
}

test('the sitemap lists every page in both languages, each with its twins', async ({
  page,
  request,
}) => {
  const index = await visit(page, '/sitemap-index.xml');
  expect(index?.status()).toBe(200);
  const parts = [...(await index!.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(parts.length).toBeGreaterThan(0);
  const xml = (
    await Promise.all(parts.map(async (u) => (await request.get(new URL(u).pathname)).text()))
  ).join('\n');
  for (const locale of ['zh', 'en'] as const) {
    for (const path of localized(locale)) {
      expect(xml, path).toContain(`${path}</loc>`);
      expect(xml, path).toContain(`hreflang="${locale === 'zh' ? 'zh-CN' : 'en'}" href="`);
    }
  }
  // Not the root chooser, nor the search pages.
  expect(xml).not.toMatch(/\/search\/<\/loc>/);
  expect(xml).not.toMatch(/<loc>[^<]*\.example\/(shenyang-ai-plan\/)?<\/loc>/);
});

test('the whole plan has an anchor on every provision and heading', async ({ page }) => {
  await visit(page, paths.plan('zh'));
  for (const p of model.provisions) await expect(page.locator(`#${p.id}`)).toHaveCount(1);
  for (const anchor of [
    'notice',
    'general-requirements',
    'guiding-ideology',
    'principles',
    'targets',
    'tasks',
    'measures',
    'implementation',
    'group-1',
    'group-5',
  ]) {
    await expect(page.locator(`#${anchor}`), anchor).toHaveCount(1);
  }
});

test('the home page says what the plan is, its metadata, status, targets and structure', async ({
  page,
}) => {
  await visit(page, paths.home('zh'));
  const meta = page.locator('[data-document-meta]');
  await expect(meta).toContainText('发文机关');
  await expect(meta).toContainText(model.document.issuer.zh);
  await expect(meta).toContainText(model.document.number.zh);
  await expect(meta).toContainText('2018年12月6日');
  await expect(meta).toContainText(model.document.parent.number.zh);
  await expect(page.locator('main')).toContainText('现已届满');
  await expect(page.locator('main')).toContainText('30亿元');
  for (const p of model.provisions)
    await expect(
      page.locator(`main a[href$="${paths.provision('zh', p.id)}"]`).first(),
    ).toBeVisible();
  await visit(page, paths.home('en'));
  await expect(page.locator('[data-document-meta]')).toContainText('6 December 2018');
  await expect(page.locator('main')).toContainText('period has ended');
  await expect(page.locator('main')).toContainText('3 billion yuan');
});
