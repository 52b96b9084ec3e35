/** Fragment ids shared by the whole-plan page, provision pages and the side-by-side view. */
export function paragraphAnchor(textId: string, n: number): string {
  return `${textId}-p${n}`;
}

/**
 * A sentence of a paragraph (`task-7-p1-s2`), numbered from 1 within the paragraph after the
 * model's sentence pairs (model/pair-texts.ts), so the same id names the same sentence in every edition.
 */
export function sentenceAnchor(textId: string, paragraph: number, sentence: number): string {
  return `${paragraphAnchor(textId, paragraph)}-s${sentence}`;
}

/** A translator's note, and the reference to it in its paragraph: numbered through the plan, so unique on any page. */
export function noteAnchor(number: number): string {
  return `note-${number}`;
}
export function noteRefAnchor(number: number): string {
  return `note-ref-${number}`;
}
