/** What the search island needs to know, handed over as JSON data (never code) from the page. */
import type { FoldTable } from './search-state.ts';
import type { Locale } from './schema.ts';

export interface SearchConfig {
  locale: Locale;
  otherLocale: Locale;
  /** Base path of the site, e.g. / or /shenyang-ai-plan/ */
  base: string;
  /** URL of each language's Pagefind bundle directory. */
  bundles: Record<Locale, string>;
  /** The search page of the other language (path with base). */
  otherSearchPage: string;
  fold: FoldTable;
  /** Filter value → label in the page's language. */
  labels: Record<string, Record<string, string>>;
  strings: Record<string, string>;
  /** Plural forms, already chosen per count by the page: count → text is done client-side with these templates. */
  plurals: Record<'results' | 'otherLanguage', { one: string; other: string }>;
}

/** Fills {{name}} placeholders of a UI string template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => String(values[key] ?? ''));
}
