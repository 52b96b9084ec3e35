/** Every page of the spec exists in both languages with the right lang, hreflang twin and canonical URL. */
import { expect, test } from '@playwright/test';
import { paths, switchLocale } from '../../src/lib/routes.ts';
import { loadModel } from '../support/load-content.ts';
import { visit } from './helpers.ts';

const model = loadModel();
const localized = (locale: 'zh' | 'en') => [
  paths.home(locale),
  paths.plan(locale),
  ...model.provisions.map((p) => paths.provision(locale, p.id)),
  paths.departments(locale),
  ...model.bodies.map((b) => paths.department(locale, b.id)),
  paths.matrix(locale),
  paths.places(locale),
  ...model.places.map((p) => paths.place(locale, p.id)),
  paths.topics(locale),
  ...model.topics.map((x) => paths.topic(locale, x.id)),
  paths.targets(locale),
];

for (const locale of ['zh', 'en'] as const) {
  test(`${locale}: every page has lang, title, description, canonical and its twin`, async ({ page, baseURL }) => {
    const other = locale === 'zh' ? 'en' : 'zh';
    const titles = new Set<string>();
    for (const path of localized(locale)) {
      const response = await visit(page, path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('html'), path).toHaveAttribute('lang', locale === 'zh' ? 'zh-CN' : 'en');
      const title = await page.title();
      expect(title.length, path).toBeGreaterThan(5);
      titles.add(title);
      await expect(page.locator('meta[name="description"]'), path).toHaveAttribute('content', /\S{10,}/);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname.endsWith(path), path).toBe(true);
      const twin = await page.locator(`link[rel="alternate"][hreflang="${other === 'zh' ? 'zh-CN' : 'en'}"]`).getAttribute('href');
      expect(new URL(twin!).pathname.endsWith(switchLocale(path, other)), path).toBe(true);
      // The twin exists.
      const twinResponse = await page.request.get(new URL(switchLocale(path, other).slice(1), baseURL).href);
      expect(twinResponse.status(), `twin of ${path}`).toBe(200);
    }
    expect(titles.size).toBe(localized(locale).length);
  });
}

test('the sitemap lists every page in both languages', async ({ page }) => {
  const response = await visit(page, '/sitemap.xml');
  expect(response?.status()).toBe(200);
  const xml = await response!.text();
  for (const locale of ['zh', 'en'] as const) {
    for (const path of localized(locale)) expect(xml, path).toContain(`${path}</loc>`);
  }
});

test('the whole plan has an anchor on every provision and heading', async ({ page }) => {
  await visit(page, paths.plan('zh'));
  for (const p of model.provisions) await expect(page.locator(`#${p.id}`)).toHaveCount(1);
  for (const anchor of ['notice', 'general-requirements', 'guiding-ideology', 'principles', 'targets', 'tasks', 'measures', 'implementation', 'group-1', 'group-5']) {
    await expect(page.locator(`#${anchor}`), anchor).toHaveCount(1);
  }
});

test('the home page says what the plan is, its metadata, status, targets and structure', async ({ page }) => {
  await visit(page, paths.home('zh'));
  const meta = page.locator('[data-document-meta]');
  await expect(meta).toContainText('发文机关');
  await expect(meta).toContainText(model.document.issuer.zh);
  await expect(meta).toContainText(model.document.number);
  await expect(meta).toContainText('2018年12月6日');
  await expect(meta).toContainText(model.document.parent.number);
  await expect(page.locator('main')).toContainText('现已届满');
  await expect(page.locator('main')).toContainText('30亿元');
  for (const p of model.provisions) await expect(page.locator(`main a[href$="${paths.provision('zh', p.id)}"]`).first()).toBeVisible();
  await visit(page, paths.home('en'));
  await expect(page.locator('[data-document-meta]')).toContainText('6 December 2018');
  await expect(page.locator('main')).toContainText('period has ended');
  await expect(page.locator('main')).toContainText('3 billion yuan');
});
