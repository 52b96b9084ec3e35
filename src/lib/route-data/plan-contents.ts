/**
 * The table of contents of the full-text page: the notice, then each part with its sections or
 * task groups and every provision, in reading order, each entry an anchor of that page. Pure:
 * rendered by components/PlanContents.astro, tested without Astro.
 */
import type { Locale } from '../editions.ts';
import type { Translate } from '../i18n.ts';
import { groupHeading, partHeading, provisionLabel, sectionHeading } from '../model/labels.ts';
import type { PlanModel, Provision } from '../model/model.ts';
import { planStructure, provisionsOfGroup, provisionsOfKind } from '../model/queries.ts';

export interface ContentsEntry {
  anchor: string;
  label: string;
  /** A provision's title, after its label. */
  title?: string | undefined;
  children?: ContentsEntry[] | undefined;
}

export function planContents(model: PlanModel, locale: Locale, t: Translate): ContentsEntry[] {
  const { part1, part2, part3, part4, guiding, principles, targets } = planStructure(model);
  const provision = (p: Provision): ContentsEntry => ({ anchor: p.id, label: provisionLabel(p, t), title: p.title[locale] });
  const part = (p: typeof part1, children: ContentsEntry[]): ContentsEntry => ({ anchor: p.anchor, label: partHeading(p.number, p.title[locale], t), children });
  const section = (s: typeof guiding, children?: ContentsEntry[]): ContentsEntry => ({ anchor: s.anchor, label: sectionHeading(s.number, s.title[locale], t), children });
  return [
    { anchor: 'notice', label: t('plan.notice') },
    part(part1, [section(guiding), section(principles, provisionsOfKind(model, 'principle').map(provision)), section(targets)]),
    part(part2, model.groups.map((g) => ({ anchor: `group-${g.number}`, label: groupHeading(g.number, g.title[locale], t), children: provisionsOfGroup(model, g.number).map(provision) }))),
    part(part3, provisionsOfKind(model, 'measure').map(provision)),
    part(part4, provisionsOfKind(model, 'implementation').map(provision)),
  ];
}

/** Every anchor of the contents, depth first: what the page must hold and the scroll spy watches. */
export function contentsAnchors(entries: readonly ContentsEntry[]): string[] {
  return entries.flatMap((e) => [e.anchor, ...contentsAnchors(e.children ?? [])]);
}
