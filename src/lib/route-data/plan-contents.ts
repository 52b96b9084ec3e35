/**
 * The table of contents of the full-text page: the notice, then each part with its sections or
 * task groups and every provision, in reading order, each entry an anchor of that page. Pure:
 * rendered by components/PlanContents.astro, tested without Astro.
 */
import type { Locale } from '../editions.ts';
import type { Translate } from '../i18n.ts';
import type { PlanModel } from '../model/model.ts';
import { headingText, labelText, outlineView, type OutlineView } from './outline-view.ts';

export interface ContentsEntry {
  anchor: string;
  label: string;
  /** A provision's title, after its label. */
  title?: string | undefined;
  children?: ContentsEntry[] | undefined;
}

/** The outline's headed nodes, the document's title and the texts left out (the page's own title and paragraphs). */
export function planContents(
  model: PlanModel,
  locale: Locale,
  t: Translate,
  views: OutlineView[] = outlineView(model, [locale], () => t),
): ContentsEntry[] {
  const entry = (view: OutlineView): ContentsEntry[] => {
    if (!view.anchor || view.level === 1) return [];
    if (view.provision)
      return [{ anchor: view.anchor, label: labelText(view), title: view.provision.title[locale] }];
    const children = view.children.flatMap(entry);
    return [
      {
        anchor: view.anchor,
        label: view.node.type === 'front' ? labelText(view) : headingText(view),
        ...(children.length ? { children } : {}),
      },
    ];
  };
  return views.flatMap(entry);
}

/** Every anchor of the contents, depth first: what the page must hold and the scroll spy watches. */
export function contentsAnchors(entries: readonly ContentsEntry[]): string[] {
  return entries.flatMap((e) => [e.anchor, ...contentsAnchors(e.children ?? [])]);
}
