/**
 * Provision pages, in both languages, show their label, title, full text and bodies in the
 * source's order. One template renders all 25 (and the link check proves each exists): the sample
 * is the first of each kind, a task with translator's notes, and a provision with no bracket.
 */
import { expect, test } from '@playwright/test';
import { useTranslations } from '../../src/lib/i18n.ts';
import { provisionLabel } from '../../src/lib/model/labels.ts';
import { paths } from '../../src/lib/routes.ts';
import { loadModel } from '../support/load-content.ts';
import { squash, visit } from './helpers.ts';

const model = loadModel();
const bodyName = (id: string, locale: 'zh' | 'en') =>
  model.bodies.find((b) => b.id === id)!.name[locale];

for (const locale of ['zh', 'en'] as const) {
  const t = useTranslations(locale);
  test(`${locale}: provision pages show their label, title, full text and bodies`, async ({
    page,
  }) => {
    const kinds = [...new Set(model.provisions.map((p) => p.kind))];
    const sample = new Set([
      ...kinds.map((k) => model.provisions.find((p) => p.kind === k)!),
      model.provisions.find((p) => p.notes.length > 1)!,
      ...model.provisions.filter((p) => p.bodies.length === 0).slice(0, 1),
    ]);
    for (const provision of sample) {
      await test.step(provision.id, async () => {
        const response = await visit(page, paths.provision(locale, provision.id));
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute(
          'lang',
          locale === 'zh' ? 'zh-CN' : 'en',
        );
        const article = page.locator('article[data-provision]');
        await expect(article.locator('[data-kind-label]')).toHaveText(provisionLabel(provision, t));
        await expect(page.locator('h1')).toHaveText(provision.title[locale]);
        const text = squash(await article.innerText());
        for (const paragraph of provision.paragraphs[locale])
          expect(text).toContain(squash(paragraph));
        const shown = await article.locator('[data-bodies] > li > a').allInnerTexts();
        expect(shown).toEqual(provision.bodies.map((id) => bodyName(id, locale)));
        if (provision.bodies.length === 0)
          await expect(article).toContainText(t('provision.noBodies'));
        await expect(page.locator('nav[aria-label] a[rel]').first()).toBeVisible();
        await expect(article.getByRole('link', { name: t('provision.inPlan') })).toHaveAttribute(
          'href',
          new RegExp(`/${locale}/plan/#${provision.id}$`),
        );
      });
    }
  });
}
