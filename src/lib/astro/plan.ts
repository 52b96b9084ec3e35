/**
 * Astro glue: reads the content collections once and checks them (src/lib/checked-model.ts:
 * the checked model, the glossary, the changelog, the conversion's overrides). Pages call
 * `getPlan()` and the like; the model and what works on it take their input as arguments, and
 * the code that reads files or runs only in Node is under src/lib/node/.
 */
import { getCollection } from 'astro:content';
import type { PlanModel, TextFile } from '../model/model.ts';
import { SOURCE_PATH } from '../model/source.ts';
import type { GlossaryEntry } from '../route-data/glossary.ts';
import type { SearchVocabulary } from '../model/schema.ts';
import type { DerivedLocale, WrittenLocale } from '../editions.ts';
import type { Override } from '../convert/derive.ts';
import type { Changelog } from '../model/changelog.ts';
import { checkedContent, type CheckedContent } from '../checked-model.ts';
import { YAML_FILES, YAML_NAMES, type ReadCollection, type YamlName } from '../content-files.ts';
import { readProjectFile } from '../node/project.ts';
import { buildSearchData } from '../search/build-data.ts';
import type { SearchData } from '../search/data.ts';
import type { Locale } from '../editions.ts';
import { useTranslations } from '../i18n.ts';

let collections: Promise<ReadCollection> | undefined;

/** Every YAML collection of content-files.ts, loaded once: a reader of their items. */
function readCollections(): Promise<ReadCollection> {
  collections ??= Promise.all(
    YAML_NAMES.map(async (name) => [name, await getCollection(name)] as const),
  ).then((loaded) => {
    const byName = new Map<YamlName, { data: unknown; filePath?: string | undefined }[]>(loaded);
    return ((name: YamlName) =>
      (byName.get(name) ?? []).map((e) => ({
        data: e.data,
        file: e.filePath ?? YAML_FILES[name].file,
      }))) as ReadCollection;
  });
  return collections;
}

let checked: Promise<CheckedContent> | undefined;

/**
 * The content, checked once per build (src/lib/checked-model.ts, the same checks the tests run on
 * the files without Astro): bad content fails the build here, before any page is rendered.
 */
function getContent(): Promise<CheckedContent> {
  checked ??= Promise.all([readCollections(), getCollection('texts')]).then(([read, entries]) => {
    const texts = entries.map((entry): TextFile => {
      const [locale, id] = entry.id.split('/') as [WrittenLocale, string];
      return {
        locale,
        id,
        title: entry.data.title,
        body: entry.body ?? '',
        file: entry.filePath ?? entry.id,
      };
    });
    return checkedContent(read, texts, readProjectFile(SOURCE_PATH));
  });
  return checked;
}

export async function getPlan(): Promise<PlanModel> {
  return (await getContent()).model;
}

/** The overrides of the Traditional conversion, for the About page. */
export async function getConversionOverrides(): Promise<Record<DerivedLocale, Override[]>> {
  return (await getContent()).overrides;
}

/**
 * content/changelog.yaml in every edition, checked against the plan's document (a translation's
 * revision date is its latest change's).
 */
export async function getChangelog(): Promise<Changelog> {
  return (await getContent()).changelog;
}

/** The glossary's entries (pinyin included, with the table of content/pinyin.yaml), made once per build for its pages and its data files. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  return (await getContent()).glossary;
}

/** The search vocabulary of content/search.yaml. */
export async function getSearchVocabulary(): Promise<SearchVocabulary> {
  return (await getContent()).search;
}

const searchData = new Map<Locale, Promise<SearchData>>();

/** An edition's search data (`/search/{locale}.json`), made once per build for every file that needs it. */
export function getSearchData(locale: Locale): Promise<SearchData> {
  let data = searchData.get(locale);
  if (!data) {
    data = Promise.all([getPlan(), getSearchVocabulary()]).then(([plan, vocabulary]) =>
      buildSearchData(plan, vocabulary, locale, useTranslations(locale)),
    );
    searchData.set(locale, data);
  }
  return data;
}
