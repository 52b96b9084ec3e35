/** The glossary page's data (src/lib/route-data/glossary.ts): its groups, entries and provision links, per edition. */
import { describe, expect, it } from 'vitest';
import {
  LOCALES,
  TRANSLATION_LOCALE,
  edition,
  isHanScript,
  originalIn,
} from '../../../src/lib/editions.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import { chineseNumeral } from '../../../src/lib/model/provision-id.ts';
import { GLOSSARY_KINDS, glossaryPageData } from '../../../src/lib/route-data/glossary.ts';
import { paths } from '../../../src/lib/routes.ts';
import { loadGlossary, loadModel } from '../../support/load-content.ts';

const model = loadModel();
const entries = loadGlossary();

describe('the glossary page', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    const page = glossaryPageData(model, entries, locale, t);

    it(`${locale}: every body, place, topic and term once, by kind, with its count`, () => {
      expect(page.path).toBe(`/${locale}/glossary/`);
      expect(page.breadcrumbs).toEqual([
        { label: t('nav.home'), path: paths.home(locale) },
        { label: page.title },
      ]);
      expect(page.groups.map((g) => g.kind)).toEqual([...GLOSSARY_KINDS]);
      const counts = {
        body: model.bodies.length,
        place: model.places.length,
        topic: model.topics.length,
        term: model.terms.length,
      };
      for (const group of page.groups)
        expect(group.entries, group.kind).toHaveLength(counts[group.kind]);
      // The places' heading is the name the navigation gives them.
      expect(page.groups.find((g) => g.kind === 'place')?.heading).toBe(t('places.title'));
      expect(page.total).toBe(
        model.bodies.length + model.places.length + model.topics.length + model.terms.length,
      );
      expect(page.count.text).toContain(String(page.total));
      expect(page.count.template).toContain('{shown}');
      expect(page.data).toEqual({
        json: '/data/glossary.json',
        schema: '/data/glossary.schema.json',
        csv: '/data/glossary.csv',
      });
    });

    it(`${locale}: headwords in the page’s own Chinese, names in the translation, sorted by pinyin syllables or by name`, () => {
      expect(page.headword).toEqual({
        locale: originalIn(locale),
        lang: edition(originalIn(locale)).htmlLang,
      });
      expect(page.translation).toEqual({
        locale: TRANSLATION_LOCALE,
        lang: edition(TRANSLATION_LOCALE).htmlLang,
      });
      // Chinese by the syllables (离岸 under "li an", as dictionaries order), English by name.
      for (const group of page.groups) {
        const keys = group.entries.map((e) =>
          (isHanScript(locale) ? e.syllables : e.name[locale])
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase(),
        );
        expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'und')));
      }
      const body = page.groups[0]!.entries.find((e) => e.id === model.bodies[0]!.id)!;
      expect(body.path?.[locale]).toBe(paths.body(locale, body.id));
      expect(body.filterText).toContain(body.pinyin);
      expect(body.filterText).toContain(
        body.syllables.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
      );
      for (const name of Object.values(body.name)) expect(body.filterText).toContain(name);
    });

    it(`${locale}: every provision link is the provision’s short label, rendered, with its page`, () => {
      const links = page.groups.flatMap((g) => g.entries.flatMap((e) => e.provisionLinks));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const provision = model.provisions.find((p) => p.id === link.id)!;
        expect(`${link.short} ${link.ariaLabel}`).not.toMatch(/[{}]/);
        // As the source numbers them: 1. for principles and tasks, (一) for measures and implementation items.
        const lettered =
          locale !== 'en' && (provision.kind === 'measure' || provision.kind === 'implementation');
        expect(link.short).toContain(
          lettered ? chineseNumeral(provision.number) : String(provision.number),
        );
        // The name begins with what the link shows (WCAG 2.5.3), then says it in full.
        expect(link.ariaLabel).toBe(
          t('a11y.shownFirst', {
            shown: link.short,
            name: `${link.label}${t('list.colon')}${provision.title[locale]}`,
          }),
        );
        expect(link.path).toBe(paths.provision(locale, link.id));
      }
    });
  }

  it('shows a body’s full name, second title and housed office, in the headword’s Chinese and the translation (G-9)', () => {
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      const bodies = glossaryPageData(model, entries, locale, t).groups[0]!.entries;
      const body = (id: string) => bodies.find((e) => e.id === id)!;
      const headword = originalIn(locale);
      const science = model.bodies.find((b) => b.id === 'science-technology-bureau')!;
      expect(body('science-technology-bureau').facts).toEqual([
        {
          label: t('bodies.fullName'),
          headword: science.fullName![headword],
          translation: science.fullName![TRANSLATION_LOCALE],
        },
        {
          label: t('bodies.alsoKnownAs'),
          headword: science.alsoKnownAs![headword],
          translation: science.alsoKnownAs![TRANSLATION_LOCALE],
        },
      ]);
      const organization = model.bodies.find((b) => b.id === 'organization-department')!;
      expect(body('organization-department').facts.map((f) => f.label)).toEqual([
        t('bodies.fullName'),
        t('bodies.houses'),
      ]);
      expect(body('organization-department').filterText).toContain(organization.houses!.zh);
      // A full name that is the name itself (市金融办) is not repeated.
      expect(body('financial-affairs-office').facts).toEqual([]);
      for (const group of glossaryPageData(model, entries, locale, t).groups.slice(1))
        for (const e of group.entries) expect(e.facts, e.id).toEqual([]);
    }
  });

  it('numbers measures and implementation items in Chinese numerals on the Chinese pages', () => {
    const links = glossaryPageData(model, entries, 'zh', useTranslations('zh')).groups.flatMap(
      (g) => g.entries.flatMap((e) => e.provisionLinks),
    );
    expect(links.find((l) => l.id === 'measure-5')?.short).toBe(`措施（${chineseNumeral(5)}）`);
    expect(links.find((l) => l.id === 'implementation-3')?.short).toBe(
      `实施（${chineseNumeral(3)}）`,
    );
    expect(links.find((l) => l.id === 'task-7')?.short).toBe('任务7');
  });
});
