/**
 * The plan as one typed, checked model, built from the content files. Pure: the Astro glue in
 * `plan.ts` feeds it the collections; unit tests feed it the files directly or fixtures.
 * Every cross-reference the schemas cannot see is checked here, and a problem fails the build
 * with the file and field that are wrong.
 */
import { parseProvisionId } from './provision-id.ts';
import type { z } from 'astro/zod';
import {
  type Body,
  type Group,
  type Locale,
  type Localized,
  type Part,
  type Place,
  type NoteFacts,
  type PlanDocument,
  type ProvisionFacts,
  type ProvisionKind,
  type Section,
  type StructureFacts,
  type Target,
  type Term,
  type Topic,
  type bodySchema,
  type documentSchema,
  type placeSchema,
  type targetSchema,
  type termSchema,
  type topicSchema,
} from './schema.ts';
import {
  SOURCE_LOCALE,
  edition,
  isHanScript,
  isTranslation,
  perEdition,
  type DerivedLocale,
} from '../editions.ts';
import { localize, type Derive, type Localize } from './localize.ts';
import {
  buildOutline,
  kindHolders,
  outlineProvisions,
  outlineTextIds,
  readingOrder,
  walkOutline,
  type OutlineNode,
} from './outline.ts';
import { namesSecondTitle, resolveBracket, type BracketPart } from './bracket.ts';
import {
  checkCounts,
  checkGlossaryUse,
  checkGroup,
  checkRevisions,
  checkStructure,
  checkTargets,
  checkTextFiles,
  FILES,
  numberNotes,
  type KindHolder,
} from './checks.ts';
import { textPairer, type TextFile } from './pair-texts.ts';
import { ContentError } from './errors.ts';

/** A text that is not a provision (the notice, the preamble, a section's or part's text): content/structure.yaml names them. */
export type SectionTextId = string;

export type { TextFile } from './pair-texts.ts';

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

export { MAX_PARAGRAPH_CHARS } from './pair-texts.ts';

/** The glossary entries (places, topics) whose Chinese forms occur in a text, in order of first mention. */
export function namedIn<T extends { id: string; forms: string[] }>(
  entries: T[],
  zhText: string,
): string[] {
  const firstAt = (e: T) =>
    Math.min(...e.forms.map((f) => zhText.indexOf(f)).filter((i) => i >= 0));
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
  const structure = raw.structure;
  const textIds = outlineTextIds(structure);
  const holders = kindHolders(structure);
  checkStructure(structure, holders);
  checkTextFiles(written, textIds);
  const pair = textPairer(written.texts, derive);

  const unordered = raw.provisions.map((facts) =>
    provisionOf(facts, { raw, structure, holders, pair, derive }),
  );
  checkCounts(unordered, holders, raw.provisions[0]?.file ?? 'content/provisions.yaml');
  const texts: Record<SectionTextId, SectionText> = Object.fromEntries(
    textIds.map((id) => {
      const text = pair(id, false, `the text "${id}" of ${FILES.structure}`);
      return [
        id,
        {
          id,
          ...text,
          notes: [] as Note[],
          places: namedIn(raw.places, text.paragraphs[SOURCE_LOCALE].join('')),
        },
      ];
    }),
  );
  const outline = buildOutline(structure, {
    provisionsOf: (kind, group) =>
      unordered
        .filter((p) => p.kind === kind && (group === undefined || p.group === group))
        .sort((a, b) => a.number - b.number),
    text: (id) => texts[id]!,
  });
  const provisions = outlineProvisions(outline);
  checkGlossaryUse({ ...raw, provisions }, Object.values(texts));
  const textsById = new Map<string, Provision | SectionText>([
    ...provisions.map((p) => [p.id, p] as const),
    ...Object.values(texts).map((t) => [t.id, t] as const),
  ]);
  const notes = numberNotes(raw.notes, textsById, readingOrder(outline));
  checkTargets(raw, textsById, new Set(notes.map((n) => n.id)));
  checkRevisions(raw.document);

  const branches = walkOutline(outline);
  return {
    document: raw.document,
    outline,
    provisions,
    texts,
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

interface ProvisionContext {
  raw: ReturnType<typeof localizeContent>;
  structure: Localize<StructureFacts>;
  holders: readonly KindHolder[];
  pair: ReturnType<typeof textPairer>;
  derive: Derive;
}

/** One provision from its facts and its text: its place in the structure, its bracket and bodies, what it names. */
function provisionOf(
  facts: RawContent['provisions'][number],
  { raw, structure, holders, pair, derive }: ProvisionContext,
): Provision {
  const ref = parseProvisionId(facts.id);
  if (!ref) throw new ContentError(facts.file, `${facts.id}.id`, 'is not a provision id');
  const holder = holders.find((h) => h.kind === ref.kind);
  if (!holder)
    throw new ContentError(
      facts.file,
      facts.id,
      `no part or section of ${FILES.structure} holds ${ref.kind} provisions`,
    );
  checkGroup(structure, facts, holder);
  const { title, paragraphs, markdown, sentences } = pair(facts.id, true, facts.id);
  const bracket =
    facts.bracket === undefined ? undefined : localizeBracket(facts, raw.bodies, derive);
  const bodies = bracket
    ? bracket[SOURCE_LOCALE].flatMap((part) => (part.kind === 'name' ? [part.body] : []))
    : [];
  if (new Set(bodies).size !== bodies.length)
    throw new ContentError(facts.file, `${facts.id}.bracket`, 'names a body twice');
  const zh = `${title?.[SOURCE_LOCALE] ?? ''}。${paragraphs[SOURCE_LOCALE].join('')}`;
  return {
    id: facts.id,
    kind: ref.kind,
    number: ref.number,
    group: facts.group,
    title: title!,
    paragraphs,
    markdown,
    sentences,
    notes: [],
    bracket,
    bodies,
    places: namedIn(raw.places, zh),
    topics: namedIn(raw.topics, zh),
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
    structure: localize(written.structure, derive),
    notes: localize(written.notes, derive),
    provisions: written.provisions,
  };
}

/** A glossary entry with its Chinese forms in every edition written in Chinese characters (EditionForms). */
function withForms<T extends { forms: string[] }>(
  entry: T,
  derive: Derive,
): T & { formsIn: Record<Locale, string[]> } {
  const formsIn = perEdition((l) =>
    !isHanScript(l)
      ? []
      : edition(l).derivedFrom
        ? entry.forms.map((f) => derive(l as DerivedLocale, f))
        : entry.forms,
  );
  return { ...entry, formsIn };
}

/**
 * A generated edition's bracket: the whole bracket converted at once (a separator's punctuation
 * depends on the names beside it: 经济和信息化委,各区 → 經濟和信息化委，各區), then cut where the
 * source's parts are cut, as the conversion keeps the number of characters.
 */
function derivedParts(
  parts: readonly BracketPart[],
  locale: DerivedLocale,
  derive: Derive,
): BracketPart[] {
  const source = parts.map((p) => p.text).join('');
  const whole = derive(locale, source);
  if (whole.length !== source.length)
    return parts.map((p) => ({ ...p, text: derive(locale, p.text) }));
  let at = 0;
  return parts.map((p) => {
    const text = whole.slice(at, at + p.text.length);
    at += p.text.length;
    return { ...p, text };
  });
}

/**
 * The bracket in every edition: the source's parts; a generated edition's converted as a whole;
 * a translation's the bodies' names, a name written with a second title or housed office keeping
 * it in parentheses, separated by "; " (a name may hold a comma).
 */
function localizeBracket(
  facts: RawContent['provisions'][number],
  bodies: Localize<RawContent['bodies']>,
  derive: Derive,
): Localized<BracketPart[]> {
  const parts = resolveBracket(facts.bracket ?? '', bodies, (name) => {
    throw new ContentError(
      facts.file,
      `${facts.id}.bracket`,
      `"${name.text}"${name.name !== name.text ? ` (${name.name})` : ''} is no form of a body of ${FILES.glossary}`,
    );
  });
  return perEdition((locale): BracketPart[] => {
    if (edition(locale).derivedFrom) return derivedParts(parts, locale as DerivedLocale, derive);
    if (!isTranslation(locale)) return parts;
    return parts.flatMap((p, i): BracketPart[] => {
      if (p.kind !== 'name') return [];
      const body = bodies.find((b) => b.id === p.body)!;
      const second = namesSecondTitle(p.text)
        ? (body.alsoKnownAs ?? body.houses)?.[locale]
        : undefined;
      const name: BracketPart = {
        kind: 'name',
        body: body.id,
        text: second ? `${body.name[locale]} (${second})` : body.name[locale],
      };
      return i === 0 ? [name] : [{ kind: 'separator', text: '; ' }, name];
    });
  });
}
