/**
 * What the search island needs to know, handed over as JSON data (never code) from the page,
 * and the small helpers it fills strings with. Safe in the browser: no build-time imports.
 */
import type { Edition, Locale } from '../editions.ts';
import type { FoldTable } from './text.ts';

/** UI strings the island fills in; plural ones come as one/other templates. */
export const SEARCH_STRINGS = [
  'none',
  'readPlan',
  'error',
  'folded',
  'empty',
  'more',
  'partialNote',
  'partialLabel',
  'relatedLabel',
  'corrected',
  'searchInstead',
  'didYouMean',
  'answerPlaceIntro',
  'answerProvision',
  'answerParagraph',
  'kindBody',
  'kindPlace',
  'kindTopic',
  'kindTargets',
  'bodiesLine',
  'quoted',
  'notMentioned',
  'questionOnly',
  'closest',
  'elsewhere',
] as const;
export const SEARCH_PLURALS = [
  'results',
  'partialCount',
  'otherLanguage',
  'answerBody',
  'answerPlace',
  'answerTopic',
  'answerTargets',
] as const;

export type SearchString = (typeof SEARCH_STRINGS)[number];
export type SearchPlural = (typeof SEARCH_PLURALS)[number];

export interface SearchConfig {
  locale: Locale;
  script: Edition['script'];
  /** between items of a list (、 / , ) and between a label and its value (: / : ), from the UI strings */
  listSeparator: string;
  colon: string;
  /** the page's language tag, for the list separator */
  lang: string;
  /**
   * URLs with the base path: the search data, the full Traditional table, this edition's
   * Pagefind bundle of its other pages (search-pagefind.ts), the other language's search data
   */
  dataUrl: string;
  foldUrl: string;
  /** the folder of the English thesaurus's shards ({letter}.json), fetched only for a word the plan does not write */
  thesaurusUrl: string;
  /**
   * the readers' words (readers.ts) of this edition's language and of the other's, fetched only
   * by a search that finds no provision holding every word
   */
  readersUrl: string;
  otherReadersUrl: string;
  /** which Chinese characters sound alike (sounds.ts), fetched with the later stages by a Chinese search */
  soundsUrl: string;
  /** the common English words the correction leaves as typed (words.ts), fetched with the later stages by an English search */
  wordsUrl: string;
  pagefindUrl: string;
  otherDataUrl: string;
  /** the base path, for Pagefind's result URLs and for results' links */
  base: string;
  /**
   * The edition is written in the characters a Chinese query is searched in (Simplified): a query
   * typed in Traditional characters is converted, and the status says so. A Traditional edition
   * searches in Simplified too, but shows the query as typed: nothing to say.
   */
  saysFolded: boolean;
  /**
   * The edition is generated in Traditional characters (its search data's `chars`): its search
   * loads traditional.ts with the data, to give the reader's words back as typed.
   */
  traditional: boolean;
  /**
   * The other language's search page and its hreflang: offered, with its count, only when this
   * edition has no full match and that one has (its search data is fetched only then).
   */
  otherSearchPage: string;
  otherHreflang: string;
  planUrl: string;
  /** the small Traditional → Simplified table of the plan's own characters */
  fold: FoldTable;
  /** templates with {name} placeholders (clientTemplate), filled by fill and plural */
  strings: Record<SearchString, string>;
  plurals: Record<SearchPlural, { one: string; other: string }>;
}

/**
 * A UI string as the island receives it: its i18next placeholders ({{q}}) written {q}, so the
 * built page holds no `{{` (the build fails on one: an unrendered placeholder, node/placeholders.ts).
 */
export function clientTemplate(template: string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, '{$1}');
}

/** Fills the {name} placeholders of a template made by clientTemplate. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => String(values[key] ?? ''));
}

/** A plural string for a count (the page chose the one/other templates of its language). */
export function plural(
  templates: { one: string; other: string },
  count: number,
  values: Record<string, string | number> = {},
): string {
  return fill(count === 1 ? templates.one : templates.other, { count, ...values });
}
