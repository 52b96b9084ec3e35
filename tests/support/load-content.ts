/**
 * Reads the content files straight from disk (no Astro) and builds the same checked model the
 * site is built from, so unit and browser tests derive their expectations from content/ and
 * seeds/, never from the build output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanModel, RawContent, TextFile } from '../../src/lib/model/model.ts';
import type { SearchVocabulary } from '../../src/lib/model/schema.ts';
import { listTextFiles, splitFrontmatter } from '../../src/lib/node/text-loader.ts';
import type { Override } from '../../src/lib/convert/derive.ts';
import type { DerivedLocale, Locale } from '../../src/lib/editions.ts';
import { buildSearchData } from '../../src/lib/search/build-data.ts';
import type { SearchData } from '../../src/lib/search/data.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import type { Changelog } from '../../src/lib/model/changelog.ts';
import {
  rawContent,
  single,
  type ReadCollection,
  type YamlItem,
} from '../../src/lib/content-files.ts';
import type { Derive } from '../../src/lib/model/localize.ts';
import { SOURCE_PATH } from '../../src/lib/model/source.ts';
import type { GlossaryEntry } from '../../src/lib/route-data/glossary.ts';
import {
  checkedContent,
  collectionsOf,
  conversionOf,
  CONTENT_FILES,
  type CheckedContent,
  type ContentFiles,
} from '../../src/lib/checked-model.ts';

export { splitFrontmatter };
export const ROOT = join(import.meta.dirname, '..', '..');
export const SOURCE_FILE = join(ROOT, SOURCE_PATH);

export function readSource(): string {
  return readFileSync(SOURCE_FILE, 'utf-8');
}

/**
 * The content files under `root` as text, by their path from it: every YAML file of
 * src/lib/content-files.ts, every text and the source document (src/lib/checked-model.ts reads
 * them as the build's loaders do). A test of bad content changes one of them and checks the copy.
 */
export function readContentFiles(root = ROOT): ContentFiles {
  return Object.fromEntries(
    [...CONTENT_FILES, ...listTextFiles(root)].map((file) => [
      file,
      readFileSync(join(root, file), 'utf-8'),
    ]),
  );
}

let collections: ReturnType<typeof collectionsOf> | undefined;
/** The collections of content/, read once as the build's loaders read them: parsed, selected, validated. */
function loadCollections(): ReturnType<typeof collectionsOf> {
  collections ??= collectionsOf(readContentFiles());
  return collections;
}

/** A collection of src/lib/content-files.ts read from disk as the build's loader reads it: parsed, selected, validated. */
export const readContent: ReadCollection = (name) => loadCollections().read(name);

export function readTexts(): TextFile[] {
  return loadCollections().texts;
}

export function readRawContent(): RawContent {
  return rawContent(readContent, readTexts());
}

let conversion: ReturnType<typeof conversionOf> | undefined;
function loadConversion(): ReturnType<typeof conversionOf> {
  conversion ??= conversionOf(readContent);
  return conversion;
}

/** The converter of the generated editions, from content/conversion.yaml as the build reads it (the `conversion` collection). */
export function loadDerive(): Derive {
  return loadConversion().derive;
}

let content: CheckedContent | undefined;
/** Everything the build checks in the content (src/lib/checked-model.ts), once. */
function loadContent(): CheckedContent {
  content ??= checkedContent(readContent, readTexts(), readSource(), loadDerive());
  return content;
}

/** The checked model, as the build makes it (src/lib/checked-model.ts: its Chinese text checked against seeds/ too). */
export function loadModel(): PlanModel {
  return loadContent().model;
}

/** content/pinyin.yaml (the glossary's pinyin corrections and proper names), validated as the build validates it. */
export function readPinyinTable(): YamlItem<'pinyin'> {
  return single(readContent, 'pinyin');
}

/** The glossary's entries, as the build makes them (astro/plan.ts, getGlossary). */
export function loadGlossary(): GlossaryEntry[] {
  return loadContent().glossary;
}

/** content/search.yaml, validated as the build validates it. */
export function readSearchVocabulary(): SearchVocabulary {
  return single(readContent, 'search');
}

const searchData = new Map<Locale, SearchData>();
/** An edition's search data as the build makes it from content/, built once per test file. */
export function planSearchData(locale: Locale): SearchData {
  let data = searchData.get(locale);
  if (!data)
    searchData.set(
      locale,
      (data = buildSearchData(
        loadModel(),
        readSearchVocabulary(),
        locale,
        useTranslations(locale),
      )),
    );
  return data;
}

/** The overrides of every generated edition (content/conversion.yaml), checked as the build checks them. */
export function loadOverrides(): Record<DerivedLocale, Override[]> {
  return loadConversion().overrides;
}

/** content/changelog.yaml, checked against the model's document and localized, as the build gives it to the About page. */
export function loadChangelog(): Changelog {
  return loadContent().changelog;
}
