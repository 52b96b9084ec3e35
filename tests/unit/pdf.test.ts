/**
 * The PDF downloads (src/lib/node/pdf.ts): rendered from the model the site is built from, then
 * read back with PDF.js (through unpdf), as a reader's viewer would: the whole text in the
 * variant's languages, the ids, the numbers, the statement of what the edition is (on the cover
 * and every page, in each of its languages), the notes; the metadata (the site as Author, never
 * the issuing office); the fonts embedded as subsets; no line past the margin; the same bytes on
 * every render.
 */
import { bracketText } from '../../src/lib/model/bracket.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocumentProxy } from 'unpdf';
import {
  edition,
  isTranslation,
  LOCALES,
  SOURCE_LOCALE,
  TRANSLATION_LOCALE,
  type Locale,
} from '../../src/lib/editions.ts';
import { formatDate, useTranslations } from '../../src/lib/i18n.ts';
import {
  documentNumber,
  documentNumberText,
  groupHeading,
  partHeading,
  provisionHeading,
  provisionLabel,
  sectionHeading,
} from '../../src/lib/model/labels.ts';
import {
  BILINGUAL_VARIANT_ID,
  PDF_VARIANTS,
  aboutUrl,
  pageLabel,
  pdfFileName,
  planBlocks,
  renderPlanPdf,
  statementText,
  type PdfVariant,
} from '../../src/lib/node/pdf.ts';
import { fullStatement } from '../../src/lib/route-data/frame.ts';
import { findPlaceholder } from '../../src/lib/node/placeholders.ts';
import { loadModel } from '../support/load-content.ts';

const model = loadModel();
const SITE = 'https://example.org/shenyang-ai-plan/';
/** Lines wrap anywhere: compare text with its whitespace removed. */
const squash = (s: string) => s.replace(/\s+/g, '');

interface Read {
  bytes: Buffer;
  /** Each page's text, in content order. */
  pages: string[];
  /** The text items that end furthest right, per page: [right edge, page width]. */
  rightEdges: [number, number][];
  /** How much of each page's text height its text fills, from the top margin to its lowest line above the footer (0–1). */
  fills: number[];
}

const read = new Map<string, Read>();
/** The PDF's page margins (pdf.ts), in points. */
const MARGIN = { top: 18 * (72 / 25.4), bottom: 24 * (72 / 25.4) };

async function readPdf(bytes: Buffer): Promise<Read> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: string[] = [];
  const rightEdges: [number, number][] = [];
  const fills: number[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.filter((item) => 'str' in item);
    pages.push(items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''));
    const right = Math.max(...items.map((item) => (item.transform[4] as number) + item.width));
    rightEdges.push([right, page.view[2] ?? 0]);
    // PDF space: y from the foot of the page. The footer lives in the bottom margin.
    const [top, foot] = [(page.view[3] ?? 0) - MARGIN.top, MARGIN.bottom];
    const lowest = Math.min(
      ...items.map((item) => item.transform[5] as number).filter((y) => y > foot),
    );
    fills.push((top - lowest) / (top - foot));
  }
  await pdf.destroy();
  return { bytes, pages, rightEdges, fills };
}

function variant(id: string): PdfVariant {
  const found = PDF_VARIANTS.find((v) => v.id === id);
  if (!found) throw new Error(`no PDF variant ${id}`);
  return found;
}

/** The footer each page ends with (drawn last): each edition's statement, the site's address, the page number. */
function footer(v: PdfVariant, page: number, total: number): string {
  return squash(
    `${v.locales.map((l) => statementText(model, l)).join('')}${SITE}${pageLabel(v.locales, page, total)}`,
  );
}

/** The variant's text without the page footers, so that a paragraph running onto the next page reads on. */
function textOf(id: string): string {
  const { pages } = read.get(id)!;
  return pages
    .map((page, i) => squash(page).replace(footer(variant(id), i + 1, pages.length), ''))
    .join('');
}

// Four renders, about 5 s of one core (tagged, with their contents: some 14 % more than untagged);
// the margin is for a two-core machine shared with other work.
beforeAll(async () => {
  for (const v of PDF_VARIANTS)
    read.set(v.id, await readPdf(await renderPlanPdf(model, v, { siteUrl: SITE })));
}, 40_000);

describe('PDF variants', () => {
  it('are one per edition and the bilingual one, with file names from the edition ids', () => {
    expect(PDF_VARIANTS.map(pdfFileName)).toEqual([
      'plan-zh.pdf',
      'plan-zh-hant.pdf',
      'plan-en.pdf',
      'plan-bilingual.pdf',
    ]);
    expect(variant(BILINGUAL_VARIANT_ID).locales).toEqual([SOURCE_LOCALE, TRANSLATION_LOCALE]);
  });
});

describe.each(PDF_VARIANTS.map((v) => [v.id, v] as const))('the %s PDF', (id, v) => {
  const locales: readonly Locale[] = v.locales;

  it('holds every provision: label, title, full text and responsibility bracket, in each of its languages', () => {
    const text = textOf(id);
    for (const p of model.provisions) {
      // Readable labels, never the internal id (task-3).
      expect(text, p.id).not.toContain(p.id);
      for (const locale of locales) {
        const t = useTranslations(locale);
        expect(text, `${p.id} label (${locale})`).toContain(squash(provisionLabel(p, t)));
        if (p.bracket)
          expect(text, `${p.id} bracket (${locale})`).toContain(
            squash(bracketText(p.bracket[locale])),
          );
        expect(text, `${p.id} heading (${locale})`).toContain(
          squash(provisionHeading(p, locale, t)),
        );
        for (const [i, paragraph] of p.paragraphs[locale].entries())
          expect(text, `${p.id} ¶${i + 1} (${locale})`).toContain(squash(paragraph));
      }
    }
  });

  it('holds every section text, in each of its languages', () => {
    const text = textOf(id);
    for (const section of Object.values(model.texts)) {
      for (const locale of locales) {
        for (const [i, paragraph] of section.paragraphs[locale].entries())
          expect(text, `${section.id} ¶${i + 1} (${locale})`).toContain(squash(paragraph));
      }
    }
  });

  it('holds no unrendered {{placeholder}} (the build scans the site’s text files; a PDF’s text is compressed)', () => {
    const { pages } = read.get(id)!;
    pages.forEach((page, i) =>
      expect(findPlaceholder(page)?.context, `page ${i + 1}`).toBeUndefined(),
    );
  });

  it('keeps the plan’s reading order', () => {
    const text = textOf(id);
    const first = locales[0]!;
    const positions = model.provisions.map((p) => text.indexOf(squash(p.paragraphs[first][0]!)));
    expect(positions.every((at, i) => at > (positions[i - 1] ?? -1))).toBe(true);
  });

  it('carries the document number and a page number on every page', () => {
    const { pages } = read.get(id)!;
    for (const locale of locales)
      expect(textOf(id)).toContain(squash(documentNumberText(model.document, locale)));
    pages.forEach((page, i) =>
      expect(squash(page).endsWith(footer(v, i + 1, pages.length)), `page ${i + 1}`).toBe(true),
    );
  });

  it('says on its cover, in each of its languages, that it is an independent reading edition, and what each edition is', () => {
    const cover = squash(read.get(id)!.pages[0]!);
    for (const locale of locales) {
      const t = useTranslations(locale);
      // First thing on the cover, before the title.
      expect(cover.indexOf(squash(t('pdf.edition'))), locale).toBeGreaterThanOrEqual(0);
      expect(cover.indexOf(squash(t('pdf.edition')))).toBeLessThan(
        cover.indexOf(squash(model.document.title[locales[0]!])),
      );
      for (const paragraph of fullStatement(model, locale, t, locales))
        expect(cover, `${locale}: ${paragraph}`).toContain(squash(paragraph));
      // The issuer is the original document's, under a heading that says so.
      expect(cover).toContain(squash(t('pdf.original')));
      expect(cover).toContain(
        squash(`${t('home.issuer')}${t('list.colon')}${model.document.issuer[locale]}`),
      );
      expect(cover).toContain(squash(t('pdf.about', { url: aboutUrl(locales, SITE, locale) })));
    }
    // The cover is one page; the contents follow, and the plan starts on the page after them.
    const notice = model.texts['notice']!.paragraphs[locales[0]!][0]!;
    expect(cover).not.toContain(squash(notice));
    const { pages } = read.get(id)!;
    const contents = squash(useTranslations(locales[0]!)('plan.contents'));
    expect(squash(pages[1]!).startsWith(contents)).toBe(true);
    const first = pages.findIndex((page) => squash(page).includes(squash(notice)));
    expect(pages.slice(1, first).every((page) => !squash(page).includes(squash(notice)))).toBe(
      true,
    );
    expect(first).toBeGreaterThan(1);
  });

  it('carries each of its editions’ statements in every page’s footer, and no other edition’s', () => {
    const { pages } = read.get(id)!;
    const own = locales.map((l) => squash(statementText(model, l)));
    const others = LOCALES.filter((l) => !locales.includes(l)).map((l) =>
      squash(statementText(model, l)),
    );
    pages.forEach((page, i) => {
      const text = squash(page);
      for (const line of own) expect(text, `page ${i + 1}`).toContain(line);
      for (const line of others) expect(text, `page ${i + 1}`).not.toContain(line);
    });
    // A translation's statement gives its revision date.
    const revised = model.document.translations?.[TRANSLATION_LOCALE]?.revised ?? '';
    expect(squash(pages.at(-1)!).includes(squash(formatDate(revised, TRANSLATION_LOCALE)))).toBe(
      locales.some(isTranslation),
    );
  });

  it('sets the translator’s notes under their paragraphs with a translation', () => {
    const text = textOf(id);
    const erratum = model.notes.find((n) => n.id === 'task-10-erratum')!;
    expect(text.includes(squash(erratum.en))).toBe(locales.some(isTranslation));
    for (const note of model.notes) {
      const t = useTranslations(TRANSLATION_LOCALE);
      expect(
        text.includes(
          squash(`${t('notes.numbered', { number: note.number })}${t('list.colon')}${note.en}`),
        ),
      ).toBe(locales.some(isTranslation));
    }
  });

  it('leaves no heading alone at the foot of a page', () => {
    const { pages } = read.get(id)!;
    const headings = locales.flatMap((locale) => {
      const t = useTranslations(locale);
      return [
        ...model.parts.map((p) => partHeading(p.number, p.title[locale], t)),
        ...model.sections.map((s) => sectionHeading(s.number, s.title[locale], t)),
        ...model.groups.map((g) => groupHeading(g.number, g.title[locale], t)),
        ...model.provisions.flatMap((p) => [provisionHeading(p, locale, t), provisionLabel(p, t)]),
      ].map(squash);
    });
    pages.forEach((page, i) => {
      const content = squash(page).replace(footer(v, i + 1, pages.length), '');
      expect(
        headings.filter((h) => content.endsWith(h)),
        `page ${i + 1}`,
      ).toEqual([]);
    });
  });

  it('leaves no page with only a couple of lines: a short page (a part’s last) holds its last provision or section whole', () => {
    const { pages, fills } = read.get(id)!;
    const starts = locales.flatMap((locale) => {
      const t = useTranslations(locale);
      return [
        ...model.provisions.map((p) => provisionLabel(p, t)),
        ...model.sections.map((s) => sectionHeading(s.number, s.title[locale], t)),
        ...model.groups.map((g) => groupHeading(g.number, g.title[locale], t)),
      ].map(squash);
    });
    pages.forEach((page, i) => {
      if (fills[i]! >= 0.2) return;
      expect(
        starts.some((start) => squash(page).startsWith(start)),
        `page ${i + 1} is ${Math.round(fills[i]! * 100)} % full: ${page.slice(0, 60)}`,
      ).toBe(true);
    });
  });

  it('has a named destination for every provision and part (plan.pdf#task-7), and an outline of the parts', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(read.get(id)!.bytes));
    const destinations = Object.keys(await pdf.getDestinations());
    const outline = (await pdf.getOutline()) ?? [];
    await pdf.destroy();
    expect(destinations).toEqual(
      expect.arrayContaining([
        ...model.provisions.map((p) => p.id),
        ...model.parts.map((p) => p.anchor),
        'notice',
        'preamble',
      ]),
    );
    const t = useTranslations(locales[0]!);
    expect(outline.map((item) => item.title)).toEqual(
      expect.arrayContaining(
        model.parts.map((p) =>
          expect.stringContaining(partHeading(p.number, p.title[locales[0]!], t)),
        ),
      ),
    );
    expect(outline.flatMap((item) => item.items).length).toBeGreaterThan(0);
  });

  it('has a contents page after the cover: every part and provision with the page its heading is on, each linked to it', async () => {
    const { pages, bytes } = read.get(id)!;
    const contents = planBlocks(model, v, SITE).find((b) => b.kind === 'contents')!;
    const anchors = [...model.parts.map((p) => p.anchor), ...model.provisions.map((p) => p.id)];
    expect(contents.entries.map((e) => e.anchor)).toEqual(expect.arrayContaining(anchors));
    const plain = pages.map((page, i) => squash(page).replace(footer(v, i + 1, pages.length), ''));
    // The plan starts with the covering notice, on the page after the contents.
    const notice = squash(model.texts['notice']!.paragraphs[locales[0]!][0]!);
    const firstOfPlan = plain.findIndex((page) => page.includes(notice));
    const contentsText = plain.slice(1, firstOfPlan).join('');
    for (const entry of contents.entries) {
      const title = squash(entry.titles.map((t) => t.text).join(''));
      const heading = squash(entry.titles[0]!.text);
      // The page, after the contents, on which the heading is set.
      const page = plain.findIndex((text, i) => i >= firstOfPlan && text.includes(heading)) + 1;
      expect(page, entry.anchor).toBeGreaterThan(firstOfPlan);
      expect(contentsText, entry.anchor).toContain(`${title}${page}`);
    }
    // Each entry a link to its named destination.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const links: string[] = [];
    for (let n = 2; n <= firstOfPlan; n++)
      for (const a of await (await pdf.getPage(n)).getAnnotations())
        if (typeof a.dest === 'string') links.push(a.dest);
    await pdf.destroy();
    expect(links).toEqual(contents.entries.map((e) => e.anchor));
  });

  it('embeds every font it uses, as a subset', () => {
    const bytes = read.get(id)!.bytes;
    const raw = bytes.toString('latin1');
    const fonts = raw.match(/\/Type \/Font\b(?!Descriptor)/g) ?? [];
    const descriptors = raw.match(/\/Type \/FontDescriptor/g) ?? [];
    const files = raw.match(/\/FontFile[23]? /g) ?? [];
    const baseFonts = [...raw.matchAll(/\/BaseFont \/([^\s/>]+)/g)].map((m) => m[1]);
    expect(descriptors.length).toBeGreaterThan(0);
    expect(files.length).toBe(descriptors.length);
    // A Type0 font and its CIDFont descendant per face: every CIDFont has its descriptor.
    expect(fonts.length).toBe(2 * descriptors.length);
    expect(
      baseFonts.every((name) => /^[A-Z]{6}\+/.test(name ?? '')),
      baseFonts.join(),
    ).toBe(true);
    // The full font files are 10 MB each: a subset keeps the file small.
    expect(bytes.length).toBeLessThan(600_000);
  });

  it('sets no line past the right margin (Chinese wraps)', () => {
    for (const [i, [right, width]] of read.get(id)!.rightEdges.entries()) {
      expect(right, `page ${i + 1}`).toBeLessThanOrEqual(width - 18 * (72 / 25.4) + 1);
    }
  });

  it('has the document’s metadata, language and fixed dates; the site as its Author, the issuer labelled as such', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(read.get(id)!.bytes));
    const info: Record<string, unknown> = Object.fromEntries(
      Object.entries((await pdf.getMetadata()).info),
    );
    await pdf.destroy();
    const author = String(info['Author']);
    for (const locale of locales) {
      const t = useTranslations(locale);
      expect(info['Title']).toContain(model.document.title[locale]);
      expect(info['Title']).toContain(t('pdf.title', { title: model.document.title[locale] }));
      expect(author).toContain(t('pdf.author', { site: t('site.name') }));
      expect(info['Keywords']).toContain(documentNumber(model.document, locale).original);
      expect(info['Subject']).toContain(documentNumber(model.document, locale).original);
      expect(info['Subject']).toContain(
        `${t('home.issuer')}${t('list.colon')}${model.document.issuer[locale]}`,
      );
      expect((info['Custom'] as Record<string, unknown> | undefined)?.['Issuer']).toContain(
        model.document.issuer[locale],
      );
    }
    // No government office as Author, in any edition's words.
    for (const locale of LOCALES)
      for (const office of [model.document.issuer[locale], model.document.parent.issuer[locale]])
        expect(author, office).not.toContain(office);
    expect(author).not.toMatch(/政府|办公厅|辦公廳|Government|General Office/);
    expect(info['Language']).toBe(edition(locales[0]!).htmlLang);
    expect(info['CreationDate']).toBe(`D:${model.document.issued.replaceAll('-', '')}000000Z`);
  });

  it('is byte-identical when rendered again', async () => {
    const again = await renderPlanPdf(model, v, { siteUrl: SITE });
    expect(again.equals(read.get(id)!.bytes)).toBe(true);
  });
});
