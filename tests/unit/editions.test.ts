/** The editions module: what an edition is, and that a new edition needs only its entry (shown with a fourth, hypothetical one). */
import { describe, expect, it } from 'vitest';
import {
  alternates,
  checkEditions,
  EDITIONS,
  edition,
  editionForBrowser,
  formatDate,
  isHanScript,
  LOCALES,
  otherLocales,
  pathInEdition,
  SOURCE_LOCALE,
  switchTargets,
  type Edition,
} from '../../src/lib/editions.ts';
import { resources } from '../../src/lib/i18n.ts';

const french: Edition = {
  id: 'fr',
  htmlLang: 'fr',
  hreflang: 'fr',
  ogLocale: 'fr_FR',
  dir: 'ltr',
  script: 'latin',
  dateLocale: 'fr-FR',
  name: 'Français',
  browserLanguages: ['fr'],
  translation: true,
  font: 'sc',
  dataKey: 'fr',
};
const four = [...EDITIONS, french];

describe('the editions', () => {
  it('are declared once, the source first, each with its UI strings', () => {
    expect(LOCALES).toEqual(EDITIONS.map((e) => e.id));
    expect(SOURCE_LOCALE).toBe(LOCALES[0]);
    for (const locale of LOCALES) expect(Object.keys(resources[locale]).length).toBeGreaterThan(0);
    expect(new Set(EDITIONS.map((e) => e.htmlLang)).size).toBe(EDITIONS.length);
  });

  it('say how their text is written and how their dates read', () => {
    expect(LOCALES.filter(isHanScript)).toEqual(
      EDITIONS.filter((e) => e.script === 'han').map((e) => e.id),
    );
    for (const locale of LOCALES) expect(formatDate('2018-12-06', locale)).toMatch(/2018/);
    expect(formatDate('2018-12-06', LOCALES[0]!)).toBe(
      new Intl.DateTimeFormat(edition(LOCALES[0]!).dateLocale, {
        dateStyle: 'long',
        timeZone: 'UTC',
      }).format(Date.UTC(2018, 11, 6)),
    );
  });

  it('choose an edition for a browser: a claimed language or its subtags, else the fallback', () => {
    expect(editionForBrowser(['zh-CN'])).toBe(SOURCE_LOCALE);
    // The longest claim wins: Traditional Chinese browsers get the Traditional edition.
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-TW', 'zh-MO'])
      expect(editionForBrowser([tag]), tag).toBe('zh-hant');
    expect(editionForBrowser(['zh-Hans-HK'])).toBe(SOURCE_LOCALE);
    expect(editionForBrowser(['ja', 'de'])).toBe(editionForBrowser([]));
    expect(editionForBrowser(['zhx'])).not.toBe(SOURCE_LOCALE);
  });
});

describe('the list of editions', () => {
  it('refuses a generated edition made from no written one, and a second source', () => {
    const generated: Edition = (EDITIONS as readonly Edition[]).find((e) => e.derivedFrom)!;
    expect(() =>
      checkEditions([
        ...EDITIONS,
        { ...generated, id: 'zh-x', derivedFrom: { ...generated.derivedFrom!, edition: 'zh-cn' } },
      ]),
    ).toThrow(
      /src\/lib\/editions\.ts: zh-x\.derivedFrom\.edition: "zh-cn" is not a written edition/,
    );
    expect(() => checkEditions([...EDITIONS, { ...french, translation: false }])).toThrow(
      /exactly one edition is the source/,
    );
    expect(() => checkEditions([...EDITIONS, EDITIONS[0]])).toThrow(/is declared twice/);
  });
});

describe('a fourth edition is its entry and nothing else', () => {
  it('gets routes, hreflang alternates and language-switch targets from the same functions', () => {
    expect(pathInEdition('/zh/tasks/7/', 'fr', four)).toBe('/fr/tasks/7/');
    expect(pathInEdition('/fr/measures/1/', 'zh', four)).toBe('/zh/measures/1/');
    expect(pathInEdition('/nowhere/', 'fr', four)).toBe('/fr/');
    const all = alternates('/en/departments/big-data-bureau/', four);
    expect(all.map((a) => [a.hreflang, a.path])).toEqual([
      ...EDITIONS.map((e) => [e.hreflang, `/${e.id}/departments/big-data-bureau/`]),
      ['fr', '/fr/departments/big-data-bureau/'],
    ]);
    expect(switchTargets('/fr/plan/', 'fr', four).map((a) => a.path)).toEqual(
      EDITIONS.map((e) => `/${e.id}/plan/`),
    );
    expect(switchTargets('/zh/plan/', 'zh', four).map((a) => a.id)).toEqual([
      ...otherLocales('zh'),
      'fr',
    ]);
  });
});
