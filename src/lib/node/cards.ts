/**
 * Preview cards (1200×630 PNG) for links shared in chat apps, rendered at build time with
 * real CJK glyphs: satori lays the card out to SVG with the edition's Noto Sans (SC or TC) taken
 * from its @fontsource npm package (fonts.ts; only the unicode-range chunks that hold the
 * card's characters are read: a subset of the font, no download), and resvg turns the SVG into a PNG.
 * Node-only: reads the font files from node_modules, and resvg is a native module.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { FontKey } from '../editions.ts';
import { cardFontPackage } from './fonts.ts';
import { cachedOutput, isWholePng, renderCacheDir } from './render-cache.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

interface Chunk {
  file: string;
  ranges: [number, number][];
}

const chunkCache = new Map<string, Chunk[]>();

/** The font's chunks for a weight, from the package's CSS: each .woff file with its unicode ranges. */
function chunks(font: FontKey, weight: number): Chunk[] {
  let list = chunkCache.get(`${font}${weight}`);
  if (!list) {
    const { dir, name } = cardFontPackage(font);
    const css = readFileSync(join(dir, `${weight}.css`), 'utf-8');
    list = [
      ...css.matchAll(
        /url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g,
      ),
    ].map((m) => ({
      file: join(dir, 'files', m[1] ?? ''),
      ranges: (m[2] ?? '').split(',').map((r) => {
        const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
        const start = parseInt(a ?? '0', 16);
        return [start, b ? parseInt(b, 16) : start] as [number, number];
      }),
    }));
    if (list.length === 0) throw new Error(`No font chunks found in ${name}/${weight}.css`);
    chunkCache.set(`${font}${weight}`, list);
  }
  return list;
}

/** Which characters of a text no chunk of the font covers (for tests: a card must have no missing glyph). */
export function chunkCoverage(text: string, weight: number, font: FontKey): { missing: string[] } {
  const list = chunks(font, weight);
  const missing = [...new Set([...text])].filter((c) => {
    const cp = c.codePointAt(0) ?? 0;
    return (
      !/\s/.test(c) && !list.some((chunk) => chunk.ranges.some(([a, b]) => cp >= a && cp <= b))
    );
  });
  return { missing };
}

const fileCache = new Map<string, Buffer>();

/**
 * The font files (as satori fonts) that hold every character of `text`. Each chunk gets a family
 * name of its own (satori falls back along a family list, not across files of one family).
 */
export function fontsFor(text: string, weights: number[], font: FontKey) {
  const codePoints = [...new Set([...text].map((c) => c.codePointAt(0) ?? 0))];
  const fonts = weights.flatMap((weight) =>
    chunks(font, weight)
      .map((chunk, i) => ({ chunk, name: `NotoSans${font.toUpperCase()}-${i}` }))
      .filter(({ chunk }) =>
        codePoints.some((cp) => chunk.ranges.some(([a, b]) => cp >= a && cp <= b)),
      )
      .map(({ chunk, name }) => {
        let data = fileCache.get(chunk.file);
        if (!data) {
          data = readFileSync(chunk.file);
          fileCache.set(chunk.file, data);
        }
        return { name, data, weight: weight as 400 | 700, style: 'normal' as const };
      }),
  );
  return { fonts, family: [...new Set(fonts.map((f) => f.name))].join(', ') };
}

/**
 * The curly quotes of Latin text, as the card sets them: straight. Every font the cards embed
 * (Noto Sans SC and TC, their Latin chunk included) draws ‘ ’ “ ” full width (1 em, the glyph at
 * one side), so "People’s" showed as "People’ s". A proportional ’ needs a Latin font (such as
 * @fontsource/noto-sans), which the project does not have yet.
 */
const STRAIGHT_QUOTES: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };

/** A card's text as drawn: in a Latin-script edition, curly quotes straight (STRAIGHT_QUOTES). */
export function cardTypeset(text: string, latin: boolean): string {
  return latin ? text.replace(/[‘’“”]/g, (q) => STRAIGHT_QUOTES[q] ?? q) : text;
}

export interface CardText {
  /** The plan's name, at the top. */
  site: string;
  /** "重点任务 7" / "Task 7" */
  label: string;
  /** The provision's title, large. */
  title: string;
  /** The document number and a short note, at the bottom. */
  footer: string;
  /** The glyph forms the card's text needs (its edition's font). */
  font: FontKey;
  /** The edition writes in Latin script (English): its quotes are set for it (cardTypeset). */
  latin: boolean;
}

type El = { type: string; props: Record<string, unknown> };
const h = (
  type: string,
  style: Record<string, unknown>,
  children: (El | string)[] | El | string,
): El => ({ type, props: { style, children } });

export async function renderCard(text: CardText): Promise<Buffer> {
  const set = (s: string) => cardTypeset(s, text.latin);
  const card = {
    ...text,
    site: set(text.site),
    label: set(text.label),
    title: set(text.title),
    footer: set(text.footer),
  };
  const titleSize = card.title.length > 40 ? 52 : card.title.length > 22 ? 60 : 72;
  const tree = h(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#fffaf5',
      color: '#1c1917',
      borderTop: '18px solid #9f1d1d',
    },
    [
      h('div', { display: 'flex', fontSize: 30, color: '#7f1d1d', fontWeight: 700 }, card.site),
      h('div', { display: 'flex', flexDirection: 'column' }, [
        h(
          'div',
          { display: 'flex', fontSize: 36, color: '#9f1d1d', fontWeight: 700, marginBottom: 18 },
          card.label,
        ),
        h(
          'div',
          { display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.25 },
          card.title,
        ),
      ]),
      h('div', { display: 'flex', fontSize: 26, color: '#57534e' }, card.footer),
    ],
  );
  const { fonts, family } = fontsFor(
    `${card.site}${card.label}${card.title}${card.footer}`,
    [400, 700],
    card.font,
  );
  tree.props['style'] = { ...(tree.props['style'] as object), fontFamily: family };
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
  return rasterize(svg);
}

const RESVG_OPTIONS = {
  fitTo: { mode: 'width', value: CARD_WIDTH },
  font: { loadSystemFonts: false },
} as const;
/** What makes a card's PNG from its SVG: an entry of the render cache is for this maker alone. */
const RASTERIZER = `resvg ${(createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string }).version} ${JSON.stringify(RESVG_OPTIONS)}`;

/** The card's PNG: drawing it is most of a card's cost, so it is kept in the render cache by its SVG. */
function rasterize(svg: string): Promise<Buffer> {
  return cachedOutput(
    renderCacheDir(),
    RASTERIZER,
    svg,
    () => new Resvg(svg, RESVG_OPTIONS).render().asPng(),
    isWholePng,
  );
}
