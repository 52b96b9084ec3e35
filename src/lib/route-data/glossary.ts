/**
 * The glossary: every responsible body, place, topic and term of content/glossary.yaml with its
 * Chinese, English and pinyin, its kind, its page and the provisions that use it. Built once here
 * for the page (/{edition}/glossary/, glossaryPageData) and the open data (/data/glossary.json
 * and .csv), so the two always match. The pinyin is written by the orthography rules and the
 * reviewed table of content/pinyin.yaml (convert/pinyin.ts). Build time only (pinyin's
 * dictionary stays out of the browser).
 */
import {
  SOURCE_LOCALE,
  TRANSLATION_LOCALE,
  isHanScript,
  originalIn,
  perEdition,
  type Locale,
} from '../editions.ts';
import { HTML_LANG, type Translate, type UiKey } from '../i18n.ts';
import { namesPinyin, toneless, type PinyinTable } from '../convert/pinyin.ts';
import type { PlanModel, Provision } from '../model/model.ts';
import type { Localized } from '../model/schema.ts';
import { provisionLabel, provisionShortLabel } from '../model/labels.ts';
import { paths } from '../routes.ts';
import { breadcrumbs, type Crumb } from './crumb.ts';
import { nameShownFirst } from './label-in-name.ts';

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
  /** The Chinese name in Hanyu Pinyin as the orthography writes it: words joined, proper names capitalized (Shěnyáng Rìbàoshè). */
  pinyin: string;
  /** The same syllable by syllable, lower case with tone marks (shěn yáng rì bào shè): for the filter and sorting. */
  syllables: string;
  /** A body's official full name, second title (市知识产权局) and the office it houses (市人才办), where it has them. */
  fullName?: Localized | undefined;
  alsoKnownAs?: Localized | undefined;
  houses?: Localized | undefined;
  /** The entry's own page in each edition: bodies, places and topics have one, terms none. */
  path?: Record<Locale, string> | undefined;
  /** The provisions that use it, in reading order. */
  provisions: string[];
}

/** A term's id: its syllables without tones, hyphened (载体 → zai-ti). */
const slugOf = (syllables: readonly string[]) =>
  toneless(syllables.join('-'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const chineseOf = (p: Provision) =>
  `${p.title[SOURCE_LOCALE]}${p.paragraphs[SOURCE_LOCALE].join('')}`;

/**
 * Every entry, bodies first, then places, topics and terms, each kind in the glossary file's order,
 * with the pinyin of its Chinese name (`pinyin`: content/pinyin.yaml's corrections and proper
 * names, checked against the glossary's names here, so a stale correction fails the build).
 */
export function glossaryEntries(
  model: PlanModel,
  pinyin: Pick<PinyinTable, 'corrections' | 'properNames'>,
): GlossaryEntry[] {
  const ids = (test: (p: Provision) => boolean) => model.provisions.filter(test).map((p) => p.id);
  type Unwritten = Omit<GlossaryEntry, 'id' | 'pinyin' | 'syllables'> & { id?: string };
  const unwritten: Unwritten[] = [
    ...model.bodies.map((b) => ({
      kind: 'body' as const,
      id: b.id,
      name: b.name,
      fullName: b.fullName,
      ...(b.alsoKnownAs ? { alsoKnownAs: b.alsoKnownAs } : {}),
      ...(b.houses ? { houses: b.houses } : {}),
      path: perEdition((l) => paths.body(l, b.id)),
      provisions: ids((p) => p.bodies.includes(b.id)),
    })),
    ...model.places.map((place) => ({
      kind: 'place' as const,
      id: place.id,
      name: place.name,
      path: perEdition((l) => paths.place(l, place.id)),
      provisions: ids((p) => p.places.includes(place.id)),
    })),
    ...model.topics.map((topic) => ({
      kind: 'topic' as const,
      id: topic.id,
      name: topic.name,
      path: perEdition((l) => paths.topic(l, topic.id)),
      provisions: ids((p) => p.topics.includes(topic.id)),
    })),
    ...model.terms.map((term) => ({
      kind: 'term' as const,
      name: perEdition((l) => term[l]),
      provisions: ids((p) => chineseOf(p).includes(term[SOURCE_LOCALE])),
    })),
  ];
  const write = namesPinyin(
    pinyin,
    unwritten.map((e) => e.name[SOURCE_LOCALE]),
  );
  const entries = unwritten.map((e): GlossaryEntry => {
    const { text, syllables } = write(e.name[SOURCE_LOCALE]);
    return { ...e, id: e.id ?? slugOf(syllables), pinyin: text, syllables: syllables.join(' ') };
  });
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
  /** "工作措施（五）", the provision's title, and the link's accessible name: what it shows, then both ("M5, Measure 5: …") */
  label: string;
  title: string;
  ariaLabel: string;
  /** what the link shows: 措施（五） / M5 */
  short: string;
  path: string;
}

/** A body's further name on the page: its label, in the headword's Chinese and in the translation. */
export interface GlossaryFact {
  label: string;
  headword: string;
  translation: string;
}

export interface GlossaryGroup {
  kind: GlossaryKind;
  heading: string;
  entries: (GlossaryEntry & {
    kindLabel: string;
    /** a body's full name (where it is not its name), second title and housed office */
    facts: GlossaryFact[];
    /** every name (a body's further names too) and the pinyin, as written and syllable by syllable without tones, for the filter */
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
  // Chinese by the syllables (as dictionaries order them: 离岸 under li an, not under the apostrophe).
  const sortKey = (e: GlossaryEntry) =>
    toneless(isHanScript(locale) ? e.syllables : e.name[locale]);
  const colon = t('list.colon');
  const headword = originalIn(locale);
  const facts = (e: GlossaryEntry): GlossaryFact[] => {
    const fact = (key: UiKey, value: Localized | undefined) =>
      value
        ? [{ label: t(key), headword: value[headword], translation: value[TRANSLATION_LOCALE] }]
        : [];
    const fullName =
      e.fullName &&
      (e.fullName[headword] !== e.name[headword] ||
        e.fullName[TRANSLATION_LOCALE] !== e.name[TRANSLATION_LOCALE])
        ? e.fullName
        : undefined;
    return [
      ...fact('bodies.fullName', fullName),
      ...fact('bodies.alsoKnownAs', e.alsoKnownAs),
      ...fact('bodies.houses', e.houses),
    ];
  };
  const namesOf = (e: GlossaryEntry) =>
    [e.name, e.fullName, e.alsoKnownAs, e.houses].flatMap((n) => (n ? Object.values(n) : []));
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
        facts: facts(e),
        // "zaiti", "zai ti", "zàitǐ", "lian" and "li'an" all find their entry (the filter folds
        // spaces); a body also by its full name, second title and housed office.
        filterText: [...namesOf(e), e.pinyin, toneless(e.syllables)].join(' '),
        provisionLinks: e.provisions.map((id) => {
          const provision = model.provisions.find((p) => p.id === id);
          if (!provision) throw new Error(`unknown provision ${id}`);
          const label = provisionLabel(provision, t);
          const title = provision.title[locale];
          const short = provisionShortLabel(provision, t);
          return {
            id,
            label,
            title,
            ariaLabel: nameShownFirst(short, `${label}${colon}${title}`, t),
            short,
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
