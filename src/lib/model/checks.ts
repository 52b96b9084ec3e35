/**
 * The cross-references of the content that the schemas cannot see, each a named check that
 * fails the build with the file and field to fix. Called by `buildModel` (model.ts).
 */
import { LOCALES, SOURCE_LOCALE, edition, isTranslation } from '../editions.ts';
import { ContentError } from './errors.ts';
import type { Localize } from './localize.ts';
import type { Note, PlanModel, Provision, RawContent, SectionText } from './model.ts';
import { groupAnchor, kindHolders, outlineTextIds } from './outline.ts';
import type { NoteFacts, ProvisionKind, StructureFacts } from './schema.ts';
import { foldPunctuation } from './text.ts';

export const FILES = {
  glossary: 'content/glossary.yaml',
  targets: 'content/targets.yaml',
  notes: 'content/notes.yaml',
  structure: 'content/structure.yaml',
  document: 'content/document.yaml',
} as const;

export type KindHolder = ReturnType<typeof kindHolders>[number];

/** Every text file stands for a known provision or a text of the structure. */
export function checkTextFiles(
  raw: Pick<RawContent, 'texts' | 'provisions'>,
  textIds: readonly string[],
) {
  const known = new Set([...raw.provisions.map((p) => p.id), ...textIds]);
  for (const text of raw.texts) {
    if (!known.has(text.id)) {
      throw new ContentError(
        text.file,
        '(file name)',
        `"${text.id}" is neither a provision of content/provisions.yaml nor a text of ${FILES.structure} (${textIds.join(', ')})`,
      );
    }
  }
}

/** The structure's own rules: each kind held once and counted; each text named once; anchors unique; groups under a kind. */
export function checkStructure(
  structure: Localize<StructureFacts>,
  holders: readonly KindHolder[],
) {
  const seen = new Set<ProvisionKind>();
  for (const h of holders) {
    if (seen.has(h.kind))
      throw new ContentError(
        FILES.structure,
        `${h.anchor}.kind`,
        `${h.kind} provisions are held by two parts or sections`,
      );
    seen.add(h.kind);
    if (h.count === undefined)
      throw new ContentError(
        FILES.structure,
        `${h.anchor}.count`,
        `is required with kind (how many ${h.kind} provisions the plan has)`,
      );
  }
  const anchors = [
    ...structure.front.map((f) => f.text),
    ...structure.parts.flatMap((p) => [
      p.anchor,
      ...(p.sections ?? []).map((s) => s.anchor),
      ...(p.groups ?? []).map((g) => groupAnchor(g.number)),
    ]),
  ];
  const dup = anchors.find((a, i) => anchors.indexOf(a) !== i);
  if (dup) throw new ContentError(FILES.structure, dup, 'is used twice as an anchor');
  const texts = outlineTextIds(structure);
  const twice = texts.find((t, i) => texts.indexOf(t) !== i);
  if (twice) throw new ContentError(FILES.structure, twice, 'is named twice as a text');
  structure.parts.forEach((p, i) => {
    if (p.groups && !p.kind)
      throw new ContentError(
        FILES.structure,
        `parts[${i}] (${p.anchor}).groups`,
        "needs a kind: groups hold provisions of the part's kind",
      );
    if (p.sections && p.kind)
      throw new ContentError(
        FILES.structure,
        `parts[${i}] (${p.anchor})`,
        'has both sections and a kind: put the kind on one of its sections',
      );
  });
}

/** A provision names a group exactly when the part holding its kind has groups, and one of them. */
export function checkGroup(
  structure: Localize<StructureFacts>,
  facts: RawContent['provisions'][number],
  holder: KindHolder,
) {
  if (!holder.grouped) {
    if (facts.group !== undefined)
      throw new ContentError(
        facts.file,
        `${facts.id}.group`,
        `is only for provisions of a part with groups (${holder.anchor} has none)`,
      );
    return;
  }
  if (facts.group === undefined)
    throw new ContentError(
      facts.file,
      `${facts.id}.group`,
      `is required: ${holder.anchor} groups its provisions`,
    );
  const groups = structure.parts.find((p) => p.anchor === holder.anchor)?.groups ?? [];
  if (!groups.some((g) => g.number === facts.group))
    throw new ContentError(
      facts.file,
      `${facts.id}.group`,
      `${facts.group} is not a group of ${holder.anchor} in ${FILES.structure}`,
    );
}

/** Each kind is numbered 1…count, as its part or section in content/structure.yaml says: no gap, no number beyond. */
export function checkCounts(
  provisions: readonly Pick<Provision, 'kind' | 'number'>[],
  holders: readonly KindHolder[],
  file: string,
) {
  for (const { kind, count } of holders) {
    const expected = count ?? 0;
    const numbers = provisions.filter((p) => p.kind === kind).map((p) => p.number);
    for (let n = 1; n <= expected; n++) {
      if (!numbers.includes(n))
        throw new ContentError(
          file,
          `${kind}-${n}`,
          `is missing: the plan has ${expected} ${kind} provisions (${FILES.structure})`,
        );
    }
    const extra = numbers.find((n) => n > expected);
    if (extra !== undefined)
      throw new ContentError(
        file,
        `${kind}-${extra}`,
        `is beyond the ${expected} ${kind} provisions of the plan (${FILES.structure})`,
      );
  }
}

/** Every body, place and topic of the glossary is named somewhere: an unused entry is a mistake. */
export function checkGlossaryUse(
  model: Pick<PlanModel, 'bodies' | 'places' | 'topics' | 'provisions'>,
  texts: readonly SectionText[],
) {
  const { provisions } = model;
  model.bodies.forEach((b, i) => {
    if (!provisions.some((p) => p.bodies.includes(b.id)))
      throw new ContentError(
        FILES.glossary,
        `bodies[${i}] (${b.id})`,
        "is named in no provision's responsibility bracket",
      );
  });
  model.places.forEach((place, i) => {
    const named =
      provisions.some((p) => p.places.includes(place.id)) ||
      texts.some((t) => t.places.includes(place.id));
    if (!named)
      throw new ContentError(
        FILES.glossary,
        `places[${i}] (${place.id})`,
        `none of its forms (${place.forms.join(', ')}) occurs in the plan's Chinese text`,
      );
  });
  model.topics.forEach((topic, i) => {
    if (!provisions.some((p) => p.topics.includes(topic.id)))
      throw new ContentError(
        FILES.glossary,
        `topics[${i}] (${topic.id})`,
        `none of its forms (${topic.forms.join(', ')}) occurs in any provision`,
      );
  });
}

/** Each target quotes the text of the provision or section that states it, and its note exists. */
export function checkTargets(
  model: Pick<PlanModel, 'targets'>,
  textsById: ReadonlyMap<string, Provision | SectionText>,
  noteIds: ReadonlySet<string>,
) {
  model.targets.forEach((target, i) => {
    const text = textsById.get(target.source);
    if (!text)
      throw new ContentError(
        FILES.targets,
        `[${i}] (${target.id}).source`,
        `"${target.source}" is neither a provision nor a section`,
      );
    if (
      !foldPunctuation(text.paragraphs[SOURCE_LOCALE].join('')).includes(
        foldPunctuation(target.quote),
      )
    ) {
      throw new ContentError(
        FILES.targets,
        `[${i}] (${target.id}).quote`,
        `is not in the Chinese text of ${target.source}`,
      );
    }
    if (target.note && !noteIds.has(target.note))
      throw new ContentError(
        FILES.targets,
        `[${i}] (${target.id}).note`,
        `"${target.note}" is no note of ${FILES.notes}`,
      );
  });
}

/**
 * Translator's notes: each on a paragraph that exists, numbered 1…N in reading order (notes on
 * one paragraph by id: content collections do not keep a file's order), and attached to their text.
 */
export function numberNotes(
  facts: readonly Localize<NoteFacts>[],
  textsById: ReadonlyMap<string, Provision | SectionText>,
  order: readonly string[],
): Note[] {
  const ids = new Set<string>();
  facts.forEach((note, i) => {
    const text = textsById.get(note.text);
    if (!text)
      throw new ContentError(
        FILES.notes,
        `notes[${i}] (${note.id}).text`,
        `"${note.text}" is neither a provision nor a section`,
      );
    if (note.paragraph > text.paragraphs[SOURCE_LOCALE].length) {
      throw new ContentError(
        FILES.notes,
        `notes[${i}] (${note.id}).paragraph`,
        `${note.text} has ${text.paragraphs[SOURCE_LOCALE].length} paragraph(s), not ${note.paragraph}`,
      );
    }
    if (ids.has(note.id))
      throw new ContentError(FILES.notes, `notes[${i}].id`, `"${note.id}" is used twice`);
    ids.add(note.id);
  });
  const notes: Note[] = [...facts]
    .sort(
      (a, b) =>
        order.indexOf(a.text) - order.indexOf(b.text) ||
        a.paragraph - b.paragraph ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((note, i) => ({ ...note, number: i + 1 }));
  for (const note of notes) textsById.get(note.text)?.notes.push(note);
  return notes;
}

/** Each translation says when it was last revised. */
export function checkRevisions(document: PlanModel['document']) {
  for (const locale of LOCALES.filter(isTranslation)) {
    if (!document.translations?.[locale]?.revised)
      throw new ContentError(
        FILES.document,
        `translations.${locale}.revised`,
        `is required: the date the ${edition(locale).name} translation was last revised`,
      );
  }
}
