/** Every page's frame (src/lib/route-data/frame.ts): the print header, and every edition's statement. */
import { describe, expect, it } from 'vitest';
import {
  DERIVED_LOCALES,
  LOCALES,
  edition,
  isTranslation,
  type DerivedLocale,
} from '../../../src/lib/editions.ts';
import { formatDate, useTranslations } from '../../../src/lib/i18n.ts';
import {
  editionKind,
  fullStatement,
  pageFrame,
  statementLine,
} from '../../../src/lib/route-data/frame.ts';
import { plainText } from '../../../src/lib/route-data/rich-text.ts';
import { loadDerive, loadModel } from '../../support/load-content.ts';

const model = loadModel();
const derive = loadDerive();

describe('the page frame', () => {
  it('prints the document on every page', () => {
    for (const locale of LOCALES) {
      expect(pageFrame(model, locale, useTranslations(locale)).printHeader).toEqual({
        issuer: model.document.issuer[locale],
        title: model.document.title[locale],
        doc: model.document,
      });
    }
  });

  it('has a statement in every edition: its kind’s words, its name linking to its About page', () => {
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      const { statement } = pageFrame(model, locale, t);
      const kind = editionKind(locale);
      expect(kind).toBe(
        isTranslation(locale) ? 'translation' : edition(locale).derivedFrom ? 'derived' : 'source',
      );
      expect(plainText(statement.text), locale).toBe(
        t(`statement.${kind}`, { name: t('statement.name') }),
      );
      const links = statement.text.filter((p) => typeof p !== 'string');
      expect(links, locale).toEqual([{ text: t('statement.name'), href: `/${locale}/about/` }]);
    }
    // The editions say different things: the source, the conversion, the translation.
    const lines = LOCALES.map((l) =>
      statementLine(pageFrame(model, l, useTranslations(l)).statement),
    );
    expect(new Set(lines).size).toBe(LOCALES.length);
  });

  it('says each edition’s statement in its own script: a generated edition’s has nothing left to convert', () => {
    for (const locale of DERIVED_LOCALES) {
      const line = statementLine(pageFrame(model, locale, useTranslations(locale)).statement);
      expect(derive(locale as DerivedLocale, line)).toBe(line);
      const from = edition(locale).derivedFrom!.edition as (typeof LOCALES)[number];
      expect(line).not.toBe(statementLine(pageFrame(model, from, useTranslations(from)).statement));
    }
  });

  it('gives a translation’s revision date, linking to the changelog; no other edition has one', () => {
    for (const locale of LOCALES) {
      const { statement } = pageFrame(model, locale, useTranslations(locale));
      const revised = model.document.translations?.[locale]?.revised;
      if (!isTranslation(locale)) {
        expect(statement.revised, locale).toBeUndefined();
        continue;
      }
      expect(revised, locale).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(statement.revised?.text).toContain(formatDate(revised!, locale));
      expect(statement.revised?.href).toBe(`/${locale}/about/#changes`);
      expect(statementLine(statement)).toBe(
        `${plainText(statement.text)} · ${statement.revised!.text}`,
      );
    }
    expect(LOCALES.some(isTranslation)).toBe(true);
  });

  it('has a complete statement: the site, then each edition asked for, in the edition’s words', () => {
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      const all = fullStatement(model, locale, t, LOCALES);
      expect(all[0]).toContain(model.document.title[locale]);
      expect(all[0]).toContain(model.document.issuer[locale]);
      expect(all.slice(1)).toEqual(
        (['source', 'derived', 'translation'] as const).map((k) => t(`about.editions.${k}`)),
      );
      expect(fullStatement(model, locale, t, [locale])).toEqual([
        all[0],
        t(`about.editions.${editionKind(locale)}`),
      ]);
    }
  });
});
