/**
 * Astro glue: reads the content collections once and builds the checked model, with the
 * converter of the generated editions made from the `conversion` collection. Pages call
 * `getPlan()`; the model and what works on it take their input as arguments, and the code that
 * reads files or runs only in Node is under src/lib/node/.
 */
import { getCollection } from 'astro:content';
import { buildModel, type PlanModel, type TextFile } from '../model/model.ts';
import { chineseTextOf, compareWithSource, SOURCE_PATH } from '../model/source.ts';
import { foldPunctuation } from '../model/text.ts';
import { glossaryEntries, type GlossaryEntry } from '../route-data/glossary.ts';
import type { SearchVocabulary } from '../model/schema.ts';
import type { DerivedLocale, WrittenLocale } from '../editions.ts';
import { ContentError } from '../model/errors.ts';
import { makeDerive, overridesOf, type Override } from '../convert/derive.ts';
import { checkChangelog, type Changelog } from '../model/changelog.ts';
import { localize, type Derive } from '../model/localize.ts';
import {
  rawContent,
  single,
  YAML_FILES,
  YAML_NAMES,
  type ReadCollection,
  type YamlName,
} from '../content-files.ts';
import { readProjectFile } from '../node/project.ts';

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

let cached: Promise<PlanModel> | undefined;

export function getPlan(): Promise<PlanModel> {
  cached ??= load();
  return cached;
}

async function load(): Promise<PlanModel> {
  const read = await readCollections();
  const texts = (await getCollection('texts')).map((entry): TextFile => {
    const [locale, id] = entry.id.split('/') as [WrittenLocale, string];
    return {
      locale,
      id,
      title: entry.data.title,
      body: entry.body ?? '',
      file: entry.filePath ?? entry.id,
    };
  });
  const model = buildModel(rawContent(read, texts), derive(read));
  // The Chinese text is the source's, word for word: checked in every build, not only by the tests.
  const differences = compareWithSource(
    chineseTextOf(model),
    readProjectFile(SOURCE_PATH),
    foldPunctuation,
  );
  const [first] = differences;
  if (first) {
    const more =
      differences.length > 1 ? ` (and ${differences.length - 1} more difference(s))` : '';
    throw new ContentError(first.file, first.field, `${first.problem}${more}`);
  }
  return model;
}

/** The reviewed overrides of every generated edition (content/conversion.yaml), checked. */
function overrides(read: ReadCollection): Record<DerivedLocale, Override[]> {
  return overridesOf(single(read, 'conversion'));
}

let converter: Derive | undefined;
/** The converter of the generated editions: OpenCC with the overrides, made once. */
function derive(read: ReadCollection): Derive {
  converter ??= makeDerive(overrides(read));
  return converter;
}

/** The overrides of the Traditional conversion, for the About page. */
export async function getConversionOverrides(): Promise<Record<DerivedLocale, Override[]>> {
  return overrides(await readCollections());
}

let changelog: Promise<Changelog> | undefined;

/**
 * content/changelog.yaml in every edition, checked against the plan's document (a translation's
 * revision date is its latest change's).
 */
export function getChangelog(): Promise<Changelog> {
  changelog ??= Promise.all([readCollections(), getPlan()]).then(([read, model]) => {
    const facts = single(read, 'changelog');
    checkChangelog(facts, model.document);
    return localize(facts, derive(read));
  });
  return changelog;
}

let glossary: Promise<GlossaryEntry[]> | undefined;

/** The glossary's entries (pinyin included, with the table of content/pinyin.yaml), made once per build for its pages and its data files. */
export function getGlossary(): Promise<GlossaryEntry[]> {
  glossary ??= Promise.all([getPlan(), readCollections()]).then(([model, read]) =>
    glossaryEntries(model, single(read, 'pinyin')),
  );
  return glossary;
}

/** The search vocabulary of content/search.yaml. */
export async function getSearchVocabulary(): Promise<SearchVocabulary> {
  return single(await readCollections(), 'search');
}
