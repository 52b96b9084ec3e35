import { expect, test } from '@playwright/test';
import { useTranslations } from '../../src/lib/i18n.ts';
import { visit } from './helpers.ts';

for (const path of ['/zh/tasks/13/', '/en/no-such-page/', '/nothing-here']) {
  test(`an unknown URL (${path}) gets the bilingual 404`, async ({ page }) => {
    const response = await visit(page, path);
    expect(response?.status()).toBe(404);
    for (const locale of ['zh', 'en'] as const) {
      const block = page.locator(`[data-not-found="${locale}"]`);
      await expect(block).toContainText(useTranslations(locale)('notFound.title'));
      await expect(
        block.getByRole('link', { name: useTranslations(locale)('notFound.home') }),
      ).toHaveAttribute('href', new RegExp(`/${locale}/$`));
    }
  });
}
