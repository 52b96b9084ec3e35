/**
 * UI strings through i18next. The strings are data (src/i18n/{zh,en}.json, one file per
 * locale); the keys are typed from the Chinese file, and a unit test checks that both files
 * have the same keys.
 */
import i18next, { type TOptions } from 'i18next';
import en from '../i18n/en.json' with { type: 'json' };
import zh from '../i18n/zh.json' with { type: 'json' };
import { EDITIONS, SOURCE_LOCALE, edition, otherLocales, type Locale } from './editions.ts';

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type StripPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? StripPlural<`${Prefix}${K}`> : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every UI string key, e.g. `nav.plan`. */
export type UiKey = Leaves<typeof zh>;
export type Translate = (key: UiKey, options?: TOptions) => string;

/** The UI strings of every edition (a unit test checks every edition has one file, with the same keys). */
export const resources: Record<Locale, typeof zh> = { zh, en };

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(EDITIONS.map((e) => [e.id, { translation: resources[e.id] }])),
  lng: SOURCE_LOCALE,
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  // Astro escapes text on output; escaping here too would double-escape.
  interpolation: { escapeValue: false },
  missingKeyHandler: (_lngs, _ns, key) => {
    throw new Error(`Missing UI string "${key}"`);
  },
  saveMissing: true,
});

/** The translate function of a locale. */
export function useTranslations(locale: Locale): Translate {
  const t = instance.getFixedT(locale);
  return (key, options) => String(t(key, options));
}

/** The first other edition: the target of the language switch and of "search the other language". */
export function otherLocale(locale: Locale): Locale {
  return otherLocales(locale)[0]!;
}

/** The value of `<html lang>` of each edition (from the editions module). */
export const HTML_LANG = Object.fromEntries(EDITIONS.map((e) => [e.id, e.htmlLang])) as Record<Locale, string>;
/** The hreflang value of each edition's alternate link. */
export const HREFLANG = Object.fromEntries(EDITIONS.map((e) => [e.id, e.hreflang])) as Record<Locale, string>;

export { edition };

export { formatBytes, formatDate } from './editions.ts';

/** An ordinal number in the edition's words: 1st, 2nd, 3rd (English), 1 (Chinese, which writes 第…位 around it). */
export function ordinal(n: number, locale: Locale, t: Translate): string {
  const category = new Intl.PluralRules(edition(locale).dateLocale, { type: 'ordinal' }).select(n);
  return t(`ordinal.${category}`, { n });
}

/** The raw one/other templates of a plural UI string (for client code that counts at run time). */
export function pluralTemplates(locale: Locale, key: UiKey): { one: string; other: string } {
  const [section, name] = key.split('.') as [string, string];
  const strings = (resources[locale] as unknown as Record<string, Record<string, string>>)[section] ?? {};
  const other = strings[`${name}_other`] ?? strings[name] ?? key;
  return { one: strings[`${name}_one`] ?? other, other };
}
