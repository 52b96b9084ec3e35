/**
 * The data of the places' pages: the list by kind (/{edition}/places/) and one place's page
 * (/{edition}/places/{id}/) with the sentences that name it and the bodies responsible for the
 * provisions that do. Only rendered by src/pages/[locale]/places/. Pure: tested without Astro.
 */
import { SOURCE_LANG, SOURCE_LOCALE, isHanScript, type Locale } from '../editions.ts';
import type { Translate } from '../i18n.ts';
import { bodiesOfPlace, markersOf, provisionsOfPlace, sectionsOfPlace } from '../model/graph.ts';
import { provisionLabel } from '../model/labels.ts';
import type { PlanModel } from '../model/model.ts';
import { bodyById } from '../model/queries.ts';
import { PLACE_KINDS, type Place } from '../model/schema.ts';
import { paths } from '../routes.ts';
import { breadcrumbs, type Crumb } from './crumb.ts';
import { provisionMention, sectionMention, type Mention } from './mentions.ts';
import type { NamedLink } from './provision.ts';

type PlaceKind = (typeof PLACE_KINDS)[number];

export interface PlaceListItem extends NamedLink {
  kindLabel: string;
  /** how many provisions and part introductions name it, and the same in words */
  count: number;
  countLabel: string;
}

export interface PlacesPageData {
  title: string;
  description: string;
  path: string;
  breadcrumbs: Crumb[];
  /** the kinds that have a place, in PLACE_KINDS order, each with its places in the glossary's order */
  kinds: { kind: PlaceKind; anchor: string; heading: string; places: PlaceListItem[] }[];
}

export function placesPageData(model: PlanModel, locale: Locale, t: Translate): PlacesPageData {
  const title = t('places.title');
  return {
    title,
    description: t('places.description', { title: model.document.title[locale] }),
    path: paths.places(locale),
    breadcrumbs: breadcrumbs(locale, t, { label: title }),
    kinds: PLACE_KINDS.map((kind) => ({
      kind,
      places: model.places.filter((p) => p.kind === kind),
    }))
      .filter((k) => k.places.length > 0)
      .map(({ kind, places }) => ({
        kind,
        anchor: `kind-${kind}`,
        heading: t(`places.kinds.${kind}`),
        places: places.map((place) => {
          const count =
            provisionsOfPlace(model, place.id).length + sectionsOfPlace(model, place.id).length;
          return {
            id: place.id,
            name: place.name[locale],
            path: paths.place(locale, place.id),
            kindLabel: t(`places.kinds.${place.kind}`),
            count,
            countLabel: t('bodies.count', { count }),
          };
        }),
      })),
  };
}

export interface PlacePageData {
  title: string;
  description: string;
  path: string;
  breadcrumbs: Crumb[];
  kindLabel: string;
  /** on a page not in Chinese: the Chinese name, with its language */
  sourceName?: { text: string; lang: string } | undefined;
  /** the part introductions, then the provisions, that name it */
  mentions: Mention[];
  /** the bodies responsible for those provisions, in the order a reader meets them, each with its provisions */
  bodies: (NamedLink & { provisions: { id: string; label: string; path: string }[] })[];
}

export function placePageData(
  model: PlanModel,
  place: Place,
  locale: Locale,
  t: Translate,
): PlacePageData {
  const name = place.name[locale];
  const needles = markersOf(place, locale);
  return {
    title: name,
    description: t('places.placeDescription', { name, title: model.document.title[locale] }),
    path: paths.place(locale, place.id),
    breadcrumbs: breadcrumbs(
      locale,
      t,
      { label: t('places.title'), path: paths.places(locale) },
      { label: name },
    ),
    kindLabel: t(`places.kinds.${place.kind}`),
    sourceName: isHanScript(locale)
      ? undefined
      : { text: place.name[SOURCE_LOCALE], lang: SOURCE_LANG },
    mentions: [
      ...sectionsOfPlace(model, place.id).map((s) => sectionMention(model, s, needles, locale, t)),
      ...provisionsOfPlace(model, place.id).map((p) => provisionMention(p, needles, locale)),
    ],
    bodies: bodiesOfPlace(model, place.id).map(({ bodyId, provisions }) => ({
      id: bodyId,
      name: bodyById(model, bodyId).name[locale],
      path: paths.body(locale, bodyId),
      provisions: provisions.map((p) => ({
        id: p.id,
        label: provisionLabel(p, t),
        path: paths.provision(locale, p.id),
      })),
    })),
  };
}
