/**
 * UI strings through i18next. The strings are data (src/i18n/{zh,en}.json, one file per
 * locale); the keys are typed from the Chinese file, and a unit test checks that both files
 * have the same keys.
 */
import i18next, { type TOptions } from 'i18next';
import en from '../i18n/en.json' with { type: 'json' };
import zh from '../i18n/zh.json' with { type: 'json' };
import type { Locale } from './schema.ts';

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type StripPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? StripPlural<`${Prefix}${K}`> : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every UI string key, e.g. `nav.plan`. */
export type UiKey = Leaves<typeof zh>;
export type Translate = (key: UiKey, options?: TOptions) => string;

export const resources = { zh, en } as const;

const instance = i18next.createInstance();
void instance.init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: 'zh',
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

/** The other locale: the language switch's target. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}

/** The value of `<html lang>` (exactly these: the search index depends on them). */
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };
/** The hreflang value of each locale's alternate link. */
export const HREFLANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** Dates in each language's usual form: 2018年12月6日 / 6 December 2018. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (locale === 'zh') return `${y}年${m}月${d}日`;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1]} ${y}`;
}

/** The raw one/other templates of a plural UI string (for client code that counts at run time). */
export function pluralTemplates(locale: Locale, key: UiKey): { one: string; other: string } {
  const [section, name] = key.split('.') as [string, string];
  const strings = (resources[locale] as unknown as Record<string, Record<string, string>>)[section] ?? {};
  const other = strings[`${name}_other`] ?? strings[name] ?? key;
  return { one: strings[`${name}_one`] ?? other, other };
}
