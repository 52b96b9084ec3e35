/**
 * The paragraphs of a text (a provision or a section) as the pages render them, in one edition:
 * each paragraph's anchor, its Markdown, its sentences with their anchors (`task-7-p1-s2`, the
 * same in every edition), the translator's notes on it and, when asked for, each sentence paired
 * with the source's (the "Show the Chinese" view of a translation). Pure:
 * rendered by components/PlanText.astro and components/ParallelText.astro, tested without Astro.
 */
import {
  isTranslation,
  originalIn,
  SOURCE_LOCALE,
  TRANSLATION_LOCALE,
  type Locale,
} from '../editions.ts';
import { noteAnchor, noteRefAnchor, paragraphAnchor, sentenceAnchor } from '../model/anchors.ts';
import type { Note, PlanModel } from '../model/model.ts';
import { textById } from '../model/queries.ts';
import { parseProvisionId } from '../model/provision-id.ts';
import { paths } from '../routes.ts';
import { useTranslations } from '../i18n.ts';
import { provisionLabel } from '../model/labels.ts';

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

export interface SentenceView {
  /** `task-7-p1-s2`: the same sentence has the same anchor in every edition. */
  anchor: string;
  /** The sentence's Markdown in the page's edition. */
  text: string;
  /** The source's sentence it translates: only for a translation whose page offers it ("Show the Chinese"). */
  source?: string | undefined;
}

export interface ParagraphView {
  anchor: string;
  markdown: string;
  /** Every sentence of the paragraph, in order (a paragraph with one sentence has one). */
  sentences: SentenceView[];
  /**
   * Whether the paragraph offers its link and share controls: a paragraph that is a line of a
   * letter rather than a sentence (an addressee, a signature, a date, "(released to the public)"
   * in the covering notice) keeps its anchors but no controls.
   */
  linked: boolean;
  /** What a copied or shared paragraph is headed with: its provision and the document ("Task 7: … — …"). */
  title: string;
  notes: NoteView[];
}

/** A paragraph is a line of a letter, not prose, when its source ends without a sentence's mark (。；！？ . ; ! ?). */
export function isProse(sourceParagraph: string): boolean {
  return /[。；！？.;!?\uff0e]["'”’」』)）]*$/u.test(sourceParagraph.trim());
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
  const paired = withSource && isTranslation(locale);
  const title = shareTitle(model, locale, id);
  return text.markdown[locale].map((markdown, i) => ({
    anchor: paragraphAnchor(id, i + 1),
    markdown,
    sentences: (text.sentences[locale][i] ?? []).map((s, j) => ({
      anchor: sentenceAnchor(id, i + 1, j + 1),
      text: s,
      source: paired ? (text.sentences[SOURCE_LOCALE][i]?.[j] ?? '') : undefined,
    })),
    linked: isProse(text.paragraphs[SOURCE_LOCALE][i] ?? ''),
    title,
    notes: withNotes
      ? text.notes.filter((n) => n.paragraph === i + 1).map((n) => noteView(n, locale))
      : [],
  }));
}

export interface PairRow extends SentencePair {
  /** The row's sentence anchor (`task-7-p1-s2`), carried by the row's original-column sentence. */
  anchor: string;
}

export interface PairView {
  anchor: string;
  /** As ParagraphView's: a line of a letter has no link control. */
  linked: boolean;
  /** Row by row: the source's sentence and the translation's. */
  rows: PairRow[];
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
      linked: isProse(text.paragraphs[SOURCE_LOCALE][i] ?? ''),
      rows: source.map((s, j) => ({
        anchor: sentenceAnchor(id, i + 1, j + 1),
        source: s,
        text: other[j] ?? '',
      })),
      notes: text.notes.filter((n) => n.paragraph === i + 1).map((n) => noteView(n, locale)),
    };
  });
}

/**
 * The line that heads a copied or shared paragraph: for a provision its label, title and the
 * document ("Task 7: Implement … — Shenyang … Plan"); for a section's text the document's title.
 */
export function shareTitle(model: PlanModel, locale: Locale, id: string): string {
  const document = model.document.shortTitle[locale];
  const provision = parseProvisionId(id) ? model.provisions.find((p) => p.id === id) : undefined;
  if (!provision) return document;
  const t = useTranslations(locale);
  return t('share.paragraphTitle', {
    label: provisionLabel(provision, t),
    title: provision.title[locale],
    document,
  });
}

/** Where a note is read: its provision's page, or for a section's note the full text. */
export function notePath(note: Pick<Note, 'text' | 'number'>, locale: Locale): string {
  const page = parseProvisionId(note.text)
    ? paths.provision(locale, note.text)
    : paths.plan(locale);
  return `${page}#${noteAnchor(note.number)}`;
}
