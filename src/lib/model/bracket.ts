/**
 * A provision's responsibility bracket ([责任部门:…]), read as the source writes it. The bracket
 * is one value: its text, cut into the names it lists and the separators between them, each name
 * resolved to one body of the glossary. Every rendering (the pages, the PDFs, the search data,
 * the open data) shows these parts, so none can drop a second title or split a name.
 *
 * How the source writes a bracket: `市科技局、经济和信息化委,各区、县(市)政府`.
 * - 、 separates the names of one list; the 市 of a list's first name applies to every name of
 *   that list (经济和信息化委 is 市经济和信息化委).
 * - a comma starts a new list.
 * - a name may contain 、 (各区、县(市)政府 is one body): the glossary's forms that contain 、 are
 *   read whole.
 * - a parenthesis names a second title or a housed office (市科技局(市知识产权局)).
 */

/** A part of a bracket: a name (with the body it names) or the separator between two names. */
export type BracketPart =
  { kind: 'name'; text: string; body: string } | { kind: 'separator'; text: string };

/** A name of the bracket before it is resolved: as written, and with the list's prefix restored. */
export interface BracketName {
  /** As the source writes it: 经济和信息化委 */
  text: string;
  /** With the shared prefix restored: 市经济和信息化委 */
  name: string;
}

const LIST_SEPARATORS = new Set([',', '，']);
const NAME_SEPARATORS = new Set(['、']);

/** Full-width parentheses and commas read as their ASCII forms, for matching names only. */
export function foldBracketPunctuation(text: string): string {
  return text.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',');
}

/**
 * Cuts a bracket into names and separators, keeping every character: joining the parts' texts
 * gives the bracket back. `unbreakable` are names that contain 、 and are read whole.
 */
export function cutBracket(
  bracket: string,
  unbreakable: readonly string[],
): (BracketName | { separator: string })[] {
  const folded = foldBracketPunctuation(bracket);
  const whole = unbreakable.map(foldBracketPunctuation).sort((a, b) => b.length - a.length);
  const out: (BracketName | { separator: string })[] = [];
  let name = '';
  let listPrefix: string | undefined;
  const flush = () => {
    if (!name) return;
    listPrefix ??= name.startsWith('市') ? '市' : '';
    const restore = listPrefix && !name.startsWith('市') && !name.startsWith('沈阳');
    out.push({ text: name, name: restore ? `${listPrefix}${name}` : name });
    name = '';
  };
  for (let i = 0; i < bracket.length;) {
    const kept = !name ? whole.find((w) => folded.startsWith(w, i)) : undefined;
    if (kept) {
      name = bracket.slice(i, i + kept.length);
      i += kept.length;
      continue;
    }
    const char = bracket[i]!;
    if (LIST_SEPARATORS.has(char) || NAME_SEPARATORS.has(char)) {
      flush();
      out.push({ separator: char });
      if (LIST_SEPARATORS.has(char)) listPrefix = undefined;
    } else {
      name += char;
    }
    i += 1;
  }
  flush();
  return out;
}

/** The names a bracket lists, with their shared prefix restored, in order. */
export function bracketNames(bracket: string, unbreakable: readonly string[]): string[] {
  return cutBracket(bracket, unbreakable).flatMap((part) => ('name' in part ? [part.name] : []));
}

/**
 * Resolves each name of a bracket to a body by the body's forms (as the source writes it, or with
 * its prefix restored). `unknown` is called with a name no form matches and must throw.
 */
export function resolveBracket(
  bracket: string,
  bodies: readonly { id: string; forms: readonly string[] }[],
  unknown: (name: BracketName) => never,
): BracketPart[] {
  const unbreakable = bodies.flatMap((b) => b.forms).filter((f) => f.includes('、'));
  const byForm = new Map<string, string>();
  for (const body of bodies)
    for (const form of body.forms) byForm.set(foldBracketPunctuation(form), body.id);
  return cutBracket(bracket, unbreakable).map((part): BracketPart => {
    if ('separator' in part) return { kind: 'separator', text: part.separator };
    const body =
      byForm.get(foldBracketPunctuation(part.name)) ??
      byForm.get(foldBracketPunctuation(part.text));
    if (!body) return unknown(part);
    return { kind: 'name', text: part.text, body };
  });
}

/** The bracket's text: its parts joined. */
export function bracketText(parts: readonly BracketPart[]): string {
  return parts.map((p) => p.text).join('');
}

/** Whether a name as the source writes it carries a parenthesis (a second title or a housed office). */
export function namesSecondTitle(text: string): boolean {
  return /[(（]/.test(text);
}
