/** The targets ledger and page (src/lib/route-data/targets.ts): each target's row, its source and note, per edition. */
import { describe, expect, it } from 'vitest';
import { LOCALES, isTranslation } from '../../../src/lib/editions.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import { parseProvisionId } from '../../../src/lib/model/provision-id.ts';
import {
  amountAndYear,
  targetsLedger,
  targetsPageData,
} from '../../../src/lib/route-data/targets.ts';
import { paths } from '../../../src/lib/routes.ts';
import { loadModel } from '../../support/load-content.ts';

const model = loadModel();

describe('the targets ledger', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    it(`${locale}: a row per target in the file’s order, each with its amount, year, source and (in a translation) note`, () => {
      const ledger = targetsLedger(model, locale, t);
      expect(ledger.rows.map((r) => r.id)).toEqual(model.targets.map((x) => x.id));
      for (const [i, row] of ledger.rows.entries()) {
        const target = model.targets[i]!;
        expect(row.commitment).toBe(target.label[locale]);
        // A deadline's value is its year: under Year, and no amount (user audit, minor 15).
        if (target.unit === 'year') {
          expect(row.amount).toBe(t('targets.noAmount'));
          expect(row.year).toBe(String(target.value));
        } else expect(row.amount).toMatch(/\d/);
        if (target.year !== undefined) expect(row.year).toBe(String(target.year));
        else if (target.per === 'year') expect(row.year).toBe(t('targets.yearly'));
        else if (target.unit !== 'year') expect(row.year).toBe(t('targets.yearNotStated'));
        const provision = parseProvisionId(target.source);
        expect(row.source.path).toBe(
          provision ? paths.provision(locale, target.source) : paths.plan(locale, target.source),
        );
        const note = model.notes.find((n) => n.id === target.note);
        if (note && isTranslation(locale)) {
          expect(row.note?.id).toBe(note.id);
          expect(row.note?.label).toContain(String(note.number));
          expect(row.note?.path).toMatch(new RegExp(`^/${locale}/.+#`));
        } else expect(row.note).toBeUndefined();
      }
      for (const label of Object.values(ledger.labels))
        expect(label.endsWith(t('list.colon'))).toBe(true);
    });
  }

  it('links the notes of the English ledger, and the section as the source of targets set there', () => {
    const ledger = targetsLedger(model, 'en', useTranslations('en'));
    expect(ledger.rows.some((r) => r.note)).toBe(model.targets.some((x) => x.note));
    const fromSection = model.targets.find((x) => !parseProvisionId(x.source));
    if (fromSection)
      expect(ledger.rows.find((r) => r.id === fromSection.id)?.source.path).toBe(
        `/en/plan/#${fromSection.source}`,
      );
  });
});

describe('amountAndYear', () => {
  const t = useTranslations('en');
  it('puts a deadline’s year under Year, with no amount', () => {
    expect(amountAndYear({ value: 2020, unit: 'year' }, t)).toEqual({
      amount: t('targets.noAmount'),
      year: '2020',
    });
    // A stated year wins over the value; a deadline is never "not stated".
    expect(amountAndYear({ value: 2020, unit: 'year', year: 2021 }, t).year).toBe('2021');
    expect(amountAndYear({ value: 2020, unit: 'year' }, useTranslations('zh')).amount).toBe(
      '不定量',
    );
  });
  it('keeps an amount with its year, "every year" or "not stated"', () => {
    expect(amountAndYear({ value: 3e9, unit: 'yuan', year: 2020 }, t)).toEqual({
      amount: '3 billion yuan',
      year: '2020',
    });
    expect(amountAndYear({ value: 5, unit: 'none', per: 'year' }, t).year).toBe(
      t('targets.yearly'),
    );
    expect(amountAndYear({ value: 0, unit: 'none' }, t)).toEqual({
      amount: '0',
      year: t('targets.yearNotStated'),
    });
    // Hostile values still give strings, never "undefined" or "NaN".
    const odd = amountAndYear({ value: Number.NaN, unit: 'year' }, t);
    expect(odd.amount).toBe(t('targets.noAmount'));
    expect(odd.year).toBe(t('targets.yearNotStated'));
  });
});

describe('the targets page', () => {
  it('has its trail, the ledger and the heading of the section it quotes', () => {
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      const page = targetsPageData(model, locale, t);
      expect(page.path).toBe(`/${locale}/targets/`);
      expect(page.breadcrumbs).toEqual([
        { label: t('nav.home'), path: paths.home(locale) },
        { label: page.title },
      ]);
      expect(page.ledger.rows).toHaveLength(model.targets.length);
      expect(page.sectionHeading).toContain(
        model.sections.find((s) => s.anchor === 'targets')!.title[locale],
      );
    }
  });
});
