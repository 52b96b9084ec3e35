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
import { outlineView, walkView, type OutlineView } from '../route-data/outline-view.ts';
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
  /** The language of the text: picks the line spacing (Chinese needs more), and tags it (/Lang). */
  locale: Locale;
  text: string;
  /**
   * The text as runs in several languages, set one after the other on the same lines (a
   * bilingual label line, "重点任务 3 · Task 3"): each run tagged in its language. `text` is their
   * concatenation.
   */
  runs?: { locale: Locale; text: string }[];
  /** A heading of this level (H1 … H6 in the tag tree); otherwise the block is a paragraph (P). */
  heading?: number;
  /** The same heading or line in another language: tagged as a Span in the previous block's element. */
  joins?: boolean;
  /** Tagged after the next block's element (the cover's edition line follows the title in the tag tree). */
  tagAfterNext?: boolean;
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

/** An entry of the contents: a part, section, group or provision, its title in each language, its destination. */
export interface ContentsEntry {
  anchor: string;
  /** Its outline level (1 a part, 2 a section or group, 3 a provision below one): the indent. */
  level: OutlineEntry['level'];
  titles: { locale: Locale; text: string }[];
}

export type Block =
  | TextBlock
  | { kind: 'pageBreak' }
  | { kind: 'vspace'; height: number }
  /** The contents: a heading and an entry per part and provision, with page numbers and links; on pages of their own. */
  | { kind: 'contents'; heading: TextBlock; entries: ContentsEntry[] };

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
    ...(i === 0
      ? extra
      : {
          keepWithNext: extra.keepWithNext ?? false,
          gapBefore: 0,
          // A heading in two languages is one heading: the second is a Span of the first.
          ...(extra.heading ? { heading: extra.heading, joins: true } : {}),
        }),
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
    heading: view.level,
    ...(view.anchor ? { anchor: view.anchor } : {}),
    outline: { level: outlineLevel(view), title },
    ...extra,
  });
}

/**
 * A provision as ProvisionBlock.astro: its label small (the reader's label, "Task 3", in each
 * language of the file, never the id), its heading as the source writes it, text, bracket.
 */
function provisionBlocks(ctx: Ctx, view: OutlineView): Block[] {
  const last = view.labels.length - 1;
  const runs = view.labels.map((l, i) => ({
    locale: l.locale,
    text: i < last ? `${l.text} · ` : l.text,
  }));
  return [
    {
      kind: 'text',
      style: 'label',
      locale: ctx.locales[0] ?? SOURCE_LOCALE,
      text: runs.map((r) => r.text).join(''),
      ...(runs.length > 1 ? { runs } : {}),
      keepWithNext: true,
      ...(view.anchor ? { anchor: view.anchor } : {}),
      outline: { level: outlineLevel(view), title: view.headings.map((h) => h.text).join(' / ') },
    },
    ...perLocale(ctx, 'provision', (l) => view.headings.find((h) => h.locale === l)?.text ?? '', {
      keepWithNext: true,
      heading: view.level,
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
          { keepWithNext: true, heading: view.level },
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
  // Seen first, and read right after the title: the tag tree opens with the document's H1.
  blocks.push(
    ...perLocale(ctx, 'edition', (_l, t) => t('pdf.edition')).map((b) => ({
      ...b,
      tagAfterNext: true,
    })),
  );
  blocks.push(gap(28));
  ctx.locales.forEach((locale, i) =>
    blocks.push({
      kind: 'text',
      style: i === 0 ? 'title' : 'subtitle',
      locale,
      text: doc.title[locale],
      heading: 1,
      ...(i > 0 ? { joins: true } : {}),
    }),
  );
  if (ctx.locales.length > 1) {
    const runs = ctx.locales.map((l, i) => ({
      locale: l,
      text: `${i > 0 ? ' / ' : ''}${ctx.tr(l)('nav.parallel')}`,
    }));
    blocks.push({
      kind: 'text',
      style: 'meta',
      locale: ctx.locales[0] ?? SOURCE_LOCALE,
      text: runs.map((r) => r.text).join(''),
      runs,
    });
  }
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
      { kind: 'text', style: 'metaHeading', locale, text: t('pdf.original'), heading: 2 },
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

/** The title of a node in the contents and the bookmarks: the notice by its label, the rest by their headings. */
function entryTitles(view: OutlineView): { locale: Locale; text: string }[] {
  const front = view.node.type === 'front' && view.node.heading === 'notice';
  return (front ? view.labels : view.headings).map((h) => ({ locale: h.locale, text: h.text }));
}

/** The contents: every node of the outline with an anchor (the notice, the parts, sections, groups and provisions). */
function contentsBlock(ctx: Ctx, views: readonly OutlineView[]): Block {
  return {
    kind: 'contents',
    heading: {
      ...perLocale(ctx, 'part', (_l, t) => t('plan.contents'))[0]!,
      text: joined(ctx, (_l, t) => t('plan.contents')),
      ...(ctx.locales.length > 1
        ? {
            runs: ctx.locales.map((l, i) => ({
              locale: l,
              text: `${i > 0 ? ' / ' : ''}${ctx.tr(l)('plan.contents')}`,
            })),
          }
        : {}),
      heading: 2,
    },
    entries: walkView(views).flatMap((view) =>
      view.anchor && view.headings.length > 0
        ? [{ anchor: view.anchor, level: outlineLevel(view), titles: entryTitles(view) }]
        : [],
    ),
  };
}

/** The plan in reading order, walked from its outline as the full-text page is (route-data/outline-view.ts). */
export function planBlocks(model: PlanModel, variant: PdfVariant, siteUrl: string): Block[] {
  const ctx: Ctx = { model, locales: variant.locales, tr: useTranslations };
  const views = outlineView(model, variant.locales, useTranslations);
  const [first, ...rest] = views.flatMap((view) => nodeBlocks(ctx, view));
  // The title page, the contents, then the plan from a new page.
  return [
    ...titlePageBlocks(ctx, siteUrl),
    { kind: 'pageBreak' },
    contentsBlock(ctx, views),
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
  const { full, line } = measure(doc, block);
  const height = lines === undefined ? full : Math.min(full, lines * line);
  return (block.gapBefore ?? spec.gapBefore) + height + (block.gapAfter ?? spec.gapAfter);
}

/**
 * A block's text height and line height at the text width, measured once: every page has the
 * same width, and the measure (pdfkit wraps the whole text) is most of a render's time.
 */
const measured = new WeakMap<TextBlock, { full: number; line: number }>();

function measure(doc: Doc, block: TextBlock): { full: number; line: number } {
  let m = measured.get(block);
  if (!m) {
    const spec = STYLES[block.style];
    useStyle(doc, spec);
    const options = textOptions(doc, block, spec);
    m = {
      full: doc.heightOfString(block.text + marksText(block), options),
      line: doc.currentLineHeight(true) + (options.lineGap ?? 0),
    };
    measured.set(block, m);
  }
  return m;
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

// ---------------------------------------------------------------------------------------------
// Tags: the structure tree (tagged PDF, in the direction of PDF/UA)

type Element = PDFKit.PDFStructureElement;

/**
 * The file's structure tree, built as the blocks are set: one element per block (a heading
 * H1…H6 of the outline's level, or a paragraph P), in reading order, each with the language of
 * its text; a heading or line in a second language is a Span of the first. Elements are added
 * to the Document element at the end, in reading order, so that the contents, set last on
 * their reserved pages, stand where they are read (after the cover).
 */
class Tags {
  /** The Document's children, in reading order; a slot for the contents. */
  private readonly children: (Element | 'contents')[] = [];
  private readonly held: Element[] = [];
  private current: Element | undefined;
  private contents: Element | undefined;

  private readonly doc: Doc;

  constructor(doc: Doc) {
    this.doc = doc;
  }

  /** A new element of the Document (the previous one is complete). */
  open(type: string, locale: Locale, options: { after?: boolean } = {}): Element {
    this.current?.end();
    const element = this.doc.struct(type, { lang: edition(locale).htmlLang });
    this.current = element;
    if (options.after) this.held.push(element);
    else this.children.push(element, ...this.held.splice(0));
    return element;
  }

  /** The element the next Span joins: the last one opened. */
  last(): Element | undefined {
    return this.current;
  }

  contentsSlot(): void {
    this.children.push('contents');
  }

  setContents(element: Element): void {
    this.contents = element;
  }

  /** Marks the content drawn by `draw` as `parent`'s (or a new Span of it, in `locale`). */
  mark(parent: Element, type: string, draw: () => void, spanLocale?: Locale): void {
    const holder = spanLocale
      ? this.doc.struct('Span', { lang: edition(spanLocale).htmlLang })
      : parent;
    const content = this.doc.markStructureContent(spanLocale ? 'Span' : type);
    draw();
    this.doc.endMarkedContent();
    holder.add(content);
    if (holder !== parent) {
      holder.end();
      parent.add(holder);
    }
  }

  /** The Document element, with every element in reading order, into the file's structure tree. */
  finish(): void {
    this.current?.end();
    const root = this.doc.struct('Document');
    for (const child of [...this.children, ...this.held]) {
      const element = child === 'contents' ? this.contents : child;
      if (element) root.add(element);
    }
    root.end();
    this.doc.addStructure(root);
  }
}

/** Content that is not the document's text (rules, running footers, page numbers): an artifact. */
function artifact(doc: Doc, type: 'Pagination' | 'Layout', draw: () => void): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** A link annotation as the content of a Link element, as PDF/UA asks. */
function linkAnnotation(
  doc: Doc,
  link: Element,
  rect: [number, number, number, number],
  target: { url: string } | { destination: string },
  description: string,
): void {
  const options = {
    structParent: link,
    // A String object: pdfkit writes a PDF string for it (a primitive string would be a name).
    Contents: new String(description),
  } as unknown as PDFKit.Mixins.AnnotationOption;
  if ('url' in target) doc.link(...rect, target.url, options);
  else doc.goTo(...rect, target.destination, options);
}

function tagOf(block: TextBlock): string {
  return block.heading ? `H${Math.min(Math.max(block.heading, 1), 6)}` : 'P';
}

/** The 1-based number of the page being set (pages are buffered: the last one). */
function pageNumber(doc: Doc): number {
  const { start, count } = doc.bufferedPageRange();
  return start + count;
}

// ---------------------------------------------------------------------------------------------
// Setting the blocks

interface Layout {
  outline: Outline;
  tags: Tags;
  /** The page each anchor is set on, for the contents. */
  pages: Map<string, number>;
}

function drawText(doc: Doc, block: TextBlock, layout: Layout): void {
  const spec = STYLES[block.style];
  const gapAfter = block.gapAfter ?? spec.gapAfter;
  // A note, or any block of a few lines, is kept whole; a longer one leaves at least two lines
  // at the foot of a page (no orphan).
  if (!atPageTop(doc)) {
    const lines = lineCount(doc, block);
    const needed =
      blockHeight(doc, block, block.style === 'note' || lines <= 3 ? undefined : 2) - gapAfter;
    if (doc.y + needed > bottom(doc) + 0.5) doc.addPage();
  }
  if (!atPageTop(doc)) doc.y += block.gapBefore ?? spec.gapBefore;
  if (block.anchor) {
    doc.addNamedDestination(block.anchor, 'XYZ', null, doc.page.height - doc.y, null);
    layout.pages.set(block.anchor, pageNumber(doc));
  }
  if (block.outline) addOutline(doc, layout.outline, block.outline);
  const tag = tagOf(block);
  const joined = block.joins ? layout.tags.last() : undefined;
  const element =
    joined ?? layout.tags.open(tag, block.locale, { after: block.tagAfterNext ?? false });
  useStyle(doc, spec);
  const options = textOptions(doc, block, spec);
  const x = doc.page.margins.left + (spec.indent ?? 0);
  const top = doc.y;
  const marks = block.marks ?? [];
  const runs = block.runs ?? [{ locale: block.locale, text: block.text }];
  const link = block.link
    ? doc.struct('Link', { lang: edition(block.locale).htmlLang })
    : undefined;
  // Centred runs (a short line: the bilingual cover's "中英对照 / Side by side") are placed one
  // after the other from the line's centred start: pdfkit centres each continued part alone.
  const widths = runs.map((run) =>
    doc.widthOfString(run.text, { features: fontFeatures(run.locale) }),
  );
  const centred = block.runs !== undefined && spec.align === 'center';
  let runX = x + ((options.width ?? 0) - widths.reduce((a, b) => a + b, 0)) / 2;
  runs.forEach((run, i) => {
    const last = i === runs.length - 1;
    const span = joined || block.runs ? run.locale : undefined;
    layout.tags.mark(
      link ?? element,
      link ? 'Link' : tag,
      () => {
        const runOptions = { ...options, features: fontFeatures(run.locale) };
        if (centred) {
          doc.text(run.text, runX, top, { features: runOptions.features, lineBreak: false });
          runX += widths[i] ?? 0;
          doc.y = top + doc.currentLineHeight(true) + (options.lineGap ?? 0);
        } else if (i === 0)
          doc.text(run.text, x, doc.y, { ...runOptions, continued: !last || marks.length > 0 });
        else doc.text(run.text, { ...runOptions, continued: !last || marks.length > 0 });
      },
      span,
    );
  });
  if (marks.length > 0) {
    // The note marks: a Reference, named for a listener as the site's mark is ("Translator's note 5").
    const t = useTranslations(block.locale);
    const reference = doc.struct('Reference', {
      lang: edition(block.locale).htmlLang,
      alt: marks.map((number) => t('notes.numbered', { number })).join(', '),
    });
    layout.tags.mark(reference, 'Reference', () =>
      marks.forEach((n, j) => {
        // Smaller type on the same top line sits high, as the site's <sup> marks.
        useStyle(doc, { ...spec, bold: true }, spec.size * 0.65);
        doc.text(markText(n, j), { continued: j < marks.length - 1 });
      }),
    );
    reference.end();
    element.add(reference);
  }
  if (link && block.link) {
    // One line, set as aligned: the link is the text's own box.
    const width = Math.min(doc.widthOfString(block.text, options), options.width ?? 0);
    const left = spec.align === 'center' ? x + ((options.width ?? 0) - width) / 2 : x;
    linkAnnotation(doc, link, [left, top, width, doc.y - top], { url: block.link }, block.link);
    link.end();
    element.add(link);
  }
  if (spec.indent) artifact(doc, 'Layout', () => drawNoteRule(doc, top));
  if (spec.rule) artifact(doc, 'Layout', () => drawRule(doc));
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

// ---------------------------------------------------------------------------------------------
// The contents

/** The contents' type: an entry's title and its page number; the indent of each outline level. */
const CONTENTS = {
  size: 9.5,
  second: 8.5,
  /** Entries are mostly one line: set close, so that the contents of a single-language file fit one page. */
  lineGap: 0,
  indent: 14,
  number: 28,
  gap: 2,
  partGap: 4,
};

interface PlacedEntry {
  entry: ContentsEntry;
  /** The page of the contents it is set on (0 the first), and its top. */
  page: number;
  y: number;
}

/** The height of an entry: its title in each language, one under the other. */
function entryHeight(doc: Doc, entry: ContentsEntry): number {
  return entry.titles.reduce(
    (sum, title, i) => {
      const size = i === 0 ? CONTENTS.size : CONTENTS.second;
      doc.font(entry.level === 1 ? 'bold' : 'regular').fontSize(size);
      return (
        sum +
        doc.heightOfString(title.text, {
          width: entryWidth(doc, entry),
          lineGap: CONTENTS.lineGap,
          features: fontFeatures(title.locale),
        })
      );
    },
    CONTENTS.gap + (entry.level === 1 ? CONTENTS.partGap : 0),
  );
}

function entryWidth(doc: Doc, entry: ContentsEntry): number {
  return contentWidth(doc) - (entry.level - 1) * CONTENTS.indent - CONTENTS.number;
}

/** Where each entry goes, from the top of the first contents page (under the heading): no entry is split. */
function placeEntries(doc: Doc, entries: readonly ContentsEntry[], top: number): PlacedEntry[] {
  let page = 0;
  let y = top;
  return entries.map((entry) => {
    const height = entryHeight(doc, entry);
    if (y + height > bottom(doc)) {
      page += 1;
      y = doc.page.margins.top;
    }
    const placed = { entry, page, y };
    y += height;
    return placed;
  });
}

/**
 * The contents on the pages reserved for them (`first` their first page, 1-based), under their
 * heading: an entry per part and provision, each linked to its named destination, with its page
 * number. Tagged TOC > TOCI > Link, after the cover in the tag tree.
 */
function drawContents(
  doc: Doc,
  block: Extract<Block, { kind: 'contents' }>,
  placed: readonly PlacedEntry[],
  first: number,
  layout: Layout,
): void {
  const pageIndex = (n: number) => n - 1 + doc.bufferedPageRange().start;
  const locale = block.heading.locale;
  const toc = doc.struct('TOC', { lang: edition(locale).htmlLang });
  for (const { entry, page, y } of placed) {
    doc.switchToPage(pageIndex(first + page));
    const left = doc.page.margins.left + (entry.level - 1) * CONTENTS.indent;
    const width = entryWidth(doc, entry);
    const number = String(layout.pages.get(entry.anchor) ?? '');
    const item = doc.struct('TOCI', { lang: edition(entry.titles[0]?.locale ?? locale).htmlLang });
    const link = doc.struct('Link', { lang: edition(entry.titles[0]?.locale ?? locale).htmlLang });
    doc.y = y + CONTENTS.gap + (entry.level === 1 ? CONTENTS.partGap : 0);
    const top = doc.y;
    entry.titles.forEach((title, i) => {
      const size = i === 0 ? CONTENTS.size : CONTENTS.second;
      layout.tags.mark(
        link,
        'Link',
        () => {
          doc
            .font(entry.level === 1 ? 'bold' : 'regular')
            .fontSize(size)
            .fillColor(i === 0 ? INK : GREY);
          doc.text(title.text, left, doc.y, {
            width,
            lineGap: CONTENTS.lineGap,
            features: fontFeatures(title.locale),
          });
        },
        i > 0 ? title.locale : undefined,
      );
    });
    const bottomOfEntry = doc.y;
    layout.tags.mark(link, 'Link', () => {
      doc.font('regular').fontSize(CONTENTS.size).fillColor(INK);
      doc.text(number, doc.page.width - doc.page.margins.right - CONTENTS.number, top, {
        width: CONTENTS.number,
        align: 'right',
        lineBreak: false,
      });
    });
    const right = doc.page.width - doc.page.margins.right;
    linkAnnotation(
      doc,
      link,
      [left, top, right - left, bottomOfEntry - top],
      { destination: entry.anchor },
      `${entry.titles.map((t) => t.text).join(' / ')} ${number}`,
    );
    link.end();
    item.add(link);
    item.end();
    toc.add(item);
  }
  toc.end();
  layout.tags.setContents(toc);
  doc.x = doc.page.margins.left;
}
/** The height of a line of the footer, and its type size. */
const FOOTER = { size: 7.5, line: 10 };

/**
 * The footer of every page: the statement of each edition the PDF holds, in its own language
 * (the page frame's, route-data/frame.ts), then the site's address and the page number. Running
 * text, tagged as a pagination artifact (the cover gives the statement and the address as text,
 * with the address's link).
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
    artifact(doc, 'Pagination', () => {
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
      });
      doc.text(pageLabel(locales, i + 1, count), margins.left + width / 2, last, {
        width: width / 2,
        align: 'right',
        lineBreak: false,
        features: fontFeatures(locales[0] ?? SOURCE_LOCALE),
      });
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

/** The lines a block takes at the text width. */
function lineCount(doc: Doc, block: TextBlock): number {
  const { full, line } = measure(doc, block);
  return Math.round(full / line);
}

/** The height of the blocks from `start` to the next page break (or the end). */
function heightToBreak(doc: Doc, blocks: readonly Block[], start: number): number {
  let height = 0;
  for (let i = start; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block || block.kind === 'pageBreak' || block.kind === 'contents') break;
    height += block.kind === 'vspace' ? block.height : blockHeight(doc, block);
  }
  return height;
}

/** The least a page that ends a part holds, unless it holds its last unit whole: about ten lines, a fifth of the page. */
const LAST_PAGE_MIN = 150;

/**
 * The last provision (or text) of a part starts a page when, set where it is, only a few of its
 * lines would run onto the part's last page: the last page then holds it whole.
 */
function keepLastUnit(doc: Doc, blocks: readonly Block[], start: number): void {
  if (atPageTop(doc)) return;
  const rest = heightToBreak(doc, blocks, start);
  const room = bottom(doc) - doc.y;
  const page = bottom(doc) - doc.page.margins.top;
  if (rest > room && rest - room < LAST_PAGE_MIN && rest <= page) doc.addPage();
}

/**
 * The first block of each part's last unit: its last anchored heading or label (a provision, a
 * section), with the headings kept with it (a group's heading just above its last provision).
 */
function lastUnits(blocks: readonly Block[]): Set<number> {
  const starts = new Set<number>();
  const keeps = (i: number) => {
    const block = blocks[i];
    return block?.kind === 'text' && block.keepWithNext === true;
  };
  const add = (last: number) => {
    let first = last;
    while (first > 0 && keeps(first - 1)) first -= 1;
    if (last >= 0) starts.add(first);
  };
  let last = -1;
  blocks.forEach((block, i) => {
    if (block.kind === 'pageBreak') {
      add(last);
      last = -1;
    } else if (block.kind === 'text' && block.anchor) last = i;
  });
  add(last);
  return starts;
}

function typeset(doc: Doc, blocks: readonly Block[]): void {
  const layout: Layout = {
    outline: { stack: [doc.outline] },
    tags: new Tags(doc),
    pages: new Map(),
  };
  const last = lastUnits(blocks);
  let contents:
    | { block: Extract<Block, { kind: 'contents' }>; placed: PlacedEntry[]; first: number }
    | undefined;
  blocks.forEach((block, i) => {
    if (block.kind === 'pageBreak') {
      doc.addPage();
    } else if (block.kind === 'vspace') {
      doc.y += block.height;
    } else if (block.kind === 'contents') {
      // Pages reserved for the contents, set once every page number is known.
      drawText(doc, block.heading, layout);
      const placed = placeEntries(doc, block.entries, doc.y);
      contents = { block, placed, first: pageNumber(doc) };
      for (let p = 0; p < (placed.at(-1)?.page ?? 0); p++) doc.addPage();
      layout.tags.contentsSlot();
    } else {
      if (last.has(i)) keepLastUnit(doc, blocks, i);
      const previous = blocks[i - 1];
      const startsRun = block.keepWithNext && !(previous?.kind === 'text' && previous.keepWithNext);
      if (startsRun) keepTogether(doc, blocks, i);
      drawText(doc, block, layout);
    }
  });
  if (contents) drawContents(doc, contents.block, contents.placed, contents.first, layout);
  layout.tags.finish();
}

/** The plan as one PDF: the variant's editions, typeset like the print view, the fonts embedded as subsets; tagged. */
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
    // A tagged PDF: a structure tree, MarkInfo /Marked true; the file's language and title shown.
    tagged: true,
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
