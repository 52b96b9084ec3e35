/**
 * The editions of the site, declared once. Every other module asks this one what an edition
 * is (its tags, its script, its date style, which browsers prefer it) instead of testing a
 * locale's name; adding an edition is an entry here, its UI strings (src/i18n/<id>.json) and
 * its text. Pure data and functions: safe at build time, in tests and in the browser.
 */

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
    name: '中文',
    browserLanguages: ['zh'],
    translation: false,
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
  },
] as const satisfies readonly Edition[];

export type Locale = (typeof EDITIONS)[number]['id'];

export const LOCALES: readonly Locale[] = EDITIONS.map((e) => e.id);

/** The edition of the original document: its text is the source, and x-default points to it. */
export const SOURCE_LOCALE: Locale = EDITIONS[0].id;
/** The translation shown beside the source in the side-by-side view. */
export const TRANSLATION_LOCALE: Locale = EDITIONS[1].id;
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

/** A value for every edition: { zh: f('zh'), en: f('en'), … }. */
export function perEdition<T>(f: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, T>;
}

/** The other editions, in declaration order: the language switch's targets. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((l) => l !== locale);
}

/** Whether an edition is a translation of the source (see Edition.translation). */
export function isTranslation(locale: Locale): boolean {
  return edition(locale).translation;
}

/** Whether an edition's text is Chinese characters (searched and split by character runs). */
export function isHanScript(locale: Locale): boolean {
  return edition(locale).script === 'han';
}

/** The <html lang> of the source text: Chinese runs inside another edition's text carry it. */
export const SOURCE_LANG: string = edition(SOURCE_LOCALE).htmlLang;

/**
 * The edition a browser prefers: the first of its languages that an edition claims (a tag
 * matches a claimed tag or extends it: zh-TW → zh), else the fallback edition.
 */
export function editionForBrowser(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    const match = EDITIONS.find((e) => e.browserLanguages.some((b) => lower === b || lower.startsWith(`${b}-`)));
    if (match) return match.id;
  }
  return FALLBACK_LOCALE;
}

/** A date (YYYY-MM-DD) in the edition's usual long form: 2018年12月6日 / 6 December 2018. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(edition(locale).dateLocale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** A file size in the edition's number style, in KB (1 KB = 1,000 bytes) or MB: 165 KB, 1.2 MB. */
export function formatBytes(bytes: number, locale: Locale): string {
  const format = (n: number, unit: string) => `${new Intl.NumberFormat(edition(locale).dateLocale, { maximumFractionDigits: 1 }).format(n)} ${unit}`;
  return bytes >= 1_000_000 ? format(bytes / 1_000_000, 'MB') : format(Math.max(1, Math.round(bytes / 1000)), 'KB');
}

/** The same page in another edition: `/zh/tasks/7/` → `/en/tasks/7/`; a path outside every edition → that edition's home. */
export function pathInEdition(path: string, to: string, editions: readonly Edition[] = EDITIONS): string {
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
  return editions.map((e) => ({ id: e.id, hreflang: e.hreflang, htmlLang: e.htmlLang, name: e.name, path: pathInEdition(path, e.id, editions) }));
}

export function switchTargets(path: string, current: string, editions: readonly Edition[] = EDITIONS): Alternate[] {
  return alternates(path, editions).filter((a) => a.id !== current);
}
