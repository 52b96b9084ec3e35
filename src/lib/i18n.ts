/**
 * UI strings through i18next. The strings are data: src/i18n/<edition>.json for each written
 * edition, imported (so Vite watches them and `astro dev` shows an edit; no path is read from
 * the working directory); a generated edition's are made from its source edition's at build
 * time, like its text (convert/derive.ts, with the overrides of content/conversion.yaml), then
 * given the reviewed wording of its readers (content/ui-wording.yaml: 搜尋, 連結, 資料 …;
 * convert/ui-wording.ts), read by node/conversion.ts. The keys are typed from the source
 * edition's file, and a unit test checks that every file has the same keys.
 */
import i18next, { type TOptions } from 'i18next';
import {
  SOURCE_LOCALE,
  edition,
  otherLocales,
  perEdition,
  writtenEditionOf,
  type DerivedLocale,
  type Locale,
  type WrittenLocale,
} from './editions.ts';
import { derivedUiStrings } from './node/conversion.ts';
import type { ModelTranslate } from './model/translate.ts';
import zh from '../i18n/zh.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type StripPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? StripPlural<`${Prefix}${K}`>
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every UI string key, e.g. `nav.plan`. */
/** The shape of every edition's UI strings: the source edition's file. */
type Strings = typeof zh;
export type UiKey = Leaves<Strings>;
export type Translate = (key: UiKey, options?: TOptions) => string;

/** Each written edition's UI strings (build time and tests only: no page script imports this module). */
const WRITTEN: Record<WrittenLocale, Strings> = { zh, en };

/** The UI strings of every edition: a written edition's file, or its source's converted and reworded (a unit test checks the keys). */
export const resources: Record<Locale, Strings> = perEdition((locale) => {
  const from = edition(locale).derivedFrom;
  return from
    ? derivedUiStrings(WRITTEN[from.edition as WrittenLocale], locale as DerivedLocale)
    : WRITTEN[locale as WrittenLocale];
});

const instance = i18next.createInstance();
void instance.init({
  resources: perEdition((l) => ({ translation: resources[l] })),
  lng: SOURCE_LOCALE,
  fallbackLng: false,
  // Edition ids are lower case (zh-hant); each edition reads only its own strings, never a
  // fallback to the language alone (a zh-hant page never shows a Simplified string).
  lowerCaseLng: true,
  load: 'currentOnly',
  initAsync: false,
  returnNull: false,
  // Astro escapes text on output; escaping here too would double-escape.
  interpolation: { escapeValue: false },
  missingKeyHandler: (_lngs, _ns, key) => {
    throw new Error(`Missing UI string "${key}"`);
  },
  saveMissing: true,
});

/** The translate function of a locale; the model's labels take it too (model/translate.ts: the keys they use are UI strings). */
export function useTranslations(locale: Locale): Translate {
  const t = instance.getFixedT(locale);
  const translate: Translate = (key, options) => String(t(key, options));
  return translate satisfies ModelTranslate;
}

/** The other language (not another script of the same): the target of "search the other language" (zh, zh-hant → en; en → zh). */
export function otherLocale(locale: Locale): Locale {
  const own = writtenEditionOf(locale);
  return (
    otherLocales(locale).find((l) => writtenEditionOf(l) !== own && !edition(l).derivedFrom) ??
    otherLocales(locale)[0]!
  );
}

/** The value of `<html lang>` of each edition (from the editions module). */
export const HTML_LANG: Record<Locale, string> = perEdition((l) => edition(l).htmlLang);
/** The hreflang value of each edition's alternate link. */
export const HREFLANG: Record<Locale, string> = perEdition((l) => edition(l).hreflang);

export { edition };

export { formatBytes, formatDate } from './editions.ts';

/**
 * The edition's parentheses (list.parenthesis), for what is not a string: a link, a component.
 * （ and ） in Chinese, ( and ) after a no-break space in English.
 */
export function parentheses(t: Translate): [string, string] {
  const [open = '(', close = ')'] = t('list.parenthesis', { text: '\u0000' }).split('\u0000');
  return [open, close];
}

/** An ordinal number in the edition's words: 1st, 2nd, 3rd (English), 1 (Chinese, which writes 第…位 around it). */
export function ordinal(n: number, locale: Locale, t: Translate): string {
  const category = new Intl.PluralRules(edition(locale).dateLocale, { type: 'ordinal' }).select(n);
  return t(`ordinal.${category}`, { n });
}

/** The raw one/other templates of a plural UI string (for client code that counts at run time). */
export function pluralTemplates(locale: Locale, key: UiKey): { one: string; other: string } {
  const [section, name] = key.split('.') as [string, string];
  const strings =
    (resources[locale] as unknown as Record<string, Record<string, string>>)[section] ?? {};
  const other = strings[`${name}_other`] ?? strings[name] ?? key;
  return { one: strings[`${name}_one`] ?? other, other };
}
