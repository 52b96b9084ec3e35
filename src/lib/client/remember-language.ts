/**
 * The reader's language choice, written by every language link (the header's, and the root
 * page's choices) for the root page (/) to read (client/language.ts).
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

/**
 * The language links of every page's header (components/LanguageSwitch.astro): a click remembers
 * the choice and keeps the current query (a search and its filters) and #anchor.
 */
export function enableLanguageLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    link.addEventListener('click', () => {
      rememberLanguage(link.dataset['langSwitch'] ?? '');
      const url = new URL(link.href);
      url.search = location.search;
      url.hash = location.hash;
      link.href = url.href;
    });
  }
}
