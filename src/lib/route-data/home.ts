/**
 * The home page's picture of the plan's structure, walked from its outline: each part with how
 * many provisions it holds, its sections or groups (each with its provisions), or its provisions.
 * Rendered by src/pages/[locale]/index.astro. Pure.
 */
import type { Locale } from '../editions.ts';
import type { Translate } from '../i18n.ts';
import { outlineProvisions } from '../model/outline.ts';
import type { PlanModel } from '../model/model.ts';
import { paths } from '../routes.ts';
import { headingText, labelText, outlineView, type OutlineView } from './outline-view.ts';

export interface ProvisionEntry {
  id: string;
  /** "重点任务 7 实施…" */
  text: string;
  path: string;
}

export interface StructureBranch {
  type: 'part' | 'section' | 'group';
  anchor: string;
  heading: string;
  /** Its heading on the whole-plan page. */
  path: string;
  /** How many provisions it holds, all levels. */
  count: number;
  branches: StructureBranch[];
  provisions: ProvisionEntry[];
}

export function homeStructure(model: PlanModel, locale: Locale, t: Translate): StructureBranch[] {
  const branch = (view: OutlineView): StructureBranch[] => {
    const node = view.node;
    if (node.type !== 'part' && node.type !== 'section' && node.type !== 'group') return [];
    return [
      {
        type: node.type,
        anchor: node.anchor,
        heading: headingText(view),
        path: paths.plan(locale, node.anchor),
        count: outlineProvisions([node]).length,
        branches: view.children.flatMap(branch),
        provisions: view.children.flatMap((c) =>
          c.provision ? [{ id: c.provision.id, text: `${labelText(c)} ${c.provision.title[locale]}`, path: paths.provision(locale, c.provision.id) }] : [],
        ),
      },
    ];
  };
  return outlineView(model, [locale], () => t).flatMap(branch);
}
