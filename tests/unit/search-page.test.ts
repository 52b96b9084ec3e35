/** The search page's data, built once in src/lib/search/page.ts: filters and the island's configuration, per edition. */
import { describe, expect, it } from 'vitest';
import { LOCALES, edition, otherLocales } from '../../src/lib/editions.ts';
import { pluralTemplates, useTranslations } from '../../src/lib/i18n.ts';
import {
  SEARCH_PLURALS,
  SEARCH_STRINGS,
  clientTemplate,
  fill,
  plural,
} from '../../src/lib/search/config.ts';
import { searchConfig, searchFilters } from '../../src/lib/search/page.ts';
import { loadModel } from '../support/load-content.ts';

const model = loadModel();

describe('the search page', () => {
  for (const locale of LOCALES) {
    it(`${locale}: filters for every part, task group, body, and place a provision names`, () => {
      const groups = searchFilters(model, locale, useTranslations(locale));
      expect(groups.map((g) => g.key)).toEqual(['part', 'group', 'body', 'place']);
      const [part, group, body, place] = groups;
      expect(part!.options.map((o) => o.value)).toEqual([
        'principle',
        'task',
        'measure',
        'implementation',
      ]);
      expect(group!.options).toHaveLength(model.groups.length);
      expect(body!.options.map((o) => o.value)).toEqual(model.bodies.map((b) => b.id));
      // The three national zones are named only in an introduction, not in a provision: no filter would find anything.
      expect(place!.options.map((o) => o.value).sort()).toEqual(
        [...new Set(model.provisions.flatMap((p) => p.places))].sort(),
      );
    });

    it(`${locale}: the island's configuration names its data with the base path, every string, and the other edition`, () => {
      const other = otherLocales(locale)[0]!;
      const config = searchConfig({
        model,
        locale,
        other,
        lang: edition(locale).htmlLang,
        otherHreflang: edition(other).hreflang,
        t: useTranslations(locale),
        pluralTemplates: (key) => pluralTemplates(locale, key),
        href: (p) => `/sub${p}`,
        base: '/sub/',
      });
      expect(config.dataUrl).toBe(`/sub/search/${locale}.json`);
      expect(config.foldUrl).toBe('/sub/search/fold.json');
      // Each edition has its own bundle of its other pages; the other language's data is its own.
      expect(config.pagefindUrl).toBe(`/sub/pagefind/${locale}/`);
      expect(config.otherDataUrl).toBe(`/sub/search/${other}.json`);
      expect(config.saysFolded).toBe(locale === 'zh');
      expect(config.otherSearchPage).toBe(`/sub/${other}/search/`);
      expect(config.script).toBe(edition(locale).script);
      for (const key of SEARCH_STRINGS) expect(config.strings[key], key).toMatch(/\S/);
      for (const key of SEARCH_PLURALS) expect(config.plurals[key].other, key).toMatch(/\S/);
      // Data, never code: it survives JSON, and the small Traditional table knows the plan's characters.
      expect(JSON.parse(JSON.stringify(config))).toEqual(config);
      expect(config.fold.chars['機']).toBe('机');
      // Its templates hold {name} placeholders, never an unrendered {{name}}, and fill in the browser.
      expect(JSON.stringify(config)).not.toContain('{{');
      expect(fill(config.strings.none, { q: '城市大脑' })).toContain('城市大脑');
      // One name per thing: a direct answer's kind is the name the navigation gives its list.
      expect(config.strings.kindPlace).toBe(useTranslations(locale)('places.title'));
      expect(plural(config.plurals.results, 7)).toContain('7');
      expect(plural(config.plurals.otherLanguage, 1, { q: 'q{x}' })).toContain('q{x}');
    });
  }

  it('hands the island its templates with {name} placeholders', () => {
    expect(clientTemplate('No results for “{{q}}”; {{ count }} in all')).toBe(
      'No results for “{q}”; {count} in all',
    );
    expect(clientTemplate('{shown} of {{total}}')).toBe('{shown} of {total}');
    expect(fill('{q}: {count} ({missing})', { q: '{count}', count: 2 })).toBe('{count}: 2 ()');
  });
});
