/**
 * The Chinese the site writes itself, in the Simplified and the Traditional edition: the UI
 * strings (the Traditional ones after conversion), the translator's notes, the targets' labels and
 * the glossary's kinds and names that are the site's own. Its punctuation is full width next to
 * Chinese characters (，；：（）; review of 2026-12-04, T-5).
 *
 * The plan's own text is not checked here for the Simplified edition: it is the source's, word for
 * word and mark for mark (a name is the plan's when the source writes it). The Traditional
 * edition's whole text, the plan's included, is checked in tests/unit/traditional.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DERIVED_LOCALES, SOURCE_LOCALE, type Locale } from '../../src/lib/editions.ts';
import { resources } from '../../src/lib/i18n.ts';
import { latinMarksByChinese, withChineseValues } from '../support/chinese-typography.ts';
import { loadModel, readSource } from '../support/load-content.ts';

const model = loadModel();
const source = readSource().replace(/\s+/g, '');
const HAN_EDITIONS: Locale[] = [SOURCE_LOCALE, ...DERIVED_LOCALES];

/** Every string of a resource tree, with its key. */
function strings(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : strings(v as object, `${prefix}${k}.`),
  );
}

/** The strings (labelled) whose Latin marks stand next to Chinese characters, with those marks. */
function offending(labelled: [string, string][]): string[] {
  return labelled.flatMap(([label, text]) =>
    latinMarksByChinese(text).map((h) => `${label}: «${h.mark}» in «${h.context}»`),
  );
}

describe("the site's own Chinese writes full-width punctuation next to Chinese characters", () => {
  for (const locale of HAN_EDITIONS) {
    const derived = locale !== SOURCE_LOCALE;

    it(`${locale}: UI strings (a {{value}} counted as Chinese)`, () => {
      const ui = strings(resources[locale]).map(
        ([k, v]) => [k, withChineseValues(v)] as [string, string],
      );
      expect(ui.length).toBeGreaterThan(200);
      expect(offending(ui)).toEqual([]);
    });

    it(`${locale}: translator's notes and the targets' labels`, () => {
      expect(
        offending([
          ...model.notes.map((n): [string, string] => [`note ${n.id}`, n[locale]]),
          ...model.targets.map((x): [string, string] => [`target ${x.id}`, x.label[locale]]),
        ]),
      ).toEqual([]);
    });

    it(`${locale}: the glossary's kinds, and its names where they are the site's own`, () => {
      // A name the source writes (各区、县(市)政府) is the plan's: the Simplified edition keeps it.
      const own = (zh: string) => derived || !source.includes(zh.replace(/\s+/g, ''));
      const names: [string, string][] = [
        ...model.bodies.flatMap((b): [string, string][] => [
          [`body ${b.id} kind`, b.kind[locale]],
          ...(own(b.name.zh) ? [[`body ${b.id} name`, b.name[locale]] as [string, string]] : []),
          ...(own(b.fullName.zh)
            ? [[`body ${b.id} fullName`, b.fullName[locale]] as [string, string]]
            : []),
        ]),
        ...[...model.places, ...model.topics]
          .filter((x) => own(x.name.zh))
          .map((x): [string, string] => [`${x.id} name`, x.name[locale]]),
        ...model.terms.filter((x) => own(x.zh)).map((x): [string, string] => [x.id, x[locale]]),
      ];
      expect(offending(names)).toEqual([]);
    });
  }

  it('the names the Simplified edition keeps as the source writes them are few and are the source’s', () => {
    // The exemption above is not a loophole: only names the source writes with a Latin mark.
    const kept = model.bodies
      .map((b) => b.name.zh)
      .filter((zh) => latinMarksByChinese(zh).length > 0);
    for (const zh of kept) expect(source).toContain(zh);
  });
});
