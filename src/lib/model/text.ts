/** Plain text out of the plan's MDX bodies: for the open data, descriptions, search and tests. */

/** Splits an MDX body into paragraphs (blank-line separated), each as plain text. */
export function paragraphsOf(body: string): string[] {
  return markdownParagraphs(body).map(plainText);
}

/** Removes the inline Markdown the plan texts use (emphasis) and joins wrapped lines. */
export function plainText(markdown: string): string {
  return joinLines(markdown)
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .replace(/(?<![A-Za-z0-9])_(.+?)_(?![A-Za-z0-9])/g, '$1');
}

/** Joins a paragraph's wrapped lines: no space between Chinese characters, one space otherwise. */
export function joinLines(markdown: string): string {
  return markdown
    .replace(/[ \t]*\n[ \t]*/g, (_m, offset: number, whole: string) =>
      isCjk(whole[offset - 1]) ? '' : ' ',
    )
    .trim();
}

function isCjk(ch: string | undefined): boolean {
  return !!ch && /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(ch);
}

/**
 * Folds the typographic differences allowed between the source and the content (half- and
 * full-width commas, colons, semicolons and parentheses; white space), so that tests can check
 * that the published Chinese text is the source's, word for word.
 */
export function foldPunctuation(text: string): string {
  return text
    .replace(/\uff0c/g, ',')
    .replace(/\uff1a/g, ':')
    .replace(/\uff1b/g, ';')
    .replace(/\uff08/g, '(')
    .replace(/\uff09/g, ')')
    .replace(/\s+/g, '');
}

/**
 * Splits Chinese text into sentences at 。, ; and ! and ? in either width (；！？, as the
 * Traditional edition writes them), keeping the mark.
 */
export function chineseSentences(text: string): string[] {
  return (text.match(/[^。;!?\uff1b\uff01\uff1f]+[。;!?\uff1b\uff01\uff1f]?/g) ?? [])
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The first sentence-sized piece of a text, for a meta description. */
export function summarise(text: string, max = 150): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastBreak = Math.max(
    cut.lastIndexOf('。'),
    cut.lastIndexOf('. '),
    cut.lastIndexOf(','),
    cut.lastIndexOf('\uff0c'),
    cut.lastIndexOf(', '),
  );
  return `${(lastBreak > max / 2 ? cut.slice(0, lastBreak + 1) : cut).trim()}…`;
}

/** Splits a paragraph's Markdown into text and *emphasis* segments (the only inline markup the texts use). */
export function inlineSegments(markdown: string): { text: string; em: boolean }[] {
  return markdown
    .split(/(\*[^*]+\*)/)
    .filter(Boolean)
    .map((part) =>
      /^\*[^*]+\*$/.test(part) ? { text: part.slice(1, -1), em: true } : { text: part, em: false },
    );
}

/** A body's paragraphs as written: separated by blank lines. */
function rawParagraphs(body: string): string[] {
  return body.trim().split(/\n[ \t]*\n/);
}

/** The paragraphs of an MDX body as one-line Markdown (for pairing paragraphs while keeping emphasis). */
export function markdownParagraphs(body: string): string[] {
  return rawParagraphs(body)
    .map(joinLines)
    .filter((p) => p.length > 0);
}

/** The lines of each paragraph of a body: in a translation, each line translates one source sentence. */
export function paragraphLines(body: string): string[][] {
  return rawParagraphs(body)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}

/** Chinese characters and the punctuation that goes with them (〔〕《》、,。). */
const CJK_RUN =
  /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+(?:[\s\d]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+)*/gu;

/**
 * Splits text into runs, marking the Chinese ones, so that Chinese inside English text (a
 * document number such as 沈政发〔2018〕19号) can carry the source edition's lang.
 */
export function languageRuns(text: string): { text: string; zh: boolean }[] {
  const runs: { text: string; zh: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(CJK_RUN)) {
    const at = m.index ?? 0;
    if (at > last) runs.push({ text: text.slice(last, at), zh: false });
    runs.push({ text: m[0], zh: true });
    last = at + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), zh: false });
  return runs;
}

/** The distinct non-empty strings of a list, trimmed, in first-seen order. */
export function unique(xs: string[]): string[] {
  return [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
}

/** Text to match as it is inside a regular expression: its special characters escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
