/**
 * The whole plan as PDF, made in Node at build time without a browser: one file per edition
 * and a bilingual one (each source paragraph followed by its translation). Laid out like the
 * site's print view (src/pages/[locale]/plan.astro + the print CSS): the same headings,
 * numbering, provision ids, responsible bodies and translator's notes, each part on a new page.
 *
 * Two steps: `planBlocks` turns the model into a flat list of typed blocks in reading order
 * (pure, no PDF), and `typeset` lays the blocks out with pdfkit, which embeds the Noto Sans SC
 * subset (only the glyphs used) and breaks Chinese lines by UAX #14.
 *
 * Deterministic: the dates in the PDF come from the model, and pdfkit derives the file /ID
 * from the info dictionary, so the same model gives the same bytes.
 * Node-only: reads the font files from node_modules.
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import {
  edition,
  isHanScript,
  LOCALES,
  SOURCE_LOCALE,
  TRANSLATION_LOCALE,
  type FontKey,
  type Locale,
} from '../editions.ts';
import { pdfFontFiles } from './fonts.ts';
import { formatDate, useTranslations, type Translate } from '../i18n.ts';
import { documentNumberText } from '../model/labels.ts';
import type { PlanModel } from '../model/model.ts';
import { textById } from '../model/queries.ts';
import { bracketLine, bracketView } from '../route-data/bracket.ts';
import { editionStatement, fullStatement, statementLine } from '../route-data/frame.ts';
import { outlineView, type OutlineView } from '../route-data/outline-view.ts';
import { textView } from '../route-data/text.ts';
import { paths } from '../routes.ts';

// ---------------------------------------------------------------------------------------------
// Variants

/** One PDF: the editions whose text it holds, paragraph by paragraph, in this order. */
export interface PdfVariant {
  readonly id: string;
  readonly locales: readonly Locale[];
}

/** The id of the variant that pairs the source with its translation. */
export const BILINGUAL_VARIANT_ID = 'bilingual';

/** One PDF per edition, and the source paired with the translation. */
export const PDF_VARIANTS: readonly PdfVariant[] = [
  ...LOCALES.map((locale) => ({ id: locale, locales: [locale] })),
  { id: BILINGUAL_VARIANT_ID, locales: [SOURCE_LOCALE, TRANSLATION_LOCALE] },
];

/** plan-zh.pdf, plan-en.pdf, plan-bilingual.pdf */
export function pdfFileName(variant: PdfVariant): string {
  return `plan-${variant.id}.pdf`;
}

/** The site path a printed copy points back to: its edition's home, or the root for the bilingual one. */
export function pdfHomePath(variant: PdfVariant): string {
  const [only] = variant.locales;
  return variant.locales.length === 1 && only ? paths.home(only) : '/';
}

// ---------------------------------------------------------------------------------------------
/** The page label of every page, in each of the variant's languages. */
export function pageLabel(locales: readonly Locale[], page: number, total: number): string {
  return locales.map((l) => useTranslations(l)('pdf.page', { page, total })).join(' / ');
}

// ---------------------------------------------------------------------------------------------
// Blocks: the plan in reading order, before layout

type Style =
  | 'edition'
  | 'title'
  | 'subtitle'
  | 'meta'
  | 'metaHeading'
  | 'statement'
  | 'url'
  | 'kicker'
  | 'noticeTitle'
  | 'planTitle'
  | 'part'
  | 'section'
  | 'label'
  | 'provision'
  | 'body'
  | 'bodies'
  | 'note';

interface OutlineEntry {
  level: 1 | 2 | 3;
  title: string;
}

export interface TextBlock {
  kind: 'text';
  style: Style;
  /** The language of the text: picks the line spacing (Chinese needs more) */
  locale: Locale;
  text: string;
  /** Translator's note numbers, set small after the text as the site's superscript marks. */
  marks?: number[];
  /** A heading: moved to the next page with what follows rather than left alone at the bottom. */
  keepWithNext?: boolean;
  /** A named destination (plan-en.pdf#task-7), the same fragment ids as the site. */
  anchor?: string;
  outline?: OutlineEntry;
  link?: string;
  /** Space before and after, overriding the style's (the gaps inside a bilingual pair are smaller). */
  gapBefore?: number;
  gapAfter?: number;
}

export type Block = TextBlock | { kind: 'pageBreak' } | { kind: 'vspace'; height: number };

interface Ctx {
  model: PlanModel;
  locales: readonly Locale[];
  tr: (locale: Locale) => Translate;
}

/**
 * One block per language of the variant, set close together as one heading or line; the first
 * carries the anchor and the outline entry.
 */
function perLocale(
  ctx: Ctx,
  style: Style,
  text: (locale: Locale, t: Translate) => string,
  extra: Partial<TextBlock> = {},
): TextBlock[] {
  const last = ctx.locales.length - 1;
  return ctx.locales.map((locale, i) => ({
    kind: 'text' as const,
    style,
    locale,
    text: text(locale, ctx.tr(locale)),
    ...(i === 0 ? extra : { keepWithNext: extra.keepWithNext ?? false, gapBefore: 0 }),
    ...(i < last ? { gapAfter: 2 } : {}),
  }));
}

function joined(ctx: Ctx, text: (locale: Locale, t: Translate) => string): string {
  return ctx.locales.map((l) => text(l, ctx.tr(l))).join(' / ');
}

/** The paragraphs of a provision or section text: each paragraph in every language of the variant, then its notes. */
function textBlocks(ctx: Ctx, id: string): Block[] {
  const text = textById(ctx.model, id);
  const views = new Map(ctx.locales.map((l) => [l, textView(ctx.model, l, id)]));
  const count = text.paragraphs[ctx.locales[0] ?? SOURCE_LOCALE].length;
  const blocks: Block[] = [];
  for (let i = 0; i < count; i++) {
    ctx.locales.forEach((locale, j) => {
      const notes = views.get(locale)?.[i]?.notes ?? [];
      const last = j === ctx.locales.length - 1;
      blocks.push({
        kind: 'text',
        style: 'body',
        locale,
        text: text.paragraphs[locale][i] ?? '',
        ...(notes.length > 0 ? { marks: notes.map((n) => n.number) } : {}),
        // The paragraphs of a pair stand closer to each other than to the next pair.
        ...(last ? {} : { gapAfter: 3 }),
      });
      const t = ctx.tr(locale);
      for (const note of notes) {
        blocks.push({
          kind: 'text',
          style: 'note',
          locale,
          text: `${t('notes.numbered', { number: note.number })}${t('list.colon')}${note.text}`,
        });
      }
    });
  }
  return blocks;
}

/** The provision's responsibility bracket, as the source writes it, in each edition of the variant (route-data/bracket.ts). */
function bracketBlocks(ctx: Ctx, view: OutlineView): Block[] {
  const p = view.provision;
  if (!p?.bracket) return [];
  return perLocale(ctx, 'bodies', (l, t) => {
    const bracket = bracketView(p, l, t);
    return bracket ? bracketLine(bracket) : '';
  });
}

/** The outline's levels in the PDF's bookmarks: a part 1, a section or group 2, a provision one below its branch. */
function outlineLevel(view: OutlineView): OutlineEntry['level'] {
  return Math.min(Math.max(view.level - 1, 1), 3) as OutlineEntry['level'];
}

/** The variant's headings of a node, one block per edition. */
function headingBlocks(
  ctx: Ctx,
  view: OutlineView,
  style: Style,
  extra: Partial<TextBlock> = {},
): TextBlock[] {
  const text = (l: Locale) => view.headings.find((h) => h.locale === l)?.text ?? '';
  const title = ctx.locales.map(text).join(' / ');
  return perLocale(ctx, style, (l) => text(l), {
    keepWithNext: true,
    ...(view.anchor ? { anchor: view.anchor } : {}),
    outline: { level: outlineLevel(view), title },
    ...extra,
  });
}

/** A provision as ProvisionBlock.astro: its label small, its heading as the source writes it, text, bracket. */
function provisionBlocks(ctx: Ctx, view: OutlineView): Block[] {
  const label = view.labels.map((l) => l.text).join(' · ');
  return [
    {
      kind: 'text',
      style: 'label',
      locale: ctx.locales[0] ?? SOURCE_LOCALE,
      text: label,
      keepWithNext: true,
      ...(view.anchor ? { anchor: view.anchor } : {}),
      outline: { level: outlineLevel(view), title: view.headings.map((h) => h.text).join(' / ') },
    },
    ...perLocale(ctx, 'provision', (l) => view.headings.find((h) => h.locale === l)?.text ?? '', {
      keepWithNext: true,
    }),
    ...textBlocks(ctx, view.provision!.id),
    ...bracketBlocks(ctx, view),
  ];
}

/** A node of the outline and what it holds; each part starts a page, as [data-print-section] does in print. */
function nodeBlocks(ctx: Ctx, view: OutlineView): Block[] {
  const node = view.node;
  const doc = ctx.model.document;
  switch (node.type) {
    case 'front':
      if (node.heading === 'document')
        return [...headingBlocks(ctx, view, 'planTitle'), ...textBlocks(ctx, node.text.id)];
      return [
        ...perLocale(
          ctx,
          'kicker',
          (l, t) =>
            `${t('plan.notice')} · ${documentNumberText(doc, l)} · ${formatDate(doc.issued, l)}`,
          {
            keepWithNext: true,
            anchor: view.anchor,
            outline: { level: 1, title: view.labels.map((x) => x.text).join(' / ') },
          },
        ),
        ...perLocale(
          ctx,
          'noticeTitle',
          (l) => view.headings.find((h) => h.locale === l)?.text ?? '',
          { keepWithNext: true },
        ),
        ...textBlocks(ctx, node.text.id),
      ];
    case 'text':
      return textBlocks(ctx, node.text.id);
    case 'provision':
      return provisionBlocks(ctx, view);
    case 'part':
      return [
        { kind: 'pageBreak' },
        ...headingBlocks(ctx, view, 'part'),
        ...view.children.flatMap((c) => nodeBlocks(ctx, c)),
      ];
    default:
      return [
        ...headingBlocks(ctx, view, 'section'),
        ...view.children.flatMap((c) => nodeBlocks(ctx, c)),
      ];
  }
}

/** The site's root, from the address a PDF prints (its edition's home, or the root for the bilingual one). */
function siteRoot(variant: readonly Locale[], siteUrl: string): string {
  return variant.length === 1 ? new URL('..', siteUrl).href : siteUrl;
}

/** The absolute address of an edition's About page, from the address a PDF prints. */
export function aboutUrl(locales: readonly Locale[], siteUrl: string, locale: Locale): string {
  return new URL(paths.about(locale).slice(1), siteRoot(locales, siteUrl)).href;
}

/**
 * The cover: first, plainly, that this is an independent reading edition and not an official
 * publication; the title; the document as issued (issuer, number, date), under a heading that
 * says so; the complete statement in each of the variant's languages (route-data/frame.ts, as
 * the About page opens with it); where to read it online and the About page.
 */
function titlePageBlocks(ctx: Ctx, siteUrl: string): Block[] {
  const doc = ctx.model.document;
  // A bilingual cover holds twice the words: its gaps are smaller, so that it stays one page.
  const gap = (height: number): Block => ({
    kind: 'vspace',
    height: ctx.locales.length > 1 ? height / 2 : height,
  });
  const blocks: Block[] = [gap(36)];
  blocks.push(...perLocale(ctx, 'edition', (_l, t) => t('pdf.edition')));
  blocks.push(gap(28));
  ctx.locales.forEach((locale, i) =>
    blocks.push({
      kind: 'text',
      style: i === 0 ? 'title' : 'subtitle',
      locale,
      text: doc.title[locale],
    }),
  );
  if (ctx.locales.length > 1)
    blocks.push({
      kind: 'text',
      style: 'meta',
      locale: ctx.locales[0] ?? SOURCE_LOCALE,
      text: joined(ctx, (_l, t) => t('nav.parallel')),
    });
  blocks.push(gap(22));
  for (const locale of ctx.locales) {
    const t = ctx.tr(locale);
    const row = (key: 'home.issuer' | 'home.number' | 'home.issued', value: string): TextBlock => ({
      kind: 'text',
      style: 'meta',
      locale,
      text: `${t(key)}${t('list.colon')}${value}`,
    });
    blocks.push(
      { kind: 'text', style: 'metaHeading', locale, text: t('pdf.original') },
      row('home.issuer', doc.issuer[locale]),
      row('home.number', documentNumberText(doc, locale)),
      row('home.issued', formatDate(doc.issued, locale)),
      gap(8),
    );
  }
  blocks.push(gap(10));
  ctx.locales.forEach((locale, i) => {
    const paragraphs = fullStatement(ctx.model, locale, ctx.tr(locale), ctx.locales);
    paragraphs.forEach((text, j) =>
      blocks.push({
        kind: 'text',
        style: 'statement',
        locale,
        text,
        ...(j === paragraphs.length - 1 && i < ctx.locales.length - 1 ? { gapAfter: 10 } : {}),
      }),
    );
  });
  blocks.push(gap(14));
  blocks.push(
    ...perLocale(ctx, 'url', (_l, t) => t('pdf.online', { url: siteUrl })).map((b) => ({
      ...b,
      link: siteUrl,
    })),
    ...ctx.locales.map((locale): TextBlock => {
      const url = aboutUrl(ctx.locales, siteUrl, locale);
      return {
        kind: 'text',
        style: 'url',
        locale,
        text: ctx.tr(locale)('pdf.about', { url }),
        link: url,
      };
    }),
  );
  return blocks;
}

/** The statement every page of an edition shows (route-data/frame.ts), as one line: its PDF's footer. */
export function statementText(model: PlanModel, locale: Locale): string {
  return statementLine(editionStatement(model, locale, useTranslations(locale)));
}

/** The plan in reading order, walked from its outline as the full-text page is (route-data/outline-view.ts). */
export function planBlocks(model: PlanModel, variant: PdfVariant, siteUrl: string): Block[] {
  const ctx: Ctx = { model, locales: variant.locales, tr: useTranslations };
  const [first, ...rest] = outlineView(model, variant.locales, useTranslations).flatMap((view) =>
    nodeBlocks(ctx, view),
  );
  // The title page, then the plan from a new page.
  return [
    ...titlePageBlocks(ctx, siteUrl),
    { kind: 'pageBreak' },
    ...(first && first.kind !== 'pageBreak' ? [first] : []),
    ...rest,
  ];
}

// ---------------------------------------------------------------------------------------------
// Layout

const MM = 72 / 25.4;
/** A4, near the print view's margins (@page 18 mm × 16 mm): 18 mm at the sides for a shorter line, more at the foot for the footer. */
const PAGE = {
  size: 'A4',
  margins: { top: 18 * MM, bottom: 24 * MM, left: 18 * MM, right: 18 * MM },
} as const;
const INK = '#1c1917';
const GREY = '#57534e';

interface StyleSpec {
  bold?: boolean;
  size: number;
  color?: string;
  align?: 'left' | 'center';
  gapBefore: number;
  gapAfter: number;
  /** Left indent (notes, with a rule in the gap as the site's border-l). */
  indent?: number;
  /** A hairline under the text (the part headings, as the print view's border-b). */
  rule?: boolean;
}

const STYLES: Record<Style, StyleSpec> = {
  edition: { bold: true, size: 13, align: 'center', gapBefore: 0, gapAfter: 4 },
  title: { bold: true, size: 20, align: 'center', gapBefore: 6, gapAfter: 8 },
  subtitle: { bold: true, size: 14, align: 'center', gapBefore: 2, gapAfter: 8 },
  meta: { size: 10.5, color: GREY, align: 'center', gapBefore: 0, gapAfter: 3 },
  metaHeading: { bold: true, size: 10.5, color: GREY, align: 'center', gapBefore: 0, gapAfter: 3 },
  statement: { size: 10, gapBefore: 0, gapAfter: 4 },
  url: { size: 10, color: GREY, align: 'center', gapBefore: 0, gapAfter: 2 },
  kicker: { size: 9, color: GREY, gapBefore: 0, gapAfter: 3 },
  noticeTitle: { bold: true, size: 14, gapBefore: 2, gapAfter: 8 },
  planTitle: { bold: true, size: 16, align: 'center', gapBefore: 26, gapAfter: 10 },
  part: { bold: true, size: 15, gapBefore: 20, gapAfter: 10, rule: true },
  section: { bold: true, size: 12.5, gapBefore: 16, gapAfter: 6 },
  label: { size: 8, color: GREY, gapBefore: 12, gapAfter: 1 },
  provision: { bold: true, size: 11, gapBefore: 0, gapAfter: 4 },
  body: { size: 10.5, gapBefore: 0, gapAfter: 7 },
  bodies: { size: 9, color: GREY, gapBefore: 0, gapAfter: 3 },
  note: { size: 9, color: GREY, gapBefore: 0, gapAfter: 6, indent: 10 },
};

/** Chinese reads best with more leading than Latin text (the site's line-height differs the same way). */
function lineGap(size: number, locale: Locale): number {
  return size * (isHanScript(locale) ? 0.32 : 0.14);
}

const fontData = new Map<FontKey, { regular: Buffer; bold: Buffer }>();

/** The edition's full Noto Sans (SC or TC: every glyph of the plan; OFL), read once: pdfkit embeds only the glyphs used. */
function fonts(key: FontKey): { regular: Buffer; bold: Buffer } {
  let data = fontData.get(key);
  if (!data) {
    const files = pdfFontFiles(key);
    data = { regular: readFileSync(files.regular), bold: readFileSync(files.bold) };
    fontData.set(key, data);
  }
  return data;
}

type Doc = PDFKit.PDFDocument;

function useStyle(doc: Doc, spec: StyleSpec, size = spec.size): void {
  doc
    .font(spec.bold ? 'bold' : 'regular')
    .fontSize(size)
    .fillColor(spec.color ?? INK);
}

/**
 * Noto Sans SC is a Chinese font: its quotes, apostrophe and middle dot are full-width by
 * default. Latin text asks for the proportional forms (pwid), and for proportional CJK
 * punctuation inside it (palt: 〔2018〕 in a romanized citation); Chinese text keeps the defaults.
 */
function fontFeatures(locale: Locale): PDFKit.Mixins.OpenTypeFeatures[] {
  return isHanScript(locale) ? [] : ['pwid', 'palt'];
}

function textOptions(doc: Doc, block: TextBlock, spec: StyleSpec): PDFKit.Mixins.TextOptions {
  const indent = spec.indent ?? 0;
  return {
    width: contentWidth(doc) - indent,
    align: spec.align ?? 'left',
    lineGap: lineGap(spec.size, block.locale),
    features: fontFeatures(block.locale),
  };
}

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

function atPageTop(doc: Doc): boolean {
  return doc.y <= doc.page.margins.top + 0.5;
}

/** A note mark as set after the paragraph's text: " 5", then ",6" for a second note on the same paragraph. */
function markText(n: number, i: number): string {
  return `${i === 0 ? ' ' : ','}${n}`;
}

function marksText(block: TextBlock): string {
  return (block.marks ?? []).map(markText).join('');
}

/** The height a block takes on the page, gaps included. */
function blockHeight(doc: Doc, block: TextBlock, lines?: number): number {
  const spec = STYLES[block.style];
  useStyle(doc, spec);
  const options = textOptions(doc, block, spec);
  const full = doc.heightOfString(block.text + marksText(block), options);
  const lineHeight = doc.currentLineHeight(true) + (options.lineGap ?? 0);
  const height = lines === undefined ? full : Math.min(full, lines * lineHeight);
  return (block.gapBefore ?? spec.gapBefore) + height + (block.gapAfter ?? spec.gapAfter);
}

/**
 * Keep a heading with what follows: the run of keep-with-next blocks starting here and the first
 * lines of the block after it must fit, else the run starts the next page.
 */
function keepTogether(doc: Doc, blocks: readonly Block[], start: number): void {
  let needed = 0;
  let i = start;
  for (; i < blocks.length; i++) {
    const block = blocks[i];
    if (block?.kind !== 'text') break;
    const keeps = block.keepWithNext === true;
    needed += blockHeight(doc, block, keeps ? undefined : 3);
    if (!keeps) break;
  }
  if (!atPageTop(doc) && doc.y + needed > bottom(doc)) doc.addPage();
}

interface Outline {
  stack: PDFKit.PDFOutline[];
}

function addOutline(doc: Doc, outline: Outline, entry: OutlineEntry): void {
  const parent = outline.stack[entry.level - 1] ?? outline.stack.at(-1) ?? doc.outline;
  const item = parent.addItem(entry.title);
  outline.stack.length = entry.level;
  outline.stack[entry.level] = item;
  outline.stack[0] = doc.outline;
}

function drawText(doc: Doc, block: TextBlock, outline: Outline): void {
  const spec = STYLES[block.style];
  const gapAfter = block.gapAfter ?? spec.gapAfter;
  // A note is short: kept whole, so its rule is drawn on one page.
  if (block.style === 'note' && !atPageTop(doc) && doc.y + blockHeight(doc, block) > bottom(doc))
    doc.addPage();
  if (!atPageTop(doc)) doc.y += block.gapBefore ?? spec.gapBefore;
  if (block.anchor)
    doc.addNamedDestination(block.anchor, 'XYZ', null, doc.page.height - doc.y, null);
  if (block.outline) addOutline(doc, outline, block.outline);
  useStyle(doc, spec);
  const options = textOptions(doc, block, spec);
  const x = doc.page.margins.left + (spec.indent ?? 0);
  const top = doc.y;
  const marks = block.marks ?? [];
  doc.text(block.text, x, doc.y, {
    ...options,
    ...(block.link ? { link: block.link } : {}),
    continued: marks.length > 0,
  });
  marks.forEach((n, i) => {
    // Smaller type on the same top line sits high, as the site's <sup> marks.
    useStyle(doc, { ...spec, bold: true }, spec.size * 0.65);
    doc.text(markText(n, i), { continued: i < marks.length - 1 });
  });
  if (spec.indent) drawNoteRule(doc, top);
  if (spec.rule) drawRule(doc);
  doc.x = doc.page.margins.left;
  doc.y += gapAfter;
}

function drawNoteRule(doc: Doc, top: number): void {
  const x = doc.page.margins.left + 2;
  doc
    .save()
    .lineWidth(1.5)
    .strokeColor('#d97706')
    .moveTo(x, top + 1)
    .lineTo(x, doc.y - 2)
    .stroke()
    .restore();
}

function drawRule(doc: Doc): void {
  const y = doc.y + 3;
  doc
    .save()
    .lineWidth(0.5)
    .strokeColor('#a8a29e')
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .stroke()
    .restore();
  doc.y = y;
}

/** The height of a line of the footer, and its type size. */
const FOOTER = { size: 7.5, line: 10 };

/**
 * The footer of every page: the statement of each edition the PDF holds, in its own language
 * (the page frame's, route-data/frame.ts), then the site's address and the page number.
 */
function drawFooters(
  doc: Doc,
  locales: readonly Locale[],
  siteUrl: string,
  statements: readonly { text: string; locale: Locale }[],
): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    const width = contentWidth(doc);
    // Text below the bottom margin would open a new page: the footer lives in the margin.
    const saved = margins.bottom;
    margins.bottom = 0;
    // The last line sits where it always has; the statements stack above it.
    const last = doc.page.height - saved / 2 + 12;
    doc.font('regular').fontSize(FOOTER.size).fillColor(GREY);
    statements.forEach((statement, j) =>
      doc.text(
        statement.text,
        margins.left,
        last - 12 - (statements.length - 1 - j) * FOOTER.line,
        {
          width,
          align: 'center',
          lineBreak: false,
          features: fontFeatures(statement.locale),
        },
      ),
    );
    doc.text(siteUrl, margins.left, last, {
      width: width / 2,
      align: 'left',
      lineBreak: false,
      link: siteUrl,
    });
    doc.text(pageLabel(locales, i + 1, count), margins.left + width / 2, last, {
      width: width / 2,
      align: 'right',
      lineBreak: false,
      features: fontFeatures(locales[0] ?? SOURCE_LOCALE),
    });
    margins.bottom = saved;
  }
}

function pdfDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * The info dictionary. The Author is this site (an independent reading edition), never the
 * issuing office: the issuer is in the Subject, labelled as such (发文机关：…, Issued by: …), and
 * in a key of its own, Issuer. The Title says "reading edition". The dates come from the model,
 * so renders repeat byte for byte.
 */
function info(model: PlanModel, variant: PdfVariant): PDFKit.DocumentInfo {
  const doc = model.document;
  const join = (f: (l: Locale, t: Translate) => string) =>
    [...new Set(variant.locales.map((l) => f(l, useTranslations(l))))].join(' / ');
  const revisions = variant.locales
    .map((l) => doc.translations?.[l]?.revised)
    .filter((d): d is string => !!d)
    .sort();
  const first = variant.locales[0] ?? SOURCE_LOCALE;
  const fields = {
    Title: join((l, t) => t('pdf.title', { title: doc.title[l] })),
    Author: join((_l, t) => t('pdf.author', { site: t('site.name') })),
    Subject: join((l, t) =>
      (
        [
          ['home.issuer', doc.issuer[l]],
          ['home.number', documentNumberText(doc, l)],
          ['home.issued', formatDate(doc.issued, l)],
        ] as const
      )
        .map(([key, value]) => `${t(key)}${t('list.colon')}${value}`)
        .join(' · '),
    ),
    Keywords: [
      ...new Set(
        variant.locales.flatMap((l) => [
          documentNumberText(doc, l),
          doc.shortTitle[l],
          doc.issuer[l],
        ]),
      ),
    ].join('; '),
    /** Not a standard key: the office that issued the document this edition reproduces. */
    Issuer: join((l) => doc.issuer[l]),
    Creator: useTranslations(first)('site.name'),
    Producer: 'PDFKit',
    CreationDate: pdfDate(doc.issued),
    ModDate: pdfDate(revisions.at(-1) ?? doc.issued),
  };
  return fields as PDFKit.DocumentInfo;
}

function typeset(doc: Doc, blocks: readonly Block[]): void {
  const outline: Outline = { stack: [doc.outline] };
  blocks.forEach((block, i) => {
    if (block.kind === 'pageBreak') {
      doc.addPage();
    } else if (block.kind === 'vspace') {
      doc.y += block.height;
    } else {
      const previous = blocks[i - 1];
      const startsRun = block.keepWithNext && !(previous?.kind === 'text' && previous.keepWithNext);
      if (startsRun) keepTogether(doc, blocks, i);
      drawText(doc, block, outline);
    }
  });
}

/** The plan as one PDF: the variant's editions, typeset like the print view, the fonts embedded as subsets. */
export async function renderPlanPdf(
  model: PlanModel,
  variant: PdfVariant,
  options: { siteUrl: string },
): Promise<Buffer> {
  const first = variant.locales[0] ?? SOURCE_LOCALE;
  const { regular, bold } = fonts(edition(first).font);
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { ...PAGE.margins },
    bufferPages: true,
    pdfVersion: '1.7',
    lang: edition(first).htmlLang,
    displayTitle: true,
    info: info(model, variant),
    // No default Helvetica: every font in the file is embedded.
    font: null as unknown as string,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  typeset(doc, planBlocks(model, variant, options.siteUrl));
  drawFooters(
    doc,
    variant.locales,
    options.siteUrl,
    variant.locales.map((locale) => ({ text: statementText(model, locale), locale })),
  );
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
