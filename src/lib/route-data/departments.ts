/**
 * The data of the responsible bodies' pages: the list (/{edition}/departments/), one body's page
 * (/{edition}/departments/{id}/) and the responsibility matrix (/{edition}/departments/matrix/).
 * Built once here and only rendered by src/pages/[locale]/departments/. Pure: tested without Astro.
 */
import { SOURCE_LANG, SOURCE_LOCALE, isHanScript, type Locale } from '../editions.ts';
import { ordinal, type Translate } from '../i18n.ts';
import { byPart, provisionsOfBody, responsibilityMatrix } from '../model/graph.ts';
import { partHeading, provisionLabel, provisionShortLabel } from '../model/labels.ts';
import type { PlanModel, Provision } from '../model/model.ts';
import { bodyById } from '../model/queries.ts';
import type { Body } from '../model/schema.ts';
import { paths } from '../routes.ts';
import { nameShownFirst } from './label-in-name.ts';
import { breadcrumbs, type Crumb } from './crumb.ts';
import type { NamedLink } from './provision.ts';

export interface BodyListItem extends NamedLink {
  kind: string;
  /** how many provisions name it, and the same in words ("named in 12 provisions") */
  count: number;
  countLabel: string;
}

export interface BodiesPageData {
  title: string;
  description: string;
  path: string;
  breadcrumbs: Crumb[];
  matrix: { label: string; path: string };
  /** every body, those named in most provisions first, ties in the glossary's order */
  bodies: BodyListItem[];
}

export function bodiesPageData(model: PlanModel, locale: Locale, t: Translate): BodiesPageData {
  const title = t('bodies.title');
  const counted = model.bodies.map((body, index) => ({
    body,
    index,
    count: provisionsOfBody(model, body.id).length,
  }));
  counted.sort((a, b) => b.count - a.count || a.index - b.index);
  return {
    title,
    description: t('bodies.description', {
      count: model.bodies.length,
      title: model.document.title[locale],
    }),
    path: paths.bodies(locale),
    breadcrumbs: breadcrumbs(locale, t, { label: title }),
    matrix: { label: t('nav.matrix'), path: paths.matrix(locale) },
    bodies: counted.map(({ body, count }) => ({
      id: body.id,
      name: body.name[locale],
      path: paths.body(locale, body.id),
      kind: body.kind[locale],
      count,
      countLabel: t('bodies.count', { count }),
    })),
  };
}

export interface BodyProvision {
  provision: Provision;
  /** where the bracket lists this body: "listed 2nd of 3" */
  position: string;
  /** the other bodies of the bracket, in its order */
  others: NamedLink[];
}

export interface BodyPageData {
  title: string;
  description: string;
  path: string;
  breadcrumbs: Crumb[];
  /** the body's particulars, each a term and its value (the Chinese name tagged with its language) */
  facts: { term: string; value: string; lang?: string | undefined }[];
  count: number;
  countLabel: string;
  /** the provisions that name it, by part of the plan, parts in order */
  parts: { anchor: string; heading: string; path: string; provisions: BodyProvision[] }[];
}

export function bodyPageData(
  model: PlanModel,
  body: Body,
  locale: Locale,
  t: Translate,
): BodyPageData {
  const name = body.name[locale];
  const provisions = provisionsOfBody(model, body.id);
  const fact = (term: string, value: string | undefined, lang?: string) =>
    value === undefined ? [] : [{ term, value, lang }];
  return {
    title: name,
    description: t('bodies.bodyDescription', {
      name,
      count: provisions.length,
      title: model.document.title[locale],
    }),
    path: paths.body(locale, body.id),
    breadcrumbs: breadcrumbs(
      locale,
      t,
      { label: t('bodies.title'), path: paths.bodies(locale) },
      { label: name },
    ),
    facts: [
      ...fact(t('bodies.fullName'), body.fullName?.[locale] ?? t('bodies.fullNameNotGiven')),
      ...fact(t('bodies.alsoKnownAs'), body.alsoKnownAs?.[locale]),
      ...fact(t('bodies.houses'), body.houses?.[locale]),
      ...fact(t('bodies.kind'), body.kind[locale]),
      ...(isHanScript(locale)
        ? []
        : fact(t('bodies.chineseName'), body.name[SOURCE_LOCALE], SOURCE_LANG)),
    ],
    count: provisions.length,
    countLabel: t('bodies.count', { count: provisions.length }),
    parts: byPart(model, provisions).map(({ part, provisions: list }) => ({
      anchor: `part-${part.number}`,
      heading: partHeading(part.number, part.title[locale], t),
      path: paths.plan(locale, part.anchor),
      provisions: list.map((p) => ({
        provision: p,
        position: t('bodies.position', {
          nth: ordinal(p.bodies.indexOf(body.id) + 1, locale, t),
          total: p.bodies.length,
        }),
        others: p.bodies
          .filter((id) => id !== body.id)
          .map((id) => ({
            id,
            name: bodyById(model, id).name[locale],
            path: paths.body(locale, id),
          })),
      })),
    })),
  };
}

export interface MatrixColumn {
  id: string;
  path: string;
  /** "T7" on screen, "T7, Task 7" read aloud (beginning with what is shown), "Task 7 Build …" on hover */
  short: string;
  label: string;
  tooltip: string;
}

export interface MatrixRow extends NamedLink {
  /** one cell per column: the body's place in the provision's bracket, if it is named there */
  cells: { id: string; path: string; position?: number | undefined; label?: string | undefined }[];
  /** how many provisions name the body */
  total: number;
}

export interface MatrixPageData {
  title: string;
  description: string;
  path: string;
  breadcrumbs: Crumb[];
  csvPath: string;
  /** the provisions with a bracket, in reading order */
  columns: MatrixColumn[];
  /** the bodies, those named in most provisions first (responsibilityMatrix) */
  rows: MatrixRow[];
}

export function matrixPageData(model: PlanModel, locale: Locale, t: Translate): MatrixPageData {
  const title = t('matrix.title');
  const matrix = responsibilityMatrix(model);
  return {
    title,
    description: t('matrix.description'),
    path: paths.matrix(locale),
    breadcrumbs: breadcrumbs(
      locale,
      t,
      { label: t('bodies.title'), path: paths.bodies(locale) },
      { label: title },
    ),
    csvPath: paths.responsibilitiesCsv(),
    columns: matrix.provisions.map((p) => {
      const label = provisionLabel(p, t);
      const short = provisionShortLabel(p, t);
      return {
        id: p.id,
        path: paths.provision(locale, p.id),
        short,
        label: nameShownFirst(short, label, t),
        tooltip: `${label} ${p.title[locale]}`,
      };
    }),
    rows: matrix.bodies.map((body) => {
      const cells = matrix.provisions.map((p) => {
        const position = matrix.position(body.id, p.id);
        const label =
          position === undefined
            ? undefined
            : // The cell shows the position: its name begins with it (WCAG 2.5.3).
              nameShownFirst(
                String(position),
                t('matrix.cell', {
                  provision: provisionLabel(p, t),
                  nth: ordinal(position, locale, t),
                }),
                t,
              );
        return { id: p.id, path: paths.provision(locale, p.id), position, label };
      });
      return {
        id: body.id,
        name: body.name[locale],
        path: paths.body(locale, body.id),
        cells,
        total: cells.filter((c) => c.position !== undefined).length,
      };
    }),
  };
}
