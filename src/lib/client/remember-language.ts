/**
 * The reader's language choice, written for the root page (/) to read (client/language.ts).
 * Every page's language switch loads this, so it carries no edition data: the root page checks
 * what it reads against the editions.
 */
export const LANGUAGE_KEY = 'lang';

export function rememberLanguage(locale: string): void {
  try {
    if (locale) localStorage.setItem(LANGUAGE_KEY, locale);
  } catch {
    /* storage may be disabled: the choice is then not remembered */
  }
}
