/**
 * The editions of the site, declared once. Every other module asks this one what an edition
 * is (its tags, its script, its date style, which browsers prefer it) instead of testing a
 * locale's name; adding an edition is an entry here, its UI strings (src/i18n/<id>.json) and
 * its text. Pure data and functions: safe at build time, in tests and in the browser.
 */

/** The embedded fonts (preview cards, PDF) by the Chinese characters they draw: Simplified or Traditional glyph forms (node/fonts.ts). */
export type FontKey = 'sc' | 'tc';

export interface Edition {
  /** the URL prefix (/zh/…) and the key of the edition's text and UI strings */
  readonly id: string;
  /** <html lang>: also what the search index and screen readers go by */
  readonly htmlLang: string;
  /** the hreflang of its alternate links */
  readonly hreflang: string;
  /** Open Graph's og:locale */
  readonly ogLocale: string;
  readonly dir: 'ltr' | 'rtl';
  /**
   * How the edition's text is written. 'han': Chinese characters, no spaces between words,
   * sentences end at 。;!?, searched by character runs; 'latin': words between spaces,
   * searched by stemmed words.
   */
  readonly script: 'han' | 'latin';
  /** the BCP 47 tag dates are formatted in (6 December 2018, 2018年12月6日) */
  readonly dateLocale: string;
  /** the edition's name in its own language, for the language switch and the root chooser */
  readonly name: string;
  /** browser language tags (lower case) that choose this edition at the root; a prefix matches its subtags */
  readonly browserLanguages: readonly string[];
  /**
   * Whether the edition is a translation (its text is not the source's language): translations
   * carry the translator's notes, the unofficial-translation statement, and can show the source
   * sentence under each of theirs.
   */
  readonly translation: boolean;
  /**
   * A generated edition: its text, names and UI strings are made at build time from another
   * edition's by an OpenCC conversion (opencc-js `from` → `to`), then the reviewed overrides of
   * content/conversion.yaml. Written editions have none: their text is in content/.
   */
  readonly derivedFrom?: {
    readonly edition: string;
    readonly opencc: { readonly from: string; readonly to: string };
    /** Punctuation the edition writes otherwise, one character for one (“引号” → 「引號」). */
    readonly punctuation?: Readonly<Record<string, string>>;
    /**
     * Latin marks the edition writes full width where they stand by Chinese text, one character
     * for one (, → ，): a mark whose nearest neighbour on either side (across white space) is a
     * Chinese character or mark; a pair of parentheses, both halves, when either neighbour or
     * anything between them is (沈阳市…计划(2018-2020年) → …計劃（2018-2020年）). Between Latin
     * letters and digits a mark is kept (5G, 10:30, a URL, (2018–2020) in Latin text).
     * convert/derive.ts applies it (`widen`).
     */
    readonly fullWidth?: Readonly<Record<string, string>>;
  };
  /** The key of its values in the open data (plan.json, glossary.json: "zh", "en", "zh-Hant"; SPEC.md) */
  readonly dataKey: string;
  /** The font its text is set in where the site embeds one (preview cards, PDF). */
  readonly font: FontKey;
}

export const EDITIONS = [
  {
    id: 'zh',
    htmlLang: 'zh-CN',
    hreflang: 'zh-CN',
    ogLocale: 'zh_CN',
    dir: 'ltr',
    script: 'han',
    dateLocale: 'zh-CN',
    name: '简体中文',
    browserLanguages: ['zh', 'zh-hans'],
    translation: false,
    font: 'sc',
    dataKey: 'zh',
  },
  {
    id: 'zh-hant',
    htmlLang: 'zh-Hant',
    hreflang: 'zh-Hant',
    ogLocale: 'zh_TW',
    dir: 'ltr',
    script: 'han',
    dateLocale: 'zh-Hant',
    name: '繁體中文',
    browserLanguages: ['zh-hant', 'zh-tw', 'zh-hk', 'zh-mo'],
    translation: false,
    // Taiwan's standard characters, no change of wording: the plan's own words (信息, 软件→軟件)
    // are kept, as a faithful rendering of an official text must.
    // Quotation marks as Taiwan and Hong Kong write them: 「」 and, inside them, 『』; and the
    // source's Latin , ; : ( ) ? ! full width by Chinese text, as Taiwan and Hong Kong set them.
    derivedFrom: {
      edition: 'zh',
      opencc: { from: 'cn', to: 'tw' },
      punctuation: { '“': '「', '”': '」', '‘': '『', '’': '』' },
      fullWidth: {
        ',': '\uff0c',
        ';': '\uff1b',
        ':': '\uff1a',
        '(': '\uff08',
        ')': '\uff09',
        '?': '\uff1f',
        '!': '\uff01',
      },
    },
    font: 'tc',
    dataKey: 'zh-Hant',
  },
  {
    id: 'en',
    htmlLang: 'en',
    hreflang: 'en',
    ogLocale: 'en_US',
    dir: 'ltr',
    script: 'latin',
    dateLocale: 'en-GB',
    name: 'English',
    browserLanguages: ['en'],
    translation: true,
    font: 'sc',
    dataKey: 'en',
  },
] as const satisfies readonly Edition[];

/** The list's own rules, checked when the module loads: unique ids, a generated edition made from a written one. */
export function checkEditions(editions: readonly Edition[]): void {
  const ids = new Set<string>();
  for (const e of editions) {
    if (ids.has(e.id)) throw new Error(`src/lib/editions.ts: ${e.id}.id: is declared twice`);
    ids.add(e.id);
    const from = e.derivedFrom?.edition;
    if (from !== undefined && !editions.some((w) => w.id === from && !w.derivedFrom)) {
      throw new Error(
        `src/lib/editions.ts: ${e.id}.derivedFrom.edition: "${from}" is not a written edition (${editions
          .filter((w) => !w.derivedFrom)
          .map((w) => w.id)
          .join(', ')})`,
      );
    }
  }
  if (editions.filter((e) => !e.translation && !e.derivedFrom).length !== 1)
    throw new Error(
      'src/lib/editions.ts: exactly one edition is the source (neither a translation nor generated)',
    );
}
checkEditions(EDITIONS);

export type Locale = (typeof EDITIONS)[number]['id'];
/** The editions generated from another at build time (see Edition.derivedFrom). */
export type DerivedLocale = Extract<(typeof EDITIONS)[number], { derivedFrom: object }>['id'];
/** The editions whose text is written in content/: the keys of every name and text there. */
export type WrittenLocale = Exclude<Locale, DerivedLocale>;

export const LOCALES: readonly Locale[] = EDITIONS.map((e) => e.id);
export const WRITTEN_LOCALES = EDITIONS.filter((e: Edition) => !e.derivedFrom).map(
  (e) => e.id,
) as readonly WrittenLocale[];
export const DERIVED_LOCALES = EDITIONS.filter((e: Edition) => e.derivedFrom).map(
  (e) => e.id,
) as readonly DerivedLocale[];

/** The edition of the original document: its text is the source, and x-default points to it. */
export const SOURCE_LOCALE: WrittenLocale = EDITIONS.find(
  (e: Edition) => !e.translation && !e.derivedFrom,
)!.id as WrittenLocale;
/** The translation shown beside the source in the side-by-side view. */
export const TRANSLATION_LOCALE: WrittenLocale = EDITIONS.find((e: Edition) => e.translation)!
  .id as WrittenLocale;
/** Where a reader whose browser prefers none of the editions is sent: the translation into the lingua franca. */
export const FALLBACK_LOCALE: Locale = TRANSLATION_LOCALE;

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

export function edition(locale: Locale): Edition {
  const found = EDITIONS.find((e) => e.id === locale);
  if (!found) throw new Error(`Unknown edition "${locale}"`);
  return found;
}

/** A value for every edition: { [id]: f(id) } for each edition's id. */
export function perEdition<T>(f: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, T>;
}

/** A value for every edition keyed as the open data keys it: { zh: f('zh'), 'zh-Hant': f('zh-hant'), … }. */
export function perDataKey<T>(f: (locale: Locale) => T): Record<string, T> {
  return Object.fromEntries(EDITIONS.map((e) => [e.dataKey, f(e.id)]));
}

/** The other editions, in declaration order: the language switch's targets. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((l) => l !== locale);
}

/** Whether an edition is a translation of the source (see Edition.translation). */
export function isTranslation(locale: Locale): boolean {
  return edition(locale).translation;
}

/**
 * The edition a page of `locale` shows the source's own words in: its own (the source, or an
 * edition generated from it), else the source (a translation shows the original beside it).
 */
export function originalIn(locale: Locale): Locale {
  return isTranslation(locale) ? SOURCE_LOCALE : locale;
}

/** Whether an edition's text is Chinese characters (searched and split by character runs). */
export function isHanScript(locale: Locale): boolean {
  return edition(locale).script === 'han';
}

/** The <html lang> of the source text: Chinese runs inside another edition's text carry it. */
export const SOURCE_LANG: string = edition(SOURCE_LOCALE).htmlLang;

/** The edition a written edition's text is generated from, or itself. */
export function writtenEditionOf(locale: Locale): WrittenLocale {
  return (edition(locale).derivedFrom?.edition ?? locale) as WrittenLocale;
}

/**
 * The edition a browser prefers: the first of its languages that an edition claims (a tag
 * matches a claimed tag or extends it: zh-CN → zh; the longest claim wins: zh-TW → zh-tw, not
 * zh), else the fallback edition.
 */
export function editionForBrowser(
  languages: readonly string[],
  editions: readonly Edition[] = EDITIONS,
): string {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    let best: { id: string; length: number } | undefined;
    for (const e of editions) {
      for (const b of e.browserLanguages) {
        if ((lower === b || lower.startsWith(`${b}-`)) && b.length > (best?.length ?? 0))
          best = { id: e.id, length: b.length };
      }
    }
    if (best) return best.id;
  }
  return FALLBACK_LOCALE;
}

/** A date (YYYY-MM-DD) in the edition's usual long form: 2018年12月6日 / 6 December 2018. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(edition(locale).dateLocale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}

/** A file size in the edition's number style, in KB (1 KB = 1,000 bytes) or MB: 165 KB, 1.2 MB. */
export function formatBytes(bytes: number, locale: Locale): string {
  const format = (n: number, unit: string) =>
    `${new Intl.NumberFormat(edition(locale).dateLocale, { maximumFractionDigits: 1 }).format(n)} ${unit}`;
  return bytes >= 1_000_000
    ? format(bytes / 1_000_000, 'MB')
    : format(Math.max(1, Math.round(bytes / 1000)), 'KB');
}

/** The same page in another edition: `/zh/tasks/7/` → `/en/tasks/7/`; a path outside every edition → that edition's home. */
export function pathInEdition(
  path: string,
  to: string,
  editions: readonly Edition[] = EDITIONS,
): string {
  const [, first, ...rest] = path.split('/');
  if (!editions.some((e) => e.id === first)) return `/${to}/`;
  return `/${to}/${rest.join('/')}`;
}

export interface Alternate {
  id: string;
  hreflang: string;
  htmlLang: string;
  name: string;
  /** the page's path in that edition (without the base path) */
  path: string;
}

/** A page in every edition: its hreflang alternates (all of them) and the language switch's targets (the others). */
export function alternates(path: string, editions: readonly Edition[] = EDITIONS): Alternate[] {
  return editions.map((e) => ({
    id: e.id,
    hreflang: e.hreflang,
    htmlLang: e.htmlLang,
    name: e.name,
    path: pathInEdition(path, e.id, editions),
  }));
}

export function switchTargets(
  path: string,
  current: string,
  editions: readonly Edition[] = EDITIONS,
): Alternate[] {
  return alternates(path, editions).filter((a) => a.id !== current);
}
