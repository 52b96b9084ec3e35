/**
 * The paragraphs of a text (a provision or a section) as the pages render them, in one edition:
 * each paragraph's anchor, its Markdown, the translator's notes on it and, when asked for, its
 * sentences paired with the source's (the "Show the Chinese" view of a translation). Pure:
 * rendered by components/PlanText.astro and components/ParallelText.astro, tested without Astro.
 */
import {
  isTranslation,
  originalIn,
  SOURCE_LOCALE,
  TRANSLATION_LOCALE,
  type Locale,
} from '../editions.ts';
import { noteAnchor, noteRefAnchor, paragraphAnchor } from '../model/anchors.ts';
import type { Note, PlanModel } from '../model/model.ts';
import { textById } from '../model/queries.ts';
import { parseProvisionId } from '../model/provision-id.ts';
import { paths } from '../routes.ts';

export interface NoteView {
  number: number;
  /** The note's own id, and the id of its reference mark in the paragraph. */
  anchor: string;
  refAnchor: string;
  text: string;
}

export interface SentencePair {
  /** The sentence in the page's edition, and the source's sentence it translates. */
  text: string;
  source: string;
}

export interface ParagraphView {
  anchor: string;
  markdown: string;
  /** Only for a translation, when the page offers the source beside each sentence. */
  pairs?: SentencePair[] | undefined;
  notes: NoteView[];
}

export function noteView(note: Note, locale: Locale): NoteView {
  return {
    number: note.number,
    anchor: noteAnchor(note.number),
    refAnchor: noteRefAnchor(note.number),
    text: note[locale],
  };
}

export interface TextViewOptions {
  /** Pair each sentence with the source's (translations only). */
  withSource?: boolean;
  /** Show the translator's notes (they are notes on the translation: not on the source's reading pages). */
  withNotes?: boolean;
}

export function textView(
  model: PlanModel,
  locale: Locale,
  id: string,
  { withSource = false, withNotes = isTranslation(locale) }: TextViewOptions = {},
): ParagraphView[] {
  const text = textById(model, id);
  const translation = isTranslation(locale);
  return text.markdown[locale].map((markdown, i) => ({
    anchor: paragraphAnchor(id, i + 1),
    markdown,
    pairs:
      withSource && translation
        ? (text.sentences[locale][i] ?? []).map((s, j) => ({
            text: s,
            source: text.sentences[SOURCE_LOCALE][i]?.[j] ?? '',
          }))
        : undefined,
    notes: withNotes
      ? text.notes.filter((n) => n.paragraph === i + 1).map((n) => noteView(n, locale))
      : [],
  }));
}

export interface PairView {
  anchor: string;
  /** Row by row: the source's sentence and the translation's. */
  rows: SentencePair[];
  /** The notes on the paragraph, in the page's edition. */
  notes: NoteView[];
}

/**
 * The two columns of an edition's side-by-side view: its own Chinese (the source, or an edition
 * generated from it) beside the translation; a translation's view shows the source.
 */
export function parallelColumns(locale: Locale): { original: Locale; translation: Locale } {
  return { original: originalIn(locale), translation: TRANSLATION_LOCALE };
}

/** A text's paragraphs for the side-by-side view (parallelColumns), sentence by sentence. */
export function parallelView(model: PlanModel, locale: Locale, id: string): PairView[] {
  const text = textById(model, id);
  const { original, translation } = parallelColumns(locale);
  return text.sentences[original].map((source, i) => {
    const other = text.sentences[translation][i] ?? [];
    return {
      anchor: paragraphAnchor(id, i + 1),
      rows: source.map((s, j) => ({ source: s, text: other[j] ?? '' })),
      notes: text.notes.filter((n) => n.paragraph === i + 1).map((n) => noteView(n, locale)),
    };
  });
}

/** Where a note is read: its provision's page, or for a section's note the full text. */
export function notePath(note: Pick<Note, 'text' | 'number'>, locale: Locale): string {
  const page = parseProvisionId(note.text)
    ? paths.provision(locale, note.text)
    : paths.plan(locale);
  return `${page}#${noteAnchor(note.number)}`;
}
