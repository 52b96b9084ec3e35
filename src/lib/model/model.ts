/**
 * The plan as one typed, checked model, built from the content files. Pure: the Astro glue in
 * `plan.ts` feeds it the collections; unit tests feed it the files directly or fixtures.
 * Every cross-reference the schemas cannot see is checked here, and a problem fails the build
 * with the file and field that are wrong.
 */
import { parseProvisionId } from './provision-id.ts';
import type { z } from 'astro/zod';
import {
  LOCALES, type Body, type Group, type Locale, type Localized, type Part, type Place,
  type NoteFacts, type PlanDocument, type ProvisionFacts, type ProvisionKind, type Section, type StructureFacts, type Target, type Term, type Topic,
  type bodySchema, type documentSchema, type placeSchema, type targetSchema, type termSchema, type topicSchema,
} from './schema.ts';
import { buildOutline, kindHolders, outlineProvisions, outlineTextIds, readingOrder, walkOutline, type OutlineNode } from './outline.ts';
import { resolveBracket, type BracketPart } from './bracket.ts';
import { chineseSentences, foldPunctuation, markdownParagraphs, paragraphLines, paragraphsOf } from './text.ts';
import { groupDigits } from './format.ts';
import { SOURCE_LOCALE, WRITTEN_LOCALES, edition, isHanScript, isTranslation, perEdition, type DerivedLocale, type WrittenLocale } from '../editions.ts';
import { localize, type Derive, type Localize } from './localize.ts';
import { ContentError } from '../build/yaml-loader.ts';
import { deriveText } from '../build/derive.ts';

/** A text that is not a provision (the notice, the preamble, a section's or part's text): content/structure.yaml names them. */
export type SectionTextId = string;

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
  structure: StructureFacts;
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
  /** The responsibility bracket, as the source writes it, in every edition (none for the principles). */
  bracket?: Localized<BracketPart[]> | undefined;
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
  /** The plan's tree (content/structure.yaml): every layout of the whole plan walks it. */
  outline: OutlineNode[];
  /** In reading order (the outline's). */
  provisions: Provision[];
  /** The texts that are not provisions, by id, in reading order. */
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
const STRUCTURE = 'content/structure.yaml';

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
 * edition's (by default OpenCC and content/conversion.yaml, build/derive.ts).
 */
export function buildModel(written: RawContent, derive: Derive = deriveText()): PlanModel {
  const raw = localizeContent(written, derive);
  const texts = new Map<string, TextFile>();
  for (const text of written.texts) texts.set(`${text.locale}/${text.id}`, text);

  const structure = raw.structure;
  const provisionIds = new Set(raw.provisions.map((p) => p.id));
  const textIds = outlineTextIds(structure);
  const sectionIds = new Set<string>(textIds);
  const holders = kindHolders(structure);
  checkStructure(structure, holders);

  // Every text file stands for a known provision or a text of the structure.
  for (const text of written.texts) {
    if (!provisionIds.has(text.id) && !sectionIds.has(text.id)) {
      throw new ContentError(text.file, '(file name)', `"${text.id}" is neither a provision of content/provisions.yaml nor a text of ${STRUCTURE} (${textIds.join(', ')})`);
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

  const unordered: Provision[] = raw.provisions.map((facts) => {
    const ref = parseProvisionId(facts.id);
    if (!ref) throw new ContentError(facts.file, `${facts.id}.id`, 'is not a provision id');
    const holder = holders.find((h) => h.kind === ref.kind);
    if (!holder) throw new ContentError(facts.file, facts.id, `no part or section of ${STRUCTURE} holds ${ref.kind} provisions`);
    checkGroup(structure, facts, holder);
    const { title, paragraphs, markdown, sentences } = pair(facts.id, true, facts.id);
    const bracket = facts.bracket === undefined ? undefined : localizeBracket(facts, raw.bodies, derive);
    const bodies = bracket ? bracket[SOURCE_LOCALE].flatMap((part) => (part.kind === 'name' ? [part.body] : [])) : [];
    if (new Set(bodies).size !== bodies.length) throw new ContentError(facts.file, `${facts.id}.bracket`, 'names a body twice');
    const zh = `${title?.[SOURCE_LOCALE] ?? ''}。${paragraphs[SOURCE_LOCALE].join('')}`;
    return {
      id: facts.id, kind: ref.kind, number: ref.number, group: facts.group,
      title: title!, paragraphs, markdown, sentences, notes: [] as Note[], bracket, bodies,
      places: namedIn(raw.places, zh), topics: namedIn(raw.topics, zh),
    };
  });

  // Each kind is numbered 1…count, as its part or section in content/structure.yaml says: no gap, no duplicate.
  const file = raw.provisions[0]?.file ?? 'content/provisions.yaml';
  for (const { kind, count } of holders) {
    const expected = count ?? 0;
    const numbers = unordered.filter((p) => p.kind === kind).map((p) => p.number);
    for (let n = 1; n <= expected; n++) {
      if (!numbers.includes(n)) throw new ContentError(file, `${kind}-${n}`, `is missing: the plan has ${expected} ${kind} provisions (${STRUCTURE})`);
    }
    const extra = numbers.find((n) => n > expected);
    if (extra !== undefined) throw new ContentError(file, `${kind}-${extra}`, `is beyond the ${expected} ${kind} provisions of the plan (${STRUCTURE})`);
  }

  const sectionTexts = Object.fromEntries(
    textIds.map((id) => {
      const text = pair(id, false, `the text "${id}" of ${STRUCTURE}`);
      return [id, { id, ...text, notes: [] as Note[], places: namedIn(raw.places, text.paragraphs[SOURCE_LOCALE].join('')) }];
    }),
  ) as Record<SectionTextId, SectionText>;

  const outline = buildOutline(structure, {
    provisionsOf: (kind, group) =>
      unordered.filter((p) => p.kind === kind && (group === undefined || p.group === group)).sort((a, b) => a.number - b.number),
    text: (id) => sectionTexts[id]!,
  });
  const provisions = outlineProvisions(outline);

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
  const order = readingOrder(outline);
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

  const branches = walkOutline(outline);
  return {
    document: raw.document,
    outline,
    provisions,
    texts: sectionTexts,
    notes,
    bodies: raw.bodies,
    places: raw.places,
    topics: raw.topics,
    terms: raw.terms,
    targets: raw.targets,
    parts: branches.flatMap((n) => (n.type === 'part' ? [n.part] : [])),
    sections: branches.flatMap((n) => (n.type === 'section' ? [n.section] : [])),
    groups: branches.flatMap((n) => (n.type === 'group' ? [n.group] : [])),
  };
}

/** The structure's own rules: each kind held once and counted; each text named once; anchors unique. */
function checkStructure(structure: Localize<StructureFacts>, holders: ReturnType<typeof kindHolders>) {
  const seenKinds = new Set<ProvisionKind>();
  holders.forEach((h) => {
    if (seenKinds.has(h.kind)) throw new ContentError(STRUCTURE, `${h.anchor}.kind`, `${h.kind} provisions are held by two parts or sections`);
    seenKinds.add(h.kind);
    if (h.count === undefined) throw new ContentError(STRUCTURE, `${h.anchor}.count`, `is required with kind (how many ${h.kind} provisions the plan has)`);
  });
  const anchors = [...structure.front.map((f) => f.text), ...structure.parts.flatMap((p) => [p.anchor, ...(p.sections ?? []).map((s) => s.anchor), ...(p.groups ?? []).map((g) => `group-${g.number}`)])];
  const dup = anchors.find((a, i) => anchors.indexOf(a) !== i);
  if (dup) throw new ContentError(STRUCTURE, dup, 'is used twice as an anchor');
  const texts = outlineTextIds(structure);
  const twice = texts.find((t, i) => texts.indexOf(t) !== i);
  if (twice) throw new ContentError(STRUCTURE, twice, 'is named twice as a text');
  structure.parts.forEach((p, i) => {
    if (p.groups && !p.kind) throw new ContentError(STRUCTURE, `parts[${i}] (${p.anchor}).groups`, 'needs a kind: groups hold provisions of the part\'s kind');
    if (p.sections && p.kind) throw new ContentError(STRUCTURE, `parts[${i}] (${p.anchor})`, 'has both sections and a kind: put the kind on one of its sections');
  });
}

/** A provision names a group exactly when the part holding its kind has groups, and one of them. */
function checkGroup(structure: Localize<StructureFacts>, facts: RawContent['provisions'][number], holder: ReturnType<typeof kindHolders>[number]) {
  if (!holder.grouped) {
    if (facts.group !== undefined) throw new ContentError(facts.file, `${facts.id}.group`, `is only for provisions of a part with groups (${holder.anchor} has none)`);
    return;
  }
  if (facts.group === undefined) throw new ContentError(facts.file, `${facts.id}.group`, `is required: ${holder.anchor} groups its provisions`);
  const groups = structure.parts.find((p) => p.anchor === holder.anchor)?.groups ?? [];
  if (!groups.some((g) => g.number === facts.group)) throw new ContentError(facts.file, `${facts.id}.group`, `${facts.group} is not a group of ${holder.anchor} in ${STRUCTURE}`);
}

/**
 * The bracket in every edition: the source's parts; a generated edition's converted part by part;
 * a translation's the bodies' names, a name written with a second title or housed office keeping
 * it in parentheses, separated by "; " (a name may hold a comma).
 */
function localizeBracket(facts: RawContent['provisions'][number], bodies: Localize<RawContent['bodies']>, derive: Derive): Localized<BracketPart[]> {
  const parts = resolveBracket(facts.bracket ?? '', bodies, (name) => {
    throw new ContentError(facts.file, `${facts.id}.bracket`, `"${name.text}"${name.name !== name.text ? ` (${name.name})` : ''} is no form of a body of ${GLOSSARY}`);
  });
  return perEdition((locale): BracketPart[] => {
    const from = edition(locale).derivedFrom;
    if (from) return parts.map((p) => ({ ...p, text: derive(locale as DerivedLocale, p.text) }));
    if (!isTranslation(locale)) return parts;
    return parts
      .filter((p) => p.kind === 'name')
      .flatMap((p, i): BracketPart[] => {
        const body = bodies.find((b) => b.id === (p.kind === 'name' ? p.body : ''))!;
        const second = /[(（]/.test(p.text) ? (body.alsoKnownAs ?? body.houses)?.[locale] : undefined;
        const name: BracketPart = { kind: 'name', body: body.id, text: second ? `${body.name[locale]} (${second})` : body.name[locale] };
        return i === 0 ? [name] : [{ kind: 'separator', text: '; ' }, name];
      });
  });
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
    structure: localize(written.structure, derive),
    notes: localize(written.notes, derive),
    provisions: written.provisions,
  };
}

/** A glossary entry with its Chinese forms in every edition written in Chinese characters (EditionForms). */
function withForms<T extends { forms: string[] }>(entry: T, derive: Derive): T & { formsIn: Record<Locale, string[]> } {
  const formsIn = perEdition((l) => (!isHanScript(l) ? [] : edition(l).derivedFrom ? entry.forms.map((f) => derive(l as DerivedLocale, f)) : entry.forms));
  return { ...entry, formsIn };
}
