/** The root page's (/) choice of edition: the remembered choice (client/remember-language.ts), else the browser's languages. */
import { editionForBrowser, isLocale, type Locale } from '../editions.ts';
import { LANGUAGE_KEY } from './remember-language.ts';

export function rememberedLanguage(): Locale | undefined {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY) ?? undefined;
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
export function preferredLanguage(
  remembered: Locale | undefined,
  browser: readonly string[],
): Locale {
  return remembered ?? (editionForBrowser(browser) as Locale);
}
