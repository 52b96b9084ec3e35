/**
 * The content files, declared once: each collection's file (and the key of it that it reads),
 * how an item without an `id` gets one, and its schema. The content collections
 * (src/content.config.ts), the build's loading of the model (astro/plan.ts) and the tests' loader
 * (tests/support/load-content.ts) are all made from this table, so a content file is added here
 * and nowhere else. Pure: no file is read here.
 */
import type { z } from 'astro/zod';
import { WRITTEN_LOCALES, SOURCE_LOCALE, type WrittenLocale } from './editions.ts';
import { CONVERSION_FILE, conversionSchema } from './convert/derive.ts';
import { PINYIN_FILE, pinyinTableSchema } from './convert/pinyin.ts';
import { UI_WORDING_FILE, uiWordingSchema } from './convert/ui-wording.ts';
import { ContentError } from './model/errors.ts';
import type { RawContent, TextFile } from './model/model.ts';
import {
  bodySchema,
  documentSchema,
  noteSchema,
  placeSchema,
  provisionSchema,
  searchVocabularySchema,
  structureSchema,
  targetSchema,
  termSchema,
  textSchema,
  topicSchema,
} from './model/schema.ts';
import { CHANGELOG_FILE, changelogSchema } from './model/changelog.ts';

/** A YAML file, or one key of it: a list of items, or (`single`) one mapping whose id is "document". */
export interface YamlSource<S extends z.ZodType = z.ZodType> {
  file: string;
  key?: string | undefined;
  idOf?: ((item: Record<string, unknown>) => string) | undefined;
  single?: boolean | undefined;
  schema: S;
}

/** The plan's texts: one file per text and written edition, `<dir>/<edition>/<id><extension>`, front matter and paragraphs. */
export interface TextSource {
  dir: string;
  extension: string;
  locales: readonly WrittenLocale[];
  schema: typeof textSchema;
}

const GLOSSARY = 'content/glossary.yaml';

export const TEXT_FILES: TextSource = {
  dir: 'content/plan',
  extension: '.mdx',
  locales: WRITTEN_LOCALES,
  schema: textSchema,
};

export const YAML_FILES = {
  /** The record of the editions (reviews, revisions): the About page's, not the plan's (astro/plan.ts getChangelog). */
  changelog: { file: CHANGELOG_FILE, single: true, schema: changelogSchema },
  provisions: { file: 'content/provisions.yaml', schema: provisionSchema },
  bodies: { file: GLOSSARY, key: 'bodies', schema: bodySchema },
  places: { file: GLOSSARY, key: 'places', schema: placeSchema },
  topics: { file: GLOSSARY, key: 'topics', schema: topicSchema },
  terms: {
    file: GLOSSARY,
    key: 'terms',
    idOf: (item) => String(item[SOURCE_LOCALE] ?? ''),
    schema: termSchema,
  },
  targets: { file: 'content/targets.yaml', schema: targetSchema },
  notes: { file: 'content/notes.yaml', key: 'notes', schema: noteSchema },
  structure: { file: 'content/structure.yaml', single: true, schema: structureSchema },
  document: { file: 'content/document.yaml', single: true, schema: documentSchema },
  search: { file: 'content/search.yaml', single: true, schema: searchVocabularySchema },
  conversion: { file: CONVERSION_FILE, single: true, schema: conversionSchema },
  pinyin: { file: PINYIN_FILE, single: true, schema: pinyinTableSchema },
  uiWording: { file: UI_WORDING_FILE, single: true, schema: uiWordingSchema },
} as const satisfies Record<string, YamlSource>;

export type YamlName = keyof typeof YAML_FILES;
/** The validated items of a YAML collection. */
export type YamlItem<K extends YamlName> = z.infer<(typeof YAML_FILES)[K]['schema']>;

export const YAML_NAMES = Object.keys(YAML_FILES) as YamlName[];

/** What the YAML loader picks out of a collection's file: the key it reads, how items get an id. */
export function selectionOf(name: YamlName): {
  key?: string;
  idOf?: (item: Record<string, unknown>) => string;
} {
  const source: YamlSource = YAML_FILES[name];
  return {
    ...(source.key ? { key: source.key } : {}),
    ...(source.idOf ? { idOf: source.idOf } : {}),
  };
}

/** How a loader gives the items of a collection (already loaded): validated, each with the file it came from. */
export type ReadCollection = <K extends YamlName>(name: K) => { data: YamlItem<K>; file: string }[];

/** The one item of a single-mapping file; its absence names the file. */
export function single<K extends YamlName>(read: ReadCollection, name: K): YamlItem<K> {
  const [item] = read(name);
  if (!item) throw new ContentError(YAML_FILES[name].file, '(file)', 'is missing');
  return item.data;
}

/** The content as the model takes it, from any loader of the collections (the build's or the tests'). */
export function rawContent(read: ReadCollection, texts: TextFile[]): RawContent {
  const data = <K extends YamlName>(name: K) => read(name).map((item) => item.data);
  return {
    document: single(read, 'document'),
    structure: single(read, 'structure'),
    texts,
    provisions: read('provisions').map((item) => ({ ...item.data, file: item.file })),
    bodies: data('bodies'),
    places: data('places'),
    topics: data('topics'),
    terms: data('terms'),
    targets: data('targets'),
    notes: data('notes'),
  };
}

/** A text's id and edition from its path below the texts' folder: `en/task-7.mdx` → en, task-7. */
export function textIdOf(
  relativePath: string,
  source: TextSource = TEXT_FILES,
): { locale: WrittenLocale; id: string } | undefined {
  const match = relativePath.replace(/\\/g, '/').match(/^([^/]+)\/([^/]+)$/);
  if (!match || !match[2]!.endsWith(source.extension)) return undefined;
  const locale = source.locales.find((l) => l === match[1]);
  return locale ? { locale, id: match[2]!.slice(0, -source.extension.length) } : undefined;
}
