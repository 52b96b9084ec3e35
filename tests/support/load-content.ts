/**
 * Reads the content files straight from disk (no Astro) and builds the same checked model the
 * site is built from, so unit and browser tests derive their expectations from content/ and
 * seeds/, never from the build output.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildModel, type PlanModel, type RawContent, type TextFile } from '../../src/lib/model/model.ts';
import {
  bodySchema, documentSchema, noteSchema, targetSchema, topicSchema, placeSchema, provisionSchema, structureSchema, termSchema, textSchema, searchVocabularySchema,
  type SearchVocabulary,
} from '../../src/lib/model/schema.ts';
import { parseYaml, selectItems, validate } from '../../src/lib/node/yaml-loader.ts';
import { CONVERSION_FILE, conversionSchema, makeDerive, overridesOf } from '../../src/lib/convert/derive.ts';
import type { Derive } from '../../src/lib/model/localize.ts';
import { SOURCE_PATH } from '../../src/lib/model/source.ts';
import { WRITTEN_LOCALES } from '../../src/lib/editions.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SOURCE_FILE = join(ROOT, SOURCE_PATH);

export function readSource(): string {
  return readFileSync(SOURCE_FILE, 'utf-8');
}

function yamlItems(file: string, key?: string, idOf?: (item: Record<string, unknown>) => string) {
  const path = join(ROOT, file);
  return selectItems(parseYaml(readFileSync(path, 'utf-8'), file), file, { ...(key ? { key } : {}), ...(idOf ? { idOf } : {}) });
}

/** Reads and validates the items of a YAML file (or of one of its keys). */
function read<T>(schema: Parameters<typeof validate<T>>[0], file: string, key?: string, idOf?: (item: Record<string, unknown>) => string): T[] {
  return yamlItems(file, key, idOf).map((item, i) => validate(schema, item, file, `${key ?? ''}[${i}]`));
}

/** Splits `---\nfrontmatter\n---\nbody` into its parts. */
export function splitFrontmatter(text: string, file: string): { data: unknown; body: string } {
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { data: parseYaml(match[1] ?? '', file) ?? {}, body: match[2] ?? '' };
}

export function readTexts(root = ROOT): TextFile[] {
  return WRITTEN_LOCALES.flatMap((locale) => {
    const dir = join(root, 'content', 'plan', locale);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((name) => {
        const path = join(dir, name);
        const file = relative(root, path);
        const { data, body } = splitFrontmatter(readFileSync(path, 'utf-8'), file);
        const parsed = validate(textSchema, data, file, '');
        return { locale, id: name.replace(/\.mdx$/, ''), title: parsed.title, body, file };
      });
  });
}

export function readRawContent(): RawContent {
  return {
    document: read(documentSchema, 'content/document.yaml')[0]!,
    texts: readTexts(),
    provisions: read(provisionSchema, 'content/provisions.yaml').map((p) => ({ ...p, file: 'content/provisions.yaml' })),
    bodies: read(bodySchema, 'content/glossary.yaml', 'bodies'),
    places: read(placeSchema, 'content/glossary.yaml', 'places'),
    topics: read(topicSchema, 'content/glossary.yaml', 'topics'),
    targets: read(targetSchema, 'content/targets.yaml'),
    terms: read(termSchema, 'content/glossary.yaml', 'terms', (i) => String(i['zh'])),
    structure: read(structureSchema, 'content/structure.yaml')[0]!,
    notes: existsSync(join(ROOT, 'content/notes.yaml')) ? read(noteSchema, 'content/notes.yaml', 'notes') : [],
  };
}

let derive: Derive | undefined;
/** The converter of the generated editions, from content/conversion.yaml as the build reads it (the `conversion` collection). */
export function loadDerive(): Derive {
  derive ??= makeDerive(overridesOf(read(conversionSchema, CONVERSION_FILE)[0]!));
  return derive;
}

let model: PlanModel | undefined;
export function loadModel(): PlanModel {
  model ??= buildModel(readRawContent(), loadDerive());
  return model;
}

/** content/search.yaml, validated as the build validates it. */
export function readSearchVocabulary(): SearchVocabulary {
  return read(searchVocabularySchema, 'content/search.yaml')[0]!;
}
