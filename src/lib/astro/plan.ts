/**
 * Astro glue: reads the content collections once and builds the checked model, with the
 * converter of the generated editions made from the `conversion` collection. Pages call
 * `getPlan()`; the model and what works on it take their input as arguments, and the code that
 * reads files or runs only in Node is under src/lib/node/.
 */
import { getCollection, getEntry } from 'astro:content';
import { buildModel, type PlanModel, type TextFile } from '../model/model.ts';
import { chineseTextOf, compareWithSource, SOURCE_PATH } from '../model/source.ts';
import { foldPunctuation } from '../model/text.ts';
import { glossaryEntries, type GlossaryEntry } from '../route-data/glossary.ts';
import type { Locale, SearchVocabulary } from '../model/schema.ts';
import type { WrittenLocale } from '../editions.ts';
import { ContentError } from '../model/errors.ts';
import { makeDerive, overridesOf } from '../convert/derive.ts';
import { readProjectFile } from '../node/project.ts';

let cached: Promise<PlanModel> | undefined;

export function getPlan(): Promise<PlanModel> {
  cached ??= load();
  return cached;
}

async function load(): Promise<PlanModel> {
  const [texts, provisions, bodies, places, topics, targets, terms, notes, document, structure] = await Promise.all([
    getCollection('texts'), getCollection('provisions'), getCollection('bodies'), getCollection('places'),
    getCollection('topics'), getCollection('targets'), getCollection('terms'), getCollection('notes'),
    getEntry('document', 'document'), getEntry('structure', 'document'),
  ]);
  if (!document) throw new ContentError('content/document.yaml', '(file)', 'is missing');
  if (!structure) throw new ContentError('content/structure.yaml', '(file)', 'is missing');
  const conversion = await getEntry('conversion', 'document');
  if (!conversion) throw new ContentError('content/conversion.yaml', '(file)', 'is missing');
  const derive = makeDerive(overridesOf(conversion.data));
  const model = buildModel({
    document: document.data,
    texts: texts.map((entry): TextFile => {
      const [locale, id] = entry.id.split('/') as [WrittenLocale, string];
      return { locale, id, title: entry.data.title, body: entry.body ?? '', file: entry.filePath ?? entry.id };
    }),
    provisions: provisions.map((entry) => ({ ...entry.data, file: entry.filePath ?? 'content/provisions.yaml' })),
    bodies: bodies.map((e) => e.data),
    places: places.map((e) => e.data),
    topics: topics.map((e) => e.data),
    targets: targets.map((e) => e.data),
    terms: terms.map((e) => e.data),
    structure: structure.data,
    notes: notes.map((e) => e.data),
  }, derive);
  // The Chinese text is the source's, word for word: checked in every build, not only by the tests.
  const differences = compareWithSource(chineseTextOf(model), readProjectFile(SOURCE_PATH), foldPunctuation);
  const [first] = differences;
  if (first) {
    const more = differences.length > 1 ? ` (and ${differences.length - 1} more difference(s))` : '';
    throw new ContentError(first.file, first.field, `${first.problem}${more}`);
  }
  return model;
}

let glossary: Promise<GlossaryEntry[]> | undefined;

/** The glossary's entries (pinyin included), made once per build for its pages and its data files. */
export function getGlossary(): Promise<GlossaryEntry[]> {
  glossary ??= getPlan().then(glossaryEntries);
  return glossary;
}

/** The MDX entry of a text, for rendering it with `render()`. */
export async function getTextEntry(locale: Locale, id: string) {
  const entry = await getEntry('texts', `${locale}/${id}`);
  if (!entry) throw new ContentError(`content/plan/${locale}/${id}.mdx`, '(file)', 'is missing');
  return entry;
}

/** The search vocabulary of content/search.yaml. */
export async function getSearchVocabulary(): Promise<SearchVocabulary> {
  const entry = await getEntry('search', 'document');
  if (!entry) throw new ContentError('content/search.yaml', '(file)', 'is missing');
  return entry.data;
}
