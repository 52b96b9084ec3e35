/**
 * Reads the content files straight from disk (no Astro) and builds the same checked model the
 * site is built from, so unit and browser tests derive their expectations from content/ and
 * seeds/, never from the build output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildModel,
  type PlanModel,
  type RawContent,
  type TextFile,
} from '../../src/lib/model/model.ts';
import type { SearchVocabulary } from '../../src/lib/model/schema.ts';
import { parseYaml, selectItems, validate } from '../../src/lib/node/yaml-loader.ts';
import { readTextFiles, splitFrontmatter } from '../../src/lib/node/text-loader.ts';
import { makeDerive, overridesOf, type Override } from '../../src/lib/convert/derive.ts';
import type { DerivedLocale } from '../../src/lib/editions.ts';
import { checkChangelog, type Changelog } from '../../src/lib/model/changelog.ts';
import { localize } from '../../src/lib/model/localize.ts';
import {
  rawContent,
  selectionOf,
  single,
  YAML_FILES,
  type ReadCollection,
  type YamlItem,
  type YamlName,
} from '../../src/lib/content-files.ts';
import type { z } from 'astro/zod';
import type { Derive } from '../../src/lib/model/localize.ts';
import { SOURCE_PATH } from '../../src/lib/model/source.ts';
import { glossaryEntries, type GlossaryEntry } from '../../src/lib/route-data/glossary.ts';

export { splitFrontmatter };
export const ROOT = join(import.meta.dirname, '..', '..');
export const SOURCE_FILE = join(ROOT, SOURCE_PATH);

export function readSource(): string {
  return readFileSync(SOURCE_FILE, 'utf-8');
}

/** A collection of src/lib/content-files.ts read from disk as the build's loader reads it: parsed, selected, validated. */
export const readContent: ReadCollection = <K extends YamlName>(name: K) => {
  const { file, schema } = YAML_FILES[name];
  const selection = selectionOf(name);
  const items = selectItems(
    parseYaml(readFileSync(join(ROOT, file), 'utf-8'), file),
    file,
    selection,
  );
  return items.map((item, i) => ({
    data: validate(schema as z.ZodType, item, file, `${selection.key ?? ''}[${i}]`) as YamlItem<K>,
    file,
  }));
};

export function readTexts(root = ROOT): TextFile[] {
  return readTextFiles(root);
}

export function readRawContent(): RawContent {
  return rawContent(readContent, readTexts());
}

let derive: Derive | undefined;
/** The converter of the generated editions, from content/conversion.yaml as the build reads it (the `conversion` collection). */
export function loadDerive(): Derive {
  derive ??= makeDerive(overridesOf(single(readContent, 'conversion')));
  return derive;
}

let model: PlanModel | undefined;
export function loadModel(): PlanModel {
  model ??= buildModel(readRawContent(), loadDerive());
  return model;
}

/** content/pinyin.yaml (the glossary's pinyin corrections and proper names), validated as the build validates it. */
export function readPinyinTable(): YamlItem<'pinyin'> {
  return single(readContent, 'pinyin');
}

let glossary: GlossaryEntry[] | undefined;
/** The glossary's entries, as the build makes them (astro/plan.ts, getGlossary). */
export function loadGlossary(): GlossaryEntry[] {
  glossary ??= glossaryEntries(loadModel(), readPinyinTable());
  return glossary;
}

/** content/search.yaml, validated as the build validates it. */
export function readSearchVocabulary(): SearchVocabulary {
  return single(readContent, 'search');
}

/** The overrides of every generated edition (content/conversion.yaml), checked as the build checks them. */
export function loadOverrides(): Record<DerivedLocale, Override[]> {
  return overridesOf(single(readContent, 'conversion'));
}

/** content/changelog.yaml, checked against the model's document and localized, as the build gives it to the About page. */
export function loadChangelog(): Changelog {
  const facts = single(readContent, 'changelog');
  checkChangelog(facts, loadModel().document);
  return localize(facts, loadDerive());
}
