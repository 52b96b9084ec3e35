/**
 * The plan as one typed, checked model, built from the content files. Pure: the Astro glue in
 * `plan.ts` feeds it the collections; unit tests feed it the files directly or fixtures.
 * Every cross-reference the schemas cannot see is checked here, and a problem fails the build
 * with the file and field that are wrong.
 */
import { EXPECTED_COUNTS, compareProvisionIds, parseProvisionId } from './provision-id.ts';
import type { z } from 'astro/zod';
import {
  LOCALES, PROVISION_KINDS, type Body, type Group, type Locale, type Localized, type Part, type Place,
  type NoteFacts, type PlanDocument, type ProvisionFacts, type ProvisionKind, type Section, type Target, type Term, type Topic,
  type bodySchema, type documentSchema, type groupSchema, type partSchema, type placeSchema, type sectionSchema, type targetSchema, type termSchema, type topicSchema,
} from './schema.ts';
import { chineseSentences, foldPunctuation, markdownParagraphs, paragraphLines, paragraphsOf } from './text.ts';
import { groupDigits } from './format.ts';
import { SOURCE_LOCALE, WRITTEN_LOCALES, edition, isHanScript, isTranslation, perEdition, type DerivedLocale, type WrittenLocale } from '../editions.ts';
import { localize, type Derive, type Localize } from './localize.ts';
import { ContentError } from './errors.ts';

/** Texts that are not provisions: the covering notice, the preamble, and section texts. */
export const SECTION_TEXT_IDS = ['notice', 'preamble', 'guiding-ideology', 'targets', 'measures-intro', 'implementation-intro'] as const;
export type SectionTextId = (typeof SECTION_TEXT_IDS)[number];

export interface TextFile {
  locale: WrittenLocale;
  id: string;
  title?: string | undefined;
  body: string;
  /** Path of the file, for error messages. */
  file: string;
}

/** The content as the files write it: names and texts in the written editions only. */
export interface RawContent {
  document: z.infer<typeof documentSchema>;
  texts: TextFile[];
  provisions: (ProvisionFacts & { file: string })[];
  bodies: z.infer<typeof bodySchema>[];
  places: z.infer<typeof placeSchema>[];
  topics: z.infer<typeof topicSchema>[];
  terms: z.infer<typeof termSchema>[];
  targets: z.infer<typeof targetSchema>[];
  parts: z.infer<typeof partSchema>[];
  sections: z.infer<typeof sectionSchema>[];
  groups: z.infer<typeof groupSchema>[];
  notes: NoteFacts[];
}

/** Per edition, the plain-text paragraphs of a text, paired by index. */
export type Paragraphs = Localized<string[]>;

export interface Provision {
  id: string;
  kind: ProvisionKind;
  number: number;
  /** For tasks: the (一)…(五) group of 二、重点任务. */
  group?: number | undefined;
  title: Localized;
  /** Plain-text paragraphs, paired by index across the editions. */
  paragraphs: Paragraphs;
  /** The same paragraphs as one-line Markdown (emphasis kept), for pages that pair them. */
  markdown: Paragraphs;
  /** Each paragraph's sentences as Markdown, paired by index across the editions (see `sentencePairs`). */
  sentences: Sentences;
  /** The translator's notes on this text, in paragraph order. */
  notes: Note[];
  /** Body ids, in the order of the source's responsibility bracket. */
  bodies: string[];
  /** Place ids named in the provision's Chinese text, in order of first mention (derived, never written by hand). */
  places: string[];
  /** Topic ids named in the provision's Chinese text, in order of first mention (derived). */
  topics: string[];
}

export interface SectionText {
  id: SectionTextId;
  title?: Localized | undefined;
  paragraphs: Paragraphs;
  markdown: Paragraphs;
  sentences: Sentences;
  notes: Note[];
  places: string[];
}

/** Per edition, per paragraph, its sentences (Markdown): sentence [p][s] of every edition renders sentence [p][s] of the source. */
export type Sentences = Localized<string[][]>;

/** A translator's note, numbered 1…N through the whole plan in reading order. */
export type Note = Localize<NoteFacts> & { number: number };

export interface PlanModel {
  document: PlanDocument;
  /** In reading order: principles, tasks, measures, implementation items. */
  provisions: Provision[];
  texts: Record<SectionTextId, SectionText>;
  bodies: Body[];
  places: Place[];
  topics: Topic[];
  terms: Term[];
  targets: Target[];
  parts: Part[];
  sections: Section[];
  groups: Group[];
  /** Every translator's note, in reading order. */
  notes: Note[];
}

const GLOSSARY = 'content/glossary.yaml';
/** A paragraph longer than this is a content error (a pasted file, a lost line break), not text. */
export const MAX_PARAGRAPH_CHARS = 5000;
const TARGETS = 'content/targets.yaml';
const NOTES = 'content/notes.yaml';

/** The order a reader meets the texts in: the notice, the preamble, then each part's texts. */
export function readingOrder(provisions: readonly Provision[]): string[] {
  const of = (kind: ProvisionKind) => provisions.filter((p) => p.kind === kind).map((p) => p.id);
  return ['notice', 'preamble', 'guiding-ideology', ...of('principle'), 'targets', ...of('task'), 'measures-intro', ...of('measure'), 'implementation-intro', ...of('implementation')];
}

/** The glossary entries (places, topics) whose Chinese forms occur in a text, in order of first mention. */
export function namedIn<T extends { id: string; forms: string[] }>(entries: T[], zhText: string): string[] {
  const firstAt = (e: T) => Math.min(...e.forms.map((f) => zhText.indexOf(f)).filter((i) => i >= 0));
  return entries
    .filter((e) => e.forms.some((f) => zhText.includes(f)))
    .sort((a, b) => firstAt(a) - firstAt(b) || (a.id < b.id ? -1 : 1))
    .map((e) => e.id);
}

/**
 * The checked model. `derive` makes the generated editions' names and texts from their source
 * edition's (the site's: OpenCC and the overrides of content/conversion.yaml, convert/derive.ts).
 */
export function buildModel(written: RawContent, derive: Derive): PlanModel {
  const raw = localizeContent(written, derive);
  const texts = new Map<string, TextFile>();
  for (const text of written.texts) texts.set(`${text.locale}/${text.id}`, text);

  const bodyIds = new Set(raw.bodies.map((b) => b.id));
  const groupNumbers = new Set(raw.groups.map((g) => g.number));
  const provisionIds = new Set(raw.provisions.map((p) => p.id));
  const sectionIds = new Set<string>(SECTION_TEXT_IDS);

  // Every text file stands for a known provision or section.
  for (const text of written.texts) {
    if (!provisionIds.has(text.id) && !sectionIds.has(text.id)) {
      throw new ContentError(text.file, '(file name)', `"${text.id}" is neither a provision of content/provisions.yaml nor one of ${SECTION_TEXT_IDS.join(', ')}`);
    }
  }

  /** The text of `id` in every edition; a missing twin or a paragraph-count mismatch fails. */
  const pair = (id: string, needsTitle: boolean, owner: string) => {
    const found = Object.fromEntries(
      WRITTEN_LOCALES.map((locale) => {
        const text = texts.get(`${locale}/${id}`);
        if (!text) throw new ContentError(`content/plan/${locale}/${id}.mdx`, '(file)', `is missing: ${owner} needs its ${edition(locale).name} text`);
        if (needsTitle && !text.title) throw new ContentError(text.file, 'title', 'is required for a provision');
        return [locale, text];
      }),
    ) as Record<WrittenLocale, TextFile>;
    const source = found[SOURCE_LOCALE];
    for (const locale of WRITTEN_LOCALES) {
      if (!!found[locale].title !== !!source.title) throw new ContentError((source.title ? found[locale] : source).file, 'title', 'is missing while its twin has one');
    }
    // A generated edition's text: its source's file, converted (errors still name the source file).
    const files = perEdition((locale): TextFile => {
      const from = edition(locale).derivedFrom;
      if (!from) return found[locale as WrittenLocale];
      const source = found[from.edition as WrittenLocale];
      const convert = (text: string) => derive(locale as DerivedLocale, text);
      return { ...source, title: source.title === undefined ? undefined : convert(source.title), body: convert(source.body) };
    });
    const paragraphs = perEdition((l) => paragraphsOf(files[l].body));
    for (const locale of LOCALES) {
      if (paragraphs[locale].length === 0) throw new ContentError(files[locale].file, '(body)', 'is empty');
      paragraphs[locale].forEach((paragraph, i) => {
        if (paragraph.length > MAX_PARAGRAPH_CHARS) {
          throw new ContentError(files[locale].file, `paragraph ${i + 1}`, `has ${groupDigits(paragraph.length)} characters; a paragraph may have at most ${groupDigits(MAX_PARAGRAPH_CHARS)} (the plan's longest has about 1,250)`);
        }
      });
      if (paragraphs[locale].length !== paragraphs[SOURCE_LOCALE].length) {
        throw new ContentError(files[locale].file, '(body)', `has ${paragraphs[locale].length} paragraphs but its Chinese twin has ${paragraphs[SOURCE_LOCALE].length}: paragraphs are paired one to one`);
      }
    }
    const title = source.title ? perEdition((l) => files[l].title!) : undefined;
    const markdown = perEdition((l) => markdownParagraphs(files[l].body));
    // The pages render the paragraphs themselves (components/PlanText.astro): plain text with
    // *emphasis*. MDX expressions and HTML would be shown as text, so they are refused here.
    for (const locale of WRITTEN_LOCALES) {
      markdown[locale].forEach((paragraph, i) => {
        const syntax = paragraph.match(/[<>{}]|\[[^\]]*\]\([^)]*\)/)?.[0];
        if (syntax) throw new ContentError(found[locale].file, `paragraph ${i + 1}`, `holds "${syntax}": a plan text is plain paragraphs with *emphasis*; MDX expressions, HTML and links are not allowed`);
      });
    }
    // A translation keeps the source's sentences: line N of a paragraph translates sentence N.
    // The source and the editions generated from it are cut at 。；！？ (a conversion keeps them).
    const sentences = perEdition((l) => (isTranslation(l) ? paragraphLines(files[l].body) : markdown[l].map(chineseSentences)));
    for (const locale of LOCALES) {
      sentences[SOURCE_LOCALE].forEach((zh, i) => {
        const other = sentences[locale][i] ?? [];
        if (other.length !== zh.length) {
          throw new ContentError(files[locale].file, `paragraph ${i + 1}`, `has ${other.length} sentence line(s) but its Chinese paragraph has ${zh.length} sentence(s): put the translation of each Chinese sentence on a line of its own, in order`);
        }
      });
    }
    return { title, paragraphs, markdown, sentences };
  };

  const provisions: Provision[] = raw.provisions.map((facts) => {
    const ref = parseProvisionId(facts.id);
    if (!ref) throw new ContentError(facts.file, `${facts.id}.id`, 'is not a provision id');
    if (ref.kind === 'task' && facts.group === undefined) throw new ContentError(facts.file, `${facts.id}.group`, 'is required for a task');
    if (ref.kind !== 'task' && facts.group !== undefined) throw new ContentError(facts.file, `${facts.id}.group`, 'is only for tasks');
    if (facts.group !== undefined && !groupNumbers.has(facts.group)) {
      throw new ContentError(facts.file, `${facts.id}.group`, `${facts.group} is not a group of content/structure.yaml`);
    }
    facts.bodies.forEach((id, i) => {
      if (!bodyIds.has(id)) throw new ContentError(facts.file, `${facts.id}.bodies[${i}]`, `unknown body "${id}" (not in content/glossary.yaml bodies)`);
    });
    if (new Set(facts.bodies).size !== facts.bodies.length) {
      throw new ContentError(facts.file, `${facts.id}.bodies`, 'names a body twice');
    }
    const { title, paragraphs, markdown, sentences } = pair(facts.id, true, facts.id);
    const zh = `${title?.[SOURCE_LOCALE] ?? ''}。${paragraphs[SOURCE_LOCALE].join('')}`;
    return {
      id: facts.id, kind: ref.kind, number: ref.number, group: facts.group,
      title: title!, paragraphs, markdown, sentences, notes: [] as Note[], bodies: [...facts.bodies],
      places: namedIn(raw.places, zh), topics: namedIn(raw.topics, zh),
    };
  });

  // Each kind is numbered 1…N exactly as the spec fixes it: no gap, no duplicate.
  const file = raw.provisions[0]?.file ?? 'content/provisions.yaml';
  for (const kind of PROVISION_KINDS) {
    const numbers = provisions.filter((p) => p.kind === kind).map((p) => p.number).sort((a, b) => a - b);
    const expected = EXPECTED_COUNTS[kind];
    for (let n = 1; n <= expected; n++) {
      if (!numbers.includes(n)) throw new ContentError(file, `${kind}-${n}`, `is missing: the plan has ${expected} ${kind} provisions`);
    }
    const extra = numbers.find((n) => n > expected);
    if (extra !== undefined) throw new ContentError(file, `${kind}-${extra}`, `is beyond the ${expected} ${kind} provisions of the plan`);
  }
  provisions.sort((a, b) => compareProvisionIds(a.id, b.id));

  const sectionTexts = Object.fromEntries(
    SECTION_TEXT_IDS.map((id) => {
      const text = pair(id, false, `section "${id}"`);
      return [id, { id, ...text, notes: [] as Note[], places: namedIn(raw.places, text.paragraphs[SOURCE_LOCALE].join('')) }];
    }),
  ) as Record<SectionTextId, SectionText>;

  // Every body, place and topic of the glossary is named somewhere: an unused entry is a mistake.
  raw.bodies.forEach((b, i) => {
    if (!provisions.some((p) => p.bodies.includes(b.id))) throw new ContentError(GLOSSARY, `bodies[${i}] (${b.id})`, 'is named in no provision\'s responsibility bracket');
  });
  raw.places.forEach((place, i) => {
    const named = provisions.some((p) => p.places.includes(place.id)) || Object.values(sectionTexts).some((t) => t.places.includes(place.id));
    if (!named) throw new ContentError(GLOSSARY, `places[${i}] (${place.id})`, `none of its forms (${place.forms.join(', ')}) occurs in the plan's Chinese text`);
  });
  raw.topics.forEach((topic, i) => {
    if (!provisions.some((p) => p.topics.includes(topic.id))) throw new ContentError(GLOSSARY, `topics[${i}] (${topic.id})`, `none of its forms (${topic.forms.join(', ')}) occurs in any provision`);
  });

  // Each target quotes the text of the provision or section that states it.
  raw.targets.forEach((target, i) => {
    const provision = provisions.find((p) => p.id === target.source);
    const section = sectionIds.has(target.source) ? sectionTexts[target.source as SectionTextId] : undefined;
    if (!provision && !section) throw new ContentError(TARGETS, `[${i}] (${target.id}).source`, `"${target.source}" is neither a provision nor a section`);
    const zh = provision ? provision.paragraphs[SOURCE_LOCALE].join('') : (section?.paragraphs[SOURCE_LOCALE].join('') ?? '');
    if (!foldPunctuation(zh).includes(foldPunctuation(target.quote))) {
      throw new ContentError(TARGETS, `[${i}] (${target.id}).quote`, `is not in the Chinese text of ${target.source}`);
    }
  });

  // Translator's notes: each on a paragraph that exists, numbered in reading order.
  const textsById = new Map<string, Provision | SectionText>([...provisions.map((p) => [p.id, p] as const), ...Object.values(sectionTexts).map((t) => [t.id, t] as const)]);
  const order = readingOrder(provisions);
  const noteIds = new Set<string>();
  raw.notes.forEach((note, i) => {
    const text = textsById.get(note.text);
    if (!text) throw new ContentError(NOTES, `notes[${i}] (${note.id}).text`, `"${note.text}" is neither a provision nor a section`);
    if (note.paragraph > text.paragraphs[SOURCE_LOCALE].length) {
      throw new ContentError(NOTES, `notes[${i}] (${note.id}).paragraph`, `${note.text} has ${text.paragraphs[SOURCE_LOCALE].length} paragraph(s), not ${note.paragraph}`);
    }
    if (noteIds.has(note.id)) throw new ContentError(NOTES, `notes[${i}].id`, `"${note.id}" is used twice`);
    noteIds.add(note.id);
  });
  // Notes on one paragraph go by id: content collections do not keep a file's order.
  const notes: Note[] = [...raw.notes]
    .sort((a, b) => order.indexOf(a.text) - order.indexOf(b.text) || a.paragraph - b.paragraph || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((note, i) => ({ ...note, number: i + 1 }));
  for (const note of notes) textsById.get(note.text)?.notes.push(note);
  raw.targets.forEach((target, i) => {
    if (target.note && !noteIds.has(target.note)) throw new ContentError(TARGETS, `[${i}] (${target.id}).note`, `"${target.note}" is no note of ${NOTES}`);
  });
  // Each translation says when it was last revised.
  for (const locale of LOCALES.filter(isTranslation)) {
    if (!raw.document.translations?.[locale]?.revised) throw new ContentError('content/document.yaml', `translations.${locale}.revised`, `is required: the date the ${edition(locale).name} translation was last revised`);
  }

  return {
    document: raw.document,
    provisions,
    texts: sectionTexts,
    notes,
    bodies: raw.bodies,
    places: raw.places,
    topics: raw.topics,
    terms: raw.terms,
    targets: raw.targets,
    parts: [...raw.parts].sort((a, b) => a.number - b.number),
    sections: [...raw.sections].sort((a, b) => a.number - b.number),
    groups: [...raw.groups].sort((a, b) => a.number - b.number),
  };
}

/** The content with every name and text in every edition: the generated editions' made by `derive`. */
function localizeContent(written: RawContent, derive: Derive) {
  return {
    document: localize(written.document, derive),
    bodies: localize(written.bodies, derive).map((x) => withForms(x, derive)),
    places: localize(written.places, derive).map((x) => withForms(x, derive)),
    topics: localize(written.topics, derive).map((x) => withForms(x, derive)),
    terms: localize(written.terms, derive),
    targets: localize(written.targets, derive),
    parts: localize(written.parts, derive),
    sections: localize(written.sections, derive),
    groups: localize(written.groups, derive),
    notes: localize(written.notes, derive),
    provisions: written.provisions,
  };
}

/** A glossary entry with its Chinese forms in every edition written in Chinese characters (EditionForms). */
function withForms<T extends { forms: string[] }>(entry: T, derive: Derive): T & { formsIn: Record<Locale, string[]> } {
  const formsIn = perEdition((l) => (!isHanScript(l) ? [] : edition(l).derivedFrom ? entry.forms.map((f) => derive(l as DerivedLocale, f)) : entry.forms));
  return { ...entry, formsIn };
}
