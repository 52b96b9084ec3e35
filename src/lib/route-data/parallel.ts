/**
 * The side-by-side view's column labels, in the page's edition (the headings of the plan come
 * from its outline: route-data/plan-page.ts).
 */
import { HTML_LANG, useTranslations } from '../i18n.ts';
import type { Locale } from '../model/schema.ts';

/** One heading as its columns show it: each part with its language. */
export type HeadingParts = { text: string; lang: string }[];

export interface ParallelHeadings {
  /** The columns' labels, for the row above them. */
  columns: HeadingParts;
}

export function parallelHeadings(locale: Locale): ParallelHeadings {
  const t = useTranslations(locale);
  return {
    columns: [
      { text: t('parallel.original'), lang: HTML_LANG[locale] },
      { text: t('parallel.translation'), lang: HTML_LANG[locale] },
    ],
  };
}
