/** Fragment ids shared by the whole-plan page, provision pages and the side-by-side view. */
export function paragraphAnchor(textId: string, n: number): string {
  return `${textId}-p${n}`;
}
