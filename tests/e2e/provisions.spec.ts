/** Each provision page, in both languages, shows its label, title, full text and bodies in the source's order. */
import { expect, test } from '@playwright/test';
import { useTranslations } from '../../src/lib/i18n.ts';
import { provisionLabel } from '../../src/lib/model/labels.ts';
import { paths } from '../../src/lib/routes.ts';
import { loadModel } from '../support/load-content.ts';
import { squash, visit } from './helpers.ts';

const model = loadModel();
const bodyName = (id: string, locale: 'zh' | 'en') => model.bodies.find((b) => b.id === id)!.name[locale];

for (const locale of ['zh', 'en'] as const) {
  const t = useTranslations(locale);
  test(`${locale}: every provision page shows its label, title, full text and bodies`, async ({ page }) => {
    for (const provision of model.provisions) {
      await test.step(provision.id, async () => {
        const response = await visit(page, paths.provision(locale, provision.id));
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-CN' : 'en');
        const article = page.locator('article[data-provision]');
        await expect(article.locator('[data-kind-label]')).toHaveText(provisionLabel(provision, t));
        await expect(page.locator('h1')).toHaveText(provision.title[locale]);
        const text = squash(await article.innerText());
        for (const paragraph of provision.paragraphs[locale]) expect(text).toContain(squash(paragraph));
        const shown = await article.locator('[data-bodies] [data-body]').allInnerTexts();
        expect(shown).toEqual(provision.departments.map((id) => bodyName(id, locale)));
        if (provision.departments.length === 0) await expect(article).toContainText(t('provision.noBodies'));
        await expect(page.locator('nav[aria-label] a[rel]').first()).toBeVisible();
        await expect(article.getByRole('link', { name: t('provision.inPlan') })).toHaveAttribute('href', new RegExp(`/${locale}/plan/#${provision.id}$`));
      });
    }
  });
}
