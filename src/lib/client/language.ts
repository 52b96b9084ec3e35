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

/** The root page's step (PageScript.astro): on to the link of the reader's edition, if it is there. */
export function goToPreferredEdition(): void {
  const locale = preferredLanguage(
    rememberedLanguage(),
    navigator.languages ?? [navigator.language],
  );
  const target = document.querySelector<HTMLAnchorElement>(`a[data-choose="${locale}"]`);
  if (target) location.replace(target.href);
}
