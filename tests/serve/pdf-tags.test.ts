/**
 * The PDFs' tags (issue 21, "Reading for everyone"): each built PDF in dist/downloads/ (run
 * `npm run build` first) is read back with poppler's `pdfinfo`, as an assistive tool reads its
 * structure tree, and its tree is compared with the model the site is built from, not with the
 * build's own output:
 * - `pdfinfo` says Tagged: yes;
 * - the tree (`pdfinfo -struct-text`) opens with the document's title as H1;
 * - after the contents (TOC, one TOCI per anchored node of the outline, each a Link with its
 *   annotation), the headings are every part, section, group and provision of the outline, in
 *   its order, at its levels (H2 a part …), in each of the file's languages;
 * - every paragraph of the plan, in each of the file's languages, is the text of a P element, in
 *   reading order, in that language;
 * - every element's language (its /Lang, or its parent's, or the file's) is one of the file's,
 *   and the one its text is written in (Han characters for Chinese, Latin letters for English);
 * - the running footers (page labels) are artifacts, in no element.
 *
 * `pdfinfo -struct` prints no attributes, so the /Lang of each element is read from the file
 * itself: pdfkit writes every object uncompressed except streams, so each structure element's
 * dictionary (/S, /Lang, /K) is plain text; that tree is walked in /K order and must have
 * exactly the element types pdfinfo prints, in the same order, before the two are zipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { edition, isTranslation, type Locale } from '../../src/lib/editions.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import { PDF_VARIANTS, pageLabel, pdfFileName } from '../../src/lib/node/pdf.ts';
import { outlineView, walkView } from '../../src/lib/route-data/outline-view.ts';
import { paths } from '../../src/lib/routes.ts';
import { loadModel } from '../support/load-content.ts';
import { ROOT } from './support.ts';

const DIST = join(ROOT, 'dist');
const model = loadModel();
const squash = (s: string) => s.replace(/\s+/g, '');

/** A structure element as pdfinfo prints it, with its /Lang from the file. */
interface Node {
  type: string;
  /** Its own text and its children, in order. */
  items: (string | Node)[];
  /** Annotations it holds (a Link's). */
  objects: number;
  lang?: string | undefined;
  parent?: Node | undefined;
}

function pdfinfo(args: string[]): string {
  try {
    return execFileSync('pdfinfo', args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(
        'pdfinfo is missing: the PDF tag test reads the files with poppler (apt-get install poppler-utils).',
        { cause: error },
      );
    throw error;
  }
}

/** `pdfinfo -struct-text`: two spaces an indent level; an element's name, a quoted text, or an annotation. */
function parseStructText(out: string): Node {
  const root: Node = { type: 'StructTreeRoot', items: [], objects: 0 };
  const stack: Node[] = [root];
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const text = line.trim();
    const parent = stack[depth];
    if (!parent) throw new Error(`pdfinfo -struct-text: unexpected indent: ${line}`);
    if (text.startsWith('"')) parent.items.push(text.slice(1, -1));
    else if (/^Object \d+ \d+$/.test(text)) parent.objects += 1;
    else {
      const node: Node = { type: text.split(' ')[0]!, items: [], objects: 0, parent };
      parent.items.push(node);
      stack[depth + 1] = node;
      stack.length = depth + 2;
    }
  }
  return root;
}

/** The file's objects, by number: their text up to `endobj` (a stream's bytes are not read). */
function objectsOf(bytes: Buffer): Map<number, string> {
  const text = bytes.toString('latin1');
  const objects = new Map<number, string>();
  for (const m of text.matchAll(/(?:^|\n)(\d+) 0 obj\n/g)) {
    const start = m.index + m[0].length;
    objects.set(Number(m[1]), text.slice(start, text.indexOf('\nendobj', start)));
  }
  return objects;
}

/** The file's language: the catalog's /Lang. */
function catalogLang(bytes: Buffer): string | undefined {
  const catalog = [...objectsOf(bytes).values()].find((body) => /\n\/Type \/Catalog\n/.test(body));
  return catalog ? /\n\/Lang \(([^)]*)\)/.exec(catalog)?.[1] : undefined;
}

/** The structure elements' types and /Lang, in /K order, from the file's uncompressed dictionaries. */
function rawTree(bytes: Buffer): { type: string; lang: string | undefined }[] {
  const text = bytes.toString('latin1');
  const objects = objectsOf(bytes);
  const isElement = (body: string | undefined) =>
    !!body && body.startsWith('<<') && /\n\/S \/\w+\n/.test(body) && /\n\/P \d+ 0 R\n/.test(body);
  const rootRef = /\/StructTreeRoot (\d+) 0 R/.exec(text)?.[1];
  const out: { type: string; lang: string | undefined }[] = [];
  const walk = (id: number) => {
    const body = objects.get(id) ?? '';
    const kids = /\n\/K \[([\s\S]*?)\]\n(?:\/|>>)/.exec(body)?.[1] ?? '';
    for (const ref of kids.matchAll(/(\d+) 0 R/g)) {
      const child = Number(ref[1]);
      const childBody = objects.get(child);
      if (!isElement(childBody)) continue;
      out.push({
        type: /\n\/S \/(\w+)\n/.exec(childBody!)![1]!,
        lang: /\n\/Lang \(([^)]*)\)/.exec(childBody!)?.[1],
      });
      walk(child);
    }
  };
  if (rootRef) walk(Number(rootRef));
  return out;
}

function walk(node: Node): Node[] {
  return node.items.flatMap((i) => (typeof i === 'string' ? [] : [i, ...walk(i)]));
}

/** An element's whole text: its own and its descendants', in order. */
function textOf(node: Node): string {
  return node.items.map((i) => (typeof i === 'string' ? i : textOf(i))).join('');
}

/** Its own text only (without its children's). */
function ownText(node: Node): string {
  return node.items.filter((i): i is string => typeof i === 'string').join('');
}

function langOf(node: Node | undefined, fileLang: string): string {
  for (let n = node; n; n = n.parent) if (n.lang) return n.lang;
  return fileLang;
}

interface Read {
  pages: number;
  tagged: boolean;
  fileLang: string;
  root: Node;
  document: Node;
}

const read = new Map<string, Read>();

beforeAll(() => {
  for (const variant of PDF_VARIANTS) {
    const file = join(DIST, paths.download(pdfFileName(variant)).replace(/^\//, ''));
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
    const info = pdfinfo([file]);
    const root = parseStructText(pdfinfo(['-struct-text', file]));
    const elements = walk(root);
    const raw = rawTree(readFileSync(file));
    // The two readings of the tree are the same tree before their attributes are zipped.
    expect(
      raw.map((r) => r.type),
      `${variant.id}: the file's structure elements and pdfinfo's`,
    ).toEqual(elements.map((e) => e.type));
    elements.forEach((e, i) => (e.lang = raw[i]!.lang));
    const document = root.items.find((i): i is Node => typeof i !== 'string')!;
    read.set(variant.id, {
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
      tagged: /^Tagged:\s+yes$/m.test(info),
      fileLang: catalogLang(readFileSync(file)) ?? '',
      root,
      document,
    });
  }
});

const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
const latin = (s: string) => (s.match(/\p{Script=Latin}/gu) ?? []).length;

describe.each(PDF_VARIANTS.map((v) => [v.id, v] as const))('the %s PDF’s tags', (id, variant) => {
  const locales: readonly Locale[] = variant.locales;
  const lang = (l: Locale) => edition(l).htmlLang;
  const views = outlineView(model, locales);

  it('is tagged, in the language of its first edition, with a Document element', () => {
    const r = read.get(id)!;
    expect(r.tagged).toBe(true);
    expect(r.fileLang).toBe(lang(locales[0]!));
    expect(r.document.type).toBe('Document');
  });

  it('opens with the document’s title as H1, in each of its languages', () => {
    const first = read.get(id)!.document.items.find((i): i is Node => typeof i !== 'string');
    expect(first?.type).toBe('H1');
    expect(squash(textOf(first!))).toBe(
      squash(locales.map((l) => model.document.title[l]).join('')),
    );
  });

  it('lists the contents, one entry per anchored node of the outline, each a link', () => {
    const { document } = read.get(id)!;
    const toc = walk(document).find((n) => n.type === 'TOC');
    const entries = walkView(views).filter((v) => v.anchor && v.headings.length > 0);
    const items = (toc?.items ?? []).filter((i): i is Node => typeof i !== 'string');
    expect(items.map((i) => i.type)).toEqual(entries.map(() => 'TOCI'));
    items.forEach((item, i) => {
      const link = item.items.find((n): n is Node => typeof n !== 'string' && n.type === 'Link');
      expect(link?.objects, entries[i]!.anchor).toBe(1);
      // Its heading, or for the covering notice its label ("Covering notice"), as in the bookmarks.
      const titles = [entries[i]!.headings[0]!.text, entries[i]!.labels[0]!.text].map(squash);
      expect(
        titles.some((t) => squash(textOf(item)).includes(t)),
        textOf(item),
      ).toBe(true);
    });
  });

  it('has every part, section, group and provision heading after the contents, in the outline’s order and levels', () => {
    const { document } = read.get(id)!;
    const children = document.items.filter((i): i is Node => typeof i !== 'string');
    const afterContents = children.slice(children.findIndex((n) => n.type === 'TOC') + 1);
    const headings = afterContents
      .filter((n) => /^H[1-6]$/.test(n.type))
      .map((n) => `${n.type} ${squash(textOf(n))}`);
    const expected = walkView(views)
      .filter((v) => v.headings.length > 0)
      .map((v) => `H${v.level} ${squash(v.headings.map((h) => h.text).join(''))}`);
    expect(headings).toEqual(expected);
    // Each heading in a second language is a Span in that language.
    for (const n of afterContents.filter((x) => /^H[1-6]$/.test(x.type))) {
      const spans = n.items.filter((i): i is Node => typeof i !== 'string');
      expect(spans.map((s) => s.lang)).toEqual(locales.slice(1).map(lang));
    }
  });

  it('sets every paragraph of the plan as a P in its language, in reading order', () => {
    const r = read.get(id)!;
    const paragraphs = walk(r.document).filter((n) => n.type === 'P');
    const ids = [...walkView(views).flatMap((v) => (v.textId ? [v.textId] : []))];
    for (const locale of locales) {
      let last = -1;
      for (const textId of ids) {
        const text =
          model.provisions.find((p) => p.id === textId)?.paragraphs[locale] ??
          model.texts[textId]!.paragraphs[locale];
        text.forEach((paragraph, i) => {
          const at = paragraphs.findIndex(
            (p, j) =>
              j > last &&
              langOf(p, r.fileLang) === lang(locale) &&
              // A paragraph's translator's note marks follow its text.
              squash(textOf(p)).startsWith(squash(paragraph)),
          );
          expect(at, `${textId} ¶${i + 1} (${locale})`).toBeGreaterThan(last);
          last = at;
        });
      }
    }
  });

  it('tags each translated paragraph’s note marks as one Reference in it', () => {
    const r = read.get(id)!;
    const annotated = new Set(model.notes.map((n) => `${n.text}¶${n.paragraph}`));
    const translations = locales.filter(isTranslation).length;
    const references = walk(r.document).filter((n) => n.type === 'Reference');
    expect(references).toHaveLength(annotated.size * translations);
    for (const ref of references) expect(ref.parent?.type).toBe('P');
  });

  it('gives every text its language: one of the file’s, the one it is written in', () => {
    const r = read.get(id)!;
    const allowed = locales.map(lang);
    for (const node of walk(r.document)) {
      // An address is Latin in any language.
      const text = ownText(node).replace(/https?:\/\/\S+/g, '');
      if (!text.trim()) continue;
      const l = langOf(node, r.fileLang);
      expect(allowed, text).toContain(l);
      // Chinese text is mostly Han characters; English mostly Latin letters (numbers aside).
      if (han(text) + latin(text) < 2) continue;
      if (l.startsWith('zh')) expect(han(text), `${l}: ${text}`).toBeGreaterThan(latin(text));
      else expect(latin(text), `${l}: ${text}`).toBeGreaterThan(han(text));
    }
  });

  it('keeps the running footers out of the tree (artifacts)', () => {
    const r = read.get(id)!;
    const all = squash(textOf(r.document));
    for (let page = 1; page <= r.pages; page++)
      expect(all).not.toContain(squash(pageLabel(locales, page, r.pages)));
    expect(all).not.toContain(
      squash(useTranslations(locales[0]!)('pdf.page', { page: 1, total: r.pages })),
    );
  });
});
