/** The search page's data (src/lib/route-data/search.ts): title, trail, filters, and the island's configuration. */
import { describe, expect, it } from 'vitest';
import { LOCALES, edition, type Locale } from '../../../src/lib/editions.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import type { SearchConfig } from '../../../src/lib/search/config.ts';
import { searchPageData } from '../../../src/lib/route-data/search.ts';
import { paths } from '../../../src/lib/routes.ts';
import { loadModel } from '../../support/load-content.ts';

const model = loadModel();
const links = { href: (p: string) => `/sub${p}`, base: '/sub/' };
/** The edition in the other language a search page offers: the translation for a Chinese one, the source for the translation. */
const otherLanguage: Record<Locale, Locale> = { zh: 'en', 'zh-hant': 'en', en: 'zh' } as Record<
  Locale,
  Locale
>;

describe('the search page’s data', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    const page = searchPageData(model, locale, t, links);
    const config = JSON.parse(page.configJson) as SearchConfig;

    it(`${locale}: its title, path and trail from the edition’s home`, () => {
      expect(page.path).toBe(`/${locale}/search/`);
      expect(page.breadcrumbs).toEqual([
        { label: t('nav.home'), path: paths.home(locale) },
        { label: page.title },
      ]);
      expect(page.description).toContain(model.document.title[locale]);
      expect(page.planPath).toBe(paths.plan(locale));
      expect(page.filters.map((f) => f.key)).toEqual(['part', 'group', 'body', 'place']);
      expect(page.filters[2]!.options.map((o) => o.value)).toEqual(model.bodies.map((b) => b.id));
    });

    it(`${locale}: the island’s configuration offers the other language, with the base path, as script-safe JSON`, () => {
      const other = otherLanguage[locale]!;
      expect(config.locale).toBe(locale);
      expect(config.otherSearchPage).toBe(`/sub/${other}/search/`);
      expect(config.otherHreflang).toBe(edition(other).hreflang);
      expect(config.lang).toBe(edition(locale).htmlLang);
      expect(config.pagefindUrl).toBe(`/sub/pagefind/${locale}/`);
      expect(config.base).toBe('/sub/');
      expect(page.configJson).not.toMatch(/<|\{\{/);
    });
  }
});
