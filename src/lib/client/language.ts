/** The reader's language choice, remembered in the browser for the root page (/). */
import { editionForBrowser, isLocale, type Locale } from '../editions.ts';

const KEY = 'lang';

export function rememberLanguage(locale: string): void {
  try {
    if (isLocale(locale)) localStorage.setItem(KEY, locale);
  } catch {
    /* storage may be disabled: the choice is then not remembered */
  }
}

export function rememberedLanguage(): Locale | undefined {
  try {
    const value = localStorage.getItem(KEY) ?? undefined;
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The reader's edition: the remembered choice, else the first browser language an edition
 * claims, else the fallback edition (English: a German or Japanese reader reads it more
 * likely than Chinese).
 */
export function preferredLanguage(remembered: Locale | undefined, browser: readonly string[]): Locale {
  return remembered ?? (editionForBrowser(browser) as Locale);
}
