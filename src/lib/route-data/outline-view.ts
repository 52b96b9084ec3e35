/**
 * The plan's outline (model/outline.ts) laid out for a page or a file, in the editions it shows:
 * the full-text page its own, the side-by-side view the original and the translation, a PDF its
 * variant's. Each node carries its heading in each of those editions, its heading level and the
 * text it shows. The full-text page, the side-by-side view, the contents, the home page's
 * structure, the PDFs and the search data's headings all walk this one tree. Pure.
 */
import type { Locale } from '../editions.ts';
import { HTML_LANG, useTranslations, type Translate } from '../i18n.ts';
import { outlineHeading, provisionLabel } from '../model/labels.ts';
import type { PlanModel, Provision } from '../model/model.ts';
import type { OutlineNode } from '../model/outline.ts';

/** A heading or label in one edition, with its HTML language. */
export interface Titled {
  locale: Locale;
  lang: string;
  text: string;
}

export interface OutlineView {
  node: OutlineNode;
  /** The heading's fragment on the page (none for a text that opens a part or section). */
  anchor?: string | undefined;
  /** The HTML heading level on a page whose title is its h1: the document's title is 1, a part 2… */
  level: number;
  /** The heading as the source writes it, in each edition shown (none for a text node). */
  headings: Titled[];
  /** A short name for lists and contents: "Task 7", "Notice"; a branch's heading otherwise. */
  labels: Titled[];
  /** The text shown under the heading: a text's or a provision's id. */
  textId?: string | undefined;
  provision?: Provision | undefined;
  children: OutlineView[];
}

/** The outline for `locales` (their UI strings from `translate`, i18n's by default). */
export function outlineView(
  model: PlanModel,
  locales: readonly Locale[],
  translate: (locale: Locale) => Translate = useTranslations,
): OutlineView[] {
  const titled = (text: (l: Locale, t: Translate) => string | undefined): Titled[] =>
    locales.flatMap((l) => {
      const value = text(l, translate(l));
      return value === undefined ? [] : [{ locale: l, lang: HTML_LANG[l], text: value }];
    });
  const view = (node: OutlineNode): OutlineView => {
    const headings = titled((l, t) => outlineHeading(node, model, l, t));
    const base = { node, headings, labels: headings, children: [] as OutlineView[] };
    switch (node.type) {
      case 'front':
        return {
          ...base,
          anchor: node.anchor,
          level: node.heading === 'document' ? 1 : 2,
          labels: node.heading === 'notice' ? titled((_l, t) => t('plan.notice')) : headings,
          textId: node.text.id,
        };
      case 'text':
        return { ...base, level: node.depth + 1, textId: node.text.id };
      case 'provision':
        return {
          ...base,
          anchor: node.anchor,
          level: node.depth + 1,
          labels: titled((_l, t) => provisionLabel(node.provision, t)),
          textId: node.provision.id,
          provision: node.provision,
        };
      default:
        return {
          ...base,
          anchor: node.anchor,
          level: node.depth + 1,
          children: node.children.map(view),
        };
    }
  };
  return model.outline.map(view);
}

/** Every node of a laid-out outline, depth first, in reading order. */
export function walkView<V extends { children: V[] }>(nodes: readonly V[]): V[] {
  return nodes.flatMap((n) => [n, ...walkView(n.children)]);
}

/** The first heading text of a node (in the first edition shown). */
export function headingText(view: Pick<OutlineView, 'headings'>): string {
  return view.headings[0]?.text ?? '';
}

/** The first label text of a node. */
export function labelText(view: Pick<OutlineView, 'labels'>): string {
  return view.labels[0]?.text ?? '';
}

/**
 * Where each text outside the provisions stands, for the search data and other lists: its own
 * heading (a front text's), else the heading of the part or section it opens; and the heading
 * of the part above that, else the plan's title.
 */
export function textPlaces(
  model: PlanModel,
  locale: Locale,
  t: Translate,
): Map<string, { label: string; title: string }> {
  const out = new Map<string, { label: string; title: string }>();
  const visit = (nodes: readonly OutlineNode[], parents: OutlineNode[]) => {
    for (const node of nodes) {
      if (node.type === 'front') {
        const title = outlineHeading(node, model, locale, t) ?? t('plan.notice');
        out.set(node.text.id, {
          label: node.heading === 'notice' ? t('plan.notice') : t('plan.title'),
          title,
        });
      } else if (node.type === 'text') {
        const [owner, above] = [...parents].reverse();
        const heading = (n: OutlineNode | undefined) =>
          n ? outlineHeading(n, model, locale, t) : undefined;
        out.set(node.text.id, {
          label: (parents.length > 1 ? heading(parents[0]) : undefined) ?? t('plan.title'),
          title: heading(owner) ?? heading(above) ?? t('plan.title'),
        });
      }
      if ('children' in node) visit(node.children, [...parents, node]);
    }
  };
  visit(model.outline, []);
  return out;
}
