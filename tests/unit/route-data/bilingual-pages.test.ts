/** The two pages in every edition at once: the 404 (route-data/not-found.ts) and the root chooser (route-data/root.ts). */
import { describe, expect, it } from 'vitest';
import { LOCALES, edition } from '../../../src/lib/editions.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import { PROVISION_KINDS } from '../../../src/lib/model/schema.ts';
import {
  editionStatement,
  statementLine,
  statementWords,
} from '../../../src/lib/route-data/frame.ts';
import { notFoundData } from '../../../src/lib/route-data/not-found.ts';
import { plainText } from '../../../src/lib/route-data/rich-text.ts';
import { rootPageData } from '../../../src/lib/route-data/root.ts';
import { paths } from '../../../src/lib/routes.ts';
import { loadModel } from '../../support/load-content.ts';

const model = loadModel();

describe('the 404 page', () => {
  const page = notFoundData(model);

  it('has a block per edition, in the editions’ order, each in its language, the title joining theirs', () => {
    expect(page.blocks.map((b) => b.locale)).toEqual([...LOCALES]);
    expect(page.blocks.map((b) => b.lang)).toEqual(LOCALES.map((l) => edition(l).htmlLang));
    expect(page.title).toBe(LOCALES.map((l) => useTranslations(l)('notFound.title')).join(' · '));
    expect(new Set(page.blocks.map((b) => b.search.fieldId)).size).toBe(LOCALES.length);
  });

  it('says in each block what that edition is, as its pages do', () => {
    for (const block of page.blocks)
      expect(block.statement).toBe(
        statementLine(editionStatement(model, block.locale, useTranslations(block.locale))),
      );
  });

  it('links each edition’s home, and every provision of every kind by its number', () => {
    for (const block of page.blocks) {
      expect(block.home.path).toBe(paths.home(block.locale));
      expect(block.kinds.map((k) => k.kind)).toEqual([...PROVISION_KINDS]);
      for (const kind of block.kinds) {
        expect(kind.path).toBe(paths.kind(block.locale, kind.kind));
        const provisions = model.provisions.filter((p) => p.kind === kind.kind);
        expect(kind.provisions.map((p) => p.id)).toEqual(provisions.map((p) => p.id));
        for (const [i, p] of kind.provisions.entries()) {
          expect(p.number).toBe(provisions[i]!.number);
          expect(p.path).toBe(paths.provision(block.locale, p.id));
          expect(p.ariaLabel.endsWith(provisions[i]!.title[block.locale])).toBe(true);
        }
      }
    }
  });

  it('fits any number of editions', () => {
    expect(notFoundData(model, ['en']).title).toBe(useTranslations('en')('notFound.title'));
  });
});

describe('the root chooser', () => {
  const page = rootPageData();

  it('offers every edition’s home by its own name, in its own language', () => {
    expect(page.choices.map((c) => [c.locale, c.label, c.path, c.lang, c.hreflang])).toEqual(
      LOCALES.map((l) => [l, edition(l).name, `/${l}/`, edition(l).htmlLang, edition(l).hreflang]),
    );
    for (const c of page.choices) expect(c.name).toBe(useTranslations(c.locale)('site.name'));
  });

  it('says what each edition is, in its own words', () => {
    for (const c of page.choices)
      expect(c.statement).toBe(plainText(statementWords(c.locale, useTranslations(c.locale))));
    expect(new Set(page.choices.map((c) => c.statement)).size).toBe(LOCALES.length);
  });

  it('is the canonical root, with every home as an alternate and itself for other languages', () => {
    expect(page.path).toBe('/');
    expect(page.alternates).toEqual([
      ...LOCALES.map((l) => ({ hreflang: edition(l).hreflang, path: `/${l}/` })),
      { hreflang: 'x-default', path: '/' },
    ]);
    expect(page.title).toBe(page.choices.map((c) => c.name).join(' · '));
    expect(page.description).toBe(page.choices.map((c) => c.prompt).join(' · '));
  });
});
