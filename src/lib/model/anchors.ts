/** Fragment ids shared by the whole-plan page, provision pages and the side-by-side view. */
export function paragraphAnchor(textId: string, n: number): string {
  return `${textId}-p${n}`;
}

/** A translator's note, and the reference to it in its paragraph: numbered through the plan, so unique on any page. */
export function noteAnchor(number: number): string {
  return `note-${number}`;
}
export function noteRefAnchor(number: number): string {
  return `note-ref-${number}`;
}
