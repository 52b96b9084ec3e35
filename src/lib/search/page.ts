/**
 * Build time: the search page's data, made once here so the page only renders it: the filters
 * of the form and the island's configuration.
 */
import type { Translate, UiKey } from '../i18n.ts';
import { groupHeading } from '../model/labels.ts';
import type { PlanModel } from '../model/model.ts';
import { paths } from '../routes.ts';
import { SOURCE_LOCALE, edition, writtenEditionOf, type Locale } from '../editions.ts';
import { PROVISION_KINDS } from '../model/schema.ts';
import {
  SEARCH_PLURALS,
  SEARCH_STRINGS,
  clientTemplate,
  type SearchConfig,
  type SearchPlural,
  type SearchString,
} from './config.ts';
import { buildFoldTable } from './fold.ts';
import type { FoldTable } from './text.ts';
import { sitePagesBundle } from './site-pages.ts';

/**
 * The island's strings that name what the site names elsewhere, under that one key: a direct
 * answer's kind is the name of the list it comes from (园区、平台与载体, as the navigation says).
 * Every other string is the island's own, `search.<name>`.
 */
const SHARED_STRINGS = { kindPlace: 'places.title' } as const satisfies Partial<
  Record<SearchString, UiKey>
>;
type SharedString = keyof typeof SHARED_STRINGS;
const stringKey = (k: SearchString): UiKey =>
  k in SHARED_STRINGS
    ? SHARED_STRINGS[k as SharedString]
    : `search.${k as Exclude<SearchString, SharedString>}`;

export interface FilterGroup {
  key: 'part' | 'group' | 'body' | 'place';
  label: string;
  options: { value: string; label: string }[];
}

/** The filters of the search form: parts, task groups, bodies, and the places provisions name. */
export function searchFilters(model: PlanModel, locale: Locale, t: Translate): FilterGroup[] {
  return [
    {
      key: 'part',
      label: t('search.part'),
      options: PROVISION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}.plural`) })),
    },
    {
      key: 'group',
      label: t('search.group'),
      options: model.groups.map((g) => ({
        value: String(g.number),
        label: groupHeading(g.number, g.title[locale], t),
      })),
    },
    {
      key: 'body',
      label: t('search.body'),
      options: model.bodies.map((b) => ({ value: b.id, label: b.name[locale] })),
    },
    {
      key: 'place',
      label: t('search.place'),
      options: model.places
        .filter((p) => model.provisions.some((x) => x.places.includes(p.id)))
        .map((p) => ({ value: p.id, label: p.name[locale] })),
    },
  ];
}

/** The characters of the plan that a Traditional query may be written in: its text, names and forms. */
export function planVocabulary(model: PlanModel): string {
  return [
    ...model.provisions.map((p) => p.title[SOURCE_LOCALE] + p.paragraphs[SOURCE_LOCALE].join('')),
    ...model.bodies.flatMap((b) => [b.name[SOURCE_LOCALE], ...b.forms]),
    ...model.places.flatMap((p) => p.forms),
    ...model.topics.flatMap((p) => [p.name[SOURCE_LOCALE], ...p.forms]),
    ...Object.values(model.texts).map((x) => x.paragraphs[SOURCE_LOCALE].join('')),
  ].join('');
}

export interface SearchConfigInput {
  model: PlanModel;
  locale: Locale;
  other: Locale;
  lang: string;
  otherHreflang: string;
  t: Translate;
  pluralTemplates: (key: UiKey) => { one: string; other: string };
  /** adds the base path */
  href: (path: string) => string;
  base: string;
}

export function searchConfig({
  model,
  locale,
  other,
  lang,
  otherHreflang,
  t,
  pluralTemplates,
  href,
  base,
}: SearchConfigInput): SearchConfig {
  return {
    locale,
    script: edition(locale).script,
    listSeparator: t('list.separator'),
    colon: t('list.colon'),
    lang,
    dataUrl: href(`/search/${locale}.json`),
    foldUrl: href('/search/fold.json'),
    thesaurusUrl: href('/search/en-thesaurus/'),
    readersUrl: href(`/search/${writtenEditionOf(locale)}-readers.json`),
    otherReadersUrl: href(`/search/${writtenEditionOf(other)}-readers.json`),
    soundsUrl: href('/search/zh-sounds.json'),
    wordsUrl: href('/search/en-words.json'),
    pagefindUrl: href(sitePagesBundle(locale)),
    otherDataUrl: href(`/search/${other}.json`),
    base,
    saysFolded: edition(locale).script === 'han' && !edition(locale).derivedFrom,
    // build-data.ts gives a generated edition's data its `chars`.
    traditional: writtenEditionOf(locale) !== locale,
    otherSearchPage: href(paths.search(other)),
    otherHreflang,
    planUrl: href(paths.plan(locale)),
    fold: pageFoldTable(model),
    // The strings' variables are filled in the browser: given no value here, i18next leaves them as {{q}}.
    strings: Object.fromEntries(
      SEARCH_STRINGS.map((k) => [k, clientTemplate(t(stringKey(k)))]),
    ) as Record<SearchString, string>,
    plurals: Object.fromEntries(
      SEARCH_PLURALS.map((k) => {
        const { one, other } = pluralTemplates(`search.${k}`);
        return [k, { one: clientTemplate(one), other: clientTemplate(other) }];
      }),
    ) as Record<SearchPlural, { one: string; other: string }>,
  };
}

const pageFoldTables = new WeakMap<PlanModel, FoldTable>();

/**
 * The fold table every search page carries (SearchConfig.fold): Traditional characters and
 * wording of the plan's vocabulary, its terms and its topics' forms. The Traditional edition's
 * search data leans on it for its characters (data.ts packed). Made once per model (it takes
 * about 0.75 s): the three search pages and the three search data files share it.
 */
export function pageFoldTable(model: PlanModel): FoldTable {
  let table = pageFoldTables.get(model);
  if (!table) {
    table = buildFoldTable(planVocabulary(model), [
      ...model.terms.map((x) => x[SOURCE_LOCALE]),
      ...model.topics.flatMap((x) => x.forms),
    ]);
    pageFoldTables.set(model, table);
  }
  return table;
}
