/**
 * Every rendering of every provision agrees (issue "One outline…", its first "done when"): for
 * each of the 25 provisions in each edition, the same text and the same responsibility bracket
 * on the provision page, the full-text page, the side-by-side view, /data/plan.json, the search
 * data and the text extracted from each PDF — read from the built site in dist/ (run
 * `npm run build` first), no browser.
 *
 * The expected values come from outside the code under test:
 * - zh: the source file seeds/000_1b4b1833641e6e95.txt — the provision's line without its number
 *   and title ("3.积极引进人工智能高端人才。") and without its bracket `[责任部门:…]`, which is the
 *   zh bracket verbatim (task 7's bracket stands alone on the next line and belongs to it). The
 *   text is compared after the folding the project documents as allowed between the source and
 *   the content (src/lib/model/text.ts, foldPunctuation's comment: half- and full-width , : ; ( )
 *   and white space), written out here (SOURCE_FOLD); every rendering must then be exactly the
 *   published text (plan.json's paragraphs, once they fold to the source).
 * - en: content/plan/en/<id>.mdx (one sentence per line, blank lines between paragraphs, *emphasis*
 *   markers removed); the bracket from content/glossary.yaml (name.en, and alsoKnownAs.en /
 *   houses.en in parentheses where the source's bracket writes that second title) in the order
 *   of content/provisions.yaml, joined with "; ".
 * - zh-hant has no independent oracle: all its renderings must agree with its plan.json value,
 *   which must have the zh text's length and the same characters wherever the zh text has no Han
 *   character (OpenCC converts characters one for one; quotation marks by the edition's table; a
 *   Latin , ; : ( ) ? ! either kept or written full width by its `fullWidth` table, which
 *   tests/serve/chinese-typography.test.ts requires next to Chinese text).
 *
 * The bracket contract (being built in another branch; this test is written against it):
 * plan.json `provisions[].bracket: { zh, en, zh-Hant }` (no key for principles); in HTML, wherever
 * a provision's bracket is shown, `[data-bracket="<id>"]` with a descendant `[data-bracket-text]`
 * holding that edition's string (side by side: one per column, told apart by `lang`); search
 * data `docs[].bracket`; the string in every PDF holding that edition.
 *
 * Pages are read as a reader sees them: without the hidden source sentences (.source-sentence),
 * the copy-link buttons (.copy-link), the translator's-note marks (sup.note-ref) and .sr-only
 * text. A PDF's text is read without the lines that end every page (page label, translation
 * statement), without white space (and, for English, also without hyphens: line-end
 * hyphenation), and a provision's text is looked for in its own section, from its label line
 * ("重点任务 3", or "重点任务 3 · Task 3" in the bilingual file) to the next one.
 *
 * Mismatches are collected, not thrown one by one: each test ends with all of them, grouped by
 * rendering, with the first differing position, and a count per rendering.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, parse, TextNode } from 'node-html-parser';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  edition,
  LOCALES,
  SOURCE_LOCALE,
  TRANSLATION_LOCALE,
  type Locale,
} from '../../src/lib/editions.ts';
import { paths } from '../../src/lib/routes.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import { provisionLabel } from '../../src/lib/model/labels.ts';
import { loadModel } from '../support/load-content.ts';
import { ROOT } from './support.ts';

const DIST = join(ROOT, 'dist');
const SEED = join(ROOT, 'seeds', '000_1b4b1833641e6e95.txt');

/** The 25 provisions of SPEC.md, listed here rather than asked of the code. */
const PROVISIONS: readonly string[] = (
  [
    ['principle', 4],
    ['task', 12],
    ['measure', 5],
    ['implementation', 4],
  ] as const
).flatMap(([kind, count]) => Array.from({ length: count }, (_, i) => `${kind}-${i + 1}`));
const hasBracket = (id: string) => !id.startsWith('principle-');

// ---------------------------------------------------------------------------------------------
// Text helpers

/** White space as a reader sees it: runs collapsed to one space, none at the ends. */
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
/** For PDF extraction, which breaks lines anywhere: no white space at all. */
const compact = (s: string) => s.replace(/\s+/g, '');
/** English in a PDF may be hyphenated at a line end: compared again without any hyphen. */
const dehyphenate = (s: string) => compact(s).replace(/[-\u2010\u00ad]/g, '');
/**
 * The differences the project allows between the source and its published Chinese text
 * (foldPunctuation's documented intent, src/lib/model/text.ts): full-width , : ; ( ) read as the
 * source's half-width ones, and white space ignored. Written out, not imported.
 */
const SOURCE_FOLD = (s: string) =>
  s
    .replace(/\uff0c/g, ',')
    .replace(/\uff1a/g, ':')
    .replace(/\uff1b/g, ';')
    .replace(/\uff08/g, '(')
    .replace(/\uff09/g, ')')
    .replace(/\s+/g, '');
const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);
const joiner = (locale: Locale) => (edition(locale).script === 'han' ? '' : ' ');

/** The first index at which two strings differ (the shorter's length if one is a prefix). */
function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}
const around = (s: string, i: number) =>
  `${i > 25 ? '…' : ''}${s.slice(Math.max(0, i - 25), i + 45)}${i + 45 < s.length ? '…' : ''}`;

// ---------------------------------------------------------------------------------------------
// Mismatches, collected and reported together

interface Mismatch {
  provision: string;
  edition: Locale;
  /** where: "provision page /zh/tasks/3/", "PDF plan-zh.pdf", … */
  rendering: string;
  /** the kind of rendering, for the counts: "provision page", "PDF", … */
  kind: string;
  message: string;
}

class Ledger {
  readonly mismatches: Mismatch[] = [];
  readonly checked = new Map<string, number>();
  readonly failed = new Map<string, number>();

  /** Counts one check of (provision, edition) on a rendering; a message means it failed. */
  record(
    kind: string,
    rendering: string,
    provision: string,
    locale: Locale,
    message: string | undefined,
  ): void {
    this.checked.set(kind, (this.checked.get(kind) ?? 0) + 1);
    if (message === undefined) return;
    this.failed.set(kind, (this.failed.get(kind) ?? 0) + 1);
    this.mismatches.push({ provision, edition: locale, rendering, kind, message });
  }

  /** One line per kind of rendering: how many of its checks agree. */
  summary(): string {
    return [...this.checked]
      .map(
        ([kind, n]) =>
          `  ${kind.padEnd(30)} ${String(n - (this.failed.get(kind) ?? 0)).padStart(4)} of ${String(n).padStart(3)} agree`,
      )
      .join('\n');
  }

  /**
   * The counts per kind of rendering, then the mismatches grouped by rendering: each in full,
   * except those where the rendering has nothing at all, listed on one line per rendering.
   */
  report(title: string, preface = ''): string {
    if (this.mismatches.length === 0) return `${title}: all agree\n${this.summary()}`;
    const byRendering = new Map<string, Mismatch[]>();
    for (const m of this.mismatches)
      byRendering.set(m.rendering, [...(byRendering.get(m.rendering) ?? []), m]);
    const isMissing = (m: Mismatch) => /^(not found|not checked|no \[data-bracket)/.test(m.message);
    const groups = [...byRendering].map(([rendering, list]) => {
      const missing = list.filter(isMissing);
      return [
        `── ${rendering}: ${list.length} mismatch${list.length === 1 ? '' : 'es'}`,
        ...list
          .filter((m) => !isMissing(m))
          .map((m) => `   ${m.provision} [${m.edition}] ${m.message}`),
        ...(missing.length
          ? [
              `   not there for ${missing.length}: ${missing.map((m) => `${m.provision} [${m.edition}]`).join(', ')}`,
            ]
          : []),
      ].join('\n');
    });
    return `${title}: ${this.mismatches.length} mismatches\n${this.summary()}\n${preface}\n${groups.join('\n')}`;
  }
}

/** Compares paragraph lists (each collapsed); undefined when they agree, else where and how they differ. */
function compareParagraphs(
  expected: readonly string[],
  found: readonly string[] | undefined,
): string | undefined {
  if (!found || found.length === 0)
    return `not found (expected ${expected.length} paragraph${expected.length === 1 ? '' : 's'}: «${around(expected.join(' ¶ '), 0)}»)`;
  const problems: string[] = [];
  if (found.length !== expected.length)
    problems.push(`${found.length} paragraphs, expected ${expected.length}`);
  for (let i = 0; i < Math.max(found.length, expected.length); i++) {
    const e = collapse(expected[i] ?? '');
    const f = collapse(found[i] ?? '');
    if (e === f) continue;
    const at = firstDifference(e, f);
    problems.push(
      `p${i + 1} differs at character ${at} (expected ${e.length} chars, found ${f.length}):\n      expected «${around(e, at)}»\n      found    «${around(f, at)}»`,
    );
    break;
  }
  return problems.length ? problems.join('; ') : undefined;
}

function compareString(expected: string, found: string | undefined): string | undefined {
  if (found === undefined) return `not found (expected «${expected}»)`;
  const e = collapse(expected);
  const f = collapse(found);
  if (e === f) return undefined;
  const at = firstDifference(e, f);
  return `differs at character ${at}:\n      expected «${around(e, at)}»\n      found    «${around(f, at)}»`;
}

// ---------------------------------------------------------------------------------------------
// The oracles

interface SourceProvision {
  text: string;
  bracket: string | undefined;
}

const CHINESE_NUMERALS = '一二三四五六七八九十';

/** The provisions of the source file, by id: text without number, title and bracket; the bracket's content. */
function sourceProvisions(seed: string): Map<string, SourceProvision> {
  const lines: string[] = [];
  for (const raw of seed.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    // A bracket alone on its line (task 7) closes the line before.
    if (/^\[责任部门[:：]/.test(line) && lines.length > 0) lines[lines.length - 1] += line;
    else lines.push(line);
  }
  const at = (heading: RegExp) => {
    const i = lines.findIndex((l) => heading.test(l));
    if (i < 0) throw new Error(`${SEED}: no line matches ${heading}`);
    return i;
  };
  const digits = /^(\d+)\./;
  const numerals = new RegExp(`^[((]([${CHINESE_NUMERALS}])[))]`);
  const sections = [
    {
      kind: 'principle',
      from: at(/^[((]二[))]基本原则/),
      to: at(/^[((]三[))]行动目标/),
      number: digits,
    },
    { kind: 'task', from: at(/^二、重点任务/), to: at(/^三、工作措施/), number: digits },
    { kind: 'measure', from: at(/^三、工作措施/), to: at(/^四、组织实施/), number: numerals },
    { kind: 'implementation', from: at(/^四、组织实施/), to: lines.length, number: numerals },
  ];
  const found = new Map<string, SourceProvision>();
  for (const { kind, from, to, number } of sections) {
    for (const line of lines.slice(from + 1, to)) {
      const m = line.match(number);
      if (!m?.[1]) continue;
      const n = /\d/.test(m[1]) ? Number(m[1]) : CHINESE_NUMERALS.indexOf(m[1]) + 1;
      let rest = line.slice(m[0].length);
      rest = rest.slice(rest.indexOf('。') + 1); // the title, up to its full stop
      const bracket = rest.match(/\[责任部门[:：]([^\]]*)\]/);
      found.set(`${kind}-${n}`, {
        text: rest.replace(bracket?.[0] ?? '', '').trim(),
        bracket: bracket?.[1]?.trim(),
      });
    }
  }
  return found;
}

/** An English plan text's paragraphs: blank-line separated, one sentence per line, *emphasis* unmarked. */
function mdxParagraphs(file: string): string[] {
  const body = readFileSync(file, 'utf-8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((p) =>
      collapse(
        p
          .split(/\r?\n/)
          .map((l) => l.trim())
          .join(' '),
      )
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/\*([^*]+)\*/g, '$1'),
    )
    .filter(Boolean);
}

interface GlossaryBody {
  id: string;
  name: { zh: string; en: string };
  alsoKnownAs?: { zh: string; en: string };
  houses?: { zh: string; en: string };
  forms: string[];
}

/**
 * The bodies a bracket of the seed names, read here independently of the site's parser: lists
 * split at commas, names at 、 (a form holding 、 is kept whole), a list's 市 prefix restored,
 * each name looked up among the glossary's forms.
 */
function bodiesOfBracket(zh: string, bodies: readonly GlossaryBody[]): string[] {
  const whole = bodies.flatMap((b) => b.forms).filter((f) => f.includes('、'));
  let text = zh;
  whole.forEach((w, i) => (text = text.split(w).join(`\u0000${i}`)));
  return text.split(/[,，]/).flatMap((list) => {
    const names = list.split('、');
    const prefix = names[0]?.startsWith('市') ? '市' : '';
    return names.map((n) => {
      const name = n.startsWith('\u0000')
        ? whole[Number(n.slice(1))]!
        : prefix && !n.startsWith('市') && !n.startsWith('沈阳')
          ? `${prefix}${n}`
          : n;
      const body = bodies.find((b) => b.forms.includes(name));
      if (!body)
        throw new Error(
          `the seed's bracket names "${name}", no form of a body of content/glossary.yaml`,
        );
      return body.id;
    });
  });
}

/**
 * The English bracket: each body's English name, with its second title or housed office in
 * parentheses where the source's bracket writes it (市科技局(市知识产权局)), joined with "; ".
 */
function englishBracket(
  bodyIds: readonly string[],
  bodies: readonly GlossaryBody[],
  zhBracket: string,
): string {
  return bodyIds
    .map((id) => {
      const body = bodies.find((b) => b.id === id);
      if (!body)
        throw new Error(`content/provisions.yaml names "${id}", which content/glossary.yaml lacks`);
      const second = [body.alsoKnownAs, body.houses]
        .filter((s) => s && new RegExp(`[((]${s.zh}[))]`).test(zhBracket))
        .map((s) => s!.en);
      return second.length ? `${body.name.en} (${second.join('; ')})` : body.name.en;
    })
    .join('; ');
}

/** The zh-hant value must be the zh value converted one for one: same length, same non-Han characters. */
function checkConversion(zh: string, hant: string, locale: Locale): string | undefined {
  const a = compact(zh);
  const b = compact(hant);
  if (a.length !== b.length)
    return `${b.length} characters, the zh text has ${a.length} (a conversion keeps the length): «${around(b, 0)}»`;
  const punctuation: Readonly<Record<string, string>> =
    edition(locale).derivedFrom?.punctuation ?? {};
  const fullWidth: Readonly<Record<string, string>> = edition(locale).derivedFrom?.fullWidth ?? {};
  for (let i = 0; i < a.length; i++) {
    const z = a[i]!;
    if (isHan(z)) continue;
    const want = punctuation[z] ?? z;
    if (b[i] !== want && b[i] !== fullWidth[z])
      return `character ${i} is «${b[i]}» where the zh text has «${z}» (expected «${want}»${fullWidth[z] ? ` or «${fullWidth[z]}»` : ''}):\n      zh      «${around(a, i)}»\n      zh-hant «${around(b, i)}»`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading the built site

/** dist/ file of a site path (/zh/plan/ → dist/zh/plan/index.html). */
const distFile = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(distFile(path), 'utf-8')) as T;
const pathOnly = (path: string) => path.replace(/#.*$/, '');

/** What a reader sees of an element: its text without hidden source sentences, copy links, note marks and screen-reader-only text. */
const SKIPPED = ['source-sentence', 'copy-link', 'note-ref', 'sr-only'];
function readerText(el: HTMLElement): string {
  let out = '';
  for (const child of el.childNodes) {
    if (child instanceof TextNode) out += child.text;
    else if (child instanceof HTMLElement) {
      if (['script', 'style', 'template'].includes(child.tagName?.toLowerCase() ?? '')) continue;
      if (child.hasAttribute('hidden') || SKIPPED.some((c) => child.classList.contains(c)))
        continue;
      out += readerText(child);
    }
  }
  return out;
}

/** The paragraphs p1, p2, … of a provision inside an element (until the first missing one). */
function paragraphsIn(
  root: HTMLElement | null | undefined,
  id: string,
  select = (n: number) => root?.querySelector(`[id="${id}-p${n}"]`),
): string[] | undefined {
  if (!root) return undefined;
  const out: string[] = [];
  for (let n = 1; ; n++) {
    const p = select(n);
    if (!p) break;
    out.push(collapse(readerText(p)));
  }
  return out.length ? out : undefined;
}

interface PlanJsonProvision {
  id: string;
  text: Record<string, string>;
  paragraphs: Record<string, string[]>;
  bracket?: Record<string, string>;
}
interface SearchDoc {
  id: string;
  paragraphs: string[][];
  bracket?: string;
}

interface Pdf {
  file: string;
  locales: readonly Locale[];
  /** the extracted text without white space, the running footer lines of each page removed */
  text: string;
  /** each provision's part of it, without white space: from its label line ("重点任务 3") to the next label */
  sections: Map<string, string>;
}

/**
 * A PDF's label line of a provision is its label in each of the PDF's editions, joined by " · "
 * ("重点任务 3", "重点任务 3 · Task 3"): readable labels, never the internal id.
 */
function labelLines(locales: readonly Locale[]): Map<string, string> {
  const lines = new Map<string, string>();
  for (const p of loadModel().provisions) {
    lines.set(compact(locales.map((l) => provisionLabel(p, useTranslations(l))).join(' · ')), p.id);
  }
  return lines;
}

function pdfSections(text: string, locales: readonly Locale[]): Map<string, string> {
  const labels = labelLines(locales);
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    const id = labels.get(compact(line));
    if (id) {
      current = sections.get(id) ?? [];
      sections.set(id, current);
    } else current?.push(line);
  }
  return new Map([...sections].map(([id, lines]) => [id, compact(lines.join('\n'))]));
}

/** Where a provision's text is looked for in a PDF: its section, else (no label line) the whole text. */
function pdfScope(pdf: Pdf, id: string): { text: string; note: string } {
  const section = pdf.sections.get(id);
  return section !== undefined
    ? { text: section, note: '' }
    : { text: pdf.text, note: ` (the PDF has no label line of ${id}: searched its whole text)` };
}

/** The PDFs: one per edition and the bilingual one (the source beside the translation). */
const PDF_FILES: { file: string; locales: readonly Locale[] }[] = [
  ...LOCALES.map((l) => ({ file: `plan-${l}.pdf`, locales: [l] })),
  { file: 'plan-bilingual.pdf', locales: [SOURCE_LOCALE, TRANSLATION_LOCALE] },
];

/**
 * A PDF's text page by page, without the lines that end every page (the page label, the
 * translation statement): a paragraph that runs over a page break reads on.
 */
async function readPdf(file: string): Promise<string> {
  const pdf = await getDocumentProxy(
    new Uint8Array(readFileSync(join(DIST, pathOnly(paths.download(file))))),
  );
  const { text } = await extractText(pdf, { mergePages: false });
  const pages = (text as string[]).map((p) => p.split('\n'));
  const norm = (l: string) => l.replace(/\d+/g, '#').trim();
  const tails = pages.map((lines) => new Set(lines.slice(-3).map(norm)));
  const running =
    pages.length >= 3
      ? new Set([...tails[0]!].filter((l) => l && tails.every((t) => t.has(l))))
      : new Set<string>();
  return pages
    .map((lines) => {
      const kept = [...lines];
      while (kept.length > 0 && running.has(norm(kept[kept.length - 1]!))) kept.pop();
      return kept.join('\n');
    })
    .join('\n');
}

/** Whether a needle occurs in a PDF's text; else how far its beginning was found. */
function inPdf(haystack: string, needle: string, locale: Locale): string | undefined {
  const n = compact(needle);
  if (!n) return 'nothing to look for';
  if (haystack.includes(n)) return undefined;
  if (edition(locale).script !== 'han' && dehyphenate(haystack).includes(dehyphenate(needle)))
    return undefined;
  // The longest beginning of the needle that occurs: the first differing position.
  let lo = 0;
  let hi = n.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (haystack.includes(n.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return `not found (white space removed): «${around(n, 0)}»`;
  const where = haystack.indexOf(n.slice(0, lo));
  return `found only its first ${lo} of ${n.length} characters (white space removed):\n      expected «${around(n, lo)}»\n      found    «${around(haystack.slice(where), lo)}»`;
}

// ---------------------------------------------------------------------------------------------
// The site, read once

interface Site {
  source: Map<string, SourceProvision>;
  english: Map<string, string[]>;
  englishBrackets: Map<string, string>;
  provisionPages: Map<string, HTMLElement>; // `${locale} ${id}`
  planPages: Map<Locale, HTMLElement>;
  parallelPages: Map<Locale, HTMLElement>;
  planJson: Map<string, PlanJsonProvision>;
  planJsonIds: string[];
  search: Map<Locale, Map<string, SearchDoc>>;
  pdfs: Pdf[];
}

let site: Site;

async function readSite(): Promise<Site> {
  const source = sourceProvisions(readFileSync(SEED, 'utf-8'));
  const glossary = parseYaml(readFileSync(join(ROOT, 'content', 'glossary.yaml'), 'utf-8')) as {
    bodies: GlossaryBody[];
  };
  const english = new Map(
    PROVISIONS.map((id) => [id, mdxParagraphs(join(ROOT, 'content', 'plan', 'en', `${id}.mdx`))]),
  );
  const englishBrackets = new Map<string, string>();
  for (const id of PROVISIONS) {
    const zh = source.get(id)?.bracket;
    if (zh !== undefined)
      englishBrackets.set(
        id,
        englishBracket(bodiesOfBracket(zh, glossary.bodies), glossary.bodies, zh),
      );
  }
  const page = (path: string) => parse(readFileSync(distFile(path), 'utf-8'));
  const provisionPages = new Map<string, HTMLElement>();
  for (const locale of LOCALES) {
    for (const id of PROVISIONS) {
      const file = distFile(paths.provision(locale, id));
      if (existsSync(file))
        provisionPages.set(`${locale} ${id}`, parse(readFileSync(file, 'utf-8')));
    }
  }
  const plan = readJson<{ provisions: PlanJsonProvision[] }>(paths.data());
  const pdfs: Pdf[] = [];
  for (const { file, locales } of PDF_FILES) {
    if (!existsSync(join(DIST, pathOnly(paths.download(file))))) continue;
    const text = await readPdf(file);
    pdfs.push({ file, locales, text: compact(text), sections: pdfSections(text, locales) });
  }
  return {
    source,
    english,
    englishBrackets,
    provisionPages,
    planPages: new Map(LOCALES.map((l) => [l, page(pathOnly(paths.plan(l)))])),
    parallelPages: new Map(LOCALES.map((l) => [l, page(pathOnly(paths.parallel(l)))])),
    planJson: new Map(plan.provisions.map((p) => [p.id, p])),
    planJsonIds: plan.provisions.map((p) => p.id),
    search: new Map(
      LOCALES.map((l) => [
        l,
        new Map(readJson<{ docs: SearchDoc[] }>(`/search/${l}.json`).docs.map((d) => [d.id, d])),
      ]),
    ),
    pdfs,
  };
}

/** The editions shown as columns of a side-by-side page (their data-lang), in page order. */
function columnsOf(doc: HTMLElement): Locale[] {
  const found = new Set<string>();
  for (const p of doc.querySelectorAll('[data-pair] p[data-lang]'))
    found.add(p.getAttribute('data-lang') ?? '');
  return [...found].filter((l): l is Locale => (LOCALES as readonly string[]).includes(l));
}

/** A provision's paragraphs in one column (edition) of a side-by-side page. */
function parallelParagraphs(doc: HTMLElement, id: string, locale: Locale): string[] | undefined {
  return paragraphsIn(doc, id, (n) =>
    doc.querySelector(`[data-pair="${id}-p${n}"]`)?.querySelector(`p[data-lang="${locale}"]`),
  );
}

const dataKey = (l: Locale) => edition(l).dataKey;
/** The provision pages of an edition, for the report: /zh/{principles,tasks,measures,implementation}/N/ */
const provisionPagesOf = (locale: Locale) =>
  `/${locale}/{${[...new Set(PROVISIONS.map((id) => paths.provision(locale, id).split('/')[2]))].join(',')}}/N/`;

// ---------------------------------------------------------------------------------------------

describe('every rendering of every provision agrees', () => {
  beforeAll(async () => {
    if (!existsSync(distFile(paths.data())))
      throw new Error('dist/ has no built site: run `npm run build` first');
    site = await readSite();
  });

  it('reads what it compares: 25 provisions in the source and in plan.json, 21 brackets, every PDF', () => {
    expect([...site.source.keys()].sort()).toEqual([...PROVISIONS].sort());
    expect([...site.source.values()].filter((p) => p.bracket).length).toBe(21);
    expect(PROVISIONS.filter((id) => !hasBracket(id) && site.source.get(id)?.bracket)).toEqual([]);
    expect(site.planJsonIds).toEqual(PROVISIONS);
    expect(site.pdfs.map((p) => p.file)).toEqual(PDF_FILES.map((p) => p.file));
  });

  it('TEXT: the same paragraphs on every page, in the data, the search data and every PDF', () => {
    const ledger = new Ledger();
    const zhText = new Map<string, string[]>();
    for (const locale of [SOURCE_LOCALE, ...LOCALES.filter((l) => l !== SOURCE_LOCALE)]) {
      const key = dataKey(locale);
      for (const id of PROVISIONS) {
        const json = site.planJson.get(id);
        const provisionPage = site.provisionPages.get(`${locale} ${id}`);
        const published = json?.paragraphs?.[key]?.map(collapse) ?? paragraphsIn(provisionPage, id);

        // The expected paragraphs, and their check against the oracle.
        let expected: string[];
        if (locale === TRANSLATION_LOCALE) {
          expected = site.english.get(id) ?? [];
        } else if (!edition(locale).derivedFrom) {
          const seed = site.source.get(id)?.text ?? '';
          const agrees =
            published !== undefined && SOURCE_FOLD(published.join('')) === SOURCE_FOLD(seed);
          ledger.record(
            'oracle: the source file',
            `oracle: ${SEED.slice(ROOT.length + 1)} (folded as the project allows)`,
            id,
            locale,
            agrees
              ? undefined
              : compareString(SOURCE_FOLD(seed), published && SOURCE_FOLD(published.join(''))),
          );
          expected = agrees ? published! : [seed];
          zhText.set(id, expected);
        } else {
          const from = edition(locale).derivedFrom!.edition as Locale;
          const base = (from === SOURCE_LOCALE ? zhText.get(id) : undefined) ?? [
            site.source.get(id)?.text ?? '',
          ];
          ledger.record(
            'oracle: converted from zh',
            `oracle: one-for-one conversion of the ${from} text`,
            id,
            locale,
            published
              ? checkConversion(base.join(''), published.join(''), locale)
              : 'no text found in plan.json nor on the provision page',
          );
          expected = published ?? [];
        }

        const check = (kind: string, rendering: string, found: string[] | undefined) =>
          ledger.record(kind, rendering, id, locale, compareParagraphs(expected, found));
        check(
          'provision page',
          `provision pages ${provisionPagesOf(locale)}`,
          paragraphsIn(provisionPage, id),
        );
        const plan = site.planPages.get(locale);
        check(
          'full text',
          `full text ${pathOnly(paths.plan(locale))}`,
          paragraphsIn(plan?.querySelector(`article[id="${id}"]`), id),
        );
        for (const [pageLocale, doc] of site.parallelPages) {
          const columns = columnsOf(doc);
          if (pageLocale !== locale && !columns.includes(locale)) continue;
          check(
            'side by side',
            `side by side ${pathOnly(paths.parallel(pageLocale))}, ${locale} column`,
            parallelParagraphs(doc, id, locale),
          );
        }
        check(
          'plan.json paragraphs',
          `plan.json provisions[].paragraphs["${key}"]`,
          json?.paragraphs?.[key],
        );
        check(
          'plan.json text',
          `plan.json provisions[].text["${key}"] (paragraphs joined by "\\n")`,
          json?.text?.[key]?.split('\n'),
        );
        const doc = site.search.get(locale)?.get(id);
        check(
          'search data',
          `search data /search/${locale}.json`,
          doc?.paragraphs?.map((sentences) => sentences.join(joiner(locale))),
        );
        for (const pdf of site.pdfs.filter((p) => p.locales.includes(locale))) {
          const scope = pdfScope(pdf, id);
          const missing = expected
            .map((p, i) => [i, inPdf(scope.text, p, locale)] as const)
            .filter(([, m]) => m !== undefined);
          ledger.record(
            'PDF',
            `PDF ${pdf.file}`,
            id,
            locale,
            missing.length
              ? missing.map(([i, m]) => `p${i + 1} ${m}${scope.note}`).join('; ')
              : expected.length
                ? undefined
                : 'no expected text',
          );
        }
      }
    }
    // The conversion converted something.
    const hant = LOCALES.filter((l) => edition(l).derivedFrom);
    for (const locale of hant) {
      const differs = PROVISIONS.some(
        (id) =>
          site.planJson.get(id)?.paragraphs?.[dataKey(locale)]?.join('') !==
          zhText.get(id)?.join(''),
      );
      ledger.record(
        'oracle: converted from zh',
        'oracle: the conversion changes some text',
        'all',
        locale,
        differs ? undefined : `every provision's ${locale} text is the zh text unchanged`,
      );
    }
    const report = ledger.report('TEXT');
    console.log(`TEXT: ${ledger.mismatches.length} mismatches\n${ledger.summary()}`);
    expect(ledger.mismatches.length, report).toBe(0);
  });

  it('BRACKET: the same responsibility bracket on every page, in the data, the search data and every PDF', () => {
    const ledger = new Ledger();
    const zhBrackets = new Map<string, string>();
    for (const locale of [SOURCE_LOCALE, ...LOCALES.filter((l) => l !== SOURCE_LOCALE)]) {
      const key = dataKey(locale);
      const lang = edition(locale).htmlLang;
      for (const id of PROVISIONS) {
        const json = site.planJson.get(id);
        const provisionPage = site.provisionPages.get(`${locale} ${id}`);
        const plan = site.planPages.get(locale);
        const parallels = [...site.parallelPages].filter(
          ([pageLocale, doc]) => pageLocale === locale || columnsOf(doc).includes(locale),
        );
        /** The bracket's elements of a provision in a page (of one lang on a side-by-side page). */
        const elements = (root: HTMLElement | undefined, withLang: boolean) =>
          (root?.querySelectorAll(`[data-bracket="${id}"]`) ?? []).filter(
            (el) => !withLang || el.getAttribute('lang') === lang,
          );
        const bracketText = (el: HTMLElement) => {
          const t = el.querySelector('[data-bracket-text]');
          return t ? collapse(t.textContent) : undefined;
        };
        const htmlRenderings: { kind: string; rendering: string; els: HTMLElement[] }[] = [
          {
            kind: 'provision page',
            rendering: `provision pages ${provisionPagesOf(locale)}`,
            els: elements(provisionPage, false),
          },
          {
            kind: 'full text',
            rendering: `full text ${pathOnly(paths.plan(locale))}`,
            els: elements(plan, false),
          },
          ...parallels.map(([pageLocale, doc]) => ({
            kind: 'side by side',
            rendering: `side by side ${pathOnly(paths.parallel(pageLocale))}, [lang=${lang}]`,
            els: elements(doc, true),
          })),
        ];
        const search = site.search.get(locale)?.get(id);

        if (!hasBracket(id)) {
          // Principles: no bracket anywhere.
          ledger.record(
            'plan.json',
            'plan.json provisions[].bracket',
            id,
            locale,
            json && 'bracket' in json
              ? `has a "bracket" key: ${JSON.stringify(json.bracket)}`
              : undefined,
          );
          for (const { kind, rendering, els } of htmlRenderings) {
            const shown = els.map(bracketText).filter(Boolean);
            ledger.record(
              kind,
              rendering,
              id,
              locale,
              shown.length ? `shows a bracket: «${shown.join(' | ')}»` : undefined,
            );
          }
          ledger.record(
            'search data',
            `search data /search/${locale}.json docs[].bracket`,
            id,
            locale,
            search?.bracket ? `has a bracket: «${search.bracket}»` : undefined,
          );
          continue;
        }

        let expected: string | undefined;
        if (locale === TRANSLATION_LOCALE) expected = site.englishBrackets.get(id);
        else if (!edition(locale).derivedFrom) {
          expected = site.source.get(id)?.bracket;
          if (expected) zhBrackets.set(id, expected);
        } else {
          // No oracle: plan.json's value (else the first rendering that shows one), checked as a conversion of the zh bracket.
          const zh = zhBrackets.get(id) ?? site.source.get(id)?.bracket ?? '';
          const published =
            json?.bracket?.[key] ??
            htmlRenderings.flatMap((r) => r.els.map(bracketText)).find(Boolean) ??
            (search?.bracket || undefined);
          ledger.record(
            'oracle: converted from zh',
            'oracle: one-for-one conversion of the zh bracket',
            id,
            locale,
            published
              ? checkConversion(zh, published, locale)
              : `not found anywhere (expected the conversion of «${zh}»)`,
          );
          expected = published;
        }
        if (expected === undefined) {
          // Nothing to compare with: every rendering is missing it (the PDFs cannot be checked).
          const missing = `not found, nor anywhere else (expected the ${locale} form of «${zhBrackets.get(id) ?? ''}»)`;
          ledger.record(
            'plan.json',
            `plan.json provisions[].bracket["${key}"]`,
            id,
            locale,
            missing,
          );
          for (const { kind, rendering } of htmlRenderings)
            ledger.record(kind, rendering, id, locale, missing);
          ledger.record(
            'search data',
            `search data /search/${locale}.json docs[].bracket`,
            id,
            locale,
            missing,
          );
          for (const pdf of site.pdfs.filter((p) => p.locales.includes(locale)))
            ledger.record('PDF', `PDF ${pdf.file}`, id, locale, `not checked: ${missing}`);
          continue;
        }

        ledger.record(
          'plan.json',
          `plan.json provisions[].bracket["${key}"]`,
          id,
          locale,
          compareString(expected, json?.bracket?.[key]),
        );
        for (const { kind, rendering, els } of htmlRenderings) {
          if (els.length === 0) {
            ledger.record(
              kind,
              rendering,
              id,
              locale,
              `no [data-bracket="${id}"]${kind === 'side by side' ? `[lang="${lang}"]` : ''} element (expected «${expected}»)`,
            );
            continue;
          }
          const wrong = els
            .map((el) => compareString(expected, bracketText(el)))
            .filter((m) => m !== undefined);
          ledger.record(
            kind,
            rendering,
            id,
            locale,
            wrong.length ? `${wrong.length} of ${els.length} elements: ${wrong[0]}` : undefined,
          );
        }
        ledger.record(
          'search data',
          `search data /search/${locale}.json docs[].bracket`,
          id,
          locale,
          compareString(expected, search?.bracket),
        );
        for (const pdf of site.pdfs.filter((p) => p.locales.includes(locale))) {
          const scope = pdfScope(pdf, id);
          const missing = inPdf(scope.text, expected, locale);
          ledger.record('PDF', `PDF ${pdf.file}`, id, locale, missing && `${missing}${scope.note}`);
        }
      }
    }
    const expectedTable = PROVISIONS.filter(hasBracket)
      .map(
        (id) =>
          `  ${id.padEnd(17)} zh «${site.source.get(id)?.bracket}»\n${' '.repeat(19)}en «${site.englishBrackets.get(id)}»`,
      )
      .join('\n');
    const report = ledger.report(
      'BRACKET',
      `\nExpected (zh: the source file; en: the glossary's names in provisions.yaml's order; zh-hant: plan.json's, converted one for one):\n${expectedTable}\n`,
    );
    console.log(`BRACKET: ${ledger.mismatches.length} mismatches\n${ledger.summary()}`);
    expect(ledger.mismatches.length, report).toBe(0);
  });
});
