/**
 * The data of a provision's page (/{edition}/tasks/7/…), built once here and only rendered by
 * src/pages/[locale]/[kind]/[number].astro: its labels and titles, where it stands in the plan
 * (part, task group, breadcrumbs, previous and next), what it names and shares with others, and
 * its metadata for search engines and chat apps. Pure: tested without Astro.
 */
import { isTranslation, type Locale } from '../editions.ts';
import type { Translate } from '../i18n.ts';
import { relatedProvisions } from '../model/graph.ts';
import { groupHeading, partHeading, provisionLabel } from '../model/labels.ts';
import type { PlanModel, Provision } from '../model/model.ts';
import { groupOf, neighbours, partOf } from '../model/queries.ts';
import { summarise } from '../model/text.ts';
import { paths } from '../routes.ts';
import { jsonForScript, provisionJsonLd } from '../share/json-ld.ts';
import { bracketView, type BracketView } from './bracket.ts';
import type { Crumb } from './crumb.ts';
import { textView, type ParagraphView } from './text.ts';

export interface NamedLink {
  id: string;
  name: string;
  path: string;
}

export interface ProvisionPageData {
  /** "Task 7" / "重点任务 7" */
  label: string;
  /** the page's title: label and the provision's title */
  pageTitle: string;
  description: string;
  path: string;
  breadcrumbs: Crumb[];
  /** The text, each sentence of a translation paired with the source's ("Show the Chinese"). */
  paragraphs: ParagraphView[];
  /** The responsibility bracket as the source writes it (none for the principles). */
  bracket?: BracketView | undefined;
  part: { heading: string; path: string };
  group?: { heading: string; path: string } | undefined;
  places: NamedLink[];
  topics: NamedLink[];
  /** provisions sharing a place, topic or body, each with what it shares ("City Brain; Big data") */
  related: { provision: Provision; shares: string }[];
  prev?: Provision | undefined;
  next?: Provision | undefined;
  card: { image: string; alt: string };
  /** JSON-LD, ready for a <script type="application/ld+json"> */
  jsonLd: string;
}

export function provisionPageData(
  model: PlanModel,
  provision: Provision,
  locale: Locale,
  t: Translate,
  absolute: (path: string) => string,
): ProvisionPageData {
  const label = provisionLabel(provision, t);
  const part = partOf(model, provision);
  const group = groupOf(model, provision);
  const pageTitle = t('provision.pageTitle', { label, title: provision.title[locale] });
  const partLabel = partHeading(part.number, part.title[locale], t);
  const nameOf = (kind: 'bodies' | 'places' | 'topics', id: string) => {
    const found = model[kind].find((x) => x.id === id);
    if (!found) throw new Error(`${provision.id}: unknown ${kind} "${id}"`);
    return found.name[locale];
  };
  const sep = t('list.separator');
  const { prev, next } = neighbours(model, provision.id);
  return {
    label,
    pageTitle,
    description: summarise(provision.paragraphs[locale].join(' ')),
    path: paths.provision(locale, provision.id),
    breadcrumbs: [
      { label: t('nav.home'), path: paths.home(locale) },
      { label: t(`kind.${provision.kind}.plural`), path: paths.kind(locale, provision.kind) },
      { label },
    ],
    paragraphs: textView(model, locale, provision.id, { withSource: isTranslation(locale) }),
    bracket: bracketView(provision, locale, t),
    part: { heading: partLabel, path: paths.plan(locale, part.anchor) },
    group: group
      ? {
          heading: groupHeading(group.number, group.title[locale], t),
          path: paths.plan(locale, group.anchor),
        }
      : undefined,
    places: provision.places.map((id) => ({
      id,
      name: nameOf('places', id),
      path: paths.place(locale, id),
    })),
    topics: provision.topics.map((id) => ({
      id,
      name: nameOf('topics', id),
      path: paths.topic(locale, id),
    })),
    related: relatedProvisions(model, provision).map((r) => ({
      provision: r.provision,
      shares: [
        ...r.places.map((id) => nameOf('places', id)),
        ...r.topics.map((id) => nameOf('topics', id)),
        ...r.bodies.map((id) => nameOf('bodies', id)),
      ].join(sep),
    })),
    prev,
    next,
    card: {
      image: `/cards/${locale}/${provision.id}.png`,
      alt: `${model.document.shortTitle[locale]} · ${pageTitle}`,
    },
    jsonLd: jsonForScript(provisionJsonLd(model, provision, locale, label, t, absolute, paths)),
  };
}
