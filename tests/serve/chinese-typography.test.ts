/**
 * The built site's Chinese, as readers get it (issue "An edition readers can trust", items 4 and
 * 5): read from dist/ (run `npm run build` first), no browser.
 *
 * - /zh-hant/ (every page), the zh-Hant values of /data/*.json and /data/*.csv, and the text of
 *   /downloads/plan-zh-hant.pdf: no Latin , ; : ( ) ? ! next to a Chinese character (the plan's
 *   text included: the edition writes all of it full width), and none of the mainland UI words
 *   (tests/support/chinese-typography.ts) outside the plan's own words.
 * - /zh/ (every page, the root chooser and the bilingual 404): the same punctuation in the site's
 *   own strings; the source's text, which writes Latin marks, is exempt.
 * - the translator's notes say 只修, 顯係 and 瀋大 where they should (review of 2026-12-04, T-2 to T-4).
 *
 * What a page gives a reader: the text of <title> and <body> (scripts, styles and templates left
 * out; hidden elements kept, as script shows them), each block element, and each run of text in
 * another language, on a line of its own; the alt, aria-label, title and placeholder attributes;
 * the description and Open Graph texts; and the strings the search island shows (`strings` and
 * `plurals` of its JSON configuration). Each line is checked by the rules of its language (the
 * nearest lang attribute): Traditional, Simplified, or not at all (English text, the English
 * column of a side-by-side page, the English part of the 404, writes Latin marks).
 *
 * How the plan's own text is told apart, without relying on the markup (which element holds plan
 * text changes with the pages): from content/ and the source, never from the code under test.
 * - A Latin mark in Simplified text is the source's when it and the three characters before it,
 *   or it and the three after it (white space removed), are in the source file (seeds/) as
 *   written: 计划(2018-2020年) in a title the site quotes, 各区、县(市)政府 in a bracket.
 * - A mainland word in Traditional text (a page, the data, the PDF) is the plan's when it and the
 *   Chinese characters beside it on one side (one or two, never none) folded back to Simplified
 *   (OpenCC tw → cn; 「」 → “”; ，；：（） → ,;:()) are in the source or in the content that quotes
 *   and names it (content/plan/zh, glossary.yaml, notes.yaml, targets.yaml, structure.yaml,
 *   document.yaml). Only 數據 and 信息 ever are: the plan writes 大數據, 數據中心, 信息化, 信息中心;
 *   a UI string such as 開放數據 or 文件信息 is in none of these, and a word standing alone (a
 *   label 數據) has no context and is never exempt.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import * as OpenCC from 'opencc-js';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { latinMarksByChinese, mainlandWords } from '../support/chinese-typography.ts';
import { parseCsv } from '../support/csv.ts';
import { ROOT } from './support.ts';

const DIST = join(ROOT, 'dist');
const SEED = join(ROOT, 'seeds', '000_1b4b1833641e6e95.txt');

/** Elements that start a line of their own. */
const BLOCKS = new Set(
  (
    'address article aside blockquote body br caption dd details dialog div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol option p pre ' +
    'section summary table tbody td tfoot th thead tr ul title button label'
  ).split(' '),
);
const SKIPPED = new Set(['script', 'style', 'template', 'head']);
const ATTRIBUTES = ['alt', 'aria-label', 'title', 'placeholder'];

/** A line of a page as a reader gets it, with its language (the nearest lang attribute). */
interface Line {
  text: string;
  lang: string;
}

/** What a page gives a reader, as lines (see the file's comment). */
function readerLines(html: string): Line[] {
  const root = parse(html, { comment: false });
  const pageLang = root.querySelector('html')?.getAttribute('lang') ?? '';
  const lines: Line[] = [];
  let line = '';
  let lineLang = pageLang;
  const breakLine = () => {
    if (line.trim()) lines.push({ text: line.replace(/\s+/g, ' ').trim(), lang: lineLang });
    line = '';
  };
  const walk = (node: Node, lang: string) => {
    if (node instanceof TextNode) {
      if (!line) lineLang = lang;
      line += node.text;
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = node.tagName?.toLowerCase() ?? '';
    const own = node.getAttribute('lang') ?? lang;
    for (const a of ATTRIBUTES) {
      const v = node.getAttribute(a);
      if (v?.trim()) lines.push({ text: v.trim(), lang: own });
    }
    if (SKIPPED.has(tag)) return;
    // A block, or text in another language, is a line of its own.
    const apart = BLOCKS.has(tag) || own !== lang;
    if (apart) breakLine();
    for (const child of node.childNodes) walk(child, own);
    if (apart) breakLine();
  };
  const title = root.querySelector('title');
  if (title) lines.push({ text: title.text.trim(), lang: pageLang });
  for (const meta of root.querySelectorAll(
    'meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]',
  )) {
    const v = meta.getAttribute('content') ?? '';
    if (!/^(https?:|\/)/.test(v) && v.trim()) lines.push({ text: v.trim(), lang: pageLang });
  }
  const body = root.querySelector('body');
  if (body) walk(body, pageLang);
  breakLine();
  for (const script of root.querySelectorAll('script[type="application/json"]')) {
    const config = JSON.parse(script.text) as {
      strings?: unknown;
      plurals?: unknown;
      lang?: string;
    };
    const lang = config.lang ?? pageLang;
    for (const text of [...stringsIn(config.strings), ...stringsIn(config.plurals)])
      lines.push({ text, lang });
  }
  return lines;
}

const isTraditional = (lang: string) => /^zh-(hant|tw|hk|mo)/i.test(lang);
const isChinese = (lang: string) => /^zh/i.test(lang);

/** Every string in a JSON value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Every string under a "zh-Hant" key of a JSON value (plan.json, glossary.json: SPEC.md). */
function zhHantValues(value: unknown, where = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => zhHantValues(v, `${where}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'zh-Hant'
      ? stringsIn(v).map((s): [string, string] => [`${where}.${k}`, s])
      : zhHantValues(v, `${where}.${k}`),
  );
}

/** The HTML files under a folder of dist/. */
function htmlFiles(dir: string): string[] {
  return readdirSync(join(DIST, dir), { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(DIST, dir, f))
    .sort();
}

// ---------------------------------------------------------------------------------------------
// The plan's own text, from the source and content/ (Simplified)

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const foldMarks = (s: string) =>
  s
    .replace(/\s+/g, '')
    .replace(/\u300c|\u300d/g, (c) => (c === '\u300c' ? '\u201c' : '\u201d'))
    .replace(/\u300e|\u300f/g, (c) => (c === '\u300e' ? '\u2018' : '\u2019'))
    .replace(/\uff0c/g, ',')
    .replace(/\uff1b/g, ';')
    .replace(/\uff1a/g, ':')
    .replace(/\uff08/g, '(')
    .replace(/\uff09/g, ')');

let seed = '';
let planCorpus = '';

/** A Latin mark on a /zh/ page that the source writes there: with the three characters before it, or after it. */
function sourcesMark(line: string, at: number): boolean {
  const chars = [...line].map((c) => (/\s/.test(c) ? '' : c));
  const before = chars
    .slice(0, at + 1)
    .join('')
    .slice(-4);
  const after = chars.slice(at).join('').slice(0, 4);
  return [before, after].some((w) => w.length >= 3 && seed.includes(w));
}

/**
 * A mainland word of a Traditional text that is the plan's own word there: with the Chinese
 * characters beside it (up to two, on one side), in the plan's text (see the file's comment).
 */
function plansWord(text: string, at: number, word: string): boolean {
  const han = /\p{Script=Han}/u;
  let start = at;
  while (start > at - 2 && start > 0 && han.test(text[start - 1]!)) start--;
  let end = at + word.length;
  while (end < at + word.length + 2 && end < text.length && han.test(text[end]!)) end++;
  return [text.slice(start, at + word.length), text.slice(at, end)].some(
    (w) => w.length > word.length && planCorpus.includes(foldMarks(toSimplified(w))),
  );
}

interface Finding {
  where: string;
  what: string;
}

function checkTraditional(where: string, lines: readonly string[], findings: Finding[]): void {
  for (const line of lines) {
    for (const h of latinMarksByChinese(line))
      findings.push({ where, what: `«${h.mark}» in «${h.context}»` });
    for (const w of mainlandWords(line))
      if (!plansWord(line, w.at, w.word))
        findings.push({
          where,
          what: `${w.word} in «${line.slice(Math.max(0, w.at - 12), w.at + 14)}»`,
        });
  }
}

/** A /zh/ line: its Latin marks by Chinese text, except those the source writes there. */
function checkSimplified(where: string, line: string, findings: Finding[]): void {
  const chars = [...line];
  for (const h of latinMarksByChinese(line))
    if (!sourcesMark(line, h.at))
      findings.push({
        where,
        what: `«${h.mark}» in «${chars.slice(Math.max(0, h.at - 12), h.at + 13).join('')}»`,
      });
}

/** Every Chinese line of a page, by the rules of its script; English text is left out. */
function checkPage(file: string, findings: Finding[]): void {
  const where = `/${relative(DIST, file)}`;
  for (const { text, lang } of readerLines(readFileSync(file, 'utf-8'))) {
    if (isTraditional(lang)) checkTraditional(where, [text], findings);
    else if (isChinese(lang)) checkSimplified(where, text, findings);
  }
}

function report(findings: Finding[]): string {
  const byWhere = new Map<string, string[]>();
  for (const f of findings) byWhere.set(f.where, [...(byWhere.get(f.where) ?? []), f.what]);
  return [...byWhere]
    .map(
      ([where, whats]) =>
        `── ${where}: ${whats.length}\n${[...new Set(whats)].map((w) => `   ${w}`).join('\n')}`,
    )
    .join('\n');
}

// ---------------------------------------------------------------------------------------------

describe("the built site's Chinese", () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, 'data', 'plan.json')))
      throw new Error('dist/ has no built site: run `npm run build` first');
    seed = readFileSync(SEED, 'utf-8').replace(/\s+/g, '');
    const content = [
      ...readdirSync(join(ROOT, 'content', 'plan', 'zh')).map((f) =>
        join(ROOT, 'content', 'plan', 'zh', f),
      ),
      ...['glossary', 'notes', 'targets', 'structure', 'document'].map((f) =>
        join(ROOT, 'content', `${f}.yaml`),
      ),
    ];
    planCorpus = foldMarks(
      [seed, ...content.map((f) => readFileSync(f, 'utf-8'))].join('\n').replace(/\n/g, '|'),
    );
  });

  it('/zh-hant/: every page, full-width punctuation next to Chinese, no mainland UI word', () => {
    const files = htmlFiles('zh-hant');
    expect(files.length).toBeGreaterThan(50);
    const findings: Finding[] = [];
    for (const file of files) checkPage(file, findings);
    const plan = findings.filter((f) => f.where === '/zh-hant/plan/index.html');
    console.log(
      `/zh-hant/: ${findings.length} findings on ${files.length} pages; /zh-hant/plan/: ` +
        `${plan.filter((f) => f.what.startsWith('«')).length} Latin marks next to Chinese, ` +
        `${plan.filter((f) => !f.what.startsWith('«')).length} mainland words`,
    );
    expect(findings.length, report(findings)).toBe(0);
  });

  it('/data/: every zh-Hant value of the JSON and the CSV files', () => {
    const findings: Finding[] = [];
    for (const name of readdirSync(join(DIST, 'data'))) {
      const file = join(DIST, 'data', name);
      if (name.endsWith('.json')) {
        for (const [where, value] of zhHantValues(JSON.parse(readFileSync(file, 'utf-8'))))
          checkTraditional(`/data/${name} ${where}`, [value], findings);
      } else if (name.endsWith('.csv')) {
        const [header = [], ...rows] = parseCsv(readFileSync(file, 'utf-8'));
        const columns = header.flatMap((h, i) => (/zh-Hant$/.test(h) ? [i] : []));
        expect(columns.length, `${name} has zh-Hant columns`).toBeGreaterThan(0);
        for (const row of rows)
          for (const i of columns)
            checkTraditional(`/data/${name} ${header[i]}`, [row[i] ?? ''], findings);
      }
    }
    expect(findings.length, report(findings)).toBe(0);
  });

  it('/downloads/plan-zh-hant.pdf: its text', async () => {
    const pdf = await getDocumentProxy(
      new Uint8Array(readFileSync(join(DIST, 'downloads', 'plan-zh-hant.pdf'))),
    );
    const { text } = await extractText(pdf, { mergePages: true });
    // Lines break anywhere in a PDF: white space is left out, the text read as one line.
    const compact = text.replace(/\s+/g, '');
    expect(compact).toContain('瀋陽市新一代人工智能發展規劃三年行動計劃');
    const findings: Finding[] = [];
    checkTraditional('plan-zh-hant.pdf', [compact], findings);
    expect(findings.length, report(findings)).toBe(0);
  });

  it("/zh/: the site's own strings on every page (the source's text is exempt)", () => {
    const files = [...htmlFiles('zh'), join(DIST, 'index.html'), join(DIST, '404.html')];
    const findings: Finding[] = [];
    for (const file of files) checkPage(file, findings);
    console.log(`/zh/: ${findings.length} Latin marks next to Chinese in the site's own strings`);
    expect(findings.length, report(findings)).toBe(0);
  });

  it('the translator’s notes say 只修, 顯係 and 瀋大 where they should (plan.json and /zh-hant/parallel/)', () => {
    const plan = JSON.parse(readFileSync(join(DIST, 'data', 'plan.json'), 'utf-8')) as {
      notes: { id: string; text: Record<string, string> }[];
    };
    const notes = parseYaml(readFileSync(join(ROOT, 'content', 'notes.yaml'), 'utf-8')) as {
      notes: { id: string; zh: string }[];
    };
    const parallel = readerLines(
      readFileSync(join(DIST, 'zh-hant', 'parallel', 'index.html'), 'utf-8'),
    )
      .map((l) => l.text)
      .join('\n');
    const expected: [string, string][] = [
      ['只修饰', '只修'],
      ['显系', '顯係'],
      ['沈大', '瀋大'],
    ];
    for (const [zh, hant] of expected) {
      const written = notes.notes.filter((n) => n.zh.includes(zh));
      expect(written.length, `a note writes ${zh}`).toBeGreaterThan(0);
      for (const note of written) {
        const published = plan.notes.find((n) => n.id === note.id)?.text['zh-Hant'] ?? '';
        expect(published, `plan.json note ${note.id}`).toContain(hant);
        expect(parallel, `/zh-hant/parallel/ note ${note.id}`).toContain(
          published.replace(/\s+/g, ' ').trim().slice(0, 30),
        );
      }
    }
    expect(parallel).not.toContain('隻修');
    expect(parallel).not.toContain('顯系');
  });
});
