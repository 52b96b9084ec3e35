/**
 * The data of the two pages that show the whole plan, walked from its outline: the full text
 * (/{edition}/plan/: each text's paragraphs in the edition, each provision's bracket) and the
 * side-by-side view (/{edition}/parallel/: each text's sentence pairs, each bracket in both
 * columns). Rendered by components/PlanOutline.astro and components/ParallelOutline.astro. Pure.
 */
import type { Locale } from '../editions.ts';
import { HREFLANG, useTranslations, type Translate } from '../i18n.ts';
import type { PlanModel } from '../model/model.ts';
import { paths } from '../routes.ts';
import { bracketView, type BracketView } from './bracket.ts';
import { outlineView, type OutlineView } from './outline-view.ts';
import { planContents, type ContentsEntry } from './plan-contents.ts';
import {
  parallelColumns,
  parallelView,
  textView,
  type PairView,
  type ParagraphView,
} from './text.ts';

export interface PlanNode extends OutlineView {
  /** The text under the heading, in the page's edition. */
  paragraphs?: ParagraphView[] | undefined;
  bracket?: BracketView | undefined;
  /** A provision's own page. */
  path?: string | undefined;
  children: PlanNode[];
}

export interface PlanPageData {
  nodes: PlanNode[];
  contents: ContentsEntry[];
}

export function planPageData(model: PlanModel, locale: Locale, t: Translate): PlanPageData {
  const lay = (view: OutlineView): PlanNode => ({
    ...view,
    paragraphs: view.textId ? textView(model, locale, view.textId) : undefined,
    bracket: view.provision ? bracketView(view.provision, locale, t) : undefined,
    path: view.provision ? paths.provision(locale, view.provision.id) : undefined,
    children: view.children.map(lay),
  });
  const views = outlineView(model, [locale], () => t);
  return { nodes: views.map(lay), contents: planContents(model, locale, t, views) };
}

/** A heading of the side-by-side view in one column, linking to its provision's page in that column's edition. */
export interface HeadingLink {
  text: string;
  lang: string;
  path: string;
  hreflang: string;
}

export interface ParallelNode extends OutlineView {
  /** The text under the heading, paragraph by paragraph, sentence by sentence. */
  pairs?: PairView[] | undefined;
  /** A provision's bracket in each column. */
  brackets: BracketView[];
  /**
   * A provision's heading in each column, each linking to the page in its own edition: the
   * Chinese heading to the Chinese page (of the page's Chinese edition), the English to the English.
   */
  links?: HeadingLink[] | undefined;
  children: ParallelNode[];
}

/** The side-by-side view: every heading in the original's and the translation's edition. */
export function parallelPageData(model: PlanModel, locale: Locale): ParallelNode[] {
  const { original, translation } = parallelColumns(locale);
  const lay = (view: OutlineView): ParallelNode => ({
    ...view,
    pairs: view.textId ? parallelView(model, locale, view.textId) : undefined,
    brackets: view.provision
      ? [original, translation].flatMap(
          (l) => bracketView(view.provision!, l, useTranslations(l)) ?? [],
        )
      : [],
    links: view.provision
      ? view.headings.map((h) => ({
          text: h.text,
          lang: h.lang,
          path: paths.provision(h.locale, view.provision!.id),
          hreflang: HREFLANG[h.locale],
        }))
      : undefined,
    children: view.children.map(lay),
  });
  return outlineView(model, [original, translation]).map(lay);
}
