/**
 * The content, checked: every check the build makes on the content files before it renders a
 * page, in one place and without Astro. The build (astro/plan.ts) gives it the content
 * collections as Astro loaded them; the tests give it the files' text (`collectionsOf`), so a
 * test of bad content takes milliseconds instead of a build. Bad content throws a ContentError
 * naming the file, the field and what is wrong.
 *
 * It sits beside content-files.ts, not in model/: it joins the model with the loaders' parsing
 * (node/yaml-loader.ts, node/text-loader.ts), the conversion and the glossary's pinyin, which
 * the model may not import (tests/unit/layers.test.ts). It reads no file.
 */
import type { z } from 'astro/zod';
import { makeDerive, overridesOf, type Override } from './convert/derive.ts';
import {
  rawContent,
  selectionOf,
  single,
  textIdOf,
  TEXT_FILES,
  YAML_FILES,
  YAML_NAMES,
  type ReadCollection,
  type YamlItem,
  type YamlName,
} from './content-files.ts';
import { WRITTEN_LOCALES, type DerivedLocale } from './editions.ts';
import { checkChangelog, type Changelog } from './model/changelog.ts';
import { ContentError } from './model/errors.ts';
import { localize, type Derive } from './model/localize.ts';
import { buildModel, type PlanModel, type TextFile } from './model/model.ts';
import type { SearchVocabulary } from './model/schema.ts';
import { chineseTextOf, compareWithSource, SOURCE_PATH } from './model/source.ts';
import { foldPunctuation } from './model/text.ts';
import { textFile } from './node/text-loader.ts';
import { parseYaml, selectItems, validate } from './node/yaml-loader.ts';
import { glossaryEntries, type GlossaryEntry } from './route-data/glossary.ts';

/** The project's content as text: each file's path from the project's root → its content. */
export type ContentFiles = Readonly<Record<string, string>>;

/** The content, checked, with what the pages read beside the model. */
export interface CheckedContent {
  model: PlanModel;
  /** The glossary's entries with their pinyin (content/pinyin.yaml, checked against the names). */
  glossary: GlossaryEntry[];
  /** content/changelog.yaml, checked against the plan's document, in every edition. */
  changelog: Changelog;
  /** The reviewed overrides of every generated edition (content/conversion.yaml), checked. */
  overrides: Record<DerivedLocale, Override[]>;
  /** content/search.yaml. */
  search: SearchVocabulary;
}

/**
 * The model, checked: built from the collections (every cross-reference the schemas cannot see
 * is checked there), and its Chinese text compared word for word with the source document
 * (`source`, the text of seeds/): any difference fails with the file to fix.
 */
export function checkedModel(
  read: ReadCollection,
  texts: TextFile[],
  source: string,
  derive: Derive,
): PlanModel {
  const model = buildModel(rawContent(read, texts), derive);
  const differences = compareWithSource(chineseTextOf(model), source, foldPunctuation);
  const [first] = differences;
  if (first) {
    const more =
      differences.length > 1 ? ` (and ${differences.length - 1} more difference(s))` : '';
    throw new ContentError(first.file, first.field, `${first.problem}${more}`);
  }
  return model;
}

/** The overrides of content/conversion.yaml, checked, and the converter made from them. */
export function conversionOf(read: ReadCollection): {
  overrides: Record<DerivedLocale, Override[]>;
  derive: Derive;
} {
  const overrides = overridesOf(single(read, 'conversion'));
  return { overrides, derive: makeDerive(overrides) };
}

/**
 * Everything the build checks in the content: the model (checkedModel), the glossary's pinyin
 * corrections, the changelog and the conversion's overrides. `derive` may be given when the
 * caller already has the converter of the same content/conversion.yaml (it takes a moment to make).
 */
export function checkedContent(
  read: ReadCollection,
  texts: TextFile[],
  source: string,
  derive?: Derive,
): CheckedContent {
  const conversion = derive
    ? { overrides: overridesOf(single(read, 'conversion')), derive }
    : conversionOf(read);
  const model = checkedModel(read, texts, source, conversion.derive);
  const changelogFacts = single(read, 'changelog');
  checkChangelog(changelogFacts, model.document);
  return {
    model,
    glossary: glossaryEntries(model, single(read, 'pinyin')),
    changelog: localize(changelogFacts, conversion.derive),
    overrides: conversion.overrides,
    search: single(read, 'search'),
  };
}

/** A file of `files`; its absence names it. */
function fileText(files: ContentFiles, file: string): string {
  const text = files[file];
  if (text === undefined) throw new ContentError(file, '(file)', 'is missing');
  return text;
}

/**
 * The collections from the files' text, read as the build's loaders read them
 * (src/content.config.ts): each YAML file parsed, its items selected and validated against
 * their schema; each text split into front matter and paragraphs. Every collection is read here,
 * at once, so bad content anywhere fails now.
 */
export function collectionsOf(files: ContentFiles): { read: ReadCollection; texts: TextFile[] } {
  const parsed = new Map<string, unknown>();
  const parse = (file: string) => {
    if (!parsed.has(file)) parsed.set(file, parseYaml(fileText(files, file), file));
    return parsed.get(file);
  };
  const collections = new Map(
    YAML_NAMES.map((name) => {
      const { file, schema } = YAML_FILES[name];
      const selection = selectionOf(name);
      const items = selectItems(parse(file), file, selection).map((item, i) => ({
        data: validate(schema as z.ZodType, item, file, `${selection.key ?? ''}[${i}]`),
        file,
      }));
      return [name, items] as const;
    }),
  );
  const read = (<K extends YamlName>(name: K) =>
    collections.get(name) as { data: YamlItem<K>; file: string }[]) as ReadCollection;
  const prefix = `${TEXT_FILES.dir}/`;
  const texts = Object.keys(files)
    .filter((file) => file.startsWith(prefix))
    .sort()
    .flatMap((file) => {
      const where = textIdOf(file.slice(prefix.length));
      return where ? [textFile(files[file]!, file, where)] : [];
    })
    .sort((a, b) => WRITTEN_LOCALES.indexOf(a.locale) - WRITTEN_LOCALES.indexOf(b.locale));
  return { read, texts };
}

/** The files `checkedContentOf` reads: every YAML file of content-files.ts and the source document. */
export const CONTENT_FILES: readonly string[] = [
  ...new Set([...YAML_NAMES.map((name) => YAML_FILES[name].file), SOURCE_PATH]),
];

/** The content of `files` (CONTENT_FILES and the texts under TEXT_FILES.dir), checked: the build's checks, without a build. */
export function checkedContentOf(files: ContentFiles, derive?: Derive): CheckedContent {
  const { read, texts } = collectionsOf(files);
  return checkedContent(read, texts, fileText(files, SOURCE_PATH), derive);
}
