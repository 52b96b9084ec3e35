/**
 * Reads the source document (seeds/) as the plan's authority: which lines are web-page residue,
 * which provision each line is, and each provision's responsibility bracket. Tests compare the
 * content with it so that the two can never drift apart.
 */
import type { PlanModel } from './model.ts';
import { provisionId } from './provision-id.ts';
import { chineseSentences } from './text.ts';
import { bracketNames, bracketText } from './bracket.ts';
import type { ProvisionKind } from './schema.ts';
import { SOURCE_LOCALE } from '../editions.ts';

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
export function splitBracket(
  bracket: string,
  unbreakable: readonly string[] = ['各区、县(市)政府'],
): string[] {
  return bracketNames(bracket, unbreakable);
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

/** The source document's path in the project: the one unchanged copy the content is checked against. */
export const SOURCE_PATH = 'seeds/000_1b4b1833641e6e95.txt';

/** Where the content and the source disagree, with the file to fix and the sentences that differ. */
export interface SourceDifference {
  file: string;
  field: string;
  problem: string;
}

/** The model's Chinese text in the shape the source checks need. */
export interface ChineseText {
  provisions: readonly {
    id: string;
    title: string;
    paragraphs: readonly string[];
    bracket?: string | undefined;
  }[];
  /** Every other Chinese string of the content (section texts, headings, the document's names). */
  other: string;
}

/** The first sentence where two folded texts part, as `source "…", content "…"`. */
function firstDifference(source: string, content: string): string {
  const [a, b] = [chineseSentences(source), chineseSentences(content)];
  const at = a.findIndex((sentence, i) => sentence !== b[i]);
  const i = at < 0 ? a.length : at;
  return `the source reads "${a[i] ?? '(nothing more)'}" where the content reads "${b[i] ?? '(nothing more)'}"`;
}

/**
 * Compares the Chinese content with the source document, word for word (typographic punctuation
 * folded by `fold`): each provision is its source line without number and bracket, and every
 * sentence of the source is somewhere in the content. The build fails on any difference.
 */
export function compareWithSource(
  text: ChineseText,
  source: string,
  fold: (s: string) => string,
): SourceDifference[] {
  const differences: SourceDifference[] = [];
  const byId = new Map(text.provisions.map((p) => [p.id, p]));
  for (const sp of sourceProvisions(source)) {
    const file = `content/plan/zh/${sp.id}.mdx`;
    const provision = byId.get(sp.id);
    if (!provision) {
      differences.push({ file, field: '(file)', problem: `is missing: the source has ${sp.id}` });
      continue;
    }
    const line = fold(sp.line.replace(BRACKET, '')).replace(/^(\d+\.|\([一二三四五]\))/, '');
    const content = fold(`${provision.title}。${provision.paragraphs.join('')}`);
    if (line !== content)
      differences.push({
        file,
        field: '(body)',
        problem: `differs from ${SOURCE_PATH}: ${firstDifference(line, content)}`,
      });
    if ((sp.bracket ?? '') !== (provision.bracket ?? '')) {
      differences.push({
        file: 'content/provisions.yaml',
        field: `${sp.id}.bracket`,
        problem: `is "${provision.bracket ?? ''}" where ${SOURCE_PATH} reads "${sp.bracket ?? ''}" (character for character)`,
      });
    }
  }
  const all = fold(
    [text.other, ...text.provisions.flatMap((p) => [p.title, ...p.paragraphs])].join('\n'),
  );
  for (const piece of sourcePieces(source, fold)) {
    if (!all.includes(piece))
      differences.push({
        file: 'content/plan/zh/',
        field: '(text)',
        problem: `has no sentence "${piece}" of ${SOURCE_PATH}`,
      });
  }
  return differences;
}

/** The model's Chinese text for `compareWithSource`. */
export function chineseTextOf(model: PlanModel): ChineseText {
  return {
    provisions: model.provisions.map((p) => ({
      id: p.id,
      title: p.title[SOURCE_LOCALE],
      paragraphs: p.paragraphs[SOURCE_LOCALE],
      bracket: p.bracket ? bracketText(p.bracket[SOURCE_LOCALE]) : undefined,
    })),
    other: JSON.stringify([
      model.document,
      model.parts,
      model.sections,
      model.groups,
      Object.values(model.texts).map((t) => [
        t.title?.[SOURCE_LOCALE],
        t.paragraphs[SOURCE_LOCALE],
      ]),
    ]),
  };
}

/** What the About page says of the source copy: its file and the page it names. */
export interface SourceCopy {
  /** the copy's path in the project: seeds/… */
  file: string;
  /** the address the copy's 本文链接 line names, without its scheme: www.example.com/rule/1.html */
  address?: string | undefined;
}

/** The source copy as the About page describes it: read from its text, not written by hand. */
export function sourceCopy(source: string, file: string = SOURCE_PATH): SourceCopy {
  const line = source.split(/\r?\n/).find((l) => l.trim().startsWith('本文链接'));
  const address = line
    ?.trim()
    .replace(/^本文链接\s*[:：]\s*/, '')
    .replace(/^(?:https?:)?\/\//, '')
    .trim();
  return { file, address: address || undefined };
}
