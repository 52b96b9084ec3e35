/**
 * Build step (Node): the font files the site embeds (preview cards, PDF), per the glyph forms an
 * edition needs (editions.ts, `font`): Noto Sans SC for Simplified Chinese and the Latin text,
 * Noto Sans TC for Traditional. All from npm (OFL), none fetched at build or run time.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { FontKey } from '../editions.ts';

const FONTS: Record<FontKey, { pdf: { regular: string; bold: string }; cards: string }> = {
  sc: {
    pdf: {
      regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
      bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
    },
    cards: '@fontsource/noto-sans-sc',
  },
  tc: {
    pdf: {
      regular: '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf',
      bold: '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf',
    },
    cards: '@fontsource/noto-sans-tc',
  },
};

const require = createRequire(import.meta.url);

/** The whole TrueType files (regular, bold) for the PDF: pdfkit embeds only the glyphs used. */
export function pdfFontFiles(key: FontKey): { regular: string; bold: string } {
  const { regular, bold } = FONTS[key].pdf;
  return { regular: require.resolve(regular), bold: require.resolve(bold) };
}

/** The @fontsource package of the cards' font: its folder (CSS per weight, unicode-range chunks) and its name. */
export function cardFontPackage(key: FontKey): { dir: string; name: string } {
  const name = FONTS[key].cards;
  return { dir: dirname(require.resolve(`${name}/package.json`)), name };
}
