/**
 * The glossary: every responsible body, place, topic and term of content/glossary.yaml with its
 * Chinese, English and pinyin, its kind, its page and the provisions that use it. Built once here
 * for the page (/{edition}/glossary/, glossaryPageData) and the open data (/data/glossary.json
 * and .csv), so the two always match. Build time only (pinyin's dictionary stays out of the browser).
 */
import { pinyin } from 'pinyin-pro';
import {
  SOURCE_LOCALE,
  TRANSLATION_LOCALE,
  isHanScript,
  originalIn,
  perEdition,
  type Locale,
} from '../editions.ts';
import { HTML_LANG, type Translate, type UiKey } from '../i18n.ts';
import { pinyinOf } from '../convert/pinyin.ts';
import type { PlanModel, Provision } from '../model/model.ts';
import type { Localized } from '../model/schema.ts';
import { provisionLabel, provisionShortLabel } from '../model/labels.ts';
import { paths } from '../routes.ts';
import { breadcrumbs, type Crumb } from './crumb.ts';

export const GLOSSARY_KINDS = ['body', 'place', 'topic', 'term'] as const;

/** The heading of each kind's group; the places' is the name the navigation gives them (one name per thing). */
const GLOSSARY_HEADINGS: Record<(typeof GLOSSARY_KINDS)[number], UiKey> = {
  body: 'glossary.headings.body',
  place: 'places.title',
  topic: 'glossary.headings.topic',
  term: 'glossary.headings.term',
};
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

export interface GlossaryEntry {
  kind: GlossaryKind;
  /** The body's, place's or topic's id (its URL slug); for a term, its pinyin as a slug. */
  id: string;
  name: Localized;
  pinyin: string;
  /** The entry's own page in each edition: bodies, places and topics have one, terms none. */
  path?: Record<Locale, string> | undefined;
  /** The provisions that use it, in reading order. */
  provisions: string[];
}

const slugOf = (zh: string) =>
  pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const chineseOf = (p: Provision) =>
  `${p.title[SOURCE_LOCALE]}${p.paragraphs[SOURCE_LOCALE].join('')}`;

/** Every entry, bodies first, then places, topics and terms, each kind in the glossary file's order. */
export function glossaryEntries(model: PlanModel): GlossaryEntry[] {
  const ids = (test: (p: Provision) => boolean) => model.provisions.filter(test).map((p) => p.id);
  const entries: GlossaryEntry[] = [
    ...model.bodies.map((b) => ({
      kind: 'body' as const,
      id: b.id,
      name: b.name,
      pinyin: pinyinOf(b.name[SOURCE_LOCALE]),
      path: perEdition((l) => paths.body(l, b.id)),
      provisions: ids((p) => p.bodies.includes(b.id)),
    })),
    ...model.places.map((place) => ({
      kind: 'place' as const,
      id: place.id,
      name: place.name,
      pinyin: pinyinOf(place.name[SOURCE_LOCALE]),
      path: perEdition((l) => paths.place(l, place.id)),
      provisions: ids((p) => p.places.includes(place.id)),
    })),
    ...model.topics.map((topic) => ({
      kind: 'topic' as const,
      id: topic.id,
      name: topic.name,
      pinyin: pinyinOf(topic.name[SOURCE_LOCALE]),
      path: perEdition((l) => paths.topic(l, topic.id)),
      provisions: ids((p) => p.topics.includes(topic.id)),
    })),
    ...model.terms.map((term) => ({
      kind: 'term' as const,
      id: slugOf(term[SOURCE_LOCALE]),
      name: perEdition((l) => term[l]),
      pinyin: pinyinOf(term[SOURCE_LOCALE]),
      provisions: ids((p) => chineseOf(p).includes(term[SOURCE_LOCALE])),
    })),
  ];
  const seen = new Set<string>();
  for (const e of entries) {
    const key = `${e.kind}:${e.id}`;
    if (seen.has(key))
      throw new Error(`content/glossary.yaml: two ${e.kind} entries have the id "${e.id}"`);
    seen.add(key);
  }
  return entries;
}

export interface GlossaryProvisionLink {
  id: string;
  /** "工作措施（五）", the provision's title, and both as the link's accessible name */
  label: string;
  title: string;
  ariaLabel: string;
  /** what the link shows: 措施（五） / M5 */
  short: string;
  path: string;
}

export interface GlossaryGroup {
  kind: GlossaryKind;
  heading: string;
  entries: (GlossaryEntry & {
    kindLabel: string;
    /** every name and the pinyin, for the filter */
    filterText: string;
    provisionLinks: GlossaryProvisionLink[];
  })[];
}

/** The page's entries by kind, each kind sorted for the edition (English by name, Chinese by pinyin). */
export function glossaryPage(
  model: PlanModel,
  all: readonly GlossaryEntry[],
  locale: Locale,
  t: Translate,
): GlossaryGroup[] {
  const kindLabel = (e: GlossaryEntry): string => {
    if (e.kind === 'body')
      return model.bodies.find((b) => b.id === e.id)?.kind[locale] ?? t('glossary.kinds.body');
    if (e.kind === 'place')
      return t(`places.kinds.${model.places.find((p) => p.id === e.id)?.kind ?? 'park'}`);
    if (e.kind === 'topic')
      return t(`topics.groups.${model.topics.find((x) => x.id === e.id)?.group ?? 'policy'}`);
    return t('glossary.kinds.term');
  };
  const sortKey = (e: GlossaryEntry) =>
    (isHanScript(locale) ? e.pinyin : e.name[locale])
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const colon = t('list.colon');
  return GLOSSARY_KINDS.map((kind) => ({
    kind,
    heading: t(GLOSSARY_HEADINGS[kind]),
    entries: all
      .filter((e) => e.kind === kind)
      // Keys are Latin (pinyin or English words): the root collation orders them for every edition.
      .sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'und'))
      .map((e) => ({
        ...e,
        kindLabel: kindLabel(e),
        filterText: [...Object.values(e.name), e.pinyin].join(' '),
        provisionLinks: e.provisions.map((id) => {
          const provision = model.provisions.find((p) => p.id === id);
          if (!provision) throw new Error(`unknown provision ${id}`);
          const label = provisionLabel(provision, t);
          const title = provision.title[locale];
          return {
            id,
            label,
            title,
            ariaLabel: `${label}${colon}${title}`,
            short: provisionShortLabel(provision, t),
            path: paths.provision(locale, id),
          };
        }),
      })),
  }));
}

export interface GlossaryPageData {
  title: string;
  description: string;
  path: string;
  breadcrumbs: Crumb[];
  /** the open data the page is made from */
  data: { json: string; schema: string; csv: string };
  /** how many entries in all, and the filter's status line: all shown, its template ({shown}), none shown */
  total: number;
  count: { text: string; template: string; none: string };
  /** the headword's edition (the page's own Chinese; the source's on the English page), and the translation's */
  headword: { locale: Locale; lang: string };
  translation: { locale: Locale; lang: string };
  groups: GlossaryGroup[];
}

export function glossaryPageData(
  model: PlanModel,
  all: readonly GlossaryEntry[],
  locale: Locale,
  t: Translate,
): GlossaryPageData {
  const title = t('glossary.title');
  const groups = glossaryPage(model, all, locale, t);
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  const original = originalIn(locale);
  return {
    title,
    description: t('glossary.description', { title: model.document.title[locale] }),
    path: paths.glossary(locale),
    breadcrumbs: breadcrumbs(locale, t, { label: title }),
    data: { json: paths.glossaryData(), schema: paths.glossarySchema(), csv: paths.glossaryCsv() },
    total,
    count: {
      text: t('glossary.count', { shown: String(total), total: String(total) }),
      template: t('glossary.count', { shown: '{shown}', total: String(total) }),
      none: t('glossary.none'),
    },
    headword: { locale: original, lang: HTML_LANG[original] },
    translation: { locale: TRANSLATION_LOCALE, lang: HTML_LANG[TRANSLATION_LOCALE] },
    groups,
  };
}
