/**
 * The About page (src/lib/route-data/about.ts): the complete statement, the five parts, each
 * from the content it describes (the source copy, the reviews, the overrides, the changes, the licences and the
 * report address), in every edition.
 */
import { describe, expect, it } from 'vitest';
import {
  DERIVED_LOCALES,
  LOCALES,
  isTranslation,
  type DerivedLocale,
} from '../../../src/lib/editions.ts';
import { formatDate, useTranslations } from '../../../src/lib/i18n.ts';
import { sourceCopy, SOURCE_PATH } from '../../../src/lib/model/source.ts';
import {
  ABOUT_SECTIONS,
  aboutPageData,
  reportAddressText,
  type AboutPageData,
  type AboutSources,
} from '../../../src/lib/route-data/about.ts';
import { fullStatement } from '../../../src/lib/route-data/frame.ts';
import { plainText } from '../../../src/lib/route-data/rich-text.ts';
import { LICENCES } from '../../../src/lib/site.ts';
import {
  loadChangelog,
  loadDerive,
  loadModel,
  loadOverrides,
  readSource,
} from '../../support/load-content.ts';

const model = loadModel();
const derive = loadDerive();
const changelog = loadChangelog();
const sources: AboutSources = {
  changelog,
  overrides: loadOverrides(),
  source: sourceCopy(readSource()),
};
const page = (locale: (typeof LOCALES)[number], extra: Partial<AboutSources> = {}) =>
  aboutPageData(model, locale, useTranslations(locale), { ...sources, ...extra });
const sectionsOf = (data: AboutPageData) => ABOUT_SECTIONS.map((id) => data[id]);

describe('the About page', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    it(`${locale}: the complete statement, then the five parts in order, each with its heading and anchor`, () => {
      const data = page(locale);
      expect(data.path).toBe(`/${locale}/about/`);
      expect(data.title).toBe(t('about.title'));
      expect(data.breadcrumbs.at(-1)).toEqual({ label: data.title });
      expect(data.statement).toEqual(fullStatement(model, locale, t, LOCALES));
      expect(sectionsOf(data).map((s) => [s.id, s.heading])).toEqual(
        ABOUT_SECTIONS.map((id) => [id, t(`about.sections.${id}`)]),
      );
      expect(ABOUT_SECTIONS).toEqual(['source', 'translation', 'conversion', 'changes', 'licence']);
    });
  }

  it('source: the copy in seeds/, the page it names, the check in every build; no official copy linked', () => {
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      const { paragraphs } = page(locale).source;
      expect(paragraphs[0]).toContain(SOURCE_PATH);
      expect(paragraphs).toContain(t('about.source.check'));
      expect(paragraphs.at(-1)).toBe(t('about.source.official'));
    }
    // Read from the copy, not written by hand.
    const line = readSource()
      .split('\n')
      .find((l) => l.startsWith('本文链接'));
    const address = sources.source.address;
    expect(address).toBeDefined();
    expect(line).toContain(address);
    expect(page('en').source.paragraphs).toContain(
      useTranslations('en')('about.source.page', { address: address! }),
    );
    expect(sourceCopy('正文\n本文链接:https://www.example.org/a.html\n', 'seeds/x.txt')).toEqual({
      file: 'seeds/x.txt',
      address: 'www.example.org/a.html',
    });
    expect(sourceCopy('正文\n').address).toBeUndefined();
    expect(page('zh', { source: sourceCopy('正文\n') }).source.paragraphs).toHaveLength(3);
  });

  it('translation: the independent reviews of content/changelog.yaml, oldest first, with their findings, grades and outcome', () => {
    const reviews = changelog.reviews.filter((r) => r.editions.some(isTranslation));
    expect(reviews.length).toBeGreaterThanOrEqual(2);
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      const { translation } = page(locale);
      expect(translation.reviews.map((r) => r.date)).toEqual(reviews.map((r) => r.date).sort());
      for (const view of translation.reviews) {
        const review = reviews.find((r) => r.id === view.id)!;
        const { critical, major, minor, style } = review.findings;
        expect(view.dateText).toBe(formatDate(review.date, locale));
        expect(view.text).toContain(review.grade);
        expect(view.text).toContain(review.outcome[locale]);
        expect(view.text).toContain(
          t('about.translation.findings', {
            count: critical + major + minor + style,
            critical,
            major,
            minor,
            style,
          }),
        );
      }
      expect(translation.paragraphs[0]).toContain(String(model.notes.length));
    }
  });

  it('conversion: every override of content/conversion.yaml with its reason, as the conversion applies it', () => {
    for (const locale of LOCALES) {
      for (const view of page(locale).conversion.editions) {
        const overrides = sources.overrides[view.locale] ?? [];
        expect(view.rows).toEqual(overrides.map((o) => ({ from: o.from, to: o.to, why: o.why })));
        expect(view.overridesIntro).toContain(String(overrides.length));
        expect(view.langs).toMatchObject({ from: 'zh-CN', to: 'zh-Hant' });
        // The table tells the truth: the edition writes `to` for `from`.
        for (const row of view.rows) expect(derive(view.locale, row.from)).toBe(row.to);
      }
      expect(page(locale).conversion.editions.map((v) => v.locale)).toEqual(DERIVED_LOCALES);
    }
    expect(page('en').conversion.editions[0]!.langs.why).toBeUndefined();
    expect(page('zh').conversion.editions[0]!.langs.why).toBe('en');
  });

  it('changes: every change once, newest first, labelled with its edition and its review; a translation’s revision date has its entry', () => {
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      const { entries } = page(locale).changes;
      expect(entries.flatMap((e) => e.items)).toHaveLength(changelog.changes.length);
      const dates = entries.map((e) => e.date);
      expect(dates).toEqual([...new Set(dates)].sort().reverse());
      for (const entry of entries) {
        expect(entry.dateText).toBe(formatDate(entry.date, locale));
        for (const item of entry.items) {
          const change = changelog.changes.find(
            (c) => c.date === entry.date && c.edition === item.edition,
          )!;
          expect(item.text).toBe(change.text[locale]);
          expect(item.label).toBe(
            t(
              `about.editionNames.${isTranslation(item.edition) ? 'translation' : DERIVED_LOCALES.includes(item.edition as DerivedLocale) ? 'derived' : 'source'}`,
            ),
          );
          expect(item.review === undefined).toBe(change.review === undefined);
        }
      }
      for (const translation of LOCALES.filter(isTranslation)) {
        const revised = model.document.translations?.[translation]?.revised;
        expect(
          entries.find((e) => e.date === revised)?.items.some((i) => i.edition === translation),
          `${locale}: the ${translation} revision of ${revised}`,
        ).toBe(true);
        expect(entries.find((e) => e.items.some((i) => i.edition === translation))?.date).toBe(
          revised,
        );
      }
    }
  });

  it('licence: the plan a public document, the site’s work under CC BY 4.0, the code under MIT', () => {
    for (const locale of LOCALES) {
      const { paragraphs } = page(locale).licence;
      const links = paragraphs.flat().filter((p) => typeof p !== 'string');
      expect(plainText(paragraphs[0]!)).toContain(model.document.issuer[locale]);
      expect(links.map((l) => l.href)).toEqual([LICENCES.content.url, LICENCES.code.url]);
      expect(links[0]!.rel).toBe('license');
    }
  });

  it('report: the configured address as a link, or, with none, a sentence that says so and no link', () => {
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      const none = page(locale).licence.report;
      expect(none).toMatchObject({
        id: 'report',
        heading: t('about.licence.report'),
        configured: false,
      });
      expect(none.text).toEqual([t('about.licence.reportNone')]);
      for (const [report, text] of [
        ['mailto:errors@example.org', 'errors@example.org'],
        ['https://github.com/example/plan/issues', 'github.com/example/plan/issues'],
      ] as const) {
        const given = page(locale, { report }).licence.report;
        expect(given.configured).toBe(true);
        expect(given.text.filter((p) => typeof p !== 'string')).toEqual([{ text, href: report }]);
        expect(reportAddressText(report)).toBe(text);
      }
    }
  });

  it('zh-hant: the same page, in Traditional characters but for the Simplified the overrides replace', () => {
    for (const locale of DERIVED_LOCALES) {
      const data = page(locale);
      const { editions } = data.conversion;
      const shown = JSON.stringify({
        ...data,
        conversion: { ...data.conversion, editions: editions.map((e) => ({ ...e, rows: [] })) },
      });
      const runs = shown.match(/\p{Script=Han}+/gu) ?? [];
      expect(runs.length).toBeGreaterThan(100);
      expect([...new Set(runs.filter((run) => derive(locale, run) !== run))]).toEqual([]);
    }
  });
});
