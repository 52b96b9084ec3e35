/** The reader's language choice, remembered in the browser for the root page (/). */
const KEY = 'lang';
const LOCALES = ['zh', 'en'] as const;
type Locale = (typeof LOCALES)[number];

export function rememberLanguage(locale: string): void {
  try {
    if ((LOCALES as readonly string[]).includes(locale)) localStorage.setItem(KEY, locale);
  } catch {
    /* storage may be disabled: the choice is then not remembered */
  }
}

export function rememberedLanguage(): Locale | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : undefined;
  } catch {
    return undefined;
  }
}

/** The reader's language: the remembered choice, else the browser's preference, else Chinese. */
export function preferredLanguage(remembered: Locale | undefined, browser: readonly string[]): Locale {
  if (remembered) return remembered;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return 'zh';
}
