/**
 * Reads the source document (seeds/) as the plan's authority: which lines are web-page residue,
 * which provision each line is, and each provision's responsibility bracket. Tests compare the
 * content with it so that the two can never drift apart.
 */
import { provisionId } from './provision-id.ts';
import type { ProvisionKind } from './schema.ts';

/** The web page the text was copied from left these lines at the end; they are not the plan. */
export const RESIDUE_PREFIXES = ['文件链接', '扫描二维码', '本文链接', '本文关键词'] as const;

export const BRACKET = /\[责任部门[::]([^\]]*)\]/;

export function isResidue(line: string): boolean {
  return RESIDUE_PREFIXES.some((prefix) => line.trim().startsWith(prefix));
}

/** The plan's lines: residue dropped, a bracket alone on its line joined to the line before. */
export function planLines(source: string): string[] {
  const lines: string[] = [];
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || isResidue(line)) continue;
    if (line.startsWith('[责任部门') && lines.length > 0) lines[lines.length - 1] += line;
    else lines.push(line);
  }
  return lines;
}

export interface SourceProvision {
  id: string;
  /** The whole line: number, title, text and bracket. */
  line: string;
  /** The bracket's content, e.g. 市科技局、经济和信息化委,各区、县(市)政府 */
  bracket?: string | undefined;
}

const PART = /^([一二三四])、/;
const ARABIC = /^(\d+)\./;
const LETTERED = /^[((]([一二三四五六七八九十])[))]/;
const CN = '一二三四五六七八九十';

/** Every provision of the source with its bracket, in order. */
export function sourceProvisions(source: string): SourceProvision[] {
  const out: SourceProvision[] = [];
  let part = 0;
  for (const line of planLines(source)) {
    const partMatch = line.match(PART);
    if (partMatch) {
      part = CN.indexOf(partMatch[1] ?? '') + 1;
      continue;
    }
    let kind: ProvisionKind | undefined;
    let number = 0;
    const arabic = line.match(ARABIC);
    const lettered = line.match(LETTERED);
    if (arabic && (part === 1 || part === 2)) {
      kind = part === 1 ? 'principle' : 'task';
      number = Number(arabic[1]);
    } else if (lettered && (part === 3 || part === 4)) {
      kind = part === 3 ? 'measure' : 'implementation';
      number = CN.indexOf(lettered[1] ?? '') + 1;
    }
    if (!kind) continue;
    out.push({ id: provisionId(kind, number), line, bracket: line.match(BRACKET)?.[1] });
  }
  return out;
}

/**
 * Splits a bracket into the bodies it names, as written, with the shared prefix restored:
 * `市科技局、经济和信息化委,各区、县(市)政府` → [市科技局, 市经济和信息化委, 各区、县(市)政府].
 * The 市 of the first name in a 、-list applies to every name of that list; a comma starts a
 * new list; `各区、县(市)政府` is one body although it contains 、.
 */
export function splitBracket(bracket: string, unbreakable: readonly string[] = ['各区、县(市)政府']): string[] {
  const folded = bracket.replace(/\(/g, '(').replace(/\)/g, ')').replace(/,/g, ',');
  const tokens = new Map<string, string>();
  let text = folded;
  unbreakable.forEach((name, i) => {
    const token = `\u0000${i}\u0000`;
    const normalised = name.replace(/\(/g, '(').replace(/\)/g, ')');
    if (text.includes(normalised)) {
      text = text.split(normalised).join(token);
      tokens.set(token, normalised);
    }
  });
  return text
    .split(',')
    .map((list) => list.split('、').map((s) => s.trim()).filter(Boolean))
    .flatMap((names) => {
      const prefix = names[0]?.startsWith('市') ? '市' : '';
      return names.map((name) => {
        if (tokens.has(name)) return tokens.get(name) ?? name;
        return prefix && !name.startsWith('市') && !name.startsWith('沈阳') ? `${prefix}${name}` : name;
      });
    });
}

/**
 * The pieces of the plan's text a reader must find on the Chinese pages: every sentence of every
 * line (residue and responsibility brackets left out, since brackets appear as lists of bodies),
 * split also at the numbering and the book-title marks that the pages render as headings and titles.
 * Pieces are folded with `fold` (typographic punctuation) and lose their final 。 or ;.
 */
export function sourcePieces(source: string, fold: (s: string) => string): string[] {
  return planLines(source)
    .map((line) => fold(line.replace(BRACKET, '')))
    .flatMap((line) => line.split(/[《》]|^\d+\.|^\([一二三四五]\)|^[一二三四]、/))
    .flatMap((piece) => piece.split(/(?<=[。;;])/))
    .map((piece) => piece.replace(/[。;;]$/, ''))
    .filter((piece) => piece.length > 1);
}
