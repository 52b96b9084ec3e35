/**
 * The data of a list of one kind of provision (/{edition}/tasks/, /measures/, /principles/,
 * /implementation/): every provision of the kind with its number, title, task group and
 * responsible bodies, and where the kind stands in the whole plan. Only rendered by
 * src/pages/[locale]/[kind]/index.astro.
 */
import type { Locale } from '../editions.ts';
import type { Translate } from '../i18n.ts';
import { groupHeading, partHeading, provisionLabel } from '../model/labels.ts';
import type { PlanModel, Provision } from '../model/model.ts';
import { bodyById, groupOf, homeAnchorOf, partOfKind, provisionsOfKind } from '../model/queries.ts';
import type { ProvisionKind } from '../model/schema.ts';
import { paths } from '../routes.ts';
import { breadcrumbs, type Crumb } from './crumb.ts';

export interface KindListItem {
  provision: Provision;
  label: string;
  title: string;
  path: string;
  /** the responsible bodies, in the bracket's order */
  bodies: { id: string; name: string; path: string }[];
}

export interface KindListData {
  kind: ProvisionKind;
  title: string;
  description: string;
  path: string;
  breadcrumbs: Crumb[];
  /** where the kind stands in the whole plan: 二、重点任务 → /zh/plan/#tasks */
  inPlan: { heading: string; path: string };
  /** the provisions, in sections: one per task group for tasks, one untitled section otherwise */
  sections: { heading?: string | undefined; anchor?: string | undefined; items: KindListItem[] }[];
}

export function kindListData(
  model: PlanModel,
  kind: ProvisionKind,
  locale: Locale,
  t: Translate,
): KindListData {
  const title = t(`kind.${kind}.plural`);
  const part = partOfKind(model, kind);
  const item = (p: Provision): KindListItem => ({
    provision: p,
    label: provisionLabel(p, t),
    title: p.title[locale],
    path: paths.provision(locale, p.id),
    bodies: p.bodies.map((id) => ({
      id,
      name: bodyById(model, id).name[locale],
      path: paths.body(locale, id),
    })),
  });
  const provisions = provisionsOfKind(model, kind);
  const grouped = provisions.some((p) => p.group !== undefined);
  const sections = grouped
    ? model.groups
        .map((g) => ({
          group: g,
          items: provisions.filter((p) => groupOf(model, p)?.number === g.number).map(item),
        }))
        .filter((s) => s.items.length > 0)
        .map((s) => ({
          heading: groupHeading(s.group.number, s.group.title[locale], t),
          anchor: s.group.anchor,
          items: s.items,
        }))
    : [{ items: provisions.map(item) }];
  return {
    kind,
    title,
    description: t('kindList.description', {
      kind: title,
      count: provisions.length,
      title: model.document.title[locale],
    }),
    path: paths.kind(locale, kind),
    breadcrumbs: breadcrumbs(locale, t, { label: title }),
    inPlan: {
      heading: partHeading(part.number, part.title[locale], t),
      path: paths.plan(locale, homeAnchorOf(model, kind)),
    },
    sections,
  };
}
