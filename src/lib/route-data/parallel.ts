/**
 * The side-by-side view's headings: each in the two columns' editions (parallelColumns), made
 * here so that the page only lays them out.
 */
import { HTML_LANG, useTranslations, type Translate } from '../i18n.ts';
import { groupHeading, partHeading, provisionHeading, sectionHeading } from '../model/labels.ts';
import type { PlanModel, Provision } from '../model/model.ts';
import type { Group, Locale, Part, Section } from '../model/schema.ts';
import { parallelColumns } from './text.ts';

/** One heading as its columns show it: each part with its language. */
export type HeadingParts = { text: string; lang: string }[];

export interface ParallelHeadings {
  /** The columns' labels, for the row above them. */
  columns: HeadingParts;
  notice: HeadingParts;
  preamble: HeadingParts;
  part(part: Part): HeadingParts;
  section(section: Section): HeadingParts;
  group(group: Group): HeadingParts;
  provision(provision: Provision): HeadingParts;
}

export function parallelHeadings(model: PlanModel, locale: Locale): ParallelHeadings {
  const { original, translation } = parallelColumns(locale);
  const t = useTranslations(locale);
  const columns = [original, translation].map((l) => ({ l, t: useTranslations(l), lang: HTML_LANG[l] }));
  const both = (f: (l: Locale, t: Translate) => string): HeadingParts => columns.map(({ l, t: tl, lang }) => ({ text: f(l, tl), lang }));
  return {
    columns: [{ text: t('parallel.original'), lang: HTML_LANG[locale] }, { text: t('parallel.translation'), lang: HTML_LANG[locale] }],
    notice: both((l) => model.texts.notice.title?.[l] ?? ''),
    preamble: both((l) => model.document.title[l]),
    part: (p) => both((l, tl) => partHeading(p.number, p.title[l], tl)),
    section: (s) => both((l, tl) => sectionHeading(s.number, s.title[l], tl)),
    group: (g) => both((l, tl) => groupHeading(g.number, g.title[l], tl)),
    provision: (p) => both((l, tl) => provisionHeading(p, l, tl)),
  };
}
