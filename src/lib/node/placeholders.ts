/**
 * Unrendered placeholders in the built site: a UI string's `{{variable}}` that was not given a
 * value stays in the text as written (i18next leaves it), so a reader would see 措施（{{cn}}）.
 * The build fails on any `{{` in any text file of dist (src/integrations/postbuild.ts). Pure:
 * the integration reads the files, these functions only look at their bytes.
 *
 * A brace counts as written (`{`) or as HTML or JSON would encode it (`&#123;`, `&#x7b;`,
 * `&lbrace;`, `&lcub;`, `\u007b`), so a placeholder escaped into an attribute or a script's JSON
 * is found too. A brace alone (CSS, JSON, a client template's `{shown}`) is not a placeholder,
 * nor are two braces with anything between them (`{\n{` is two blocks, never a template).
 */

const BRACE = String.raw`(?:\{|&#0*123;|&#[xX]0*7[bB];|&lbrace;|&lcub;|\\u007[bB])`;
const PLACEHOLDER = new RegExp(`${BRACE}${BRACE}`, 'g');

export interface Placeholder {
  /** 1-based line and column of the first brace. */
  line: number;
  column: number;
  /** The text around it on one line (line breaks shown as ⏎), at most `around` characters each side. */
  context: string;
  /** How many placeholders the text holds in all. */
  count: number;
}

/** The first unrendered placeholder of a text, with where it is and how many there are; undefined if none. */
export function findPlaceholder(text: string, around = 40): Placeholder | undefined {
  const matches = [...text.matchAll(PLACEHOLDER)];
  const first = matches[0];
  if (!first) return undefined;
  const index = first.index;
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - (before.lastIndexOf('\n') + 1) + 1;
  const start = Math.max(0, index - around);
  const end = Math.min(text.length, index + first[0].length + around);
  const context = `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\r?\n/g, '⏎')}${end < text.length ? '…' : ''}`;
  return { line, column, context, count: matches.length };
}

/**
 * Whether a built file is text: no NUL byte and valid UTF-8. Images, PDFs, fonts, WebAssembly
 * and compressed files are not (they hold NUL bytes or invalid UTF-8 sequences).
 */
export function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export interface FileWithPlaceholder extends Placeholder {
  /** The file's path in the site, e.g. /zh/glossary/index.html */
  file: string;
}

/** Every text file among `files` (path → bytes) that holds a placeholder, in path order. */
export function filesWithPlaceholders(
  files: Iterable<[string, Uint8Array]>,
): FileWithPlaceholder[] {
  const found: FileWithPlaceholder[] = [];
  for (const [file, bytes] of files) {
    if (!isText(bytes)) continue;
    const placeholder = findPlaceholder(new TextDecoder().decode(bytes));
    if (placeholder) found.push({ file, ...placeholder });
  }
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The build's error: each file, its first placeholder with its line, column and context, and how many it holds. */
export function placeholderReport(found: readonly FileWithPlaceholder[], limit = 20): string {
  const lines = found
    .slice(0, limit)
    .map(
      (f) =>
        `  ${f.file}:${f.line}:${f.column}: ${f.context}${f.count > 1 ? ` (${f.count} in this file)` : ''}`,
    );
  const more = found.length > limit ? [`  … and ${found.length - limit} more file(s)`] : [];
  return [
    `${found.length} built file(s) hold an unrendered placeholder "{{" (a UI string was given no value for a variable):`,
    ...lines,
    ...more,
  ].join('\n');
}
