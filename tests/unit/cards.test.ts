/** Preview cards (src/lib/node/cards.ts): English text is set without CJK-width quotes ("People’ s", audit minor 25). */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { cardTypeset, fontsFor } from '../../src/lib/node/cards.ts';

const SIZE = 100;

/** The drawn width, in px at SIZE px, of one line of text set as a card sets it. */
async function drawnWidth(text: string): Promise<number> {
  const { fonts, family } = fontsFor(text, [700], 'sc');
  const svg = await satori(
    {
      type: 'div',
      props: {
        style: { display: 'flex', fontSize: SIZE, fontWeight: 700, fontFamily: family },
        children: text,
      },
    } as unknown as Parameters<typeof satori>[0],
    { width: 2000, height: 200, fonts },
  );
  const box = new Resvg(svg, { font: { loadSystemFonts: false } }).getBBox();
  if (!box) throw new Error(`Nothing drawn for ${text}`);
  return box.width;
}

describe('English cards', () => {
  it('set the apostrophe of “People’s” no wider than a Latin one (no gap after it)', async () => {
    const without = await drawnWidth('Peoples');
    const set = await drawnWidth(cardTypeset('People’s', true));
    // A Latin apostrophe adds about a quarter of an em; the CJK-width one a whole em.
    expect(set - without).toBeGreaterThan(0);
    expect(set - without).toBeLessThan(0.4 * SIZE);
    // What the card drew before: the embedded font's ’ is an em wide.
    expect((await drawnWidth('People’s')) - without).toBeGreaterThan(0.7 * SIZE);
  });

  it('keep Chinese quotes in the Chinese editions', () => {
    expect(cardTypeset('“互联网+”', false)).toBe('“互联网+”');
    expect(cardTypeset('People’s “Plus”', true)).toBe(`People's "Plus"`);
  });
});
